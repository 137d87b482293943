// Reads PolNeAR (brat standoff attribution annotations) the way shared/eval/eval_polnear.py does.
#ifndef DOSSIER_TOOLS_DATA_POLNEAR_H_
#define DOSSIER_TOOLS_DATA_POLNEAR_H_

#include <cstdint>
#include <string>
#include <vector>

namespace dossier::data {

// Half-open range of Unicode code-point offsets (brat's offsets).
struct CpSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
};

struct GoldAttribution {
  std::vector<CpSpan> content;  // trimmed, sorted, merged fragments
  std::vector<CpSpan> source;
  std::vector<CpSpan> cue;
  CpSpan extent;                // first content fragment's start to the last one's end
  uint32_t size = 0;            // code points of content
  bool direct = false;          // content starts with a quotation mark
  std::u32string source_text;   // source fragments joined by a space
  std::u32string cue_text;
};

struct GoldArticle {
  std::string id;
  std::string text;            // UTF-8
  std::u32string chars;        // the same text as code points
  std::string date;            // publication date (YYYY-MM-DD) or empty
  std::vector<GoldAttribution> attributions;  // by extent, then content
};

// The articles of a compartment folder (text/, attributions/), sorted by id, one annotator per
// article (the smallest annotator id), at most limit (0: all). date from ../metadata.tsv.
// Throws InputError naming the file on unreadable input.
std::vector<GoldArticle> load_polnear(const std::string& folder, size_t limit = 0);

// The compartment folder: `data` itself when it holds text/ and attributions/, else data/part.
std::string polnear_folder(const std::string& data, const std::string& part);

// True for the characters eval_polnear.py counts as quotation marks.
bool is_quote_char(char32_t c);
// Python's str.isspace for the characters that occur in news text.
bool is_space_char(char32_t c);

}  // namespace dossier::data

#endif  // DOSSIER_TOOLS_DATA_POLNEAR_H_
