#include "time/time_stage.h"

#include "time/article_date.h"
#include "time/tagger.h"

namespace dossier::time {
namespace {

class TimeStage final : public pipeline::DocumentStage {
 public:
  std::string_view name() const override { return "time"; }
  void process(Document& document) const override {
    if (document.meta.date) {
      document.times = tagger_.tag(document.text, document.meta.date);
      return;
    }
    // Without a given date, absolute dates in the header may supply one; the expressions are then
    // normalised again against it.
    std::vector<Timex> unanchored = tagger_.tag(document.text, std::nullopt);
    settle_article_date(document, unanchored);
    document.times = document.meta.date ? tagger_.tag(document.text, document.meta.date) : std::move(unanchored);
  }

 private:
  TimeTagger tagger_;
};

}  // namespace

std::unique_ptr<const pipeline::DocumentStage> make_time_stage() { return std::make_unique<TimeStage>(); }

}  // namespace dossier::time
