// Shared by the fuzz targets: inputs shaped as the stages really receive them (decoded article
// text, documents annotated by the earlier stages, model payloads in a valid container), the
// committed models, and invariant checks that stop the fuzzer.
#ifndef DOSSIER_FUZZ_FUZZ_SUPPORT_H_
#define DOSSIER_FUZZ_FUZZ_SUPPORT_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "dossier/corpus.h"
#include "dossier/document.h"
#include "dossier/pipeline.h"
#include "dossier/writers.h"
#include "ingest/decode.h"
#include "pipeline/stages.h"
#include "stage/models.h"
#include "stage/stage.h"
#include "report/schema_check.h"
#include "util/model_file.h"
#include "util/utf8.h"

#ifndef DOSSIER_FUZZ_MODELS
#define DOSSIER_FUZZ_MODELS "models"
#endif

namespace dossier::fuzz {

// Stops the fuzzer (a crash it records) when an invariant fails.
inline void check(bool ok) {
  if (!ok) __builtin_trap();
}

inline std::string_view bytes_of(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// Article text as ingest delivers it to the stages: decoded to valid UTF-8 (a byte-order mark,
// UTF-16, else UTF-8, else Windows-1252), or empty for binary data.
inline std::string article_text(std::string_view bytes) {
  ingest::DecodedText decoded = ingest::decode_text(std::string(bytes));
  if (!decoded.error.empty()) return {};
  check(util::find_invalid_utf8(decoded.text) == std::string_view::npos);
  return std::move(decoded.text);
}

// A model file from the input, so that the fuzzer reaches the loader's payload parsing (a mutated
// file would almost always fail its checksum first): an input that is a model file (the committed
// models are seeds) gets its payload size and checksum set to match its bytes; any other input is
// the payload of a valid container; an input starting with 0xFF is passed raw (the rest of it),
// to reach the container checks too.
inline std::string model_file(std::string_view input, std::string_view kind, uint32_t version) {
  const auto le = [](std::string& out, uint64_t value, int bytes) {
    for (int i = 0; i < bytes; ++i) out += static_cast<char>((value >> (8 * i)) & 0xFF);
  };
  if (!input.empty() && static_cast<unsigned char>(input[0]) == 0xFF) {
    return std::string(input.substr(1));
  }
  constexpr std::string_view kMagic("DOSSIER\x1a", 8);
  if (input.starts_with(kMagic) && input.size() >= 16) {
    uint64_t kind_length = 0;
    for (int i = 0; i < 4; ++i) kind_length |= uint64_t{static_cast<unsigned char>(input[12 + i])} << (8 * i);
    const uint64_t header = 16 + kind_length + 4 + 8 + 4;
    if (header <= input.size()) {
      std::string file(input.substr(0, header - 12));
      const std::string_view payload = input.substr(header);
      le(file, payload.size(), 8);
      le(file, util::crc32_of(payload), 4);
      file += payload;
      return file;
    }
  }
  std::string file(kMagic);
  le(file, util::kContainerVersion, 4);
  le(file, kind.size(), 4);
  file += kind;
  le(file, version, 4);
  le(file, input.size(), 8);
  le(file, util::crc32_of(input), 4);
  file += input;
  return file;
}

// Every span of every layer lies inside the text on code-point boundaries, and every index
// between layers is in range.
inline void check_layers(const Document& doc);

// The pipeline's stages over the committed models, built once.
struct Stages {
  stage::Models models{DOSSIER_FUZZ_MODELS};
  std::vector<std::unique_ptr<const stage::DocumentStage>> document;

  Stages() {
    stage::StageContext context{models};
    document = pipeline::make_document_stages(context);
  }
};

inline const Stages& stages() {
  static const Stages instance;
  return instance;
}

inline const Pipeline& whole_pipeline() {
  static const Pipeline instance([] {
    PipelineOptions options;
    options.models_dir = DOSSIER_FUZZ_MODELS;
    options.threads = 1;
    return options;
  }());
  return instance;
}

// Runs the document stages in pipeline order up to and including the stage named last.
inline void annotate_until(Document& doc, std::string_view last) {
  for (const auto& stage : stages().document) {
    stage->process(doc);
    if (stage->name() == last) return;
  }
}

// A span lies inside the text, on code-point boundaries.
inline void check_span(const std::string& text, Span span) {
  check(span.begin <= span.end && span.end <= text.size());
  const auto starts_code_point = [&](uint32_t at) {
    return at == text.size() || !util::is_continuation(static_cast<unsigned char>(text[at]));
  };
  check(starts_code_point(span.begin) && starts_code_point(span.end));
}

inline void check_layers(const Document& doc) {
  const std::string& text = doc.text;
  for (const auto& h : doc.meta.header_spans) check_span(text, h.span);
  for (const auto& b : doc.blocks) check_span(text, b.span);
  for (const auto& s : doc.sentences) check_span(text, s.span);
  for (const auto& t : doc.tokens) check_span(text, t.span);
  for (const auto& m : doc.mentions) check_span(text, m.span);
  for (const auto& r : doc.roles) check_span(text, r.span);
  for (const auto& t : doc.times) check_span(text, t.span);
  for (const auto& q : doc.quotes) {
    check_span(text, q.span);
    check_span(text, q.cue);
    check_span(text, q.speaker_span);
    uint32_t at = q.span.begin;
    for (const Span part : q.parts) {
      check_span(text, part);
      check(part.begin >= at && part.end <= q.span.end);
      at = part.end;
    }
    check(q.continues < 0 || static_cast<size_t>(q.continues) < doc.quotes.size());
  }
  for (const auto& e : doc.events) {
    check_span(text, e.span);
    check_span(text, e.trigger);
  }
}

// Writes the dossier as JSON and HTML; the JSON must parse (strict UTF-8) and keep every rule of
// docs/schema.md but the JSON Schema file itself (checked by the tests; too slow per input).
inline void check_writers(const Dossier& dossier) {
  std::ostringstream json_out;
  write_json(dossier, json_out);
  const nlohmann::json parsed = nlohmann::json::parse(json_out.str());
  check(report::testing::span_problems(parsed).empty());
  check(report::testing::reference_problems(parsed).empty());
  std::ostringstream html_out;
  write_html(dossier, html_out);
  check(!html_out.str().empty());
}

// Splits the input into up to max_parts pieces at form feeds: several articles from one input.
inline std::vector<std::string_view> split_articles(std::string_view bytes, size_t max_parts) {
  std::vector<std::string_view> parts;
  while (!bytes.empty() && parts.size() + 1 < max_parts) {
    const size_t cut = bytes.find('\f');
    if (cut == std::string_view::npos) break;
    parts.push_back(bytes.substr(0, cut));
    bytes.remove_prefix(cut + 1);
  }
  parts.push_back(bytes);
  return parts;
}

}  // namespace dossier::fuzz

#endif  // DOSSIER_FUZZ_FUZZ_SUPPORT_H_
