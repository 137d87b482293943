// The time grammar: a lexicon of time words and the rules over them, compiled once from the
// tables in grammar_data.cc, and the matcher that finds rule matches in scanned text.
#ifndef DOSSIER_TIME_GRAMMAR_H_
#define DOSSIER_TIME_GRAMMAR_H_

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dossier/timex.h"
#include "time/scanner.h"

namespace dossier::time {

// Word categories of the lexicon; each entry carries one small integer value.
enum class Cat : uint8_t {
  kMonth,      // 1..12
  kWeekday,    // 0 Monday .. 6 Sunday
  kNumber,     // cardinal number word
  kOrdinal,    // ordinal word
  kUnit,       // Unit
  kSeason,     // 0 spring, 1 summer, 2 fall, 3 winter
  kPartOfDay,  // PartOfDay
  kDeictic,    // day offset from the anchor: today 0, yesterday -1, tomorrow 1
  kRef,        // -1 PAST_REF, 0 PRESENT_REF, 1 FUTURE_REF
  kRel,        // -1 last, 0 this, 1 next
  kMod,        // Mod (START, END, MID)
  kApprox,     // Mod (APPROX, LESS_THAN, MORE_THAN, ...)
  kDir,        // -1 ago/earlier, 1 later/hence
  kFew,        // a vague quantity (few, several)
  kFrequency,  // Unit of a frequency word (daily, weekly)
  kDecade,     // decade word: value is the decade prefix ("nineties" 199)
  kMeridiem,   // 0 a.m., 12 p.m.
  kZone,       // a time-zone abbreviation
  kHoliday,    // Holiday
  kLiteral,    // a word the rules use literally; value is its literal id
  kLabel,      // a noun that names an item by the number after it ("resolution 242", "flight 1776")
  kCount
};

enum class Unit : uint8_t { kSecond, kMinute, kHour, kDay, kWeek, kWeekend, kMonth, kQuarter, kHalf,
                            kYear, kDecade, kCentury };  // the lexicon's unit values
enum class PartOfDay : uint8_t { kMorning, kAfternoon, kEvening, kNight, kNoon, kMidnight };
enum class Mod : uint8_t { kNone, kStart, kEnd, kMid, kApprox, kLessThan, kMoreThan, kEqualOrLess,
                           kEqualOrMore };
enum class Holiday : uint8_t { kChristmas, kChristmasEve, kNewYearsDay, kNewYearsEve, kThanksgiving,
                               kEaster, kHalloween, kValentines };

enum LexFlag : uint8_t {
  kLexAbbrev = 1u << 0,      // an abbreviation ("Jan", "Fri")
  kLexCapital = 1u << 1,     // only counts when capitalised (month and weekday names)
  kLexAmbiguous = 1u << 2,   // also a common word ("May", "March", "Sun"): alone it needs context
  kLexPlural = 1u << 3,      // plural unit ("years")
  kLexAttributive = 1u << 4, // alone after a determiner it is an adjective ("the recent sale")
};

struct LexEntry {
  Cat cat = Cat::kLiteral;
  uint8_t flags = 0;
  int16_t value = 0;
};

// What an element of a rule matches.
enum class ElemKind : uint8_t {
  kCat,       // a word with an entry of the category
  kLiteral,   // one of a set of literal words
  kPunct,     // one ASCII punctuation character
  kNum,       // a cardinal: digits or number words ("twenty-four", "a")
  kOrd,       // an ordinal: "third", "21st"
  kYear,      // four digits 1000..2999
  kDay,       // 1..31, digits
  kMonthNum,  // 1..12, digits
  kHour,      // 0..24, digits
  kMinute,    // two digits 00..59
  kClock24,   // a 24-hour clock time written as four digits, "0930", "1200" (hour and minute)
  kDecade,    // "1990s", "'90s", "nineties"
  kUnits,     // a plural unit word
  kUnit1,     // a singular unit word
};

struct Elem {
  ElemKind kind = ElemKind::kCat;
  uint32_t cat_mask = 0;          // categories for kCat (bit per Cat)
  char punct = 0;
  bool optional = false;
  bool context = false;          // must match but lies outside the extent
  std::vector<int16_t> literals; // literal ids for kLiteral
};

// How a rule's match is turned into a TIMEX3 value (see normalize.cc).
enum class Action : uint8_t { kCalendar, kRelative, kDeictic, kOffset, kDuration, kSet, kRef,
                              kDecade, kCentury, kQuarter, kClock, kHoliday };

struct Rule {
  TimexType type = TimexType::kDate;
  Action action = Action::kCalendar;
  std::vector<Elem> elems;
  uint32_t first_mask = 0;  // classes of tokens that can start a match
  bool literal_start_only = false;      // only literal words can start a match
  std::vector<int16_t> first_literals;  // the literal words that can start a match
  size_t lead = 0;                      // context elements before the extent
  size_t trail = 0;                     // context elements after it
  uint16_t line = 0;        // line in the rule table, for messages and tests
};

// The slots a match fills, one per category; unset values are kUnset.
struct Frame {
  static constexpr int kUnset = -1000;
  static constexpr int kVague = -999;  // an unspecified quantity ("a few")
  int year = kUnset, month = kUnset, day = kUnset, weekday = kUnset, season = kUnset;
  int pod = kUnset, hour = kUnset, minute = kUnset, meridiem = kUnset, decade = kUnset;
  int quantity = kUnset, unit = kUnset, ordinal = kUnset, rel = kUnset, deictic = kUnset;
  int ref = kUnset, dir = kUnset, holiday = kUnset;
  Mod mod = Mod::kNone;
  bool plural = false;
  bool ambiguous = false;  // matched an ambiguous word (a lone "May" needs context)
  bool abbrev = false;
  bool attributive = false;
  bool spoken_count = false;  // the year was read from words that also make a count ("two thousand")
  bool zone = false;          // a time-zone word ("GMT") follows the clock time
};

struct Match {
  uint32_t first = 0;  // token range of the extent [first, last)
  uint32_t last = 0;
  const Rule* rule = nullptr;
  Frame frame;
};

class Grammar {
 public:
  // Compiles the built-in lexicon and rule tables; throws ModelError on a malformed table.
  Grammar();
  // Compiles the given tables (for tests); same errors.
  Grammar(std::string_view lexicon_table, std::string_view rule_table);

