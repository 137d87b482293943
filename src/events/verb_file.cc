#include "events/verb_file.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <optional>

#include "dossier/error.h"
#include "events/words.h"
#include "text/fold.h"

namespace dossier::events {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> split_ws(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    const size_t b = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;
    if (i > b) out.push_back(s.substr(b, i - b));
  }
  return out;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t b = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.push_back(s.substr(b, i - b));
      b = i + 1;
    }
  }
  return out;
}

// The line without its comment: '#' always, ';' and "<!-- ... -->" as PETRARCH's reader drops them.
std::string_view strip_comment(std::string_view line) {
  if (const size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
  if (const size_t semi = line.find(';'); semi != std::string_view::npos) line = line.substr(0, semi);
  if (const size_t open = line.find("<!"); open != std::string_view::npos) line = line.substr(0, open);
  return trim(line);
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Regular noun plural of a lower-case word.
std::string plural_of(std::string_view w) {
  std::string s(w);
  if (s.ends_with("s") || s.ends_with("x") || s.ends_with("z") || s.ends_with("ch") || s.ends_with("sh")) {
    return s + "es";
  }
  if (s.size() > 1 && s.back() == 'y' && !is_vowel(s[s.size() - 2])) return s.substr(0, s.size() - 1) + "ies";
  return s + "s";
}

// A short final consonant-vowel-consonant syllable doubles its consonant ("ban" -> "banned").
bool doubles(std::string_view s) {
  if (s.size() < 3) return false;
  const char c = s.back(), v = s[s.size() - 2], p = s[s.size() - 3];
  return !is_vowel(c) && c != 'w' && c != 'x' && c != 'y' && is_vowel(v) && !is_vowel(p);
}

// The regular forms of a lower-case verb stem, with their inflections. The PETRARCH reader makes
// -S/-ED/-ING only; the doubled-consonant and -IED variants are added because news spells them so.
std::vector<std::pair<std::string, Inflection>> regular_forms(std::string_view stem) {
  std::vector<std::pair<std::string, Inflection>> out;
  const std::string s(stem);
  out.emplace_back(s, Inflection::kBase);
  const bool consonant_y = s.size() > 1 && s.back() == 'y' && !is_vowel(s[s.size() - 2]);
  out.emplace_back(plural_of(s), Inflection::kThird);
  if (s.ends_with("e")) {
    out.emplace_back(s + "d", Inflection::kPast);
  } else if (consonant_y) {
    out.emplace_back(s.substr(0, s.size() - 1) + "ied", Inflection::kPast);
  } else {
    out.emplace_back(s + "ed", Inflection::kPast);
  }
  if (s.ends_with("e") && s.size() > 2 && !is_vowel(s[s.size() - 2])) {
    out.emplace_back(s.substr(0, s.size() - 1) + "ing", Inflection::kGerund);
  } else {
    out.emplace_back(s + "ing", Inflection::kGerund);
  }
  if (doubles(s)) {
    out.emplace_back(s + s.back() + "ed", Inflection::kPast);
    out.emplace_back(s + s.back() + "ing", Inflection::kGerund);
  }
  return out;
}

// The inflection of a form given in {...}, guessed from its ending.
Inflection guess_inflection(std::string_view form, std::string_view stem) {
  if (form == stem) return Inflection::kBase;
  if (form.ends_with("ing")) return Inflection::kGerund;
  if (form.ends_with("s") && !stem.ends_with("s")) return Inflection::kThird;
  return Inflection::kPast;
}

std::string lower_word(std::string_view upper) { return text::fold_case(upper); }

struct ElementSpec {
  ElementKind kind = ElementKind::kWord;
  bool joined = false;  // '_' to the element before it in the text
  int group = -1;       // (...) or {...} it stands in, -1 when none
  uint32_t value = 0;
  bool verb = false;    // the '*'
};

struct PatternSpec {
  std::vector<Element> pre, post;
  uint16_t code = kNoCode, reverse = kNoCode;
};

struct BlockSpec {
  std::string name;
  uint16_t code = kNoCode;
  uint16_t reverse = kNoCode;
  std::vector<PatternSpec> patterns;
};

}  // namespace

// Assembles a VerbDictionary from the parsed pieces.
class VerbDictionaryBuilder {
 public:
  VerbDictionaryBuilder(const Codebook& codebook, VerbFileReport& report, std::string name)
      : codebook_(codebook), report_(report), name_(std::move(name)) {}

  void parse(std::string_view text);
  VerbDictionary build();

 private:
  uint32_t word(std::string_view lower);
  uint16_t code(std::string_view text);
  std::optional<std::pair<uint16_t, uint16_t>> codes(std::string_view bracket);
  void skip(size_t line, const std::string& why) {
    report_.skipped.push_back("line " + std::to_string(line) + ": " + why);
  }
  void synset_label(std::string_view line);
  void synset_phrase(std::string_view phrase, size_t line);
  void block_header(std::string_view line);
  void verb_line(std::string_view line, size_t number);
  void pattern_line(std::string_view line, size_t number);
  std::optional<std::vector<ElementSpec>> elements(std::string_view text, size_t number);
  uint32_t anonymous_synset(std::string_view alternatives);
  void add_form(const std::string& form, uint32_t verb, Inflection inflection);

  const Codebook& codebook_;
  VerbFileReport& report_;
  std::string name_;
  VerbDictionary dict_;
  std::map<std::string, uint32_t, std::less<>> word_ids_;
  std::map<std::string, uint32_t, std::less<>> synset_ids_;
  std::vector<std::vector<std::vector<uint32_t>>> synsets_;
  std::vector<BlockSpec> blocks_;
  std::vector<std::pair<uint32_t, VerbForm>> forms_;  // word id -> form
  int current_synset_ = -1;
  bool synset_plurals_ = true;
};

uint32_t VerbDictionaryBuilder::word(std::string_view lower) {
  if (const auto it = word_ids_.find(lower); it != word_ids_.end()) return it->second;
  const auto id = static_cast<uint32_t>(dict_.words_.size());
  dict_.words_.emplace_back(lower);
  word_ids_.emplace(std::string(lower), id);
  return id;
}

uint16_t VerbDictionaryBuilder::code(std::string_view text) {
  std::string c;
  for (const char ch : text) {
    if (ch != '!' && ch != ' ') c += ch;
  }
  if (c.empty()) return kNoCode;
  if (c == "---") return kNullCode;
  for (uint16_t i = 0; i < dict_.codes_.size(); ++i) {
    if (dict_.codes_[i].code == c) return i;
  }
  if (dict_.codes_.size() >= kNullCode) throw InputError(name_, "more than 65533 distinct codes");
  CodeInfo info;
  info.code = c;
  info.quad_class = quad_class_of(c);
  if (const CodeInfo* known = codebook_.find(c)) {
    info.label = known->label;
    info.goldstein = known->goldstein;
  }
  dict_.codes_.push_back(std::move(info));
  return static_cast<uint16_t>(dict_.codes_.size() - 1);
}

// "[042:043]" -> (042, 043); "[:173]" -> (null, 173); "[---]" -> (null, none).
std::optional<std::pair<uint16_t, uint16_t>> VerbDictionaryBuilder::codes(std::string_view bracket) {
  const size_t open = bracket.find('[');
  const size_t close = bracket.find(']', open == std::string_view::npos ? 0 : open);
  if (open == std::string_view::npos || close == std::string_view::npos) return std::nullopt;
  const std::string_view inside = trim(bracket.substr(open + 1, close - open - 1));
  const size_t colon = inside.find(':');
  if (colon == std::string_view::npos) return std::pair{code(inside), kNoCode};
  const uint16_t forward = code(inside.substr(0, colon));
  return std::pair{forward == kNoCode ? kNullCode : forward, code(inside.substr(colon + 1))};
}

void VerbDictionaryBuilder::synset_label(std::string_view line) {
  std::string_view name = split_ws(line)[0].substr(1);
  synset_plurals_ = !name.ends_with("_");
  while (name.ends_with("_")) name.remove_suffix(1);
  const auto [it, added] = synset_ids_.emplace(std::string(name), static_cast<uint32_t>(synsets_.size()));
  if (added) synsets_.emplace_back();
  current_synset_ = static_cast<int>(it->second);
  ++report_.synsets;
}

void VerbDictionaryBuilder::synset_phrase(std::string_view phrase, size_t line) {
  phrase = trim(phrase);
  auto& target = synsets_[static_cast<size_t>(current_synset_)];
  if (phrase.starts_with("&")) {  // a set inside a set: its phrases join this one
    const auto it = synset_ids_.find(phrase.substr(1));
    if (it == synset_ids_.end()) return skip(line, "undefined synonym set " + std::string(phrase));
    const auto copy = synsets_[it->second];
    target.insert(target.end(), copy.begin(), copy.end());
    return;
  }
  const bool plural = synset_plurals_ && !phrase.ends_with("_");
  std::vector<uint32_t> words;
  std::vector<std::string> lower;
  for (const std::string_view part : split_ws(phrase)) {
    for (const std::string_view w : split(part, '_')) {
      if (!w.empty()) lower.push_back(lower_word(w));
    }
  }
  if (lower.empty()) return;
  for (const std::string& w : lower) words.push_back(word(w));
  target.push_back(words);
  if (plural) {
    words.back() = word(plural_of(lower.back()));
    target.push_back(std::move(words));
  }
}

void VerbDictionaryBuilder::block_header(std::string_view line) {
  BlockSpec block;
  const std::string_view body = trim(line.substr(3));
  const auto tokens = split_ws(body);
  block.name = tokens.empty() ? std::string() : std::string(tokens[0]);
  if (const auto c = codes(body)) {
    block.code = c->first;
    block.reverse = c->second;
  }
  blocks_.push_back(std::move(block));
  current_synset_ = -1;
  ++report_.blocks;
}

void VerbDictionaryBuilder::add_form(const std::string& form, uint32_t verb, Inflection inflection) {
  forms_.push_back({word(form), VerbForm{verb, inflection}});
  ++report_.forms;
}

// "SAY {SAID SAYING}", "+CORDON_OFF {+CORDONED_OFF ...} [1721]", "WIRE_+TAP", "ACCUSE [112]".
void VerbDictionaryBuilder::verb_line(std::string_view line, size_t number) {
  if (blocks_.empty()) return skip(number, "verb outside a block");
  uint16_t own = kNoCode, own_reverse = kNoCode;
  if (const size_t open = line.find('['); open != std::string_view::npos) {
    if (const auto c = codes(line.substr(open))) {
      own = c->first;
      own_reverse = c->second;
    }
    line = line.substr(0, open);
  }
  const bool listed = line.find('{') != std::string_view::npos;
  std::string flat(line);
  std::replace(flat.begin(), flat.end(), '{', ' ');
  std::replace(flat.begin(), flat.end(), '}', ' ');
  const auto tokens = split_ws(flat);
  if (tokens.empty()) return;
  // Splits "WIRE_+TAPPED" into front words, the inflected word and back words.
  struct Parts {
    std::vector<std::string> front, back;
    std::string word;
  };
  const auto parts_of = [](std::string_view token) {
    Parts p;
    const auto pieces = split(token, '_');
    size_t verb = 0;
    for (size_t i = 0; i < pieces.size(); ++i) {
      if (pieces[i].starts_with("+")) verb = i;
    }
    for (size_t i = 0; i < pieces.size(); ++i) {
      std::string_view w = pieces[i];
      if (w.starts_with("+")) w.remove_prefix(1);
      if (w.empty()) continue;
      if (i < verb) p.front.push_back(lower_word(w));
      if (i == verb) p.word = lower_word(w);
      if (i > verb) p.back.push_back(lower_word(w));
    }
    return p;
  };
  const Parts stem = parts_of(tokens[0]);
  if (stem.word.empty()) return skip(number, "verb line without a verb");
  Verb verb;
  verb.block = static_cast<uint32_t>(blocks_.size() - 1);
  verb.code = own;
  verb.reverse = own_reverse;
  verb.first_word = static_cast<uint32_t>(dict_.verb_words_.size());
  verb.front = static_cast<uint8_t>(std::min<size_t>(stem.front.size(), 255));
  verb.back = static_cast<uint8_t>(std::min<size_t>(stem.back.size(), 255));
  for (size_t i = 0; i < verb.front; ++i) dict_.verb_words_.push_back(word(stem.front[i]));
  for (size_t i = 0; i < verb.back; ++i) dict_.verb_words_.push_back(word(stem.back[i]));
  const auto id = static_cast<uint32_t>(dict_.verbs_.size());
  dict_.verbs_.push_back(verb);
  ++report_.verbs;
  if (!listed) {
    for (const auto& [form, inflection] : regular_forms(stem.word)) add_form(form, id, inflection);
    return;
  }
  add_form(stem.word, id, guess_inflection(stem.word, stem.word));
  for (size_t i = 1; i < tokens.size(); ++i) {
    const Parts p = parts_of(tokens[i]);
    if (!p.word.empty()) add_form(p.word, id, guess_inflection(p.word, stem.word));
  }
}

uint32_t VerbDictionaryBuilder::anonymous_synset(std::string_view alternatives) {
  std::vector<std::vector<uint32_t>> phrases;
  for (const std::string_view w : split(alternatives, '/')) {
    if (!w.empty()) phrases.push_back({word(lower_word(w))});
  }
  synsets_.push_back(std::move(phrases));
  return static_cast<uint32_t>(synsets_.size() - 1);
}

// The elements of a pattern's text in order, with the verb as an element marked `verb`.
std::optional<std::vector<ElementSpec>> VerbDictionaryBuilder::elements(std::string_view text, size_t number) {
  std::string spaced;
  for (const char c : text) {
    if (c == '(' || c == ')' || c == '{' || c == '}') {
      spaced += ' ';
      spaced += c;
      spaced += ' ';
    } else {
      spaced += c;
    }
  }
  std::vector<ElementSpec> out;
  int group = -1, next_group = 0, depth = 0;
  for (const std::string_view token : split_ws(spaced)) {
    if (token == "(" || token == "{") {
      if (depth++ == 0) group = next_group++;
      continue;
    }
    if (token == ")" || token == "}") {
      if (depth > 0 && --depth == 0) group = -1;
      continue;
    }
    bool joined = false;
    for (const std::string_view part : split(token, '_')) {
      if (part.empty()) continue;
      ElementSpec e;
      e.joined = joined;
      e.group = group;
      joined = true;
      if (part == "*") {
        e.verb = true;
      } else if (part == "$") {
        e.kind = ElementKind::kSource;
      } else if (part == "+") {
        e.kind = ElementKind::kTarget;
      } else if (part == "%") {
        e.kind = ElementKind::kCompound;
      } else if (part == "^") {
        e.kind = ElementKind::kAny;
      } else if (part.starts_with("&")) {
        const auto it = synset_ids_.find(part.substr(1));
        if (it == synset_ids_.end()) {
          skip(number, "undefined synonym set " + std::string(part));
          return std::nullopt;
        }
        e.kind = ElementKind::kSynset;
        e.value = it->second;
      } else if (part.find('/') != std::string_view::npos) {
        e.kind = ElementKind::kSynset;
        e.value = anonymous_synset(part);
      } else {
        e.value = word(lower_word(part));
      }
      out.push_back(e);
    }
  }
  return out;
}

// Each element records whether it is joined to, or grouped with, its neighbour toward the verb:
// matching starts at the verb and walks outward.
void VerbDictionaryBuilder::pattern_line(std::string_view line, size_t number) {
  if (blocks_.empty()) return skip(number, "pattern outside a block");
  const size_t open = line.find('[');
  if (open == std::string_view::npos) return skip(number, "pattern without a code");
  const auto c = codes(line.substr(open));
  const auto parsed = elements(line.substr(1, open - 1), number);
  if (!c || !parsed) return;
  const auto verb = std::find_if(parsed->begin(), parsed->end(), [](const ElementSpec& e) { return e.verb; });
  if (verb == parsed->end() || std::count_if(parsed->begin(), parsed->end(),
                                             [](const ElementSpec& e) { return e.verb; }) != 1) {
    return skip(number, "pattern without exactly one '*'");
  }
  const auto v = static_cast<size_t>(verb - parsed->begin());
  PatternSpec p;
  p.code = c->first;
  p.reverse = c->second;
  for (size_t i = 0; i < v; ++i) {
    const ElementSpec& e = (*parsed)[i];
    const ElementSpec& toward = (*parsed)[i + 1];
    p.pre.push_back({e.kind, toward.joined, e.group >= 0 && e.group == toward.group, e.value});
  }
  for (size_t i = v + 1; i < parsed->size(); ++i) {
    const ElementSpec& e = (*parsed)[i];
    const ElementSpec& toward = (*parsed)[i - 1];
    p.post.push_back({e.kind, e.joined, e.group >= 0 && e.group == toward.group, e.value});
  }
  if (p.pre.size() > 255 || p.post.size() > 255) return skip(number, "pattern too long");
  blocks_.back().patterns.push_back(std::move(p));
  ++report_.patterns;
}

void VerbDictionaryBuilder::parse(std::string_view text) {
  size_t number = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view raw = text.substr(pos, end - pos);
    pos = end + 1;
    ++number;
    const std::string_view line = strip_comment(raw);
    if (line.empty()) continue;
    if (line.starts_with("---")) {
      block_header(line);
    } else if (line.starts_with("&")) {
      synset_label(line);
    } else if (line.starts_with("+") && current_synset_ >= 0) {
      synset_phrase(line.substr(1), number);
    } else if (line.starts_with("-")) {
      current_synset_ = -1;
      pattern_line(line, number);
    } else if (line.starts_with("~")) {
      ++report_.transformations;
    } else if (line.starts_with("!") || line.starts_with("<")) {
      continue;
    } else {
      current_synset_ = -1;
      verb_line(line, number);
    }
  }
}

