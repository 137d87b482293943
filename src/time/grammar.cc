#include "time/grammar.h"

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>

#include "dossier/error.h"
#include "text/fold.h"

namespace dossier::time {
namespace {

constexpr uint32_t kNumberBit = 1u << static_cast<int>(Cat::kCount);
constexpr uint32_t kPunctBit = kNumberBit << 1;
constexpr size_t kMaxWord = 24;
constexpr size_t kStartClasses = static_cast<size_t>(Cat::kCount) + 2;  // categories, numbers, punctuation

uint32_t cat_bit(Cat cat) { return 1u << static_cast<int>(cat); }

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> split_words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    const size_t start = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (i > start) out.push_back(s.substr(start, i - start));
  }
  return out;
}

// Folds a word into buffer; false when it is too long to be in the lexicon.
bool lower_word(std::string_view word, char* buffer, size_t& length) {
  length = text::fold_into(word, buffer, kMaxWord);
  return length > 0 || word.empty();
}

struct CatName {
  std::string_view name;
  Cat cat;
};
constexpr CatName kCatNames[] = {
    {"month", Cat::kMonth},       {"weekday", Cat::kWeekday},   {"number", Cat::kNumber},
    {"ordinal", Cat::kOrdinal},   {"unit", Cat::kUnit},         {"season", Cat::kSeason},
    {"pod", Cat::kPartOfDay},     {"deictic", Cat::kDeictic},   {"ref", Cat::kRef},
    {"rel", Cat::kRel},           {"mod", Cat::kMod},           {"approx", Cat::kApprox},
    {"dir", Cat::kDir},           {"few", Cat::kFew},           {"frequency", Cat::kFrequency},
    {"decade", Cat::kDecade},     {"meridiem", Cat::kMeridiem}, {"zone", Cat::kZone},
    {"holiday", Cat::kHoliday},   {"label", Cat::kLabel}};

struct ElemName {
  std::string_view name;
  ElemKind kind;
};
constexpr ElemName kElemNames[] = {
    {"NUM", ElemKind::kNum},         {"ORD", ElemKind::kOrd},       {"YEAR", ElemKind::kYear},
    {"DAY", ElemKind::kDay},         {"MONTHNUM", ElemKind::kMonthNum}, {"HOUR", ElemKind::kHour},
    {"MINUTE", ElemKind::kMinute},   {"DECADE", ElemKind::kDecade}, {"UNITS", ElemKind::kUnits},
    {"UNIT1", ElemKind::kUnit1},     {"CLOCK24", ElemKind::kClock24}};

std::optional<Cat> cat_of_rule_name(std::string_view name) {
  static constexpr CatName kRuleCats[] = {
      {"MONTH", Cat::kMonth},   {"WEEKDAY", Cat::kWeekday}, {"UNIT", Cat::kUnit},
      {"SEASON", Cat::kSeason}, {"POD", Cat::kPartOfDay},   {"DEICTIC", Cat::kDeictic},
      {"REF", Cat::kRef},       {"REL", Cat::kRel},         {"MOD", Cat::kMod},
      {"APPROX", Cat::kApprox}, {"DIR", Cat::kDir},         {"FEW", Cat::kFew},
      {"FREQUENCY", Cat::kFrequency}, {"MERIDIEM", Cat::kMeridiem}, {"ZONE", Cat::kZone},
      {"HOLIDAY", Cat::kHoliday}};
  for (const auto& c : kRuleCats) {
    if (c.name == name) return c.cat;
  }
  return std::nullopt;
}

struct ActionName {
  std::string_view name;
  Action action;
};
constexpr ActionName kActions[] = {
    {"calendar", Action::kCalendar}, {"relative", Action::kRelative}, {"deictic", Action::kDeictic},
    {"offset", Action::kOffset},     {"duration", Action::kDuration}, {"set", Action::kSet},
    {"ref", Action::kRef},           {"decade", Action::kDecade},     {"century", Action::kCentury},
    {"quarter", Action::kQuarter},   {"clock", Action::kClock},       {"holiday", Action::kHoliday}};

[[noreturn]] void table_error(const char* table, size_t line, const std::string& what) {
  throw ModelError(std::string("built-in time ") + table, "line " + std::to_string(line) + ": " + what);
}

bool valid_entry(const LexEntry& entry, const Tok& tok) {
  return (entry.flags & kLexCapital) == 0 || tok.has(kUpperInitial);
}

