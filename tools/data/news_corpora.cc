#include "data/news_corpora.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "dossier/error.h"
#include "util/file.h"
#include "util/utf8.h"

namespace dossier::corpora {
namespace fs = std::filesystem;
namespace {


std::string attribute(std::string_view tag, std::string_view name) {
  const std::string key = " " + std::string(name) + "=\"";
  const size_t at = tag.find(key);
  if (at == std::string_view::npos) return {};
  const size_t begin = at + key.size();
  const size_t end = tag.find('"', begin);
  return std::string(tag.substr(begin, end - begin));
}

bool attaches_left(std::string_view t) {
  static constexpr std::string_view kLeft[] = {".", ",", ";", ":", "?", "!", "%", ")", "]", "}",
                                               "'s", "'S", "n't", "N'T", "'re", "'ve", "'ll",
                                               "'d", "'m", "''", "'", "...", "'RE", "'VE", "'LL",
                                               "'D", "'M"};
  return std::find(std::begin(kLeft), std::end(kLeft), t) != std::end(kLeft);
}

bool attaches_right(std::string_view t) {
  return t == "(" || t == "[" || t == "{" || t == "$" || t == "``" || t == "#";
}

}  // namespace

std::vector<TokenizedDoc> read_conll(const std::string& path) {
  std::istringstream in(util::read_file(path));
  std::vector<TokenizedDoc> docs;
  std::vector<std::string> sentence;
  std::string line;
  const auto flush = [&] {
    if (sentence.empty()) return;
    if (docs.empty()) docs.push_back({path + "#1", {}});
    docs.back().sentences.push_back(std::move(sentence));
    sentence.clear();
  };
  while (std::getline(in, line)) {
    const std::string first = line.substr(0, line.find(' '));
    if (first == "-DOCSTART-") {
      flush();
      docs.push_back({path + "#" + std::to_string(docs.size() + 1), {}});
    } else if (first.empty()) {
      flush();
    } else {
      sentence.push_back(first);
    }
  }
  flush();
  return docs;
}

TokenizedDoc read_ecbplus(const std::string& path) {
  const std::string xml = util::read_file(path);
  TokenizedDoc doc;
  doc.name = fs::path(path).filename().string();
  int current = -1;
  for (size_t pos = xml.find("<token "); pos != std::string::npos; pos = xml.find("<token ", pos)) {
    const size_t tag_end = xml.find('>', pos);
    const size_t close = xml.find("</token>", tag_end);
    if (tag_end == std::string::npos || close == std::string::npos) {
      throw InputError(path, "unterminated token element");
    }
    const std::string_view tag(xml.data() + pos, tag_end - pos);
    const int sentence = std::stoi(attribute(tag, "sentence"));
    std::string text = decode_xml_references(std::string_view(xml).substr(tag_end + 1, close - tag_end - 1));
    pos = close;
    if (text.find_first_not_of(" \t\n") == std::string::npos) continue;
    if (sentence != current || doc.sentences.empty()) {
      doc.sentences.emplace_back();
      current = sentence;
    }
    doc.sentences.back().push_back(std::move(text));
  }
  return doc;
}

std::string decode_xml_references(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out += s[i];
      continue;
    }
    const size_t semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) {
      out += s[i];
      continue;
    }
    const std::string_view name = s.substr(i + 1, semi - i - 1);
    if (name == "amp") out += '&';
    else if (name == "lt") out += '<';
    else if (name == "gt") out += '>';
    else if (name == "quot") out += '"';
    else if (name == "apos") out += '\'';
    else if (name.size() > 1 && name[0] == '#') {
      const bool hex = name[1] == 'x' || name[1] == 'X';
      const std::string digits(name.substr(hex ? 2 : 1));
      char* end = nullptr;
      const long cp = std::strtol(digits.c_str(), &end, hex ? 16 : 10);
      if (digits.empty() || *end != '\0' || cp <= 0 || cp > 0x10FFFF) {
        out += s[i];
        continue;
      }
      util::append_utf8(out, static_cast<char32_t>(cp));
    } else {
      out += s[i];
      continue;
    }
    i = semi;
  }
  return out;
}

