#include "eval/rewrites.h"

#include <algorithm>
#include <vector>

namespace dossier::eval {
namespace {

struct Strength {
  double delete_paragraph;  // chance of dropping each body paragraph
  double delete_sentence;   // chance of dropping each sentence of a kept paragraph
  double insert_share;      // inserted words as a share of the original's
  int swaps;                // paragraph swaps
  double change_word;       // chance of replacing each word by another of the text
};

Strength strength_of(RewriteStrength s) {
  switch (s) {
    case RewriteStrength::kLight: return {0.05, 0.03, 0.05, 1, 0.005};
    case RewriteStrength::kMedium: return {0.12, 0.06, 0.15, 2, 0.015};
    case RewriteStrength::kHeavy: return {0.2, 0.1, 0.3, 4, 0.03};
  }
  return {};
}

std::vector<std::string> split_on(std::string_view text, std::string_view separator) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find(separator, pos);
    if (end == std::string_view::npos) end = text.size();
    std::string p(text.substr(pos, end - pos));
    const auto first = p.find_first_not_of(" \n\t\r");
    if (first != std::string::npos) out.push_back(p.substr(first));
    pos = end + separator.size();
  }
  return out;
}

// Paragraphs split by blank lines, or by line breaks in a text that has (almost) no blank lines.
std::vector<std::string> paragraphs(std::string_view text) {
  std::vector<std::string> out = split_on(text, "\n\n");
  if (out.size() < 4) out = split_on(text, "\n");
  return out;
}

std::vector<std::string> split(const std::string& text, std::string_view separator) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t end = text.find(separator, pos);
    if (end == std::string::npos) end = text.size();
    if (end > pos) out.push_back(text.substr(pos, end - pos));
    pos = end + separator.size();
  }
  return out;
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += separator;
    out += parts[i];
  }
  return out;
}

bool chance(std::mt19937_64& rng, double p) { return std::uniform_real_distribution<>(0, 1)(rng) < p; }

size_t pick(std::mt19937_64& rng, size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(rng); }

// Drops sentences ("x. y") and replaces a few words by other words of the article.
std::string edit_paragraph(const std::string& p, const std::vector<std::string>& vocabulary,
                           const Strength& s, std::mt19937_64& rng) {
  std::vector<std::string> kept;
  for (auto& sentence : split(p, ". ")) {
    if (!chance(rng, s.delete_sentence)) kept.push_back(sentence);
  }
  if (kept.empty()) return {};
  std::vector<std::string> words = split(join(kept, ". "), " ");
  for (auto& w : words) {
    if (chance(rng, s.change_word)) w = vocabulary[pick(rng, vocabulary.size())];
  }
  return join(words, " ");
}

}  // namespace

std::string_view to_string(RewriteStrength strength) {
  switch (strength) {
    case RewriteStrength::kLight: return "light";
    case RewriteStrength::kMedium: return "medium";
    case RewriteStrength::kHeavy: return "heavy";
  }
  return "";
}

std::string make_rewrite(std::string_view text, std::string_view donor, RewriteStrength strength,
                         std::mt19937_64& rng) {
  const Strength s = strength_of(strength);
  std::vector<std::string> paras = paragraphs(text);
  if (paras.empty()) return std::string(text);
  const std::vector<std::string> vocabulary = split(join(paras, " "), " ");
  // A new headline: words of the article in a new order.
  std::vector<std::string> headline;
  for (int i = 0; i < 8; ++i) headline.push_back(vocabulary[pick(rng, vocabulary.size())]);
  std::vector<std::string> body;
  for (size_t i = 1; i < paras.size(); ++i) {
    if (chance(rng, s.delete_paragraph) && (!body.empty() || i + 1 < paras.size())) continue;
    std::string edited = edit_paragraph(paras[i], vocabulary, s, rng);
    if (!edited.empty()) body.push_back(std::move(edited));
  }
  const std::vector<std::string> donor_paras = paragraphs(donor);
  size_t inserted = 0;
  const auto wanted = static_cast<size_t>(s.insert_share * static_cast<double>(vocabulary.size()));
  for (int tries = 0; inserted < wanted && donor_paras.size() > 1 && tries < 50; ++tries) {
    const std::string& p = donor_paras[1 + pick(rng, donor_paras.size() - 1)];
    inserted += split(p, " ").size();
    body.insert(body.begin() + static_cast<long>(pick(rng, body.size() + 1)), p);
  }
  for (int k = 0; k < s.swaps && body.size() > 1; ++k) {
    std::swap(body[pick(rng, body.size())], body[pick(rng, body.size())]);
  }
  body.insert(body.begin(), join(headline, " "));
  return join(body, "\n\n");
}

}  // namespace dossier::eval
