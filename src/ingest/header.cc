#include "ingest/header.h"

#include <algorithm>
#include <optional>
#include <utility>
#include <string>
#include <vector>

#include "text/fold.h"
#include "util/ascii.h"
#include "ingest/header_patterns.h"
#include "ingest/text_shape.h"

namespace dossier::ingest {
namespace {

using header::match_byline;
using header::match_credit_line;
using header::match_date_header;
using header::match_dateline;

// Header matter sits in the first few lines; past these the body has begun.
constexpr size_t kMaxTopLines = 8;
constexpr size_t kMaxHeadlineWords = 25;
constexpr size_t kMaxHeadlineBytes = 250;
constexpr size_t kMaxDeckWords = 60;
constexpr size_t kMaxAgencyLineWords = 4;
constexpr size_t kMaxSubheadWords = 8;
constexpr size_t kMaxSubheadBytes = 80;
constexpr size_t kMinProseBytes = 80;
constexpr size_t kMaxSeparatorBytes = 40;
constexpr size_t kNone = SIZE_MAX;

// A line with content; blank lines are kept only as a mark on the line after them, so that a
// text of many empty lines costs no memory.
struct Line {
  uint32_t begin = 0;  // the content, surrounding blanks excluded
  uint32_t end = 0;
  bool blank_before = false;  // a blank line (or the start of the text) separates it from the last
};

std::vector<Line> split_lines(std::string_view text) {
  std::vector<Line> lines;
  size_t pos = 0;
  bool blank_before = true;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view content = trim_space(text.substr(pos, end - pos));
    const size_t b = content.empty() ? pos : static_cast<size_t>(content.data() - text.data());
    const size_t e = b + content.size();
    if (b == e) {
      blank_before = true;
    } else {
      lines.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e), blank_before});
      blank_before = false;
    }
    pos = end + 1;
  }
  return lines;
}

// The line without closing quotes and brackets at its end.
std::string_view without_closers(std::string_view line) {
  for (;;) {
    if (line.ends_with("\xE2\x80\x9D") || line.ends_with("\xE2\x80\x99")) {
      line.remove_suffix(3);
    } else if (line.ends_with('"') || line.ends_with('\'') || line.ends_with(')')) {
      line.remove_suffix(1);
    } else {
      return line;
    }
  }
}

// Ends like a sentence: a full stop (not of an abbreviation such as "U.S."), "!", "?", ":", ";".
bool ends_sentence(std::string_view line) {
  line = without_closers(line);
  if (line.empty()) return false;
  const char last = line.back();
  if (last == '!' || last == '?' || last == ':' || last == ';' || last == ',') return true;
  if (last != '.') return false;
  const size_t space = line.find_last_of(' ');
  const std::string_view last_word = line.substr(space == std::string_view::npos ? 0 : space + 1);
  return last_word.find('.') == last_word.size() - 1;
}

bool same_text(std::string_view a, std::string_view b) {
  std::string x, y;
  for (const char c : a) {
    if (!util::ascii::is_space(c)) x += c;
  }
  for (const char c : b) {
    if (!util::ascii::is_space(c)) y += c;
  }
  return !x.empty() && text::fold_case(x) == text::fold_case(y);
}

class Recognizer {
 public:
  Recognizer(std::string_view text, ArticleMeta& meta)
      : text_(text), meta_(meta), lines_(split_lines(text)) {}

  void run() {
    const size_t body = top();
    if (body != kNone) {
      body_start(body);
      body_lines(body);
    }
    std::sort(spans_.begin(), spans_.end(),
              [](const HeaderSpan& a, const HeaderSpan& b) { return a.span < b.span; });
    meta_.header_spans = std::move(spans_);
  }

 private:
  std::string_view at(const Line& line) const {
    return text_.substr(line.begin, line.end - line.begin);
  }
  std::string_view at(size_t i) const { return at(lines_[i]); }

