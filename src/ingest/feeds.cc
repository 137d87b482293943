#include "ingest/feeds.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <climits>
#include <memory>
#include <mutex>

#include "dossier/error.h"
#include "util/ascii.h"
#include "ingest/meta_fields.h"
#include "ingest/url.h"

namespace dossier::ingest {
namespace {

// Problems listed per listing; the rest are counted in one line.
constexpr size_t kShownProblems = 20;
// Text of one field (a title, a date, a link) beyond this is cut: no real field is longer.
constexpr size_t kMaxFieldBytes = 16 * 1024;
// Elements nested below a field's element that still give text (Atom's xhtml titles).
constexpr int kMaxFieldDepth = 8;

struct DocDeleter {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
struct ContextDeleter {
  void operator()(xmlParserCtxt* ctxt) const { xmlFreeParserCtxt(ctxt); }
};

std::string_view name_of(const xmlNode* node) {
  return node->name == nullptr ? std::string_view() : reinterpret_cast<const char*>(node->name);
}

bool is_element(const xmlNode* node, std::string_view local_name) {
  return node->type == XML_ELEMENT_NODE && name_of(node) == local_name;
}

// The text and CDATA below node; entity references are not followed (no expansion).
void append_text(const xmlNode* node, int depth, std::string& out) {
  for (const xmlNode* child = node->children; child != nullptr && out.size() < kMaxFieldBytes;
       child = child->next) {
    if ((child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) &&
        child->content != nullptr) {
      out += reinterpret_cast<const char*>(child->content);
    } else if (child->type == XML_ELEMENT_NODE && depth < kMaxFieldDepth) {
      append_text(child, depth + 1, out);
    }
  }
}

std::string text_of(const xmlNode* node) {
  std::string out;
  append_text(node, 0, out);
  if (out.size() > kMaxFieldBytes) out.resize(kMaxFieldBytes);
  std::string collapsed;
  bool space = false;
  for (const char c : util::ascii::trim(out)) {
    if (util::ascii::is_space(c)) {
      space = true;
      continue;
    }
    if (space) collapsed += ' ';
    space = false;
    collapsed += c;
  }
  return collapsed;
}

std::string attribute(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetNoNsProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return {};
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

const xmlNode* child_element(const xmlNode* node, std::string_view local_name) {
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (is_element(child, local_name)) return child;
  }
  return nullptr;
}

// RSS's author is an e-mail address with the name in brackets ("ed@example.org (Ann Lee)").
std::string rss_author_name(const std::string& value) {
  const size_t open = value.find('(');
  const size_t close = value.rfind(')');
  if (open != std::string::npos && close != std::string::npos && close > open) {
    return std::string(util::ascii::trim(std::string_view(value).substr(open + 1, close - open - 1)));
  }
  if (value.find('@') != std::string::npos) return {};
  return value;
}

class ListingBuilder {
 public:
  ListingBuilder(const std::string& base, size_t max_items, Listing& listing)
      : base_(base), max_items_(max_items), listing_(listing) {}

  ~ListingBuilder() {
    if (hidden_problems_ > 0) {
      listing_.problems.push_back({0, std::to_string(hidden_problems_) + " more items skipped (not shown)"});
    }
    if (over_limit_ > 0) {
      listing_.problems.push_back({0, std::to_string(over_limit_) + " items beyond the limit of " +
                                         std::to_string(max_items_) + " were not read"});
    }
  }
  ListingBuilder(const ListingBuilder&) = delete;
  ListingBuilder& operator=(const ListingBuilder&) = delete;

  void problem(uint64_t line, const std::string& message) {
    if (listing_.problems.size() < kShownProblems) {
      listing_.problems.push_back({line, message});
    } else {
      ++hidden_problems_;
    }
  }

  // The absolute address of link, or empty after a problem naming what ("item 3") and where.
  std::string address(const std::string& link, const std::string& what, const xmlNode* where) {
    const uint64_t line = static_cast<uint64_t>(std::max(0L, xmlGetLineNo(where)));
    if (link.empty()) {
      problem(line, what + ": no link");
      return {};
    }
    std::string reason;
    const std::optional<Url> url = resolve_url(base_, link, reason);
    if (!url) {
      problem(line, what + ": '" + link.substr(0, 200) + "': " + reason);
      return {};
    }
    return url->full;
  }