bool is_word(const Tok& tok) { return tok.kind == TokKind::kWord; }
bool is_plain_number(const Tok& tok) {
  return tok.kind == TokKind::kNumber && tok.number >= 0 &&
         !tok.has(kOrdinalSuffix) && !tok.has(kPluralSuffix);
}
bool is_punct(std::string_view text, const Tok& tok, char c) {
  return tok.kind == TokKind::kPunct && tok.end == tok.begin + 1 && text[tok.begin] == c;
}
bool equals_lower_word(std::string_view text, const Tok& tok, std::string_view lower) {
  return text::fold_equals(text.substr(tok.begin, tok.end - tok.begin), lower);
}
bool is_apostrophe(std::string_view text, const Tok& tok) {
  return is_punct(text, tok, '\'') || text.substr(tok.begin, tok.end - tok.begin) == "\u2019";
}

// Calls entry(line, line_no) for each line of a table that is neither blank nor a '#' comment.
template <typename Entry>
void for_each_entry(std::string_view table, const Entry& entry) {
  size_t line_no = 0;
  while (!table.empty()) {
    const size_t nl = table.find('\n');
    const std::string_view line = trim(table.substr(0, nl));
    table = nl == std::string_view::npos ? std::string_view() : table.substr(nl + 1);
    ++line_no;
    if (!line.empty() && line.front() != '#') entry(line, line_no);
  }
}

}  // namespace

Grammar::Grammar() : Grammar(builtin_lexicon(), builtin_rules()) {}

Grammar::Grammar(std::string_view lexicon_table, std::string_view rule_table) {
  compile_lexicon(lexicon_table);
  compile_rules(rule_table);
  index_rules();
  for (auto& [word, list] : building_) {
    words_.emplace(word, Range{static_cast<uint32_t>(entries_.size()), static_cast<uint16_t>(list.size())});
    entries_.insert(entries_.end(), list.begin(), list.end());
  }
  building_.clear();
}

void Grammar::add_entry(const std::string& word, LexEntry entry) { building_[word].push_back(entry); }

void Grammar::compile_lexicon(std::string_view table) {
  for_each_entry(table, [&](std::string_view line, size_t line_no) {
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) table_error("lexicon", line_no, "no ':'");
    const auto head = split_words(line.substr(0, colon));
    if (head.empty()) table_error("lexicon", line_no, "no category");
    LexEntry proto;
    const auto* name = std::find_if(std::begin(kCatNames), std::end(kCatNames),
                                    [&](const CatName& c) { return c.name == head[0]; });
    if (name == std::end(kCatNames)) table_error("lexicon", line_no, "unknown category");
    proto.cat = name->cat;
    for (size_t i = 1; i < head.size(); ++i) {
      if (head[i] == "cap") proto.flags |= kLexCapital;
      else if (head[i] == "abbrev") proto.flags |= kLexAbbrev;
      else if (head[i] == "ambiguous") proto.flags |= kLexAmbiguous;
      else if (head[i] == "plural") proto.flags |= kLexPlural;
      else if (head[i] == "attributive") proto.flags |= kLexAttributive;
      else table_error("lexicon", line_no, "unknown flag");
    }
    for (const auto item : split_words(line.substr(colon + 1))) {
      const size_t eq = item.find('=');
      if (eq == std::string_view::npos || eq == 0) table_error("lexicon", line_no, "want word=value");
      LexEntry entry = proto;
      const std::string_view value = item.substr(eq + 1);
      int number = 0;
      if (value == "X") {
        number = Frame::kVague;
      } else {
        const auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
        if (ec != std::errc() || ptr != value.data() + value.size()) {
          table_error("lexicon", line_no, "bad value");
        }
      }
      entry.value = static_cast<int16_t>(number);
      add_entry(std::string(item.substr(0, eq)), entry);
    }
  });
}

