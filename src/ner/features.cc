#include "ner/features.h"

#include <algorithm>

#include "util/hash.h"
#include "text/fold.h"
#include "util/utf8.h"

namespace dossier::ner {
namespace {

// Template identifiers; a feature's row is a hash of (template, value).
enum Template : uint64_t {
  kBias = 1,
  kWord,
  kLower,
  kShape,
  kShortShape,
  kCasePosition,
  kPrefix,  // + 0..3
  kSuffix = kPrefix + 4,  // + 0..3
  kLeft1 = kSuffix + 4,
  kRight1,
  kLeft2,
  kRight2,
  kLeftBigram,
  kRightBigram,
  kLeftShape,
  kRightShape,
  kShapeTrigram,
  kLeftWordShape,
  kShapeRightWord,
  kCluster,  // + level
  kLeftCluster = kCluster + kClusterLevels,
  kRightCluster = kLeftCluster + kClusterLevels,
  kLeft2Cluster = kRightCluster + kClusterLevels,
  kRight2Cluster,
  kClusterBigram,
  kCapProfile,
  kLeftCapProfile,
  kRightCapProfile,
  kFrequency,
  kGazetteer,
  kDocSurface,
  kDocMajority,
  kPreviousLabel,
  kPreviousLeft,
  kPreviousRight,
  kDocBigramLeft,
  kDocBigramRight,
};

// Stand-ins for the words beyond a sentence's ends.
constexpr uint64_t kBeyondLeft = 0x6c6566745f6f7574ull;
constexpr uint64_t kBeyondRight = 0x72696768745f6f75ull;

// Bits of DocSlot::surface.
constexpr uint8_t kSeenLower = 1;       // written in lower case in ordinary prose
constexpr uint8_t kSeenCapitalMid = 2;  // capitalised inside a sentence of ordinary prose

constexpr int kMaxAffix = 4;
constexpr int kMaxShape = 12;

// Doc-map key of two adjacent words, apart from the keys of single words.
uint64_t bigram_key(uint64_t left, uint64_t right) { return util::murmur_combine(left ^ 0x62696772616d0000ull, right); }

bool same_entity(Label left, Label right) {
  return left != kOutside && right == inside_label(class_of(left));
}

// 0: seen nowhere else; 1: only outside entities; 2 + c: mostly class c. Then how strongly.
uint64_t majority_of(const std::array<uint16_t, kNumClasses + 1>& counts, int own) {
  std::array<int, kNumClasses + 1> others{};
  for (size_t c = 0; c <= kNumClasses; ++c) others[c] = counts[c];
  --others[static_cast<size_t>(own)];
  uint64_t majority = 0;
  int best = 0;
  for (size_t c = 1; c <= kNumClasses; ++c) {
    if (others[c] > best) {
      best = others[c];
      majority = 1 + c;
    }
  }
  if (majority == 0 && others[0] > 0) majority = 1;
  const uint64_t share = best == 0 ? 0 : (best * 2 >= others[0] + best ? 2 : 1);
  return majority * 4 + share;
}

bool has_letters(CaseKind k) { return k != CaseKind::kNone && k != CaseKind::kDigit; }
bool capitalised(CaseKind k) { return k == CaseKind::kCapital || k == CaseKind::kAllCaps; }

// The shape class of the character starting at form[k]; 0 for a continuation byte.
char shape_class(std::string_view form, size_t k) {
  const auto c = static_cast<unsigned char>(form[k]);
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= '0' && c <= '9') return 'd';
  if (c < 0x80) return static_cast<char>(c);
  if (util::is_continuation(c)) return 0;
  if (c == 0xC3 && k + 1 < form.size()) {
    const auto d = static_cast<unsigned char>(form[k + 1]);
    return d >= 0x80 && d <= 0x9E && d != 0x97 ? 'X' : 'x';
  }
  // Other two-byte sequences are mostly letters of Latin, Greek and Cyrillic scripts.
  if (c < 0xE0) return 'x';
  return 'u';
}

}  // namespace

