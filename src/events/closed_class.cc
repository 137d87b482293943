#include "events/closed_class.h"

#include <initializer_list>
#include <string>
#include <unordered_map>

namespace dossier::events {
namespace {

using Table = std::unordered_map<std::string_view, uint32_t>;

void add(Table& t, uint32_t cls, std::initializer_list<std::string_view> words) {
  for (const std::string_view w : words) t[w] |= cls;
}

Table make_table() {
  Table t;
  add(t, kDeterminer, {"the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "my",
                       "your", "no", "any", "some", "each", "every", "another", "such", "both", "either",
                       "neither", "all", "several", "many", "most", "few", "'s", "'"});
  add(t, kPossessive, {"its", "their", "his", "her", "our", "my", "your"});
  add(t, kPreposition, {"of", "in", "on", "at", "by", "for", "with", "from", "against", "into", "onto", "over",
                        "under", "between", "among", "amid", "through", "across", "toward", "towards", "within",
                        "without", "about", "upon", "near", "despite", "during", "via", "along", "around",
                        "behind", "beyond", "inside", "outside", "off", "per", "than", "like", "including",
                        "regarding", "concerning", "following", "throughout", "according"});
  add(t, kTo, {"to"});
  add(t, kSubjectPronoun, {"he", "she", "it", "they", "we", "i", "you"});
  add(t, kBe, {"be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m"});
  add(t, kHave, {"have", "has", "had", "having", "'ve", "'d"});
  add(t, kDo, {"do", "does", "did"});
  add(t, kFuture, {"will", "would", "shall", "'ll", "wo"});
  add(t, kPossible, {"may", "might", "could", "can", "ca"});
  add(t, kObligation, {"must", "should", "ought"});
  add(t, kNegation, {"not", "n't", "never"});
  add(t, kConjunction, {"and", "or", "but", "nor"});
  add(t, kSubordinator, {"after", "before", "while", "when", "whenever", "because", "unless", "if", "although",
                         "though", "until", "till", "since", "whereas", "once", "as", "so", "whether",
                         "where"});
  add(t, kConditional, {"if", "unless", "whether"});
  add(t, kRelative, {"who", "which", "whom", "whose", "where"});
  add(t, kThat, {"that"});
  add(t, kIntentTo, {"ready", "prepared", "willing", "going", "plans", "plan", "planned", "planning", "intends",
                     "intend", "intended", "committed", "determined", "set", "poised", "eager", "keen"});
  add(t, kAdverb, {"also", "again", "still", "already", "now", "then", "once", "just", "further", "finally",
                   "formally", "jointly", "reportedly", "allegedly", "officially", "repeatedly", "recently",
                   "bluntly", "flatly", "strongly", "firmly", "openly", "publicly", "later", "earlier",
                   "immediately", "soon", "even", "ever", "really", "certainly", "reluctantly", "effectively",
                   "previously", "apparently", "reluctantly", "separately", "subsequently", "initially",
                   "not", "n't", "never", "longer", "outright", "here", "there",
                   "yet", "only", "quickly", "unexpectedly", "originally", "personally", "partly",
                   "largely", "fully", "nearly", "almost", "simply", "abruptly", "swiftly"});
  add(t, kTimeWord, {"today", "yesterday", "tomorrow", "tonight", "now", "monday", "tuesday", "wednesday",
                     "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
                     "june", "july", "august", "september", "october", "november", "december", "week",
                     "weekend", "month", "year", "morning", "afternoon", "evening", "night", "day",
                     "earlier", "later", "recently", "overnight"});
  add(t, kQuantity, {"thousands", "hundreds", "dozens", "scores", "tens", "millions", "members", "some", "most",
                     "all", "many", "several", "number", "group", "groups", "majority", "part", "rest", "both",
                     "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "each",
                     "none", "half", "third", "batch", "patch", "contingent", "delegation", "team"});
  return t;
}

const Table& table() {
  static const Table t = make_table();
  return t;
}

}  // namespace

uint32_t word_class(std::string_view lower) {
  const auto& t = table();
  const auto it = t.find(lower);
  return it == t.end() ? 0 : it->second;
}

bool is_function_word(std::string_view lower) {
  constexpr uint32_t kFunction = kDeterminer | kPreposition | kTo | kSubjectPronoun | kBe | kHave | kDo |
                                 kFuture | kPossible | kObligation | kNegation | kConjunction | kSubordinator |
                                 kRelative | kThat;
  if ((word_class(lower) & kFunction) != 0) return true;
  return lower == "according" || lower == "under" || lower == "in" || lower == "meanwhile" ||
         lower == "however" || lower == "there" || lower == "here";
}

}  // namespace dossier::events
