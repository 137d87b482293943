// Bounds on the work an HTML page can cause, applied to the markup before gumbo parses it.
#ifndef DOSSIER_INGEST_HTML_LIMITS_H_
#define DOSSIER_INGEST_HTML_LIMITS_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace dossier::ingest {

struct HtmlLimits {
  size_t max_depth = 256;        // elements open at once; deeper tags are dropped, text kept
  size_t max_tags = 400000;  // start and end tags; the page is cut before the first one beyond
};

struct BoundedHtml {
  std::string html;             // the page with the limits applied (equal to the input if none hit)
  size_t flattened_tags = 0;    // start and end tags dropped for depth
  bool cut = false;             // the page was cut at the tag limit
  size_t cut_at = 0;            // byte offset of the cut in the input
};

// One linear pass over the markup that tracks open elements as the HTML5 tree builder would,
// erring towards more depth (end tags close up to their element within its scope, <p> and <li>
// close one of their kind, void, raw-text and self-closing foreign elements open nothing) and
// applies the limits.
BoundedHtml bound_html(std::string_view html, const HtmlLimits& limits = {});

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_HTML_LIMITS_H_