CaseKind case_kind_of(std::string_view form) {
  int upper = 0, lower = 0, digits = 0;
  bool first_upper = false, seen_letter = false;
  for (size_t k = 0; k < form.size(); ++k) {
    const char cls = shape_class(form, k);
    if (cls == 'd') ++digits;
    if (cls != 'X' && cls != 'x') continue;
    if (!seen_letter) first_upper = cls == 'X';
    seen_letter = true;
    (cls == 'X' ? upper : lower)++;
  }
  if (!seen_letter) return digits > 0 ? CaseKind::kDigit : CaseKind::kNone;
  if (first_upper) {
    if (lower == 0) return upper >= 2 ? CaseKind::kAllCaps : CaseKind::kCapital;
    return upper == 1 ? CaseKind::kCapital : CaseKind::kMixed;
  }
  return upper == 0 ? CaseKind::kLower : CaseKind::kMixed;
}

void FeatureExtractor::describe_tokens(const TagDocument& document,
                                       const FeatureResources& resources) {
  const size_t n = document.forms.size();
  tokens_.assign(n, TokenInfo{});
  for (size_t i = 0; i < n; ++i) {
    const std::string_view form = document.forms[i];
    TokenInfo& t = tokens_[i];
    t.word = util::fnv1a(form);
    lower_.clear();
    text::append_fold_case(form, lower_);
    const std::string_view low(lower_);
    t.lower = util::fnv1a(low);
    const size_t affixes = std::min<size_t>(kMaxAffix, low.empty() ? 0 : low.size() - 1);
    uint64_t p = util::kFnvOffset, s = util::kFnvOffset;
    for (size_t k = 0; k < affixes; ++k) {
      p = util::fnv_step(p, static_cast<unsigned char>(low[k]));
      s = util::fnv_step(s, static_cast<unsigned char>(low[low.size() - 1 - k]));
      t.prefix[k] = p;
      t.suffix[k] = s;
    }
    t.prefixes = t.suffixes = static_cast<uint8_t>(affixes);
    uint64_t shape = util::kFnvOffset, short_shape = util::kFnvOffset;
    int shape_length = 0;
    char last = 0;
    for (size_t k = 0; k < form.size(); ++k) {
      const char cls = shape_class(form, k);
      if (cls == 0) continue;
      if (shape_length < kMaxShape) {
        shape = util::fnv_step(shape, static_cast<unsigned char>(cls));
        ++shape_length;
      }
      if (cls != last) short_shape = util::fnv_step(short_shape, static_cast<unsigned char>(cls));
      last = cls;
    }
    t.shape = shape;
    t.short_shape = short_shape;
    t.case_kind = case_kind_of(form);
    if (resources.words != nullptr) {
      if (const WordInfo* info = resources.words->find(t.lower)) t.info = *info;
    }
  }
}

// ALL CAPS: three quarters of the words with letters are upper case. Title Case: four fifths of
// the longer words after the first are capitalised. Both make capitals say little about names.
void FeatureExtractor::find_modes(const TagDocument& document) {
  modes_.assign(document.sentences.size(), CaseMode::kNormal);
  sentence_start_.assign(document.forms.size(), 0);
  for (size_t s = 0; s < document.sentences.size(); ++s) {
    const TagSentence& sentence = document.sentences[s];
    if (sentence.count == 0) continue;
    sentence_start_[sentence.first] = 1;
    int words = 0, all_caps = 0, long_words = 0, long_capitals = 0;
    for (uint32_t i = sentence.first; i < sentence.first + sentence.count; ++i) {
      const CaseKind k = tokens_[i].case_kind;
      if (!has_letters(k)) continue;
      ++words;
      if (k == CaseKind::kAllCaps) ++all_caps;
      if (i > sentence.first && document.forms[i].size() >= 4) {
        ++long_words;
        if (capitalised(k) || k == CaseKind::kMixed) ++long_capitals;
      }
    }
    if (words > 0 && all_caps * 4 >= words * 3) {
      modes_[s] = CaseMode::kAllCaps;
    } else if (long_words >= 2 && long_capitals * 5 >= long_words * 4) {
      modes_[s] = CaseMode::kTitle;
    }
  }
}