  size_t next_line(size_t i) const { return i + 1 < lines_.size() ? i + 1 : kNone; }

  void add(uint32_t begin, uint32_t end, BlockKind kind) {
    spans_.push_back({{begin, end}, kind});
  }
  void add(size_t i, BlockKind kind) { add(lines_[i].begin, lines_[i].end, kind); }

  void set_date(const CivilDate& date, std::string_view evidence) {
    if (meta_.date) return;
    meta_.date = date;
    meta_.date_basis = DateBasis::kText;
    meta_.date_evidence = std::string(evidence);
  }

  // The header lines at the top; returns the first body line, or kNone.
  size_t top() {
    bool headline_done = false;
    BlockKind previous = BlockKind::kBody;
    size_t i = lines_.empty() ? kNone : 0;
    for (size_t seen = 0; i != kNone && seen < kMaxTopLines; ++seen, i = next_line(i)) {
      const std::string_view line = at(i);
      BlockKind kind = BlockKind::kBody;
      if (const auto date = match_date_header(line, true)) {
        kind = BlockKind::kDateLine;
        set_date(date->date, line);
      } else if (const auto outlet = match_outlet_and_date(line)) {
        kind = BlockKind::kDateLine;
        set_date(outlet->second, line);
        if (meta_.source.empty()) meta_.source = std::string(outlet->first);
      } else if (auto byline = match_byline(line)) {
        kind = BlockKind::kByline;
        use_byline(*byline, line);
      } else if (previous == BlockKind::kByline && is_agency_line(line)) {
        kind = BlockKind::kHeader;
        if (meta_.source.empty()) meta_.source = std::string(line);
      } else if (!headline_done && is_headline(i)) {
        kind = BlockKind::kHeadline;
        headline_done = true;
        if (meta_.title.empty()) meta_.title = std::string(line);
      } else if (headline_done && is_deck(i)) {
        kind = BlockKind::kHeader;
      } else {
        return i;
      }
      add(i, kind);
      previous = kind;
    }
    return i;
  }

  void use_byline(header::BylineMatch& byline, std::string_view line) {
    if (meta_.authors.empty()) meta_.authors = std::move(byline.authors);
    if (meta_.source.empty()) meta_.source = std::move(byline.source);
    if (byline.date) set_date(*byline.date, line);
  }

  bool is_headline(size_t i) const {
    const std::string_view line = at(i);
    if (!meta_.title.empty()) return same_text(line, meta_.title);
    if (word_count(line) > kMaxHeadlineWords || line.size() > kMaxHeadlineBytes) return false;
    if (!starts_sentence(line) || !shape_of(line).has_letter) return false;
    if (ends_sentence(line) && !line.ends_with('?') && !line.ends_with('!')) return false;
    const size_t next = next_line(i);
    if (next == kNone) return false;
    // A hard-wrapped first sentence continues in lower case on the next line.
    if (!lines_[next].blank_before && !starts_sentence(at(next))) return false;
    return !match_dateline(line);
  }

  // A standfirst or a credit without a name ("Staff and wire reports") between the headline and a
  // byline or date line.
  bool is_deck(size_t i) const {
    const size_t next = next_line(i);
    if (next == kNone || word_count(at(i)) > kMaxDeckWords) return false;
    return match_byline(at(next)) || match_date_header(at(next), true) || match_outlet_and_date(at(next));
  }

  // "The Sarn Herald, November 7, 2025": an outlet's name (a few capitalised words) and a date.
  static std::optional<std::pair<std::string_view, CivilDate>> match_outlet_and_date(std::string_view line) {
    for (size_t comma = line.find(", "); comma != std::string_view::npos; comma = line.find(", ", comma + 1)) {
      const std::string_view outlet = line.substr(0, comma);
      if (!is_agency_line(outlet)) return std::nullopt;
      if (const auto date = match_date_header(line.substr(comma + 2), true)) return std::make_pair(outlet, date->date);
    }
    return std::nullopt;
  }

