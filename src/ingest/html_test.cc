#include "ingest/html.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace dossier::ingest {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const char kPage[] = R"(<!doctype html>
<html lang="en-GB"><head>
<meta charset="utf-8">
<title>Dam opens after delay | Example News</title>
<meta property="og:title" content="Dam opens after long delay | Example News">
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Okafor">
<meta property="article:published_time" content="2023-06-14T08:00:00+02:00">
<link rel="canonical" href="https://news.example.org/dam">
<style>p { color: red }</style>
<script>var tracking = "Do not show this";</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<div class="layout">
 <aside class="sidebar"><p>Most read: a long list of other stories that nobody asked for here.</p></aside>
 <article>
  <h1>Dam opens after long delay</h1>
  <p class="lead">The river dam opened on Monday after six years of delay, officials said in a statement.</p>
  <p>Engineers began filling the reservoir at dawn, and the first turbine is due to run by the end of the month.</p>
  <h2>Farmers wait</h2>
  <p>Farmers downstream said they would judge the project by <a href="/water">the water</a> it leaves for their fields.</p>
  <div class="share-buttons"><a href="#">Share on a network</a> <a href="#">Share by mail</a></div>
  <figure><img src="dam.jpg"><figcaption>The dam at dawn.</figcaption></figure>
  <p hidden>Hidden teaser text that should never appear in the article body.</p>
 </article>
 <section class="comments"><p>First! This comment is long enough to look like a paragraph of prose, sadly.</p></section>
</div>
<footer><p>Copyright Example News. All rights reserved by the publisher of this page.</p></footer>
</body></html>)";

TEST(Html, MainTextIsTheArticleParagraphs) {
  const HtmlArticle a = extract_html(kPage);
  EXPECT_EQ(a.text,
            "The river dam opened on Monday after six years of delay, officials said in a "
            "statement.\n\n"
            "Engineers began filling the reservoir at dawn, and the first turbine is due to run by "
            "the end of the month.\n\n"
            "Farmers wait\n\n"
            "Farmers downstream said they would judge the project by the water it leaves for their "
            "fields.");
}

TEST(Html, MetadataFromMetaTags) {
  const HtmlArticle a = extract_html(kPage);
  EXPECT_EQ(a.meta.title, "Dam opens after long delay");
  EXPECT_EQ(a.meta.authors, std::vector<std::string>{"Jane Okafor"});
  ASSERT_TRUE(a.meta.date);
  EXPECT_EQ(a.meta.date->iso(), "2023-06-14");
  EXPECT_EQ(a.meta.date_basis, DateBasis::kMetadata);
  EXPECT_EQ(a.meta.url, "https://news.example.org/dam");
  EXPECT_EQ(a.meta.source, "Example News");
  EXPECT_EQ(a.meta.language, "en");
}

TEST(Html, MetadataFromJsonLd) {
  const HtmlArticle a = extract_html(R"(<html><head>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"Example"},
 {"@type":["NewsArticle"],"headline":"Talks stall in Geneva","datePublished":"2023-06-14",
  "author":[{"@type":"Person","name":"Jane Okafor"},{"@type":"Person","name":"Tom Bell"}],
  "publisher":{"@type":"Organization","name":"Example Wire"},"url":"https://example.org/t"}]}
</script></head><body><p>Talks on the river treaty stalled on Wednesday after two ministers left.</p>
</body></html>)");
  EXPECT_EQ(a.meta.title, "Talks stall in Geneva");
  EXPECT_EQ(a.meta.authors, (std::vector<std::string>{"Jane Okafor", "Tom Bell"}));
  EXPECT_EQ(a.meta.date->iso(), "2023-06-14");
  EXPECT_EQ(a.meta.source, "Example Wire");
  EXPECT_EQ(a.meta.url, "https://example.org/t");
}

