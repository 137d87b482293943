// Shared by the events fuzz targets: a tiny lexicon and a coding run over invented sentences.
#ifndef DOSSIER_FUZZ_EVENTS_FUZZ_H_
#define DOSSIER_FUZZ_EVENTS_FUZZ_H_

#include "events/test_support.h"

namespace dossier::fuzz {

// Codes a few sentences with the dictionary; must neither crash nor read out of bounds.
inline void exercise(const events::VerbDictionary& verbs) {
  static const lexicon::Lexicon lexicon = events::testing::small_lexicon();
  const events::EventCoder coder(verbs, lexicon);
  Document doc = events::testing::code_text(
      coder,
      "Freedonia threatened to attack Sylvania with rockets.\n"
      "Sylvanian police were attacked by rebels and refused to meet the minister.\n"
      "The union said Freedonia must visit Port Mara, and will not accept the proposal.");
  (void)doc;
}

}  // namespace dossier::fuzz

#endif  // DOSSIER_FUZZ_EVENTS_FUZZ_H_
