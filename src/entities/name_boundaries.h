// Name boundaries the tagger's tokens cannot draw: abbreviation periods that the segmenter gave to
// the sentence, and the state of a party-state code ("R-Fla.").
#ifndef DOSSIER_ENTITIES_NAME_BOUNDARIES_H_
#define DOSSIER_ENTITIES_NAME_BOUNDARIES_H_

#include "dossier/document.h"
#include "lexicon/lexicon.h"

namespace dossier::entities {

// Names joined by a slash ("CNN/ORC", "New York Times/CBS News": a poll's two sponsors) are two
// names of the whole's type; the token that holds the slash is shared by both mentions.
void split_slashed_names(Document& document);

// A name ending in an abbreviation ("Calif", "Fla") takes the period right after it, which the
// segmenter read as the end of the sentence.
void keep_abbreviation_periods(Document& document);

// A party-state code after a comma or an opening bracket ("Marco Rubio, R-Fla.", "(D-Vermont)"):
// one capital, a hyphen, then an abbreviation or a state or country the lexicon knows. Its state
// becomes a GPE mention (a span inside the token), in place of any name the tagger made of it.
void place_party_state_codes(Document& document, const lexicon::Lexicon& lexicon);

}  // namespace dossier::entities

#endif  // DOSSIER_ENTITIES_NAME_BOUNDARIES_H_
