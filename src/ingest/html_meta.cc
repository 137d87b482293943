// An HTML page's metadata: <meta> tags (Open Graph, article:*, Dublin Core, common CMS names),
// JSON-LD (schema.org Article types), <link rel=canonical>, <time datetime>, <title> and <h1>.
#include <algorithm>
#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "text/fold.h"
#include "util/ascii.h"
#include "ingest/date_parse.h"
#include "ingest/html_dom.h"
#include "ingest/language.h"
#include "ingest/meta_fields.h"
#include "ingest/text_shape.h"
#include "util/utf8.h"

namespace dossier::ingest::html {
namespace {

using Json = nlohmann::json;

// A longer text marked as the author is a whole byline block, not a name.
constexpr size_t kMaxMarkedAuthorBytes = 60;
// Headings compared with the page's title; the headline is among the first on every page seen.
constexpr size_t kMaxHeadings = 12;
// A text marked as a date longer than this is a paragraph that happens to carry the class.
constexpr size_t kMaxMarkedDateBytes = 120;
constexpr size_t kMaxMarkedDates = 16;
// Bounds the text read for date markers (nested markers would each read their subtree).
constexpr size_t kMaxDateMarkersRead = 64;
// Publication dates before the web are misreadings (a founding year, a historical date).
constexpr int kFirstPublicationYear = 1990;
// Elements marked as the author read in turn: the first may hold only a label ("Posted", "By").
constexpr size_t kMaxMarkedAuthors = 4;
// Text nodes read before and after the headline for a byline and a date line. Tuned on half A of
// the trafilatura-eval dev pages (tools/eval/html_halves.py): a kicker, a share bar, a picture
// credit may come between; 12 after it lost two dates there, 48 found nothing more than 24.
constexpr size_t kLinesBeforeHeadline = 8;
constexpr size_t kLinesAfterHeadline = 24;
// Words of at least this many bytes tie an <h1> to the linked data's headline (shorter ones are
// articles and prepositions: "der", "los", "the"). On half A of the trafilatura-eval dev pages
// titles 229 -> 233 of 268 with 3, 4 or 6 alike.
constexpr size_t kMinSharedWordBytes = 4;
// A byline near the headline names at most this many words per author.
constexpr size_t kMaxBylineNameWords = 5;
// Paragraphs of the main text read for a byline when the page marks none: at its start (under a
// lead or a date line) and at its end, where a signature or a "Text: ..." credit stands.
// Tuned on half A of the trafilatura-eval dev pages (authors found 98 of 162 without them; 100
// with the first 3 and last 2, 101 with the first 4 and last 2, no more up to 10 and 3).
constexpr size_t kBylineParagraphsAtStart = 4;
constexpr size_t kBylineParagraphsAtEnd = 2;
// Paragraphs at the start of the main text read for a date line when nothing else dates the page.
// Half A of the trafilatura-eval dev pages: dates 200 -> 201 of 236 with 1, 3 or 6 alike; reading
// its last paragraphs as well found nothing more there.
constexpr size_t kDateParagraphsAtStart = 1;

// What a schema.org article object of the page's JSON-LD says.
struct LinkedData {
  std::string headline;
  std::vector<std::string> authors;
  std::string date;
  std::string url;
  std::string publisher;
};

// Everything of interest gathered in one pass over the page.
struct PageFacts {
  std::map<std::string, std::string> meta;  // lowercased name/property/itemprop -> first content
  std::string title;
  std::string first_h1;
  int h1_count = 0;
  std::vector<std::string> headings;  // the first h1 and h2 texts, in page order
  std::string canonical;
  std::string time_published;  // <time> marked as the publication time
  std::string time_first;      // first <time datetime> of the page
  std::string rel_author;     // text of the first <a rel="author">
  std::vector<std::string> marked_authors;  // short texts of elements marked as the author
  const GumboNode* first_h1_node = nullptr;
  std::vector<std::string> marked_dates;  // short texts of elements marked as dates (class, id)
  size_t date_markers_read = 0;           // elements marked as dates whose text was read
  std::optional<LinkedData> linked;
  std::string linked_any_date;  // datePublished of any JSON-LD object (a WebPage's too)
  std::string language;
};

std::string json_string(const Json& object, const char* key) {
  const auto it = object.find(key);
  if (it == object.end()) return {};
  if (it->is_string()) return std::string(util::ascii::trim(it->get_ref<const std::string&>()));
  if (it->is_object()) return json_string(*it, "name");
  if (it->is_array() && !it->empty() && (*it)[0].is_string()) return (*it)[0].get<std::string>();
  return {};
}

bool is_article_type(const Json& object) {
  const auto type = object.find("@type");
  if (type == object.end()) return false;
  const auto matches = [](const Json& value) {
    if (!value.is_string()) return false;
    const std::string& t = value.get_ref<const std::string&>();
    return t.ends_with("Article") || t == "BlogPosting" || t == "LiveBlogPosting" ||
           t == "Report" || t == "SocialMediaPosting";
  };
  if (type->is_array()) {
    for (const auto& t : *type) {
      if (matches(t)) return true;
    }
    return false;
  }
  return matches(*type);
}

void linked_authors(const Json& value, std::vector<std::string>& out) {
  if (value.is_string()) {
    split_authors(value.get_ref<const std::string&>(), out);
  } else if (value.is_object()) {
    const std::string name = json_string(value, "name");
    if (!name.empty()) out.push_back(name);
  } else if (value.is_array()) {
    for (const auto& item : value) {
      if (!item.is_array()) linked_authors(item, out);
    }
  }
}

// The first schema.org article object in a JSON-LD block (top level, arrays, @graph); any_date is
// set to the first datePublished of any object when it is empty.
std::optional<LinkedData> parse_linked_data(std::string_view script, std::string& any_date) {
  const Json root = Json::parse(script, nullptr, false);
  if (root.is_discarded()) return std::nullopt;
  std::vector<const Json*> pending{&root};
  while (!pending.empty()) {
    const Json* value = pending.back();
    pending.pop_back();
    if (value->is_array()) {
      for (auto it = value->rbegin(); it != value->rend(); ++it) pending.push_back(&*it);
      continue;
    }
    if (!value->is_object()) continue;
    if (any_date.empty()) any_date = json_string(*value, "datePublished");
    if (is_article_type(*value)) {
      LinkedData data;
      data.headline = json_string(*value, "headline");
      if (const auto author = value->find("author"); author != value->end()) {
        linked_authors(*author, data.authors);
      }
      data.date = json_string(*value, "datePublished");
      if (data.date.empty()) data.date = json_string(*value, "dateCreated");
      data.url = json_string(*value, "url");
      data.publisher = json_string(*value, "publisher");
      return data;
    }
    if (const auto graph = value->find("@graph"); graph != value->end()) pending.push_back(&*graph);
  }
  return std::nullopt;
}

// The text children of a script element, as written.
std::string raw_text(const GumboNode* node) {
  std::string out;
  const GumboVector* children = children_of(node);
  for (unsigned i = 0; children != nullptr && i < children->length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children->data[i]);
    if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA ||
        child->type == GUMBO_NODE_WHITESPACE) {
      out += child->v.text.text;
    }
  }
  return out;
}

