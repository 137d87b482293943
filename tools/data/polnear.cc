#include "data/polnear.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "dossier/error.h"
#include "util/file.h"
#include "util/utf8.h"

namespace dossier::data {
namespace fs = std::filesystem;
namespace {

std::u32string decode(const std::string& text) {
  std::u32string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) out.push_back(util::decode_utf8(text, pos));
  return out;
}

struct Tagged {
  std::string label;
  std::vector<CpSpan> fragments;
};

bool all_digits(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "T12<TAB>Label 1 5;7 9<TAB>text": the label and fragments, or false when not a T line.
bool parse_t_line(const std::string& line, std::string& id, Tagged& tagged, uint32_t limit) {
  const size_t tab = line.find('\t');
  if (tab == std::string::npos || line[0] != 'T' || !all_digits(line.substr(1, tab - 1))) {
    return false;
  }
  id = line.substr(0, tab);
  const size_t tab2 = line.find('\t', tab + 1);
  const std::string body = line.substr(tab + 1, tab2 == std::string::npos ? std::string::npos
                                                                          : tab2 - tab - 1);
  const size_t space = body.find(' ');
  if (space == std::string::npos) return false;
  tagged.label = body.substr(0, space);
  std::stringstream pieces(body.substr(space + 1));
  std::string piece;
  while (std::getline(pieces, piece, ';')) {
    std::stringstream numbers(piece);
    long long s = -1, e = -1;
    if (!(numbers >> s >> e)) return false;
    if (s >= 0 && s <= e && e <= static_cast<long long>(limit)) {
      tagged.fragments.push_back({static_cast<uint32_t>(s), static_cast<uint32_t>(e)});
    }
  }
  return true;
}

CpSpan trim(const std::u32string& text, CpSpan span) {
  while (span.begin < span.end && is_space_char(text[span.begin])) ++span.begin;
  while (span.end > span.begin && is_space_char(text[span.end - 1])) --span.end;
  return span;
}

std::vector<CpSpan> clean(const std::u32string& text, const std::vector<CpSpan>& fragments) {
  std::vector<CpSpan> trimmed;
  for (CpSpan f : fragments) trimmed.push_back(trim(text, f));
  std::sort(trimmed.begin(), trimmed.end(), [](CpSpan a, CpSpan b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  });
  std::vector<CpSpan> out;
  for (CpSpan f : trimmed) {
    if (f.begin >= f.end) continue;
    if (!out.empty() && f.begin <= out.back().end) {
      out.back().end = std::max(out.back().end, f.end);
    } else {
      out.push_back(f);
    }
  }
  return out;
}

std::u32string joined(const std::u32string& text, const std::vector<CpSpan>& spans) {
  std::u32string out;
  for (size_t i = 0; i < spans.size(); ++i) {
    if (i > 0) out.push_back(U' ');
    out.append(text, spans[i].begin, spans[i].end - spans[i].begin);
  }
  return out;
}

std::vector<std::string> split_ws(const std::string& s) {
  std::stringstream in(s);
  std::vector<std::string> out;
  std::string word;
  while (in >> word) out.push_back(word);
  return out;
}

void read_attributions(const std::string& path, GoldArticle& article) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path, "cannot read");
  std::map<std::string, Tagged> spans;
  std::vector<std::vector<std::pair<std::string, std::string>>> events;
  const auto limit = static_cast<uint32_t>(article.chars.size());
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::string id;
    Tagged tagged;
    if (parse_t_line(line, id, tagged, limit)) {
      spans[id] = std::move(tagged);
      continue;
    }
    const size_t tab = line.find('\t');
    if (line.empty() || line[0] != 'E' || tab == std::string::npos ||
        !all_digits(line.substr(1, tab - 1))) {
      continue;
    }
    std::vector<std::pair<std::string, std::string>> roles;
    for (const std::string& arg : split_ws(line.substr(tab + 1))) {
      const size_t colon = arg.find(':');
      if (colon != std::string::npos) roles.emplace_back(arg.substr(0, colon), arg.substr(colon + 1));
    }
    events.push_back(std::move(roles));
  }
  for (const auto& roles : events) {
    std::vector<CpSpan> content, source, cue;
    for (const auto& [role, tid] : roles) {
      const auto it = spans.find(tid);
      if (it == spans.end()) continue;
      const auto& frags = it->second.fragments;
      if (role.starts_with("Content")) content.insert(content.end(), frags.begin(), frags.end());
      if (role.starts_with("Source")) source.insert(source.end(), frags.begin(), frags.end());
      if (role.starts_with("Cue")) cue.insert(cue.end(), frags.begin(), frags.end());
    }
    GoldAttribution a;
    a.content = clean(article.chars, content);
    if (a.content.empty()) continue;
    a.source = clean(article.chars, source);
    a.cue = clean(article.chars, cue);
    a.extent = {a.content.front().begin, a.content.back().end};
    for (CpSpan f : a.content) a.size += f.end - f.begin;
    a.direct = is_quote_char(article.chars[a.content.front().begin]);
    a.source_text = joined(article.chars, a.source);
    a.cue_text = joined(article.chars, a.cue);
    article.attributions.push_back(std::move(a));
  }
  auto key = [](const GoldAttribution& a) {
    std::vector<uint32_t> k{a.extent.begin, a.extent.end};
    for (CpSpan f : a.content) {
      k.push_back(f.begin);
      k.push_back(f.end);
    }
    return k;
  };
  std::stable_sort(article.attributions.begin(), article.attributions.end(),
                   [&](const GoldAttribution& x, const GoldAttribution& y) { return key(x) < key(y); });
}

