// Internals of the HTML report: the index every section reads, the section writers and the
// small pieces they share. write_html (dossier/writers.h) puts them together.
#ifndef DOSSIER_REPORT_HTML_REPORT_H_
#define DOSSIER_REPORT_HTML_REPORT_H_

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/corpus.h"
#include "time/timeline.h"

namespace dossier::report::html {

// What the report knows of one entity beyond its record, for ranking and cards.
struct EntityFacts {
  uint32_t articles = 0;  // distinct documents that mention it
  uint32_t reported = 0;  // distinct documents that mention it outside header lines (bylines)
  uint32_t mentions = 0;
  uint32_t quotes = 0;    // confident quotes attributed to it
  std::optional<CivilDate> first, last;  // dates of the first and last article mentioning it
};

// What the sections need to know about a dossier, computed once in (near) linear time.
class ReportIndex {
 public:
  explicit ReportIndex(const Dossier& dossier);
  const Dossier& dossier() const { return dossier_; }
  const Document& doc(uint32_t index) const { return dossier_.documents[index]; }

  // Page anchors: "a3" (article 3), "a3q5" (layer item: m mention, r role, q quote, t time,
  // v event), "a3p10-20" (a passage by byte span), "e4" (entity 4), "c2" (conflict 2).
  static std::string article_anchor(uint32_t doc);
  static std::string item_anchor(uint32_t doc, char layer, size_t item);
  static std::string passage_anchor(uint32_t doc, Span span);
  static std::string entity_anchor(size_t entity);
  static std::string conflict_anchor(size_t conflict);
  static std::string speaker_anchor(size_t entity);  // "s4": the quotes of entity 4

  // Story summaries and conflict claims of one document, sorted, without repeats.
  const std::vector<Span>& passages(uint32_t doc) const { return passages_[doc]; }
  // Documents ordered by date (undated last), ties in input order.
  const std::vector<uint32_t>& by_date() const { return by_date_; }
  // The place of a document in by_date().
  uint32_t date_rank(uint32_t doc) const { return date_rank_[doc]; }
  // The number of undated documents, the last entries of by_date().
  size_t undated() const { return undated_; }

  std::string_view title(uint32_t doc) const;   // the title, else the headline or first line
  std::string_view source(uint32_t doc) const;  // the outlet, else "unknown source"
  std::string date_label(uint32_t doc) const;   // "7 Nov 2025" or "undated"
  std::string entity_name(int32_t entity) const;  // the entity's name, or "" for -1
  // The sentence holding span (its line when there are no sentences), whitespace folded.
  std::string context(uint32_t doc, Span span, size_t max_chars) const;
  // The sentence (else the line) holding span, as a span of the document's text.
  Span sentence_around(uint32_t doc, Span span) const;
  // Number of entities of the given types.
  size_t entity_count(std::initializer_list<EntityType> types) const;

  const std::vector<EntityFacts>& facts() const { return facts_; }
  // Every entity, most important first: more articles mentioning it in their body (a byline
  // author is not in the story), then more quotes, then more mentions.
  const std::vector<uint32_t>& ranked() const { return ranked_; }
  // The place of an entity in ranked().
  uint32_t rank(size_t entity) const { return rank_[entity]; }

  // Every dated time expression, quote, event and role claim (time::build_timeline).
  const std::vector<time::TimelineEntry>& timeline() const { return timeline_; }
  // The timeline entry of a quote, event or role claim, or nullptr when it cannot be placed.
  const time::TimelineEntry* date_of(time::TimelineKind kind, uint32_t doc, size_t item) const;
  // Whether an item reaches its layer's threshold (Dossier::confident_from): confident items are
  // shown by default and make the overview; the others carry the class "unsure" (one switch shows them).
  // A quote with a speaker is confident when both the speech and its speaker are.
  bool confident_quote(const Quote& q) const {
    const ConfidenceThresholds& t = dossier_.confident_from;
    return confident(t.speech, q.confidence) && (q.speaker_confidence <= 0.0f || confident(t.speakers, q.speaker_confidence));
  }
  bool confident_event(const Event& e) const { return confident(dossier_.confident_from.events, e.confidence); }
  bool confident_role(const RoleClaim& r) const { return confident(dossier_.confident_from.roles, r.confidence); }
  bool confident_time(const Timex& t) const { return confident(dossier_.confident_from.times, t.confidence); }
  // Conflicts about each entity, by index into Dossier::conflicts.
  const std::vector<uint32_t>& conflicts_of(size_t entity) const { return conflicts_of_[entity]; }