void Grammar::compile_rules(std::string_view table) {
  for_each_entry(table, [&](std::string_view line, size_t line_no) {
    const size_t colon = line.find(": ");
    if (colon == std::string_view::npos) table_error("rules", line_no, "no ': '");
    const auto head = split_words(line.substr(0, colon));
    if (head.size() != 2) table_error("rules", line_no, "want TYPE action");
    Rule rule;
    rule.line = static_cast<uint16_t>(line_no);
    if (head[0] == "DATE") rule.type = TimexType::kDate;
    else if (head[0] == "TIME") rule.type = TimexType::kTime;
    else if (head[0] == "DURATION") rule.type = TimexType::kDuration;
    else if (head[0] == "SET") rule.type = TimexType::kSet;
    else table_error("rules", line_no, "unknown type");
    const auto* action = std::find_if(std::begin(kActions), std::end(kActions),
                                      [&](const ActionName& a) { return a.name == head[1]; });
    if (action == std::end(kActions)) table_error("rules", line_no, "unknown action");
    rule.action = action->action;
    for (auto word : split_words(line.substr(colon + 2))) {
      Elem elem;
      if (word.size() > 1 && word.back() == '?') {
        elem.optional = true;
        word.remove_suffix(1);
      }
      if (word.size() > 2 && word.front() == '[' && word.back() == ']') {
        elem.context = true;
        word = word.substr(1, word.size() - 2);
      }
      if (word.size() == 1 && !(word[0] >= 'a' && word[0] <= 'z') && !(word[0] >= 'A' && word[0] <= 'Z')) {
        elem.kind = ElemKind::kPunct;
        elem.punct = word[0];
      } else if (word[0] >= 'A' && word[0] <= 'Z') {
        const auto* special = std::find_if(std::begin(kElemNames), std::end(kElemNames),
                                           [&](const ElemName& e) { return e.name == word; });
        if (special != std::end(kElemNames)) {
          elem.kind = special->kind;
        } else {
          elem.kind = ElemKind::kCat;
          size_t start = 0;
          while (start <= word.size()) {
            size_t bar = word.find('|', start);
            if (bar == std::string_view::npos) bar = word.size();
            const auto cat = cat_of_rule_name(word.substr(start, bar - start));
            if (!cat) table_error("rules", line_no, "unknown category " + std::string(word));
            elem.cat_mask |= cat_bit(*cat);
            start = bar + 1;
          }
        }
      } else {
        elem.kind = ElemKind::kLiteral;
        size_t start = 0;
        while (start <= word.size()) {
          size_t bar = word.find('|', start);
          if (bar == std::string_view::npos) bar = word.size();
          const std::string literal(word.substr(start, bar - start));
          auto found = std::find(literals_.begin(), literals_.end(), literal);
          int16_t id = static_cast<int16_t>(found - literals_.begin());
          if (found == literals_.end()) {
            literals_.push_back(literal);
            add_entry(literal, LexEntry{Cat::kLiteral, 0, id});
          }
          elem.literals.push_back(id);
          start = bar + 1;
        }
      }
      if (elem.context && (elem.optional || (elem.kind != ElemKind::kLiteral && elem.kind != ElemKind::kPunct &&
                                             elem.kind != ElemKind::kCat))) {
        table_error("rules", line_no, "a context element is one required word");
      }
      rule.elems.push_back(std::move(elem));
    }
    if (rule.elems.empty()) table_error("rules", line_no, "no elements");
    for (size_t i = 1; i + 1 < rule.elems.size(); ++i) {
      if (rule.elems[i].context && !rule.elems[i - 1].context && !rule.elems[i + 1].context) {
        table_error("rules", line_no, "context only at either end");
      }
    }
    rule.literal_start_only = true;
    for (const Elem& elem : rule.elems) {
      if (elem.kind == ElemKind::kLiteral) {
        rule.first_literals.insert(rule.first_literals.end(), elem.literals.begin(), elem.literals.end());
      } else {
        rule.literal_start_only = false;
      }
      switch (elem.kind) {
        case ElemKind::kCat: rule.first_mask |= elem.cat_mask; break;
        case ElemKind::kLiteral: rule.first_mask |= cat_bit(Cat::kLiteral); break;
        case ElemKind::kPunct: rule.first_mask |= kPunctBit; break;
        case ElemKind::kNum: rule.first_mask |= cat_bit(Cat::kNumber) | kNumberBit; break;
        case ElemKind::kOrd: rule.first_mask |= cat_bit(Cat::kOrdinal) | cat_bit(Cat::kNumber) | kNumberBit; break;
        case ElemKind::kDecade: rule.first_mask |= cat_bit(Cat::kDecade) | kNumberBit | kPunctBit; break;
        case ElemKind::kYear: rule.first_mask |= cat_bit(Cat::kNumber) | kNumberBit; break;
        case ElemKind::kDay: rule.first_mask |= cat_bit(Cat::kOrdinal) | cat_bit(Cat::kNumber) | kNumberBit; break;
        case ElemKind::kUnits:
        case ElemKind::kUnit1: rule.first_mask |= cat_bit(Cat::kUnit); break;
        default: rule.first_mask |= kNumberBit; break;
      }
      if (!elem.optional) break;
    }
    if (rules_.size() == kMaxRules) table_error("rules", line_no, "too many rules");
    rules_.push_back(std::move(rule));
  });
}

void Grammar::index_rules() {
  rules_by_class_.assign(kStartClasses, {});
  rules_by_literal_.assign(literals_.size(), {});
  for (size_t r = 0; r < rules_.size(); ++r) {
    Rule& rule = rules_[r];
    while (rule.lead < rule.elems.size() && rule.elems[rule.lead].context) ++rule.lead;
    while (rule.trail < rule.elems.size() && rule.elems[rule.elems.size() - 1 - rule.trail].context) ++rule.trail;
    const auto index = static_cast<uint16_t>(r);
    if (rule.literal_start_only) {
      for (const int16_t id : rule.first_literals) rules_by_literal_[static_cast<size_t>(id)].push_back(index);
      continue;
    }
    for (size_t bit = 0; bit < kStartClasses; ++bit) {
      if ((rule.first_mask >> bit) & 1u) rules_by_class_[bit].push_back(index);
    }
  }
}

