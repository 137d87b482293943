// Bounds on the work an HTML page can cause, applied to the markup before gumbo parses it.
#ifndef DOSSIER_INGEST_HTML_LIMITS_H_
#define DOSSIER_INGEST_HTML_LIMITS_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace dossier::ingest {

struct HtmlLimits {
  size_t max_depth = 256;        // elements open at once; deeper tags are dropped, text kept
  size_t max_elements = 200000;  // start tags; the page is cut before the first one beyond
};

struct BoundedHtml {
  std::string html;             // the page with the limits applied (equal to the input if none hit)
  size_t flattened_tags = 0;    // start and end tags dropped for depth
  bool cut = false;             // the page was cut at the element limit
  size_t cut_at = 0;            // byte offset of the cut in the input
};

// One linear pass over the markup that tracks open elements roughly as the HTML5 tree builder
// does (end tags close up to their element, optional-end elements close their predecessor, void
// and raw-text elements handled) and applies the limits.
BoundedHtml bound_html(std::string_view html, const HtmlLimits& limits = {});

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_HTML_LIMITS_H_
