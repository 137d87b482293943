#include "text/text_stage.h"

#include "text/blocks.h"
#include "text/segmenter.h"
#include "text/tokenizer.h"

namespace dossier::text {

void segment(Document& document) {
  document.blocks = find_blocks(document.text, document.meta.header_spans);
  document.sentences.clear();
  document.tokens.clear();
  document.token_norms.clear();
  // About one token per six bytes of English news; reserving avoids most regrowth.
  document.tokens.reserve(document.text.size() / 6 + 16);
  for (uint32_t b = 0; b < document.blocks.size(); ++b) {
    Block& block = document.blocks[b];
    const auto first = static_cast<uint32_t>(document.tokens.size());
    tokenize(document.text, block.span, document.tokens, document.token_norms);
    block.first_sentence = static_cast<uint32_t>(document.sentences.size());
    split_sentences(document.text, document.tokens, document.token_norms, first, b,
                    document.sentences);
    block.sentence_count = static_cast<uint32_t>(document.sentences.size()) - block.first_sentence;
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
