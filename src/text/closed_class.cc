#include "text/closed_class.h"

#include <algorithm>
#include <initializer_list>

#include "text/abbreviations.h"
#include "text/fold.h"
#include "time/grammar.h"

namespace dossier::text {
namespace {

template <typename Map>
void add(Map& t, uint64_t cls, std::initializer_list<std::string_view> words) {
  for (const std::string_view w : words) t[std::string(w)] |= cls;
}

// English grammar: the closed classes themselves.
template <typename Map>
void add_grammar(Map& t) {
  add(t, kWcArticle, {"the", "a", "an"});
  add(t, kWcDemonstrative, {"this", "that", "these", "those"});
  add(t, kWcPossessiveDet, {"my", "your", "his", "her", "its", "our", "their"});
  add(t, kWcQuantifier, {"some", "any", "no", "each", "every", "all", "both", "either", "neither", "another",
                         "other", "such", "many", "much", "several", "few", "most", "more", "less", "various",
                         "numerous", "multiple"});
  // Personal pronouns with person, number and gender.
  constexpr uint64_t k1s = kWcFirstPerson | kWcSingular, k1p = kWcFirstPerson | kWcPlural;
  constexpr uint64_t k2 = kWcSecondPerson, k3p = kWcThirdPerson | kWcPlural;
  constexpr uint64_t k3m = kWcThirdPerson | kWcSingular | kWcMasculine;
  constexpr uint64_t k3f = kWcThirdPerson | kWcSingular | kWcFeminine;
  constexpr uint64_t k3n = kWcThirdPerson | kWcSingular | kWcNeuter;
  add(t, kWcPronoun | kWcSubjectPronoun | k1s, {"i"});
  add(t, kWcPronoun | kWcObjectPronoun | k1s, {"me"});
  add(t, kWcPronoun | kWcReflexive | k1s, {"myself"});
  add(t, kWcPronoun | k1s, {"my", "mine"});
  add(t, kWcPronoun | kWcSubjectPronoun | k1p, {"we"});
  add(t, kWcPronoun | kWcObjectPronoun | k1p, {"us"});
  add(t, kWcPronoun | kWcReflexive | k1p, {"ourselves"});
  add(t, kWcPronoun | k1p, {"our", "ours"});
  add(t, kWcPronoun | kWcSubjectPronoun | kWcObjectPronoun | k2, {"you"});
  add(t, kWcPronoun | kWcReflexive | k2, {"yourself", "yourselves"});
  add(t, kWcPronoun | k2, {"your", "yours"});
  add(t, kWcPronoun | kWcSubjectPronoun | k3m, {"he"});
  add(t, kWcPronoun | kWcObjectPronoun | k3m, {"him"});
  add(t, kWcPronoun | kWcReflexive | k3m, {"himself"});
  add(t, kWcPronoun | k3m, {"his"});
  add(t, kWcPronoun | kWcSubjectPronoun | k3f, {"she"});
  add(t, kWcPronoun | kWcObjectPronoun | k3f, {"her"});
  add(t, kWcPronoun | kWcReflexive | k3f, {"herself"});
  add(t, kWcPronoun | k3f, {"hers"});
  add(t, kWcPronoun | kWcSubjectPronoun | kWcObjectPronoun | k3n, {"it"});
  add(t, kWcPronoun | kWcReflexive | k3n, {"itself"});
  add(t, kWcPronoun | k3n, {"its"});
  add(t, kWcPronoun | kWcSubjectPronoun | k3p, {"they"});
  add(t, kWcPronoun | kWcObjectPronoun | k3p, {"them"});
  add(t, kWcPronoun | kWcReflexive | k3p, {"themselves"});
  add(t, kWcPronoun | k3p, {"their", "theirs"});
  add(t, kWcPreposition, {"of", "in", "on", "at", "by", "for", "with", "from", "against", "into", "onto", "over",
                          "under", "between", "among", "amid", "through", "across", "toward", "towards", "within",
                          "without", "about", "upon", "near", "despite", "during", "via", "along", "around",
                          "behind", "beyond", "inside", "outside", "off", "per", "than", "like", "including",
                          "regarding", "concerning", "following", "throughout", "according", "after",
                          "before", "since", "until"});
  add(t, kWcTo, {"to"});
  add(t, kWcBe, {"be", "is", "are", "was", "were", "been", "being", "am", "'re", "'m", "'s"});
  add(t, kWcHave, {"have", "has", "had", "having", "'ve", "'d"});
  add(t, kWcDo, {"do", "does", "did"});
  add(t, kWcModal | kWcFuture, {"will", "would", "shall", "'ll", "wo"});
  add(t, kWcModal | kWcPossibility, {"may", "might", "can", "could", "ca"});
  add(t, kWcModal | kWcObligation, {"must", "should", "ought"});
  add(t, kWcNegation, {"not", "n't", "never"});
  add(t, kWcConjunction, {"and", "or", "but", "nor", "yet", "so"});
  add(t, kWcSubordinator, {"that", "after", "before", "while", "when", "whenever", "because", "unless", "if",
                           "although", "though", "until", "till", "since", "whereas", "once", "as", "whether",
                           "where"});
  add(t, kWcWh, {"who", "whom", "whose", "which", "what", "where", "when", "why", "how"});
  add(t, kWcRelative, {"who", "whom", "whose", "which", "where"});
  add(t, kWcSubjectPronoun, {"who"});  // the one relative in the nominative
  add(t, kWcConditional, {"if", "unless", "whether"});
  add(t, kWcPossessiveClitic, {"'s", "'"});
  add(t, kWcIntention, {"ready", "prepared", "willing", "going", "plans", "plan", "planned", "planning", "intends",
                        "intend", "intended", "committed", "determined", "set", "poised", "eager", "keen"});
  add(t, kWcCollective, {"scores", "tens", "millions", "members", "number", "group", "groups", "majority", "part",
                         "rest", "none", "half", "third", "batch", "patch", "contingent", "delegation", "team"});
  add(t, kWcIndefinite, {"a", "an", "another", "some", "several", "many", "various", "numerous", "multiple",
                         "other", "most", "dozens", "hundreds", "thousands"});
  add(t, kWcQuantifier, {"dozens", "hundreds", "thousands"});
  add(t, kWcAdverb, {"also", "again", "still", "already", "now", "then", "once", "just", "further", "finally",
                     "later", "earlier", "soon", "even", "ever", "only", "yet", "often", "first", "last", "long",
                     "ago", "too", "instead", "however", "here", "there", "longer", "outright", "almost",
                     "meanwhile", "previously", "recently", "reportedly", "repeatedly", "privately", "publicly",
                     "simply", "flatly", "ultimately", "formally", "jointly", "allegedly", "officially", "bluntly",
                     "strongly", "firmly", "openly", "immediately", "really", "certainly", "reluctantly",
                     "effectively", "apparently", "separately", "subsequently", "initially", "quickly",
                     "unexpectedly", "originally", "personally", "partly", "largely", "fully", "nearly",
                     "abruptly", "swiftly"});
}

// The time grammar's categories, and the month and weekday each calendar name stands for.
template <typename Map, typename Values, typename Names>
void add_time_words(Map& t, Values& months, Values& weekdays, Names& month_names, Names& weekday_names) {
  const time::Grammar grammar;
  grammar.for_each_word([&](std::string_view word, std::span<const time::LexEntry> entries) {
    uint64_t cls = 0;
    for (const time::LexEntry& e : entries) {
      const bool abbrev = (e.flags & time::kLexAbbrev) != 0;
      switch (e.cat) {
        case time::Cat::kMonth:
          cls |= abbrev ? kWcCalendarAbbrev : kWcMonth;
          months[fold_case(word)] = e.value;
          if (!abbrev && e.value >= 1 && e.value <= 12) month_names[static_cast<size_t>(e.value)] = fold_case(word);
          break;
        case time::Cat::kWeekday:
          cls |= abbrev ? kWcCalendarAbbrev : kWcWeekday;
          weekdays[fold_case(word)] = e.value;
          if (!abbrev && e.value >= 0 && e.value <= 6) weekday_names[static_cast<size_t>(e.value)] = fold_case(word);
          break;
        case time::Cat::kNumber: if (word != "a" && word != "an") cls |= kWcNumberWord; break;
        case time::Cat::kDeictic: cls |= kWcDeictic; break;
        case time::Cat::kUnit: cls |= kWcTimeUnit; break;
        case time::Cat::kPartOfDay: cls |= kWcPartOfDay; break;
        default: break;
      }
    }
    if (cls != 0) t[fold_case(word)] |= cls;
  });
}

// Title abbreviations of the derived abbreviation table.
template <typename Map>
void add_titles(Map& t) {
  for (const AbbreviationEntry& e : abbreviation_table()) {
    if (e.kind == AbbreviationKind::kTitle) t[fold_case(e.word)] |= kWcTitle;
  }
}

}  // namespace

ClosedClasses::ClosedClasses(const std::vector<std::pair<std::string, uint64_t>>& verbs) {
  add_grammar(table_);
  std::vector<std::string> month_names(13), weekday_names(7);
  add_time_words(table_, months_, weekdays_, month_names, weekday_names);
  std::move(month_names.begin(), month_names.end(), month_names_.begin());
  std::move(weekday_names.begin(), weekday_names.end(), weekday_names_.begin());
  add_titles(table_);
  constexpr uint64_t kVerbClasses = kWcSpeechVerb | kWcCognitionVerb;
  for (const auto& [form, cls] : verbs) table_[fold_case(form)] |= cls & kVerbClasses;
}

const ClosedClasses& ClosedClasses::builtin() {
  static const ClosedClasses classes;
  return classes;
}

uint64_t ClosedClasses::of(std::string_view folded) const {
  const auto it = table_.find(folded);
  return it == table_.end() ? 0 : it->second;
}

int ClosedClasses::month(std::string_view folded) const {
  const auto it = months_.find(folded);
  return it == months_.end() ? 0 : it->second;
}

int ClosedClasses::weekday(std::string_view folded) const {
  const auto it = weekdays_.find(folded);
  return it == weekdays_.end() ? -1 : it->second;
}

std::string_view ClosedClasses::month_name(int month) const {
  return month >= 1 && month <= 12 ? std::string_view(month_names_[static_cast<size_t>(month)]) : std::string_view();
}

std::string_view ClosedClasses::weekday_name(int weekday) const {
  return weekday >= 0 && weekday <= 6 ? std::string_view(weekday_names_[static_cast<size_t>(weekday)])
                                      : std::string_view();
}

void add_word_layer(Document& document, const ClosedClasses& classes) {
  document.token_folds.clear();
  document.token_folds.reserve(document.text.size());
  for (uint32_t t = 0; t < document.tokens.size(); ++t) {
    Token& token = document.tokens[t];
    const auto begin = static_cast<uint32_t>(document.token_folds.size());
    append_fold_case(document.token_form(t), document.token_folds);
    token.fold_begin = begin;
    token.fold_size = static_cast<uint32_t>(document.token_folds.size()) - begin;
    const std::string_view fold = document.token_fold(t);
    token.classes = classes.of(fold);
    // An abbreviation keeps its period ("Mr.", "Jan."): its class is the word's.
    if (token.classes == 0 && fold.size() > 1 && fold.back() == '.') {
      token.classes = classes.of(fold.substr(0, fold.size() - 1));
    }
  }
}

}  // namespace dossier::text
