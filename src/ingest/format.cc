#include "ingest/format.h"

#include <string>

#include "util/ascii.h"
#include "ingest/decode.h"

namespace dossier::ingest {

NamedFormat format_from_name(std::string_view path) {
  NamedFormat named;
  const size_t slash = path.find_last_of('/');
  std::string name = util::ascii::lower(slash == std::string_view::npos ? path : path.substr(slash + 1));
  if (name.ends_with(".gz")) {
    named.gzip = true;
    name.resize(name.size() - 3);
  }
  const size_t dot = name.find_last_of('.');
  if (dot == std::string::npos || dot == 0) return named;
  const std::string_view ext = std::string_view(name).substr(dot + 1);
  if (ext == "txt" || ext == "text") {
    named.format = Format::kText;
  } else if (ext == "jsonl" || ext == "ndjson") {
    named.format = Format::kJsonl;
  } else if (ext == "html" || ext == "htm" || ext == "xhtml") {
    named.format = Format::kHtml;
  } else if (ext == "warc") {
    named.format = Format::kWarc;
  }
  return named;
}

Format sniff_format(std::string_view head) {
  head.remove_prefix(utf8_bom_length(head));
  size_t pos = 0;
  while (pos < head.size() && util::ascii::is_space(head[pos])) ++pos;
  if (pos >= head.size()) return Format::kText;
  const std::string_view rest = head.substr(pos);
  if (rest[0] == '{') return Format::kJsonl;
  if (rest[0] == '<' && rest.size() > 1 &&
      (util::ascii::is_alpha(rest[1]) || rest[1] == '!' || rest[1] == '?')) {
    return Format::kHtml;
  }
  return Format::kText;
}

}  // namespace dossier::ingest
