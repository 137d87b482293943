#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <iterator>

#include "text/chars.h"
#include "util/utf8.h"

namespace dossier::text {
namespace {

struct Mapping {
  char32_t first;
  char32_t last;
  std::string_view replacement;
};

// Sorted by code point. Only characters whose plain counterpart means the same in news text:
// compatibility characters that change meaning (superscripts, fractions, ™) are left alone.
constexpr Mapping kMappings[] = {
    {0x0060, 0x0060, "'"},      // grave accent used as an opening quote
    {0x0085, 0x0085, "\n"},     // next line
    {0x00A0, 0x00A0, " "},      // no-break space
    {0x00AB, 0x00AB, "\""},     // «
    {0x00AD, 0x00AD, ""},       // soft hyphen
    {0x00B4, 0x00B4, "'"},      // acute accent used as an apostrophe
    {0x00BB, 0x00BB, "\""},     // »
    {0x0132, 0x0132, "IJ"},     // ligature Ĳ
    {0x0133, 0x0133, "ij"},     // ligature ĳ
    {0x02BC, 0x02BC, "'"},      // modifier letter apostrophe
    {0x1680, 0x1680, " "},      // ogham space
    {0x2000, 0x200A, " "},      // en quad .. hair space
    {0x200B, 0x200D, ""},       // zero-width space, non-joiner, joiner
    {0x2010, 0x2015, "-"},      // hyphen, non-breaking hyphen, figure, en, em dash, bar
    {0x2018, 0x201B, "'"},      // ‘ ’ ‚ ‛
    {0x201C, 0x201F, "\""},     // “ ” „ ‟
    {0x2026, 0x2026, "..."},    // horizontal ellipsis
    {0x2028, 0x2029, "\n"},     // line and paragraph separators
    {0x202F, 0x202F, " "},      // narrow no-break space
    {0x2032, 0x2032, "'"},      // prime
    {0x2033, 0x2033, "\""},     // double prime
    {0x2039, 0x203A, "'"},      // ‹ ›
    {0x205F, 0x205F, " "},      // medium mathematical space
    {0x2060, 0x2060, ""},       // word joiner
    {0x2212, 0x2212, "-"},      // minus sign
    {0x2E3A, 0x2E3B, "-"},      // two- and three-em dashes
    {0x3000, 0x3000, " "},      // ideographic space
    {0x301D, 0x301F, "\""},     // 〝 〞 〟
    {0xFB00, 0xFB00, "ff"},
    {0xFB01, 0xFB01, "fi"},
    {0xFB02, 0xFB02, "fl"},
    {0xFB03, 0xFB03, "ffi"},
    {0xFB04, 0xFB04, "ffl"},
    {0xFB05, 0xFB06, "st"},
    {0xFE58, 0xFE58, "-"},      // small em dash
    {0xFE63, 0xFE63, "-"},      // small hyphen-minus
    {0xFEFF, 0xFEFF, ""},       // byte-order mark, zero-width no-break space
};

// Full-width forms of ASCII ! .. ~ (U+FF01..U+FF5E) map to ASCII; one string per character.
constexpr std::string_view kAsciiPrintable =
    "!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";

const icu::Normalizer2* nfc_instance() {
  static const icu::Normalizer2* const nfc = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* instance = icu::Normalizer2::getNFCInstance(status);
    return U_SUCCESS(status) ? instance : nullptr;
  }();
  return nfc;
}

// Builds the matching form of text, appended to out; origins (optional) gets one source offset
// per appended byte. Composition runs on the stretch since the last NFC boundary whenever it
// holds a character that is not NFC-stable; its output bytes all point to the stretch start.
class Normaliser {
 public:
  Normaliser(std::string& out, std::vector<uint32_t>* origins) : out_(out), origins_(origins) {}

  bool run(std::string_view text) {
    uint32_t pos = 0;
    while (pos < text.size()) {
      const CodePoint cp = code_point_at(text, pos);
      if ((cp.value == '`' || cp.value == '\'') && pos + 1 < text.size() &&
          static_cast<char32_t>(text[pos + 1]) == cp.value) {
        // `` and '' are typewriter renderings of double quotes.
        boundary();
        append("\"", pos);
        changed_ = true;
        pos += 2;
        continue;
      }
      if (cp.value < 0x80 && cp.value != '`') {
        boundary();
        append(text.substr(pos, 1), pos);
      } else {
        step(text, pos, cp);
      }
      pos += cp.length;
    }
    compose();
    return changed_;
  }

 private:
  // Composition never reaches back across a boundary (every ASCII character is one).
  void boundary() {
    compose();
    stretch_out_ = out_.size();
  }

  void step(std::string_view text, uint32_t pos, CodePoint cp) {
    if (nfc_boundary_before(cp.value)) boundary();
    std::string_view replacement;
    if (!needs_normalising(cp.value) && !(cp.value == util::kReplacementChar && cp.length == 1)) {
      append(text.substr(pos, cp.length), pos);
    } else if (cp.value == util::kReplacementChar && cp.length == 1) {
      append("\xEF\xBF\xBD", pos);
      changed_ = true;
    } else if (mapped_form(cp.value, replacement)) {
      append(replacement, pos);
      changed_ = true;
    } else {
      append(text.substr(pos, cp.length), pos);
      if (needs_normalising(cp.value)) unstable_ = true;
    }
  }

  void append(std::string_view bytes, uint32_t origin) {
    out_.append(bytes);
    if (origins_ != nullptr) origins_->insert(origins_->end(), bytes.size(), origin);
  }
  void compose() {
    if (!unstable_) return;
    unstable_ = false;
    const icu::Normalizer2* nfc = nfc_instance();
    if (nfc == nullptr) return;
    const std::string_view tail(out_.data() + stretch_out_, out_.size() - stretch_out_);
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString composed = nfc->normalize(
        icu::UnicodeString::fromUTF8(icu::StringPiece(tail.data(), static_cast<int32_t>(tail.size()))),
        status);
    if (U_FAILURE(status)) return;
    std::string utf8;
    composed.toUTF8String(utf8);
    if (utf8 == tail) return;
    changed_ = true;
    out_.resize(stretch_out_);
    out_.append(utf8);
    if (origins_ != nullptr) {
      const uint32_t origin = stretch_out_ < origins_->size() ? (*origins_)[stretch_out_] : 0;
      origins_->resize(stretch_out_);
      origins_->insert(origins_->end(), utf8.size(), origin);
    }
  }

  std::string& out_;
  std::vector<uint32_t>* origins_;
  size_t stretch_out_ = 0;
  bool unstable_ = false;
  bool changed_ = false;
};

}  // namespace

bool mapped_form(char32_t c, std::string_view& replacement) {
  if (c >= 0xFF01 && c <= 0xFF5E) {
    replacement = kAsciiPrintable.substr(c - 0xFF01, 1);
    return true;
  }
  const auto* it = std::upper_bound(std::begin(kMappings), std::end(kMappings), c,
                                    [](char32_t v, const Mapping& m) { return v < m.first; });
  if (it == std::begin(kMappings)) return false;
  --it;
  if (c > it->last) return false;
  replacement = it->replacement;
  return true;
}

bool append_matching_form(std::string_view text, std::string& out) {
  Normaliser normaliser(out, nullptr);
  return normaliser.run(text);
}

MatchText normalize_for_matching(std::string_view text) {
  MatchText result;
  result.text.reserve(text.size());
  result.origins.reserve(text.size() + 1);
  Normaliser normaliser(result.text, &result.origins);
  normaliser.run(text);
  result.origins.push_back(static_cast<uint32_t>(text.size()));
  return result;
}

}  // namespace dossier::text
