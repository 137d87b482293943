// The HTML report: structure, self-containment, escaping, anchors for every marked item.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <sstream>

#include "dossier/writers.h"
#include "report/html_check.h"
#include "report/sample_dossier.h"

namespace dossier::report::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

std::string render(const Dossier& dossier) {
  std::ostringstream out;
  write_html(dossier, out);
  return out.str();
}

const std::string& sample_html() {
  static const std::string html = render(sample_dossier());
  return html;
}

// The text of an element's content with tags removed and character references decoded.
std::string plain_text(std::string_view html) {
  std::string out;
  for (size_t i = 0; i < html.size(); ++i) {
    if (html[i] == '<') {
      i = html.find('>', i);
      continue;
    }
    if (html[i] != '&') {
      out.push_back(html[i]);
      continue;
    }
    const size_t end = html.find(';', i);
    const std::string_view name = html.substr(i + 1, end - i - 1);
    out += name == "lt" ? "<" : name == "gt" ? ">" : name == "amp" ? "&" : name == "quot" ? "\"" : "'";
    i = end;
  }
  return out;
}

// The marked text of article `anchor` as written in the page.
std::string_view article_text(std::string_view html, const std::string& anchor) {
  const size_t article = html.find("<details class=\"article\" id=\"" + anchor + "\"");
  const size_t start = html.find("<div class=\"text\">", article) + 18;
  const size_t end = html.find("</div>\n</details>", start);
  return html.substr(start, end - start);
}

TEST(HtmlReport, SampleIsWellFormedAndSelfContained) {
  const HtmlFacts facts = check_html(sample_html());
  EXPECT_THAT(facts.problems, IsEmpty());
  EXPECT_GT(facts.internal_links, 40u);
  for (const char* section : {"overview", "stories", "timeline", "entities", "quotes", "events",
                              "positions", "conflicts", "duplicates", "articles", "diagnostics"}) {
    EXPECT_TRUE(facts.ids.contains(section)) << section;
  }
}

TEST(HtmlReport, EveryMarkedItemHasAnAnchor) {
  const HtmlFacts facts = check_html(sample_html());
  const Dossier dossier = sample_dossier();
  for (uint32_t d = 0; d < dossier.documents.size(); ++d) {
    const Document& doc = dossier.documents[d];
    const std::string a = "a" + std::to_string(d);
    EXPECT_TRUE(facts.ids.contains(a));
    for (size_t i = 0; i < doc.mentions.size(); ++i) EXPECT_TRUE(facts.ids.contains(a + "m" + std::to_string(i)));
    for (size_t i = 0; i < doc.roles.size(); ++i) EXPECT_TRUE(facts.ids.contains(a + "r" + std::to_string(i)));
    for (size_t i = 0; i < doc.quotes.size(); ++i) EXPECT_TRUE(facts.ids.contains(a + "q" + std::to_string(i)));
    for (size_t i = 0; i < doc.times.size(); ++i) EXPECT_TRUE(facts.ids.contains(a + "t" + std::to_string(i)));
    for (size_t i = 0; i < doc.events.size(); ++i) EXPECT_TRUE(facts.ids.contains(a + "v" + std::to_string(i)));
  }
  for (size_t e = 0; e < dossier.entities.size(); ++e) {
    EXPECT_TRUE(facts.ids.contains("e" + std::to_string(e)));
  }
  // Items in the sections link to their passages.
  const std::string& html = sample_html();
  for (const char* target : {"#a0q0", "#a1q1", "#a0r0", "#a2r0", "#a2t0", "#a0v0", "#a2v0", "#a0m4", "#e0",
                             "#a2p143-213"}) {
    EXPECT_THAT(html, HasSubstr(std::string("href=\"") + target + "\"")) << target;
  }
}

TEST(HtmlReport, MarkedTextKeepsTheArticleTextExactly) {
  const Dossier dossier = sample_dossier();
  for (uint32_t d = 0; d < dossier.documents.size(); ++d) {
    EXPECT_EQ(plain_text(article_text(sample_html(), "a" + std::to_string(d))),
              dossier.documents[d].text);
  }
  // The event clause ends inside a quote: the quote is split, its anchor on the first part.
  const std::string_view wire = article_text(sample_html(), "a0");
  EXPECT_THAT(std::string(wire), HasSubstr("<span class=\"q q-direct\" id=\"a0q0\""));
}

