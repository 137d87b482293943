// The markup pieces every section shares: section frames, links, citations, excerpts.
#include "report/html_escape.h"
#include "report/html_report.h"

namespace dossier::report::html {
namespace {

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f'; }

// Where an excerpt of at most max_chars starts so that focus stays in view: the sentence start,
// else a word start about a third of the budget before focus.
uint32_t excerpt_start(std::string_view text, Span around, Span focus, size_t max_chars) {
  const size_t lead = max_chars / 3;
  if (focus.begin <= around.begin + lead * 2) return around.begin;
  uint32_t begin = static_cast<uint32_t>(focus.begin - lead);
  for (uint32_t b = begin; b < focus.begin; ++b) {
    if (is_space(text[b])) return b + 1;
  }
  while (begin < focus.begin && is_continuation(text[begin])) ++begin;
  return begin;
}

}  // namespace

void begin_section(std::ostream& out, std::string_view id, std::string_view title, size_t count) {
  out << "<section id=\"" << id << "\"><h2>";
  escape(out, title);
  out << " <span class=\"count\">" << count << "</span></h2>\n";
}

void end_section(std::ostream& out) { out << "</section>\n"; }

void none_found(std::ostream& out, std::string_view message) {
  out << "<p class=\"none\">";
  escape(out, message);
  out << "</p>\n";
}

bool open_section(std::ostream& out, std::string_view id, std::string_view title, size_t count,
                  std::string_view empty) {
  begin_section(out, id, title, count);
  if (count > 0) return true;
  none_found(out, empty);
  end_section(out);
  return false;
}

void link(std::ostream& out, std::string_view anchor, std::string_view text,
          std::string_view css_class) {
  out << "<a href=\"#" << anchor << "\"";
  if (!css_class.empty()) out << " class=\"" << css_class << "\"";
  out << ">";
  escape(out, text);
  out << "</a>";
}

void cite(std::ostream& out, const ReportIndex& index, uint32_t doc, std::string_view anchor) {
  // No title attribute: citations are many, and the script shows the article's title on hover.
  out << "<a class=\"cite\" href=\"#" << anchor << "\">";
  // Without an outlet the title says which article it is.
  const Document& d = index.doc(doc);
  escape(out, d.meta.source.empty() ? clip(index.title(doc), 40) : d.meta.source);
  if (d.meta.date) out << ", " << format_date(*d.meta.date);
  out << "</a>";
}

void date_basis(std::ostream& out, time::DateSource source) {
  if (source == time::DateSource::kTimex) {
    out << "<span class=\"basis\" title=\"dated by a time expression in its sentence\">"
           "dated in text</span>";
  } else if (source == time::DateSource::kArticle) {
    out << "<span class=\"basis article\" title=\"no date in its sentence: the article's "
           "date\">article date</span>";
  }
}

void excerpt(std::ostream& out, const ReportIndex& index, uint32_t doc, Span span, Span mark,
             size_t max_chars) {
  const std::string_view text = index.doc(doc).text;
  const Span around = index.sentence_around(doc, span);
  const bool marked = !mark.empty() && around.contains(mark) && mark.end <= text.size();
  const uint32_t begin = excerpt_start(text, around, marked ? mark : span, max_chars);
  if (begin > around.begin) out << "…";
  std::string run;
  size_t chars = 0;
  bool space = false;
  bool open = false;
  for (uint32_t i = begin; i < around.end && i < text.size(); ++i) {
    if (marked && i == mark.end && open) {
      escape(out, run);
      run.clear();
      out << "</mark>";
      open = false;
    }
    const char c = text[i];
    if (is_space(c)) {
      space = chars > 0;
      continue;
    }
    if (!is_continuation(c) && chars++ >= max_chars && !open) {
      run += "…";
      break;
    }
    if (space) run.push_back(' ');
    space = false;
    if (marked && i == mark.begin) {
      escape(out, run);
      run.clear();
      out << "<mark>";
      open = true;
    }
    run.push_back(c);
  }
  escape(out, run);
  if (open) out << "</mark>";
}

}  // namespace dossier::report::html
