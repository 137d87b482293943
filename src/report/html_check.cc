#include "report/html_check.h"

#include "util/ascii.h"

#include <cctype>

namespace dossier::report::testing {
namespace {

const std::set<std::string, std::less<>> kVoidElements = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr"};

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_' || c == ':';
}

class Reader {
 public:
  explicit Reader(std::string_view html) : html_(html) {}

  HtmlFacts run() {
    while (pos_ < html_.size()) {
      const size_t lt = html_.find('<', pos_);
      check_text(html_.substr(pos_, (lt == std::string_view::npos ? html_.size() : lt) - pos_));
      if (lt == std::string_view::npos) break;
      pos_ = lt;
      read_markup();
    }
    for (const auto& open : stack_) problem("<" + open + "> is never closed");
    for (const auto& target : links_) {
      if (!facts_.ids.contains(target)) problem("link to missing anchor #" + target);
    }
    return std::move(facts_);
  }

 private:
  void problem(std::string message) { facts_.problems.push_back(std::move(message)); }

  // Text may hold '&' only as the start of a character reference.
  void check_text(std::string_view text) {
    for (size_t amp = text.find('&'); amp != std::string_view::npos; amp = text.find('&', amp + 1)) {
      size_t end = amp + 1;
      if (end < text.size() && text[end] == '#') ++end;
      const size_t name_start = end;
      while (end < text.size() && std::isalnum(static_cast<unsigned char>(text[end])) != 0) ++end;
      if (end == name_start || end >= text.size() || text[end] != ';') {
        problem("bare '&' in \"" + std::string(text.substr(amp, 20)) + "\"");
      }
    }
  }

  void read_markup() {
    if (html_.substr(pos_, 4) == "<!--") {
      const size_t end = html_.find("-->", pos_);
      pos_ = end == std::string_view::npos ? html_.size() : end + 3;
      return;
    }
    if (html_.substr(pos_, 2) == "<!") {
      const size_t end = html_.find('>', pos_);
      pos_ = end == std::string_view::npos ? html_.size() : end + 1;
      return;
    }
    if (html_.substr(pos_, 2) == "</") {
      read_end_tag();
    } else {
      read_start_tag();
    }
  }

  std::string read_name() {
    const size_t start = pos_;
    while (pos_ < html_.size() && is_name_char(html_[pos_])) ++pos_;
    return util::ascii::lower(html_.substr(start, pos_ - start));
  }

  void read_end_tag() {
    pos_ += 2;
    const std::string name = read_name();
    if (pos_ >= html_.size() || html_[pos_] != '>') problem("malformed </" + name);
    ++pos_;
    if (stack_.empty() || stack_.back() != name) {
      problem("</" + name + "> closes <" + (stack_.empty() ? "nothing" : stack_.back()) + ">");
      return;
    }
    stack_.pop_back();
  }

  void read_start_tag() {
    ++pos_;
    const std::string tag = read_name();
    if (tag.empty()) {
      problem("bare '<' in text");
      return;
    }
    if (tag == "link" || tag == "img" || tag == "iframe" || tag == "object" || tag == "embed") {
      problem("<" + tag + "> may load an external resource");
    }
    while (pos_ < html_.size() && html_[pos_] != '>') {
      if (html_[pos_] == ' ') {
        ++pos_;
        continue;
      }
      if (!read_attribute(tag)) return;
    }
    ++pos_;
    if (tag == "script" || tag == "style") {
      skip_raw_text(tag);
      return;
    }
    if (!kVoidElements.contains(tag)) stack_.push_back(tag);
  }

  // name or name="value"; false (with a problem) when the syntax is broken.
  bool read_attribute(const std::string& tag) {
    const std::string name = read_name();
    if (name.empty()) {
      problem("bad attribute syntax in <" + tag + ">");
      pos_ = html_.find('>', pos_);
      if (pos_ == std::string_view::npos) pos_ = html_.size();
      return false;
    }
    if (pos_ >= html_.size() || html_[pos_] != '=') return true;
    if (pos_ + 1 >= html_.size() || html_[pos_ + 1] != '"') {
      problem("unquoted attribute " + name + " in <" + tag + ">");
      return false;
    }
    const size_t start = pos_ + 2;
    const size_t end = html_.find('"', start);
    if (end == std::string_view::npos) {
      problem("unterminated attribute " + name);
      pos_ = html_.size();
      return false;
    }
    const std::string_view value = html_.substr(start, end - start);
    pos_ = end + 1;
    if (value.find('<') != std::string_view::npos) problem("raw '<' in attribute " + name);
    check_text(value);
    note_attribute(tag, name, value);
    return true;
  }

  void note_attribute(const std::string& tag, const std::string& name, std::string_view value) {
    if (name == "id" && !facts_.ids.insert(std::string(value)).second) {
      problem("repeated id \"" + std::string(value) + "\"");
    }
    if (name == "src") problem("<" + tag + " src> loads an external resource");
    if (name == "href" && value.starts_with("#")) {
      ++facts_.internal_links;
      links_.emplace_back(value.substr(1));
    } else if (name == "href" && tag != "a") {
      problem("<" + tag + " href> loads an external resource");
    }
  }

  void skip_raw_text(const std::string& tag) {
    const std::string close = "</" + tag + ">";
    const size_t end = html_.find(close, pos_);
    if (end == std::string_view::npos) {
      problem("<" + tag + "> is never closed");
      pos_ = html_.size();
      return;
    }
    const std::string_view body = html_.substr(pos_, end - pos_);
    if (body.find("@import") != std::string_view::npos || body.find("url(") != std::string_view::npos ||
        body.find("fetch(") != std::string_view::npos || body.find("http") != std::string_view::npos) {
      problem("<" + tag + "> refers to something outside the page");
    }
    pos_ = end + close.size();
  }

  std::string_view html_;
  size_t pos_ = 0;
  std::vector<std::string> stack_;
  std::vector<std::string> links_;
  HtmlFacts facts_;
};

}  // namespace

HtmlFacts check_html(std::string_view html) { return Reader(html).run(); }

}  // namespace dossier::report::testing