void FeatureExtractor::match_gazetteer(const TagDocument& document, const Gazetteer& gazetteer) {
  for (const TagSentence& sentence : document.sentences) {
    hashes_.resize(sentence.count);
    for (uint32_t k = 0; k < sentence.count; ++k) hashes_[k] = tokens_[sentence.first + k].lower;
    std::array<uint8_t, 256> begin{}, inside{};
    // Long sentences are matched in overlapping windows; a phrase is at most 16 tokens.
    for (uint32_t start = 0; start < sentence.count; start += 200) {
      const uint32_t count = std::min<uint32_t>(256, sentence.count - start);
      gazetteer.match(hashes_.data() + start, count, begin.data(), inside.data());
      for (uint32_t k = 0; k < count; ++k) {
        TokenInfo& t = tokens_[sentence.first + start + k];
        t.gaz_begin = static_cast<uint8_t>(t.gaz_begin | begin[k]);
        t.gaz_inside = static_cast<uint8_t>(t.gaz_inside | inside[k]);
      }
    }
  }
}

FeatureExtractor::DocSlot& FeatureExtractor::slot(uint64_t key) {
  for (uint64_t s = util::murmur_mix64(key) & doc_mask_;; s = (s + 1) & doc_mask_) {
    DocSlot& d = doc_map_[s];
    if (d.generation != generation_) {
      d = DocSlot{};
      d.generation = generation_;
      d.key = key;
      return d;
    }
    if (d.key == key) return d;
  }
}

const FeatureExtractor::DocSlot* FeatureExtractor::find_slot(uint64_t key) const {
  for (uint64_t s = util::murmur_mix64(key) & doc_mask_;; s = (s + 1) & doc_mask_) {
    const DocSlot& d = doc_map_[s];
    if (d.generation != generation_) return nullptr;
    if (d.key == key) return &d;
  }
}

void FeatureExtractor::fill_doc_map(const TagDocument& document, const Label* previous) {
  // Slots of earlier documents count as empty, so the map is never cleared, only grown.
  uint64_t size = 64;
  while (size < document.forms.size() * 4) size *= 2;
  if (++generation_ == 0 || size > doc_map_.size()) {
    generation_ = 1;
    doc_map_.assign(size, DocSlot{});
  }
  doc_mask_ = size - 1;
  for (size_t s = 0; s < document.sentences.size(); ++s) {
    const TagSentence& sentence = document.sentences[s];
    const bool prose = modes_[s] == CaseMode::kNormal;
    for (uint32_t i = sentence.first; i < sentence.first + sentence.count; ++i) {
      const TokenInfo& t = tokens_[i];
      if (!has_letters(t.case_kind)) continue;
      DocSlot& d = slot(t.lower);
      if (prose && t.case_kind == CaseKind::kLower) d.surface |= kSeenLower;
      if (prose && i > sentence.first && capitalised(t.case_kind)) d.surface |= kSeenCapitalMid;
      if (previous != nullptr) {
        const Label l = previous[i];
        ++d.labels[l == kOutside ? 0 : 1 + static_cast<int>(class_of(l))];
        if (i + 1 < sentence.first + sentence.count) {
          DocSlot& pair = slot(bigram_key(t.lower, tokens_[i + 1].lower));
          ++pair.labels[same_entity(l, previous[i + 1]) ? 1 + static_cast<int>(class_of(l)) : 0];
        }
      }
    }
  }
}

void FeatureExtractor::extract(const TagDocument& document, const FeatureResources& resources,
                               uint32_t groups, int row_bits, const Label* previous,
                               FeatureRows& out, bool again) {
  row_shift_ = 64 - row_bits;
  if (!again || tokens_.size() != document.forms.size()) {
    describe_tokens(document, resources);
    find_modes(document);
    gazetteer_matched_ = false;
  }
  if ((groups & kGroupGazetteer) != 0 && resources.gazetteer != nullptr && !gazetteer_matched_) {
    match_gazetteer(document, *resources.gazetteer);
    gazetteer_matched_ = true;
  }
  if ((groups & kGroupDocLabels) == 0) previous = nullptr;
  if ((groups & (kGroupDocSurface | kGroupDocLabels)) != 0) fill_doc_map(document, previous);
  // Tokens outside every sentence get no features.
  const auto n = static_cast<uint32_t>(document.forms.size());
  out.begin.assign(n + 1, 0);
  out.rows.clear();
  uint32_t next = 0;
  for (size_t s = 0; s < document.sentences.size(); ++s) {
    const TagSentence& sentence = document.sentences[s];
    for (; next < sentence.first; ++next) out.begin[next] = static_cast<uint32_t>(out.rows.size());
    for (uint32_t i = sentence.first; i < sentence.first + sentence.count; ++i) {
      out.begin[i] = static_cast<uint32_t>(out.rows.size());
      token_features(document, s, i, groups, previous, out);
    }
    next = sentence.first + sentence.count;
  }
  for (; next <= n; ++next) out.begin[next] = static_cast<uint32_t>(out.rows.size());
}

