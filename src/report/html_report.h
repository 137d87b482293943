// Internals of the HTML report: the index every section reads, the section writers and the
// small pieces they share. write_html (dossier/writers.h) puts them together.
#ifndef DOSSIER_REPORT_HTML_REPORT_H_
#define DOSSIER_REPORT_HTML_REPORT_H_

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/corpus.h"

namespace dossier::report::html {

// What the sections need to know about a dossier, computed once in linear time.
class ReportIndex {
 public:
  explicit ReportIndex(const Dossier& dossier);
  const Dossier& dossier() const { return dossier_; }
  const Document& doc(uint32_t index) const { return dossier_.documents[index]; }

  // Page anchors: "a3" (article 3), "a3q5" (layer item: m mention, r role, q quote, t time,
  // v event), "a3p10-20" (a passage by byte span), "e4" (entity 4).
  static std::string article_anchor(uint32_t doc);
  static std::string item_anchor(uint32_t doc, char layer, size_t item);
  static std::string passage_anchor(uint32_t doc, Span span);
  static std::string entity_anchor(size_t entity);

  // Story summaries and conflict claims of one document, sorted, without repeats.
  const std::vector<Span>& passages(uint32_t doc) const { return passages_[doc]; }
  // Documents ordered by date (undated last), ties in input order.
  const std::vector<uint32_t>& by_date() const { return by_date_; }

  std::string_view title(uint32_t doc) const;   // the title, else the id
  std::string_view source(uint32_t doc) const;  // the outlet, else "unknown source"
  std::string date_label(uint32_t doc) const;   // "7 Nov 2025" or "undated"
  std::string entity_name(int32_t entity) const;  // the entity's name, or "" for -1
  // The sentence holding span (its line when there are no sentences), whitespace folded.
  std::string context(uint32_t doc, Span span, size_t max_chars) const;
  // Number of entities of the given types.
  size_t entity_count(std::initializer_list<EntityType> types) const;

 private:
  const Dossier& dossier_;
  std::vector<std::vector<Span>> passages_;
  std::vector<uint32_t> by_date_;
};

// "Thu 6 Nov 2025".
std::string format_day(const CivilDate& date);
// "6 Nov 2025".
std::string format_date(const CivilDate& date);

// Shared pieces of markup.
void begin_section(std::ostream& out, std::string_view id, std::string_view title, size_t count);
void end_section(std::ostream& out);
// The line a section shows when it has nothing: "<p class="none">No quotes found.</p>".
void none_found(std::ostream& out, std::string_view message);
// begin_section; with a count of 0 also none_found(empty) and end_section, returning false.
bool open_section(std::ostream& out, std::string_view id, std::string_view title, size_t count,
                  std::string_view empty);
void link(std::ostream& out, std::string_view anchor, std::string_view text,
          std::string_view css_class = {});
// A link to a passage of an article, labelled with its outlet and date.
void cite(std::ostream& out, const ReportIndex& index, uint32_t doc, std::string_view anchor);

// The sections, each one <section> with its id and heading.
void write_overview(std::ostream& out, const ReportIndex& index);
void write_stories(std::ostream& out, const ReportIndex& index);
void write_timeline(std::ostream& out, const ReportIndex& index);
void write_entities(std::ostream& out, const ReportIndex& index);
void write_quotes(std::ostream& out, const ReportIndex& index);
void write_events(std::ostream& out, const ReportIndex& index);
void write_conflicts(std::ostream& out, const ReportIndex& index);
void write_duplicates(std::ostream& out, const ReportIndex& index);
void write_articles(std::ostream& out, const ReportIndex& index);
void write_diagnostics(std::ostream& out, const ReportIndex& index);

// An article's text with every layer marked as nested <span>s carrying the anchors above.
void write_marked_text(std::ostream& out, const ReportIndex& index, uint32_t doc);

// The inline style sheet and script.
std::string_view style_sheet();
std::string_view script();

}  // namespace dossier::report::html

#endif  // DOSSIER_REPORT_HTML_REPORT_H_
