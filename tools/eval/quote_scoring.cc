#include "eval/quote_scoring.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <iomanip>
#include <tuple>

#include "data/reliability.h"
#include "util/utf8.h"

namespace dossier::eval {
namespace {

using data::CpSpan;
using data::GoldArticle;
using data::GoldAttribution;

std::string utf8(const std::u32string& s) {
  std::string out;
  for (char32_t c : s) util::append_utf8(out, c);
  return out;
}

// eval_polnear.py's norm(): NFKC, curly quotes straightened, whitespace collapsed, case folded.
std::string norm(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(text);
  if (U_SUCCESS(status)) s = nfkc->normalize(s, status);
  s.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x2019)), "'");
  s.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x2018)), "'");
  s.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x201C)), "\"");
  s.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x201D)), "\"");
  s.foldCase();
  std::string folded;
  s.toUTF8String(folded);
  std::string out;
  size_t pos = 0;
  bool space = false;
  while (pos < folded.size()) {
    const size_t start = pos;
    const char32_t c = util::decode_utf8(folded, pos);
    if (data::is_space_char(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.append(folded, start, pos - start);
  }
  return out;
}

uint32_t overlap(CpSpan span, const std::vector<CpSpan>& frags) {
  uint32_t total = 0;
  for (CpSpan f : frags) {
    const uint32_t b = std::max(span.begin, f.begin), e = std::min(span.end, f.end);
    if (e > b) total += e - b;
  }
  return total;
}

struct SysQuote {
  size_t order = 0;
  const Quote* quote = nullptr;
  bool valid = false;
  CpSpan span;
  Subset own = kIndirect;
  std::vector<CpSpan> mentions;  // of the speaker entity in this document
  std::string speaker_text;      // normalised
  bool has_speaker = false;
  CpSpan cue;
  std::string cue_text;          // normalised
  CpSpan speaker_span;
};

SysQuote make_sys(const GoldArticle& art, const Dossier& dossier, uint32_t d, size_t order,
                  const util::CodePointIndex& cp) {
  const Document& doc = dossier.documents[d];
  const Quote& q = doc.quotes[order];
  SysQuote s;
  s.order = order;
  s.quote = &q;
  CpSpan span{cp.to_code_point(q.span.begin), cp.to_code_point(q.span.end)};
  while (span.begin < span.end && data::is_space_char(art.chars[span.begin])) ++span.begin;
  while (span.end > span.begin && data::is_space_char(art.chars[span.end - 1])) --span.end;
  s.valid = span.begin < span.end && span.end <= art.chars.size();
  s.span = span;
  s.own = s.valid && data::is_quote_char(art.chars[span.begin]) ? kDirect : kIndirect;
  const int32_t entity = dossier.entity_of(d, q.speaker_mention);
  if (entity >= 0) {
    for (const MentionRef& ref : dossier.entities[static_cast<size_t>(entity)].mentions) {
      if (ref.doc != d) continue;
      const Span m = doc.mentions[ref.mention].span;
      s.mentions.push_back({cp.to_code_point(m.begin), cp.to_code_point(m.end)});
    }
  }
  s.speaker_text = norm(q.speaker_text);
  s.speaker_span = {cp.to_code_point(q.speaker_span.begin), cp.to_code_point(q.speaker_span.end)};
  s.has_speaker = entity >= 0 || !s.speaker_text.empty();
  if (!q.cue.empty()) {
    s.cue = {cp.to_code_point(q.cue.begin), cp.to_code_point(q.cue.end)};
    s.cue_text = norm(std::string(doc.slice(q.cue)));
  }
  return s;
}

bool speaker_ok(const SysQuote& q, const GoldAttribution& g) {
  if (g.source.empty()) return false;
  for (CpSpan m : q.mentions) {
    if (overlap(m, g.source) > 0) return true;
  }
  return !q.speaker_text.empty() && q.speaker_text == norm(utf8(g.source_text));
}

using Pair = std::pair<size_t, size_t>;  // gold index, system index

template <typename Key>
std::vector<Pair> greedy(std::vector<std::tuple<Key, size_t, size_t>> cands) {
  std::stable_sort(cands.begin(), cands.end(),
                   [](const auto& a, const auto& b) { return std::get<0>(a) < std::get<0>(b); });
  std::vector<Pair> pairs;
  std::vector<bool> gold_used, sys_used;
  for (const auto& [key, g, q] : cands) {
    if (g >= gold_used.size()) gold_used.resize(g + 1);
    if (q >= sys_used.size()) sys_used.resize(q + 1);
    if (gold_used[g] || sys_used[q]) continue;
    gold_used[g] = sys_used[q] = true;
    pairs.emplace_back(g, q);
  }
  return pairs;
}

std::string cp_text(const GoldArticle& art, CpSpan span) {
  return utf8(art.chars.substr(span.begin, span.end - span.begin));
}

std::string gold_text(const GoldArticle& art, const GoldAttribution& g) {
  std::string out;
  for (size_t i = 0; i < g.content.size(); ++i) {
    if (i > 0) out += " ‖ ";
    out += cp_text(art, g.content[i]);
  }
  return out;
}

void count(std::array<Prf, 3>& arr, Subset s, uint64_t Prf::*field) {
  arr[kAll].*field += 1;
  arr[s].*field += 1;
}

// The speech subset: see QuoteScores::speech_overlap.
void score_speech(const std::vector<GoldAttribution>& golds,
                  const std::vector<SysQuote>& qs, const std::vector<Pair>& over_pairs,
                  const quotes::CueLexicon& lexicon, QuoteScores& res) {
  res.has_speech = true;
  std::vector<bool> speech(golds.size());
  for (size_t g = 0; g < golds.size(); ++g) {
    speech[g] = golds[g].direct || (!golds[g].cue.empty() && lexicon.names_speech(utf8(golds[g].cue_text)));
    if (speech[g]) count(res.speech_overlap, golds[g].direct ? kDirect : kIndirect, &Prf::gold);
  }
  std::vector<int64_t> matched(qs.size(), -1);
  for (auto [g, q] : over_pairs) matched[q] = static_cast<int64_t>(g);
  for (size_t q = 0; q < qs.size(); ++q) {
    if (!qs[q].valid) continue;
    const bool right = matched[q] >= 0 && speech[static_cast<size_t>(matched[q])];
    res.quote_reliability.emplace_back(qs[q].quote->confidence, right);
    if (matched[q] < 0) {
      count(res.speech_overlap, qs[q].own, &Prf::sys);
      continue;
    }
    const auto g = static_cast<size_t>(matched[q]);
    if (!speech[g]) {
      ++res.matched_non_speech;
      continue;
    }
    const Subset s = golds[g].direct ? kDirect : kIndirect;
    count(res.speech_overlap, s, &Prf::sys);
    count(res.speech_overlap, s, &Prf::tp);
    if (golds[g].source.empty()) continue;
    const bool ok = speaker_ok(qs[q], golds[g]);
    if (!qs[q].quote->speaker_span.empty()) {
      res.speaker_reliability.emplace_back(qs[q].quote->speaker_confidence, ok);
    }
    for (const Subset t : {kAll, s}) {
      ++res.speech_speaker_n[t];
      res.speech_speaker_ok[t] += ok;
    }
  }
}

}  // namespace