TEST(HtmlReport, PositionsCiteTheirEvents) {
  const std::string& html = sample_html();
  const size_t section = html.find("<section id=\"positions\"");
  ASSERT_NE(section, std::string::npos);
  const std::string positions = html.substr(section, html.find("</section>", section) - section);
  EXPECT_THAT(positions, HasSubstr("the lenders"));
  EXPECT_THAT(positions, HasSubstr("pledges"));
  EXPECT_THAT(positions, HasSubstr("a loan to Valdoria &lt;fast&gt;"));
  EXPECT_THAT(positions, HasSubstr("href=\"#a2v0\""));
}

TEST(HtmlReport, ItemsBelowTheirThresholdAreHiddenBehindOneSwitch) {
  EXPECT_THAT(sample_html(), Not(HasSubstr("id=\"show-all\"")));  // no thresholds: everything shown
  EXPECT_THAT(sample_html(), Not(HasSubstr(" unsure\"")));
  Dossier dossier = sample_dossier();
  dossier.confident_from.speech = 0.5f;
  dossier.confident_from.events.reset();
  dossier.documents[0].quotes[0].confidence = 0.9f;
  const std::string html = render(dossier);
  EXPECT_THAT(check_html(html).problems, IsEmpty());
  EXPECT_THAT(html, HasSubstr("<input type=\"checkbox\" id=\"show-all\">"));
  EXPECT_THAT(html, HasSubstr("body:not(.all) .unsure{display:none}"));
  EXPECT_THAT(html, HasSubstr("quotes &ge; 0.50"));
  EXPECT_THAT(html, HasSubstr("events: none"));
  EXPECT_THAT(html, HasSubstr("No event reaches the confidence threshold"));
  EXPECT_THAT(html, HasSubstr("<div class=\"unsure\"><h3>"));
  EXPECT_THAT(html, HasSubstr("<li class=\"q-indirect unsure\">"));
  EXPECT_THAT(html, HasSubstr("<li class=\"q-direct\">"));
  // The overview counts only the confident quote and no event.
  EXPECT_THAT(html, HasSubstr("<a class=\"stat\" href=\"#quotes\"><b>1</b> quotes</a>"));
  EXPECT_THAT(html, HasSubstr("<a class=\"stat\" href=\"#events\"><b>0</b> events</a>"));
}

TEST(HtmlReport, EscapesEverythingFromTheInput) {
  Dossier dossier = sample_dossier();
  dossier.documents[2].meta.url = "javascript:alert(1)";
  const std::string html = render(dossier);
  EXPECT_THAT(check_html(html).problems, IsEmpty());
  EXPECT_THAT(html, Not(HasSubstr("<script>alert")));
  EXPECT_THAT(html, HasSubstr("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
  EXPECT_THAT(html, HasSubstr("Herald: &quot;14 killed&quot; &amp; &lt;more&gt;"));
  EXPECT_THAT(html, Not(HasSubstr("href=\"javascript")));
  EXPECT_THAT(html, HasSubstr("href=\"https://herald.example/story?id=1&amp;ref=&lt;wire&gt;\""));
}

TEST(HtmlReport, EmptySectionsSayNoneFound) {
  const std::string html = render(Dossier{});
  const HtmlFacts facts = check_html(html);
  EXPECT_THAT(facts.problems, IsEmpty());
  for (const char* message : {"No stories found.", "No people, organisations or places found.",
                              "No quotes found.", "No events found.", "No positions found.", "No disagreements found.",
                              "No near-duplicate articles found.", "No articles were read.",
                              "Every input was read.", "No dated articles, events or dates found."}) {
    EXPECT_THAT(html, HasSubstr(message));
  }
}

TEST(HtmlReport, ManyArticlesStayCollapsedAndWellFormed) {
  Dossier dossier;
  for (int i = 0; i < 400; ++i) {
    Document doc;
    doc.id = "n" + std::to_string(i);
    doc.text = "Headline " + std::to_string(i) + "\n\nBody of article " + std::to_string(i) + ".\n";
    doc.meta.date = CivilDate::from_days_since_epoch(20000 + i % 30);
    doc.meta.date_basis = DateBasis::kMetadata;
    doc.meta.source = i % 2 == 0 ? "Wire A" : "Wire B";
    dossier.documents.push_back(std::move(doc));
  }
  const std::string html = render(dossier);
  const HtmlFacts facts = check_html(html);
  EXPECT_THAT(facts.problems, IsEmpty());
  EXPECT_TRUE(facts.ids.contains("a399"));
  EXPECT_THAT(html, Not(HasSubstr("<details class=\"article\" open")));
}

}  // namespace
}  // namespace dossier::report::testing
