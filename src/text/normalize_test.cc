#include "text/normalize.h"

#include <gtest/gtest.h>

#include <string>

namespace dossier::text {
namespace {

std::string form(std::string_view text) {
  std::string out;
  append_matching_form(text, out);
  return out;
}

TEST(Normalize, MapsTypographicVariants) {
  EXPECT_EQ(form("\u201cIt\u2019s \u2018fine\u2019\u201d"), "\"It's 'fine'\"");
  EXPECT_EQ(form("\u00abNon\u00bb \u201eja\u201c"), "\"Non\" \"ja\"");
  EXPECT_EQ(form("1990\u20131995 \u2014 \u2212 5 non\u2011stop"), "1990-1995 - - 5 non-stop");
  EXPECT_EQ(form("wait\u2026"), "wait...");
  EXPECT_EQ(form("10\u00a0km\u202fnow\u3000"), "10 km now ");
  EXPECT_EQ(form("\ufb01ne \ufb02ow o\ufb03ce \ufb00"), "fine flow office ff");
  EXPECT_EQ(form("\uff28\uff49\uff01"), "Hi!");
  EXPECT_EQ(form("``quoted''"), "\"quoted\"");
  EXPECT_EQ(form("co\u00adop\u200bera\u200dte\ufeff"), "cooperate");
}

TEST(Normalize, ComposesToNfcAndKeepsTheRest) {
  EXPECT_EQ(form("Jose\u0301 Mu\u0308ller"), "Jos\u00e9 M\u00fcller");
  EXPECT_EQ(form("x\u00b2 \u2122 \u00bd Stra\u00dfe \u0130stanbul"), "x\u00b2 \u2122 \u00bd Stra\u00dfe \u0130stanbul");
  EXPECT_EQ(form("\u0391\u03b8\u03ae\u03bd\u03b1"), "\u0391\u03b8\u03ae\u03bd\u03b1");
}

TEST(Normalize, ReportsWhetherAnythingChanged) {
  std::string out = "prefix:";
  EXPECT_FALSE(append_matching_form("plain ASCII 'text'", out));
  EXPECT_EQ(out, "prefix:plain ASCII 'text'");
  out.clear();
  EXPECT_TRUE(append_matching_form("\u2019", out));
  EXPECT_FALSE(append_matching_form("caf\u00e9", out));
}

TEST(Normalize, MapsOffsetsBackToTheSource) {
  const std::string source = "a\u201cb\u2026 e\u0301\ufb01";
  const MatchText m = normalize_for_matching(source);
  EXPECT_EQ(m.text, "a\"b... \u00e9fi");
  ASSERT_EQ(m.origins.size(), m.text.size() + 1);
  EXPECT_EQ(m.origins[0], 0u);   // a
  EXPECT_EQ(m.origins[1], 1u);   // “ (3 bytes) -> "
  EXPECT_EQ(m.origins[2], 4u);   // b
  EXPECT_EQ(m.origins[3], 5u);   // … -> ...
  EXPECT_EQ(m.origins[5], 5u);
  EXPECT_EQ(m.origins[6], 8u);   // space
  EXPECT_EQ(m.origins[7], 9u);   // é composed from e + U+0301
  EXPECT_EQ(m.origins[9], 12u);  // ﬁ -> fi
  EXPECT_EQ(m.origins[10], 12u);
  EXPECT_EQ(m.origins.back(), source.size());
  for (size_t i = 1; i < m.origins.size(); ++i) EXPECT_LE(m.origins[i - 1], m.origins[i]);
}

}  // namespace
}  // namespace dossier::text