QuoteScores score_quotes(const std::vector<GoldArticle>& articles, const Dossier& dossier,
                         const ScoreOptions& options) {
  QuoteScores res;
  auto& exact = res.exact;
  auto& over = res.overlap;
  auto& e2e = res.e2e;
  auto& cue_ov = res.cue_overlap;
  auto& cue_ex = res.cue_exact;
  for (uint32_t d = 0; d < articles.size(); ++d) {
    const GoldArticle& art = articles[d];
    const util::CodePointIndex cp(art.text);
    std::vector<SysQuote> qs;
    for (size_t i = 0; i < dossier.documents[d].quotes.size(); ++i) {
      qs.push_back(make_sys(art, dossier, d, i, cp));
    }
    const auto& golds = art.attributions;
    using OverKey = std::tuple<int64_t, double, bool, size_t, size_t>;
    using ExactKey = std::tuple<bool, size_t, size_t>;
    std::vector<std::tuple<OverKey, size_t, size_t>> over_c;
    std::vector<std::tuple<ExactKey, size_t, size_t>> exact_c;
    for (size_t g = 0; g < golds.size(); ++g) {
      for (size_t q = 0; q < qs.size(); ++q) {
        if (!qs[q].valid) continue;
        const uint32_t ov = overlap(qs[q].span, golds[g].content);
        if (ov == 0) continue;
        const bool ok = speaker_ok(qs[q], golds[g]);
        const double size = double(qs[q].span.end - qs[q].span.begin) + golds[g].size - ov;
        over_c.emplace_back(OverKey{-int64_t(ov), -double(ov) / size, !ok, g, q}, g, q);
        if (qs[q].span.begin == golds[g].extent.begin && qs[q].span.end == golds[g].extent.end) {
          exact_c.emplace_back(ExactKey{!ok, g, q}, g, q);
        }
      }
    }
    const auto exact_pairs = greedy(std::move(exact_c));
    const auto over_pairs = greedy(std::move(over_c));
    auto subset = [&](size_t g) { return golds[g].direct ? kDirect : kIndirect; };
    for (size_t g = 0; g < golds.size(); ++g) {
      for (auto* arr : {&exact, &over, &e2e}) count(*arr, subset(g), &Prf::gold);
      if (!golds[g].cue.empty()) {
        count(cue_ov, subset(g), &Prf::gold);
        count(cue_ex, subset(g), &Prf::gold);
      }
    }
    for (const auto* pairs : {&exact_pairs, &over_pairs}) {
      std::array<Prf, 3>& arr = pairs == &exact_pairs ? exact : over;
      std::vector<int64_t> matched(qs.size(), -1);
      for (auto [g, q] : *pairs) matched[q] = static_cast<int64_t>(g);
      for (size_t q = 0; q < qs.size(); ++q) {
        const Subset s = matched[q] >= 0 ? subset(static_cast<size_t>(matched[q])) : qs[q].own;
        count(arr, s, &Prf::sys);
        if (pairs == &over_pairs) {
          count(e2e, s, &Prf::sys);
          if (!qs[q].quote->cue.empty()) {
            count(cue_ov, s, &Prf::sys);
            count(cue_ex, s, &Prf::sys);
          }
        }
      }
      for (auto [g, q] : *pairs) count(arr, subset(g), &Prf::tp);
    }
    if (options.lexicon) score_speech(golds, qs, over_pairs, *options.lexicon, res);
    std::vector<bool> gold_matched(golds.size()), sys_matched(qs.size());
    for (auto [g, q] : over_pairs) {
      gold_matched[g] = sys_matched[q] = true;
      const GoldAttribution& gold = golds[g];
      const bool ok = speaker_ok(qs[q], gold);
      const Subset s = subset(g);
      if (!gold.source.empty()) {
        ++res.speaker_n[kAll];
        ++res.speaker_n[s];
        res.speaker_ok[kAll] += ok;
        res.speaker_ok[s] += ok;
        const bool span_ok = ok || overlap(qs[q].speaker_span, gold.source) > 0;
        res.speaker_span_ok[kAll] += span_ok;
        res.speaker_span_ok[s] += span_ok;
      }
      if (gold.source.empty() ? !qs[q].has_speaker : ok) count(e2e, s, &Prf::tp);
      if (!gold.cue.empty() && !qs[q].cue_text.empty()) {
        const bool text_ok = qs[q].cue_text == norm(utf8(gold.cue_text));
        ++res.cue_text_n;
        res.cue_text_ok += text_ok;
        if (text_ok) count(cue_ex, s, &Prf::tp);
        if (overlap(qs[q].cue, gold.cue) > 0) count(cue_ov, s, &Prf::tp);
      }
      if (options.errors) {
        const bool exact_ok = qs[q].span.begin == gold.extent.begin && qs[q].span.end == gold.extent.end;
        if (!exact_ok) {
          *options.errors << "SPAN\t" << art.id << "\t" << kSubsetNames[s] << "\tgold: " << gold_text(art, gold)
                          << "\tsys: " << cp_text(art, qs[q].span) << "\n";
        }
        if (!gold.source.empty() && !ok) {
          *options.errors << "SPEAKER\t" << art.id << "\t" << kSubsetNames[s] << "\tgold: "
                          << utf8(gold.source_text) << "\tsys: " << qs[q].quote->speaker_text
                          << "\tquote: " << cp_text(art, qs[q].span).substr(0, 80) << "\n";
        }
      }
    }
    for (size_t q = 0; q < qs.size(); ++q) {
      if (!qs[q].valid || sys_matched[q]) continue;
      bool split = false;
      for (size_t g = 0; g < golds.size(); ++g) {
        split = split || (gold_matched[g] && overlap(qs[q].span, golds[g].content) > 0);
      }
      res.split += split;
      if (options.errors) {
        *options.errors << (split ? "SPLIT\t" : "SPURIOUS\t") << art.id << "\t"
                        << kSubsetNames[qs[q].own] << "\t" << cp_text(art, qs[q].span) << "\n";
      }
    }
    if (options.errors) {
      for (size_t g = 0; g < golds.size(); ++g) {
        if (gold_matched[g]) continue;
        *options.errors << "MISSED\t" << art.id << "\t" << kSubsetNames[subset(g)] << "\t"
                        << gold_text(art, golds[g]) << "\tsource: " << utf8(golds[g].source_text)
                        << "\tcue: " << utf8(golds[g].cue_text) << "\n";
      }
    }
  }
  return res;
}

