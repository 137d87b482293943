#include "ner/ner_stage.h"

#include <algorithm>
#include <map>
#include <utility>

#include "ner/entity_types.h"
#include "util/hash.h"
#include "ner/tagger.h"

namespace dossier::ner {
namespace {

SentenceKind kind_of(const Document& document, const Sentence& sentence) {
  if (sentence.block >= document.blocks.size()) return SentenceKind::kBody;
  switch (document.blocks[sentence.block].kind) {
    case BlockKind::kBody: return SentenceKind::kBody;
    case BlockKind::kHeadline:
    case BlockKind::kSubhead: return SentenceKind::kHeadline;
    case BlockKind::kByline:
    case BlockKind::kDateline:
    case BlockKind::kDateLine:
    case BlockKind::kHeader: return SentenceKind::kDateline;
  }
  return SentenceKind::kBody;
}

// Scratch of one thread, kept between documents so tagging does not allocate once warm.
struct StageScratch {
  TagDocument input;
  TaggerScratch tagger;
  std::vector<Label> labels;
  std::vector<float> confidence;
  std::vector<uint64_t> hashes;
};

StageScratch& thread_scratch() {
  thread_local StageScratch scratch;
  return scratch;
}

void append_mention(const Document& document, const EntityTyper& typer, uint32_t first,
                    uint32_t count, NerClass c, StageScratch& s, std::vector<Mention>& out) {
  s.hashes.clear();
  for (uint32_t t = first; t < first + count; ++t) s.hashes.push_back(util::fnv1a(document.token_fold(t)));
  Mention m;
  m.span = Span{document.tokens[first].span.begin, document.tokens[first + count - 1].span.end};
  m.type = typer.type_of(c, s.hashes.data(), s.hashes.size());
  m.kind = MentionKind::kName;
  m.first_token = first;
  m.token_count = count;
  m.confidence = s.confidence[first];
  out.push_back(m);
}

class NerStage final : public stage::DocumentStage {
 public:
  explicit NerStage(std::shared_ptr<const NerModel> model)
      : model_(std::move(model)), typer_(model_->gazetteer) {}
  std::string_view name() const override { return "ner"; }
  void process(Document& document) const override {
    tag_mentions(*model_, typer_, document);
    drop_credit_mentions(document);
    group_mentions(document);
  }
  static void tag_mentions(const NerModel& model, const EntityTyper& typer, Document& document);

 private:
  std::shared_ptr<const NerModel> model_;
  EntityTyper typer_;
};

void NerStage::tag_mentions(const NerModel& model, const EntityTyper& typer, Document& document) {
  StageScratch& s = thread_scratch();
  s.input.forms.clear();
  s.input.sentences.clear();
  for (uint32_t t = 0; t < document.tokens.size(); ++t) s.input.forms.push_back(document.token_form(t));
  // Sentences out of order or beyond the tokens are left untagged rather than misread.
  uint64_t next = 0;
  for (const Sentence& sentence : document.sentences) {
    const uint64_t end = uint64_t{sentence.first_token} + sentence.token_count;
    if (sentence.first_token < next || end > document.tokens.size()) continue;
    s.input.sentences.push_back(
        TagSentence{sentence.first_token, sentence.token_count, kind_of(document, sentence)});
    next = end;
  }
  Tagger(model).tag(s.input, s.tagger, s.labels, s.confidence);
  const auto n = static_cast<uint32_t>(s.labels.size());
  for (uint32_t i = 0; i < n;) {
    if (!is_begin(s.labels[i])) {
      ++i;
      continue;
    }
    uint32_t j = i + 1;
    while (j < n && s.labels[j] == inside_label(class_of(s.labels[i]))) ++j;
    append_mention(document, typer, i, j - i, class_of(s.labels[i]), s, document.mentions);
    i = j;
  }
}

}  // namespace

// Authors and outlets are kept as metadata: as entities of the story they would only crowd it.
void drop_credit_mentions(Document& document) {
  const auto& headers = document.meta.header_spans;
  std::erase_if(document.mentions, [&](const Mention& mention) {
    return std::any_of(headers.begin(), headers.end(), [&](const HeaderSpan& h) {
      return (h.kind == BlockKind::kByline || h.kind == BlockKind::kDateLine) && h.span.begin <= mention.span.begin &&
             mention.span.end <= h.span.end;
    });
  });
}

void tag_mentions(const NerModel& model, Document& document) {
  const EntityTyper typer(model.gazetteer);
  NerStage::tag_mentions(model, typer, document);
}

std::string normalized_name(const Document& document, const Mention& mention) {
  std::string name;
  for (uint32_t t = mention.first_token; t < mention.first_token + mention.token_count; ++t) {
    if (!name.empty()) name += ' ';
    name += document.token_form(t);
  }
  return name;
}

void group_mentions(Document& document) {
  std::map<std::pair<std::string, EntityType>, uint32_t> chain_of;
  for (uint32_t m = 0; m < document.mentions.size(); ++m) {
    Mention& mention = document.mentions[m];
    if (mention.kind != MentionKind::kName || mention.chain >= 0) continue;
    std::string name = normalized_name(document, mention);
    const auto [it, added] = chain_of.emplace(std::make_pair(name, mention.type),
                                              static_cast<uint32_t>(document.chains.size()));
    if (added) document.chains.push_back(Chain{mention.type, std::move(name), {}});
    document.chains[it->second].mentions.push_back(m);
    mention.chain = static_cast<int32_t>(it->second);
  }
}

std::unique_ptr<const stage::DocumentStage> make_ner_stage(stage::Models& models) {
  auto model = models.get<NerModel>(kModelFile, [](const std::string& path) {
    return NerModel::load(path);
  });
  return std::make_unique<NerStage>(std::move(model));
}

}  // namespace dossier::ner