void note_meta(const GumboNode* node, PageFacts& facts) {
  const std::string_view content = attribute(node, "content");
  if (content.empty()) return;
  for (const char* key : {"property", "name", "itemprop"}) {
    const std::string_view name = attribute(node, key);
    if (!name.empty()) facts.meta.emplace(util::ascii::lower(name), std::string(util::ascii::trim(content)));
  }
}

void note_marked_date(std::string text, PageFacts& facts) {
  if (text.empty() || text.size() > kMaxMarkedDateBytes || facts.marked_dates.size() >= kMaxMarkedDates) return;
  facts.marked_dates.push_back(std::move(text));
}

// The class and id tokens of an element, lowercased, each between spaces: " post-date entry-meta ".
std::string marker_tokens(const GumboNode* node) {
  std::string tokens = " " + util::ascii::lower(attribute(node, "class")) + " " + util::ascii::lower(attribute(node, "id")) + " ";
  for (char& c : tokens) {
    if (util::ascii::is_space(c)) c = ' ';
  }
  return tokens;
}

bool has_token_containing(const std::string& tokens, std::string_view part) {
  return tokens.find(part) != std::string::npos;
}

// The children of an element that are elements or text other than whitespace.
std::vector<const GumboNode*> content_children(const GumboNode* node) {
  std::vector<const GumboNode*> out;
  const GumboVector* children = children_of(node);
  for (unsigned i = 0; children != nullptr && i < children->length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children->data[i]);
    if (child->type == GUMBO_NODE_ELEMENT || child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA) {
      out.push_back(child);
    }
  }
  return out;
}

// text without separators and no-break spaces at its start: " - Headline" -> "Headline".
std::string_view trim_leading_separators(std::string_view text) {
  for (;;) {
    text = util::ascii::trim(text);
    if (text.starts_with("\xC2\xA0")) {
      text.remove_prefix(2);
    } else if (!text.empty() && (text.front() == '-' || text.front() == ':' || text.front() == '|')) {
      text.remove_prefix(1);
    } else if (text.starts_with("\xE2\x80\x93") || text.starts_with("\xE2\x80\x94")) {
      text.remove_prefix(3);
    } else {
      return text;
    }
  }
}

// The texts of parts[from...], an element's set off by spaces, whitespace collapsed and trimmed.
std::string joined_text(const std::vector<const GumboNode*>& parts, size_t from) {
  std::string out;
  for (size_t i = from; i < parts.size(); ++i) {
    if (parts[i]->type == GUMBO_NODE_ELEMENT) {
      append_collapsed(out, " " + text_of(parts[i]) + " ");
    } else {
      append_collapsed(out, parts[i]->v.text.text);
    }
  }
  return std::string(util::ascii::trim(out));
}

// A heading's text without a kicker set in it: the label a page puts in its own element before
// the headline inside the <h1> ("<span class=roofline>Food security</span> Minister pledges
// ..."). The kicker is an element of its own (a block, or an inline element with a class; not a
// link or emphasis inside a headline's words) of at most kMaxKickerWords words, followed by a
// longer text. Wrappers holding the whole heading (a link) are looked through.
std::string heading_text(const GumboNode* node) {
  // Labels seen on the trafilatura-eval dev pages (half A) have one to three words.
  constexpr size_t kMaxKickerWords = 4;
  std::vector<const GumboNode*> parts = content_children(node);
  while (parts.size() == 1 && parts[0]->type == GUMBO_NODE_ELEMENT) parts = content_children(parts[0]);
  // A sub-line set in <small> after the headline's words (a date, a category list) is no part of it.
  bool cut = false;
  while (parts.size() >= 2 && parts.back()->type == GUMBO_NODE_ELEMENT &&
         parts.back()->v.element.tag == GUMBO_TAG_SMALL) {
    parts.pop_back();
    cut = true;
    while (parts.size() >= 2 && parts.back()->type == GUMBO_NODE_ELEMENT && parts.back()->v.element.tag == GUMBO_TAG_BR) {
      parts.pop_back();
    }
  }
  const std::string whole = cut ? joined_text(parts, 0) : text_of(node);
  if (parts.size() < 2 || parts[0]->type != GUMBO_NODE_ELEMENT) return whole;
  const GumboNode* first = parts[0];
  const GumboTag tag = first->v.element.tag;
  const bool block = tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_P || tag == GUMBO_TAG_SMALL;
  const bool styled_inline = tag == GUMBO_TAG_SPAN && !attribute(first, "class").empty();
  if (!block && !styled_inline) return whole;
  const std::string kicker = text_of(first);
  if (kicker.empty() || static_cast<size_t>(std::count(kicker.begin(), kicker.end(), ' ')) + 1 > kMaxKickerWords) {
    return whole;
  }
  const std::string rest = joined_text(parts, 1);
  const std::string_view headline = trim_leading_separators(rest);
  if (headline.size() <= kicker.size()) return whole;
  return std::string(headline);
}

