#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "ingest/decode.h"
#include "ingest/ingest.h"
#include "ingest/language.h"

namespace dossier::ingest {
namespace {

using ::testing::HasSubstr;

// Invented news prose in each language.
const std::string kEnglish =
    "The harbour council of Velmora voted on Tuesday to close the old ferry pier after engineers "
    "found cracks in its pilings. Council member Ilse Draaven said the repairs would take most of "
    "the summer and that the town would run a shuttle bus along the coast road in the meantime.";
const std::string kKorean =
    "\xEB\xB2\xA8\xEB\xAA\xA8\xEB\x9D\xBC \xED\x95\xAD\xEA\xB5\xAC \xEC\x9C\x84\xEC\x9B\x90\xED"
    "\x9A\x8C\xEB\x8A\x94 \xED\x99\x94\xEC\x9A\x94\xEC\x9D\xBC \xEA\xB8\xB0\xEC\x88\xA0\xEC\x9E"
    "\x90\xEB\x93\xA4\xEC\x9D\xB4 \xEB\xA7\x90\xEB\x9A\x9D\xEC\x97\x90\xEC\x84\x9C \xEA\xB7\xA0"
    "\xEC\x97\xB4\xEC\x9D\x84 \xEB\xB0\x9C\xEA\xB2\xAC\xED\x95\x9C \xEB\x92\xA4 \xEC\x98\xA4\xEB"
    "\x9E\x98\xEB\x90\x9C \xEC\x97\xAC\xEA\xB0\x9D\xEC\x84\xA0 \xEB\xB6\x80\xEB\x91\x90\xEB\xA5"
    "\xBC \xED\x8F\x90\xEC\x87\x84\xED\x95\x98\xEA\xB8\xB0\xEB\xA1\x9C \xEA\xB2\xB0\xEC\xA0\x95"
    "\xED\x96\x88\xEB\x8B\xA4. \xEC\x9C\x84\xEC\x9B\x90\xED\x9A\x8C \xEC\x9C\x84\xEC\x9B\x90\xEC"
    "\x9D\x80 \xEC\x88\x98\xEB\xA6\xAC\xEA\xB0\x80 \xEC\x97\xAC\xEB\xA6\x84 \xEB\x8C\x80\xEB\xB6"
    "\x80\xEB\xB6\x84 \xEA\xB1\xB8\xEB\xA6\xB4 \xEA\xB2\x83\xEC\x9D\xB4\xEB\xA9\xB0 \xEA\xB7\xB8"
    "\xEB\x8F\x99\xEC\x95\x88 \xEC\x8B\x9C\xEA\xB0\x80 \xED\x95\xB4\xEC\x95\x88 \xEB\x8F\x84\xEB"
    "\xA1\x9C\xEB\xA5\xBC \xEB\x94\xB0\xEB\x9D\xBC \xEC\x85\x94\xED\x8B\x80\xEB\xB2\x84\xEC\x8A"
    "\xA4\xEB\xA5\xBC \xEC\x9A\xB4\xED\x96\x89\xED\x95\xA0 \xEA\xB2\x83\xEC\x9D\xB4\xEB\x9D\xBC"
    "\xEA\xB3\xA0 \xEB\xA7\x90\xED\x96\x88\xEB\x8B\xA4.";
const std::string kGerman =
    "Der Hafenrat von Velmora hat am Dienstag beschlossen, den alten F\xC3\xA4hranleger zu "
    "schlie\xC3\x9F" "en, nachdem Ingenieure Risse in den Pfeilern gefunden hatten. Die Reparaturen "
    "w\xC3\xBCrden den gr\xC3\xB6\xC3\x9Ften Teil des Sommers dauern, sagte eine Ratsfrau, und die "
    "Stadt werde solange einen Bus entlang der K\xC3\xBCstenstra\xC3\x9F" "e fahren lassen.";

TEST(Language, DetectsTheLanguageOfNewsProse) {
  EXPECT_EQ(detect_language(kEnglish), "en");
  EXPECT_EQ(detect_language(kKorean), "ko");
  EXPECT_EQ(detect_language(kGerman), "de");
}

TEST(Language, ShortTextIsNotTrustedAndTheDeclaredLanguageStands) {
  EXPECT_EQ(detect_language("Pier closes"), std::nullopt);
  EXPECT_EQ(choose_language("Pier closes", "de"), "de");
  EXPECT_EQ(choose_language("Pier closes", "not a tag"), "en");
  EXPECT_EQ(choose_language(kGerman, "en"), "de");
}

TEST(Language, ArticlesInOtherLanguagesAreNamedInOneWarningEach) {
  const ReadResult r = read_bytes(kKorean, "seoul.txt", {});
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].meta.language, "ko");
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_EQ(r.diagnostics[0].to_string(),
            "seoul.txt: in Korean (ko): not analysed, the models cover English only");
  const ReadResult english = read_bytes(kEnglish, "velmora.txt", {});
  EXPECT_EQ(english.documents[0].meta.language, "en");
  EXPECT_TRUE(english.diagnostics.empty());
}

TEST(Charset, UndeclaredLegacyCharsetsOfOtherScriptsAreDetected) {
  // Russian prose in Windows-1251, with no declaration.
  const std::string russian =
      "\xC3\xEE\xF0\xEE\xE4\xF1\xEA\xEE\xE9 \xF1\xEE\xE2\xE5\xF2 \xF0\xE5\xF8\xE8\xEB \xE7\xE0\xEA"
      "\xF0\xFB\xF2\xFC \xF1\xF2\xE0\xF0\xFB\xE9 \xEF\xF0\xE8\xF7\xE0\xEB \xEF\xEE\xF1\xEB\xE5 \xF2"
      "\xEE\xE3\xEE, \xEA\xE0\xEA \xE8\xED\xE6\xE5\xED\xE5\xF0\xFB \xED\xE0\xF8\xEB\xE8 \xF2\xF0"
      "\xE5\xF9\xE8\xED\xFB \xE2 \xF1\xE2\xE0\xFF\xF5. \xD0\xE5\xEC\xEE\xED\xF2 \xE7\xE0\xE9\xEC\xB8"
      "\xF2 \xE1\xEE\xEB\xFC\xF8\xF3\xFE \xF7\xE0\xF1\xF2\xFC \xEB\xE5\xF2\xE0, \xE0 \xE3\xEE\xF0"
      "\xEE\xE4 \xEF\xF3\xF1\xF2\xE8\xF2 \xE0\xE2\xF2\xEE\xE1\xF3\xF1 \xE2\xE4\xEE\xEB\xFC \xE1\xE5"
      "\xF0\xE5\xE3\xEE\xE2\xEE\xE9 \xE4\xEE\xF0\xEE\xE3\xE8.";
  const DecodedText d = decode_text(russian);
  EXPECT_THAT(d.warning, HasSubstr("detected and decoded as windows-1251"));
  EXPECT_THAT(d.text, HasSubstr("\xD0\x93\xD0\xBE\xD1\x80\xD0\xBE\xD0\xB4\xD1\x81\xD0\xBA\xD0\xBE\xD0\xB9"));
  // Western text with a few curly quotes stays Windows-1252.
  EXPECT_THAT(decode_text("He said \x93no\x94 and left the caf\xE9 at noon.").warning,
              HasSubstr("decoded as Windows-1252"));
}

}  // namespace
}  // namespace dossier::ingest
