// Article metadata given as strings (JSON Lines fields, HTML meta tags): dates and author lists.
#ifndef DOSSIER_INGEST_META_FIELDS_H_
#define DOSSIER_INGEST_META_FIELDS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/span.h"

namespace dossier::ingest {

// An article date from metadata: an ISO date or timestamp, a written date ("14 June 2023",
// "Wed, 14 Jun 2023 10:32:00 +0000"), eight digits as YYYYMMDD, or Unix seconds or milliseconds
// given as nine or more digits.
std::optional<CivilDate> parse_metadata_date(std::string_view text);

// The UTC calendar day of a Unix time (seconds, or milliseconds from 1e11 up); nullopt when it
// falls outside 1800..2199.
std::optional<CivilDate> date_from_unix(double seconds);

// A date in a URL's or file's path: 2024-12-04, 2024/12/04, 2024_12_04 or 20241204 standing
// alone (/2019/10/21/title, /2020-02/19/, 2024-12-04-talks.txt); nullopt when there is none.
std::optional<CivilDate> date_in_path(std::string_view path);

// True for a word that introduces a byline ("by", "von", "par") or labels one ("Author:", "Text").
bool is_byline_word(std::string_view word);

// text without the words that introduce a byline ("By", "Posted by", "von", "par", "Author:").
std::string_view strip_byline_words(std::string_view text);

// The name part of a byline block: after the words that lead to it ("Posted on 5 May 2021 by",
// "View all posts by"), before a dash, bracket or date ("Dominique - published 28.01.2022").
std::string_view clean_byline(std::string_view text);

// Appends the names of an author string: split at ";", "|", " and ", " & "; byline words
// dropped (strip_byline_words); empty parts skipped.
void split_authors(std::string_view text, std::vector<std::string>& out);

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_META_FIELDS_H_
