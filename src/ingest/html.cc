#include "ingest/html.h"

#include <gumbo.h>

#include <memory>

#include "util/ascii.h"
#include "ingest/html_dom.h"
#include "ingest/html_limits.h"

namespace dossier::ingest {
namespace html {

std::string_view attribute(const GumboNode* node, const char* name) {
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return {};
  const GumboAttribute* attr = gumbo_get_attribute(&node->v.element.attributes, name);
  return attr != nullptr && attr->value != nullptr ? std::string_view(attr->value) : std::string_view();
}

const GumboVector* children_of(const GumboNode* node) {
  if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) {
    return &node->v.element.children;
  }
  if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
  return nullptr;
}

void append_collapsed(std::string& out, std::string_view text) {
  bool space = out.empty() || out.back() == ' ' || out.back() == '\n';
  for (const char c : text) {
    if (util::ascii::is_space(c)) {
      if (!space) out += ' ';
      space = true;
    } else {
      out += c;
      space = false;
    }
  }
}

std::string text_of(const GumboNode* node) {
  std::string out;
  walk(
      node,
      [&](const GumboNode* n) {
        if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
            n->type == GUMBO_NODE_CDATA) {
          append_collapsed(out, n->v.text.text);
          return false;
        }
        if (n->type != GUMBO_NODE_ELEMENT) return n->type == GUMBO_NODE_DOCUMENT;
        const GumboTag tag = n->v.element.tag;
        return tag != GUMBO_TAG_SCRIPT && tag != GUMBO_TAG_STYLE && tag != GUMBO_TAG_TEMPLATE;
      },
      [](const GumboNode*) {});
  return std::string(util::ascii::trim(out));
}

}  // namespace html

namespace {

struct OutputDeleter {
  void operator()(GumboOutput* output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};

}  // namespace

HtmlArticle extract_html(std::string_view page) {
  const HtmlLimits limits;
  const BoundedHtml bounded = bound_html(page, limits);
  HtmlArticle article;
  if (bounded.flattened_tags > 0) {
    article.warnings.push_back(std::to_string(bounded.flattened_tags) +
                               " tags nested deeper than " + std::to_string(limits.max_depth) +
                               " elements (or too many open formatting elements) were dropped, "
                               "their text kept");
  }
  if (bounded.cut) {
    article.warnings.push_back("page cut at byte " + std::to_string(bounded.cut_at) + ": more than " +
                               std::to_string(limits.max_tags) + " tags");
  }
  GumboOptions options = kGumboDefaultOptions;
  // Parse errors are not needed; recording them costs memory on broken pages.
  options.max_errors = 0;
  const std::unique_ptr<GumboOutput, OutputDeleter> output(
      gumbo_parse_with_options(&options, bounded.html.data(), bounded.html.size()));
  if (!output) return article;
  article.text = html::main_text(output->document);
  article.meta = html::page_metadata(output->document, article.text);
  return article;
}

}  // namespace dossier::ingest
