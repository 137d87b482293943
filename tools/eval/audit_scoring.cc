#include "eval/audit_scoring.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <deque>
#include <functional>
#include <random>
#include <set>
#include <utility>

namespace dossier::eval::audit {
namespace {

// Counts of every figure in one article, in the order of AuditScores::figures. A deque, so that
// registering a new figure keeps references to the others valid.
using ArticleCounts = std::deque<Counts>;

struct RateCounts {
  double right = 0;
  double total = 0;
};

class Scorer {
 public:
  Scorer(const AuditOptions& options) : options_(options) {}

  void add_article(const Article& gold, const Article& response);
  AuditScores finish(size_t articles);

 private:
  Counts& figure(const std::string& name) {
    auto [it, added] = figure_index_.try_emplace(name, figure_names_.size());
    if (added) figure_names_.push_back(name);
    if (current_.size() < figure_names_.size()) current_.resize(figure_names_.size());
    return current_[it->second];
  }
  RateCounts& rate(const std::string& name) {
    auto [it, added] = rate_index_.try_emplace(name, rate_names_.size());
    if (added) rate_names_.push_back(name);
    if (current_rates_.size() < rate_names_.size()) current_rates_.resize(rate_names_.size());
    return current_rates_[it->second];
  }
  void judge(const std::string& layer, double confidence, bool right) {
    if (confidence < 0) return;
    judged_[layer].push_back({confidence, right});
  }
  void error(const std::string& layer, const std::string& cause, int article, Range span);

  std::string mapped(const std::string& response_entity) const {
    auto it = entity_map_.find(response_entity);
    return it == entity_map_.end() ? std::string() : it->second;
  }

  void map_entities(const Article& gold, const Article& response);
  void score_mentions(const Article& gold, const Article& response);
  void score_roles(const Article& gold, const Article& response);
  void score_speech(const Article& gold, const Article& response);
  void score_events(const Article& gold, const Article& response);
  void score_times(const Article& gold, const Article& response);