int Grammar::literal_id(std::string_view word) const {
  const auto found = std::find(literals_.begin(), literals_.end(), word);
  return found == literals_.end() ? -1 : static_cast<int>(found - literals_.begin());
}

std::vector<Tok> Grammar::tokens(std::string_view text) const {
  std::vector<Tok> toks = scan(text);
  char buffer[kMaxWord];
  for (Tok& tok : toks) {
    if (tok.kind != TokKind::kWord) continue;
    size_t length = 0;
    if (!lower_word(text.substr(tok.begin, tok.end - tok.begin), buffer, length)) continue;
    const auto found = words_.find(std::string_view(buffer, length));
    if (found == words_.end()) continue;
    tok.lex_first = found->second.first;
    tok.lex_count = found->second.count;
  }
  return toks;
}

uint32_t Grammar::token_mask(std::string_view text, std::span<const Tok> toks, size_t i) const {
  const Tok& tok = toks[i];
  if (tok.kind == TokKind::kNumber) return kNumberBit;
  if (tok.kind == TokKind::kPunct) return is_apostrophe(text, tok) ? kPunctBit : 0;
  uint32_t mask = 0;
  for (const LexEntry& entry : entries(tok)) {
    // "a" and "an" count only where rules name them literally.
    if (entry.cat == Cat::kNumber && (entry.flags & kLexAmbiguous) != 0) continue;
    if (valid_entry(entry, tok)) mask |= cat_bit(entry.cat);
  }
  return mask;
}