  // Scans text and attaches lexicon entries to the word tokens.
  std::vector<Tok> tokens(std::string_view text) const;
  // Leftmost-longest, non-overlapping rule matches over the tokens.
  std::vector<Match> match(std::string_view text, std::span<const Tok> toks) const;
  std::span<const LexEntry> entries(const Tok& tok) const {
    return {entries_.data() + tok.lex_first, tok.lex_count};
  }
  const std::vector<Rule>& rules() const { return rules_; }
  // Calls fn(word, entries) for every lexicon word (lower case) and its entries.
  template <typename Fn>
  void for_each_word(Fn&& fn) const {
    for (const auto& [word, range] : words_) {
      fn(std::string_view(word), std::span<const LexEntry>(entries_.data() + range.first, range.count));
    }
  }
  // The literal id of a rule word, or -1.
  int literal_id(std::string_view word) const;

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  struct Range {
    uint32_t first = 0;
    uint16_t count = 0;
  };
  void compile_lexicon(std::string_view table);
  void compile_rules(std::string_view table);
  void add_entry(const std::string& word, LexEntry entry);
  void index_rules();
  static constexpr size_t kMaxRules = 1024;
  using RuleSet = std::array<uint64_t, kMaxRules / 64>;  // a bit per rule index
  // The rules that can start at a token of the given start classes: indexed by class and, for
  // rules that start with literal words only, by the token's literal ids.
  RuleSet candidate_rules(uint32_t mask, const Tok& tok) const;
  // The longest rule match whose first element lies at token i (with_lead: rules may begin with context).
  Match best_at(std::string_view text, std::span<const Tok> toks, size_t i, bool with_lead) const;
  uint32_t token_mask(std::string_view text, std::span<const Tok> toks, size_t i) const;
  int match_from(const Rule& rule, size_t elem, std::string_view text, std::span<const Tok> toks,
                 size_t at, Frame& frame) const;
  int match_elem(const Elem& elem, std::string_view text, std::span<const Tok> toks, size_t at,
                 Frame& frame) const;

  std::unordered_map<std::string, std::vector<LexEntry>, Hash, std::equal_to<>> building_;
  std::unordered_map<std::string, Range, Hash, std::equal_to<>> words_;
  std::vector<LexEntry> entries_;
  std::vector<std::string> literals_;
  std::vector<Rule> rules_;
  std::vector<std::vector<uint16_t>> rules_by_class_;    // by bit of the start mask
  std::vector<std::vector<uint16_t>> rules_by_literal_;  // by literal id, rules that start with literals only
};

// The built-in tables.
std::string_view builtin_lexicon();
std::string_view builtin_rules();

}  // namespace dossier::time

#endif  // DOSSIER_TIME_GRAMMAR_H_
