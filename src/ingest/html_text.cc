// The main text of an HTML page: a basic extraction. Boilerplate elements are dropped, the
// container holding most of the page's prose is found by descending from <body> while one child
// keeps most of the prose weight, and its paragraphs are written separated by blank lines, after
// the lead paragraphs that stand between the headline and that container.
#include <algorithm>
#include <string>
#include <vector>

#include "util/ascii.h"
#include "ingest/html_dom.h"

namespace dossier::ingest::html {
namespace {

// A child holding this share of its parent's prose is where the article is.
constexpr double kDescendShare = 0.7;
// Blocks shorter than this (bytes of text outside links) do not count as prose.
constexpr size_t kMinProseBytes = 40;
// With the class filter the text came out shorter than this: retry without it.
constexpr size_t kMinFilteredText = 250;
// A block between the headline and the container is a lead (standfirst, teaser) when it has this
// many bytes of text outside links and links make at most a quarter of it: Readability's test for
// sibling paragraphs (80 characters, link density below 0.25). Tuned on half A of the
// trafilatura-eval dev pages (tools/eval/html_halves.py): body F1 0.897 at 40 bytes, 0.898 at 80,
// 0.896 at 150; AEB dev half A (the same hash rule on its file names) 0.961 / 0.964 / 0.965.
constexpr size_t kMinLeadBytes = 80;

bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY: case GUMBO_TAG_CAPTION: case GUMBO_TAG_CENTER: case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIR: case GUMBO_TAG_DIV: case GUMBO_TAG_DL:
    case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_HTML: case GUMBO_TAG_LI:
    case GUMBO_TAG_LISTING: case GUMBO_TAG_MAIN: case GUMBO_TAG_OL: case GUMBO_TAG_P:
    case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY: case GUMBO_TAG_TD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TH:
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TR: case GUMBO_TAG_UL: case GUMBO_TAG_XMP:
      return true;
    default:
      return false;
  }
}

// Elements that are never article text: scripts, media, form controls, navigation, page
// furniture. (<form> itself is not: some sites wrap the whole page in one.)
bool is_furniture(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_MAP: case GUMBO_TAG_SELECT: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_INPUT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_MENU: case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_FRAMESET:
      return true;
    default:
      return false;
  }
}

bool contains_any(std::string_view text, std::initializer_list<std::string_view> needles) {
  return std::any_of(needles.begin(), needles.end(),
                     [&](std::string_view n) { return text.find(n) != std::string_view::npos; });
}

bool is_hidden(const GumboNode* node) {
  if (gumbo_get_attribute(&node->v.element.attributes, "hidden") != nullptr) return true;
  if (attribute(node, "aria-hidden") == "true") return true;
  std::string style = util::ascii::lower(attribute(node, "style"));
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  if (contains_any(style, {"display:none", "visibility:hidden"})) return true;
  const std::string role = util::ascii::lower(attribute(node, "role"));
  return role == "navigation" || role == "banner" || role == "contentinfo" ||
         role == "complementary" || role == "menu" || role == "menubar" || role == "dialog" ||
         role == "search";
}

// Readability's "unlikely candidate" test on class and id (Mozilla's Readability.js patterns,
// with share/newsletter/cookie/promo/subscribe added, and gallery and caption: a picture
// gallery's captions, counters and "Back to gallery", and a picture's caption set in a <div> or
// <span>, are furniture as <figure> and <figcaption> are; on half A of the dev pages gallery took
// AEB body F1 0.964 -> 0.973 and trafilatura-eval 0.902 -> 0.901 (one page keeps its text in a
// lightbox gallery's element), caption AEB 0.973 -> 0.976 and trafilatura-eval 0.901 -> 0.903):
// page furniture by its usual names, unless the name also says it holds the article.
bool looks_like_furniture(const GumboNode* node) {
  const GumboTag tag = node->v.element.tag;
  if (tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_ARTICLE ||
      tag == GUMBO_TAG_MAIN || tag == GUMBO_TAG_A) {
    return false;
  }
  const std::string names =
      util::ascii::lower(std::string(attribute(node, "class")) + " " + std::string(attribute(node, "id")));
  if (names.size() <= 1) return false;
  const bool unlikely = contains_any(
      names, {"-ad-", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap",
              "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related",
              "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor",
              "supplemental", "ad-break", "agegate", "pagination", "pager", "popup", "share",
              "newsletter", "cookie", "promo", "subscribe", "gallery", "caption"});
  return unlikely && !contains_any(names, {"and", "article", "body", "column", "content", "main",
                                           "shadow"});
}

