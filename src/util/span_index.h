// Overlap and containment queries over a fixed set of spans in O(log n) each, so that a stage
// that asks "is this word inside a time expression?" for every word stays n log n in the article.
#ifndef DOSSIER_UTIL_SPAN_INDEX_H_
#define DOSSIER_UTIL_SPAN_INDEX_H_

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <vector>

#include "dossier/span.h"

namespace dossier::util {

// The spans (begin <= end) sorted by begin, then by their index in the input, with the running maximum of
// their ends: every span with begin < x lies in a prefix, and that prefix reaches as far as its
// largest end. Each query means exactly what Span::overlaps / Span::contains mean.
class SpanIndex {
 public:
  SpanIndex() = default;
  // spans[i] is the span of item i of the caller's list.
  explicit SpanIndex(const std::vector<Span>& spans) {
    order_.resize(spans.size());
    std::iota(order_.begin(), order_.end(), 0u);
    std::stable_sort(order_.begin(), order_.end(),
                     [&](uint32_t a, uint32_t b) { return spans[a].begin < spans[b].begin; });
    begin_.reserve(spans.size());
    end_.reserve(spans.size());
    max_end_.reserve(spans.size());
    uint32_t reach = 0;
    for (const uint32_t i : order_) {
      begin_.push_back(spans[i].begin);
      end_.push_back(spans[i].end);
      reach = std::max(reach, spans[i].end);
      max_end_.push_back(reach);
    }
  }
  // The index over the spans of items that span_of maps to a Span.
  template <class Items, class SpanOf>
  static SpanIndex of(const Items& items, SpanOf span_of) {
    std::vector<Span> spans;
    spans.reserve(items.size());
    for (const auto& item : items) spans.push_back(span_of(item));
    return SpanIndex(spans);
  }

  // True when some span s has s.overlaps(q).
  bool overlaps_any(Span q) const {
    const size_t k = count_begin_before(q.end);
    return k > 0 && max_end_[k - 1] > q.begin;
  }
  // True when some span s has s.contains(q).
  bool contains_any(Span q) const {
    const size_t k = count_begin_at_most(q.begin);
    return k > 0 && max_end_[k - 1] >= q.end;
  }
  // Indices of the spans s with s.overlaps(q), ascending.
  std::vector<uint32_t> overlapping(Span q) const {
    std::vector<uint32_t> out;
    const size_t k = count_begin_before(q.end);
    const auto first = std::upper_bound(max_end_.begin(), max_end_.begin() + static_cast<std::ptrdiff_t>(k), q.begin);
    for (auto i = static_cast<size_t>(first - max_end_.begin()); i < k; ++i) {
      if (Span{begin_[i], end_[i]}.overlaps(q)) out.push_back(order_[i]);
    }
    std::sort(out.begin(), out.end());
    return out;
  }
  // Indices of the spans s with q.contains(s), ascending.
  std::vector<uint32_t> within(Span q) const {
    std::vector<uint32_t> out;
    const size_t k = count_begin_at_most(q.end);
    for (size_t i = count_begin_before(q.begin); i < k; ++i) {
      if (q.contains(Span{begin_[i], end_[i]})) out.push_back(order_[i]);
    }
    std::sort(out.begin(), out.end());
    return out;
  }
  size_t size() const { return order_.size(); }

 private:
  size_t count_begin_before(uint32_t x) const {
    return static_cast<size_t>(std::lower_bound(begin_.begin(), begin_.end(), x) - begin_.begin());
  }
  size_t count_begin_at_most(uint32_t x) const {
    return static_cast<size_t>(std::upper_bound(begin_.begin(), begin_.end(), x) - begin_.begin());
  }

  std::vector<uint32_t> order_;    // item index of each sorted position
  std::vector<uint32_t> begin_;    // ascending
  std::vector<uint32_t> end_;
  std::vector<uint32_t> max_end_;  // max_end_[i]: the largest end among positions 0..i
};

}  // namespace dossier::util

#endif  // DOSSIER_UTIL_SPAN_INDEX_H_