  bool full() {
    if (listing_.pages.size() + listing_.sitemaps.size() < max_items_) return false;
    ++over_limit_;
    return true;
  }

  void add_page(ListedPage page) { listing_.pages.push_back(std::move(page)); }
  void add_sitemap(std::string url) { listing_.sitemaps.push_back(std::move(url)); }

 private:
  const std::string& base_;
  size_t max_items_;
  Listing& listing_;
  size_t hidden_problems_ = 0;
  size_t over_limit_ = 0;
};

void read_rss_item(const xmlNode* item, size_t number, ListingBuilder& builder) {
  ListedPage page;
  std::string link;
  std::string guid;
  bool guid_is_link = true;
  std::string date_text;
  for (const xmlNode* field = item->children; field != nullptr; field = field->next) {
    if (field->type != XML_ELEMENT_NODE) continue;
    const std::string_view name = name_of(field);
    if (name == "link" && link.empty()) {
      link = text_of(field);
    } else if (name == "guid") {
      guid = text_of(field);
      guid_is_link = !util::ascii::iequals(attribute(field, "isPermaLink"), "false");
    } else if (name == "title" && page.title.empty()) {
      page.title = text_of(field);
    } else if ((name == "pubDate" || name == "date") && date_text.empty()) {
      date_text = text_of(field);
    } else if (name == "creator" || name == "author") {
      const std::string author = name == "author" ? rss_author_name(text_of(field)) : text_of(field);
      if (!author.empty()) split_authors(author, page.authors);
    }
  }
  if (link.empty() && guid_is_link) link = guid;
  page.url = builder.address(link, "item " + std::to_string(number), item);
  if (page.url.empty()) return;
  page.date = parse_metadata_date(date_text);
  builder.add_page(std::move(page));
}

void read_atom_entry(const xmlNode* entry, size_t number, ListingBuilder& builder) {
  ListedPage page;
  std::string link;
  std::string published;
  std::string updated;
  for (const xmlNode* field = entry->children; field != nullptr; field = field->next) {
    if (field->type != XML_ELEMENT_NODE) continue;
    const std::string_view name = name_of(field);
    if (name == "link") {
      const std::string rel = attribute(field, "rel");
      if ((rel.empty() || rel == "alternate") && link.empty()) link = attribute(field, "href");
    } else if (name == "title" && page.title.empty()) {
      page.title = text_of(field);
    } else if (name == "published") {
      published = text_of(field);
    } else if (name == "updated") {
      updated = text_of(field);
    } else if (name == "author") {
      if (const xmlNode* author = child_element(field, "name")) split_authors(text_of(author), page.authors);
    }
  }
  page.url = builder.address(link, "entry " + std::to_string(number), entry);
  if (page.url.empty()) return;
  page.date = parse_metadata_date(published.empty() ? updated : published);
  builder.add_page(std::move(page));
}

// A url set's <url>: its address, and a news sitemap's publication date and title. lastmod is
// when the page last changed, not when it was published, so it is not taken as the date.
void read_sitemap_url(const xmlNode* url, size_t number, ListingBuilder& builder) {
  ListedPage page;
  std::string loc;
  for (const xmlNode* field = url->children; field != nullptr; field = field->next) {
    if (is_element(field, "loc")) {
      loc = text_of(field);
    } else if (is_element(field, "news")) {
      if (const xmlNode* date = child_element(field, "publication_date")) {
        page.date = parse_metadata_date(text_of(date));
      }
      if (const xmlNode* title = child_element(field, "title")) page.title = text_of(title);
    }
  }
  page.url = builder.address(loc, "url " + std::to_string(number), url);
  if (!page.url.empty()) builder.add_page(std::move(page));
}

void read_items(const xmlNode* parent, std::string_view item_name, ListingBuilder& builder,
                void (*read)(const xmlNode*, size_t, ListingBuilder&)) {
  size_t number = 0;
  for (const xmlNode* node = parent->children; node != nullptr; node = node->next) {
    if (!is_element(node, item_name)) continue;
    ++number;
    if (builder.full()) continue;
    read(node, number, builder);
  }
}

void init_libxml() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

}  // namespace

Listing parse_listing(std::string_view xml, const std::string& base, size_t max_items) {
  init_libxml();
  if (xml.size() > static_cast<size_t>(INT_MAX)) throw InputError(base, "feed is too large");
  std::unique_ptr<xmlParserCtxt, ContextDeleter> context(xmlNewParserCtxt());
  if (!context) throw InputError(base, "libxml2 could not start");
  // No entity substitution (XML_PARSE_NOENT) and no DTD loading: entities stay references that
  // text_of never follows, and libxml2's own amplification check ends a "billion laughs"; no
  // XML_PARSE_HUGE, so depth and text node sizes keep libxml2's limits.
  const int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;
  std::unique_ptr<xmlDoc, DocDeleter> doc(xmlCtxtReadMemory(
      context.get(), xml.data(), static_cast<int>(xml.size()), base.c_str(), nullptr, options));
  if (!doc || context->wellFormed == 0) {
    const xmlError* error = xmlCtxtGetLastError(context.get());
    std::string reason = "malformed XML";
    if (error != nullptr && error->message != nullptr) {
      reason += " (line " + std::to_string(error->line) + ": " +
                std::string(util::ascii::trim(error->message)) + ")";
    }
    throw InputError(base, reason);
  }
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (root == nullptr) throw InputError(base, "no XML element");
  Listing listing;
  {
    ListingBuilder builder(base, max_items, listing);
    const std::string_view root_name = name_of(root);
    if (root_name == "rss") {
      listing.kind = ListingKind::kRss;
      if (const xmlNode* channel = child_element(root, "channel")) read_items(channel, "item", builder, &read_rss_item);
    } else if (root_name == "RDF") {
      listing.kind = ListingKind::kRss;
      read_items(root, "item", builder, &read_rss_item);
    } else if (root_name == "feed") {
      listing.kind = ListingKind::kAtom;
      read_items(root, "entry", builder, &read_atom_entry);
    } else if (root_name == "urlset") {
      listing.kind = ListingKind::kUrlSet;
      read_items(root, "url", builder, &read_sitemap_url);
    } else if (root_name == "sitemapindex") {
      listing.kind = ListingKind::kSitemapIndex;
      size_t number = 0;
      for (const xmlNode* node = root->children; node != nullptr; node = node->next) {
        if (!is_element(node, "sitemap")) continue;
        ++number;
        if (builder.full()) continue;
        const xmlNode* loc = child_element(node, "loc");
        std::string url = builder.address(loc == nullptr ? std::string() : text_of(loc),
                                          "sitemap " + std::to_string(number), node);
        if (!url.empty()) builder.add_sitemap(std::move(url));
      }
    } else {
      throw InputError(base, "not a feed or sitemap (the root element is <" +
                                 std::string(root_name.substr(0, 64)) + ">)");
    }
  }
  return listing;
}

Listing parse_url_list(std::string_view text) {
  Listing listing;
  size_t pos = 0;
  uint64_t line_number = 0;
  size_t hidden = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = util::ascii::trim(text.substr(pos, end - pos));
    pos = end + 1;
    ++line_number;
    if (line.empty() || line.front() == '#') continue;
    std::string reason;
    const std::optional<Url> url = parse_url(line, reason);
    if (url) {
      listing.pages.push_back({url->full, {}, std::nullopt, {}, line_number});
    } else if (listing.problems.size() < kShownProblems) {
      listing.problems.push_back({line_number, "'" + std::string(line.substr(0, 200)) + "': " + reason});
    } else {
      ++hidden;
    }
  }
  if (hidden > 0) listing.problems.push_back({0, std::to_string(hidden) + " more bad lines (not shown)"});
  return listing;
}

}  // namespace dossier::ingest
