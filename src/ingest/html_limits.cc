#include "ingest/html_limits.h"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <vector>

#include "util/ascii.h"

namespace dossier::ingest {
namespace {

// Why the limits exist: gumbo's tree construction scans the stack of open elements and the list
// of active formatting elements for many tags, so its time grows with depth times tags. Measured
// with gumbo 0.10.1 on this machine: 10,000 nested <div> take 0.2 s, 40,000 take 4.6 s, 100,000
// (1.1 MB) two minutes; 20,000 paragraphs each opening a distinct <b> 5 s, and 20,000 open <b>
// followed by 1,000 paragraphs more than a minute (each paragraph re-opens every <b>). Real
// articles nest fewer than 60 elements and leave a handful of formatting elements open, so 256
// and 32 lose nothing real and make the parse linear. HtmlLimits::max_tags bounds memory (gumbo
// keeps about 200 bytes per node) and the work of this scan (at most max_depth steps per tag):
// 400,000 tags are ten times a long news page.
constexpr size_t kMaxOpenFormatting = 32;
// How far below the top of the stack an optional-end element (<p>, <li>...) looks for one of its
// kind to close: a constant, so that each tag costs O(1).
constexpr size_t kImpliedEndWindow = 16;

constexpr std::array<std::string_view, 14> kVoid = {"area", "base", "br", "col", "embed", "hr",
                                                    "img", "input", "keygen", "link", "meta",
                                                    "param", "source", "track"};
constexpr std::array<std::string_view, 9> kRawText = {"script", "style", "textarea", "title", "xmp",
                                                      "iframe", "noembed", "noframes", "plaintext"};
constexpr std::array<std::string_view, 14> kFormatting = {"a", "b", "big", "code", "em", "font",
                                                          "i", "nobr", "s", "small", "strike",
                                                          "strong", "tt", "u"};
// Elements of the HTML "special" category that can be open (void and raw-text ones never are):
// an end tag for another element does not close past them.
constexpr std::array<std::string_view, 58> kSpecial = {
    "address", "applet", "article", "aside", "blockquote", "body", "button", "caption", "center",
    "colgroup", "dd", "details", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
    "footer", "form", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup",
    "html", "li", "listing", "main", "marquee", "menu", "nav", "noscript", "object", "ol", "p",
    "pre", "section", "select", "summary", "table", "tbody", "td", "template", "tfoot", "th",
    "thead", "tr", "ul", "svg", "math", "foreignobject"};
// The default scope: an end tag of a special element closes up to it, but not past these.
constexpr std::array<std::string_view, 12> kScope = {"applet", "caption", "html", "table", "td",
                                                     "th", "marquee", "object", "template",
                                                     "svg", "math", "foreignobject"};
// Start tags that close an open element of their kind; others (option, tr, td...) are closed
// here only when they are the current element.
constexpr std::array<std::string_view, 4> kClosesItsKind = {"p", "li", "dt", "dd"};
constexpr std::array<std::string_view, 8> kClosesCurrent = {"option", "optgroup", "tr", "td",
                                                            "th", "rb", "rt", "rp"};

template <size_t N>
bool contains(const std::array<std::string_view, N>& set, std::string_view name) {
  return std::find(set.begin(), set.end(), name) != set.end();
}

bool is_name_char(char c) { return util::ascii::is_alnum(c) || c == '-' || c == ':' || c == '_'; }

// Offset just past the '>' closing the tag whose name ends at `at`; quoted attribute values may
// hold '>'. The end of the input when there is none.
size_t tag_end(std::string_view html, size_t at) {
  while (at < html.size()) {
    const char c = html[at++];
    if (c == '>') return at;
    if (c != '=') continue;
    while (at < html.size() && util::ascii::is_space(html[at])) ++at;
    if (at < html.size() && (html[at] == '"' || html[at] == '\'')) {
      const size_t close = html.find(html[at], at + 1);
      if (close == std::string_view::npos) return html.size();
      at = close + 1;
    }
  }
  return html.size();
}

// Offset of "</name" (any case) at or after `from`, or the end of the input.
size_t find_end_tag(std::string_view html, size_t from, std::string_view name) {
  for (size_t at = html.find("</", from); at != std::string_view::npos; at = html.find("</", at + 2)) {
    if (html.size() - at - 2 >= name.size() && util::ascii::iequals(html.substr(at + 2, name.size()), name) &&
        (at + 2 + name.size() == html.size() || !is_name_char(html[at + 2 + name.size()]))) {
      return at;
    }
  }
  return html.size();
}

class Bounder {
 public:
  Bounder(std::string_view html, const HtmlLimits& limits) : html_(html), limits_(limits) {
    out_.html.reserve(html.size());
  }