namespace {

// Reads a cardinal from words or digits at toks[at]; returns the tokens used (0: none).
int read_number(const Grammar& g, std::string_view text, std::span<const Tok> toks, size_t at, int& value) {
  const Tok& tok = toks[at];
  if (tok.kind == TokKind::kNumber) {
    if (!is_plain_number(tok)) return 0;
    value = tok.number;
    return 1;
  }
  const auto word_number = [&](size_t i) -> int {
    if (i >= toks.size() || !is_word(toks[i])) return -1;
    for (const LexEntry& e : g.entries(toks[i])) {
      if (e.cat == Cat::kNumber && (e.flags & kLexAmbiguous) == 0) return e.value;
    }
    return -1;
  };
  int v = word_number(at);
  if (v < 0) return 0;
  size_t next = at + 1;
  if (v >= 20 && v <= 90 && v % 10 == 0) {
    size_t j = next;
    if (j < toks.size() && is_punct(text, toks[j], '-') && !toks[j].has(kSpaceBefore)) ++j;
    const int units = word_number(j);
    if (units >= 1 && units <= 9) {
      v += units;
      next = j + 1;
    }
  }
  const int scale = word_number(next);
  if ((scale == 100 || scale == 1000) && v < 100) {
    v *= scale;
    ++next;
  }
  value = v;
  return static_cast<int>(next - at);
}

// The value of a plain number word at toks[i] ("nineteen", "ninety"), or -1.
int number_word(const Grammar& g, std::span<const Tok> toks, size_t i) {
  if (i >= toks.size() || !is_word(toks[i])) return -1;
  for (const LexEntry& e : g.entries(toks[i])) {
    if (e.cat == Cat::kNumber && (e.flags & kLexAmbiguous) == 0) return e.value;
  }
  return -1;
}

// Reads a year in words at toks[at]: "nineteen ninety-six", "nineteen hundred", "two thousand
// (and) one". Returns the tokens used (0: none); count tells the "two thousand" and "twelve
// hundred" forms, which are also ordinary counts.
int read_spoken_year(const Grammar& g, std::string_view text, std::span<const Tok> toks, size_t at, int& value,
                     bool& count) {
  const int lead = number_word(g, toks, at);
  if (lead == 2 && number_word(g, toks, at + 1) == 1000) {
    size_t next = at + 2;
    if (next < toks.size() && is_word(toks[next]) && equals_lower_word(text, toks[next], "and")) ++next;
    int rest = 0;
    const int used = next < toks.size() ? read_number(g, text, toks, next, rest) : 0;
    count = true;
    if (used > 0 && toks[next].kind == TokKind::kWord && rest >= 1 && rest <= 99) {
      value = 2000 + rest;
      return static_cast<int>(next + static_cast<size_t>(used) - at);
    }
    value = 2000;
    return 2;
  }
  if (lead < 11 || lead > 20) return 0;
  const int second = number_word(g, toks, at + 1);
  if (second == 100) {
    value = lead * 100;
    count = true;
    return 2;
  }
  int rest = 0;
  if (second < 10 || second > 90) return 0;
  const int used = read_number(g, text, toks, at + 1, rest);
  if (used == 0 || rest < 10 || rest > 99) return 0;
  value = lead * 100 + rest;
  count = false;
  return 1 + used;
}

int read_ordinal(const Grammar& g, std::string_view text, std::span<const Tok> toks, size_t at, int& value) {
  const Tok& tok = toks[at];
  if (tok.kind == TokKind::kNumber) {
    if (!tok.has(kOrdinalSuffix) || tok.number < 0) return 0;
    value = tok.number;
    return 1;
  }
  if (!is_word(tok)) return 0;
  int tens = -1;
  for (const LexEntry& e : g.entries(tok)) {
    if (e.cat == Cat::kOrdinal) {
      value = e.value;
      return 1;
    }
    if (e.cat == Cat::kNumber && e.value >= 20 && e.value <= 90 && e.value % 10 == 0) tens = e.value;
  }
  if (tens < 0) return 0;
  size_t j = at + 1;
  if (j < toks.size() && is_punct(text, toks[j], '-')) ++j;
  if (j >= toks.size() || !is_word(toks[j])) return 0;
  for (const LexEntry& e : g.entries(toks[j])) {
    if (e.cat == Cat::kOrdinal && e.value < 10) {
      value = tens + e.value;
      return static_cast<int>(j + 1 - at);
    }
  }
  return 0;
}

int read_decade(const Grammar& g, std::string_view text, std::span<const Tok> toks, size_t at, int& value) {
  size_t i = at;
  const bool apostrophe = is_apostrophe(text, toks[i]);
  if (apostrophe) {
    if (++i >= toks.size() || toks[i].has(kSpaceBefore)) return 0;
  }
  const Tok& tok = toks[i];
  if (tok.kind == TokKind::kNumber && tok.has(kPluralSuffix) && tok.number >= 0 && tok.number % 10 == 0) {
    if (tok.digits == 4 && !apostrophe) {
      value = tok.number / 10;
    } else if (tok.digits == 2) {
      value = 190 + tok.number / 10;
    } else {
      return 0;
    }
    return static_cast<int>(i + 1 - at);
  }
  if (apostrophe || !is_word(tok)) return 0;
  for (const LexEntry& e : g.entries(tok)) {
    if (e.cat == Cat::kDecade) {
      value = e.value;
      return 1;
    }
  }
  return 0;
}

void fill(Frame& frame, const LexEntry& entry) {
  const int v = entry.value;
  if (entry.flags & kLexAmbiguous) frame.ambiguous = true;
  if (entry.flags & kLexAbbrev) frame.abbrev = true;
  if (entry.flags & kLexAttributive) frame.attributive = true;
  switch (entry.cat) {
    case Cat::kMonth: frame.month = v; break;
    case Cat::kWeekday: frame.weekday = v; break;
    case Cat::kNumber: if (frame.quantity == Frame::kUnset) frame.quantity = v; break;
    case Cat::kOrdinal: frame.ordinal = v; break;
    case Cat::kUnit: frame.unit = v; frame.plural = (entry.flags & kLexPlural) != 0; break;
    case Cat::kSeason: frame.season = v; frame.plural = (entry.flags & kLexPlural) != 0; break;
    case Cat::kPartOfDay: frame.pod = v; break;
    case Cat::kDeictic: frame.deictic = v; break;
    case Cat::kRef: frame.ref = v; break;
    case Cat::kRel: frame.rel = v; break;
    case Cat::kMod: if (frame.mod == Mod::kNone) frame.mod = static_cast<Mod>(v); break;
    case Cat::kApprox: if (frame.mod == Mod::kNone) frame.mod = static_cast<Mod>(v); break;
    case Cat::kDir: frame.dir = v; break;
    case Cat::kFew: if (frame.quantity == Frame::kUnset) frame.quantity = Frame::kVague; break;
    case Cat::kFrequency: frame.unit = v; break;
    case Cat::kDecade: frame.decade = v; break;
    case Cat::kMeridiem: frame.meridiem = v; break;
    case Cat::kHoliday: frame.holiday = v; break;
    case Cat::kZone: frame.zone = true; break;
    case Cat::kLabel:
    case Cat::kLiteral:
    case Cat::kCount: break;
  }
}

// "2596.72": digits after a glued decimal point make the number a quantity, not a year.
bool decimal_point_after(std::string_view text, std::span<const Tok> toks, size_t at) {
  return at + 2 < toks.size() && is_punct(text, toks[at + 1], '.') && !toks[at + 1].has(kSpaceBefore) &&
         toks[at + 2].kind == TokKind::kNumber && !toks[at + 2].has(kSpaceBefore);
}

bool equals_lower(std::string_view word, std::string_view lower) {
  return text::fold_equals(word, lower);
}

// Words that, before a lone ambiguous month name ("May", "March"), show it is a date.
bool date_preposition(std::string_view word) {
  static constexpr std::string_view kWords[] = {"in", "since", "until", "till", "by", "of", "from",
                                                "through", "during", "before", "after", "to", "early",
                                                "late", "mid", "last", "next", "this", "each", "every",
                                                "between", "and", "or", "on", "for"};
  for (const auto w : kWords) {
    if (equals_lower(word, w)) return true;
  }
  return false;
}

// True when the line of token i is written in title case (a headline): most longer words capitalised.
bool title_case_line(std::span<const Tok> toks, size_t i) {
  size_t first = i;
  while (first > 0 && !toks[first].has(kNewlineBefore)) --first;
  size_t words = 0, capitalised = 0;
  for (size_t k = first; k < toks.size() && (k == first || !toks[k].has(kNewlineBefore)); ++k) {
    if (toks[k].kind != TokKind::kWord || toks[k].end - toks[k].begin < 4) continue;
    ++words;
    if (toks[k].has(kUpperInitial)) ++capitalised;
  }
  return words >= 3 && capitalised * 5 >= words * 3;
}

// True when a word of the match is a capitalised time word that English writes in lower case
// (not a month, weekday or holiday) inside a sentence: "the Today programme", "Good Morning
// Britain", "USA Today" name a programme or an outlet, not a time.
bool capitalised_inside_sentence(const Grammar& grammar, const Match& m, std::string_view text,
                                 std::span<const Tok> toks) {
  for (uint32_t i = m.first; i < m.last; ++i) {
    const Tok& tok = toks[i];
    if (tok.kind != TokKind::kWord || !tok.has(kUpperInitial) || i == 0 || tok.has(kNewlineBefore)) continue;
    bool named = false, time_word = false;
    for (const LexEntry& e : grammar.entries(tok)) {
      if (e.cat == Cat::kLiteral || e.cat == Cat::kLabel || e.cat == Cat::kMeridiem || e.cat == Cat::kZone) continue;
      time_word = true;
      named = named || (e.flags & kLexCapital) != 0;
    }
    if (!time_word || named) continue;
    const Tok& before = toks[i - 1];
    const bool inside = before.kind != TokKind::kPunct || text[before.begin] == ',';
    if (inside && !title_case_line(toks, i)) return true;
  }
  return false;
}

// Rejects matches that are more likely ordinary words or numbers than time expressions.
bool plausible(const Grammar& grammar, const Match& m, std::string_view text, std::span<const Tok> toks) {
  const auto word = [&](size_t i) { return text.substr(toks[i].begin, toks[i].end - toks[i].begin); };
  const bool lone = m.last == m.first + 1;
  if (lone && m.frame.abbrev) return false;
  if (capitalised_inside_sentence(grammar, m, text, toks)) return false;
  if (lone && m.frame.attributive && m.first > 0 && is_word(toks[m.first - 1])) {
    static constexpr std::string_view kDeterminers[] = {"the", "a", "an", "its", "their", "his", "her", "our", "this",
                                                        "that", "these", "those"};
    const std::string_view before = word(m.first - 1);
    for (const auto d : kDeterminers) {
      if (equals_lower(before, d)) return false;
    }
  }
  // "in his 30s" is an age.
  if (m.rule->action == Action::kDecade && m.first > 0 && is_word(toks[m.first - 1])) {
    static constexpr std::string_view kPossessives[] = {"his", "her", "their", "my", "your", "our", "its"};
    const std::string_view before = word(m.first - 1);
    for (const auto p : kPossessives) {
      if (equals_lower(before, p)) return false;
    }
  }
  if (lone && m.frame.ambiguous) {
    return m.first > 0 && is_word(toks[m.first - 1]) && date_preposition(word(m.first - 1));
  }
  if (m.rule->type == TimexType::kDuration && m.last < toks.size()) {
    // "6-year-old", "17-year-olds" are ages; "three-quarters of" a fraction.
    size_t next = m.last;
    if (is_punct(text, toks[next], '-') && next + 1 < toks.size()) ++next;
    const std::string_view after = word(next);
    if (equals_lower(after, "old") || equals_lower(after, "olds")) return false;
    if (after == "of" && (m.frame.unit == static_cast<int>(Unit::kQuarter))) return false;
  }
  // "the now-infamous remark", "a now-defunct law": a reference word joined by a hyphen to the
  // word after it modifies that word; it refers to no time of its own.
  if (lone && m.last + 1 < toks.size() && is_punct(text, toks[m.last], '-') && !toks[m.last].has(kSpaceBefore) &&
      is_word(toks[m.last + 1]) && !toks[m.last + 1].has(kSpaceBefore)) {
    for (const LexEntry& e : grammar.entries(toks[m.first])) {
      if (e.cat == Cat::kRef) return false;
    }
  }
  // "quarter-to-quarter", "day-to-day": the first half of a compound adjective.
  if (m.last + 1 < toks.size() && is_punct(text, toks[m.last], '-') && !toks[m.last].has(kSpaceBefore) &&
      equals_lower(word(m.last + 1), "to")) {
    return false;
  }
  const bool year_alone = m.rule->elems.size() == 1 && m.rule->elems[0].kind == ElemKind::kYear;
  // "two thousand", "twelve hundred" alone are counts; they are years after "the year", a month or a season.
  if (year_alone && m.frame.spoken_count) return false;
  if (year_alone) {
    if (m.first > 0) {
      const std::string_view before = word(m.first - 1);
      if (before == "$" || before == "#" || before == "\u00a3" || before == "\u20ac") return false;
      // "resolution 1441", "flight 1776", "page 2010": a number that names an item.
      for (const LexEntry& e : grammar.entries(toks[m.first - 1])) {
        if (e.cat == Cat::kLabel) return false;
      }
    }
    if (m.last < toks.size()) {
      const Tok& next = toks[m.last];
      const std::string_view after = word(m.last);
      if (after == "%" || after == "percent") return false;
      // "1500 troops": a plural noun after the number makes it a count.
      if (is_word(next) && next.lex_count == 0 && !next.has(kUpperInitial) && after.size() > 3 &&
          after.back() == 's') {
        return false;
      }
    }
  }
  return true;
}

}  // namespace