std::map<std::string, std::string> read_dates(const std::string& folder) {
  std::map<std::string, std::string> dates;
  for (const fs::path& candidate : {fs::path(folder) / "metadata.tsv",
                                   fs::path(folder) / ".." / "metadata.tsv"}) {
    std::ifstream in(candidate);
    if (!in) continue;
    std::string line;
    std::vector<std::string> head;
    int name_col = -1, date_col = -1;
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      std::vector<std::string> row;
      std::stringstream cells(line);
      std::string cell;
      while (std::getline(cells, cell, '\t')) row.push_back(cell);
      if (name_col < 0) {
        for (size_t i = 0; i < row.size(); ++i) {
          if (row[i] == "filename") name_col = static_cast<int>(i);
          if (row[i] == "publication_date") date_col = static_cast<int>(i);
        }
        if (name_col < 0 || date_col < 0) break;
        continue;
      }
      const auto need = static_cast<size_t>(std::max(name_col, date_col));
      if (row.size() > need && row[static_cast<size_t>(date_col)].size() == 10) {
        dates[row[static_cast<size_t>(name_col)]] = row[static_cast<size_t>(date_col)];
      }
    }
    if (!dates.empty()) break;
  }
  return dates;
}

}  // namespace

bool is_quote_char(char32_t c) {
  switch (c) {
    case U'"': case U'\'': case U'\u201c': case U'\u201d': case U'\u2018': case U'\u2019':
    case U'\u201e': case U'\u201a': case U'\u00ab': case U'\u00bb': case U'\u2039':
    case U'\u203a': case U'`':
      return true;
    default:
      return false;
  }
}

bool is_space_char(char32_t c) {
  return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}

std::string polnear_folder(const std::string& data, const std::string& part) {
  if (fs::is_directory(fs::path(data) / "text") && fs::is_directory(fs::path(data) / "attributions")) {
    return data;
  }
  return (fs::path(data) / part).string();
}

std::vector<GoldArticle> load_polnear(const std::string& folder, size_t limit) {
  const fs::path annotations = fs::path(folder) / "attributions";
  if (!fs::is_directory(annotations)) throw InputError(annotations.string(), "no such folder");
  std::map<std::string, std::pair<std::string, std::string>> chosen;  // id -> (annotator, file)
  for (const auto& entry : fs::directory_iterator(annotations)) {
    const std::string name = entry.path().filename().string();
    if (!name.ends_with(".ann") || name.starts_with(".")) continue;
    const std::string stem = name.substr(0, name.size() - 4);
    const size_t underscore = stem.rfind('_');
    const std::string id = underscore == std::string::npos ? stem : stem.substr(0, underscore);
    const std::string annotator = underscore == std::string::npos ? "" : stem.substr(underscore + 1);
    const auto it = chosen.find(id);
    if (it == chosen.end() || std::make_pair(annotator, name) < it->second) {
      chosen[id] = {annotator, name};
    }
  }
  const auto dates = read_dates(folder);
  std::vector<GoldArticle> articles;
  for (const auto& [id, pick] : chosen) {
    const fs::path text_path = fs::path(folder) / "text" / (id + ".txt");
    if (!fs::is_regular_file(text_path)) continue;
    GoldArticle article;
    article.id = id;
    article.text = util::read_file(text_path.string());
    article.chars = decode(article.text);
    if (const auto d = dates.find(id); d != dates.end()) article.date = d->second;
    read_attributions((annotations / pick.second).string(), article);
    articles.push_back(std::move(article));
    if (limit > 0 && articles.size() >= limit) break;
  }
  return articles;
}

}  // namespace dossier::data