void note_element(const GumboNode* node, PageFacts& facts) {
  // hAtom microformat: <abbr class="published" title="2017-07-23T17:06:45+0000">.
  if (facts.time_published.empty()) {
    const std::string classes = " " + util::ascii::lower(attribute(node, "class")) + " ";
    const std::string_view title = attribute(node, "title");
    if (!title.empty() && classes.find(" published ") != std::string::npos) facts.time_published = title;
  }
  switch (node->v.element.tag) {
    case GUMBO_TAG_HTML:
      facts.language = util::ascii::lower(attribute(node, "lang"));
      break;
    case GUMBO_TAG_TITLE:
      if (facts.title.empty()) facts.title = text_of(node);
      break;
    case GUMBO_TAG_META:
      note_meta(node, facts);
      break;
    case GUMBO_TAG_LINK:
      if (facts.canonical.empty() && util::ascii::iequals(attribute(node, "rel"), "canonical")) {
        facts.canonical = std::string(util::ascii::trim(attribute(node, "href")));
      }
      break;
    case GUMBO_TAG_H1:
      ++facts.h1_count;
      if (facts.first_h1.empty()) {
        facts.first_h1 = heading_text(node);
        if (!facts.first_h1.empty()) facts.first_h1_node = node;
      }
      [[fallthrough]];
    case GUMBO_TAG_H2:
      if (facts.headings.size() < kMaxHeadings) facts.headings.push_back(heading_text(node));
      break;
    case GUMBO_TAG_TIME: {
      const std::string_view datetime = attribute(node, "datetime");
      if (datetime.empty()) {
        note_marked_date(text_of(node), facts);
        break;
      }
      if (facts.time_first.empty()) facts.time_first = datetime;
      const bool published = gumbo_get_attribute(&node->v.element.attributes, "pubdate") != nullptr ||
                             util::ascii::iequals(attribute(node, "itemprop"), "datePublished");
      if (published && facts.time_published.empty()) facts.time_published = datetime;
      break;
    }
    case GUMBO_TAG_A:
      if (facts.rel_author.empty() && util::ascii::iequals(attribute(node, "rel"), "author")) {
        facts.rel_author = text_of(node);
      }
      break;
    case GUMBO_TAG_SCRIPT:
      if (!facts.linked && util::ascii::iequals(attribute(node, "type"), "application/ld+json")) {
        facts.linked = parse_linked_data(raw_text(node), facts.linked_any_date);
      }
      break;
    default:
      break;
  }
}

// An element marked as the author by microdata (itemprop="author") or by a class or id naming
// the author or byline ("author", "byline", "entry-author", "post-author-name"), but not the parts
// of an author box that are no name (a biography, a picture, a link list): its short text.
void note_marked_author(const GumboNode* node, const std::string& tokens, PageFacts& facts) {
  if (facts.marked_authors.size() >= kMaxMarkedAuthors) return;
  const bool microdata = util::ascii::iequals(attribute(node, "itemprop"), "author");
  const bool by_class = (has_token_containing(tokens, "author") || has_token_containing(tokens, "byline")) &&
                        !has_token_containing(tokens, "bio") && !has_token_containing(tokens, "avatar") &&
                        !has_token_containing(tokens, "desc") && !has_token_containing(tokens, "image") &&
                        !has_token_containing(tokens, "photo") && !has_token_containing(tokens, "box") &&
                        !has_token_containing(tokens, "posts");
  if (!microdata && !by_class) return;
  std::string text = text_of(node);
  if (text.empty() || text.size() > kMaxMarkedAuthorBytes) return;
  facts.marked_authors.push_back(std::move(text));
}

// An element marked as the date by its class or id ("date", "time", "published", "posted",
// "meta" of a post): its short text, read later as a visible date.
void note_date_marker(const GumboNode* node, const std::string& tokens, PageFacts& facts) {
  if (facts.marked_dates.size() >= kMaxMarkedDates) return;
  if (!has_token_containing(tokens, "date") && !has_token_containing(tokens, "time") &&
      !has_token_containing(tokens, "publish") && !has_token_containing(tokens, "posted") &&
      !has_token_containing(tokens, "meta") && !has_token_containing(tokens, "byline")) {
    return;
  }
  // The day a page was last changed is not the day it was published.
  if (has_token_containing(tokens, "update") || has_token_containing(tokens, "modif")) return;
  if (++facts.date_markers_read > kMaxDateMarkersRead) return;
  note_marked_date(text_of(node), facts);
}

PageFacts gather(const GumboNode* root) {
  PageFacts facts;
  // Readers' comments and the comment form carry their own authors and dates.
  std::vector<const GumboNode*> comment_sections;
  walk(
      root,
      [&](const GumboNode* node) {
        if (node->type == GUMBO_NODE_DOCUMENT) return true;
        if (node->type != GUMBO_NODE_ELEMENT) return false;
        note_element(node, facts);
        const std::string tokens = marker_tokens(node);
        if (tokens.size() > 3) {
          if (has_token_containing(tokens, "comment") || has_token_containing(tokens, "respond")) {
            comment_sections.push_back(node);
          }
          if (comment_sections.empty()) {
            note_marked_author(node, tokens, facts);
            note_date_marker(node, tokens, facts);
          }
        }
        return true;
      },
      [&](const GumboNode* node) {
        if (!comment_sections.empty() && comment_sections.back() == node) comment_sections.pop_back();
      });
  return facts;
}

std::string first_meta(const PageFacts& facts, std::initializer_list<const char*> names) {
  for (const char* name : names) {
    const auto it = facts.meta.find(name);
    if (it != facts.meta.end() && !it->second.empty()) return it->second;
  }
  return {};
}