struct Element {
  int parent = -1;
  int end = 0;  // one past the last element of its subtree (elements are in document order)
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  double weight = 0;
};

struct Block {
  std::string text;
  int owner = 0;  // innermost block element holding the text
  size_t link_bytes = 0;
};

// Lines of a block's text trimmed; one <br> keeps a line break, two or more make a paragraph.
std::string tidy_lines(std::string_view text) {
  std::string out;
  size_t blank_run = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = util::ascii::trim(text.substr(pos, end - pos));
    if (line.empty()) {
      ++blank_run;
    } else {
      if (!out.empty()) out += blank_run > 0 ? "\n\n" : "\n";
      out.append(line);
      blank_run = 0;
    }
    pos = end + 1;
  }
  return out;
}

class Extraction {
 public:
  Extraction(const GumboNode* root, bool filter_by_name) : filter_by_name_(filter_by_name) {
    walk(
        root, [this](const GumboNode* n) { return enter(n); },
        [this](const GumboNode* n) { leave(n); });
    flush();
  }

  std::string text() {
    if (elements_.empty()) return {};
    weigh();
    const int container = find_container();
    std::vector<const Block*> kept = leads_before(container);
    const int container_end = elements_[static_cast<size_t>(container)].end;
    for (const Block& block : blocks_) {
      if (block.owner >= container && block.owner < container_end && keep(block)) kept.push_back(&block);
    }
    std::string out;
    const std::vector<bool> empty = empty_headings(kept);
    for (size_t i = 0; i < kept.size(); ++i) {
      if (empty[i]) continue;
      if (!out.empty()) out += "\n\n";
      out += kept[i]->text;
    }
    return out;
  }

