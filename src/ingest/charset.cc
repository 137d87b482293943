#include "ingest/charset.h"

#include <uchardet/uchardet.h>

#include <memory>

#include "util/ascii.h"

namespace dossier::ingest {
namespace {

// uchardet reads enough from the first 64 KB; more only costs time.
constexpr size_t kDetectBytes = 64 * 1024;

struct DetectorDeleter {
  void operator()(uchardet* detector) const { uchardet_delete(detector); }
};

// Latin-script single-byte charsets are trusted to Windows-1252 instead: for the Western text that
// most news in Latin script is, uchardet's choice among ISO-8859-1/-2/-9/-15, Windows-1250/-1252,
// MacRoman... on a short page is close to a coin toss, while Windows-1252 is what browsers and
// HTML5 assume; a wrong Latin guess garbles a few accented letters, a wrong non-Latin one the
// whole text. So only guesses of other scripts or multibyte encodings are taken.
bool is_latin_single_byte(std::string_view name) {
  static constexpr std::string_view kLatin[] = {
      "ascii",        "iso-8859-1",   "iso-8859-2",   "iso-8859-3",   "iso-8859-4",
      "iso-8859-9",   "iso-8859-10",  "iso-8859-13",  "iso-8859-15",  "iso-8859-16",
      "windows-1250", "windows-1252", "windows-1254", "windows-1257", "windows-1258",
      "ibm852",       "ibm865",       "viscii"};
  for (const auto latin : kLatin) {
    if (name == latin) return true;
  }
  return name.starts_with("mac-") && name != "mac-cyrillic";
}

}  // namespace

std::string detect_non_latin_charset(std::string_view bytes) {
  const std::unique_ptr<uchardet, DetectorDeleter> detector(uchardet_new());
  if (!detector) return {};
  bytes = bytes.substr(0, kDetectBytes);
  if (uchardet_handle_data(detector.get(), bytes.data(), bytes.size()) != 0) return {};
  uchardet_data_end(detector.get());
  const char* name = uchardet_get_charset(detector.get());
  std::string charset = util::ascii::lower(name != nullptr ? name : "");
  if (charset.empty() || charset == "utf-8" || is_latin_single_byte(charset)) return {};
  return charset;
}

}  // namespace dossier::ingest