TEST(Html, FallbacksTitleTagAndTimeElement) {
  const HtmlArticle a = extract_html(R"(<html><head><title>Storm hits coast - The Daily Example</title>
</head><body><p>By <a rel="author" href="/ana">Ana Ruiz</a>, <time datetime="2023-06-14">yesterday</time></p>
<p>The storm reached the coast overnight and cut power to thousands of homes, the utility said.</p>
</body></html>)");
  EXPECT_EQ(a.meta.title, "Storm hits coast");
  EXPECT_EQ(a.meta.authors, std::vector<std::string>{"Ana Ruiz"});
  EXPECT_EQ(a.meta.date->iso(), "2023-06-14");
}

TEST(Html, TheHeadlineIsTheHeadingThePageTitleRepeats) {
  // The site's name is the page's one <h1>; the headline is an <h2> the title repeats.
  const HtmlArticle a = extract_html(
      "<html><head><title>Ferry pier to close for the summer - Velmora Ledger</title></head><body>"
      "<h1>Velmora Ledger</h1><h2>Latest news</h2><h2>Ferry pier to close for the summer</h2>"
      "<p>The harbour council voted on Tuesday to close the old ferry pier for the summer.</p>"
      "</body></html>");
  EXPECT_EQ(a.meta.title, "Ferry pier to close for the summer");
}

TEST(Html, DatesFromTheUrlAndFromVisibleDateElements) {
  const std::string body =
      "<p>The harbour council voted on Tuesday to close the old ferry pier for the summer.</p>";
  const auto date_of = [](const std::string& html) {
    const HtmlArticle a = extract_html(html);
    return a.meta.date ? a.meta.date->iso() : "none";
  };
  EXPECT_EQ(date_of("<html><head><link rel=canonical href=\"https://ledger.example/2019/10/21/pier\">"
                    "</head><body>" + body + "</body></html>"),
            "2019-10-21");
  EXPECT_EQ(date_of("<html><body><div class=\"post-meta\">Posted on 21.01.2009, 05:42 by Ilse</div>" +
                    body + "</body></html>"),
            "2009-01-21");
  EXPECT_EQ(date_of("<html lang=\"de\"><body><div class=\"entry-meta\">Ver\xC3\xB6" "ffentlicht am 23. Juli 2017"
                    "</div>" + body + "</body></html>"),
            "2017-07-23");
  EXPECT_EQ(date_of("<html><body><abbr class=\"published\" title=\"2017-07-23T17:06:45+0000\">Sunday"
                    "</abbr>" + body + "</body></html>"),
            "2017-07-23");
  // A copyright line, a date in the future and the day a page was updated are not its date.
  EXPECT_EQ(date_of("<html><body>" + body + "<div class=\"footer-meta\">\xC2\xA9 14 June 2023 Ledger</div>"
                    "<span class=\"date\">1 January 2999</span><span class=\"updated-date\">2 May 2020"
                    "</span></body></html>"),
            "none");
}

TEST(Html, TitlesLoseTheSiteNameButKeepTheirOwnDashesAndReferences) {
  const auto title_of = [](const std::string& head) {
    return extract_html("<html><head>" + head + "</head><body><p>The harbour council voted on "
                        "Tuesday to close the old ferry pier for the summer.</p></body></html>").meta.title;
  };
  EXPECT_EQ(title_of("<title>Pier closes \xE2\x80\x93 repairs \xE2\x80\x93 the summer</title>"),
            "Pier closes \xE2\x80\x93 repairs \xE2\x80\x93 the summer");
  EXPECT_EQ(title_of("<title>Pier closes for the summer | Velmora Ledger</title>"), "Pier closes for the summer");
  EXPECT_EQ(title_of("<meta property=\"og:site_name\" content=\"Velmora Ledger\">"
                     "<title>Velmora Ledger - Pier closes</title>"),
            "Pier closes");
  EXPECT_EQ(title_of("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": "
                     "\"Pier &#8211; closes &amp;#038; more\"}</script>"),
            "Pier \xE2\x80\x93 closes & more");
}

