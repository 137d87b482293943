// Fuzz target: the loader of an article's stored corpus summary (corpus::decode_summary). Decodes
// or throws ModelError, never crashes; what decodes encodes to bytes that decode to the same.
#include "corpus/article_summary.h"
#include "dossier/error.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  namespace corpus = dossier::corpus;
  corpus::ArticleSummary summary;
  try {
    summary = corpus::decode_summary(
        dossier::fuzz::model_file(dossier::fuzz::bytes_of(data, size), corpus::kSummaryKind, corpus::kSummaryVersion),
        "fuzz");
  } catch (const dossier::ModelError&) {
    return 0;
  }
  const std::string bytes = corpus::encode_summary(summary);
  dossier::fuzz::check(corpus::encode_summary(corpus::decode_summary(bytes, "again")) == bytes);
  return 0;
}
