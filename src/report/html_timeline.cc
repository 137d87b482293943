// The timeline: day by day (and by coarser periods the articles name), the articles published,
// the events, the statements and role claims, and the passages that name the day. One line per
// sentence; busy days show their most telling lines and fold the rest; dates long before the
// coverage fold into a background block.
#include <algorithm>
#include <map>
#include <tuple>

#include "report/html_escape.h"
#include "report/html_report.h"

namespace dossier::report::html {
namespace {

using time::DateSource;
using time::TimelineEntry;
using time::TimelineKind;

constexpr size_t kLinesShown = 5;       // per period; the rest fold away
constexpr size_t kLinesListed = 15;     // per period, folded; beyond, a count
constexpr size_t kBackgroundLines = 2;  // per period of the background
constexpr size_t kReportedQuotes = 3;   // per period: quotes dated only by their article
constexpr size_t kPublishedShown = 6;
constexpr size_t kQuoteChars = 180;
constexpr size_t kExcerptChars = 200;
constexpr int64_t kBackgroundDays = 31;  // before the first article: background
constexpr size_t kUndatedListed = 40;

// The items of one sentence dated to one period.
struct Line {
  uint32_t doc = 0;
  Span sentence;
  const TimelineEntry* best = nullptr;  // the item the line shows
  int priority = 0;                     // lower is shown first
  uint32_t weight = UINT32_MAX;         // rank of the entity it is about, lower first
  std::vector<const TimelineEntry*> copies;  // the same words in other articles
};

struct Period {
  std::string value;  // "2025-11-06", "2025-11", ...
  CivilDate start;
  std::vector<Line> lines;
  std::vector<uint32_t> published;  // documents dated this day
};

// What the timeline leaves to other sections: a date line of the header (the article's own
// date), role claims dated only by their article (the people cards date them), and quotes dated
// only by their article unless a named speaker says them in quotation marks (the quotes section
// has them all). Without the last two rules, a day of many articles lists every sentence.
bool shown_on_timeline(const ReportIndex& index, const TimelineEntry& e) {
  const Document& doc = index.doc(e.doc);
  const bool by_article = e.source == DateSource::kArticle;
  switch (e.kind) {
    case TimelineKind::kTime: return !in_header(doc, e.span);
    case TimelineKind::kRole: return !by_article;
    case TimelineKind::kQuote: {
      const Quote& q = doc.quotes[e.item];
      return !by_article ||
             (q.kind == QuoteKind::kDirect && index.dossier().entity_of(e.doc, q.speaker_mention) >= 0);
    }
    case TimelineKind::kEvent: return true;
  }
  return true;
}

bool reported_quote(const Line& line) {
  return line.best->kind == TimelineKind::kQuote && line.best->source == DateSource::kArticle;
}

std::pair<int, uint32_t> kind_priority(const ReportIndex& index, const TimelineEntry& e) {
  const Document& doc = index.doc(e.doc);
  const bool in_text = e.source == DateSource::kTimex;
  switch (e.kind) {
    case TimelineKind::kEvent: return {0, UINT32_MAX};
    case TimelineKind::kQuote: {
      const int32_t speaker = index.dossier().entity_of(e.doc, doc.quotes[e.item].speaker_mention);
      const uint32_t rank = speaker >= 0 ? index.rank(static_cast<size_t>(speaker)) : UINT32_MAX;
      return {speaker >= 0 ? 1 : (in_text ? 2 : 4), rank};
    }
    case TimelineKind::kTime: return {2, UINT32_MAX};
    case TimelineKind::kRole: {
      const int32_t holder = index.dossier().entity_of(e.doc, static_cast<int32_t>(doc.roles[e.item].holder));
      return {in_text ? 3 : 5, holder >= 0 ? index.rank(static_cast<size_t>(holder)) : UINT32_MAX};
    }
  }
  return {6, UINT32_MAX};
}

// Whether an entry reaches its layer's threshold; the others are hidden until everything is shown.
bool confident_entry(const ReportIndex& index, const TimelineEntry& e) {
  const Document& doc = index.doc(e.doc);
  switch (e.kind) {
    case TimelineKind::kEvent: return index.confident_event(doc.events[e.item]);
    case TimelineKind::kQuote: return index.confident_quote(doc.quotes[e.item]);
    case TimelineKind::kRole: return index.confident_role(doc.roles[e.item]);
    case TimelineKind::kTime: return index.confident_time(doc.times[e.item]);
  }
  return true;
}

// Confident entries before the others; among them events first, then what named people said,
// then the words that date the sentence, then roles and the rest.
std::pair<int, uint32_t> priority(const ReportIndex& index, const TimelineEntry& e) {
  auto [kind, rank] = kind_priority(index, e);
  return {confident_entry(index, e) ? kind : kind + 10, rank};
}

// The words a line shows: the quotation for a quote, else its sentence.
std::string line_key(const ReportIndex& index, const Line& line) {
  const Document& doc = index.doc(line.doc);
  if (line.best->kind == TimelineKind::kQuote) return words_key(doc.slice(doc.quotes[line.best->item].span));
  return words_key(doc.slice(line.sentence));
}

// Near-copies of an article repeat its sentences: each is shown once, the copies cited with it.
void merge_copies(const ReportIndex& index, std::vector<Line>& lines) {
  std::map<std::string, size_t> first;
  std::vector<Line> kept;
  for (Line& line : lines) {
    const auto [it, fresh] = first.emplace(line_key(index, line), kept.size());
    if (fresh) {
      kept.push_back(std::move(line));
    } else {
      kept[it->second].copies.push_back(line.best);
    }
  }
  lines = std::move(kept);
}

std::vector<Period> build_periods(const ReportIndex& index) {
  std::vector<Period> periods;
  std::map<std::tuple<std::string, uint32_t, uint32_t>, size_t> line_of;  // (value, doc, sentence)
  std::map<std::string, size_t> period_of;
  const auto period = [&](const std::string& value, CivilDate start) -> Period& {
    const auto [it, fresh] = period_of.emplace(value, periods.size());
    if (fresh) periods.push_back({value, start, {}, {}});
    return periods[it->second];
  };
  for (const TimelineEntry& e : index.timeline()) {
    if (!shown_on_timeline(index, e)) continue;
    Period& p = period(e.date, e.start);
    const Span sentence = index.sentence_around(e.doc, e.span);
    const auto [it, fresh] = line_of.emplace(std::make_tuple(e.date, e.doc, sentence.begin), p.lines.size());
    if (fresh) p.lines.push_back({e.doc, sentence, nullptr, 99, UINT32_MAX, {}});
    Line& line = p.lines[it->second];
    const auto [prio, weight] = priority(index, e);
    if (std::tie(prio, weight) < std::tie(line.priority, line.weight)) {
      line.best = &e;
      line.priority = prio;
      line.weight = weight;
    }
  }
  for (uint32_t d : index.by_date()) {
    const auto& date = index.doc(d).meta.date;
    if (date) period(date->iso(), *date).published.push_back(d);
  }
  for (Period& p : periods) {
    std::stable_sort(p.lines.begin(), p.lines.end(), [&](const Line& a, const Line& b) {
      return std::make_tuple(a.priority, a.weight, index.date_rank(a.doc), a.sentence.begin) <
             std::make_tuple(b.priority, b.weight, index.date_rank(b.doc), b.sentence.begin);
    });
    merge_copies(index, p.lines);
    size_t reported = 0;
    std::erase_if(p.lines, [&](const Line& line) { return reported_quote(line) && ++reported > kReportedQuotes; });
  }
  // Coarser periods before the days they start on, as build_timeline orders them.
  std::stable_sort(periods.begin(), periods.end(), [](const Period& a, const Period& b) {
    return std::make_tuple(a.start, a.value.size(), a.value) < std::make_tuple(b.start, b.value.size(), b.value);
  });
  return periods;
}


void write_who(std::ostream& out, const ReportIndex& index, uint32_t d, int32_t mention,
               std::string_view text) {
  const int32_t entity = index.dossier().entity_of(d, mention);
  out << "<b>";
  if (entity >= 0) {
    link(out, ReportIndex::entity_anchor(static_cast<size_t>(entity)), index.entity_name(entity));
  } else {
    escape(out, text.empty() ? std::string_view("someone") : text);
  }
  out << "</b>";
}

void write_line(std::ostream& out, const ReportIndex& index, const Line& line) {
  const TimelineEntry& e = *line.best;
  const Document& doc = index.doc(e.doc);
  out << "<li class=\"" << time::to_string(e.kind) << (confident_entry(index, e) ? "" : " unsure")
      << "\"><span class=\"tag\">";
  switch (e.kind) {
    case TimelineKind::kEvent: {
      const Event& event = doc.events[e.item];
      out << "event</span> <span class=\"code\">" << event.code << "</span> ";
      escape(out, event.label);
      out << ": ";
      write_actor(out, index, e.doc, event.source_mention, event.source_text, {});
      out << " → ";
      write_actor(out, index, e.doc, event.target_mention, event.target_text, {});
      out << ". ";
      excerpt(out, index, e.doc, event.span, event.trigger, kExcerptChars);
      break;
    }
    case TimelineKind::kQuote: {
      const Quote& quote = doc.quotes[e.item];
      out << "said</span> ";
      write_who(out, index, e.doc, quote.speaker_mention, fold_space(quote.speaker_text));
      // Direct and partial quotes carry their own quotation marks; reported speech is set apart.
      out << (quote.kind == QuoteKind::kIndirect ? ": <i>" : ": ");
      escape(out, clip(fold_space(doc.slice(quote.span)), kQuoteChars));
      if (quote.kind == QuoteKind::kIndirect) out << "</i>";
      break;
    }
    case TimelineKind::kRole: {
      const RoleClaim& role = doc.roles[e.item];
      out << "role</span> ";
      excerpt(out, index, e.doc, role.span, role.span, kExcerptChars);
      break;
    }
    case TimelineKind::kTime:
      out << "date</span> ";
      excerpt(out, index, e.doc, e.span, e.span, kExcerptChars);
      break;
  }
  out << " ";
  cite(out, index, e.doc, ReportIndex::item_anchor(e.doc, "tqvr"[static_cast<int>(e.kind)], e.item));
  for (const TimelineEntry* copy : line.copies) {
    out << " <span class=\"also\">also</span> ";
    cite(out, index, copy->doc, ReportIndex::item_anchor(copy->doc, "tqvr"[static_cast<int>(copy->kind)], copy->item));
  }
  if (e.source == DateSource::kArticle) {
    out << " ";
    date_basis(out, e.source);
  }
  out << "</li>\n";
}

void write_published(std::ostream& out, const ReportIndex& index, const std::vector<uint32_t>& docs) {
  if (docs.empty()) return;
  out << "<li class=\"published\"><span class=\"tag\">published</span> ";
  for (size_t i = 0; i < docs.size() && i < kPublishedShown; ++i) {
    if (i > 0) out << " · ";
    escape(out, index.source(docs[i]));
    out << ": ";
    link(out, ReportIndex::article_anchor(docs[i]), index.title(docs[i]));
  }
  if (docs.size() > kPublishedShown) out << " <small>and " << docs.size() - kPublishedShown << " more</small>";
  out << "</li>\n";
}

void write_period(std::ostream& out, const ReportIndex& index, const Period& p, std::string_view h,
                  size_t shown, size_t listed) {
  const bool day = p.value.size() == 10;
  out << "<li class=\"" << (day ? "day" : "period") << "\"><" << h << ">";
  escape(out, format_period(p.value));
  if (!day && p.value.find('W') == std::string::npos) out << " <small>no exact day</small>";
  if (p.lines.size() > shown) {
    out << " <span class=\"busy\">" << plural(p.lines.size(), "item", "items") << "</span>";
  }
  out << "</" << h << "><ul>\n";
  write_published(out, index, p.published);
  for (size_t i = 0; i < p.lines.size() && i < shown; ++i) write_line(out, index, p.lines[i]);
  if (p.lines.size() > shown && listed <= shown) {
    out << "<li class=\"none\">and " << p.lines.size() - shown << " more, marked in the articles</li>\n";
  }
  out << "</ul>\n";
  if (p.lines.size() > shown && listed > shown) {
    out << "<details class=\"more\"><summary>" << p.lines.size() - shown
        << " more on this " << (day ? "day" : "period") << "</summary><ul>\n";
    for (size_t i = shown; i < p.lines.size() && i < listed; ++i) write_line(out, index, p.lines[i]);
    if (p.lines.size() > listed) {
      out << "<li class=\"none\">and " << p.lines.size() - listed << " more, marked in the articles</li>\n";
    }
    out << "</ul></details>\n";
  }
  out << "</li>\n";
}

std::string month_of(const CivilDate& date) {
  return format_period(std::to_string(date.year) + (date.month < 10 ? "-0" : "-") + std::to_string(date.month));
}

// A period longer than a month ("2021", "2025-Q3") stands under no month heading.
bool coarser_than_month(std::string_view value) {
  return value.size() == 4 || (value.size() > 5 && (value[5] == 'Q' || value[5] == 'H' ||
                                                    (value[5] >= 'A' && value[5] <= 'Z' && value[5] != 'W')));
}

void write_periods(std::ostream& out, const ReportIndex& index, const std::vector<Period>& periods,
                   size_t from, size_t to, size_t shown, size_t listed) {
  const bool months = to > from && (periods[from].start.year != periods[to - 1].start.year ||
                                    periods[from].start.month != periods[to - 1].start.month);
  std::string month;
  out << "<ol class=\"timeline\">\n";
  for (size_t i = from; i < to; ++i) {
    if (months && coarser_than_month(periods[i].value)) {
      month.clear();
    } else if (months && month_of(periods[i].start) != month) {
      month = month_of(periods[i].start);
      out << "<li class=\"month\"><h3>";
      escape(out, month);
      out << "</h3></li>\n";
    }
    write_period(out, index, periods[i], months ? "h4" : "h3", shown, listed);
  }
  out << "</ol>\n";
}

void write_undated(std::ostream& out, const ReportIndex& index) {
  if (index.undated() == 0) return;
  const auto& order = index.by_date();
  out << "<p class=\"undated\">Undated articles: ";
  for (size_t i = order.size() - index.undated(), n = 0; i < order.size(); ++i, ++n) {
    if (n == kUndatedListed) {
      out << " <small>and " << index.undated() - kUndatedListed << " more</small>";
      break;
    }
    if (n > 0) out << " · ";
    link(out, ReportIndex::article_anchor(order[i]), index.title(order[i]));
  }
  out << ".</p>\n";
}

}  // namespace

void write_timeline(std::ostream& out, const ReportIndex& index) {
  const std::vector<Period> periods = build_periods(index);
  begin_section(out, "timeline", "Timeline", periods.size());
  if (periods.empty()) none_found(out, "No dated articles, events or dates found.");
  // Dates long before the first article are background: folded, so the story starts on top.
  size_t story_start = 0;
  const auto& order = index.by_date();
  if (order.size() > index.undated()) {
    const int64_t first = index.doc(order.front()).meta.date->days_since_epoch();
    while (story_start < periods.size() &&
           periods[story_start].start.days_since_epoch() < first - kBackgroundDays) {
      ++story_start;
    }
  }
  if (!periods.empty()) {
    out << "<p class=\"intro\">Day by day: articles published, events, statements and the "
           "passages that date something to the day. Items without a date of their own are "
           "placed on their article's day and marked <span class=\"basis article\">article "
           "date</span>.</p>\n";
  }
  if (story_start > 0) {
    out << "<details class=\"more background\"><summary>Background: "
        << plural(story_start, "earlier date", "earlier dates") << " the articles mention ("
        << format_period(periods.front().value) << " – " << format_period(periods[story_start - 1].value)
        << ")</summary>\n";
    write_periods(out, index, periods, 0, story_start, kBackgroundLines, kBackgroundLines);
    out << "</details>\n";
  }
  if (story_start < periods.size()) {
    write_periods(out, index, periods, story_start, periods.size(), kLinesShown, kLinesListed);
  }
  write_undated(out, index);
  end_section(out);
}

}  // namespace dossier::report::html