 private:
  void count_entities();
  void index_timeline();

  const Dossier& dossier_;
  std::vector<std::vector<Span>> passages_;
  std::vector<uint32_t> by_date_, date_rank_;
  size_t undated_ = 0;
  std::vector<std::string> titles_;  // fallback titles of documents without one
  std::vector<EntityFacts> facts_;
  std::vector<uint32_t> ranked_, rank_;
  std::vector<time::TimelineEntry> timeline_;
  // entry_[kind][doc][item]: index into timeline_, or -1.
  std::vector<std::vector<int32_t>> entry_[4];
  std::vector<std::vector<uint32_t>> conflicts_of_;
};

// True when span overlaps a header line (headline, byline, date line...) of the document.
bool in_header(const Document& doc, Span span);

// One office an entity is given, over all the articles that give it.
struct RoleSpan {
  std::string title;  // as the first claim gives it
  std::string org;    // the organisation most claims name, or empty
  RoleStatus status = RoleStatus::kCurrent;
  RoleRef first;      // the earliest claim: the link target
  std::optional<CivilDate> from, to;  // dates of the first and last article that state it
  size_t claims = 0;
  size_t articles = 0;
  double support = 0.0;  // the claims' confidences added up
  bool confident = false;  // some claim reaches the roles threshold
};
// The roles of an entity grouped by title and status, in order of their first date.
std::vector<RoleSpan> roles_over_time(const ReportIndex& index, const Entity& entity);
// "former prime minister, Valdoria": the latest well-supported confident role of the entity (see
// html_roles.cc), or "" when none.
std::string latest_role(const ReportIndex& index, size_t entity);

// Disagreements listed in the report, most serious first; the rest are counted only.
inline constexpr size_t kConflictsListed = 400;

// Stories, largest first (ties in input order).
std::vector<uint32_t> ranked_stories(const ReportIndex& index);
// Conflicts, most serious first: contradictions before differences, then about more important
// entities, then with more claims.
std::vector<uint32_t> ranked_conflicts(const ReportIndex& index);
// The distinct values of a conflict's claims in order of first appearance, each with its claims.
std::vector<std::pair<std::string, std::vector<const Claim*>>> claim_sides(const Conflict& conflict);
// A claimed value as a reader reads it: calendar values as dates ("Thu 6 Nov 2025"), the rest as given.
std::string claim_value_label(std::string_view value);
// "Role of Teodor Halvašić", "Date": what a conflict is about, as a heading.
std::string conflict_subject(const ReportIndex& index, const Conflict& conflict);

// "Thu 6 Nov 2025".
std::string format_day(const CivilDate& date);
// "6 Nov 2025".
std::string format_date(const CivilDate& date);
// "7 – 14 Nov 2025", "28 Nov – 3 Dec 2025", "7 Nov 2025".
std::string format_range(const CivilDate& from, const CivilDate& to);
// A timeline value as words: "Thu 6 Nov 2025", "November 2025", "week of 10 Nov 2025", "2016".
std::string format_period(std::string_view value);

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
// How a dated item got its date: "in the text" or "article date", as a small marker.
void date_basis(std::ostream& out, time::DateSource source);
// The text of span within its sentence, cut to about max_chars around it, whitespace folded and
// escaped, with mark (when inside the sentence) wrapped in <mark>.
void excerpt(std::ostream& out, const ReportIndex& index, uint32_t doc, Span span, Span mark,
             size_t max_chars);
// "1 article" / "3 articles".
std::string plural(size_t n, std::string_view one, std::string_view many);

// The sections, each one <section> with its id and heading.
void write_overview(std::ostream& out, const ReportIndex& index);
void write_stories(std::ostream& out, const ReportIndex& index);
void write_timeline(std::ostream& out, const ReportIndex& index);
void write_entities(std::ostream& out, const ReportIndex& index);
void write_quotes(std::ostream& out, const ReportIndex& index);
void write_events(std::ostream& out, const ReportIndex& index);
// An event's actor: a link to its entity, else the words that name it, else a dash; then its code.
void write_actor(std::ostream& out, const ReportIndex& index, uint32_t d, int32_t mention,
                 const std::string& text, const std::string& code);
void write_positions(std::ostream& out, const ReportIndex& index);
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