int Grammar::match_elem(const Elem& elem, std::string_view text, std::span<const Tok> toks, size_t at,
                        Frame& frame) const {
  if (at >= toks.size()) return -1;
  const Tok& tok = toks[at];
  int value = 0;
  switch (elem.kind) {
    case ElemKind::kCat:
      if (!is_word(tok)) return -1;
      for (const LexEntry& e : entries(tok)) {
        if ((elem.cat_mask & cat_bit(e.cat)) != 0 && valid_entry(e, tok)) {
          fill(frame, e);
          return 1;
        }
      }
      return -1;
    case ElemKind::kUnits:
    case ElemKind::kUnit1:
      if (!is_word(tok)) return -1;
      for (const LexEntry& e : entries(tok)) {
        const bool plural = (e.flags & kLexPlural) != 0;
        if (e.cat == Cat::kUnit && plural == (elem.kind == ElemKind::kUnits)) {
          fill(frame, e);
          return 1;
        }
      }
      return -1;
    case ElemKind::kLiteral:
      if (!is_word(tok)) return -1;
      for (const LexEntry& e : entries(tok)) {
        if (e.cat == Cat::kLiteral &&
            std::find(elem.literals.begin(), elem.literals.end(), e.value) != elem.literals.end()) {
          return 1;
        }
      }
      return -1;
    case ElemKind::kPunct:
      if (!is_punct(text, tok, elem.punct)) return -1;
      // A period belongs to the expression only after an abbreviation ("Jan.").
      if (elem.punct == '.') {
        if (at == 0 || tok.has(kSpaceBefore) || !is_word(toks[at - 1])) return -1;
        bool abbrev = false;
        for (const LexEntry& e : entries(toks[at - 1])) abbrev = abbrev || (e.flags & kLexAbbrev) != 0;
        if (!abbrev) return -1;
      }
      return 1;
    case ElemKind::kNum: {
      const int used = read_number(*this, text, toks, at, value);
      if (used == 0) return -1;
      if (frame.quantity == Frame::kUnset) frame.quantity = value;
      return used;
    }
    case ElemKind::kOrd: {
      const int used = read_ordinal(*this, text, toks, at, value);
      if (used == 0) return -1;
      frame.ordinal = value;
      return used;
    }
    case ElemKind::kDecade: {
      const int used = read_decade(*this, text, toks, at, value);
      if (used == 0) return -1;
      frame.decade = value;
      return used;
    }
    case ElemKind::kYear: {
      if (is_word(tok)) {
        bool count = false;
        const int used = read_spoken_year(*this, text, toks, at, value, count);
        if (used == 0) return -1;
        frame.year = value;
        frame.spoken_count = count;
        return used;
      }
      if (!is_plain_number(tok) || tok.has(kGrouped) || tok.digits != 4 || tok.number < 1000 ||
          tok.number > 2999 || decimal_point_after(text, toks, at)) {
        return -1;
      }
      frame.year = tok.number;
      return 1;
    }
    case ElemKind::kDay:
      if (is_word(tok)) {  // "March eighth", "the twenty-first of May"
        const int used = read_ordinal(*this, text, toks, at, value);
        if (used == 0 || value < 1 || value > 31) return -1;
        frame.day = value;
        return used;
      }
      if (tok.kind != TokKind::kNumber || tok.has(kPluralSuffix) || tok.has(kGrouped) || tok.digits > 2 ||
          tok.number < 1 || tok.number > 31) {
        return -1;
      }
      frame.day = tok.number;
      return 1;
    case ElemKind::kMonthNum:
      if (!is_plain_number(tok) || tok.digits > 2 || tok.number < 1 || tok.number > 12) return -1;
      frame.month = tok.number;
      return 1;
    case ElemKind::kHour:
      if (!is_plain_number(tok) || tok.digits > 2 || tok.number > 24) return -1;
      frame.hour = tok.number;
      return 1;
    case ElemKind::kMinute:
      if (!is_plain_number(tok) || tok.digits != 2 || tok.number > 59 || tok.has(kSpaceBefore)) return -1;
      frame.minute = tok.number;
      return 1;
    case ElemKind::kClock24:
      if (!is_plain_number(tok) || tok.has(kGrouped) || tok.digits != 4 || tok.number / 100 > 23 ||
          tok.number % 100 > 59) {
        return -1;
      }
      frame.hour = tok.number / 100;
      frame.minute = tok.number % 100;
      return 1;
  }
  return -1;
}