  // "Associated Press" under a byline: a few capitalised words.
  static bool is_agency_line(std::string_view line) {
    const size_t words = word_count(line);
    if (words == 0 || words > kMaxAgencyLineWords || ends_sentence(line)) return false;
    size_t pos = 0;
    while (pos < line.size()) {
      size_t end = line.find(' ', pos);
      if (end == std::string_view::npos) end = line.size();
      const WordShape shape = shape_of(line.substr(pos, end - pos));
      if (!shape.initial_upper || shape.has_digit) return false;
      pos = end + 1;
    }
    return true;
  }

  // The first body paragraph: a date header glued to it, then a dateline.
  void body_start(size_t i) {
    const Line line = lines_[i];
    uint32_t pos = line.begin;
    std::string_view rest = at(line);
    if (const auto date = match_date_header(rest, false)) {
      const auto end = static_cast<uint32_t>(pos + date->length);
      add(pos, end, BlockKind::kDateLine);
      set_date(date->date, text_.substr(pos, end - pos));
      pos = static_cast<uint32_t>(skip_blanks(text_, end));
      rest = text_.substr(pos, line.end - pos);
    }
    if (const auto dateline = match_dateline(rest)) {
      const auto end = static_cast<uint32_t>(pos + dateline->length);
      add(pos, end, BlockKind::kDateline);
      if (meta_.dateline.empty()) meta_.dateline = dateline->place;
      if (meta_.source.empty()) meta_.source = dateline->agency;
      if (dateline->date) set_date(*dateline->date, text_.substr(pos, end - pos));
    }
  }

  // Subheads, separators and the closing credit line after the first body line.
  void body_lines(size_t first) {
    size_t last = kNone;
    for (size_t i = first + 1; i < lines_.size(); ++i) {
      last = i;
      const std::string_view line = at(i);
      if (header::is_dash_subhead(line) || is_standalone_subhead(i)) {
        add(i, BlockKind::kSubhead);
      } else if (line.size() <= kMaxSeparatorBytes && !has_alnum(line)) {
        add(i, BlockKind::kHeader);
      }
    }
    if (last == kNone || (!spans_.empty() && spans_.back().span.begin == lines_[last].begin)) return;
    std::vector<std::string> reporters;
    if (match_credit_line(at(last), reporters)) {
      add(last, BlockKind::kHeader);
      if (meta_.authors.empty()) meta_.authors = std::move(reporters);
    }
  }

  bool is_prose(size_t i) const {
    return i != kNone && at(i).size() >= kMinProseBytes && ends_sentence(at(i));
  }

  // A short line standing alone between prose paragraphs, as subheads are laid out.
  bool is_standalone_subhead(size_t i) const {
    const std::string_view line = at(i);
    if (line.size() > kMaxSubheadBytes || word_count(line) > kMaxSubheadWords) return false;
    if (!starts_sentence(line) || ends_sentence(line) || line.ends_with('.')) return false;
    if (i == 0 || i + 1 >= lines_.size() || !lines_[i].blank_before ||
        !lines_[i + 1].blank_before) {
      return false;
    }
    return is_prose(i - 1) && is_prose(i + 1);
  }

  std::string_view text_;
  ArticleMeta& meta_;
  std::vector<Line> lines_;
  std::vector<HeaderSpan> spans_;
};

class HeaderStage final : public stage::DocumentStage {
 public:
  std::string_view name() const override { return "header"; }
  void process(Document& document) const override {
    recognize_headers(document.text, document.meta);
  }
};

}  // namespace

void recognize_headers(std::string_view text, ArticleMeta& meta) { Recognizer(text, meta).run(); }

std::unique_ptr<const stage::DocumentStage> make_header_stage() {
  return std::make_unique<HeaderStage>();
}

}  // namespace dossier::ingest