void print_scores(const QuoteScores& r, std::ostream& out) {
  out << std::fixed << std::setprecision(2);
  out << "Content spans        gold |  exact:  sys      P      R     F1 | overlap:  sys      P      R     F1\n";
  for (int s = 0; s < 3; ++s) {
    const Prf& e = r.exact[s];
    const Prf& o = r.overlap[s];
    out << "  " << std::left << std::setw(10) << kSubsetNames[s] << std::right << std::setw(10)
        << e.gold << " | " << std::setw(12) << e.sys << std::setw(7) << e.p() << std::setw(7)
        << e.r() << std::setw(7) << e.f1() << " | " << std::setw(14) << o.sys << std::setw(7)
        << o.p() << std::setw(7) << o.r() << std::setw(7) << o.f1() << "\n";
  }
  out << "\nSpeakers (overlap-matched pairs)   with source  correct    acc | overlap+speaker     P      R     F1\n";
  for (int s = 0; s < 3; ++s) {
    const Prf& e = r.e2e[s];
    out << "  " << std::left << std::setw(10) << kSubsetNames[s] << std::right << std::setw(30)
        << r.speaker_n[s] << std::setw(9) << r.speaker_ok[s] << std::setw(7) << r.speaker_acc(s)
        << " | " << std::setw(15) << "" << std::setw(7) << e.p() << std::setw(7) << e.r()
        << std::setw(7) << e.f1() << "\n";
  }
  out << "\nDiagnostic: speaker span overlaps the gold source (the entity route's reach once "
         "mentions exist):";
  for (int s = 0; s < 3; ++s) {
    const double n = static_cast<double>(r.speaker_n[s]);
    out << " " << kSubsetNames[s] << " " << (n > 0 ? 100.0 * double(r.speaker_span_ok[s]) / n : 0.0);
  }
  out << "\n";
  out << "\nCues (system cue of an overlap-matched quote overlaps / equals the gold cue)\n"
      << "                     gold    sys | overlap    P      R     F1 |  exact    P      R     F1\n";
  for (int s = 0; s < 3; ++s) {
    const Prf& o = r.cue_overlap[s];
    const Prf& e = r.cue_exact[s];
    out << "  " << std::left << std::setw(10) << kSubsetNames[s] << std::right << std::setw(13)
        << o.gold << std::setw(7) << o.sys << " | " << std::setw(13) << o.p() << std::setw(7)
        << o.r() << std::setw(7) << o.f1() << " | " << std::setw(12) << e.p() << std::setw(7)
        << e.r() << std::setw(7) << e.f1() << "\n";
  }
  out << "\nInfo: cue text matches gold cue on " << r.cue_text_ok << " of " << r.cue_text_n
      << " matched pairs with a cue\n";
  out << "Info: " << r.split << " unmatched quotes overlap an already matched attribution\n";
  if (r.has_speech) {
    out << "\nSpeech subset (gold: direct, or a cue holding a speech word of the lexicon; system "
           "quotes matched to other gold left out)\n"
        << "                     gold    sys | overlap    P      R     F1 | speakers   n  correct    acc\n";
    for (int s = 0; s < 3; ++s) {
      const Prf& o = r.speech_overlap[s];
      const uint64_t n = r.speech_speaker_n[s];
      out << "  " << std::left << std::setw(10) << kSubsetNames[s] << std::right << std::setw(13)
          << o.gold << std::setw(7) << o.sys << " | " << std::setw(13) << o.p() << std::setw(7)
          << o.r() << std::setw(7) << o.f1() << " | " << std::setw(12) << n << std::setw(9)
          << r.speech_speaker_ok[s] << std::setw(7)
          << (n ? 100.0 * double(r.speech_speaker_ok[s]) / double(n) : 0.0) << "\n";
    }
    out << "Info: " << r.matched_non_speech
        << " system quotes match a gold attribution whose cue is not speech (belief, plan, perception)\n";
    out << "\nQuote confidence against 'matched to a speech attribution':\n";
    data::print_reliability(out, r.quote_reliability);
    out << "Speaker confidence against 'speaker right' (quotes matched to a speech attribution with a source):\n";
    data::print_reliability(out, r.speaker_reliability);
  }
  out << std::setprecision(2);
  out << "SCORE polnear content_overlap_f1=" << r.overlap[kAll].f1()
      << " content_exact_f1=" << r.exact[kAll].f1() << " speaker_acc=" << r.speaker_acc(kAll)
      << " attribution_f1=" << r.e2e[kAll].f1() << " direct_overlap_f1=" << r.overlap[kDirect].f1()
      << " indirect_overlap_f1=" << r.overlap[kIndirect].f1() << "\n";
}

}  // namespace dossier::eval
