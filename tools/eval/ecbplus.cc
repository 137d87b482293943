#include "eval/ecbplus.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <cstdlib>
#include <sstream>
#include <tuple>

#include "data/news_corpora.h"
#include "dossier/error.h"
#include "util/file.h"

namespace dossier::eval {
namespace {

namespace fs = std::filesystem;

// Python's str.strip() and re.sub(r"\s+", " ") on ASCII whitespace.
// Parses "<topic>_<n><ecb|ecbplus>.xml"; false for any other name.
bool parse_name(const std::string& name, int& topic, int& number, std::string& sub) {
  const size_t underscore = name.find('_');
  if (underscore == 0 || underscore == std::string::npos) return false;
  size_t i = underscore + 1;
  const size_t digits = i;
  while (i < name.size() && name[i] >= '0' && name[i] <= '9') ++i;
  if (i == digits) return false;
  for (size_t k = 0; k < underscore; ++k) {
    if (name[k] < '0' || name[k] > '9') return false;
  }
  const std::string rest = name.substr(i);
  if (rest != "ecb.xml" && rest != "ecbplus.xml") return false;
  topic = std::stoi(name.substr(0, underscore));
  number = std::stoi(name.substr(digits, i - digits));
  sub = rest.substr(0, rest.size() - 4);
  return true;
}

std::string collapse_space(const std::string& s) {
  std::string out;
  bool space = false;
  for (const char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

}  // namespace

std::string ecb_text(const std::string& xml, bool drop_url_sentence) {
  std::map<int, std::vector<std::string>> sentences;
  size_t pos = 0;
  while ((pos = xml.find("<token", pos)) != std::string::npos) {
    const size_t tag_end = xml.find('>', pos);
    if (tag_end == std::string::npos) break;
    const std::string_view attrs(xml.data() + pos, tag_end - pos);
    if (attrs.size() < 7 || attrs[6] != ' ') {
      pos = tag_end;
      continue;
    }
    const size_t attr = attrs.find("sentence=\"");
    std::string token;
    size_t next = tag_end + 1;
    if (attrs.empty() || attrs.back() != '/') {
      const size_t close = xml.find("</token>", tag_end);
      if (close == std::string::npos) break;
      token = xml.substr(tag_end + 1, close - tag_end - 1);
      next = close;
    }
    pos = next;
    if (attr == std::string_view::npos) continue;
    const int number = std::atoi(attrs.data() + attr + 10);
    sentences[number].push_back(collapse_space(corpora::decode_xml_references(token)));
  }
  std::string text;
  for (const auto& [number, tokens] : sentences) {
    if (number == 0 && drop_url_sentence) continue;
    std::string line;
    for (const auto& t : tokens) {
      if (t.empty()) continue;
      if (!line.empty()) line.push_back(' ');
      line += t;
    }
    if (line.empty()) continue;
    if (!text.empty()) text.push_back('\n');
    text += line;
  }
  return text;
}

std::vector<EcbDocument> read_ecbplus(const std::string& dir, const std::set<int>& topics) {
  fs::path root = dir;
  if (fs::is_directory(root / "ECB+")) root /= "ECB+";
  std::vector<std::tuple<int, std::string, int, fs::path>> files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    int topic = 0;
    int number = 0;
    std::string sub;
    if (!entry.is_regular_file() || !parse_name(entry.path().filename().string(), topic, number, sub)) continue;
    if (!topics.empty() && !topics.contains(topic)) continue;
    files.emplace_back(topic, sub, number, entry.path());
  }
  if (files.empty()) throw UsageError("no ECB+ documents under " + root.string());
  std::sort(files.begin(), files.end());
  std::vector<EcbDocument> docs;
  for (const auto& [topic, sub, n, path] : files) {
    EcbDocument doc;
    doc.id = path.stem().string();
    doc.topic = topic;
    doc.sub = sub;
    doc.text = ecb_text(util::read_file(path.string()), sub == "ecbplus");
    docs.push_back(std::move(doc));
  }
  return docs;
}

}  // namespace dossier::eval
