#include "events/verb_dictionary.h"

#include "dossier/error.h"
#include "events/closed_class.h"
#include "util/model_file.h"

namespace dossier::events {
namespace {

constexpr std::string_view kKind = "events";
constexpr uint32_t kVersion = 1;
// Bounds on the counts a file may declare (far above what the PETRARCH2 dictionary needs).
constexpr uint64_t kMaxItems = 1u << 24;

}  // namespace

int root_of(std::string_view code) {
  if (code.size() < 2 || code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9') return 0;
  const int root = (code[0] - '0') * 10 + (code[1] - '0');
  return root >= 1 && root <= 20 ? root : 0;
}

// GDELT's grouping of the twenty CAMEO roots into its four quad classes.
int quad_class_of(std::string_view code) {
  const int root = root_of(code);
  if (root == 0) return 0;
  if (root <= 5) return 1;
  if (root <= 8) return 2;
  if (root <= 13) return 3;
  return 4;
}

uint32_t VerbDictionary::word_id(std::string_view lower) const {
  const auto it = word_index_.find(lower);
  return it == word_index_.end() ? kNoWord : it->second;
}

std::span<const VerbForm> VerbDictionary::forms(uint32_t word) const {
  if (word == kNoWord || word + 1 >= form_begin_.size()) return {};
  return {forms_.data() + form_begin_[word], form_begin_[word + 1] - form_begin_[word]};
}

std::span<const uint32_t> VerbDictionary::synset_phrase(uint32_t synset, size_t i) const {
  const uint32_t phrase = synset_phrases_[synset] + static_cast<uint32_t>(i);
  return {phrase_words_.data() + phrase_begin_[phrase], phrase_begin_[phrase + 1] - phrase_begin_[phrase]};
}

uint16_t VerbDictionary::code_id(std::string_view code) const {
  const auto it = code_index_.find(code);
  return it == code_index_.end() ? kNoCode : it->second;
}

void VerbDictionary::index() {
  word_index_.clear();
  word_index_.reserve(words_.size());
  for (uint32_t i = 0; i < words_.size(); ++i) word_index_.emplace(words_[i], i);
  code_index_.clear();
  for (uint16_t i = 0; i < codes_.size(); ++i) code_index_.emplace(codes_[i].code, i);
  word_classes_.resize(words_.size());
  for (size_t i = 0; i < words_.size(); ++i) word_classes_[i] = word_class(words_[i]);
  synset_starts_.assign(words_.size(), 0);
  for (uint32_t s = 0; s < synset_count() && s < 64; ++s) {
    for (size_t k = 0; k < synset_size(s); ++k) {
      const auto phrase = synset_phrase(s, k);
      if (!phrase.empty()) synset_starts_[phrase[0]] |= uint64_t{1} << s;
    }
  }
  required_.assign(patterns_.size(), kNoWord);
  required_synsets_.assign(patterns_.size(), 0);
  for (size_t i = 0; i < patterns_.size(); ++i) {
    for (const Element& e : elements(patterns_[i])) {
      if (e.kind == ElementKind::kWord && required_[i] == kNoWord) required_[i] = e.value;
      if (e.kind == ElementKind::kSynset && e.value < 64) required_synsets_[i] |= uint64_t{1} << e.value;
    }
  }
}

util::ModelWriter VerbDictionary::writer() const {
  util::ModelWriter w;
  w.string_array(words_);
  w.u64(codes_.size());
  for (const CodeInfo& c : codes_) {
    w.string(c.code);
    w.string(c.label);
    w.f64(c.goldstein);
  }
  w.u64(blocks_.size());
  for (const Block& b : blocks_) {
    w.string(b.name);
    w.u32(b.code);
    w.u32(b.reverse);
    w.u8(b.frame);
    w.u32(b.first_pattern);
    w.u32(b.pattern_count);
  }
  std::vector<uint32_t> verbs;
  for (const Verb& v : verbs_) verbs.insert(verbs.end(), {v.block, v.code, v.reverse, v.first_word, v.front, v.back});
  w.u32_array(verbs);
  w.u32_array(verb_words_);
  w.u32_array(form_begin_);
  std::vector<uint32_t> forms;
  for (const VerbForm& f : forms_) forms.insert(forms.end(), {f.verb, static_cast<uint32_t>(f.inflection)});
  w.u32_array(forms);
  std::vector<uint32_t> patterns;
  for (const Pattern& p : patterns_) patterns.insert(patterns.end(), {p.first, p.pre, p.post, p.code, p.reverse});
  w.u32_array(patterns);
  std::vector<uint32_t> elements;
  for (const Element& e : elements_) {
    elements.push_back(static_cast<uint32_t>(e.kind) | (e.adjacent ? 0x100u : 0u) | (e.grouped ? 0x200u : 0u));
    elements.push_back(e.value);
  }
  w.u32_array(elements);
  w.u32_array(synset_phrases_);
  w.u32_array(phrase_begin_);
  w.u32_array(phrase_words_);
  return w;
}

std::string VerbDictionary::file_bytes() const { return writer().file_bytes(kKind, kVersion); }

void VerbDictionary::save(const std::string& path) const { writer().save(path, kKind, kVersion); }

namespace {

// Checks that every index a table holds points inside the table it names.
void check(util::ModelReader& r, bool ok, const char* what) {
  if (!ok) r.fail(std::string("corrupt ") + what);
}

}  // namespace

VerbDictionary VerbDictionary::read(util::ModelReader& r) {
  VerbDictionary d;
  d.words_ = r.string_array();
  const uint64_t codes = r.count(kNoCode - 1);
  for (uint64_t i = 0; i < codes; ++i) {
    CodeInfo c;
    c.code = r.string();
    c.label = r.string();
    c.goldstein = r.f64();
    c.quad_class = quad_class_of(c.code);
    d.codes_.push_back(std::move(c));
  }
  const auto code_ok = [&](uint32_t c) { return c == kNoCode || c == kNullCode || c < d.codes_.size(); };
  const uint64_t blocks = r.count(kMaxItems);
  for (uint64_t i = 0; i < blocks; ++i) {
    Block b;
    b.name = r.string();
    const uint32_t code = r.u32();
    const uint32_t reverse = r.u32();
    check(r, code_ok(code) && code_ok(reverse), "block code");
    b.code = static_cast<uint16_t>(code);
    b.reverse = static_cast<uint16_t>(reverse);
    b.frame = r.u8();
    b.first_pattern = r.u32();
    b.pattern_count = r.u32();
    d.blocks_.push_back(std::move(b));
  }
  const std::vector<uint32_t> verbs = r.u32_array();
  d.verb_words_ = r.u32_array();
  check(r, verbs.size() % 6 == 0, "verb table");
  for (size_t i = 0; i < verbs.size(); i += 6) {
    Verb v{verbs[i],     static_cast<uint16_t>(verbs[i + 1]), static_cast<uint16_t>(verbs[i + 2]),
           verbs[i + 3], static_cast<uint8_t>(verbs[i + 4]),  static_cast<uint8_t>(verbs[i + 5])};
    check(r, v.block < d.blocks_.size() && code_ok(verbs[i + 1]) && code_ok(verbs[i + 2]) && verbs[i + 4] < 256 &&
                 verbs[i + 5] < 256 && uint64_t{v.first_word} + v.front + v.back <= d.verb_words_.size(),
          "verb");
    d.verbs_.push_back(v);
  }
  for (uint32_t w : d.verb_words_) check(r, w < d.words_.size(), "verb word");
  d.form_begin_ = r.u32_array();
  const std::vector<uint32_t> forms = r.u32_array();
  check(r, forms.size() % 2 == 0, "form table");
  for (size_t i = 0; i < forms.size(); i += 2) {
    check(r, forms[i] < d.verbs_.size() && forms[i + 1] <= 3, "form");
    d.forms_.push_back({forms[i], static_cast<Inflection>(forms[i + 1])});
  }
  check(r, d.form_begin_.size() == d.words_.size() + 1, "form index");
  for (size_t i = 0; i < d.form_begin_.size(); ++i) {
    check(r, d.form_begin_[i] <= d.forms_.size() && (i == 0 || d.form_begin_[i - 1] <= d.form_begin_[i]),
          "form index");
  }
  const std::vector<uint32_t> patterns = r.u32_array();
  const std::vector<uint32_t> elements = r.u32_array();
  check(r, patterns.size() % 5 == 0 && elements.size() % 2 == 0, "pattern table");
  for (size_t i = 0; i < elements.size(); i += 2) {
    const uint32_t kind = elements[i] & 0xFF;
    check(r, kind <= static_cast<uint32_t>(ElementKind::kAny) && (elements[i] >> 10) == 0, "element");
    d.elements_.push_back({static_cast<ElementKind>(kind), (elements[i] & 0x100) != 0, (elements[i] & 0x200) != 0,
                           elements[i + 1]});
  }
  for (size_t i = 0; i < patterns.size(); i += 5) {
    Pattern p{patterns[i], static_cast<uint16_t>(patterns[i + 1]), static_cast<uint16_t>(patterns[i + 2]),
              static_cast<uint16_t>(patterns[i + 3]), static_cast<uint16_t>(patterns[i + 4])};
    check(r, patterns[i + 1] < 256 && patterns[i + 2] < 256 && code_ok(patterns[i + 3]) &&
                 code_ok(patterns[i + 4]) && uint64_t{p.first} + p.pre + p.post <= d.elements_.size(),
          "pattern");
    d.patterns_.push_back(p);
  }
  for (const Block& b : d.blocks_) {
    check(r, uint64_t{b.first_pattern} + b.pattern_count <= d.patterns_.size(), "block patterns");
  }
  d.synset_phrases_ = r.u32_array();
  d.phrase_begin_ = r.u32_array();
  d.phrase_words_ = r.u32_array();
  for (size_t i = 1; i < d.synset_phrases_.size(); ++i) {
    check(r, d.synset_phrases_[i - 1] <= d.synset_phrases_[i], "synset index");
  }
  check(r, d.synset_phrases_.empty() || d.synset_phrases_.back() + 1 == d.phrase_begin_.size() ||
               (d.synset_phrases_.back() == 0 && d.phrase_begin_.size() <= 1),
        "synset index");
  for (size_t i = 1; i < d.phrase_begin_.size(); ++i) {
    check(r, d.phrase_begin_[i - 1] <= d.phrase_begin_[i] && d.phrase_begin_[i] <= d.phrase_words_.size(),
          "phrase index");
  }
  for (uint32_t w : d.phrase_words_) check(r, w < d.words_.size(), "phrase word");
  for (const Element& e : d.elements_) {
    if (e.kind == ElementKind::kWord) check(r, e.value < d.words_.size(), "element word");
    if (e.kind == ElementKind::kSynset) check(r, e.value < d.synset_count(), "element synset");
  }
  r.expect_end();
  d.index();
  return d;
}

VerbDictionary VerbDictionary::from_bytes(std::string bytes, const std::string& name) {
  util::ModelReader r = util::ModelReader::from_bytes(std::move(bytes), name, kKind, kVersion, kVersion);
  return read(r);
}

VerbDictionary VerbDictionary::load(const std::string& path) {
  util::ModelReader r = util::ModelReader::open(path, kKind, kVersion, kVersion);
  return read(r);
}

}  // namespace dossier::events
