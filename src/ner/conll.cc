#include "ner/conll.h"

#include "dossier/error.h"
#include "ner/model.h"
#include "ner/tagger.h"
#include "util/file.h"

namespace dossier::ner {
namespace {

constexpr std::string_view kDocStart = "-DOCSTART-";

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// Splits a line into its columns' spans (offsets relative to base).
void split_columns(std::string_view line, uint32_t base, std::vector<Span>& columns) {
  columns.clear();
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && is_space(line[i])) ++i;
    if (i >= line.size()) break;
    size_t j = i;
    while (j < line.size() && !is_space(line[j])) ++j;
    columns.push_back(Span{base + static_cast<uint32_t>(i), base + static_cast<uint32_t>(j)});
    i = j;
  }
}

}  // namespace

ConllFile parse_conll(std::string text, const std::string& name) {
  if (text.size() >= UINT32_MAX) throw InputError(name, "file too large");
  ConllFile file;
  file.text = std::move(text);
  const std::string_view all(file.text);
  std::vector<Span> columns;
  std::vector<ConllToken> sentence;
  const auto close_sentence = [&] {
    if (sentence.empty()) return;
    if (file.documents.empty()) file.documents.emplace_back();
    file.documents.back().sentences.push_back(std::move(sentence));
    sentence.clear();
  };
  uint64_t line_number = 0;
  size_t pos = 0;
  while (pos < all.size()) {
    size_t end = all.find('\n', pos);
    if (end == std::string_view::npos) end = all.size();
    ++line_number;
    const auto base = static_cast<uint32_t>(pos);
    split_columns(all.substr(pos, end - pos), base, columns);
    pos = end + 1;
    if (columns.empty()) {
      close_sentence();
      continue;
    }
    const Span line{columns.front().begin, columns.back().end};
    if (columns.front().of(all) == kDocStart) {
      close_sentence();
      file.documents.emplace_back().docstart = line;
      continue;
    }
    if (file.columns == 0) file.columns = columns.size();
    if (columns.size() != file.columns) {
      throw InputError(name,
                       std::to_string(columns.size()) + " columns, expected " +
                           std::to_string(file.columns),
                       line_number);
    }
    sentence.push_back(ConllToken{Span{base, line.end}, columns.front(), columns.back()});
  }
  close_sentence();
  return file;
}

ConllFile read_conll(const std::string& path) { return parse_conll(util::read_file(path), path); }

TagDocument tag_document(const ConllFile& file, const ConllDocument& document) {
  TagDocument out;
  for (const auto& sentence : document.sentences) {
    out.sentences.push_back(TagSentence{static_cast<uint32_t>(out.forms.size()),
                                        static_cast<uint32_t>(sentence.size()),
                                        SentenceKind::kBody});
    for (const ConllToken& token : sentence) out.forms.push_back(token.form.of(file.text));
  }
  return out;
}

std::vector<Label> gold_labels(const ConllFile& file, const ConllDocument& document,
                               const std::string& name) {
  std::vector<Label> labels;
  std::vector<std::string_view> tags;
  for (const auto& sentence : document.sentences) {
    tags.clear();
    for (const ConllToken& token : sentence) tags.push_back(token.last.of(file.text));
    const size_t at = labels.size();
    labels.resize(at + tags.size());
    if (!labels_from_tags(tags.data(), tags.size(), labels.data() + at)) {
      throw InputError(name, "a tag in the last column is not O, B-X or I-X with X one of PER, "
                             "ORG, LOC, MISC");
    }
  }
  return labels;
}

void write_with_predictions(const ConllFile& file, const std::vector<std::vector<Label>>& labels,
                            std::string& out) {
  const std::string_view all(file.text);
  for (size_t d = 0; d < file.documents.size(); ++d) {
    const ConllDocument& document = file.documents[d];
    if (!document.docstart.empty()) {
      out.append(document.docstart.of(all)).append(" O\n\n");
    }
    size_t t = 0;
    for (const auto& sentence : document.sentences) {
      for (const ConllToken& token : sentence) {
        out.append(token.line.of(all)).append(" ");
        out.append(label_name(t < labels[d].size() ? labels[d][t] : kOutside)).append("\n");
        ++t;
      }
      out.append("\n");
    }
  }
}

std::string tag_conll_file(const NerModel& model, const std::string& path) {
  const ConllFile file = read_conll(path);
  const Tagger tagger(model);
  TaggerScratch scratch;
  std::vector<std::vector<Label>> labels(file.documents.size());
  for (size_t d = 0; d < file.documents.size(); ++d) {
    tagger.tag(tag_document(file, file.documents[d]), scratch, labels[d]);
  }
  std::string out;
  write_with_predictions(file, labels, out);
  return out;
}

}  // namespace dossier::ner
