#include "ner/labels.h"

#include <gtest/gtest.h>

#include <string_view>
#include <vector>

namespace dossier::ner {
namespace {

std::vector<std::string_view> names(const std::vector<Label>& labels) {
  std::vector<std::string_view> out;
  for (const Label l : labels) out.push_back(label_name(l));
  return out;
}

std::vector<Label> convert(const std::vector<std::string_view>& tags) {
  std::vector<Label> out(tags.size());
  EXPECT_TRUE(labels_from_tags(tags.data(), tags.size(), out.data()));
  return out;
}

TEST(Labels, Iob1BecomesIob2) {
  EXPECT_EQ(names(convert({"I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG"})),
            (std::vector<std::string_view>{"B-PER", "I-PER", "B-PER", "O", "B-LOC", "B-ORG"}));
}

TEST(Labels, Iob2IsKept) {
  EXPECT_EQ(names(convert({"B-MISC", "I-MISC", "O", "B-ORG"})),
            (std::vector<std::string_view>{"B-MISC", "I-MISC", "O", "B-ORG"}));
}

TEST(Labels, RejectsUnknownTags) {
  const std::vector<std::string_view> bad{"B-PERSON"};
  Label out[1];
  EXPECT_FALSE(labels_from_tags(bad.data(), 1, out));
  const std::vector<std::string_view> worse{"X-PER"};
  EXPECT_FALSE(labels_from_tags(worse.data(), 1, out));
}

TEST(Labels, Transitions) {
  EXPECT_TRUE(transition_allowed(begin_label(NerClass::kOrg), inside_label(NerClass::kOrg)));
  EXPECT_FALSE(transition_allowed(kOutside, inside_label(NerClass::kOrg)));
  EXPECT_FALSE(transition_allowed(inside_label(NerClass::kPer), inside_label(NerClass::kOrg)));
  EXPECT_FALSE(start_allowed(inside_label(NerClass::kLoc)));
}

}  // namespace
}  // namespace dossier::ner
