#include "text/abbreviations.h"

#include <algorithm>
#include <array>
#include <string>

namespace dossier::text {
namespace {

constexpr size_t kLongestWord = 24;

bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
char ascii_lower(char c) { return is_ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

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
  std::array<char, kLongestWord> capitalised{};
  capitalised[0] = word[0];
  for (size_t i = 1; i < word.size(); ++i) capitalised[i] = ascii_lower(word[i]);
  const AbbreviationEntry* entry = find_abbreviation(std::string_view(capitalised.data(), word.size()));
  return entry != nullptr ? entry->kind : AbbreviationKind::kNone;
}

bool is_sentence_starter(std::string_view word) {
  if (word.empty() || word.size() > kLongestWord) return false;
  std::array<char, kLongestWord> lower{};
  for (size_t i = 0; i < word.size(); ++i) lower[i] = ascii_lower(word[i]);
  const std::string_view key(lower.data(), word.size());
  const auto table = sentence_starter_table();
  return std::binary_search(table.begin(), table.end(), key);
}

}  // namespace dossier::text
