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

TEST(Html, LeadBetweenTheHeadlineAndTheBodyIsKept) {
  const HtmlArticle a = extract_html(R"(<body><div class="story">
<h1>Ferry service returns to the island</h1>
<div class="intro"><p>The ferry to the island runs again from Friday, the harbour office said after a winter of repairs.</p></div>
<div class="byline">By Ana Ruiz</div>
<div class="share-links"><a href="/a">Post this story on a network of your choice</a></div>
<div class="story-body">
 <p>Two boats will cross each day at first, with a third added in the summer months when visitors come.</p>
 <p>The crossing takes forty minutes, ten fewer than before the new engines were fitted this year.</p>
 <p>Tickets are sold at the pier and on board, and prices stay as they were for another season at least.</p>
</div></div></body>)");
  EXPECT_EQ(a.text,
            "The ferry to the island runs again from Friday, the harbour office said after a winter "
            "of repairs.\n\n"
            "Two boats will cross each day at first, with a third added in the summer months when "
            "visitors come.\n\n"
            "The crossing takes forty minutes, ten fewer than before the new engines were fitted this "
            "year.\n\n"
            "Tickets are sold at the pier and on board, and prices stay as they were for another "
            "season at least.");
}

TEST(Html, TheHeaderOfAnArticleIsReadButNotThePageBanner) {
  const HtmlArticle a = extract_html(R"(<body>
<header><p>Example Gazette, the paper of the valley towns since the year it was first printed.</p></header>
<article><header><h1>Bridge to reopen</h1>
<p>The old stone bridge reopens to walkers next week after its arches were repaired by hand.</p></header>
<div class="text"><p>Cars will have to wait until the road surface has been laid again in the spring.</p>
<p>The council said the work cost less than planned because the old stones could be used again.</p></div>
</article></body>)");
  EXPECT_THAT(a.text, HasSubstr("The old stone bridge reopens to walkers next week"));
  EXPECT_THAT(a.text, HasSubstr("Cars will have to wait"));
  EXPECT_THAT(a.text, Not(HasSubstr("Example Gazette")));
}

TEST(Html, HeadingsOverNothingKeptAreLeftOut) {
  const HtmlArticle a = extract_html(R"(<body><article>
<p>The library opens its new reading room on Monday, with space for two hundred readers at a time.</p>
<h2>Longer hours</h2>
<p>It will stay open until ten in the evening on weekdays, two hours later than the old rooms did.</p>
<h2>More on this</h2>
<ul><li><a href="/1">Library budget approved by the council</a></li>
<li><a href="/2">Readers asked about opening hours</a></li></ul>
<h3>Comments</h3>
</article></body>)");
  EXPECT_THAT(a.text, HasSubstr("Longer hours"));
  EXPECT_THAT(a.text, Not(HasSubstr("More on this")));
  EXPECT_THAT(a.text, Not(HasSubstr("Comments")));
}

TEST(Html, BylineParagraphOfTheMainText) {
  const HtmlArticle signed_at_end = extract_html(R"(<body><div class="post">
<p>The village choir sang in the new hall for the first time on Sunday, to a full house of neighbours.</p>
<p>Its director said the hall's sound was kinder to the voices than the old school gym had ever been.</p>
<p><em>Text: Marta Lind</em></p>
</div></body>)");
  EXPECT_EQ(signed_at_end.meta.authors, std::vector<std::string>{"Marta Lind"});
  const HtmlArticle signed_at_start = extract_html(R"(<body><div class="post">
<p>Von Jonas Berger</p>
<p>The village choir sang in the new hall for the first time on Sunday, to a full house of neighbours.</p>
<p>By the end of the evening the chairs had run out and people stood along the walls to listen.</p>
</div></body>)");
  EXPECT_EQ(signed_at_start.meta.authors, std::vector<std::string>{"Jonas Berger"});
  // A sentence that starts with a byline word is no byline.
  const HtmlArticle unsigned_page = extract_html(R"(<body><div class="post">
<p>By the end of the evening the chairs had run out and people stood along the walls to listen.</p>
<p>The village choir sang in the new hall for the first time on Sunday, to a full house of neighbours.</p>
</div></body>)");
  EXPECT_TRUE(unsigned_page.meta.authors.empty());
}

