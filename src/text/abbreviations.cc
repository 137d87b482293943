#include "text/abbreviations.h"

#include <algorithm>
#include <string>

#include "text/fold.h"

namespace dossier::text {
namespace {

constexpr size_t kLongestWord = 24;

bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }

const AbbreviationEntry* find_abbreviation(std::string_view word) {
  const auto table = abbreviation_table();
  const auto it = std::lower_bound(table.begin(), table.end(), word,
                                    [](const AbbreviationEntry& e, std::string_view w) { return e.word < w; });
  return it != table.end() && it->word == word ? &*it : nullptr;
}

}  // namespace

AbbreviationKind abbreviation_kind(std::string_view word) {
  if (word.empty() || word.size() > kLongestWord) return AbbreviationKind::kNone;
  if (const AbbreviationEntry* entry = find_abbreviation(word)) return entry->kind;
  // "GEN" in an all-capitals headline is the title "Gen".
  if (word.size() < 2 || !std::all_of(word.begin(), word.end(), is_ascii_upper)) {
    return AbbreviationKind::kNone;
  }
  std::string capitalised(word.substr(0, 1));
  append_fold_case(word.substr(1), capitalised);
  const AbbreviationEntry* entry = find_abbreviation(capitalised);
  return entry != nullptr ? entry->kind : AbbreviationKind::kNone;
}

bool is_sentence_starter(std::string_view word) {
  if (word.empty() || word.size() > kLongestWord) return false;
  const std::string key = fold_case(word);
  const auto table = sentence_starter_table();
  return std::binary_search(table.begin(), table.end(), std::string_view(key));
}

}  // namespace dossier::text