  BoundedHtml run() {
    size_t pos = 0;
    while (pos < html_.size()) {
      const size_t lt = html_.find('<', pos);
      if (lt == std::string_view::npos) {
        copy(pos, html_.size());
        break;
      }
      copy(pos, lt);
      pos = markup(lt);
      if (out_.cut) break;
    }
    return std::move(out_);
  }

 private:
  void copy(size_t begin, size_t end) { out_.html.append(html_.substr(begin, end - begin)); }

  // Handles the markup at html_[lt] == '<' and returns where the scan goes on.
  size_t markup(size_t lt) {
    const std::string_view rest = html_.substr(lt);
    if (rest.starts_with("<!--")) {
      const size_t close = html_.find("-->", lt + 4);
      const size_t end = close == std::string_view::npos ? html_.size() : close + 3;
      copy(lt, end);
      return end;
    }
    const bool end_tag = rest.size() > 2 && rest[1] == '/' && util::ascii::is_alpha(rest[2]);
    const bool start_tag = rest.size() > 1 && util::ascii::is_alpha(rest[1]);
    if (rest.size() > 1 && (rest[1] == '!' || rest[1] == '?' || rest[1] == '/') && !end_tag) {
      const size_t close = html_.find('>', lt);
      const size_t end = close == std::string_view::npos ? html_.size() : close + 1;
      copy(lt, end);
      return end;
    }
    if (!start_tag && !end_tag) {
      copy(lt, lt + 1);
      return lt + 1;
    }
    size_t name_end = lt + (end_tag ? 2 : 1);
    const size_t name_begin = name_end;
    while (name_end < html_.size() && is_name_char(html_[name_end])) ++name_end;
    const std::string name = util::ascii::lower(html_.substr(name_begin, name_end - name_begin));
    const size_t end = tag_end(html_, name_end);
    // Every tag counts towards the limit: each costs at most max_depth steps here.
    if (++tags_ > limits_.max_tags) {
      out_.cut = true;
      out_.cut_at = lt;
      return html_.size();
    }
    if (end_tag) {
      close(name, lt, end);
      return end;
    }
    return open(name, lt, end);
  }

  size_t open(const std::string& name, size_t lt, size_t end) {
    // "/>" closes an element only inside SVG and MathML; <div/> opens a div.
    const bool self_closing = end >= 2 && html_[end - 2] == '/' && in_foreign_content();
    if (contains(kRawText, name)) {
      const size_t close_tag = find_end_tag(html_, end, name);
      const size_t after = close_tag == html_.size() ? close_tag : tag_end(html_, close_tag + 2);
      copy(lt, after);
      return after;
    }
    if (contains(kVoid, name) || self_closing) {
      copy(lt, end);
      return end;
    }
    if (contains(kFormatting, name)) {
      if (open_formatting_ >= kMaxOpenFormatting) return drop(dropped_formatting_[name], end);
      ++open_formatting_;
      ++formatting_[name];
    }
    if (contains(kClosesItsKind, name)) close_implied(name);
    if (contains(kClosesCurrent, name) && !stack_.empty() && stack_.back() == name) pop_to(stack_.size() - 1);
    if (stack_.size() >= limits_.max_depth) return drop(dropped_deep_, end);
    stack_.push_back(name);
    ++open_[name];
    copy(lt, end);
    return end;
  }