int Grammar::match_from(const Rule& rule, size_t elem, std::string_view text, std::span<const Tok> toks,
                        size_t at, Frame& frame) const {
  if (elem == rule.elems.size()) return static_cast<int>(at);
  const Elem& e = rule.elems[elem];
  Frame taken = frame;
  int best = -1;
  const int used = match_elem(e, text, toks, at, taken);
  if (used > 0) {
    best = match_from(rule, elem + 1, text, toks, at + static_cast<size_t>(used), taken);
  }
  if (e.optional) {
    Frame skipped = frame;
    const int without = match_from(rule, elem + 1, text, toks, at, skipped);
    if (without > best) {
      frame = skipped;
      return without;
    }
  }
  if (best >= 0) frame = taken;
  return best;
}

Grammar::RuleSet Grammar::candidate_rules(uint32_t mask, const Tok& tok) const {
  RuleSet set{};
  const auto add = [&](const std::vector<uint16_t>& list) {
    for (const uint16_t r : list) set[r / 64] |= uint64_t{1} << (r % 64);
  };
  for (size_t bit = 0; bit < kStartClasses; ++bit) {
    if ((mask >> bit) & 1u) add(rules_by_class_[bit]);
  }
  for (const LexEntry& e : entries(tok)) {
    if (e.cat == Cat::kLiteral) add(rules_by_literal_[static_cast<size_t>(e.value)]);
  }
  return set;
}

