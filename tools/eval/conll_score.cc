#include "eval/conll_score.h"

#include <cstdio>
#include <vector>

#include "dossier/error.h"

namespace dossier::eval {
namespace {

// (previous prefix, prefix) pairs that close or open a chunk, besides a change of type.
bool closes(std::string_view p, std::string_view t) {
  return (p == "B" && (t == "B" || t == "O")) || (p == "I" && (t == "B" || t == "O")) ||
         (p == "E" && (t == "E" || t == "I" || t == "O"));
}
bool opens(std::string_view p, std::string_view t) {
  return ((p == "B" || p == "I" || p == "O") && t == "B") ||
         ((p == "O" || p == "E") && (t == "E" || t == "I")) || (p == "E" && t == "E");
}
bool untyped(std::string_view t) { return t == "O" || t == "."; }
bool singleton(std::string_view t) { return t == "[" || t == "]"; }

bool chunk_ends(std::string_view prev, std::string_view tag, std::string_view prev_type,
                std::string_view type) {
  if (closes(prev, tag)) return true;
  if (!untyped(prev) && prev_type != type) return true;
  return singleton(prev);
}
bool chunk_starts(std::string_view prev, std::string_view tag, std::string_view prev_type,
                  std::string_view type) {
  if (opens(prev, tag)) return true;
  if (!untyped(tag) && prev_type != type) return true;
  return singleton(tag);
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace

Prf prf(const ChunkCounts& c) {
  Prf out;
  out.precision = c.found > 0 ? 100.0 * static_cast<double>(c.correct) / static_cast<double>(c.found) : 0.0;
  out.recall = c.gold > 0 ? 100.0 * static_cast<double>(c.correct) / static_cast<double>(c.gold) : 0.0;
  if (out.precision + out.recall > 0) {
    out.f1 = 2 * out.precision * out.recall / (out.precision + out.recall);
  }
  return out;
}

void ChunkScorer::step(const Tag& gold, const Tag& predicted, bool is_boundary) {
  const Tag& pg = previous_gold_;
  const Tag& pp = previous_predicted_;
  const bool gold_ends = chunk_ends(pg.prefix, gold.prefix, pg.type, gold.type);
  const bool pred_ends = chunk_ends(pp.prefix, predicted.prefix, pp.type, predicted.type);
  if (matching_) {
    if (gold_ends && pred_ends && pg.type == pp.type) {
      ++types_[pg.type].correct;
      matching_ = false;
    } else if (gold_ends != pred_ends || gold.type != predicted.type) {
      matching_ = false;
    }
  }
  const bool gold_starts = chunk_starts(pg.prefix, gold.prefix, pg.type, gold.type);
  const bool pred_starts = chunk_starts(pp.prefix, predicted.prefix, pp.type, predicted.type);
  if (gold_starts && pred_starts && gold.type == predicted.type) matching_ = true;
  if (gold_starts) {
    ++types_[gold.type].gold;
    if (gold.type.empty()) empty_type_gold_ = true;
  }
  if (pred_starts) {
    ++types_[predicted.type].found;
    if (predicted.type.empty()) empty_type_found_ = true;
  }
  if (!is_boundary) {
    ++tokens_;
    if (gold.prefix == predicted.prefix && gold.type == predicted.type) ++correct_tags_;
  }
  previous_gold_ = gold;
  previous_predicted_ = predicted;
}

namespace {

// "B-PER" -> ("B", "PER"); "O" -> ("O", ""); the type after the first hyphen.
void split_tag(std::string_view tag, std::string& prefix, std::string& type) {
  const size_t hyphen = tag.find('-');
  if (hyphen == std::string_view::npos) {
    prefix.assign(tag);
    type.clear();
    return;
  }
  prefix.assign(tag.substr(0, hyphen));
  type.assign(tag.substr(hyphen + 1));
  if (type == "0") type.clear();  // perl reads "0" as false
}

}  // namespace

void ChunkScorer::add(std::string_view gold, std::string_view predicted) {
  Tag g, p;
  split_tag(gold, g.prefix, g.type);
  split_tag(predicted, p.prefix, p.type);
  step(g, p, false);
}

void ChunkScorer::boundary() { step(Tag{"O", ""}, Tag{"O", ""}, true); }

void ChunkScorer::add_text(std::string_view text, const std::string& name) {
  size_t width = 0;
  uint64_t line_number = 0;
  std::vector<std::string_view> columns;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_number;
    columns.clear();
    for (size_t i = 0; i < line.size();) {
      while (i < line.size() && is_space(line[i])) ++i;
      size_t j = i;
      while (j < line.size() && !is_space(line[j])) ++j;
      if (j > i) columns.push_back(line.substr(i, j - i));
      i = j;
    }
    if (!columns.empty() && columns[0] != "-DOCSTART-") {
      if (width == 0) {
        width = columns.size();
      } else if (columns.size() != width) {
        throw InputError(name, std::to_string(columns.size()) + " columns, expected " +
                                   std::to_string(width), line_number);
      }
    }
    if (columns.empty() || columns[0] == "-X-" || columns[0] == "-DOCSTART-") {
      boundary();
      continue;
    }
    if (columns.size() < 2) throw InputError(name, "need gold and predicted tag columns", line_number);
    add(columns[columns.size() - 2], columns.back());
  }
}

std::map<std::string, ChunkCounts> ChunkScorer::closed_types() const {
  std::map<std::string, ChunkCounts> types = types_;
  // A chunk still open at the end of the input counts as if a boundary followed.
  if (matching_) ++types[previous_gold_.type].correct;
  return types;
}

ChunkCounts ChunkScorer::total() const {
  ChunkCounts sum;
  for (const auto& [type, c] : closed_types()) {
    sum.gold += c.gold;
    sum.found += c.found;
    sum.correct += c.correct;
  }
  return sum;
}

std::string ChunkScorer::report() const {
  const std::map<std::string, ChunkCounts> types = closed_types();
  const ChunkCounts sum = total();
  const Prf all = prf(sum);
  std::string out = "processed " + std::to_string(tokens_) + " tokens with " +
                    std::to_string(sum.gold) + " phrases; found: " + std::to_string(sum.found) +
                    " phrases; correct: " + std::to_string(sum.correct) + ".\n";
  char line[256];
  if (tokens_ > 0) {
    std::snprintf(line, sizeof line,
                  "accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f\n",
                  100.0 * static_cast<double>(correct_tags_) / static_cast<double>(tokens_),
                  all.precision, all.recall, all.f1);
    out += line;
  }
  std::vector<std::string> names;
  if (empty_type_gold_ && empty_type_found_) names.emplace_back();
  for (const auto& entry : types) names.push_back(entry.first);
  for (const std::string& type : names) {
    const ChunkCounts& c = types.at(type);
    const Prf p = prf(c);
    std::snprintf(line, sizeof line,
                  "%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %llu\n", type.c_str(),
                  p.precision, p.recall, p.f1, static_cast<unsigned long long>(c.found));
    out += line;
  }
  std::snprintf(line, sizeof line, "F1 %.2f\n", all.f1);
  return out + line;
}

}  // namespace dossier::eval