  size_t drop(size_t& counter, size_t end) {
    ++counter;
    ++out_.flattened_tags;
    return end;
  }

  bool in_foreign_content() const {
    for (const char* name : {"svg", "math"}) {
      const auto it = open_.find(name);
      if (it != open_.end() && it->second > 0) return true;
    }
    return false;
  }

  // <p>, <li>, <dt>, <dd> close an open one of their kind near the top of the stack, as the tree
  // builder does: <p> not past a scope boundary or <button>, <li>/<dt>/<dd> not past a special
  // element other than address, div and p. Missing a close only overestimates the depth.
  void close_implied(const std::string& name) {
    const size_t floor = stack_.size() > kImpliedEndWindow ? stack_.size() - kImpliedEndWindow : 0;
    const bool paragraph = name == "p";
    for (size_t i = stack_.size(); i > floor; --i) {
      const std::string& open = stack_[i - 1];
      const bool same = open == name || (!paragraph && name != "li" && (open == "dt" || open == "dd"));
      if (same) {
        pop_to(i - 1);
        return;
      }
      if (paragraph ? contains(kScope, open) || open == "button"
                    : contains(kSpecial, open) && open != "address" && open != "div" && open != "p") {
        return;
      }
    }
  }

  // Where an end tag closes to, as the tree builder would, or npos when it closes nothing: an end
  // tag of a special element closes up to it within the scope, any other up to it unless a special
  // element is in between (<span><div></span> leaves both open). Walks at most max_depth.
  size_t end_tag_target(const std::string& name) const {
    const bool special = contains(kSpecial, name);
    for (size_t i = stack_.size(); i > 0; --i) {
      const std::string& open = stack_[i - 1];
      if (open == name) return i - 1;
      if (special ? contains(kScope, open) || (name == "li" && (open == "ul" || open == "ol"))
                  : contains(kSpecial, open)) {
        return std::string::npos;
      }
    }
    return std::string::npos;
  }

  void close(const std::string& name, size_t lt, size_t end) {
    if (contains(kFormatting, name)) {
      auto dropped = dropped_formatting_.find(name);
      if (dropped != dropped_formatting_.end() && dropped->second > 0) {
        --dropped->second;
        ++out_.flattened_tags;
        return;
      }
      auto open = formatting_.find(name);
      if (open != formatting_.end() && open->second > 0) {
        --open->second;
        --open_formatting_;
      }
    }
    // Elements dropped for depth are the innermost: their end tags come first.
    if (dropped_deep_ > 0) {
      --dropped_deep_;
      ++out_.flattened_tags;
      return;
    }
    const auto open = open_.find(name);
    if (open != open_.end() && open->second > 0) {
      if (const size_t target = end_tag_target(name); target != std::string::npos) pop_to(target);
    }
    copy(lt, end);
  }

  // Pops the stack down to size `size`.
  void pop_to(size_t size) {
    while (stack_.size() > size) {
      --open_[stack_.back()];
      stack_.pop_back();
    }
  }

  std::string_view html_;
  const HtmlLimits& limits_;
  BoundedHtml out_;
  std::vector<std::string> stack_;
  std::unordered_map<std::string, size_t> open_;        // per name: elements on stack_
  std::unordered_map<std::string, size_t> formatting_;  // per name: formatting elements not ended
  std::unordered_map<std::string, size_t> dropped_formatting_;
  size_t open_formatting_ = 0;
  size_t dropped_deep_ = 0;
  size_t tags_ = 0;
};

}  // namespace

BoundedHtml bound_html(std::string_view html, const HtmlLimits& limits) {
  return Bounder(html, limits).run();
}

}  // namespace dossier::ingest
