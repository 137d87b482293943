// The lexicon: gazetteers, aliases, demonyms, organisations, CAMEO actor codes and agent nouns,
// compiled by `dossier-train lexicon` from real resources (iso-codes, ICU, GeoNames, WordNet,
// the PETRARCH2 actor and agent dictionaries) into models/lexicon.dsr.
//
// Lookups go through match keys (fold.h: "U.S." == "US" == "us"). Each key lists every entry
// it may name, best first (countries before subdivisions before cities, cities by population):
// "Georgia" gives the country and the US state, "Jordan" the country and the river. The lexicon
// never decides between them; the caller does, in context. Each hit says in what case the text
// must be written to count (Shape): "us" never names the United States when matching is
// case-sensitive, "turkey" never names Türkiye.
//
// Loaded once, immutable, shared by all threads: every method is const and thread-safe. The views
// an Entry holds stay valid while the Lexicon lives.
#ifndef DOSSIER_LEXICON_LEXICON_H_
#define DOSSIER_LEXICON_LEXICON_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/document.h"
#include "dossier/span.h"

namespace dossier::lexicon {

enum class Kind : uint8_t {
  kCountry,       // country or territory (ISO 3166-1; former ones from ISO 3166-3 flagged kFormer)
  kSubdivision,   // state, province, region of a country (ISO 3166-2, GeoNames admin-1)
  kCity,          // populated place (GeoNames cities with 15,000+ people)
  kRegion,        // continent or world region (UN M.49 through ICU)
  kPlace,         // other named place tied to a country (river, island, park: actor dictionaries)
  kNationality,   // demonym or group of people: "Kenyan", "Kurd", "Sunni" (WordNet, actor files)
  kOrganization,  // IGO, NGO, company, party or national institution (actor dictionaries)
  kArmedGroup,    // militant or other non-state armed group (actor dictionaries)
  kPerson,        // named person with CAMEO role codes (actor dictionaries)
  kAgent,         // common noun for an actor: "police", "rebels", "prime minister" (agents file)
};
inline constexpr int kKindCount = 10;
std::string_view to_string(Kind kind);  // "country", "subdivision", ...

enum EntryFlag : uint16_t {
  kFormer = 1u << 0,      // a country that no longer exists (ISO 3166-3)
  kCapital = 1u << 1,     // a country's capital (first city of its CountryInfo record)
  kTitle = 1u << 2,       // agent noun for an office a person holds ("prime minister", "envoy")
  kPersonNoun = 1u << 3,  // agent noun that denotes people ("farmer", "rebel"), WordNet noun.person
  kReligious = 1u << 4,   // nationality entry that is a religious group ("Muslim", "Sunni")
  kOccupation = 1u << 5,  // WordNet office or job noun ("nominee", "screenwriter", "columnist"):
                          // a word for roles; an actor only when the agents file codes it
};

// How a form was given by its source.
enum class FormKind : uint8_t {
  kName,          // the canonical name or an official name
  kAlias,         // another name: "Holland", "Burma", "America", a spelling variant
  kAbbreviation,  // acronym or abbreviation: "UN", "U.S.", "NATO", "Adm."
  kPlural,        // plural of an agent noun or demonym: "Kenyans", "rebels"
};
std::string_view to_string(FormKind kind);

// The case the text must have for the hit to count when matching is case-sensitive.
enum class Shape : uint8_t {
  kAnyCase,      // common nouns: "police", "Police", "POLICE"
  kCapitalised,  // names: some word starts upper case ("Turkey", "al-Shabaab"; not "turkey")
  kUpper,        // short acronyms: every letter upper case ("US", not "us" or "Us")
};

enum class Matching : uint8_t { kCaseSensitive, kFolded };

inline constexpr uint32_t kNone = UINT32_MAX;

struct Entry {
  Kind kind = Kind::kPlace;
  uint16_t flags = 0;
  std::string_view name;     // canonical display name ("Netherlands", "Kenyan", "police")
  std::string_view country;  // ISO 3166-1 alpha-3 ("NLD"), empty when none
  std::string_view code;     // CAMEO actor code ("NLD", "IGOUNO", "COP"), empty when none
  uint32_t population = 0;   // cities and subdivisions with a known population, else 0
  uint32_t parent = kNone;   // entry that contains or owns it (city → country, demonym → country)
  bool has(EntryFlag flag) const { return (flags & flag) != 0; }
};

// A CAMEO code that holds over a range of dates (people's roles: "AFGGOV 2001-12-22..2014-09-29").
struct DatedCode {
  std::string_view code;
  int32_t from = 0;  // yyyymmdd inclusive, 0 = open
  int32_t to = 0;    // yyyymmdd inclusive, 0 = open
};

struct Hit {
  uint32_t entry = 0;
  FormKind form = FormKind::kName;
  Shape shape = Shape::kAnyCase;
};

// The longest phrase found at a position: how many tokens it spans and its hits.
struct Match {
  uint32_t tokens = 0;  // 0 when nothing matched
  std::span<const Hit> hits;
};

class Lexicon {
 public:
  // Loads a lexicon file; throws ModelError when it is missing, corrupt or of another version.
  static Lexicon load(const std::string& path);
  // The same from the file's bytes; name is used in error messages.
  static Lexicon from_bytes(std::string bytes, const std::string& name);

