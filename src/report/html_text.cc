// An article's text with its layers marked. Layers overlap freely (an event clause may end inside
// a quote), but HTML elements must nest, so a mark that outlives an enclosing one is closed with
// it and reopened after it; only its first fragment carries the anchor id.
#include <algorithm>
#include <string>
#include <vector>

#include "report/html_escape.h"
#include "report/html_report.h"
#include "util/ascii.h"

namespace dossier::report::html {
namespace {

struct Mark {
  Span span;
  int rank = 0;  // among equal spans, lower ranks are outer
  std::string css_class;
  std::string id;     // empty: no anchor
  std::string title;  // tooltip; empty: none
  int32_t entity = -1;
};

// Rank of each layer: outer layers first when spans coincide.
enum Rank { kHeader, kEvent, kPassage, kQuote, kRole, kTime, kMention, kTrigger };

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Clamps a span to the text and widens it to whole code points.
Span clamp(std::string_view text, Span span) {
  const auto size = static_cast<uint32_t>(text.size());
  uint32_t end = std::min(span.end, size);
  uint32_t begin = std::min(span.begin, end);
  while (begin > 0 && begin < size && is_continuation(text[begin])) --begin;
  while (end < size && is_continuation(text[end])) ++end;
  return {begin, end};
}

void add_mentions(const ReportIndex& index, uint32_t d, std::vector<Mark>& marks) {
  const Document& doc = index.doc(d);
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    const Mention& m = doc.mentions[i];
    const int32_t entity = index.dossier().entity_of(d, static_cast<int32_t>(i));
    // No tooltip in the page: mentions are most of the marks, and the script names the entity
    // on hover from its card.
    std::string css = "m m-" + util::ascii::lower(to_string(m.type)) + (entity < 0 ? " un" : "");
    marks.push_back({m.span, kMention, std::move(css), ReportIndex::item_anchor(d, 'm', i), {},
                     entity});
  }
  for (size_t i = 0; i < doc.roles.size(); ++i) {
    const RoleClaim& r = doc.roles[i];
    std::string title = "role: " + r.title + (r.org.empty() ? "" : ", " + r.org) + " (" +
                        std::string(to_string(r.status)) + ")";
    marks.push_back({r.span, kRole, "r", ReportIndex::item_anchor(d, 'r', i), std::move(title)});
  }
}

void add_statements(const ReportIndex& index, uint32_t d, std::vector<Mark>& marks) {
  const Document& doc = index.doc(d);
  for (size_t i = 0; i < doc.quotes.size(); ++i) {
    const Quote& q = doc.quotes[i];
    const std::string speaker = index.entity_name(index.dossier().entity_of(d, q.speaker_mention));
    const std::string& named = speaker.empty() ? q.speaker_text : speaker;
    std::string title = std::string(to_string(q.kind)) + " quote · " +
                        (named.empty() ? std::string("speaker unknown") : named);
    marks.push_back({q.span, kQuote, "q q-" + std::string(to_string(q.kind)),
                     ReportIndex::item_anchor(d, 'q', i), std::move(title)});
  }
  for (size_t i = 0; i < doc.times.size(); ++i) {
    const Timex& t = doc.times[i];
    marks.push_back({t.span, kTime, "t", ReportIndex::item_anchor(d, 't', i),
                     std::string(to_string(t.type)) + " " + t.value});
  }
  for (size_t i = 0; i < doc.events.size(); ++i) {
    const Event& e = doc.events[i];
    marks.push_back({e.span, kEvent, "v", ReportIndex::item_anchor(d, 'v', i),
                     "event " + e.code + " " + e.label});
    if (!e.trigger.empty()) marks.push_back({e.trigger, kTrigger, "vt", {}, {}});
  }
}

std::vector<Mark> collect_marks(const ReportIndex& index, uint32_t d) {
  const Document& doc = index.doc(d);
  std::vector<Mark> marks;
  static constexpr std::string_view kHeaderClass[] = {"body",      "headline", "byline", "dateline",
                                                      "date-line", "subhead",  "header"};
  for (const HeaderSpan& h : doc.meta.header_spans) {
    marks.push_back(
        {h.span, kHeader, "hd hd-" + std::string(kHeaderClass[static_cast<int>(h.kind)]), {}, {}});
  }
  add_mentions(index, d, marks);
  add_statements(index, d, marks);
  for (const Span& p : index.passages(d)) {
    marks.push_back({p, kPassage, "p", ReportIndex::passage_anchor(d, p), "cited in this report"});
  }
  for (Mark& m : marks) m.span = clamp(doc.text, m.span);
  std::sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) {
    if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
    if (a.span.end != b.span.end) return a.span.end > b.span.end;
    return a.rank < b.rank;
  });
  return marks;
}

void open(std::ostream& out, const Mark& mark, bool first) {
  out << "<span class=\"" << mark.css_class << "\"";
  if (first && !mark.id.empty()) out << " id=\"" << mark.id << "\"";
  if (!mark.title.empty()) {
    out << " title=\"";
    escape(out, mark.title);
    out << "\"";
  }
  if (mark.entity >= 0) out << " data-e=\"" << mark.entity << "\"";
  out << ">";
}

// Closes every open mark that ends at cut, with the marks opened inside it, and reopens those
// of the latter that go on.
void close_at(std::ostream& out, const std::vector<Mark>& marks, std::vector<size_t>& stack,
              uint32_t cut) {
  size_t lowest = stack.size();
  for (size_t i = 0; i < stack.size(); ++i) {
    if (marks[stack[i]].span.end <= cut) {
      lowest = i;
      break;
    }
  }
  if (lowest == stack.size()) return;
  std::vector<size_t> going_on;
  for (size_t i = lowest; i < stack.size(); ++i) {
    out << "</span>";
    if (marks[stack[i]].span.end > cut) going_on.push_back(stack[i]);
  }
  stack.resize(lowest);
  for (size_t m : going_on) {
    open(out, marks[m], false);
    stack.push_back(m);
  }
}

}  // namespace

void write_marked_text(std::ostream& out, const ReportIndex& index, uint32_t d) {
  const std::string_view text = index.doc(d).text;
  const std::vector<Mark> marks = collect_marks(index, d);
  std::vector<uint32_t> cuts;
  cuts.reserve(marks.size() * 2);
  for (const Mark& m : marks) {
    cuts.push_back(m.span.begin);
    cuts.push_back(m.span.end);
  }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  std::vector<size_t> stack;
  size_t next = 0;
  uint32_t pos = 0;
  for (const uint32_t cut : cuts) {
    escape(out, text.substr(pos, cut - pos));
    pos = cut;
    close_at(out, marks, stack, cut);
    for (; next < marks.size() && marks[next].span.begin == cut; ++next) {
      open(out, marks[next], true);
      if (marks[next].span.empty()) {
        out << "</span>";
      } else {
        stack.push_back(next);
      }
    }
  }
  escape(out, text.substr(pos));
}

}  // namespace dossier::report::html
