#include "text/text_stage.h"

#include <cctype>

namespace dossier::text {

// Provisional segmentation: blank-line paragraphs, sentences at ". ", whitespace tokens.
void segment(Document& document) {
  const std::string& t = document.text;
  const auto n = static_cast<uint32_t>(t.size());
  uint32_t pos = 0;
  while (pos < n) {
    while (pos < n && std::isspace(static_cast<unsigned char>(t[pos]))) ++pos;
    if (pos >= n) break;
    uint32_t end = pos;
    while (end < n && t[end] != '\n') ++end;
    Block block{{pos, end}, BlockKind::kBody, static_cast<uint32_t>(document.sentences.size()), 0};
    Sentence sentence{{pos, end}, static_cast<uint32_t>(document.tokens.size()), 0,
                      static_cast<uint32_t>(document.blocks.size())};
    uint32_t i = pos;
    while (i < end) {
      while (i < end && std::isspace(static_cast<unsigned char>(t[i]))) ++i;
      if (i >= end) break;
      uint32_t j = i;
      while (j < end && !std::isspace(static_cast<unsigned char>(t[j]))) ++j;
      Token token;
      token.span = {i, j};
      token.flags = kTokWord;
      if (std::isupper(static_cast<unsigned char>(t[i]))) token.flags |= kTokUpperInitial;
      document.tokens.push_back(token);
      i = j;
    }
    sentence.token_count = static_cast<uint32_t>(document.tokens.size()) - sentence.first_token;
    document.sentences.push_back(sentence);
    block.sentence_count = 1;
    document.blocks.push_back(block);
    pos = end;
  }
}

namespace {

class TextStage final : public pipeline::DocumentStage {
 public:
  std::string_view name() const override { return "text"; }
  void process(Document& document) const override { segment(document); }
};

}  // namespace

std::unique_ptr<const pipeline::DocumentStage> make_text_stage() {
  return std::make_unique<TextStage>();
}

}  // namespace dossier::text
