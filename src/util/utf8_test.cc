#include "util/utf8.h"

#include <gtest/gtest.h>

namespace dossier::util {
namespace {

TEST(Utf8, DecodesAndEncodesRoundTrip) {
  const std::string text = "a\u00e9\u20ac\U0001F600";
  size_t pos = 0;
  std::string out;
  while (pos < text.size()) append_utf8(out, decode_utf8(text, pos));
  EXPECT_EQ(out, text);
}

TEST(Utf8, NamesWithUndecodableBytesAreEscapedRecoverably) {
  EXPECT_EQ(escape_invalid_utf8("caf\xc3\xa9\\x.txt"), "caf\xc3\xa9\\x.txt");  // valid: unchanged
  const std::string bytes = "dir\\caf\xe9/\xff\xfe.txt";
  const std::string escaped = escape_invalid_utf8(bytes);
  EXPECT_EQ(escaped, "dir\\\\caf\\xE9/\\xFF\\xFE.txt");
  EXPECT_EQ(find_invalid_utf8(escaped), std::string::npos);
  EXPECT_EQ(unescape_name(escaped), bytes);
}

TEST(Utf8, FindsInvalidSequences) {
  EXPECT_EQ(find_invalid_utf8("plain"), std::string::npos);
  EXPECT_EQ(find_invalid_utf8("caf\xc3\xa9"), std::string::npos);
  EXPECT_EQ(find_invalid_utf8("caf\xe9 au lait"), 3u);        // Latin-1 é
  EXPECT_EQ(find_invalid_utf8("\xc0\xaf"), 0u);               // overlong
  EXPECT_EQ(find_invalid_utf8("\xed\xa0\x80"), 0u);           // surrogate
  EXPECT_EQ(find_invalid_utf8("ok\xe2\x82"), 2u);             // truncated
  EXPECT_EQ(find_invalid_utf8("\xef\xbf\xbd"), std::string::npos);  // literal U+FFFD
}

TEST(Utf8, CodePointIndexMatchesCounting) {
  std::string text;
  for (int i = 0; i < 500; ++i) text += (i % 7 == 0) ? "\u00e9" : (i % 11 == 0 ? "\U0001F600" : "x");
  const CodePointIndex index(text);
  for (uint32_t b = 0; b <= text.size(); ++b) {
    if (b < text.size() && is_continuation(static_cast<unsigned char>(text[b]))) continue;
    EXPECT_EQ(index.to_code_point(b), count_code_points(std::string_view(text).substr(0, b)));
  }
}

TEST(Utf8, CodePointIndexOnAscii) {
  const CodePointIndex index("hello");
  EXPECT_EQ(index.to_code_point(3), 3u);
  EXPECT_EQ(index.to_code_point(5), 5u);
}

}  // namespace
}  // namespace dossier::util