Match Grammar::best_at(std::string_view text, std::span<const Tok> toks, size_t i, bool with_lead) const {
  const uint32_t mask = token_mask(text, toks, i);
  Match best;
  if (mask == 0) return best;
  int best_end = -1;
  // Candidates in table order, so that an earlier rule wins a tie.
  const RuleSet candidates = candidate_rules(mask, toks[i]);
  for (size_t w = 0; w < candidates.size(); ++w) {
    for (uint64_t bits = candidates[w]; bits != 0; bits &= bits - 1) {
      const Rule& rule = rules_[w * 64 + static_cast<size_t>(std::countr_zero(bits))];
      if (rule.lead > 0 && !with_lead) continue;
      Frame frame;
      const int end = match_from(rule, 0, text, toks, i, frame);
      if (end <= best_end) continue;
      best_end = end;
      best.first = static_cast<uint32_t>(i + rule.lead);
      best.last = static_cast<uint32_t>(end - static_cast<int>(rule.trail));
      best.rule = &rule;
      best.frame = frame;
    }
  }
  // Optional punctuation never ends an extent ("early December," keeps no comma).
  while (best.rule != nullptr && best.last > best.first + 1 && toks[best.last - 1].kind == TokKind::kPunct &&
         text[toks[best.last - 1].begin] != '.') {
    --best.last;
  }
  return best;
}

std::vector<Match> Grammar::match(std::string_view text, std::span<const Tok> toks) const {
  std::vector<Match> out;
  size_t i = 0;
  while (i < toks.size()) {
    Match best = best_at(text, toks, i, true);
    // A rule whose extent starts after a context word ("than [a year]") yields to a longer
    // expression starting at that extent ("than [a year ago]").
    if (best.rule != nullptr && best.first > i && best.last > best.first) {
      const Match inner = best_at(text, toks, best.first, false);
      if (inner.rule != nullptr && inner.last > best.last && plausible(*this, inner, text, toks)) best = inner;
    }
    if (best.rule == nullptr || best.last <= best.first || !plausible(*this, best, text, toks)) {
      ++i;
      continue;
    }
    out.push_back(best);
    i = best.last;
  }
  return out;
}

}  // namespace dossier::time
