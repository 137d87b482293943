#include "time/time_stage.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "time/article_date.h"
#include "time/tagger.h"

namespace dossier::time {
namespace {

// A time word inside the name of an organisation or a work is part of the name: "Valdoria Today",
// "the Tuesday Group". (Place and person names are left out: there the tagger's mistakes run the
// other way, "Dar es Salaam Thursday"; so too for weekdays and adverbs, which a name swallows
// more often than it holds them: "met Sununu Sunday", "Hewlett-Packard Co. Recently".)
bool may_be_part_of_a_name(std::string_view words) {
  static constexpr std::array<std::string_view, 7> kWeekdays = {"monday", "tuesday", "wednesday", "thursday",
                                                                "friday", "saturday", "sunday"};
  std::string lower(words);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return !lower.ends_with("ly") && std::find(kWeekdays.begin(), kWeekdays.end(), lower) == kWeekdays.end();
}

void drop_inside_names(Document& document) {
  std::erase_if(document.times, [&](const Timex& timex) {
    if (!may_be_part_of_a_name(document.slice(timex.span))) return false;
    for (const Mention& mention : document.mentions) {
      if (mention.kind != MentionKind::kName || (mention.type != EntityType::kOrg && mention.type != EntityType::kMisc)) {
        continue;
      }
      if (mention.span.begin > timex.span.begin) break;
      if (timex.span.end <= mention.span.end && mention.span.end - mention.span.begin > timex.span.end - timex.span.begin) {
        return true;
      }
    }
    return false;
  });
}

class TimeStage final : public pipeline::DocumentStage {
 public:
  std::string_view name() const override { return "time"; }
  void process(Document& document) const override {
    if (document.meta.date) {
      document.times = tagger_.tag(document.text, document.meta.date);
      drop_inside_names(document);
      return;
    }
    // Without a given date, absolute dates in the header may supply one; the expressions are then
    // normalised again against it.
    std::vector<Timex> unanchored = tagger_.tag(document.text, std::nullopt);
    settle_article_date(document, unanchored);
    document.times = document.meta.date ? tagger_.tag(document.text, document.meta.date) : std::move(unanchored);
    drop_inside_names(document);
  }

 private:
  TimeTagger tagger_;
};

}  // namespace

std::unique_ptr<const pipeline::DocumentStage> make_time_stage() { return std::make_unique<TimeStage>(); }

}  // namespace dossier::time
