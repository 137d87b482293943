// The abbreviation and sentence-starter lexicons of the segmenter, compiled in from data
// (src/text/abbreviation_data.cc, written by `dossier-train abbreviations`).
#ifndef DOSSIER_TEXT_ABBREVIATIONS_H_
#define DOSSIER_TEXT_ABBREVIATIONS_H_

#include <cstdint>
#include <span>
#include <string_view>

namespace dossier::text {

enum class AbbreviationKind : uint8_t {
  kNone,
  kTitle,         // stands before a name and never ends a sentence before one ("Mr", "Gen", "Sen")
  kBeforeNumber,  // an abbreviation only before a number ("No. 10", "pp. 4"); else a word
  kOther,         // any other ("Inc", "Corp", "Jan", "etc", "vs"); may end a sentence
};

struct AbbreviationEntry {
  std::string_view word;  // without the period, case as written
  AbbreviationKind kind;
};

// Kind of a word (without its period) as an abbreviation. Case-sensitive, except that the
// all-capitals form of a capitalised entry ("GEN" for "Gen") counts too.
AbbreviationKind abbreviation_kind(std::string_view word);

// True when a capitalised word (any case) is mostly written in lower case inside sentences,
// so that its capital after a period marks a new sentence ("The", "But", "Police").
bool is_sentence_starter(std::string_view word);

// The compiled tables, sorted (abbreviations by word, starters lower-case); for tests and tools.
std::span<const AbbreviationEntry> abbreviation_table();
std::span<const std::string_view> sentence_starter_table();

}  // namespace dossier::text

#endif  // DOSSIER_TEXT_ABBREVIATIONS_H_