bool looks_like_url(std::string_view text) {
  return text.starts_with("http://") || text.starts_with("https://") || text.starts_with("/");
}

std::vector<std::string_view> title_parts(std::string_view title) {
  static constexpr std::string_view kSeparators[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ",
                                                     " :: ", " \xC2\xBB ", " \xC2\xAB ", " / "};
  for (const auto sep : kSeparators) {
    if (title.find(sep) == std::string_view::npos) continue;
    std::vector<std::string_view> parts;
    size_t pos = 0;
    while (pos <= title.size()) {
      size_t end = title.find(sep, pos);
      if (end == std::string_view::npos) end = title.size();
      const std::string_view part = util::ascii::trim(title.substr(pos, end - pos));
      if (!part.empty()) parts.push_back(part);
      pos = end + sep.size();
    }
    return parts;
  }
  return {util::ascii::trim(title)};
}

// The host of a URL without "www.": "https://www.example.org/a" -> "example.org".
std::string host_of(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find('/'));
  if (url.starts_with("www.")) url.remove_prefix(4);
  return util::ascii::lower(url);
}

// Character references left in metadata text (JSON-LD strings and meta contents that were
// escaped twice: "&#8211;", "&amp;#038;"): numeric ones and the five of XML, decoded.
std::string decode_refs_once(std::string_view text) {
  static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
      {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", "\xC2\xA0"}};
  std::string out;
  size_t i = 0;
  while (i < text.size()) {
    const size_t semi = text[i] == '&' ? text.find(';', i) : std::string_view::npos;
    if (semi == std::string_view::npos || semi - i > 10) {
      out += text[i++];
      continue;
    }
    const std::string_view name = text.substr(i + 1, semi - i - 1);
    std::string replacement;
    if (name.size() > 1 && name[0] == '#') {
      const bool hex = name[1] == 'x' || name[1] == 'X';
      uint32_t code = 0;
      bool ok = name.size() > (hex ? 2u : 1u);
      for (size_t k = hex ? 2 : 1; ok && k < name.size(); ++k) {
        const char c = name[k];
        const int digit = util::ascii::is_digit(c) ? c - '0'
                          : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                          : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        ok = digit >= 0 && code < 0x110000;
        code = code * (hex ? 16 : 10) + static_cast<uint32_t>(digit);
      }
      if (ok && code > 0 && code < 0x110000 && (code < 0xD800 || code > 0xDFFF)) util::append_utf8(replacement, code);
    } else {
      for (const auto& [entity, value] : kNamed) {
        if (name == entity) replacement = value;
      }
    }
    if (replacement.empty()) {
      out += text[i++];
      continue;
    }
    out += replacement;
    i = semi + 1;
  }
  return out;
}

std::string decode_char_refs(std::string_view text) {
  std::string once = decode_refs_once(text);
  // "&amp;#8211;" decodes to "&#8211;": once more.
  return once.find('&') != std::string::npos && once != text ? decode_refs_once(once) : once;
}

// "Headline | Site" -> "Headline": the title without a part at its end or start that is the
// site's name (og:site_name, the host), or a part that is the page's <h1>. A short last part
// (four words at most) goes as well after " | ", " :: " or " » ", which set off a site's name,
// and after a dash when it is the only one: several dashes join the parts of a headline
// ("Office 365 - HBDI - the third").
std::string strip_site_name(std::string_view title, const PageFacts& facts) {
  title = util::ascii::trim(title);
  const std::vector<std::string_view> parts = title_parts(title);
  if (parts.size() <= 1) return std::string(title);
  for (const auto part : parts) {
    if (util::ascii::iequals(part, facts.first_h1)) return std::string(part);
  }
  const std::string site = text::fold_case(first_meta(facts, {"og:site_name", "application-name"}));
  const std::string host = host_of(facts.canonical);
  const auto is_site = [&](std::string_view part) {
    const std::string lower = text::fold_case(part);
    return (!site.empty() && (lower == site || site.find(lower) != std::string::npos)) ||
           (!host.empty() && (lower == host || host.find(lower) != std::string::npos));
  };
  static constexpr std::string_view kSeparators[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ",
                                                     " :: ", " \xC2\xBB ", " \xC2\xAB ", " / ", " \xC2\xB7 "};
  for (const auto sep : kSeparators) {
    const size_t first = title.find(sep);
    if (first == std::string_view::npos) continue;
    const size_t last = title.rfind(sep);
    const std::string_view head = util::ascii::trim(title.substr(0, last));
    const std::string_view tail = util::ascii::trim(title.substr(last + sep.size()));
    if (is_site(tail)) return std::string(head);
    const std::string_view lead = util::ascii::trim(title.substr(0, first));
    if (is_site(lead)) return std::string(util::ascii::trim(title.substr(first + sep.size())));
    const bool site_separator = sep == " | " || sep == " :: " || sep == " \xC2\xBB " || sep == " \xC2\xB7 ";
    const size_t tail_words = static_cast<size_t>(std::count(tail.begin(), tail.end(), ' ')) + 1;
    if (tail_words <= 4 && (site_separator || first == last)) return std::string(head);
    return std::string(title);
  }
  return std::string(title);
}

// Text compared loosely: case-folded, runs of anything but letters and digits made one space.
std::string loose(std::string_view text) {
  std::string out;
  bool gap = false;
  for (const char c : text) {
    const bool keep = util::ascii::is_alnum(c) || static_cast<unsigned char>(c) >= 0x80;
    if (!keep) {
      gap = !out.empty();
      continue;
    }
    if (gap) out += ' ';
    gap = false;
    out += c;
  }
  return text::fold_case(out);
}

// The heading that the page's title (og:title, else <title>) repeats: a heading equal to the
// title or to one of its parts, or the longest heading the title starts with or contains. Pages
// use <h1> and <h2> for the site's name, sections and teasers as well as for the headline; the
// title names the page itself.
std::string heading_in_title(const PageFacts& facts, std::string_view title) {
  const std::string whole = loose(title);
  if (whole.empty()) return {};
  std::string best;
  size_t best_size = 0;
  for (const auto& heading : facts.headings) {
    const std::string h = loose(heading);
    // Short headings ("News", "Menu") are found in any title by chance.
    if (h.size() < 12 || heading.size() >= 400) continue;
    if (h == whole) return heading;
    if (whole.find(h) != std::string::npos && h.size() > best_size) {
      best = heading;
      best_size = h.size();
    }
  }
  // A heading that covers under half the title is a section or site name inside it.
  return best_size * 2 >= whole.size() ? best : std::string();
}

// The headline: JSON-LD's, else the heading the page's title repeats, else the page's one <h1>
// when it is not the site's name, else og:title or <title> without the site's name.
// A host name written as a title's part: one word with a dot before two or more letters at its
// end ("Example.org", "news.example.co").
bool looks_like_host(std::string_view part) {
  const size_t dot = part.rfind('.');
  if (part.find(' ') != std::string_view::npos || dot == std::string_view::npos || dot == 0) return false;
  const std::string_view tld = part.substr(dot + 1);
  return tld.size() >= 2 && std::all_of(tld.begin(), tld.end(), [](char c) { return util::ascii::is_alpha(c); });
}

// JSON-LD's headline without a site's name or address after " | " ("Headline | Example.org"),
// and without a section label before the page's one <h1> when the headline is that label and
// the <h1> ("Local news: Pier closes" over an <h1> "Pier closes"): the headline as the page
// shows it.
std::string linked_headline(const PageFacts& facts) {
  std::string headline = facts.linked->headline;
  if (const size_t bar = headline.rfind(" | "); bar != std::string::npos) {
    const std::string_view tail = util::ascii::trim(std::string_view(headline).substr(bar + 3));
    const std::string site = loose(first_meta(facts, {"og:site_name", "application-name"}));
    if (looks_like_host(tail) || (!site.empty() && loose(tail) == site)) headline.resize(bar);
  }
  const std::string h1 = loose(facts.first_h1);
  const std::string whole = loose(headline);
  // The <h1> covers most of the headline: a label of a few words before it, not a second clause.
  if (facts.h1_count == 1 && h1.size() >= 12 && whole.size() > h1.size() && whole.ends_with(" " + h1) &&
      h1.size() * 3 >= whole.size() * 2) {
    const size_t colon = headline.find(": ");
    if (colon != std::string::npos && loose(headline.substr(colon + 2)) == h1) return facts.first_h1;
  }
  return headline;
}

// The page's one <h1> restates the linked data's headline in other words: it shares a word of
// kMinSharedWordBytes bytes or more with it ("Wine decanting: all you need to know" over JSON-LD's
// "Wine decanting: everything in brief"). Pages write the JSON-LD headline for search engines
// (shortened, cut with "...", straight quotes); the reader sees the <h1>. An <h1> that shares no word is the site's or the blog's name; an <h1> inside the
// headline is a part of it (linked_headline decides).
bool h1_restates(const PageFacts& facts, std::string_view headline) {
  if (facts.h1_count != 1 || facts.first_h1.empty() || facts.first_h1.size() >= 400) return false;
  const std::string h1 = loose(facts.first_h1);
  const std::string linked = loose(headline);
  // An <h1> that is the headline or a part of it was weighed by linked_headline already.
  if (linked.find(h1) != std::string::npos) return false;
  const auto words = [](const std::string& text) {
    std::vector<std::string_view> out;
    size_t pos = 0;
    while (pos < text.size()) {
      size_t end = text.find(' ', pos);
      if (end == std::string::npos) end = text.size();
      if (end - pos >= kMinSharedWordBytes) out.push_back(std::string_view(text).substr(pos, end - pos));
      pos = end + 1;
    }
    return out;
  };
  const auto theirs = words(linked);
  for (const auto word : words(h1)) {
    if (std::find(theirs.begin(), theirs.end(), word) != theirs.end()) return true;
  }
  return false;
}

std::string choose_title(const PageFacts& facts) {
  if (facts.linked && !facts.linked->headline.empty()) {
    std::string headline = linked_headline(facts);
    if (h1_restates(facts, headline)) return facts.first_h1;
    return headline;
  }
  const std::string og = first_meta(facts, {"og:title", "twitter:title"});
  const std::string& page_title = og.empty() ? facts.title : og;
  if (std::string heading = heading_in_title(facts, page_title); !heading.empty()) return heading;
  const std::string site = loose(first_meta(facts, {"og:site_name", "application-name"}));
  const std::string h1 = loose(facts.first_h1);
  const bool h1_is_site = !h1.empty() && ((!site.empty() && site.find(h1) != std::string::npos) ||
                                          loose(host_of(facts.canonical)).find(h1) != std::string::npos);
  if (facts.h1_count == 1 && !facts.first_h1.empty() && facts.first_h1.size() < 400 && !h1_is_site) {
    return facts.first_h1;
  }
  if (!og.empty()) return strip_site_name(og, facts);
  return strip_site_name(facts.title, facts);
}

std::vector<std::string> unique(std::vector<std::string> names) {
  std::vector<std::string> out;
  for (auto& name : names) {
    if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(std::move(name));
  }
  return out;
}

// The texts of a page's text nodes around its headline (the first <h1>), in page order: up to
// kLinesBeforeHeadline before it and kLinesAfterHeadline after it; scripts and styles left out.
struct HeadlineLines {
  std::vector<std::string> before;
  std::vector<std::string> inside;  // the headline's own text nodes (a date set in a <small>)
  std::vector<std::string> after;
};

HeadlineLines lines_near_headline(const GumboNode* root, const GumboNode* headline) {
  HeadlineLines lines;
  if (headline == nullptr) return lines;
  bool inside = false;
  bool passed = false;
  walk(
      root,
      [&](const GumboNode* node) {
        if (passed && lines.after.size() >= kLinesAfterHeadline) return false;
        if (node == headline) {
          inside = true;
          return true;
        }
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
          std::string text;
          append_collapsed(text, node->v.text.text);
          text = std::string(util::ascii::trim(text));
          if (text.empty()) return false;
          if (passed) {
            lines.after.push_back(std::move(text));
          } else if (inside) {
            lines.inside.push_back(std::move(text));
          } else {
            lines.before.push_back(std::move(text));
            if (lines.before.size() > kLinesBeforeHeadline) lines.before.erase(lines.before.begin());
          }
          return false;
        }
        if (node->type == GUMBO_NODE_DOCUMENT) return true;
        if (node->type != GUMBO_NODE_ELEMENT) return false;
        const GumboTag tag = node->v.element.tag;
        return tag != GUMBO_TAG_SCRIPT && tag != GUMBO_TAG_STYLE && tag != GUMBO_TAG_TEMPLATE &&
               tag != GUMBO_TAG_NOSCRIPT;
      },
      [&](const GumboNode* node) {
        if (node == headline) {
          inside = false;
          passed = true;
        }
      });
  return lines;
}