void FeatureExtractor::token_features(const TagDocument& document, size_t s, uint32_t i,
                                      uint32_t groups, const Label* previous,
                                      FeatureRows& out) const {
  const TagSentence& sentence = document.sentences[s];
  const auto first = static_cast<int64_t>(sentence.first);
  const auto end = first + sentence.count;
  const auto at = static_cast<int64_t>(i);
  const TokenInfo& t = tokens_[i];
  const auto add = [&](uint64_t tmpl, uint64_t value) {
    out.rows.push_back(static_cast<uint32_t>(util::murmur_combine(tmpl, value) >> row_shift_));
  };
  const auto inside = [&](int64_t j) { return j >= first && j < end; };
  const auto lower_at = [&](int64_t j) {
    if (j < first) return kBeyondLeft + static_cast<uint64_t>(first - j);
    if (j >= end) return kBeyondRight + static_cast<uint64_t>(j - end);
    return tokens_[static_cast<size_t>(j)].lower;
  };
  const auto shape_at = [&](int64_t j) {
    return inside(j) ? tokens_[static_cast<size_t>(j)].short_shape : lower_at(j);
  };
  const auto case_at = [&](int64_t j) {
    return inside(j) ? static_cast<uint64_t>(tokens_[static_cast<size_t>(j)].case_kind) : 9u;
  };

  const uint64_t mode = static_cast<uint64_t>(modes_[s]) * 4 + static_cast<uint64_t>(sentence.kind);
  const uint64_t position = at == first ? 0 : (at == first + 1 ? 1 : 2);
  const auto kind = static_cast<uint64_t>(t.case_kind);
  // Capitals mean more inside a sentence of ordinary prose than anywhere else.
  const uint64_t telling = modes_[s] == CaseMode::kNormal && at != first ? 1 : 0;

  add(kBias, mode);
  add(kWord, t.word);
  add(kLower, t.lower);
  add(kShape, util::murmur_combine(t.shape, mode));
  add(kShortShape, util::murmur_combine(t.short_shape, util::murmur_combine(mode, position)));
  add(kCasePosition, util::murmur_combine(kind, util::murmur_combine(mode, position)));
  if ((groups & kGroupAffixes) != 0) {
    for (int k = 0; k < t.prefixes; ++k) add(kPrefix + static_cast<uint64_t>(k), t.prefix[k]);
    for (int k = 0; k < t.suffixes; ++k) add(kSuffix + static_cast<uint64_t>(k), t.suffix[k]);
  }
  if ((groups & kGroupContext) != 0) {
    add(kLeft1, lower_at(at - 1));
    add(kRight1, lower_at(at + 1));
    add(kLeft2, lower_at(at - 2));
    add(kRight2, lower_at(at + 2));
    add(kLeftBigram, util::murmur_combine(lower_at(at - 1), t.lower));
    add(kRightBigram, util::murmur_combine(t.lower, lower_at(at + 1)));
    add(kLeftShape, util::murmur_combine(shape_at(at - 1), mode));
    add(kRightShape, util::murmur_combine(shape_at(at + 1), mode));
    add(kShapeTrigram,
        util::murmur_combine(util::murmur_combine(shape_at(at - 1), t.short_shape), util::murmur_combine(shape_at(at + 1), mode)));
    add(kLeftWordShape, util::murmur_combine(lower_at(at - 1), t.short_shape));
    add(kShapeRightWord, util::murmur_combine(t.short_shape, lower_at(at + 1)));
  }
  if ((groups & kGroupClusters) != 0) {
    const auto cluster_at = [&](int64_t j, int level) -> uint64_t {
      return inside(j) ? tokens_[static_cast<size_t>(j)].info.clusters[static_cast<size_t>(level)]
                       : 0xFFFFu;
    };
    for (int level = 0; level < kClusterLevels; ++level) {
      const auto l = static_cast<uint64_t>(level);
      add(kCluster + l, cluster_at(at, level));
      add(kLeftCluster + l, cluster_at(at - 1, level));
      add(kRightCluster + l, cluster_at(at + 1, level));
    }
    add(kLeft2Cluster, cluster_at(at - 2, 1));
    add(kRight2Cluster, cluster_at(at + 2, 1));
    add(kClusterBigram, util::murmur_combine(cluster_at(at - 1, 1), cluster_at(at, 1)));
  }
  if ((groups & kGroupCapProfile) != 0) {
    const auto cap_at = [&](int64_t j) -> uint64_t {
      return inside(j) ? tokens_[static_cast<size_t>(j)].info.cap_bin : 15u;
    };
    const uint64_t prose = modes_[s] == CaseMode::kNormal ? 1 : 0;
    add(kCapProfile, util::murmur_combine(t.info.cap_bin, util::murmur_combine(kind, telling * 2 + prose)));
    add(kLeftCapProfile, util::murmur_combine(cap_at(at - 1), case_at(at - 1)));
    add(kRightCapProfile, util::murmur_combine(cap_at(at + 1), case_at(at + 1)));
    add(kFrequency, util::murmur_combine(t.info.freq_bin, kind));
  }
  if ((groups & kGroupGazetteer) != 0) {
    const uint64_t cap = capitalised(t.case_kind) ? 1 : 0;
    for (uint64_t c = 0; c < kMaxGazetteerCategories; ++c) {
      if ((t.gaz_begin >> c) & 1u) add(kGazetteer, util::murmur_combine(c * 2, cap));
      if ((t.gaz_inside >> c) & 1u) add(kGazetteer, util::murmur_combine(c * 2 + 1, cap));
    }
  }
  if ((groups & kGroupDocSurface) != 0 && has_letters(t.case_kind)) {
    const DocSlot* d = find_slot(t.lower);
    const uint64_t surface = d != nullptr ? d->surface : 0;
    add(kDocSurface, util::murmur_combine(surface, util::murmur_combine(kind, telling)));
  }
  if (previous != nullptr) {
    const auto label_at = [&](int64_t j) -> uint64_t {
      return inside(j) ? previous[static_cast<size_t>(j)] : 15u;
    };
    add(kPreviousLabel, label_at(at));
    add(kPreviousLeft, util::murmur_combine(label_at(at - 1), label_at(at)));
    add(kPreviousRight, util::murmur_combine(label_at(at), label_at(at + 1)));
    const Label own = previous[i];
    const int own_class = own == kOutside ? 0 : 1 + static_cast<int>(class_of(own));
    if (has_letters(t.case_kind)) {
      if (const DocSlot* d = find_slot(t.lower)) {
        add(kDocMajority, util::murmur_combine(majority_of(d->labels, own_class), kind));
      }
    }
    // How the same two words were tagged together elsewhere in the document.
    if (at + 1 < end) {
      const bool joined = same_entity(own, previous[i + 1]);
      if (const DocSlot* d = find_slot(bigram_key(t.lower, tokens_[i + 1].lower))) {
        add(kDocBigramLeft, majority_of(d->labels, joined ? own_class : 0));
      }
    }
    if (at > first) {
      const Label before = previous[i - 1];
      const bool joined = same_entity(before, own);
      const int before_class = before == kOutside ? 0 : 1 + static_cast<int>(class_of(before));
      if (const DocSlot* d = find_slot(bigram_key(tokens_[i - 1].lower, t.lower))) {
        add(kDocBigramRight, majority_of(d->labels, joined ? before_class : 0));
      }
    }
  }
}

}  // namespace dossier::ner
