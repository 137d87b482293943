#include "eval/ecb_entities.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string_view>
#include <tuple>

#include <unicode/uchar.h>

#include "data/news_corpora.h"
#include "dossier/error.h"
#include "util/utf8.h"

namespace dossier::eval {
namespace {

namespace fs = std::filesystem;

bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Python's re.sub(r"\s+", " ", text.strip()) for ASCII whitespace.
std::string collapse(const std::string& s) {
  std::string out;
  bool gap = false;
  for (const char c : s) {
    if (space(c)) {
      gap = true;
      continue;
    }
    if (gap && !out.empty()) out += ' ';
    gap = false;
    out += c;
  }
  return out;
}

struct Tag {
  std::string name;
  std::map<std::string, std::string> attrs;
  bool closing = false;
  bool self_closing = false;
  size_t end = 0;  // position after '>'
};

Tag read_tag(const std::string& xml, size_t lt) {
  Tag tag;
  const size_t gt = xml.find('>', lt);
  tag.end = gt == std::string::npos ? xml.size() : gt + 1;
  std::string_view body(xml.data() + lt + 1, tag.end - lt - 2);
  if (!body.empty() && body[0] == '/') {
    tag.closing = true;
    body.remove_prefix(1);
  }
  if (!body.empty() && body.back() == '/') {
    tag.self_closing = true;
    body.remove_suffix(1);
  }
  size_t i = 0;
  while (i < body.size() && !space(body[i])) ++i;
  tag.name = std::string(body.substr(0, i));
  while (i < body.size()) {
    while (i < body.size() && space(body[i])) ++i;
    const size_t eq = body.find('=', i);
    if (eq == std::string_view::npos) break;
    const std::string key(body.substr(i, eq - i));
    const char quote = eq + 1 < body.size() ? body[eq + 1] : '"';
    const size_t close = body.find(quote, eq + 2);
    if (close == std::string_view::npos) break;
    tag.attrs[key] = corpora::decode_xml_references(body.substr(eq + 2, close - eq - 2));
    i = close + 1;
  }
  return tag;
}

bool entity_tag(const std::string& tag) {
  return tag.starts_with("HUMAN_PART") || tag.starts_with("NON_HUMAN_PART") || tag.starts_with("LOC_");
}

// Python's any(ch.isalnum() for ch in t), and t[0].isupper(), through ICU.
bool has_alnum(const std::string& t) {
  for (size_t pos = 0; pos < t.size();) {
    if (u_isalnum(static_cast<UChar32>(util::decode_utf8(t, pos)))) return true;
  }
  return false;
}

bool upper_initial(const std::string& t) {
  size_t pos = 0;
  return !t.empty() && u_isupper(static_cast<UChar32>(util::decode_utf8(t, pos)));
}

struct RawToken {
  std::string id;
  int sentence = 0;
  std::string text;
};

struct Markable {
  std::string id;
  std::string tag;
  std::vector<std::string> anchors;
  std::string instance;
};

}  // namespace

EcbDoc parse_ecb_document(const std::string& xml, const std::string& id, int topic, bool drop_url) {
  EcbDoc doc;
  doc.id = id;
  doc.topic = topic;
  std::vector<RawToken> raw;
  std::vector<Markable> markables;
  std::vector<std::tuple<std::string, std::string, std::vector<std::string>, std::string>> relations;
  bool in_markables = false;
  bool in_relations = false;
  Markable* open = nullptr;
  std::tuple<std::string, std::string, std::vector<std::string>, std::string>* relation = nullptr;
  for (size_t lt = xml.find('<'); lt != std::string::npos; lt = xml.find('<', lt + 1)) {
    const Tag tag = read_tag(xml, lt);
    if (tag.name == "token" && !tag.closing) {
      const size_t close = xml.find("</token>", tag.end);
      raw.push_back({tag.attrs.count("t_id") ? tag.attrs.at("t_id") : "",
                     tag.attrs.count("sentence") ? std::stoi(tag.attrs.at("sentence")) : 0,
                     collapse(corpora::decode_xml_references(std::string_view(xml).substr(tag.end, close - tag.end)))});
    } else if (tag.name == "Markables") {
      in_markables = !tag.closing;
    } else if (tag.name == "Relations") {
      in_relations = !tag.closing;
    } else if (in_markables && tag.name == "token_anchor" && open) {
      open->anchors.push_back(tag.attrs.count("t_id") ? tag.attrs.at("t_id") : "");
    } else if (in_markables && !tag.closing) {
      markables.push_back({tag.attrs.count("m_id") ? tag.attrs.at("m_id") : "", tag.name, {},
                           tag.attrs.count("instance_id") ? tag.attrs.at("instance_id") : ""});
      open = tag.self_closing ? nullptr : &markables.back();
    } else if (in_markables && tag.closing) {
      open = nullptr;
    } else if (in_relations && !tag.closing && (tag.name == "source" || tag.name == "target") && relation) {
      if (tag.name == "source") {
        std::get<2>(*relation).push_back(tag.attrs.count("m_id") ? tag.attrs.at("m_id") : "");
      } else {
        std::get<3>(*relation) = tag.attrs.count("m_id") ? tag.attrs.at("m_id") : "";
      }
    } else if (in_relations && !tag.closing) {
      relations.emplace_back(tag.name, tag.attrs.count("note") ? tag.attrs.at("note") : "",
                             std::vector<std::string>{}, "");
      std::get<1>(relations.back()) += "\x1f" + (tag.attrs.count("r_id") ? tag.attrs.at("r_id") : "");
      relation = tag.self_closing ? nullptr : &relations.back();
    } else if (in_relations && tag.closing) {
      relation = nullptr;
    }
    lt = tag.end - 1;
  }
  // Text: sentences in number order, tokens joined by spaces, lines by "\n".
  std::map<int, std::vector<const RawToken*>> by_sentence;
  for (const RawToken& t : raw) by_sentence[t.sentence].push_back(&t);
  std::map<std::string, int32_t> token_of;  // t_id → index into doc.tokens, -1 when not in text
  std::map<std::string, int> sentence_of;
  for (const auto& [s, toks] : by_sentence) {
    for (const RawToken* t : toks) {
      token_of[t->id] = -1;
      sentence_of[t->id] = s;
    }
    if (s == 0 && drop_url) continue;
    if (std::none_of(toks.begin(), toks.end(), [](const RawToken* t) { return !t->text.empty(); })) continue;
    if (!doc.text.empty()) doc.text += '\n';
    const auto first = static_cast<uint32_t>(doc.tokens.size());
    bool first_word = true;
    bool first_token = true;
    for (const RawToken* t : toks) {
      if (t->text.empty()) continue;
      if (!first_token) doc.text += ' ';
      first_token = false;
      EcbToken tok;
      tok.begin = static_cast<uint32_t>(doc.text.size());
      doc.text += t->text;
      tok.end = static_cast<uint32_t>(doc.text.size());
      tok.sentence = s;
      if (has_alnum(t->text)) {
        tok.named = upper_initial(t->text) && t->text != "I" && !first_word;
        first_word = false;
      }
      token_of[t->id] = static_cast<int32_t>(doc.tokens.size());
      doc.tokens.push_back(tok);
    }
    doc.sentences.emplace_back(first, static_cast<uint32_t>(doc.tokens.size()));
    doc.sentence_numbers.push_back(s);
  }
  // Clusters.
  std::map<std::string, std::string> instance_of;
  for (const Markable& m : markables) {
    if (m.anchors.empty()) instance_of[m.id] = m.instance;
  }
  std::map<std::string, std::string> cluster_of;
  for (const auto& [kind, note_rid, sources, target] : relations) {
    const size_t sep = note_rid.find('\x1f');
    std::string note = note_rid.substr(0, sep);
    const std::string rid = note_rid.substr(sep + 1);
    std::string cid;
    if (kind == "CROSS_DOC_COREF") {
      if (note.empty() && instance_of.count(target)) note = instance_of[target];
      cid = "X:" + (note.empty() ? id + ":" + rid : note);
    } else if (kind == "INTRA_DOC_COREF") {
      cid = "I:" + id + ":" + rid;
    } else {
      continue;
    }
    for (const std::string& src : sources) {
      const auto it = cluster_of.find(src);
      if (it == cluster_of.end() || (it->second.starts_with("I:") && cid.starts_with("X:"))) cluster_of[src] = cid;
    }
  }
  for (const Markable& m : markables) {
    if (m.anchors.empty() || !entity_tag(m.tag)) continue;
    std::vector<uint32_t> toks;
    for (const std::string& a : m.anchors) {
      const auto it = token_of.find(a);
      if (it != token_of.end() && it->second >= 0) toks.push_back(static_cast<uint32_t>(it->second));
    }
    if (toks.empty()) continue;
    std::sort(toks.begin(), toks.end());
    toks.erase(std::unique(toks.begin(), toks.end()), toks.end());
    EcbMention mention;
    mention.tokens = toks;
    mention.begin = doc.tokens[toks.front()].begin;
    mention.end = 0;
    for (const uint32_t t : toks) mention.end = std::max(mention.end, doc.tokens[t].end);
    mention.tag = m.tag;
    mention.sentence = doc.tokens[toks.front()].sentence;
    const auto c = cluster_of.find(m.id);
    mention.cluster = c != cluster_of.end() ? c->second : "S:" + id + ":" + m.id;
    const bool named = std::any_of(toks.begin(), toks.end(), [&](uint32_t t) { return doc.tokens[t].named; });
    if (named) doc.gold.push_back(std::move(mention));
  }
  return doc;
}

namespace {

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

struct EcbFileName {
  int topic = 0;
  int number = 0;
  std::string kind;  // "ecb" or "ecbplus"
};

// "12_3ecbplus.xml" -> topic 12, number 3, kind "ecbplus".
std::optional<EcbFileName> parse_ecb_file_name(const std::string& base) {
  const size_t underscore = base.find('_');
  if (underscore == std::string::npos || !base.ends_with(".xml")) return std::nullopt;
  const std::string_view rest = std::string_view(base).substr(underscore + 1, base.size() - underscore - 5);
  const size_t letters = rest.find_first_not_of("0123456789");
  if (letters == std::string_view::npos) return std::nullopt;
  const std::string_view topic = std::string_view(base).substr(0, underscore);
  const std::string_view number = rest.substr(0, letters);
  const std::string_view kind = rest.substr(letters);
  if (!all_digits(topic) || !all_digits(number) || (kind != "ecb" && kind != "ecbplus")) return std::nullopt;
  return EcbFileName{std::stoi(std::string(topic)), std::stoi(std::string(number)), std::string(kind)};
}

}  // namespace

std::vector<EcbDoc> read_ecb_entities(const std::string& dir, const std::set<int>& topics) {
  fs::path root(dir);
  auto has_topics = [](const fs::path& p) {
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(p, ec)) {
      if (e.is_directory() && all_digits(e.path().filename().string())) return true;
    }
    return false;
  };
  if (!fs::is_directory(root)) throw InputError(dir, "no such folder");
  if (!has_topics(root)) {
    bool found = false;
    for (const auto& e : fs::directory_iterator(root)) {
      if (e.is_directory() && has_topics(e.path())) {
        root = e.path();
        found = true;
        break;
      }
    }
    if (!found) throw InputError(dir, "no ECB+ topic folders");
  }
  std::vector<std::tuple<int, std::string, int, fs::path>> files;
  for (const auto& topic_dir : fs::directory_iterator(root)) {
    if (!topic_dir.is_directory()) continue;
    for (const auto& f : fs::directory_iterator(topic_dir.path())) {
      const auto name = parse_ecb_file_name(f.path().filename().string());
      if (!name) continue;
      if (!topics.empty() && !topics.contains(name->topic)) continue;
      files.emplace_back(name->topic, name->kind, name->number, f.path());
    }
  }
  std::sort(files.begin(), files.end());
  std::vector<EcbDoc> docs;
  std::map<std::string, size_t> index;
  for (const auto& [topic, sub, n, path] : files) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string id = path.stem().string();
    index[id] = docs.size();
    docs.push_back(parse_ecb_document(buffer.str(), id, topic, sub == "ecbplus"));
  }
  // Selected sentences: the CSV beside the topic folders (or in dir).
  for (const fs::path& place : {fs::path(dir), root.parent_path(), root}) {
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(place, ec)) {
      const std::string base = e.path().filename().string();
      if (base.find("coreference_sentences") == std::string::npos || !base.ends_with(".csv")) continue;
      std::ifstream in(e.path());
      std::string line;
      std::getline(in, line);
      while (std::getline(in, line)) {
        std::stringstream row(line);
        std::string topic, file, sentence;
        std::getline(row, topic, ',');
        std::getline(row, file, ',');
        std::getline(row, sentence, ',');
        const auto it = index.find(topic + "_" + file);
        if (it != index.end() && !sentence.empty()) docs[it->second].selected.insert(std::stoi(sentence));
      }
    }
    if (std::any_of(docs.begin(), docs.end(), [](const EcbDoc& d) { return !d.selected.empty(); })) break;
  }
  for (EcbDoc& doc : docs) {
    std::erase_if(doc.gold, [&](const EcbMention& m) { return !doc.selected.contains(m.sentence); });
    std::set<std::pair<uint32_t, uint32_t>> seen;
    std::erase_if(doc.gold, [&](const EcbMention& m) { return !seen.insert({m.begin, m.end}).second; });
  }
  return docs;
}

}  // namespace dossier::eval