// A name as a byline near the headline gives it: one to kMaxBylineNameWords words, each starting
// with a capital (or a letter outside ASCII, whose case is not checked here) or a lowercase
// particle between them ("Walter von Aachen"), no digits.
bool looks_like_name(std::string_view name) {
  size_t words = 0;
  size_t i = 0;
  while (i < name.size()) {
    while (i < name.size() && name[i] == ' ') ++i;
    size_t end = i;
    while (end < name.size() && name[end] != ' ') ++end;
    if (end == i) break;
    const std::string_view word = name.substr(i, end - i);
    ++words;
    const auto first = static_cast<unsigned char>(word.front());
    const bool capital = util::ascii::is_upper(word.front()) || first >= 0x80;
    if (!capital && (words == 1 || !is_name_particle(word))) return false;
    if (std::any_of(word.begin(), word.end(), [](char c) { return util::ascii::is_digit(c); })) return false;
    i = end;
  }
  return words >= 1 && words <= kMaxBylineNameWords;
}

// A byline in the lines after the headline: a line that starts with a byline word or label and
// goes on to a name ("By Jane Okafor", "Von Lisa Petrich"), or a line that ends with one
// ("Ein Artikel von", "| By", "Text:") followed by a line that is the name.
std::vector<std::string> byline_near_headline(const std::vector<std::string>& lines) {
  const auto words_of = [](std::string_view line) {
    std::vector<std::string_view> words;
    size_t i = 0;
    while (i < line.size()) {
      while (i < line.size() && (line[i] == ' ' || line[i] == '|')) ++i;
      size_t end = i;
      while (end < line.size() && line[end] != ' ') ++end;
      if (end > i) words.push_back(line.substr(i, end - i));
      i = end;
    }
    return words;
  };
  const auto names_of = [](std::string_view text) {
    std::vector<std::string> names;
    split_authors(text, names);
    const bool ok = !names.empty() && std::all_of(names.begin(), names.end(), [](const std::string& n) {
      return looks_like_name(n);
    });
    return ok ? names : std::vector<std::string>();
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    const auto words = words_of(lines[i]);
    if (words.empty()) continue;
    if (is_byline_word(words.back()) && i + 1 < lines.size()) {
      if (auto names = names_of(lines[i + 1]); !names.empty()) return names;
    }
    if (words.size() >= 2 && is_byline_word(words.front())) {
      if (auto names = names_of(lines[i]); !names.empty()) return names;
    }
  }
  return {};
}

