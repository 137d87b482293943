#include "entities/test_document.h"

#include <algorithm>
#include <cstdlib>
#include <stdexcept>

#include "text/closed_class.h"

namespace dossier::entities::testing {
namespace {

bool word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80 ||
         c == '-' || c == '.' || c == '\'';
}

void tokenize(Document& doc) {
  const std::string& t = doc.text;
  uint32_t i = 0;
  const auto n = static_cast<uint32_t>(t.size());
  uint32_t sentence_first = 0;
  auto close_sentence = [&](uint32_t end_byte) {
    const auto count = static_cast<uint32_t>(doc.tokens.size()) - sentence_first;
    if (count == 0) return;
    Sentence s;
    s.span = {doc.tokens[sentence_first].span.begin, end_byte};
    s.first_token = sentence_first;
    s.token_count = count;
    doc.sentences.push_back(s);
    sentence_first = static_cast<uint32_t>(doc.tokens.size());
  };
  while (i < n) {
    const auto c = static_cast<unsigned char>(t[i]);
    if (c == '\n') {
      close_sentence(i);
      ++i;
      continue;
    }
    if (c == ' ') {
      ++i;
      continue;
    }
    uint32_t j = i;
    if (word_byte(c)) {
      while (j < n && word_byte(static_cast<unsigned char>(t[j]))) ++j;
      // A final period, possessive or quote is its own token unless it is an abbreviation
      // ("U.S.", "Adm.", "Mr.").
      uint32_t end = j;
      if (end > i + 1 && t[end - 1] == '.') {
        const std::string_view word(t.data() + i, end - i - 1);
        static const std::vector<std::string_view> kAbbreviations = {
            "Mr", "Mrs", "Ms", "Dr", "Adm", "Gen", "Lt", "Sen", "Gov", "St", "Jr", "Sr", "Col",
            "Capt", "Prof", "Rep"};
        const bool abbreviation =
            word.find('.') != std::string_view::npos ||
            std::find(kAbbreviations.begin(), kAbbreviations.end(), word) != kAbbreviations.end();
        if (!abbreviation || end == n || t[end] == '\n') --end;
      }
      if (end >= i + 3 && t.compare(end - 2, 2, "'s") == 0) end -= 2;
      j = end;
    } else {
      j = i + 1;
      while (j < n && (static_cast<unsigned char>(t[j]) & 0xC0) == 0x80) ++j;
    }
    Token tok;
    tok.span = {i, j};
    const std::string_view w(t.data() + i, j - i);
    bool letter = false;
    for (const char ch : w) letter |= (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
    tok.flags = letter ? kTokWord : kTokPunct;
    if (w[0] >= 'A' && w[0] <= 'Z') tok.flags |= kTokUpperInitial;
    doc.tokens.push_back(tok);
    const bool sentence_end = (w == "." || w == "?" || w == "!") && (j == n || t[j] == ' ' || t[j] == '\n');
    i = j;
    if (sentence_end) close_sentence(j);
  }
  close_sentence(n);
  Block block;
  block.span = {0, n};
  block.sentence_count = static_cast<uint32_t>(doc.sentences.size());
  doc.blocks.push_back(block);
}

}  // namespace

Document make_document(std::string text, const std::vector<Name>& names, std::string id) {
  Document doc;
  doc.id = std::move(id);
  doc.text = std::move(text);
  tokenize(doc);
  text::add_word_layer(doc, text::ClosedClasses::builtin());
  size_t from = 0;
  for (const Name& name : names) {
    const size_t at = doc.text.find(name.text, from);
    if (at == std::string::npos) throw std::logic_error("name not in text: " + name.text);
    const auto begin = static_cast<uint32_t>(at);
    const auto end = static_cast<uint32_t>(at + name.text.size());
    Mention m;
    m.type = name.type;
    m.kind = MentionKind::kName;
    bool first = true;
    for (uint32_t k = 0; k < doc.tokens.size(); ++k) {
      const Span s = doc.tokens[k].span;
      if (s.begin < begin || s.begin >= end) continue;
      if (first) m.first_token = k;
      first = false;
      ++m.token_count;
      m.span = {begin, s.end};
    }
    if (first) throw std::logic_error("name covers no token: " + name.text);
    doc.mentions.push_back(m);
    from = end;
  }
  return doc;
}

std::vector<std::string> chain_texts(const Document& document, size_t mention) {
  std::vector<std::string> out;
  const int32_t chain = document.mentions[mention].chain;
  if (chain < 0) return out;
  for (const uint32_t m : document.chains[static_cast<size_t>(chain)].mentions) {
    out.emplace_back(document.slice(document.mentions[m].span));
  }
  return out;
}

int find_mention(const Document& document, std::string_view text, size_t from) {
  for (size_t m = from; m < document.mentions.size(); ++m) {
    if (document.slice(document.mentions[m].span) == text) return static_cast<int>(m);
  }
  return -1;
}

const lexicon::Lexicon& test_lexicon() {
  static const lexicon::Lexicon lexicon = [] {
    const char* dir = std::getenv("DOSSIER_MODELS");
    return lexicon::Lexicon::load(std::string(dir ? dir : DOSSIER_SOURCE_DIR "/models") + "/lexicon.dsr");
  }();
  return lexicon;
}

}  // namespace dossier::entities::testing