 private:
  bool enter(const GumboNode* node) {
    switch (node->type) {
      case GUMBO_NODE_DOCUMENT:
        return true;
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA: {
        const size_t before = buffer_.size();
        append_collapsed(buffer_, node->v.text.text);
        if (link_depth_ > 0) link_bytes_ += buffer_.size() - before;
        return false;
      }
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE:
        break;
      default:
        return false;
    }
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_BR) {
      buffer_ += '\n';
      return false;
    }
    // The <header> of an article or of the page's <main> holds its headline and lead, not the
    // site's banner.
    const bool section_header = tag == GUMBO_TAG_HEADER && open_sections_ > 0;
    if ((is_furniture(tag) && !section_header) || is_hidden(node) ||
        (filter_by_name_ && looks_like_furniture(node))) {
      return false;
    }
    if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN) ++open_sections_;
    if (tag == GUMBO_TAG_A) ++link_depth_;
    if (is_block(tag)) {
      flush();
      Element element;
      element.parent = current_;
      element.tag = tag;
      current_ = static_cast<int>(elements_.size());
      elements_.push_back(element);
    }
    return true;
  }

  void leave(const GumboNode* node) {
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return;
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_A) --link_depth_;
    if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN) --open_sections_;
    if (!is_block(tag)) return;
    flush();
    Element& element = elements_[static_cast<size_t>(current_)];
    element.end = static_cast<int>(elements_.size());
    current_ = element.parent;
  }

  void flush() {
    if (current_ >= 0) {
      std::string text = tidy_lines(buffer_);
      if (!text.empty()) blocks_.push_back({std::move(text), current_, link_bytes_});
    }
    buffer_.clear();
    link_bytes_ = 0;
  }

  static bool is_heading(GumboTag tag) {
    return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6;
  }

  // Prose weight of each element: the bytes of its prose blocks outside links, summed upwards.
  void weigh() {
    for (const Block& block : blocks_) {
      const size_t prose = block.text.size() - std::min(block.text.size(), block.link_bytes);
      if (prose < kMinProseBytes || block.link_bytes * 2 > block.text.size()) continue;
      if (is_heading(elements_[static_cast<size_t>(block.owner)].tag)) continue;
      elements_[static_cast<size_t>(block.owner)].weight += static_cast<double>(prose);
    }
    for (size_t i = elements_.size(); i-- > 1;) {
      const int parent = elements_[i].parent;
      if (parent >= 0) elements_[static_cast<size_t>(parent)].weight += elements_[i].weight;
    }
  }

  int find_container() const {
    int node = 0;
    for (size_t i = 0; i < elements_.size(); ++i) {
      if (elements_[i].tag == GUMBO_TAG_BODY) {
        node = static_cast<int>(i);
        break;
      }
    }
    for (;;) {
      const Element& here = elements_[static_cast<size_t>(node)];
      int best = -1;
      // The children of an element are the elements in its subtree whose parent it is.
      for (int child = node + 1; child < here.end; child = elements_[static_cast<size_t>(child)].end) {
        if (best < 0 || elements_[static_cast<size_t>(child)].weight >
                            elements_[static_cast<size_t>(best)].weight) {
          best = child;
        }
      }
      if (best < 0 || here.weight <= 0 ||
          elements_[static_cast<size_t>(best)].weight < kDescendShare * here.weight) {
        return node;
      }
      node = best;
    }
  }

  // The lead paragraphs of the article: blocks after the page's first <h1> and before the
  // container, when that <h1> comes before the container and outside it. Pages set the standfirst
  // in the article's header, beside the body's container rather than in it.
  std::vector<const Block*> leads_before(int container) const {
    std::vector<const Block*> leads;
    int headline = -1;
    for (int i = 0; i < container; ++i) {
      if (elements_[static_cast<size_t>(i)].tag == GUMBO_TAG_H1) {
        headline = i;
        break;
      }
    }
    if (headline < 0 || elements_[static_cast<size_t>(headline)].end > container) return leads;
    const int after_headline = elements_[static_cast<size_t>(headline)].end;
    for (const Block& block : blocks_) {
      if (block.owner < after_headline || block.owner >= container) continue;
      if (is_heading(elements_[static_cast<size_t>(block.owner)].tag)) continue;
      const size_t prose = block.text.size() - std::min(block.text.size(), block.link_bytes);
      if (prose >= kMinLeadBytes && block.link_bytes * 4 <= block.text.size()) leads.push_back(&block);
    }
    return leads;
  }

  // Per kept block, whether it is a heading that heads no kept text: the kept blocks after it up to
  // the next text block include a heading of its level or above, or no text block follows. Such
  // headings introduce what was dropped ("Related articles" over a list of links, "Comments" over
  // a removed thread). One backward pass, so that a page of many headings stays linear.
  std::vector<bool> empty_headings(const std::vector<const Block*>& kept) const {
    std::vector<bool> empty(kept.size(), false);
    bool text_follows = false;
    GumboTag highest_after = GUMBO_TAG_UNKNOWN;  // the highest heading (lowest tag) since that text
    for (size_t i = kept.size(); i-- > 0;) {
      const GumboTag tag = elements_[static_cast<size_t>(kept[i]->owner)].tag;
      if (!is_heading(tag)) {
        text_follows = true;
        highest_after = GUMBO_TAG_UNKNOWN;
        continue;
      }
      // Heading tags are consecutive in GumboTag: H1 < H2 < ... < H6 (all below UNKNOWN).
      empty[i] = !text_follows || highest_after <= tag;
      highest_after = std::min(highest_after, tag);
    }
    return empty;
  }

  bool keep(const Block& block) const {
    if (elements_[static_cast<size_t>(block.owner)].tag == GUMBO_TAG_H1) return false;
    if (block.link_bytes * 2 > block.text.size()) return false;
    return std::any_of(block.text.begin(), block.text.end(), [](char c) {
      return util::ascii::is_alnum(c) || static_cast<unsigned char>(c) >= 0x80;
    });
  }

  bool filter_by_name_;
  std::vector<Element> elements_;
  std::vector<Block> blocks_;
  std::string buffer_;
  size_t link_bytes_ = 0;
  int link_depth_ = 0;
  int open_sections_ = 0;  // <article> and <main> elements open around the walk
  int current_ = -1;
};

}  // namespace

std::string main_text(const GumboNode* root) {
  std::string filtered = Extraction(root, true).text();
  if (filtered.size() >= kMinFilteredText) return filtered;
  std::string unfiltered = Extraction(root, false).text();
  return unfiltered.size() > filtered.size() ? unfiltered : filtered;
}

}  // namespace dossier::ingest::html
