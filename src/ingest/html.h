// HTML pages as articles: charset decoding, the main text (a basic extraction over gumbo's
// HTML5 tree) and the page's metadata (title, authors, date, url, site).
#ifndef DOSSIER_INGEST_HTML_H_
#define DOSSIER_INGEST_HTML_H_

#include <string>
#include <string_view>
#include <vector>

#include "dossier/article.h"
#include "ingest/decode.h"

namespace dossier::ingest {

struct HtmlArticle {
  std::string text;  // main-text paragraphs separated by blank lines
  ArticleMeta meta;  // title, authors, date (basis metadata), url, source when the page has them
  std::vector<std::string> warnings;  // limits the page hit (html_limits.h): tags flattened, cut
};

// Decodes a page's bytes: a byte-order mark, else the charset of its HTTP headers (http_charset),
// else the one its <meta> declares, else UTF-8, else (invalid UTF-8) Windows-1252 with a warning.
// error is set for binary data (NUL bytes).
DecodedText decode_html(std::string bytes, std::string_view http_charset = {});

// The main text and metadata of a page given as UTF-8; the markup is first bounded in depth and
// element count (html_limits.h) so that the parse is linear in the page.
HtmlArticle extract_html(std::string_view html);

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_HTML_H_