// Letters and digits of a text, case-folded: "L-MAG" -> "lmag", "www.example.org" -> "wwwexampleorg".
std::string compact(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (util::ascii::is_alnum(c) || static_cast<unsigned char>(c) >= 0x80) out += c;
  }
  return text::fold_case(out);
}

// An author that is the site itself: its name (og:site_name, application-name, JSON-LD's
// publisher), its host ("laola1.at"), or a name of three words or more one of whose words is the
// host's name ("DITIB - Türkisch-Islamische Union ..."). Pages fill the author field with the
// publisher when no person is named there; a person's name that is a blog's address stays
// (a name of one or two words).
bool is_site_author(std::string_view author, const PageFacts& facts) {
  const std::string a = compact(author);
  if (a.size() < 3) return false;
  std::vector<std::string> sites = {compact(first_meta(facts, {"og:site_name"})),
                                    compact(first_meta(facts, {"application-name"}))};
  if (facts.linked) sites.push_back(compact(facts.linked->publisher));
  const std::string host = host_of(facts.canonical.empty() ? first_meta(facts, {"og:url"}) : facts.canonical);
  sites.push_back(compact(host));
  // Containment in either direction ("www.example.org" holds "Example"; "Example Verlag GmbH"
  // holds "Example"), but a short name inside a long site name ("Ann" in "Annapolis Times") is
  // a person's: the contained name covers half the other at least.
  for (const auto& site : sites) {
    if (site.size() < 3) continue;
    if (site == a || (site.find(a) != std::string::npos && a.size() * 2 >= site.size()) ||
        (a.find(site) != std::string::npos && site.size() * 2 >= a.size())) {
      return true;
    }
  }
  const std::string label = compact(host.substr(0, host.find('.')));
  size_t words = 0;
  bool host_word = false;
  size_t i = 0;
  while (i < author.size()) {
    while (i < author.size() && author[i] == ' ') ++i;
    size_t end = i;
    while (end < author.size() && author[end] != ' ') ++end;
    if (end == i) break;
    ++words;
    host_word = host_word || (label.size() >= 3 && compact(author.substr(i, end - i)) == label);
    i = end;
  }
  return words >= 3 && host_word;
}

