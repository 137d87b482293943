// Readers for the annotated news corpora the text layer is derived from and measured on:
// CoNLL-2003 (token per line), ECB+ (tokens with sentence numbers), TimeML, and plain text.
#ifndef DOSSIER_TOOLS_CORPORA_NEWS_CORPORA_H_
#define DOSSIER_TOOLS_CORPORA_NEWS_CORPORA_H_

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace dossier::corpora {

// A pre-tokenised document: sentences of tokens, as annotated.
struct TokenizedDoc {
  std::string name;
  std::vector<std::vector<std::string>> sentences;
};

// CoNLL-2003 file: documents split at -DOCSTART-, sentences at blank lines, first column.
std::vector<TokenizedDoc> read_conll(const std::string& path);
// One ECB+ XML file: tokens grouped by their sentence attribute, in order.
TokenizedDoc read_ecbplus(const std::string& path);
// The ECB+ XML files of the given topics under dir (recursively), in name order.
std::vector<std::string> ecbplus_files(const std::string& dir, const std::set<int>& topics);
// The ECB+ topics of "train", "dev", "test" or "1,3,5-9" (parts may be mixed); throws UsageError.
std::set<int> ecbplus_topics(const std::string& spec);
// The text inside the TEXT element of a TimeML file, tags removed and entities decoded.
std::string read_timeml_text(const std::string& path);
// Files under dir (recursively) whose names end with suffix, in name order.
// Decodes XML character references (&amp; &lt; &gt; &quot; &apos; &#N; &#xH;); others stay as written.
std::string decode_xml_references(std::string_view s);
std::vector<std::string> files_with_suffix(const std::string& dir, const std::string& suffix);
// Joins tokens into running text with the spacing of English print ("said ." -> "said.",
// "( AP )" -> "(AP)", "do n't" -> "don't"); offsets[i] gets token i's begin byte.
std::string detokenize(const std::vector<std::string>& tokens, std::vector<size_t>* offsets);

}  // namespace dossier::corpora

#endif  // DOSSIER_TOOLS_CORPORA_NEWS_CORPORA_H_
