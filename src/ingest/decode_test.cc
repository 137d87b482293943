#include "ingest/decode.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace dossier::ingest {
namespace {

using ::testing::HasSubstr;

TEST(Decode, Utf8IsKeptAndItsByteOrderMarkDropped) {
  const DecodedText plain = decode_text("Caf\xC3\xA9 \xE2\x80\x94 ok\n");
  EXPECT_EQ(plain.text, "Caf\xC3\xA9 \xE2\x80\x94 ok\n");
  EXPECT_EQ(plain.warning, "");
  EXPECT_EQ(plain.error, "");
  EXPECT_EQ(decode_text("\xEF\xBB\xBFHello").text, "Hello");
}

TEST(Decode, Windows1252WithAWarningNamingTheFirstBadByte) {
  const DecodedText d = decode_text("He said \x93no\x94 to the caf\xE9.");
  EXPECT_EQ(d.text, "He said \xE2\x80\x9Cno\xE2\x80\x9D to the caf\xC3\xA9.");
  EXPECT_EQ(d.warning,
            "not valid UTF-8 (first bad byte 0x93 at offset 8); decoded as Windows-1252");
}

TEST(Decode, Latin1WhenNoWindows1252CharacterIsUsed) {
  const DecodedText d = decode_text("Z\xFCrich and S\xE3o Paulo");
  EXPECT_EQ(d.text, "Z\xC3\xBCrich and S\xC3\xA3o Paulo");
  EXPECT_THAT(d.warning, HasSubstr("offset 1"));
  EXPECT_THAT(d.warning, HasSubstr("decoded as ISO-8859-1 (Latin-1)"));
}

TEST(Decode, StrayBytesInUtf8TextAreReadAlone) {
  const DecodedText d = decode_text("na\xC3\xAFve caf\xC3\xA9s \x96 r\xC3\xA9sum\xC3\xA9s");
  EXPECT_EQ(d.text, "na\xC3\xAFve caf\xC3\xA9s \xE2\x80\x93 r\xC3\xA9sum\xC3\xA9s");
  EXPECT_THAT(d.warning, HasSubstr("1 stray bytes read as Windows-1252, the rest as UTF-8"));
}

TEST(Decode, BinaryData) {
  EXPECT_EQ(binary_reason(std::string("abc\0def", 7)), "binary file (NUL byte at offset 3)");
  EXPECT_THAT(binary_reason("\x01\x02\x03\x04 some text"), HasSubstr("control characters"));
  EXPECT_EQ(binary_reason("tabs\tand\fform feeds\r\nare text\v"), "");
  const DecodedText d = decode_text(std::string("PK\x03\x04\0\0", 6));
  EXPECT_EQ(d.text, "");
  EXPECT_THAT(d.error, HasSubstr("binary file"));
}

TEST(Decode, Utf16WithAByteOrderMark) {
  EXPECT_EQ(decode_text(std::string("\xFF\xFEH\0i\0 \0\xAC\x20", 10)).text, "Hi \xE2\x82\xAC");
  EXPECT_EQ(decode_text(std::string("\xFE\xFF\0H\0i", 6)).text, "Hi");
}

TEST(Decode, IcuCharsets) {
  EXPECT_EQ(convert_charset("\xCC\xE8\xF0", "windows-1251"), "\xD0\x9C\xD0\xB8\xD1\x80");
  EXPECT_EQ(convert_charset("x", "no-such-charset"), std::nullopt);
}

TEST(Decode, Sizes) {
  EXPECT_EQ(format_size(200ull << 20), "200 MB");
  EXPECT_EQ(format_size(64ull << 20), "64 MB");
  EXPECT_EQ(format_size(2048), "2 KB");
  EXPECT_EQ(format_size(80), "80 bytes");
}

}  // namespace
}  // namespace dossier::ingest
