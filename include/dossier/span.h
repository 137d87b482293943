// Basic value types shared by every layer of the document model.
#ifndef DOSSIER_SPAN_H_
#define DOSSIER_SPAN_H_

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dossier {

// Half-open range [begin, end) of UTF-8 byte offsets into Document::text.
// Writers convert to Unicode code-point offsets on output.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  constexpr uint32_t size() const { return end - begin; }
  constexpr bool empty() const { return end <= begin; }
  constexpr bool contains(uint32_t offset) const { return offset >= begin && offset < end; }
  constexpr bool contains(Span other) const { return other.begin >= begin && other.end <= end; }
  constexpr bool overlaps(Span other) const { return other.begin < end && begin < other.end; }
  std::string_view of(std::string_view text) const { return text.substr(begin, end - begin); }
  friend constexpr auto operator<=>(const Span&, const Span&) = default;
};

// A proleptic Gregorian calendar day.
struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31

  // True when the day exists in the calendar.
  bool valid() const;
  // "YYYY-MM-DD".
  std::string iso() const;
  // Parses exactly "YYYY-MM-DD" (a longer ISO timestamp is accepted and its date part kept).
  static std::optional<CivilDate> parse_iso(std::string_view text);
  // Days since 1970-01-01 (negative before).
  int64_t days_since_epoch() const;
  static CivilDate from_days_since_epoch(int64_t days);
  // 0 = Monday ... 6 = Sunday.
  int weekday() const;
  friend constexpr auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

}  // namespace dossier

#endif  // DOSSIER_SPAN_H_
