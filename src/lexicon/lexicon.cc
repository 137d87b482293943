#include "lexicon/lexicon.h"

#include <unicode/uchar.h>
#include <zlib.h>

#include <algorithm>
#include <array>
#include <bit>

#include "lexicon/fold.h"
#include "lexicon/lexicon_format.h"
#include "util/hash.h"
#include "util/model_file.h"
#include "util/utf8.h"

namespace dossier::lexicon {

// Reads and checks every table of the payload; friend of Lexicon.
class LexiconLoader {
 public:
  static Lexicon inflate(util::ModelReader& outer);
  static Lexicon read(util::ModelReader& in);

 private:
  using Ref = Lexicon::Ref;
  static std::vector<Ref> refs(util::ModelReader& in, const Lexicon& lexicon, size_t expected);
  static void check_entries(util::ModelReader& in, const Lexicon& lexicon);
  static void check_keys(util::ModelReader& in, const Lexicon& lexicon);
  static void index_countries(Lexicon& lexicon);
  static void index_title_modifiers(Lexicon& lexicon);
};

namespace {

constexpr std::array<std::string_view, kKindCount> kKindNames = {
    "country", "subdivision", "city", "region", "place",
    "nationality", "organization", "armed_group", "person", "agent"};

// Longest phrase searched, in tokens: a guard for pathological input, far above any key.
constexpr uint32_t kMaxPhraseTokens = 24;

bool is_lower_cp(char32_t cp) { return u_islower(static_cast<UChar32>(cp)) != 0; }

// True when a word of the text (after a space, hyphen or other non-letter) starts with a capital:
// "Kenya", "al-Shabaab", "de Gaulle"; not "turkey" or "us".
bool has_capitalised_word(std::string_view text) {
  size_t pos = 0;
  bool word_start = true;
  while (pos < text.size()) {
    const auto cp = static_cast<UChar32>(util::decode_utf8(text, pos));
    const bool letter = u_isalpha(cp) != 0;
    if (letter && word_start && u_isupper(cp)) return true;
    word_start = !letter && cp != '\'' && cp != 0x2019;
  }
  return false;
}

bool has_lower_letter(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    if (is_lower_cp(util::decode_utf8(text, pos))) return true;
  }
  return false;
}

}  // namespace

std::string_view to_string(Kind kind) {
  const auto index = static_cast<size_t>(kind);
  return index < kKindNames.size() ? kKindNames[index] : "unknown";
}

std::string_view to_string(FormKind kind) {
  switch (kind) {
    case FormKind::kName: return "name";
    case FormKind::kAlias: return "alias";
    case FormKind::kAbbreviation: return "abbreviation";
    case FormKind::kPlural: return "plural";
  }
  return "unknown";
}

uint64_t key_hash(std::string_view key) { return util::fnv1a(key); }

std::vector<LexiconLoader::Ref> LexiconLoader::refs(util::ModelReader& in, const Lexicon& lexicon,
                                                    size_t expected) {
  const std::vector<uint32_t> raw = in.u32_array();
  if (raw.size() != 2 * expected) in.fail("lexicon: a string table has the wrong size");
  std::vector<Ref> out(expected);
  for (size_t i = 0; i < expected; ++i) {
    const uint64_t end = uint64_t{raw[2 * i]} + raw[2 * i + 1];
    if (end > lexicon.strings_.size()) in.fail("lexicon: string reference out of bounds");
    out[i] = {raw[2 * i], raw[2 * i + 1]};
  }
  return out;
}

void LexiconLoader::check_entries(util::ModelReader& in, const Lexicon& lexicon) {
  const size_t n = lexicon.kinds_.size();
  for (size_t i = 0; i < n; ++i) {
    if (lexicon.kinds_[i] >= kKindCount) in.fail("lexicon: unknown entry kind");
    if (lexicon.parents_[i] != kNone && lexicon.parents_[i] >= n) {
      in.fail("lexicon: parent out of bounds");
    }
  }
  const auto& begin = lexicon.dated_begin_;
  if (begin.size() != n + 1 || begin.front() != 0 || begin.back() != lexicon.dated_.size()) {
    in.fail("lexicon: dated-code index has the wrong size");
  }
  for (size_t i = 0; i < n; ++i) {
    if (begin[i] > begin[i + 1]) in.fail("lexicon: dated-code index out of order");
  }
}