  const AuditOptions& options_;
  std::map<std::string, size_t> figure_index_;
  std::vector<std::string> figure_names_;
  std::map<std::string, size_t> rate_index_;
  std::vector<std::string> rate_names_;
  ArticleCounts current_;
  std::deque<RateCounts> current_rates_;
  std::vector<ArticleCounts> per_article_;
  std::vector<std::deque<RateCounts>> per_article_rates_;
  std::map<std::string, std::vector<Judged>> judged_;
  std::map<std::pair<std::string, std::string>, ErrorGroup> errors_;
  std::map<std::string, std::string> entity_map_;  // response entity -> gold key, per article
  // Cluster bookkeeping: mention ids shared by gold and response where spans match exactly.
  uint32_t next_mention_ = 0;
  std::map<std::string, std::vector<uint32_t>> gold_within_, response_within_;
  std::map<std::string, std::vector<uint32_t>> gold_cross_, response_cross_;
  size_t gold_events_ = 0;
  size_t response_events_ = 0;
  int article_ = 0;
};

void Scorer::error(const std::string& layer, const std::string& cause, int article, Range span) {
  ErrorGroup& group = errors_[{layer, cause}];
  group.layer = layer;
  group.cause = cause;
  ++group.count;
  if (group.examples.size() >= options_.examples_per_group) return;
  std::string text;
  if (options_.texts) {
    auto it = options_.texts->find(article);
    if (it != options_.texts->end()) text = it->second.slice(span);
  }
  group.examples.push_back({article, text});
}

// Each response entity is mapped to the gold key most of its name mentions in this article
// overlap; ties go to the key seen first.
void Scorer::map_entities(const Article& gold, const Article& response) {
  entity_map_.clear();
  std::map<std::string, std::map<std::string, int>> votes;
  for (const MentionItem& r : response.mentions) {
    for (const MentionItem& g : gold.mentions) {
      if (r.span.overlaps(g.span)) ++votes[r.entity][g.entity];
    }
  }
  for (const auto& [entity, keys] : votes) {
    const auto best = std::max_element(keys.begin(), keys.end(),
                                       [](const auto& a, const auto& b) { return a.second < b.second; });
    entity_map_[entity] = best->first;
  }
}

void Scorer::score_mentions(const Article& gold, const Article& response) {
  Counts& exact = figure("mentions (exact span and type)");
  Counts& spans = figure("mentions (exact span)");
  Counts& overlap = figure("mentions (overlap)");
  std::vector<bool> gold_hit(gold.mentions.size(), false);
  std::vector<uint32_t> gold_ids(gold.mentions.size());
  for (uint32_t& id : gold_ids) id = next_mention_++;
  for (size_t i = 0; i < gold.mentions.size(); ++i) {
    const MentionItem& g = gold.mentions[i];
    gold_within_[std::to_string(article_) + "\x1f" + g.entity].push_back(gold_ids[i]);
    gold_cross_[g.entity].push_back(gold_ids[i]);
  }
  for (const MentionItem& r : response.mentions) {
    const MentionItem* same = nullptr;
    const MentionItem* near = nullptr;
    size_t same_index = 0;
    for (size_t i = 0; i < gold.mentions.size(); ++i) {
      const MentionItem& g = gold.mentions[i];
      if (g.span == r.span) {
        same = &g;
        same_index = i;
      } else if (!near && g.span.overlaps(r.span)) {
        near = &g;
      }
    }
    const bool typed = same && same->type == r.type;
    exact.right += typed;
    spans.right += same != nullptr;
    overlap.right += same || near;
    exact.shown += 1;
    spans.shown += 1;
    overlap.shown += 1;
    figure("mentions/" + r.type).shown += 1;
    figure("mentions/" + r.type).right += typed;
    judge("mentions", r.confidence, typed);
    const uint32_t id = same ? gold_ids[same_index] : next_mention_++;
    response_within_[std::to_string(article_) + "\x1f" + r.entity].push_back(id);
    response_cross_[r.entity].push_back(id);
    if (same) gold_hit[same_index] = true;
    if (!same && !near) error("mentions", "spurious " + r.type, article_, r.span);
    if (!same && near) error("mentions", "boundary (" + near->type + ")", article_, r.span);
    if (same && !typed) error("mentions", "type " + same->type + " as " + r.type, article_, r.span);
  }
  for (size_t i = 0; i < gold.mentions.size(); ++i) {
    const MentionItem& g = gold.mentions[i];
    exact.expected += 1;
    spans.expected += 1;
    overlap.expected += 1;
    figure("mentions/" + g.type).expected += 1;
    bool typed = false, any = false;
    for (const MentionItem& r : response.mentions) {
      if (r.span == g.span && r.type == g.type) typed = true;
      if (r.span.overlaps(g.span)) any = true;
    }
    exact.found += typed;
    spans.found += gold_hit[i];
    overlap.found += any;
    figure("mentions/" + g.type).found += typed;
    if (!any) error("mentions", "missed " + g.type, article_, g.span);
  }
}

void Scorer::score_roles(const Article& gold, const Article& response) {
  Counts& roles = figure("roles (holder and title)");
  std::vector<bool> found(gold.roles.size(), false);
  RateCounts& status = rate("role status, of right roles");
  for (const RoleItem& r : response.roles) {
    const std::string holder = mapped(r.holder);
    const RoleItem* match = nullptr;
    for (size_t i = 0; i < gold.roles.size(); ++i) {
      const RoleItem& g = gold.roles[i];
      if (g.holder == holder && g.title == r.title) {
        match = &g;
        found[i] = true;
        break;
      }
    }
    roles.show(match != nullptr);
    judge("roles", r.confidence, match != nullptr);
    if (match) {
      status.total += 1;
      status.right += match->status == r.status;
    } else {
      bool holder_has_role = false;
      for (const RoleItem& g : gold.roles) holder_has_role |= g.holder == holder;
      error("roles", holder.empty() ? "holder is no gold entity"
                                    : holder_has_role ? "wrong title" : "holder has no such role",
            article_, r.span);
    }
  }
  for (size_t i = 0; i < gold.roles.size(); ++i) {
    roles.expect(found[i]);
    if (!found[i]) error("roles", "missed", article_, gold.roles[i].span);
  }
}

bool speaker_right(const SpeechItem& gold, const SpeechItem& response, const std::string& mapped) {
  if (!gold.speaker_entity.empty() && mapped == gold.speaker_entity) return true;
  return gold.speaker_entity.empty() && gold.speaker.overlaps(response.speaker);
}

void Scorer::score_speech(const Article& gold, const Article& response) {
  Counts& speech = figure("speech (content overlap)");
  Counts& attributed = figure("speech with right speaker");
  RateCounts& speakers = rate("speaker accuracy, of matched speech");
  RateCounts& kinds = rate("kind accuracy, of matched speech");
  std::vector<bool> found(gold.speech.size(), false);
  for (const SpeechItem& r : response.speech) {
    const SpeechItem* match = nullptr;
    size_t match_index = 0;
    for (size_t i = 0; i < gold.speech.size(); ++i) {
      if (gold.speech[i].overlaps(r)) {
        match = &gold.speech[i];
        match_index = i;
        if (!found[i]) break;
      }
    }
    speech.shown += 1;
    attributed.shown += 1;
    figure("speech/" + r.kind).shown += 1;
    const Range where = r.content.empty() ? Range{} : r.content.front();
    if (!match) {
      judge("speech", r.confidence, false);
      error("speech", "not speech (cue '" + (r.cue_text.empty() ? std::string("none") : r.cue_text) + "')",
            article_, where);
      continue;
    }
    found[match_index] = true;
    speech.right += 1;
    figure("speech/" + r.kind).right += 1;
    judge("speech", r.confidence, true);
    const bool speaker_ok = speaker_right(*match, r, mapped(r.speaker_entity));
    judge("speakers", r.speaker_confidence, speaker_ok);
    speakers.total += 1;
    speakers.right += speaker_ok;
    attributed.right += speaker_ok;
    kinds.total += 1;
    kinds.right += match->kind == r.kind;
    if (!speaker_ok) {
      error("speech", r.speaker_entity.empty() && r.speaker.empty() ? "speaker missing" : "wrong speaker",
            article_, where);
    }
  }
  for (size_t i = 0; i < gold.speech.size(); ++i) {
    const SpeechItem& g = gold.speech[i];
    speech.expected += 1;
    attributed.expected += 1;
    figure("speech/" + g.kind).expected += 1;
    speech.found += found[i];
    figure("speech/" + g.kind).found += found[i];
    bool with_speaker = false;
    for (const SpeechItem& r : response.speech) {
      with_speaker |= g.overlaps(r) && speaker_right(g, r, mapped(r.speaker_entity));
    }
    attributed.found += with_speaker;
    if (!found[i]) error("speech", "missed " + g.kind, article_, g.content.empty() ? Range{} : g.content.front());
  }
}

std::string root(const std::string& code) { return code.substr(0, std::min<size_t>(2, code.size())); }

bool source_right(const EventItem& gold, const EventItem& response, const std::string& mapped) {
  if (!gold.source_entity.empty()) return mapped == gold.source_entity;
  return response.source_entity.empty() && !gold.source_text.empty() &&
         normalise_title(gold.source_text) == normalise_title(response.source_text);
}

void Scorer::score_events(const Article& gold, const Article& response) {
  Counts& triggers = figure("event triggers");
  Counts& events = figure("events (root code and source)");
  Counts& full = figure("events (code, source and target)");
  RateCounts& dates = rate("event date accuracy, of right events");
  gold_events_ += gold.events.size();
  response_events_ += response.events.size();
  std::vector<bool> trigger_found(gold.events.size(), false), found(gold.events.size(), false),
      full_found(gold.events.size(), false);
  for (const EventItem& r : response.events) {
    bool any = false, right = false, all = false;
    const EventItem* near = nullptr;
    for (size_t i = 0; i < gold.events.size(); ++i) {
      const EventItem& g = gold.events[i];
      if (!g.trigger.overlaps(r.trigger)) continue;
      any = true;
      near = &g;
      trigger_found[i] = true;
      if (root(g.code) == root(r.code) && source_right(g, r, mapped(r.source_entity))) {
        right = true;
        found[i] = true;
        dates.total += 1;
        dates.right += g.date == r.date;
        const bool target_ok = g.target_entity.empty() ? r.target_entity.empty()
                                                        : mapped(r.target_entity) == g.target_entity;
        if (g.code == r.code && target_ok) {
          all = true;
          full_found[i] = true;
        }
      }
    }
    triggers.show(any);
    events.show(right);
    full.show(all);
    judge("events", r.confidence, right);
    if (!any) {
      error("events", "no event here (coded " + root(r.code) + ")", article_, r.trigger);
    } else if (!right) {
      error("events", root(near->code) == root(r.code) ? "wrong source" : "wrong code " + root(r.code) + " for " + root(near->code),
            article_, r.trigger);
    }
  }
  for (size_t i = 0; i < gold.events.size(); ++i) {
    triggers.expected += 1;
    events.expected += 1;
    full.expected += 1;
    triggers.found += trigger_found[i];
    events.found += found[i];
    full.found += full_found[i];
    if (!trigger_found[i]) error("events", "missed " + root(gold.events[i].code), article_, gold.events[i].trigger);
  }
}

void Scorer::score_times(const Article& gold, const Article& response) {
  Counts& spans = figure("times (overlap)");
  Counts& exact = figure("times (exact span)");
  Counts& valued = figure("times (overlap and value)");
  RateCounts& values = rate("time value accuracy, of matched times");
  std::vector<bool> found(gold.times.size(), false), exact_found(gold.times.size(), false),
      value_found(gold.times.size(), false);
  for (const TimeItem& r : response.times) {
    bool any = false, same = false, value = false;
    for (size_t i = 0; i < gold.times.size(); ++i) {
      const TimeItem& g = gold.times[i];
      if (!g.span.overlaps(r.span)) continue;
      if (!any) {
        values.total += 1;
        values.right += g.value == r.value;
      }
      any = true;
      found[i] = true;
      if (g.span == r.span) {
        same = true;
        exact_found[i] = true;
      }
      if (g.value == r.value) {
        value = true;
        value_found[i] = true;
      }
    }
    spans.show(any);
    exact.show(same);
    valued.show(value);
    judge("times", r.confidence, value);
    if (!any) error("times", "not a time expression", article_, r.span);
    else if (!value) error("times", "wrong value", article_, r.span);
  }
  for (size_t i = 0; i < gold.times.size(); ++i) {
    spans.expected += 1;
    exact.expected += 1;
    valued.expected += 1;
    spans.found += found[i];
    exact.found += exact_found[i];
    valued.found += value_found[i];
    if (!found[i]) error("times", "missed " + gold.times[i].type, article_, gold.times[i].span);
  }
}

void Scorer::add_article(const Article& gold, const Article& response) {
  article_ = gold.index;
  std::fill(current_.begin(), current_.end(), Counts{});
  std::fill(current_rates_.begin(), current_rates_.end(), RateCounts{});
  map_entities(gold, response);
  score_mentions(gold, response);
  score_roles(gold, response);
  score_speech(gold, response);
  score_events(gold, response);
  score_times(gold, response);
  per_article_.push_back(current_);
  per_article_rates_.push_back(current_rates_);
}

double ratio(double a, double b) { return b > 0 ? a / b : 0.0; }
double f1_of(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; }

Interval percentile_interval(std::vector<double> values) {
  if (values.empty()) return {};
  std::sort(values.begin(), values.end());
  const auto at = [&](double q) {
    const size_t i = std::min(values.size() - 1, static_cast<size_t>(q * static_cast<double>(values.size())));
    return values[i];
  };
  return {at(0.025), at(0.975)};
}

Clustering clusters_of(const std::map<std::string, std::vector<uint32_t>>& groups) {
  Clustering out;
  for (const auto& [key, ids] : groups) {
    if (!key.empty() && key.back() != '\x1f') out.push_back(ids);
  }
  return out;
}

Calibration calibrate(const std::string& layer, std::vector<Judged> items) {
  Calibration c;
  c.layer = layer;
  constexpr int kBins = 10;
  double conf[kBins] = {}, right[kBins] = {}, count[kBins] = {};
  size_t total_right = 0;
  for (const Judged& j : items) {
    const int b = std::min(kBins - 1, static_cast<int>(j.confidence * kBins));
    conf[b] += j.confidence;
    right[b] += j.right;
    count[b] += 1;
    total_right += j.right;
  }
  for (int b = 0; b < kBins; ++b) {
    if (count[b] > 0) c.ece += count[b] / static_cast<double>(items.size()) * std::fabs(right[b] / count[b] - conf[b] / count[b]);
  }
  c.items = items;  // in the order they were judged: the event scorer's trainer lines them up with its candidates
  std::stable_sort(items.begin(), items.end(), [](const Judged& a, const Judged& b) { return a.confidence > b.confidence; });
  size_t kept = 0, kept_right = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    ++kept;
    kept_right += items[i].right;
    const bool boundary = i + 1 == items.size() || items[i + 1].confidence < items[i].confidence;
    if (boundary && ratio(kept_right, kept) >= 0.90) {
      c.threshold_90 = items[i].confidence;
      c.recall_at_threshold = ratio(kept_right, total_right);
    }
  }
  // Area under the ROC curve over the items sorted by falling confidence, a tie group counted half.
  double wrong_above = 0, pairs_right = 0;
  for (size_t i = 0; i < items.size();) {
    size_t j = i;
    double r = 0, w = 0;
    for (; j < items.size() && items[j].confidence == items[i].confidence; ++j) (items[j].right ? r : w) += 1;
    pairs_right += r * (static_cast<double>(items.size() - total_right) - wrong_above - w) + 0.5 * r * w;
    wrong_above += w;
    i = j;
  }
  const double wrong_total = static_cast<double>(items.size() - total_right);
  if (total_right > 0 && wrong_total > 0) c.auc = pairs_right / (static_cast<double>(total_right) * wrong_total);
  return c;
}

AuditScores Scorer::finish(size_t articles) {
  AuditScores scores;
  scores.articles = articles;
  for (auto& counts : per_article_) counts.resize(figure_names_.size());
  for (auto& counts : per_article_rates_) counts.resize(rate_names_.size());
  std::mt19937 rng(options_.seed);
  std::uniform_int_distribution<size_t> pick(0, per_article_.empty() ? 0 : per_article_.size() - 1);
  std::vector<std::vector<size_t>> samples(options_.bootstrap_samples);
  for (auto& sample : samples) {
    sample.resize(per_article_.size());
    for (size_t& s : sample) s = pick(rng);
  }
  for (size_t f = 0; f < figure_names_.size(); ++f) {
    Figure figure;
    figure.name = figure_names_[f];
    for (const auto& counts : per_article_) figure.total += counts[f];
    std::vector<double> ps, rs, fs;
    for (const auto& sample : samples) {
      Counts c;
      for (size_t s : sample) c += per_article_[s][f];
      const double p = ratio(c.right, c.shown), r = ratio(c.found, c.expected);
      ps.push_back(p);
      rs.push_back(r);
      fs.push_back(f1_of(p, r));
    }
    figure.precision_ci = percentile_interval(ps);
    figure.recall_ci = percentile_interval(rs);
    figure.f1_ci = percentile_interval(fs);
    scores.figures.push_back(std::move(figure));
  }
  for (size_t r = 0; r < rate_names_.size(); ++r) {
    Rate rate;
    rate.name = rate_names_[r];
    for (const auto& counts : per_article_rates_) {
      rate.right += counts[r].right;
      rate.total += counts[r].total;
    }
    std::vector<double> values;
    for (const auto& sample : samples) {
      double right = 0, total = 0;
      for (size_t s : sample) {
        right += per_article_rates_[s][r].right;
        total += per_article_rates_[s][r].total;
      }
      values.push_back(ratio(right, total));
    }
    rate.ci = percentile_interval(values);
    scores.rates.push_back(std::move(rate));
  }
  scores.within_clusters = coref_scores(clusters_of(gold_within_), clusters_of(response_within_));
  scores.cross_clusters = coref_scores(clusters_of(gold_cross_), clusters_of(response_cross_));
  scores.gold_events_per_article = ratio(static_cast<double>(gold_events_), static_cast<double>(articles));
  scores.response_events_per_article = ratio(static_cast<double>(response_events_), static_cast<double>(articles));
  for (auto& [layer, items] : judged_) scores.calibration.push_back(calibrate(layer, std::move(items)));
  for (auto& [key, group] : errors_) scores.errors.push_back(std::move(group));
  std::stable_sort(scores.errors.begin(), scores.errors.end(),
                   [](const ErrorGroup& a, const ErrorGroup& b) { return a.count > b.count; });
  return scores;
}

std::string percent(double x) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%5.1f", 100.0 * x);
  return buffer;
}