std::vector<std::string> files_with_suffix(const std::string& dir, const std::string& suffix) {
  std::vector<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    const std::string name = entry.path().string();
    if (entry.is_regular_file() && name.size() >= suffix.size() &&
        name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) {
      files.push_back(name);
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::set<int> ecbplus_topics(const std::string& spec) {
  static constexpr std::array<int, 25> kTrain = {1,  3,  4,  6,  7,  8,  9,  10, 11, 13, 14, 16, 19,
                                                 20, 22, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33};
  static constexpr std::array<int, 8> kDev = {2, 5, 12, 18, 21, 23, 34, 35};
  std::set<int> out;
  std::stringstream parts(spec);
  for (std::string part; std::getline(parts, part, ',');) {
    if (part == "train") {
      out.insert(kTrain.begin(), kTrain.end());
    } else if (part == "dev") {
      out.insert(kDev.begin(), kDev.end());
    } else if (part == "test") {
      for (int t = 36; t <= 45; ++t) out.insert(t);
    } else if (!part.empty()) {
      const size_t dash = part.find('-');
      const std::string first = part.substr(0, dash);
      const std::string last = dash == std::string::npos ? first : part.substr(dash + 1);
      const bool digits = !first.empty() && !last.empty() &&
                          (first + last).find_first_not_of("0123456789") == std::string::npos;
      if (!digits) throw UsageError("bad ECB+ topic '" + part + "': want train, dev, test or numbers and ranges");
      for (int t = std::stoi(first); t <= std::stoi(last); ++t) out.insert(t);
    }
  }
  return out;
}

std::vector<std::string> ecbplus_files(const std::string& dir, const std::set<int>& topics) {
  std::vector<std::string> files;
  for (const std::string& f : files_with_suffix(dir, ".xml")) {
    const std::string name = fs::path(f).filename().string();
    const size_t underscore = name.find('_');
    if (underscore == std::string::npos || name.find("ecb") == std::string::npos) continue;
    const int topic = std::atoi(name.substr(0, underscore).c_str());
    if (topics.contains(topic)) files.push_back(f);
  }
  return files;
}

std::string read_timeml_text(const std::string& path) {
  const std::string xml = util::read_file(path);
  const size_t open = xml.find("<TEXT>");
  const size_t close = xml.find("</TEXT>");
  if (open == std::string::npos || close == std::string::npos || close < open) {
    throw InputError(path, "no TEXT element");
  }
  std::string plain;
  bool in_tag = false;
  for (size_t i = open + 6; i < close; ++i) {
    if (xml[i] == '<') in_tag = true;
    if (!in_tag) plain += xml[i];
    if (xml[i] == '>') in_tag = false;
  }
  return decode_xml_references(plain);
}

std::string detokenize(const std::vector<std::string>& tokens, std::vector<size_t>* offsets) {
  std::string text;
  bool glue_next = true;
  bool double_open = false;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const std::string& t = tokens[i];
    bool glue = glue_next || attaches_left(t);
    bool glue_after = attaches_right(t);
    // "14 . 4", "1 : 30": a number split at its separator.
    const bool digit_before = i > 0 && std::isdigit(static_cast<unsigned char>(tokens[i - 1].back()));
    const bool digit_after = i + 1 < tokens.size() && std::isdigit(static_cast<unsigned char>(tokens[i + 1][0]));
    if ((t == "." || t == ":") && digit_before && digit_after) glue_after = true;
    if (t == "\"") {
      glue = double_open || glue_next;
      glue_after = !double_open;
      double_open = !double_open;
    }
    glue_next = glue_after;
    if (!glue && !text.empty()) text += ' ';
    if (offsets != nullptr) offsets->push_back(text.size());
    text += t;
  }
  return text;
}

}  // namespace dossier::corpora
