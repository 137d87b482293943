// Fuzz target of the text layer: any bytes as an article text, with header spans taken from
// the first bytes. The layer must stay in bounds, ordered and non-overlapping, and on code-point
// boundaries whenever the text is valid UTF-8. A violated invariant aborts.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "dossier/document.h"
#include "text/text_stage.h"
#include "util/utf8.h"

namespace {

void require(bool condition) {
  if (!condition) std::abort();
}

bool on_boundary(const std::string& text, uint32_t pos) {
  return pos >= text.size() || !dossier::util::is_continuation(static_cast<unsigned char>(text[pos]));
}

void check(const dossier::Document& doc) {
  const bool valid = dossier::util::find_invalid_utf8(doc.text) == std::string::npos;
  const auto size = static_cast<uint32_t>(doc.text.size());
  uint32_t end = 0;
  for (const auto& block : doc.blocks) {
    require(end <= block.span.begin && block.span.begin < block.span.end && block.span.end <= size);
    end = block.span.end;
  }
  end = 0;
  uint32_t next_token = 0;
  for (const auto& sentence : doc.sentences) {
    require(sentence.block < doc.blocks.size());
    require(doc.blocks[sentence.block].span.contains(sentence.span));
    require(end <= sentence.span.begin && sentence.first_token == next_token && sentence.token_count > 0);
    next_token += sentence.token_count;
    end = sentence.span.end;
  }
  require(next_token == doc.tokens.size());
  end = 0;
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
    const auto& token = doc.tokens[i];
    require(end <= token.span.begin && token.span.begin < token.span.end && token.span.end <= size);
    require(!valid || (on_boundary(doc.text, token.span.begin) && on_boundary(doc.text, token.span.end)));
    require(token.norm == dossier::Token::kNoNorm || token.norm < doc.token_norms.size());
    end = token.span.end;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  dossier::Document doc;
  if (size > 0) doc.text.assign(reinterpret_cast<const char*>(data), size);
  // Up to two header spans from the first bytes, in range or not.
  for (size_t i = 0; i + 2 < size && i < 6; i += 3) {
    const uint32_t begin = data[i] % (size + 1);
    const uint32_t length = data[i + 1] % 64;
    doc.meta.header_spans.push_back({{begin, begin + length}, static_cast<dossier::BlockKind>(data[i + 2] % 7)});
  }
  dossier::text::segment(doc);
  check(doc);
  return 0;
}