TEST(Html, BylineWordsAreNotPartOfTheName) {
  const HtmlArticle a = extract_html(
      "<html><body><span class=\"entry-author\">von Ilse Draaven</span><p>The harbour council "
      "voted on Tuesday to close the old ferry pier for the summer.</p></body></html>");
  EXPECT_EQ(a.meta.authors, std::vector<std::string>{"Ilse Draaven"});
  const auto author_of = [](const std::string& byline) {
    const HtmlArticle page = extract_html("<html><body><div class=\"comments\"><span class=\"comment-author\">"
                                          "Reader One</span></div><div class=\"byline\">" + byline +
                                          "</div><p>The harbour council voted on Tuesday to close the "
                                          "old ferry pier for the summer.</p></body></html>");
    return page.meta.authors.empty() ? std::string() : page.meta.authors[0];
  };
  EXPECT_EQ(author_of("Posted on September 21, 2020 by Petra Lind"), "Petra Lind");
  EXPECT_EQ(author_of("View all posts by Petra Lind"), "Petra Lind");
  EXPECT_EQ(author_of("erstellt von Petra \xE2\x80\x94 ver\xC3\xB6" "ffentlicht 28.01.2022"), "Petra");
  EXPECT_EQ(author_of("lind42 am 29.12.2010, 13:36 Uhr"), "lind42");
  EXPECT_EQ(author_of("Walter von Aachen"), "Walter von Aachen");
}

TEST(Html, LineBreaksAndEntities) {
  const HtmlArticle a = extract_html(
      "<body><div>First line&nbsp;of text, long enough to count as the prose of this page.<br>"
      "Second line &amp; more.<br><br>A new paragraph made of breaks &#8212; as old pages do."
      "</div></body>");
  EXPECT_EQ(a.text,
            "First line\xC2\xA0of text, long enough to count as the prose of this page.\n"
            "Second line & more.\n\nA new paragraph made of breaks \xE2\x80\x94 as old pages do.");
}

TEST(Html, PagesWithoutProse) {
  EXPECT_EQ(extract_html("").text, "");
  EXPECT_EQ(extract_html("<html><body><nav>Home</nav></body></html>").text, "");
  EXPECT_EQ(extract_html("<p>Short page.</p>").text, "Short page.");
  EXPECT_EQ(extract_html("plain words, no markup").text, "plain words, no markup");
}

TEST(Html, DeepNestingIsWalkedWithoutRecursion) {
  std::string page;
  for (int i = 0; i < 20000; ++i) page += "<span>";
  page += "Deep text of the page.";
  const HtmlArticle a = extract_html(page);
  EXPECT_EQ(a.text, "Deep text of the page.");
}

TEST(Html, DeclaredCharsets) {
  const DecodedText cyrillic =
      decode_html("<html><head><meta charset=\"windows-1251\"></head><body>\xCC\xE8\xF0</body>");
  EXPECT_THAT(cyrillic.text, HasSubstr("\xD0\x9C\xD0\xB8\xD1\x80"));
  EXPECT_EQ(cyrillic.warning, "");
  const DecodedText legacy = decode_html(
      "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>\x93Hi\x94</p>");
  EXPECT_THAT(legacy.text, HasSubstr("\xE2\x80\x9CHi\xE2\x80\x9D"));
  // Declared Latin-1 but written in UTF-8: the bytes win.
  const DecodedText mislabelled =
      decode_html("<meta charset=\"iso-8859-1\"><p>Z\xC3\xBCrich</p>");
  EXPECT_THAT(mislabelled.text, HasSubstr("Z\xC3\xBCrich"));
  const DecodedText undeclared = decode_html("<p>caf\xE9</p>");
  EXPECT_THAT(undeclared.text, HasSubstr("caf\xC3\xA9"));
  EXPECT_THAT(undeclared.warning, HasSubstr("not valid UTF-8"));
  EXPECT_THAT(decode_html(std::string("<p>\0</p>", 8)).error, HasSubstr("binary file"));
}

}  // namespace
}  // namespace dossier::ingest