// The lines of the main text's first `at_start` and last `at_end` paragraphs, where a byline or a
// date line is written as a paragraph of its own.
std::vector<std::string> edge_lines_of_text(std::string_view main_text, size_t at_start, size_t at_end) {
  // Each line with the number of its paragraph (paragraphs are set off by a blank line).
  std::vector<std::pair<size_t, std::string_view>> lines;
  size_t paragraph = 0;
  for (size_t pos = 0; pos <= main_text.size();) {
    const size_t end = std::min(main_text.find('\n', pos), main_text.size());
    const std::string_view line = trim_space(main_text.substr(pos, end - pos));
    if (line.empty()) {
      ++paragraph;
    } else {
      lines.emplace_back(paragraph, line);
    }
    pos = end + 1;
  }
  const size_t paragraphs = lines.empty() ? 0 : lines.back().first + 1;
  std::vector<std::string> out;
  for (const auto& [index, line] : lines) {
    if (index < at_start || index + at_end >= paragraphs) out.emplace_back(line);
  }
  return out;
}

// The authors: from the first source that names someone other than the site, in the order
// JSON-LD, author meta tags, rel=author, elements marked as the author, a byline near the
// headline, a byline paragraph of the main text; else the site's name when a source gives only
// that (the page names no person).
// A social-media handle ("@NewsDesk") is no name.
std::vector<std::string> choose_authors(const PageFacts& facts, const HeadlineLines& lines,
                                        std::string_view main_text) {
  std::vector<std::string> site_named;
  const auto people = [&](std::vector<std::string> names) {
    std::vector<std::string> kept;
    for (auto& name : names) {
      if (name.starts_with('@')) continue;
      if (is_site_author(name, facts)) {
        if (site_named.empty()) site_named.push_back(name);
        continue;
      }
      kept.push_back(std::move(name));
    }
    return unique(std::move(kept));
  };
  std::vector<std::string> texts;
  if (facts.linked && !facts.linked->authors.empty()) {
    std::vector<std::string> names;
    for (const auto& author : facts.linked->authors) split_authors(author, names);
    if (auto kept = people(std::move(names)); !kept.empty()) return kept;
  }
  const std::string named = first_meta(facts, {"author", "article:author", "dc.creator", "byl",
                                               "parsely-author", "sailthru.author", "og:article:author"});
  if (!named.empty() && !looks_like_url(named)) texts.push_back(named);
  if (!facts.rel_author.empty()) texts.push_back(facts.rel_author);
  texts.insert(texts.end(), facts.marked_authors.begin(), facts.marked_authors.end());
  for (const auto& text : texts) {
    std::vector<std::string> names;
    split_authors(text, names);
    if (auto kept = people(std::move(names)); !kept.empty()) return kept;
  }
  if (auto kept = people(byline_near_headline(lines.after)); !kept.empty()) return kept;
  if (auto kept = people(byline_near_headline(
          edge_lines_of_text(main_text, kBylineParagraphsAtStart, kBylineParagraphsAtEnd))); !kept.empty()) return kept;
  return site_named;
}

// Today (UTC) by the system clock: a page cannot be published after it was read.
CivilDate today() {
  const auto now = std::chrono::system_clock::now().time_since_epoch();
  return CivilDate::from_days_since_epoch(std::chrono::duration_cast<std::chrono::hours>(now).count() / 24);
}

bool plausible(const CivilDate& date, const CivilDate& latest) {
  return date.year >= kFirstPublicationYear && date <= latest;
}

// Month names of a language from CLDR (ICU): wide and abbreviated, format and stand-alone forms,
// lowercased, without a final dot; index i is month i + 1.
std::vector<std::vector<std::string>> month_names(const std::string& language) {
  std::vector<std::vector<std::string>> months(12);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale locale(language.c_str());
  const icu::DateFormatSymbols symbols(locale, status);
  if (U_FAILURE(status)) return months;
  for (const auto context : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE}) {
    for (const auto width : {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
      int32_t count = 0;
      const icu::UnicodeString* names = symbols.getMonths(count, context, width);
      for (int32_t i = 0; i < count && i < 12; ++i) {
        std::string raw;
        names[i].toUTF8String(raw);
        std::string utf8 = text::fold_case(raw);
        while (!utf8.empty() && utf8.back() == '.') utf8.pop_back();
        if (utf8.size() >= 3) months[static_cast<size_t>(i)].push_back(std::move(utf8));
      }
    }
  }
  return months;
}

// A date written with the month names of the page's language: "6. August 2009", "23 juillet
// 2017", "julio 5, 2019". English dates are read by match_date.
using MonthNames = std::vector<std::vector<std::string>>;

