// Helpers over gumbo's tree shared by the HTML metadata and main-text extraction.
#ifndef DOSSIER_INGEST_HTML_DOM_H_
#define DOSSIER_INGEST_HTML_DOM_H_

#include <gumbo.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dossier/article.h"

namespace dossier::ingest::html {

// The attribute's value, or empty when the node is no element or lacks it.
std::string_view attribute(const GumboNode* node, const char* name);

// The children of an element or document, or nullptr.
const GumboVector* children_of(const GumboNode* node);

// Appends text with every run of whitespace made one space (none at the start of out or after a
// newline).
void append_collapsed(std::string& out, std::string_view text);

// The text of a subtree, whitespace collapsed and trimmed; script and style left out.
std::string text_of(const GumboNode* node);

// Visits a subtree in document order without recursion (pages can nest deeply): enter(node)
// returns true to descend into the node's children, after which leave(node) is called.
template <typename Enter, typename Leave>
void walk(const GumboNode* root, Enter&& enter, Leave&& leave) {
  std::vector<std::pair<const GumboNode*, unsigned>> stack;
  if (!enter(root)) return;
  stack.emplace_back(root, 0);
  while (!stack.empty()) {
    const GumboNode* node = stack.back().first;
    const unsigned next = stack.back().second;
    const GumboVector* children = children_of(node);
    if (children != nullptr && next < children->length) {
      ++stack.back().second;
      const auto* child = static_cast<const GumboNode*>(children->data[next]);
      if (enter(child)) stack.emplace_back(child, 0);
    } else {
      leave(node);
      stack.pop_back();
    }
  }
}

// The page's metadata: title, authors, date (basis metadata), url, source, language; main_text
// (main_text()'s) gives the language of month names when the page declares none, a byline
// written as one of its first or last paragraphs when the markup names no author, and a date line
// opening it when nothing else dates the page.
ArticleMeta page_metadata(const GumboNode* root, std::string_view main_text);

// The page's main text: the paragraphs of the container holding most of its prose.
std::string main_text(const GumboNode* root);

}  // namespace dossier::ingest::html

#endif  // DOSSIER_INGEST_HTML_DOM_H_
