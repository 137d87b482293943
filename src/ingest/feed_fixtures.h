// Test-only: the pages, feeds and sitemaps of an invented news site (feed_site.h serves them).
// Every text here is invented.
#ifndef DOSSIER_INGEST_FEED_FIXTURES_H_
#define DOSSIER_INGEST_FEED_FIXTURES_H_

#include <string>

namespace dossier::ingest::testing {

// Prose of an invented story, different per topic so that no two pages are duplicates.
inline std::string story_paragraphs(const std::string& place, const std::string& topic) {
  return "<p>The town council of " + place + " met late on Tuesday to debate the " + topic +
         ", a question that has divided the harbour district for most of the year and drawn "
         "crowds to every public hearing since the spring.</p>"
         "<p>Council member Orla Benthe told the meeting that the " + topic +
         " would be settled before the winter storms arrive, and that engineers had been asked to "
         "report on the costs by the end of next month.</p>"
         "<p>Residents who spoke at the hearing said they wanted the work done quickly, though "
         "several warned that the fishing fleet of " + place +
         " could not afford another season of closures along the waterfront.</p>";
}

// A page with its own title, author and date in its metadata.
inline std::string dated_page(const std::string& title, const std::string& author,
                              const std::string& date, const std::string& body) {
  return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title +
         " | The Velmora Lantern</title><meta property=\"article:published_time\" content=\"" +
         date + "\"><meta name=\"author\" content=\"" + author + "\"></head><body><nav><a "
         "href=\"/\">Home</a></nav><article><h1>" + title + "</h1>" + body +
         "</article><footer>The Velmora Lantern</footer></body></html>";
}

// A page with neither title, author nor date: the feed's item has to supply them.
inline std::string bare_page(const std::string& body) {
  return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><div class=\"story\">" +
         body + "</div></body></html>";
}

inline const std::string& rss_feed() {
  static const std::string feed = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
<title>The Velmora Lantern</title>
<link>/</link>
<item>
  <title>Pier repairs approved</title>
  <link>/news/pier-repairs?utm_source=rss&amp;utm_medium=feed</link>
  <pubDate>Tue, 03 Dec 2024 09:30:00 GMT</pubDate>
  <dc:creator>Anselm Quill</dc:creator>
  <description>Short summary that is never the article.</description>
</item>
<item>
  <title><![CDATA[Ferry crews stop work]]></title>
  <link>/news/ferry-crews</link>
  <pubDate>Wed, 04 Dec 2024 07:15:00 +0100</pubDate>
  <author>desk@velmora.example (Mirte Oskam)</author>
</item>
<item>
  <title>Council memo</title>
  <link>/private/memo</link>
</item>
<item>
  <title>Gone</title>
  <link>/news/missing</link>
</item>
<item>
  <title>No link at all</title>
</item>
</channel>
</rss>
)";
  return feed;
}

inline const std::string& atom_feed() {
  static const std::string feed = R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>The Velmora Lantern</title>
  <updated>2024-12-05T10:00:00Z</updated>
  <entry>
    <title type="html">Coast road to reopen</title>
    <link rel="alternate" type="text/html" href="news/coast-road"/>
    <link rel="edit" href="/edit/42"/>
    <published>2024-12-05T08:00:00Z</published>
    <updated>2024-12-06T08:00:00Z</updated>
    <author><name>Hedda Vorst</name></author>
  </entry>
  <entry>
    <title>Pier repairs approved</title>
    <link href="/news/pier-repairs"/>
    <updated>2024-12-03T09:30:00Z</updated>
  </entry>
</feed>
)";
  return feed;
}

inline std::string sitemap_index(const std::string& base) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
         "<sitemap><loc>" + base + "/sitemap-news.xml</loc></sitemap>\n"
         "<sitemap><loc>/sitemap-missing.xml</loc></sitemap>\n"
         "</sitemapindex>\n";
}

inline const std::string& news_sitemap() {
  static const std::string sitemap = R"(<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url>
    <loc>/news/tide-gauge</loc>
    <lastmod>2025-01-20</lastmod>
    <news:news>
      <news:publication><news:name>The Velmora Lantern</news:name><news:language>en</news:language></news:publication>
      <news:publication_date>2024-12-07T06:00:00+00:00</news:publication_date>
      <news:title>Tide gauge installed</news:title>
    </news:news>
  </url>
  <url><loc>/news/pier-repairs</loc></url>
</urlset>
)";
  return sitemap;
}

// A page in Windows-1252 whose charset only the HTTP header names: curly quotes and an e acute.
inline std::string cp1252_page() {
  return "<html><head><title>Caf\xe9 owners object</title></head><body><article>"
         "<p>The owners of the harbour caf\xe9 in Velmora said on Monday that the new parking rules "
         "were \x93unworkable\x94 and asked the council to delay them until the ferry timetable "
         "is settled for the season.</p><p>The council said it would hear their objection at the "
         "next public meeting, where the fishing cooperative also plans to speak about the "
         "closures along the waterfront.</p></article></body></html>";
}

}  // namespace dossier::ingest::testing

#endif  // DOSSIER_INGEST_FEED_FIXTURES_H_