std::optional<CivilDate> localized_date(std::string_view text, const MonthNames& months) {
  if (months.empty()) return std::nullopt;
  std::vector<std::string> words;
  std::string word;
  for (const char c : text) {
    if (util::ascii::is_space(c) || c == ',' || c == '.' || c == '/' || c == '|') {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  const auto number = [](const std::string& w, int low, int high) {
    if (w.empty() || w.size() > 4 || !std::all_of(w.begin(), w.end(), [](char c) { return util::ascii::is_digit(c); })) return 0;
    const int value = std::stoi(w);
    return value >= low && value <= high ? value : 0;
  };
  const auto month_of = [&](const std::string& w) {
    const std::string lower = text::fold_case(w);
    for (size_t m = 0; m < months.size(); ++m) {
      for (const auto& name : months[m]) {
        if (lower == name) return static_cast<int>(m) + 1;
      }
    }
    return 0;
  };
  for (size_t i = 0; i + 2 < words.size(); ++i) {
    if (const int month = month_of(words[i + 1]); month > 0) {
      const int day = number(words[i], 1, 31);
      const int year = number(words[i + 2], 1800, 2199);
      const CivilDate date{year, month, day};
      if (day > 0 && year > 0 && date.valid()) return date;
    }
    if (const int month = month_of(words[i]); month > 0) {
      const int day = number(words[i + 1], 1, 31);
      const int year = number(words[i + 2], 1800, 2199);
      const CivilDate date{year, month, day};
      if (day > 0 && year > 0 && date.valid()) return date;
    }
  }
  return std::nullopt;
}

// The first date written in a short text marked as a date ("Posted on 5 May 2021 by ...",
// "21.01.2009, 05:42"), unless the text is a copyright line, whose year is no publication's.
std::optional<CivilDate> visible_date(std::string_view text, const MonthNames& months) {
  const std::string lower = text::fold_case(text);
  if (lower.find("\xC2\xA9") != std::string::npos || lower.find("copyright") != std::string::npos ||
      lower.find("(c)") != std::string::npos) {
    return std::nullopt;
  }
  for (size_t i = 0; i < text.size(); ++i) {
    if (i > 0 && util::ascii::is_alnum(text[i - 1])) continue;
    if (!util::ascii::is_alnum(text[i])) continue;
    if (auto match = match_date(text.substr(i))) return match->date;
  }
  return localized_date(text, months);
}

// A meta tag named for the publication time by a plug-in's own prefix ("shareaholic:article_
// published_time", "cXenseParse:recs:publishtime"): the first whose name ends so.
std::string published_meta(const PageFacts& facts) {
  for (const auto& [name, content] : facts.meta) {
    if (content.empty()) continue;
    if (name.ends_with("published_time") || name.ends_with("publishtime") || name.ends_with("publish_date") ||
        name.ends_with("date_published") || name.ends_with("datepublished")) {
      return content;
    }
  }
  return {};
}

// The publication date, from the most to the least explicit source; a date in the future or
// before the web is a misreading and the next source is tried.
std::optional<CivilDate> choose_date(const PageFacts& facts, std::string_view url, const HeadlineLines& lines,
                                     const std::string& language, std::string_view main_text) {
  const CivilDate latest = CivilDate::from_days_since_epoch(today().days_since_epoch() + 1);
  std::vector<std::string> candidates = {
      first_meta(facts, {"article:published_time", "og:article:published_time"}),
      facts.linked ? facts.linked->date : std::string(),
      first_meta(facts, {"datepublished", "date", "pubdate", "publishdate", "publish-date",
                         "publish_date", "dc.date", "dc.date.issued", "dcterms.date",
                         "dcterms.created", "sailthru.date", "parsely-pub-date",
                         "article.published", "published_time"}),
      facts.time_published,
      published_meta(facts),
      facts.linked_any_date,
  };
  for (const auto& candidate : candidates) {
    if (candidate.empty()) continue;
    if (auto date = parse_metadata_date(candidate); date && plausible(*date, latest)) return date;
  }
  if (auto date = date_in_path(url); date && plausible(*date, latest)) return date;
  if (!facts.time_first.empty()) {
    if (auto date = parse_metadata_date(facts.time_first); date && plausible(*date, latest)) return date;
  }
  // CLDR's month names are read once per page (English dates are read by match_date).
  const MonthNames months = language.empty() || language == "en" ? MonthNames() : month_names(language);
  for (const auto& text : facts.marked_dates) {
    if (auto date = visible_date(text, months); date && plausible(*date, latest)) return date;
  }
  // A date line next to the headline: after it, then before it (a kicker), nearest first, then
  // in the headline's own element; a longer text after it when it starts with a date (a
  // dateline: "27.1.2022 - At the memorial ...").
  const auto line_date = [&](const std::string& text) -> std::optional<CivilDate> {
    std::optional<CivilDate> date;
    if (text.size() <= kMaxMarkedDateBytes) {
      date = visible_date(text, months);
    } else if (auto match = match_date(text)) {
      date = match->date;
    }
    return date && plausible(*date, latest) ? date : std::nullopt;
  };
  for (const auto& text : lines.after) {
    if (auto date = line_date(text)) return date;
  }
  for (auto it = lines.before.rbegin(); it != lines.before.rend(); ++it) {
    if (auto date = line_date(*it)) return date;
  }
  for (const auto& text : lines.inside) {
    if (auto date = line_date(text)) return date;
  }
  // A date line opening the main text (a page without an <h1>, or a date set apart from it).
  for (const auto& text : edge_lines_of_text(main_text, kDateParagraphsAtStart, 0)) {
    if (auto date = line_date(text)) return date;
  }
  return std::nullopt;
}

// The language of the page's month names: its lang attribute, else the language its meta tags
// declare, else the one its main text is in.
std::string page_language(const PageFacts& facts, std::string_view main_text) {
  std::string declared = facts.language;
  if (declared.empty()) declared = util::ascii::lower(first_meta(facts, {"content-language", "og:locale", "language", "dc.language"}));
  if (declared.empty()) declared = detect_language(main_text).value_or(std::string());
  return declared.substr(0, declared.find_first_of("-_"));
}

}  // namespace

ArticleMeta page_metadata(const GumboNode* root, std::string_view main_text) {
  const PageFacts facts = gather(root);
  const HeadlineLines lines = lines_near_headline(root, facts.first_h1_node);
  ArticleMeta meta;
  meta.title = decode_char_refs(choose_title(facts));
  meta.authors = choose_authors(facts, lines, main_text);
  for (auto& author : meta.authors) author = decode_char_refs(author);
  meta.url = !facts.canonical.empty() ? facts.canonical : first_meta(facts, {"og:url"});
  if (meta.url.empty() && facts.linked) meta.url = facts.linked->url;
  meta.date = choose_date(facts, meta.url, lines, page_language(facts, main_text), main_text);
  if (meta.date) meta.date_basis = DateBasis::kMetadata;
  meta.source = first_meta(facts, {"og:site_name", "application-name"});
  if (meta.source.empty() && facts.linked) meta.source = facts.linked->publisher;
  const std::string language = facts.language.substr(0, facts.language.find_first_of("-_"));
  if (language.size() >= 2 && language.size() <= 3) meta.language = language;
  return meta;
}

}  // namespace dossier::ingest::html
