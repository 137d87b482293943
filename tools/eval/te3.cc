#include "eval/te3.h"

#include <algorithm>
#include <filesystem>
#include <tuple>

#include "dossier/error.h"
#include "util/file.h"
#include "data/news_corpora.h"
#include "util/utf8.h"

namespace dossier::eval {
namespace {

// The value of attribute name in an XML start tag, references decoded; empty when absent.
std::string attribute(std::string_view tag, std::string_view name) {
  size_t pos = 0;
  while ((pos = tag.find(name, pos)) != std::string_view::npos) {
    const bool starts = pos > 0 && (tag[pos - 1] == ' ' || tag[pos - 1] == '\t' || tag[pos - 1] == '\n');
    size_t i = pos + name.size();
    while (i < tag.size() && tag[i] == ' ') ++i;
    if (!starts || i >= tag.size() || tag[i] != '=') {
      pos += name.size();
      continue;
    }
    ++i;
    while (i < tag.size() && tag[i] == ' ') ++i;
    if (i >= tag.size() || (tag[i] != '"' && tag[i] != '\'')) return "";
    const char quote = tag[i];
    const size_t close = tag.find(quote, i + 1);
    if (close == std::string_view::npos) return "";
    return std::string(tag.substr(i + 1, close - i - 1));
  }
  return "";
}


bool is_space_cp(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0x85 ||
         c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0x3000 || (c >= 0x1C && c <= 0x1F);
}

// Trims whitespace from a code-point range of text (given as code points).
void trim(const std::u32string& cps, uint32_t& s, uint32_t& e) {
  while (s < e && is_space_cp(cps[s])) ++s;
  while (e > s && is_space_cp(cps[e - 1])) --e;
}

std::u32string code_points(std::string_view text) {
  std::u32string out;
  size_t pos = 0;
  while (pos < text.size()) out += util::decode_utf8(text, pos);
  return out;
}

std::string upper(std::string s) {
  for (char& c : s) c = c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c;
  return s;
}

std::string strip(std::string_view s) {
  while (!s.empty() && is_space_cp(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && is_space_cp(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return std::string(s);
}

}  // namespace

std::optional<Te3Article> parse_tml(std::string_view raw, std::string id) {
  Te3Article article;
  article.id = std::move(id);
  for (size_t pos = raw.find("<TIMEX3"); pos != std::string_view::npos; pos = raw.find("<TIMEX3", pos + 1)) {
    const size_t close = raw.find('>', pos);
    if (close == std::string_view::npos) break;
    const std::string_view tag = raw.substr(pos, close - pos + 1);
    if (corpora::decode_xml_references(attribute(tag, "functionInDocument")) != "CREATION_TIME") continue;
    const std::string value = corpora::decode_xml_references(attribute(tag, "value"));
    if (value.size() >= 10) article.date = CivilDate::parse_iso(std::string_view(value).substr(0, 10));
    if (article.date && article.date->iso() != value.substr(0, 10)) article.date.reset();
    break;
  }
  size_t open = raw.find("<TEXT");
  while (open != std::string_view::npos && open + 5 < raw.size() && raw[open + 5] != '>' &&
         raw[open + 5] != ' ' && raw[open + 5] != '\t' && raw[open + 5] != '\n') {
    open = raw.find("<TEXT", open + 1);
  }
  if (open == std::string_view::npos) return std::nullopt;
  const size_t body_start = raw.find('>', open);
  const size_t body_end = raw.find("</TEXT", body_start);
  if (body_start == std::string_view::npos || body_end == std::string_view::npos) return std::nullopt;
  const std::string_view body = raw.substr(body_start + 1, body_end - body_start - 1);

  struct Open {
    uint32_t start;
    std::string tag;
  };
  std::vector<Open> stack;
  std::vector<std::tuple<uint32_t, uint32_t, std::string>> spans;
  uint32_t length = 0;
  size_t pos = 0;
  while (pos <= body.size()) {
    const size_t lt = body.find('<', pos);
    const size_t gt = lt == std::string_view::npos ? std::string_view::npos : body.find('>', lt);
    const size_t piece_end = gt == std::string_view::npos ? body.size() : lt;
    const std::string piece = corpora::decode_xml_references(body.substr(pos, piece_end - pos));
    article.text += piece;
    length += static_cast<uint32_t>(util::count_code_points(piece));
    if (gt == std::string_view::npos) break;
    const std::string_view tag = body.substr(lt, gt - lt + 1);
    pos = gt + 1;
    if (tag.starts_with("<TIMEX3") && tag.size() > 7 && (tag[7] == ' ' || tag[7] == '>' || tag[7] == '\n')) {
      if (!tag.ends_with("/>")) stack.push_back({length, std::string(tag)});
    } else if (tag.starts_with("</TIMEX3") && !stack.empty()) {
      spans.emplace_back(stack.back().start, length, std::move(stack.back().tag));
      stack.pop_back();
    }
  }
  const std::u32string cps = code_points(article.text);
  for (auto& [start, end, tag] : spans) {
    if (corpora::decode_xml_references(attribute(tag, "functionInDocument")) == "CREATION_TIME") continue;
    uint32_t s = start, e = end;
    trim(cps, s, e);
    if (s < e) article.gold.push_back({s, e, corpora::decode_xml_references(attribute(tag, "type")), corpora::decode_xml_references(attribute(tag, "value"))});
  }
  std::stable_sort(article.gold.begin(), article.gold.end(), [](const Te3Timex& a, const Te3Timex& b) {
    return std::tie(a.start, a.end) < std::tie(b.start, b.end);
  });
  return article;
}

std::vector<Te3Article> load_te3(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw InputError(dir, "not a directory");
  std::vector<std::string> files;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::end(it); it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (it->is_regular_file() && name.ends_with(".tml") && !name.starts_with(".")) {
      files.push_back(fs::relative(it->path(), dir).string());
    }
  }
  std::sort(files.begin(), files.end());
  std::vector<Te3Article> articles;
  for (const auto& rel : files) {
    const std::string raw = util::read_file((fs::path(dir) / rel).string());
    if (auto article = parse_tml(raw, rel.substr(0, rel.size() - 4))) articles.push_back(std::move(*article));
  }
  return articles;
}

double Te3Score::type_accuracy() const {
  return relaxed.tp ? 100.0 * static_cast<double>(type_ok) / static_cast<double>(relaxed.tp) : 0.0;
}
double Te3Score::value_accuracy() const {
  return relaxed.tp ? 100.0 * static_cast<double>(value_ok) / static_cast<double>(relaxed.tp) : 0.0;
}

std::vector<Te3Pair> score_article(const Te3Article& article, std::vector<Te3Timex> system, Te3Score& score) {
  const std::u32string cps = code_points(article.text);
  std::vector<bool> valid(system.size(), false);
  for (size_t i = 0; i < system.size(); ++i) {
    Te3Timex& x = system[i];
    if (x.start < x.end && x.end <= cps.size()) {
      trim(cps, x.start, x.end);
      valid[i] = x.start < x.end;
    }
  }
  struct Candidate {
    uint32_t overlap;
    double ratio;
    size_t gold, sys;
  };
  std::vector<Candidate> candidates;
  for (size_t g = 0; g < article.gold.size(); ++g) {
    const Te3Timex& gt = article.gold[g];
    for (size_t s = 0; s < system.size(); ++s) {
      if (!valid[s]) continue;
      const Te3Timex& x = system[s];
      const int64_t ov = static_cast<int64_t>(std::min(gt.end, x.end)) - std::max(gt.start, x.start);
      if (ov <= 0) continue;
      const double uni = static_cast<double>((gt.end - gt.start) + (x.end - x.start)) - static_cast<double>(ov);
      candidates.push_back({static_cast<uint32_t>(ov), static_cast<double>(ov) / uni, g, s});
    }
  }
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    if (a.overlap != b.overlap) return a.overlap > b.overlap;
    if (a.ratio != b.ratio) return a.ratio > b.ratio;
    if (a.gold != b.gold) return a.gold < b.gold;
    return a.sys < b.sys;
  });
  std::vector<int> gold_of(system.size(), -1), sys_of(article.gold.size(), -1);
  for (const Candidate& c : candidates) {
    if (sys_of[c.gold] >= 0 || gold_of[c.sys] >= 0) continue;
    sys_of[c.gold] = static_cast<int>(c.sys);
    gold_of[c.sys] = static_cast<int>(c.gold);
  }
  score.relaxed.gold += article.gold.size();
  score.strict.gold += article.gold.size();
  score.relaxed.sys += system.size();
  score.strict.sys += system.size();
  std::vector<Te3Pair> pairs;
  for (size_t g = 0; g < article.gold.size(); ++g) {
    pairs.push_back({static_cast<int>(g), sys_of[g]});
    if (sys_of[g] < 0) continue;
    const Te3Timex& gt = article.gold[g];
    const Te3Timex& x = system[static_cast<size_t>(sys_of[g])];
    ++score.relaxed.tp;
    if (gt.start == x.start && gt.end == x.end) ++score.strict.tp;
    if (upper(gt.type) == upper(x.type)) ++score.type_ok;
    if (strip(gt.value) == strip(x.value)) ++score.value_ok;
  }
  for (size_t s = 0; s < system.size(); ++s) {
    if (gold_of[s] < 0) pairs.push_back({-1, static_cast<int>(s)});
  }
  return pairs;
}

}  // namespace dossier::eval
