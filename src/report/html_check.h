// Test support: structural checks of a generated HTML page.
#ifndef DOSSIER_REPORT_HTML_CHECK_H_
#define DOSSIER_REPORT_HTML_CHECK_H_

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace dossier::report::testing {

struct HtmlFacts {
  std::vector<std::string> problems;  // misnested or unclosed tags, bad entities or attributes,
                                      // repeated ids, links to missing anchors, external assets
  std::set<std::string> ids;          // every id attribute
  size_t internal_links = 0;          // href="#..." attributes
};

// Reads a page written by write_html (double-quoted attributes, no self-closing syntax).
HtmlFacts check_html(std::string_view html);

}  // namespace dossier::report::testing

#endif  // DOSSIER_REPORT_HTML_CHECK_H_
