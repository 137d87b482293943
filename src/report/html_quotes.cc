// Quotes by speaker: the most quoted named speakers first, each with their quotes best first
// (confidence in the quote and its speaker, then substance; fragments last; copies of one quote
// in several articles shown once), then the other and unnamed sources.
#include <algorithm>
#include <map>
#include <tuple>

#include "report/html_escape.h"
#include "report/html_report.h"
#include "text/fold.h"

namespace dossier::report::html {
namespace {

constexpr size_t kSpeakersShown = 20;     // as cards; the rest in compact lists
constexpr size_t kQuotesShown = 5;        // per card; the rest fold away
constexpr size_t kQuotesListed = 20;      // per card, folded; beyond, links only
constexpr size_t kCitesListed = 30;
constexpr size_t kOthersListed = 200;     // speakers of the compact lists
constexpr size_t kQuoteChars = 500;
constexpr size_t kShortQuoteChars = 140;

struct QuoteRef {
  uint32_t doc = 0;
  size_t quote = 0;
};

// One quotation as said, with the other articles that carry the same words.
struct Said {
  QuoteRef first;
  std::vector<QuoteRef> copies;
};

struct Speaker {
  int32_t entity = -1;
  std::string label;  // the entity's name, else the words naming the speaker
  std::vector<QuoteRef> quotes;
  std::vector<Said> said;  // filled for the speakers that are written out
  size_t articles = 0;
  size_t confident = 0;  // quotes that reach the speech threshold
};

CivilDate sort_date(const ReportIndex& index, const QuoteRef& ref) {
  const time::TimelineEntry* entry = index.date_of(time::TimelineKind::kQuote, ref.doc, ref.quote);
  if (entry != nullptr) return entry->start;
  return index.doc(ref.doc).meta.date.value_or(CivilDate{9999, 12, 31});
}

// Words of content at which a quote counts as substantial; scare quotes and titles are a few.
constexpr size_t kSubstantialWords = 12;
constexpr size_t kFragmentWords = 3;

size_t word_count(std::string_view text) {
  size_t words = 0;
  bool in_word = false;
  for (const char c : text) {
    const bool part = c != ' ' && c != '\n' && c != '\t';
    if (part && !in_word) ++words;
    in_word = part;
  }
  return words;
}

// How high a quote ranks under its speaker: not a fragment, then the confidence that it is the
// speaker's speech times its substance (words, up to kSubstantialWords).
std::pair<bool, float> rank_of(const ReportIndex& index, const QuoteRef& ref) {
  const Document& doc = index.doc(ref.doc);
  const Quote& quote = doc.quotes[ref.quote];
  const size_t words = word_count(doc.slice(quote.span));
  const float substance = static_cast<float>(std::min(words, kSubstantialWords)) / kSubstantialWords;
  const float speaker = quote.speaker_span.empty() ? 1.0f : quote.speaker_confidence;
  return {words > kFragmentWords, quote.confidence * speaker * substance};
}

void order_best_first(const ReportIndex& index, std::vector<QuoteRef>& quotes) {
  std::stable_sort(quotes.begin(), quotes.end(), [&](const QuoteRef& a, const QuoteRef& b) {
    return std::make_tuple(rank_of(index, b), sort_date(index, a), index.date_rank(a.doc), a.quote) <
           std::make_tuple(rank_of(index, a), sort_date(index, b), index.date_rank(b.doc), b.quote);
  });
}

void fill_said(const ReportIndex& index, Speaker& speaker) {
  order_best_first(index, speaker.quotes);
  std::map<std::string, size_t> seen;
  for (const QuoteRef& ref : speaker.quotes) {
    const Document& doc = index.doc(ref.doc);
    std::string key = words_key(doc.slice(doc.quotes[ref.quote].span));
    const auto [it, fresh] = seen.emplace(std::move(key), speaker.said.size());
    if (fresh) {
      speaker.said.push_back({ref, {}});
    } else {
      speaker.said[it->second].copies.push_back(ref);
    }
  }
}

void write_when(std::ostream& out, const ReportIndex& index, const QuoteRef& ref) {
  const time::TimelineEntry* entry = index.date_of(time::TimelineKind::kQuote, ref.doc, ref.quote);
  out << "<span class=\"when\">";
  if (entry != nullptr) {
    escape(out, format_period(entry->date));
    out << "</span> ";
    date_basis(out, entry->source);
  } else {
    out << "undated</span>";
  }
}

void write_said(std::ostream& out, const ReportIndex& index, const Said& said, size_t max_chars) {
  const Document& doc = index.doc(said.first.doc);
  const Quote& quote = doc.quotes[said.first.quote];
  out << "<li class=\"q-" << to_string(quote.kind) << (index.confident_quote(quote) ? "" : " unsure")
      << "\"><blockquote>";
  escape(out, clip(fold_space(doc.slice(quote.span)), max_chars));
  out << "</blockquote><p class=\"meta\">";
  write_when(out, index, said.first);
  out << " · <span class=\"kind\">" << to_string(quote.kind) << "</span>";
  if (!quote.cue.empty()) {
    out << " · ";
    escape(out, fold_space(doc.slice(quote.cue)));
  }
  out << " · ";
  cite(out, index, said.first.doc, ReportIndex::item_anchor(said.first.doc, 'q', said.first.quote));
  if (!said.copies.empty()) {
    out << " <span class=\"also\">also ";
    for (size_t i = 0; i < said.copies.size() && i < kCitesListed; ++i) {
      if (i > 0) out << " · ";
      const QuoteRef& copy = said.copies[i];
      cite(out, index, copy.doc, ReportIndex::item_anchor(copy.doc, 'q', copy.quote));
    }
    out << "</span>";
  }
  out << "</p></li>\n";
}

void write_card(std::ostream& out, const ReportIndex& index, const Speaker& speaker) {
  out << "<article class=\"speaker" << (speaker.confident == 0 ? " unsure" : "") << "\" id=\""
      << ReportIndex::speaker_anchor(static_cast<size_t>(speaker.entity))
      << "\"><h3>";
  link(out, ReportIndex::entity_anchor(static_cast<size_t>(speaker.entity)), speaker.label);
  const std::string role = latest_role(index, static_cast<size_t>(speaker.entity));
  if (!role.empty()) {
    out << " <span class=\"role\">";
    escape(out, role);
    out << "</span>";
  }
  out << " <span class=\"count\">" << plural(speaker.quotes.size(), "quote", "quotes") << " in "
      << plural(speaker.articles, "article", "articles") << "</span></h3>\n<ul class=\"quotes\">\n";
  const auto& said = speaker.said;
  for (size_t i = 0; i < said.size() && i < kQuotesShown; ++i) write_said(out, index, said[i], kQuoteChars);
  out << "</ul>\n";
  if (said.size() <= kQuotesShown) {
    out << "</article>\n";
    return;
  }
  out << "<details class=\"more\"><summary>" << said.size() - kQuotesShown
      << " more quotes</summary><ul class=\"quotes compact\">\n";
  for (size_t i = kQuotesShown; i < said.size() && i < kQuotesListed; ++i) {
    write_said(out, index, said[i], kShortQuoteChars);
  }
  out << "</ul>";
  if (said.size() > kQuotesListed) {
    out << "<p class=\"also\">And in the articles: ";
    for (size_t i = kQuotesListed; i < said.size() && i < kQuotesListed + kCitesListed; ++i) {
      if (i > kQuotesListed) out << " · ";
      cite(out, index, said[i].first.doc, ReportIndex::item_anchor(said[i].first.doc, 'q', said[i].first.quote));
    }
    if (said.size() > kQuotesListed + kCitesListed) {
      out << " <small>and " << said.size() - kQuotesListed - kCitesListed << " more</small>";
    }
    out << "</p>";
  }
  out << "</details></article>\n";
}

// One line: the speaker, how often, the first quote shortened and links to the others.
void write_line(std::ostream& out, const ReportIndex& index, const Speaker& speaker) {
  out << "<li";
  if (speaker.confident == 0) out << " class=\"unsure\"";
  if (speaker.entity >= 0) out << " id=\"" << ReportIndex::speaker_anchor(static_cast<size_t>(speaker.entity)) << "\"";
  out << "><b>";
  if (speaker.entity >= 0) {
    link(out, ReportIndex::entity_anchor(static_cast<size_t>(speaker.entity)), speaker.label);
  } else {
    escape(out, speaker.label);
  }
  out << "</b> <small>" << plural(speaker.quotes.size(), "quote", "quotes") << "</small> ";
  const QuoteRef& first = speaker.quotes.front();
  const Document& doc = index.doc(first.doc);
  out << "<q>";
  escape(out, clip(fold_space(doc.slice(doc.quotes[first.quote].span)), kShortQuoteChars));
  out << "</q> ";
  for (size_t i = 0; i < speaker.quotes.size() && i < 4; ++i) {
    if (i > 0) out << " · ";
    cite(out, index, speaker.quotes[i].doc, ReportIndex::item_anchor(speaker.quotes[i].doc, 'q', speaker.quotes[i].quote));
  }
  if (speaker.quotes.size() > 4) out << " <small>+" << speaker.quotes.size() - 4 << "</small>";
  out << "</li>\n";
}

void write_list(std::ostream& out, const ReportIndex& index, std::string_view title,
                const std::vector<Speaker*>& speakers, size_t from, size_t cap) {
  if (from >= speakers.size()) return;
  size_t quotes = 0;
  for (size_t i = from; i < speakers.size(); ++i) quotes += speakers[i]->quotes.size();
  out << "<details class=\"more\"><summary>";
  escape(out, title);
  out << ": " << plural(speakers.size() - from, "speaker", "speakers") << ", "
      << plural(quotes, "quote", "quotes") << "</summary><ul class=\"speakers\">\n";
  for (size_t i = from; i < speakers.size() && i - from < cap; ++i) write_line(out, index, *speakers[i]);
  out << "</ul>";
  if (speakers.size() - from > cap) {
    out << "<p class=\"none\">and " << speakers.size() - from - cap
        << " more speakers, marked in the articles</p>";
  }
  out << "</details>\n";
}

void write_unattributed(std::ostream& out, const ReportIndex& index, const Speaker& nobody) {
  if (nobody.quotes.empty()) return;
  out << "<details class=\"more\"><summary>" << plural(nobody.quotes.size(), "quote", "quotes")
      << " whose speaker was not found</summary><ul class=\"quotes compact\">\n";
  for (size_t i = 0; i < nobody.quotes.size() && i < kQuotesListed; ++i) {
    write_said(out, index, {nobody.quotes[i], {}}, kShortQuoteChars);
  }
  out << "</ul></details>\n";
}

}  // namespace

void write_quotes(std::ostream& out, const ReportIndex& index) {
  const Dossier& dossier = index.dossier();
  std::vector<Speaker> named(dossier.entities.size());
  std::map<std::string, Speaker> unnamed;
  Speaker nobody;
  size_t total = 0;
  for (uint32_t d : index.by_date()) {
    const auto& quotes = index.doc(d).quotes;
    for (size_t q = 0; q < quotes.size(); ++q, ++total) {
      const int32_t e = dossier.entity_of(d, quotes[q].speaker_mention);
      Speaker* s = &nobody;
      if (e >= 0 && static_cast<size_t>(e) < named.size()) {
        s = &named[static_cast<size_t>(e)];
        s->entity = e;
      } else if (!fold_space(quotes[q].speaker_text).empty()) {
        s = &unnamed[text::fold_case(fold_space(quotes[q].speaker_text))];
        if (s->label.empty()) s->label = fold_space(quotes[q].speaker_text);
      }
      if (s->quotes.empty() || s->quotes.back().doc != d) ++s->articles;
      s->quotes.push_back({d, q});
      s->confident += index.confident_quote(quotes[q]);
    }
  }
  if (!open_section(out, "quotes", "Quotes by speaker", total, "No quotes found.")) return;
  std::vector<Speaker*> people, others;
  for (Speaker& s : named) {
    if (s.quotes.empty()) continue;
    s.label = index.entity_name(s.entity);
    order_best_first(index, s.quotes);
    people.push_back(&s);
  }
  for (auto& [key, s] : unnamed) {
    order_best_first(index, s.quotes);
    others.push_back(&s);
  }
  order_best_first(index, nobody.quotes);
  // Speakers with a confident quote first: the others are hidden until everything is shown.
  const auto by_weight = [](const Speaker* a, const Speaker* b) {
    return std::make_tuple(a->confident > 0, a->articles, a->quotes.size()) >
           std::make_tuple(b->confident > 0, b->articles, b->quotes.size());
  };
  std::stable_sort(people.begin(), people.end(), by_weight);
  std::stable_sort(others.begin(), others.end(), by_weight);
  out << "<p class=\"intro\">Named speakers, most quoted first; each one's quotes best first (by the "
         "confidence in the quote and its speaker, and by substance; fragments last). "
         "A quote repeated by several articles is shown once, with the others under “also”.</p>\n";
  for (size_t i = 0; i < people.size() && i < kSpeakersShown; ++i) {
    fill_said(index, *people[i]);
    write_card(out, index, *people[i]);
  }
  // Every named speaker keeps its anchor: the people cards link to it.
  write_list(out, index, "Other named speakers", people, kSpeakersShown, people.size());
  write_list(out, index, "Speakers not linked to a name (unnamed sources, groups, descriptions)",
             others, 0, kOthersListed);
  write_unattributed(out, index, nobody);
  end_section(out);
}

}  // namespace dossier::report::html