void LexiconLoader::check_keys(util::ModelReader& in, const Lexicon& lexicon) {
  const size_t keys = lexicon.keys_.size();
  const auto& begin = lexicon.hit_begin_;
  if (begin.size() != keys + 1 || begin.front() != 0 || begin.back() != lexicon.hits_.size()) {
    in.fail("lexicon: hit index has the wrong size");
  }
  for (size_t k = 0; k < keys; ++k) {
    if (begin[k] > begin[k + 1]) in.fail("lexicon: hit index out of order");
  }
  const size_t slots = lexicon.slots_.size();
  if (slots < keys + 1 || !std::has_single_bit(slots)) {
    in.fail("lexicon: hash table size is not a power of two above the key count");
  }
  for (const uint32_t slot : lexicon.slots_) {
    if (slot > keys) in.fail("lexicon: hash slot out of bounds");
  }
  // Every key must be found where a lookup will search for it.
  for (uint32_t k = 0; k < keys; ++k) {
    if (lexicon.find_slot(lexicon.text_of(lexicon.keys_[k])) != k) {
      in.fail("lexicon: hash table does not match its keys");
    }
  }
}

// Countries sorted by alpha-3 code, current ones before former ones with the same code.
void LexiconLoader::index_countries(Lexicon& lexicon) {
  auto& index = lexicon.country_index_;
  for (uint32_t id = 0; id < lexicon.kinds_.size(); ++id) {
    if (lexicon.kinds_[id] == static_cast<uint8_t>(Kind::kCountry) &&
        lexicon.countries_[id].size > 0) {
      index.push_back(id);
    }
  }
  std::stable_sort(index.begin(), index.end(), [&](uint32_t a, uint32_t b) {
    const std::string_view ca = lexicon.text_of(lexicon.countries_[a]);
    const std::string_view cb = lexicon.text_of(lexicon.countries_[b]);
    if (ca != cb) return ca < cb;
    return (lexicon.flags_[a] & kFormer) < (lexicon.flags_[b] & kFormer);
  });
}

void LexiconLoader::index_title_modifiers(Lexicon& lexicon) {
  auto& words = lexicon.title_modifiers_;
  for (uint32_t id = 0; id < lexicon.kinds_.size(); ++id) {
    if (lexicon.kinds_[id] != static_cast<uint8_t>(Kind::kAgent) ||
        (lexicon.flags_[id] & (kTitle | kOccupation)) == 0) {
      continue;
    }
    const std::string_view name = lexicon.text_of(lexicon.names_[id]);
    const size_t space = name.find(' ');
    if (space == std::string_view::npos || name.find(" of ") != std::string_view::npos) continue;
    words.push_back(name.substr(0, space));
  }
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
}

bool Lexicon::title_modifier(std::string_view folded) const {
  return std::binary_search(title_modifiers_.begin(), title_modifiers_.end(), folded);
}