namespace {

// The complement frame of a block (see Block): its primary code's family when that is one of
// the governing families, else the family most of its "(TO ...)" patterns code, else the family
// most of all its patterns code ("REFUSE [---]" codes 12x through its patterns).
uint8_t frame_of(const BlockSpec& block, const VerbDictionary& dict, uint32_t to_word) {
  const auto governing = [](int root) { return root == 1 || root == 2 || root == 3 || root == 10 || root == 12 || root == 13; };
  const auto root = [&](uint16_t c) { return c < dict.code_count() ? root_of(dict.code(c).code) : 0; };
  if (governing(root(block.code))) return static_cast<uint8_t>(root(block.code));
  const auto majority = [&](bool to_only, size_t minimum) -> int {
    std::map<int, size_t> counts;
    size_t n = 0;
    for (const PatternSpec& p : block.patterns) {
      if (to_only && (p.post.empty() || p.post[0].kind != ElementKind::kWord || p.post[0].value != to_word)) continue;
      ++n;
      ++counts[root(p.code)];
    }
    for (const auto& [r, k] : counts) {
      if (r != 1 && governing(r) && k >= minimum && 2 * k >= n) return r;
    }
    return 0;
  };
  if (const int r = majority(true, 2)) return static_cast<uint8_t>(r);
  return static_cast<uint8_t>(majority(false, 3));
}

}  // namespace

