#include "ingest/html_limits.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "ingest/html.h"

namespace dossier::ingest {
namespace {

using ::testing::HasSubstr;

std::string repeat(std::string_view unit, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += unit;
  return out;
}

TEST(HtmlLimits, ARealPageIsUnchanged) {
  const std::string page =
      "<!doctype html><html><head><title>T</title><script>if (a<b) x='</div>';</script></head>"
      "<body><!-- <div><div> --><ul><li>one<li>two</ul><p>a<p>b<br><img src=x /><b>bold</b>"
      "<a href=\"x>y\">link</a></body></html>";
  const BoundedHtml bounded = bound_html(page);
  EXPECT_EQ(bounded.html, page);
  EXPECT_EQ(bounded.flattened_tags, 0u);
  EXPECT_FALSE(bounded.cut);
}

TEST(HtmlLimits, UnclosedOptionalEndElementsDoNotCountAsDepth) {
  const std::string page = "<body>" + repeat("<p>para", 5000) + repeat("<li>item", 5000);
  const BoundedHtml bounded = bound_html(page, {.max_depth = 8, .max_tags = 100000});
  EXPECT_EQ(bounded.flattened_tags, 0u);
}

TEST(HtmlLimits, DeepNestingIsFlattenedKeepingTheText) {
  const std::string page = "<body>" + repeat("<div>", 1000) + "deep text" + repeat("</div>", 1000) +
                           "<p>after</p>";
  const BoundedHtml bounded = bound_html(page, {.max_depth = 100, .max_tags = 100000});
  EXPECT_EQ(bounded.flattened_tags, 2 * (1000 - 99u));
  EXPECT_EQ(bounded.html, "<body>" + repeat("<div>", 99) + "deep text" + repeat("</div>", 99) +
                              "<p>after</p>");
}

TEST(HtmlLimits, OpenFormattingElementsAreBounded) {
  std::string page = "<body>";
  for (int i = 0; i < 1000; ++i) page += "<p><b id=" + std::to_string(i) + ">x";
  const BoundedHtml bounded = bound_html(page);
  EXPECT_GT(bounded.flattened_tags, 900u);
}

TEST(HtmlLimits, ThePageIsCutAtTheTagLimit) {
  const std::string page = repeat("<span>w</span>", 50);
  const BoundedHtml bounded = bound_html(page, {.max_depth = 256, .max_tags = 20});
  EXPECT_TRUE(bounded.cut);
  EXPECT_EQ(bounded.cut_at, 10 * std::string("<span>w</span>").size());
  EXPECT_EQ(bounded.html, repeat("<span>w</span>", 10));
}

// Markup the tree builder nests although a naive count would close it: each must count as depth.
TEST(HtmlLimits, NestingTheTreeBuilderKeepsIsCounted) {
  const HtmlLimits limits{.max_depth = 50, .max_tags = 100000};
  for (const std::string unit : {"<span><div></span>", "<div/>", "<ul><li>", "<b><div></b>",
                                 "<table><tr><td>", "<dl><dt>"}) {
    EXPECT_GT(bound_html("<body>" + repeat(unit, 1000), limits).flattened_tags, 0u) << unit;
  }
  EXPECT_EQ(bound_html("<body><svg>" + repeat("<path d='M0'/>", 1000) + "</svg>", limits).flattened_tags,
            0u);
}

TEST(HtmlLimits, HostilePagesParseWithAWarning) {
  // 100,000 nested elements took gumbo two minutes before the bound; the text survives.
  const std::string page = "<html><body>" + repeat("<div>", 100000) + "<p>The dam opened on Monday "
                           "after six years of delay, officials said in a statement today.</p>";
  const HtmlArticle article = extract_html(page);
  EXPECT_THAT(article.text, HasSubstr("The dam opened on Monday"));
  ASSERT_FALSE(article.warnings.empty());
  EXPECT_THAT(article.warnings[0], HasSubstr("nested deeper than 256"));
}

}  // namespace
}  // namespace dossier::ingest
