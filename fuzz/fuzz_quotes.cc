// Fuzz target: the quotes stage on arbitrary bytes (quote marks, invalid UTF-8, odd layouts).
// Every quote must lie in the text, its parts inside its span and in order.
#include <cstddef>
#include <cstdint>
#include <string>

#include "dossier/document.h"
#include "quotes/cue_lexicon.h"
#include "quotes/quote_stage.h"

namespace {

const dossier::quotes::CueLexicon& lexicon() {
  using dossier::quotes::CueEntry;
  using dossier::quotes::CuePos;
  static const dossier::quotes::CueLexicon lexicon({
      CueEntry{"said", "say", CuePos::kVerb, dossier::quotes::kAttested, 90, 100, 40, 50, 1},
      CueEntry{"told", "tell", CuePos::kVerb, dossier::quotes::kAttested, 90, 100, 40, 50, 40},
      CueEntry{"according", "accord", CuePos::kVerb, dossier::quotes::kAttested, 90, 100, 5, 80, 0},
      CueEntry{"adding", "add", CuePos::kVerb, dossier::quotes::kAttested, 80, 100, 40, 40, 0},
  });
  return lexicon;
}

void check(bool ok) {
  if (!ok) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  dossier::Document doc;
  doc.text.assign(reinterpret_cast<const char*>(data), size);
  dossier::quotes::annotate_quotes(doc, lexicon());
  const auto n = static_cast<uint32_t>(doc.text.size());
  for (const dossier::Quote& q : doc.quotes) {
    check(q.span.begin < q.span.end && q.span.end <= n);
    check(q.cue.begin <= q.cue.end && q.cue.end <= n);
    check(q.speaker_span.begin <= q.speaker_span.end && q.speaker_span.end <= n);
    uint32_t at = q.span.begin;
    for (const dossier::Span part : q.parts) {
      check(part.begin >= at && part.end <= q.span.end && part.begin < part.end);
      at = part.end;
    }
    check(q.continues < 0 || static_cast<size_t>(q.continues) < doc.quotes.size());
  }
  return 0;
}