  size_t size() const { return kinds_.size(); }
  Entry entry(uint32_t id) const;
  // Dated role codes of a person (empty for others).
  std::vector<DatedCode> dated_codes(uint32_t id) const;
  // The CAMEO code of an entry on a date: its dated code covering the date, else its code.
  std::string_view code_on(uint32_t id, CivilDate date) const;
  // Entry of the country with this ISO alpha-3 code (current countries first), or kNone.
  uint32_t country(std::string_view alpha3) const;

  // Every hit of one match key (see match_key()), best first; empty when unknown.
  std::span<const Hit> find_key(std::string_view key) const;
  // Hits of a phrase as written; with kCaseSensitive only those whose shape the text has.
  std::vector<Hit> lookup(std::string_view text, Matching matching) const;
  // The longest phrase starting at tokens[0] with at least one hit (case-compatible when
  // kCaseSensitive; the span then still holds every hit of the key: filter with accepts()).
  Match match(std::span<const std::string_view> tokens, Matching matching) const;
  // The same over a document's tokens [first, end), through Document::token_form.
  Match match(const Document& document, uint32_t first, uint32_t end, Matching matching) const;
  // True when a folded word begins a title or occupation phrase of several words without "of"
  // ("presidential" of "presidential candidate", "radio" of "radio announcer"): a word that
  // classifies an office, where "conservative" or "long-shot" only describes its holder.
  bool title_modifier(std::string_view folded) const;
  // True when the text of the matched tokens has the case the hit requires.
  static bool accepts(const Hit& hit, std::span<const std::string_view> tokens);

 private:
  struct Ref {
    uint32_t offset = 0;
    uint32_t size = 0;
  };
  struct Dated {
    Ref code;
    int32_t from = 0;
    int32_t to = 0;
  };
  std::string_view text_of(Ref ref) const {
    return {strings_.data() + ref.offset, ref.size};
  }
  uint32_t find_slot(std::string_view key) const;
  template <typename TokenAt>
  Match longest(uint32_t count, const TokenAt& token_at, Matching matching) const;

  friend class LexiconLoader;
  // Every string the tables refer to (a vector: its buffer survives a move, so views stay valid).
  std::vector<char> strings_;
  // Entries, by column.
  std::vector<uint8_t> kinds_;
  std::vector<uint16_t> flags_;
  std::vector<Ref> names_;
  std::vector<Ref> countries_;
  std::vector<Ref> codes_;
  std::vector<uint32_t> populations_;
  std::vector<uint32_t> parents_;
  std::vector<uint32_t> dated_begin_;  // per entry + 1: range into dated_
  std::vector<Dated> dated_;
  // Keys: open-addressing hash table of key ids; hits of key k are hits_[hit_begin_[k]..[k+1]).
  // A key with no hits is a proper prefix of longer keys, so a phrase search can go on.
  std::vector<Ref> keys_;
  std::vector<uint32_t> hit_begin_;
  std::vector<Hit> hits_;
  std::vector<uint32_t> slots_;  // key id + 1, 0 = empty; size a power of two
  std::vector<uint32_t> country_index_;  // country entries by alpha-3 code, built on load
  std::vector<std::string_view> title_modifiers_;  // sorted first words of title phrases, on load
};

// FNV-1a hash of a key, the one the builder used to lay out the table.
uint64_t key_hash(std::string_view key);

}  // namespace dossier::lexicon

#endif  // DOSSIER_LEXICON_LEXICON_H_