std::string interval(const Interval& ci) { return "[" + percent(ci.low) + "," + percent(ci.high) + "]"; }

}  // namespace

Counts& Counts::operator+=(const Counts& o) {
  right += o.right;
  shown += o.shown;
  found += o.found;
  expected += o.expected;
  return *this;
}

double Figure::precision() const { return ratio(total.right, total.shown); }
double Figure::recall() const { return ratio(total.found, total.expected); }
double Figure::f1() const { return f1_of(precision(), recall()); }

AuditScores score_audit(const std::map<int, Article>& gold, const std::map<int, Article>& response,
                        const AuditOptions& options) {
  Scorer scorer(options);
  size_t articles = 0;
  const Article empty;
  for (const auto& [index, g] : gold) {
    auto it = response.find(index);
    scorer.add_article(g, it == response.end() ? empty : it->second);
    ++articles;
  }
  return scorer.finish(articles);
}

void print_audit(const AuditScores& scores, std::ostream& out, size_t max_error_groups) {
  out << scores.articles << " articles; 95% intervals from a bootstrap over articles\n\n";
  out << "figure                                      P      [95% CI]         R      [95% CI]         F1     [95% CI]       n(gold)\n";
  for (const Figure& f : scores.figures) {
    char name[44];
    std::snprintf(name, sizeof name, "%-42s", f.name.c_str());
    out << name << percent(f.precision()) << " " << interval(f.precision_ci) << "  " << percent(f.recall()) << " "
        << interval(f.recall_ci) << "  " << percent(f.f1()) << " " << interval(f.f1_ci) << "  "
        << static_cast<long>(f.total.expected) << "\n";
  }
  out << "\n";
  for (const Rate& r : scores.rates) {
    char name[44];
    std::snprintf(name, sizeof name, "%-42s", r.name.c_str());
    out << name << percent(ratio(r.right, r.total)) << " " << interval(r.ci) << "  (" << static_cast<long>(r.right)
        << "/" << static_cast<long>(r.total) << ")\n";
  }
  out << "\nclusters within articles (MUC / B3 / CEAF-e P R F1; CoNLL F1): " << format_prf(scores.within_clusters.muc)
      << " / " << format_prf(scores.within_clusters.b_cubed) << " / " << format_prf(scores.within_clusters.ceaf_e)
      << "; " << percent(scores.within_clusters.conll_f1) << "\n";
  out << "clusters across articles: CoNLL F1 " << percent(scores.cross_clusters.conll_f1) << "\n";
  char events[96];
  std::snprintf(events, sizeof events, "events per article: gold %.2f, response %.2f\n", scores.gold_events_per_article,
                scores.response_events_per_article);
  out << events;
  if (!scores.calibration.empty()) {
    out << "\ncalibration (10 bins): layer, items, ECE, AUC (a right item above a wrong one), lowest confidence with precision >= 90% and the share of right items kept\n";
    for (const Calibration& c : scores.calibration) {
      char line[160];
      std::snprintf(line, sizeof line, "  %-10s %6zu  ECE %.3f  AUC %s  threshold %s  kept %s%%\n", c.layer.c_str(),
                    c.items.size(), c.ece, c.auc < 0 ? "-" : std::to_string(c.auc).substr(0, 5).c_str(),
                    c.threshold_90 < 0 ? "none" : std::to_string(c.threshold_90).c_str(),
                    percent(c.recall_at_threshold).c_str());
      out << line;
    }
    if (!scores.report_thresholds.empty()) {
      out << "at the report's thresholds (confident_from): precision of the items shown by default and the share of right items they keep\n";
      for (const Calibration& c : scores.calibration) {
        const auto it = scores.report_thresholds.find(c.layer);
        if (it == scores.report_thresholds.end()) continue;
        double shown = 0, right = 0, all_right = 0;
        for (const Judged& j : c.items) {
          all_right += j.right;
          if (it->second && j.confidence >= *it->second) {
            shown += 1;
            right += j.right;
          }
        }
        char line[160];
        std::snprintf(line, sizeof line, "  %-10s threshold %-6s  shown %5.0f  precision %s  kept %s%%\n", c.layer.c_str(),
                      it->second ? std::to_string(*it->second).substr(0, 5).c_str() : "none", shown,
                      shown > 0 ? percent(right / shown).c_str() : "-", percent(all_right > 0 ? right / all_right : 0).c_str());
        out << line;
      }
    }
  }
  out << "\nerrors by cause (layer: cause  count  examples [article] text)\n";
  for (size_t i = 0; i < scores.errors.size() && i < max_error_groups; ++i) {
    const ErrorGroup& g = scores.errors[i];
    out << "  " << g.layer << ": " << g.cause << "  " << g.count << "\n";
    for (const ErrorExample& e : g.examples) out << "      [" << e.article << "] " << e.text << "\n";
  }
}

}  // namespace dossier::eval::audit