Lexicon LexiconLoader::read(util::ModelReader& in) {
  Lexicon lexicon;
  const std::string strings = in.string();
  if (strings.size() > UINT32_MAX) in.fail("lexicon: string table too large");
  lexicon.strings_.assign(strings.begin(), strings.end());

  const std::vector<uint32_t> kind_flags = in.u32_array();
  const size_t n = kind_flags.size();
  if (n > format::kMaxEntries) in.fail("lexicon: too many entries");
  lexicon.kinds_.resize(n);
  lexicon.flags_.resize(n);
  for (size_t i = 0; i < n; ++i) {
    lexicon.kinds_[i] = static_cast<uint8_t>(kind_flags[i] & 0xFF);
    lexicon.flags_[i] = static_cast<uint16_t>(kind_flags[i] >> 8);
  }
  lexicon.names_ = refs(in, lexicon, n);
  lexicon.countries_ = refs(in, lexicon, n);
  lexicon.codes_ = refs(in, lexicon, n);
  lexicon.populations_ = in.u32_array();
  lexicon.parents_ = in.u32_array();
  if (lexicon.populations_.size() != n || lexicon.parents_.size() != n) {
    in.fail("lexicon: entry columns differ in length");
  }
  lexicon.dated_begin_ = in.u32_array();
  const std::vector<uint32_t> dated = in.u32_array();
  if (dated.size() % 4 != 0) in.fail("lexicon: dated-code table has the wrong size");
  for (size_t i = 0; i < dated.size(); i += 4) {
    if (uint64_t{dated[i]} + dated[i + 1] > lexicon.strings_.size()) {
      in.fail("lexicon: string reference out of bounds");
    }
    lexicon.dated_.push_back({{dated[i], dated[i + 1]},
                              static_cast<int32_t>(dated[i + 2]),
                              static_cast<int32_t>(dated[i + 3])});
  }
  check_entries(in, lexicon);

  const std::vector<uint32_t> key_refs = in.u32_array();
  if (key_refs.size() % 2 != 0) in.fail("lexicon: key table has the wrong size");
  lexicon.keys_.resize(key_refs.size() / 2);
  for (size_t k = 0; k < lexicon.keys_.size(); ++k) {
    if (uint64_t{key_refs[2 * k]} + key_refs[2 * k + 1] > lexicon.strings_.size()) {
      in.fail("lexicon: string reference out of bounds");
    }
    lexicon.keys_[k] = {key_refs[2 * k], key_refs[2 * k + 1]};
  }
  lexicon.hit_begin_ = in.u32_array();
  const std::vector<uint32_t> hits = in.u32_array();
  lexicon.hits_.reserve(hits.size());
  for (const uint32_t packed : hits) {
    const uint32_t entry = packed >> 8;
    const auto form = static_cast<uint8_t>((packed >> 4) & 0xF);
    const auto shape = static_cast<uint8_t>(packed & 0xF);
    if (entry >= n || form > static_cast<uint8_t>(FormKind::kPlural) ||
        shape > static_cast<uint8_t>(Shape::kUpper)) {
      in.fail("lexicon: malformed hit");
    }
    lexicon.hits_.push_back({entry, static_cast<FormKind>(form), static_cast<Shape>(shape)});
  }
  lexicon.slots_ = in.u32_array();
  in.expect_end();
  check_keys(in, lexicon);
  index_countries(lexicon);
  index_title_modifiers(lexicon);
  return lexicon;
}

Lexicon LexiconLoader::inflate(util::ModelReader& outer) {
  const uint64_t size = outer.u64();
  const std::string packed = outer.string();
  outer.expect_end();
  if (size > format::kMaxTablesBytes) outer.fail("lexicon: tables too large");
  std::string tables(static_cast<size_t>(size), '\0');
  uLongf inflated = static_cast<uLongf>(size);
  if (uncompress(reinterpret_cast<Bytef*>(tables.data()), &inflated,
                 reinterpret_cast<const Bytef*>(packed.data()),
                 static_cast<uLong>(packed.size())) != Z_OK ||
      inflated != size) {
    outer.fail("lexicon: compressed tables are corrupt");
  }
  util::ModelReader in = util::ModelReader::from_bytes(
      std::move(tables), outer.name(), format::kTablesKind, format::kVersion, format::kVersion);
  return read(in);
}

Lexicon Lexicon::load(const std::string& path) {
  util::ModelReader in =
      util::ModelReader::open(path, format::kFileKind, format::kVersion, format::kVersion);
  return LexiconLoader::inflate(in);
}

Lexicon Lexicon::from_bytes(std::string bytes, const std::string& name) {
  util::ModelReader in = util::ModelReader::from_bytes(std::move(bytes), name, format::kFileKind,
                                                       format::kVersion, format::kVersion);
  return LexiconLoader::inflate(in);
}

Entry Lexicon::entry(uint32_t id) const {
  Entry e;
  e.kind = static_cast<Kind>(kinds_[id]);
  e.flags = flags_[id];
  e.name = text_of(names_[id]);
  e.country = text_of(countries_[id]);
  e.code = text_of(codes_[id]);
  e.population = populations_[id];
  e.parent = parents_[id];
  return e;
}