TEST(Html, PictureGalleriesAreFurniture) {
  const HtmlArticle a = extract_html(R"(<body><div class="article-body">
<div class="photo-gallery"><div class="slide"><p>The new ferry at the pier on a grey morning, with the crew on deck before the first crossing.</p>
<p>Picture 1 of 6</p></div><div class="nav">Back to gallery</div></div>
<div class="image"><img src="ferry.jpg"><span class="image-caption">The ferry leaves the harbour on its first crossing of the bay (Picture: Port office)</span></div>
<p>The new ferry made its first crossing on Tuesday, an hour late because of fog over the bay.</p>
<p>Its owners said the boat would carry twice as many cars as the old one once the ramps are finished.</p>
<p>Drivers who booked for the first week were told to come half an hour early while the staff learn the new loading plan.</p>
</div></body>)");
  EXPECT_EQ(a.text,
            "The new ferry made its first crossing on Tuesday, an hour late because of fog over the "
            "bay.\n\n"
            "Its owners said the boat would carry twice as many cars as the old one once the ramps "
            "are finished.\n\n"
            "Drivers who booked for the first week were told to come half an hour early while the "
            "staff learn the new loading plan.");
}

TEST(Html, TheOneHeadlineRestatingTheLinkedDataHeadlineIsTheTitle) {
  const auto page = [](std::string_view h1) {
    return R"(<html><head><script type="application/ld+json">{"@type":"NewsArticle",
"headline":"Harbour cranes: what changes in brief"}</script></head><body><h1>)" +
           std::string(h1) + R"(</h1><p>The harbour replaces its two oldest cranes this winter, the port authority said on Monday.</p></body></html>)";
  };
  EXPECT_EQ(extract_html(page("Harbour cranes: the port renews its skyline")).meta.title,
            "Harbour cranes: the port renews its skyline");
  // An <h1> that shares no word with the headline is the site's or the blog's name.
  EXPECT_EQ(extract_html(page("Notes from the quay")).meta.title, "Harbour cranes: what changes in brief");
}

