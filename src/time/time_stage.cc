#include "time/time_stage.h"

#include <vector>

#include "time/article_date.h"
#include "time/tagger.h"

namespace dossier::time {
namespace {

// The spans of organisation and work names, where a time word belongs to the name. (Place and
// person names are left out: there the tagger's mistakes run the other way, "Dar es Salaam
// Thursday".)
std::vector<Span> organisation_names(const Document& document) {
  std::vector<Span> names;
  for (const Mention& mention : document.mentions) {
    if (mention.kind == MentionKind::kName && (mention.type == EntityType::kOrg || mention.type == EntityType::kMisc)) {
      names.push_back(mention.span);
    }
  }
  return names;
}

class TimeStage final : public stage::DocumentStage {
 public:
  std::string_view name() const override { return "time"; }
  void process(Document& document) const override {
    const std::vector<Span> names = organisation_names(document);
    TagOptions options;
    options.names = names;
    if (document.meta.date) {
      document.times = tagger_.tag(document.text, document.meta.date, options);
      return;
    }
    // Without a given date, absolute dates in the header may supply one; the expressions are then
    // normalised again against it.
    std::vector<Timex> unanchored = tagger_.tag(document.text, std::nullopt, options);
    settle_article_date(document, unanchored);
    document.times =
        document.meta.date ? tagger_.tag(document.text, document.meta.date, options) : std::move(unanchored);
  }

 private:
  TimeTagger tagger_;
};

}  // namespace

std::unique_ptr<const stage::DocumentStage> make_time_stage() { return std::make_unique<TimeStage>(); }

}  // namespace dossier::time
