// Article metadata: what is known of an article apart from its body text.
#ifndef DOSSIER_ARTICLE_H_
#define DOSSIER_ARTICLE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/span.h"
#include "dossier/text.h"

namespace dossier {

// Where an article's date came from.
enum class DateBasis : uint8_t {
  kNone,      // unknown
  kMetadata,  // given with the article (JSONL field, HTML meta, --date)
  kText,      // read from a header line or dateline in the text
  kInferred,  // estimated from the content; see ArticleMeta::date_evidence
};
std::string_view to_string(DateBasis basis);

// A header line recognised in the text (headline, byline, dateline, date line, subhead).
struct HeaderSpan {
  Span span;
  BlockKind kind = BlockKind::kHeader;
};

struct ArticleMeta {
  std::string title;
  std::vector<std::string> authors;
  std::string source;    // outlet or agency ("AFP")
  std::string url;
  std::string dateline;  // place of the dateline ("BEIRUT", "Nairobi (Kenya)")
  std::optional<CivilDate> date;
  DateBasis date_basis = DateBasis::kNone;
  std::string date_evidence;  // for kText/kInferred: the words the date was read from
  std::string language = "en";
  // Header matter recognised in the text; these spans are not body sentences.
  std::vector<HeaderSpan> header_spans;
};

// True for a language tag of the form the schema allows: "en", "ko", "zh-Hant".
bool is_language_tag(std::string_view tag);
// True when the models cover the language: English ("en", "en-GB"). Articles in other languages
// are read and listed but not analysed.
bool is_analysed_language(std::string_view tag);
// The English name of a language ("ko" -> "Korean"); the tag itself when it has none.
std::string language_name(std::string_view tag);

}  // namespace dossier

#endif  // DOSSIER_ARTICLE_H_