TEST(Html, DateLineOpeningTheMainTextWhenNothingElseDatesThePage) {
  const HtmlArticle a = extract_html(R"(<html lang="de"><body><div class="news">
<p>03.02.2022</p>
<p>Der Verein hat am Wochenende seine neue Halle eingeweiht, nach zwei Jahren Bauzeit und vielen Spenden.</p>
<p>Die Mitglieder trainieren ab Montag wieder drinnen, teilte der Vorstand nach der Feier mit.</p>
</div></body></html>)");
  ASSERT_TRUE(a.meta.date);
  EXPECT_EQ(a.meta.date->iso(), "2022-02-03");
  // A date later in the text is the story's, not the page's.
  const HtmlArticle later = extract_html(R"(<html lang="de"><body><div class="news">
<p>Der Verein hat am Wochenende seine neue Halle eingeweiht, nach zwei Jahren Bauzeit und vielen Spenden.</p>
<p>03.02.2022</p>
</div></body></html>)");
  EXPECT_FALSE(later.meta.date);
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

// Invented pages for the mechanisms tuned on half A of the trafilatura-eval dev pages.
const char kProse[] = "<p>The harbour council voted on Tuesday to close the old ferry pier for the summer, "
                      "and the ferry will stop at the new quay until the repairs are done.</p>";

TEST(Html, BylineNearTheHeadlineWhenNothingIsMarked) {
  const auto authors_of = [](const std::string& after_headline) {
    return extract_html("<html><body><h1>Pier closes for the summer</h1>" + after_headline + kProse +
                        "</body></html>").meta.authors;
  };
  // The label and the name in elements of their own.
  EXPECT_EQ(authors_of("<div><span>By</span><span><a href=\"/staff/ilse\">Ilse Draaven</a></span></div>"),
            std::vector<std::string>{"Ilse Draaven"});
  EXPECT_EQ(authors_of("<div>Ein Artikel von <strong>Petra Lind</strong> | 27.01.2022</div>"),
            std::vector<std::string>{"Petra Lind"});
  EXPECT_EQ(authors_of("<p>Von Petra Lind and Tom Vale</p>"), (std::vector<std::string>{"Petra Lind", "Tom Vale"}));
  // A sentence that starts with a byline word is no byline.
  EXPECT_EQ(authors_of("<p>By the end of the month the quay will be open again.</p>"), std::vector<std::string>{});
}

TEST(Html, TheSiteAsAuthorGivesWayToAPerson) {
  const std::string head =
      "<head><meta property=\"og:site_name\" content=\"Velmora Ledger\"><meta name=\"author\" "
      "content=\"Velmora Ledger\"><link rel=\"canonical\" href=\"https://www.velmora-ledger.example/pier\"></head>";
  EXPECT_EQ(extract_html("<html>" + head + "<body><h1>Pier closes for the summer</h1><p>By Ilse Draaven</p>" +
                         kProse + "</body></html>").meta.authors,
            std::vector<std::string>{"Ilse Draaven"});
  // A short name inside a longer site name is a person's.
  EXPECT_EQ(extract_html("<html><head><meta property=\"og:site_name\" content=\"Annapolis Harbour Times\">"
                         "<meta name=\"author\" content=\"Ann\"></head><body><h1>Pier closes for the summer</h1>"
                         "<p>By Ilse Draaven</p>" + std::string(kProse) + "</body></html>").meta.authors,
            std::vector<std::string>{"Ann"});
  // No person named: the site's name stays.
  EXPECT_EQ(extract_html("<html>" + head + "<body><h1>Pier closes for the summer</h1>" + kProse + "</body></html>")
                .meta.authors,
            std::vector<std::string>{"Velmora Ledger"});
}

TEST(Html, LabelsGluedToNamesAndTrailersAreCut) {
  const auto author_of = [](const std::string& byline) {
    const HtmlArticle page = extract_html("<html><body><div class=\"byline\">" + byline + "</div>" + kProse +
                                          "</body></html>");
    return page.meta.authors.empty() ? std::string() : page.meta.authors[0];
  };
  EXPECT_EQ(author_of("AuthorIlse Draaven"), "Ilse Draaven");
  EXPECT_EQ(author_of("Ver\xC3\xB6" "ffentlicht vonPetra Lind"), "Petra Lind");
  EXPECT_EQ(author_of("| Autor: petra"), "petra");
  EXPECT_EQ(author_of("PETRA LIND am 21. April 2020"), "PETRA LIND");
  EXPECT_EQ(author_of("Petra Lind @petralind"), "Petra Lind");
  // A name with an inner capital keeps it.
  EXPECT_EQ(author_of("Tom DiVale"), "Tom DiVale");
  // A label alone: the name is in the next element marked as the author.
  const HtmlArticle labelled = extract_html(
      "<html><body><span class=\"author-label\">Posted</span><span class=\"author-name\">Petra Lind</span>" +
      std::string(kProse) + "</body></html>");
  EXPECT_EQ(labelled.meta.authors, std::vector<std::string>{"Petra Lind"});
}

TEST(Html, DateLinesNearTheHeadline) {
  const auto date_of = [](const std::string& body, const std::string& lang = "de") {
    const HtmlArticle a = extract_html("<html lang=\"" + lang + "\"><body>" + body + kProse + "</body></html>");
    return a.meta.date ? a.meta.date->iso() : std::string("none");
  };
  EXPECT_EQ(date_of("<h1>Pier closes</h1><p><em>10.11.2021</em></p>"), "2021-11-10");
  EXPECT_EQ(date_of("<p>Harbour news &bull; 02.02.2022</p><h1>Pier closes</h1>"), "2022-02-02");
  EXPECT_EQ(date_of("<h1>Pier closes<br><small>02.02.2022</small></h1>"), "2022-02-02");
  EXPECT_EQ(date_of("<h1>Pier closes</h1><p>25. Januar 2022 | Velmora</p>"), "2022-01-25");
  // A dateline opening a paragraph longer than a date line.
  EXPECT_EQ(date_of("<h1>Pier closes</h1><p>27.1.2022 - The harbour council met in the old customs house "
                    "on a grey morning and voted, after a long debate about the ferry, to close the pier.</p>"),
            "2022-01-27");
  // Month names of the text's language when the page declares none.
  EXPECT_EQ(date_of("<h1>Der Anleger schlie\xC3\x9Ft</h1><p>Freitag, 5. Juni 2015</p><p>Der Hafenrat hat am "
                    "Dienstag beschlossen, den alten F\xC3\xA4hranleger f\xC3\xBCr den ganzen Sommer zu "
                    "schlie\xC3\x9F" "en, und die F\xC3\xA4hre h\xC3\xA4lt bis zum Ende der Arbeiten am neuen "
                    "Kai, wie die Stadt mitteilte.</p>", ""),
            "2015-06-05");
  // No date near the headline.
  EXPECT_EQ(date_of("<h1>Pier closes</h1><p>Harbour news</p>"), "none");
}

TEST(Html, PublishedTimeOfPlugInsAndOtherLinkedData) {
  const auto date_of = [](const std::string& head) {
    const HtmlArticle a = extract_html("<html><head>" + head + "</head><body>" + kProse + "</body></html>");
    return a.meta.date ? a.meta.date->iso() : std::string("none");
  };
  EXPECT_EQ(date_of("<meta name=\"sharebar:article_published_time\" content=\"2014-03-17T01:44:37+01:00\">"),
            "2014-03-17");
  EXPECT_EQ(date_of("<script type=\"application/ld+json\">{\"@type\": \"WebPage\", \"datePublished\": "
                    "\"2014-03-17T01:44:37+00:00\"}</script>"),
            "2014-03-17");
}

TEST(Html, KickerInsideTheHeadlineIsLeftOut) {
  const auto title_of = [](const std::string& h1) {
    return extract_html("<html><body>" + h1 + kProse + "</body></html>").meta.title;
  };
  EXPECT_EQ(title_of("<h1><span class=\"roofline\">Harbour</span> Pier closes for the summer</h1>"),
            "Pier closes for the summer");
  EXPECT_EQ(title_of("<h1><div class=\"topic\">Ferries</div> Pier closes for the summer</h1>"),
            "Pier closes for the summer");
  EXPECT_EQ(title_of("<h1><a href=\"/p\"><span class=\"label\">Notes</span><span class=\"gap\">&nbsp;"
                     "</span>Pier closes for the summer</a></h1>"),
            "Pier closes for the summer");
  // A link or emphasis inside the headline's words is part of it.
  EXPECT_EQ(title_of("<h1><a href=\"/velmora\">Velmora</a> pier closes for the summer</h1>"),
            "Velmora pier closes for the summer");
  EXPECT_EQ(title_of("<h1><em>Again</em> the pier closes for the summer</h1>"), "Again the pier closes for the summer");
  // A sub-line in <small> after the headline's words.
  EXPECT_EQ(title_of("<h1>Pier closes for the summer<br><small>02.02.2022 &bull; Harbour</small></h1>"),
            "Pier closes for the summer");
}

TEST(Html, LinkedDataHeadlineAsThePageShowsIt) {
  const auto title_of = [](const std::string& headline, const std::string& body) {
    return extract_html("<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
                        "\"headline\": \"" + headline + "\"}</script></head><body>" + body + kProse +
                        "</body></html>").meta.title;
  };
  EXPECT_EQ(title_of("Pier closes for the summer | Velmora.example", ""), "Pier closes for the summer");
  EXPECT_EQ(title_of("Harbour: Pier closes for the summer", "<h1>Pier closes for the summer</h1>"),
            "Pier closes for the summer");
  // A headline of two clauses is kept whole; so is one that has no <h1> or a different one.
  EXPECT_EQ(title_of("Harbour council votes: the pier closes", "<h1>the pier closes</h1>"),
            "Harbour council votes: the pier closes");
  EXPECT_EQ(title_of("Harbour: Pier closes for the summer", ""), "Harbour: Pier closes for the summer");
  EXPECT_EQ(title_of("Pier closes | Harbour desk", ""), "Pier closes | Harbour desk");
}

}  // namespace
}  // namespace dossier::ingest
