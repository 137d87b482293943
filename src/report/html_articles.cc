// The articles: metadata and text with every layer highlighted, one collapsible block each.
#include "report/html_escape.h"
#include "report/html_report.h"

namespace dossier::report::html {
namespace {

void write_legend(std::ostream& out) {
  out << "<p class=\"legend\">Marked in the text: <span class=\"m m-person\">people</span> "
         "<span class=\"m m-org\">organisations</span> <span class=\"m m-gpe\">places</span> "
         "<span class=\"m m-misc\">other names</span> <span class=\"r\">roles</span> "
         "<span class=\"q q-direct\">quotes</span> <span class=\"q q-indirect\">reported "
         "speech</span> <span class=\"t\">dates and times</span> <span class=\"v\">events</span> "
         "<span class=\"p\">passages cited above</span>. Hover for details; click a name for its "
         "entry.</p>\n";
}

void meta_row(std::ostream& out, std::string_view name, std::string_view value) {
  if (value.empty()) return;
  out << "<dt>" << name << "</dt><dd>";
  escape(out, value);
  out << "</dd>";
}

// Only web addresses become links: a "javascript:" address from an input must stay text.
bool is_web_address(std::string_view url) {
  return url.starts_with("https://") || url.starts_with("http://");
}

void write_date(std::ostream& out, const ArticleMeta& meta) {
  out << "<dt>Date</dt><dd>";
  if (!meta.date) {
    out << "unknown</dd>";
    return;
  }
  out << format_day(*meta.date) << " <small>(from " << to_string(meta.date_basis);
  if (!meta.date_evidence.empty()) {
    out << ": “";
    escape(out, meta.date_evidence);
    out << "”";
  }
  out << ")</small></dd>";
}

void write_layer_counts(std::ostream& out, const Document& doc) {
  const auto count = [&](size_t n, std::string_view one, std::string_view many) {
    out << n << " " << (n == 1 ? one : many);
  };
  out << "<dt>Found</dt><dd>";
  count(doc.mentions.size(), "mention", "mentions");
  out << ", ";
  count(doc.quotes.size(), "quote", "quotes");
  out << ", ";
  count(doc.times.size(), "time expression", "time expressions");
  out << ", ";
  count(doc.events.size(), "event", "events");
  if (!doc.sentences.empty()) {
    out << "; ";
    count(doc.sentences.size(), "sentence", "sentences");
  }
  out << "</dd>";
}

void write_metadata(std::ostream& out, const Document& doc) {
  const ArticleMeta& meta = doc.meta;
  std::string authors;
  for (const auto& author : meta.authors) authors += (authors.empty() ? "" : ", ") + author;
  out << "<dl class=\"meta\">";
  meta_row(out, "Source", meta.source);
  meta_row(out, "By", authors);
  write_date(out, meta);
  meta_row(out, "Dateline", meta.dateline);
  if (is_web_address(meta.url)) {
    out << "<dt>Address</dt><dd><a rel=\"noreferrer\" href=\"";
    escape(out, meta.url);
    out << "\">";
    escape(out, meta.url);
    out << "</a></dd>";
  } else {
    meta_row(out, "Address", meta.url);
  }
  meta_row(out, "Language", meta.language);
  meta_row(out, "Document", doc.id);
  meta_row(out, "File", doc.path);
  write_layer_counts(out, doc);
  out << "</dl>\n";
}

}  // namespace

void write_articles(std::ostream& out, const ReportIndex& index) {
  const auto& order = index.by_date();
  if (!open_section(out, "articles", "Articles", order.size(), "No articles were read.")) return;
  out << "<p class=\"controls\"><button type=\"button\" data-articles=\"open\">Expand all</button> "
         "<button type=\"button\" data-articles=\"close\">Collapse all</button></p>\n";
  write_legend(out);
  for (uint32_t d : order) {
    out << "<details class=\"article\" id=\"" << ReportIndex::article_anchor(d)
        << "\"><summary><span class=\"date\">" << index.date_label(d)
        << "</span> <span class=\"source\">";
    escape(out, index.source(d));
    out << "</span> <span class=\"title\">";
    escape(out, index.title(d));
    out << "</span></summary>\n";
    write_metadata(out, index.doc(d));
    out << "<div class=\"text\">";
    write_marked_text(out, index, d);
    out << "</div>\n</details>\n";
  }
  end_section(out);
}

}  // namespace dossier::report::html
