// Article header recognition for plain text laid out as wire copy: a headline line at the top, a
// byline, a date line (also glued to the first sentence), a dateline opening the first paragraph,
// subheads and credit lines in the body. Found by general patterns of layout, not lists of names.
#ifndef DOSSIER_INGEST_HEADER_H_
#define DOSSIER_INGEST_HEADER_H_

#include <memory>
#include <string_view>

#include "dossier/article.h"
#include "stage/stage.h"

namespace dossier::ingest {

// Sets meta.header_spans (sorted, non-overlapping) to the header matter of text, and fills the
// fields of meta that are still empty: title, authors, source, dateline, and date (basis text,
// with date_evidence). A headline is recognised only when meta.title is empty or equals it.
void recognize_headers(std::string_view text, ArticleMeta& meta);

// The document stage running recognize_headers; it runs before the text stage.
std::unique_ptr<const stage::DocumentStage> make_header_stage();

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_HEADER_H_