VerbDictionary VerbDictionaryBuilder::build() {
  // Every CAMEO code is in the table, so complement frames can name codes no pattern uses.
  for (const auto& [c, info] : codebook_.codes) code(c);
  const uint32_t to_word = word("to");
  for (const BlockSpec& spec : blocks_) {
    Block b;
    b.name = spec.name;
    b.code = spec.code;
    b.reverse = spec.reverse;
    b.frame = frame_of(spec, dict_, to_word);
    b.first_pattern = static_cast<uint32_t>(dict_.patterns_.size());
    b.pattern_count = static_cast<uint32_t>(spec.patterns.size());
    for (const PatternSpec& p : spec.patterns) {
      Pattern out;
      out.first = static_cast<uint32_t>(dict_.elements_.size());
      out.pre = static_cast<uint16_t>(p.pre.size());
      out.post = static_cast<uint16_t>(p.post.size());
      out.code = p.code;
      out.reverse = p.reverse;
      dict_.elements_.insert(dict_.elements_.end(), p.pre.begin(), p.pre.end());
      dict_.elements_.insert(dict_.elements_.end(), p.post.begin(), p.post.end());
      dict_.patterns_.push_back(out);
    }
    dict_.blocks_.push_back(std::move(b));
  }
  std::stable_sort(forms_.begin(), forms_.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  dict_.form_begin_.assign(dict_.words_.size() + 1, 0);
  for (const auto& [w, form] : forms_) ++dict_.form_begin_[w + 1];
  for (size_t i = 1; i < dict_.form_begin_.size(); ++i) dict_.form_begin_[i] += dict_.form_begin_[i - 1];
  for (const auto& entry : forms_) dict_.forms_.push_back(entry.second);
  dict_.synset_phrases_.push_back(0);
  dict_.phrase_begin_.push_back(0);
  for (const auto& phrases : synsets_) {
    for (const auto& phrase : phrases) {
      dict_.phrase_words_.insert(dict_.phrase_words_.end(), phrase.begin(), phrase.end());
      dict_.phrase_begin_.push_back(static_cast<uint32_t>(dict_.phrase_words_.size()));
    }
    dict_.synset_phrases_.push_back(static_cast<uint32_t>(dict_.phrase_begin_.size() - 1));
  }
  dict_.index();
  return std::move(dict_);
}

const CodeInfo* Codebook::find(std::string_view code) const {
  for (size_t n = code.size(); n >= 2; --n) {
    if (const auto it = codes.find(code.substr(0, n)); it != codes.end()) return &it->second;
  }
  return nullptr;
}

Codebook parse_codebook(std::string_view eventcodes, std::string_view goldstein, const std::string& name) {
  Codebook book;
  const auto rows = [](std::string_view text, const auto& each) {
    for (const std::string_view raw : split(text, '\n')) {
      const std::string_view line = trim(raw);
      const size_t tab = line.find('\t');
      if (tab == std::string_view::npos || tab == 0) continue;
      const std::string_view code = trim(line.substr(0, tab));
      if (root_of(code) == 0) continue;
      each(std::string(code), trim(line.substr(tab + 1)));
    }
  };
  rows(eventcodes, [&](std::string code, std::string_view label) {
    CodeInfo& info = book.codes[code];
    info.code = code;
    std::string l(label);
    // Root rows are written in capitals ("MAKE PUBLIC STATEMENT"): print them as sentences.
    if (std::none_of(l.begin(), l.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
      l = l.substr(0, 1) + text::fold_case(std::string_view(l).substr(1));
    }
    info.label = std::move(l);
    info.quad_class = quad_class_of(code);
  });
  rows(goldstein, [&](std::string code, std::string_view value) {
    double v = 0.0;
    const std::string s(value);
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc()) return;
    CodeInfo& info = book.codes[code];
    info.code = code;
    info.goldstein = v;
    info.quad_class = quad_class_of(code);
  });
  if (book.codes.empty()) throw InputError(name, "no CAMEO codes read");
  return book;
}

VerbDictionary parse_verb_file(std::string_view text, const Codebook& codebook, const std::string& name,
                               VerbFileReport* report) {
  VerbFileReport local;
  VerbFileReport& r = report != nullptr ? *report : local;
  VerbDictionaryBuilder builder(codebook, r, name);
  builder.parse(text);
  if (r.blocks == 0) throw InputError(name, "no verb block read");
  return builder.build();
}

}  // namespace dossier::events
