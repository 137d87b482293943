#include "text/text_stage.h"

#include <string>
#include <utility>
#include <vector>

#include "quotes/cue_lexicon.h"
#include "quotes/quote_stage.h"
#include "text/blocks.h"
#include "text/segmenter.h"
#include "text/tokenizer.h"

namespace dossier::text {

void segment(Document& document, const ClosedClasses& classes) {
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
  add_word_layer(document, classes);
}

namespace {

class TextStage final : public stage::DocumentStage {
 public:
  explicit TextStage(ClosedClasses classes) : classes_(std::move(classes)) {}
  std::string_view name() const override { return "text"; }
  void process(Document& document) const override { segment(document, classes_); }

 private:
  ClosedClasses classes_;
};

// The verb forms of WordNet's verb.communication and verb.cognition lemmas in the cue lexicon.
std::vector<std::pair<std::string, uint64_t>> wordnet_verbs(const quotes::CueLexicon& cues) {
  std::vector<std::pair<std::string, uint64_t>> verbs;
  for (size_t i = 0; i < cues.size(); ++i) {
    const quotes::CueEntry& e = cues.entry(static_cast<int32_t>(i));
    if (e.pos != quotes::CuePos::kVerb) continue;
    uint64_t cls = 0;
    if ((e.origin & quotes::kWordNetSpeech) != 0) cls |= kWcSpeechVerb;
    if ((e.origin & quotes::kWordNetThought) != 0) cls |= kWcCognitionVerb;
    if (cls != 0) verbs.emplace_back(e.form, cls);
  }
  return verbs;
}

}  // namespace

std::unique_ptr<const stage::DocumentStage> make_text_stage(stage::StageContext& context) {
  const auto cues = context.models.get<quotes::CueLexicon>(
      quotes::kCueLexiconFile, [](const std::string& path) { return quotes::CueLexicon::load(path); });
  return std::make_unique<TextStage>(ClosedClasses(wordnet_verbs(*cues)));
}

}  // namespace dossier::text