std::vector<DatedCode> Lexicon::dated_codes(uint32_t id) const {
  std::vector<DatedCode> out;
  for (uint32_t i = dated_begin_[id]; i < dated_begin_[id + 1]; ++i) {
    out.push_back({text_of(dated_[i].code), dated_[i].from, dated_[i].to});
  }
  return out;
}

std::string_view Lexicon::code_on(uint32_t id, CivilDate date) const {
  const int32_t day = date.year * 10000 + date.month * 100 + date.day;
  for (uint32_t i = dated_begin_[id]; i < dated_begin_[id + 1]; ++i) {
    const Dated& d = dated_[i];
    if ((d.from == 0 || day >= d.from) && (d.to == 0 || day <= d.to)) return text_of(d.code);
  }
  return text_of(codes_[id]);
}

uint32_t Lexicon::country(std::string_view alpha3) const {
  const auto it = std::lower_bound(
      country_index_.begin(), country_index_.end(), alpha3,
      [&](uint32_t id, std::string_view code) { return text_of(countries_[id]) < code; });
  if (it == country_index_.end() || text_of(countries_[*it]) != alpha3) return kNone;
  return *it;
}

uint32_t Lexicon::find_slot(std::string_view key) const {
  if (slots_.empty()) return kNone;
  const size_t mask = slots_.size() - 1;
  for (size_t i = key_hash(key) & mask;; i = (i + 1) & mask) {
    const uint32_t slot = slots_[i];
    if (slot == 0) return kNone;
    if (text_of(keys_[slot - 1]) == key) return slot - 1;
  }
}

std::span<const Hit> Lexicon::find_key(std::string_view key) const {
  const uint32_t k = find_slot(key);
  if (k == kNone) return {};
  return std::span<const Hit>(hits_).subspan(hit_begin_[k], hit_begin_[k + 1] - hit_begin_[k]);
}

bool Lexicon::accepts(const Hit& hit, std::span<const std::string_view> tokens) {
  switch (hit.shape) {
    case Shape::kAnyCase: return true;
    case Shape::kCapitalised:
      for (const std::string_view token : tokens) {
        if (has_capitalised_word(token)) return true;
      }
      return false;
    case Shape::kUpper:
      for (const std::string_view token : tokens) {
        if (has_lower_letter(token)) return false;
      }
      return true;
  }
  return false;
}

std::vector<Hit> Lexicon::lookup(std::string_view text, Matching matching) const {
  std::vector<Hit> out;
  const std::array<std::string_view, 1> tokens = {text};
  for (const Hit& hit : find_key(match_key(text))) {
    if (matching == Matching::kFolded || accepts(hit, tokens)) out.push_back(hit);
  }
  return out;
}

template <typename TokenAt>
Match Lexicon::longest(uint32_t count, const TokenAt& token_at, Matching matching) const {
  Match best;
  std::string key;
  std::array<std::string_view, kMaxPhraseTokens> texts{};
  const uint32_t limit = std::min(count, kMaxPhraseTokens);
  for (uint32_t i = 0; i < limit; ++i) {
    texts[i] = token_at(i);
    if (i > 0) key += ' ';
    if (!append_match_key(texts[i], key)) break;
    const uint32_t k = find_slot(key);
    if (k == kNone) break;
    const std::span<const Hit> hits =
        std::span<const Hit>(hits_).subspan(hit_begin_[k], hit_begin_[k + 1] - hit_begin_[k]);
    if (hits.empty()) continue;
    bool any = matching == Matching::kFolded;
    const std::span<const std::string_view> matched(texts.data(), i + 1);
    for (size_t h = 0; !any && h < hits.size(); ++h) any = accepts(hits[h], matched);
    if (any) best = {i + 1, hits};
  }
  return best;
}

Match Lexicon::match(std::span<const std::string_view> tokens, Matching matching) const {
  return longest(static_cast<uint32_t>(tokens.size()),
                 [&](uint32_t i) { return tokens[i]; }, matching);
}

Match Lexicon::match(const Document& document, uint32_t first, uint32_t end,
                     Matching matching) const {
  if (first >= end || end > document.tokens.size()) return {};
  return longest(end - first, [&](uint32_t i) { return document.token_form(first + i); },
                 matching);
}

}  // namespace dossier::lexicon
