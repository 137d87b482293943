// Reads the PETRARCH2 verb dictionary format (petrarch2/dictionaries.rst, "Verb Dictionary") and
// the CAMEO codebook tables into a VerbDictionary. Used by `dossier-train events`, by the PETRARCH
// validation run of `dossier-eval events` (which brings its own verb file) and by tests.
//
// Verb file grammar, line by line ('#' and ';' start comments, "<!-- -->" lines are skipped):
//   &NAME                 a noun synonym set; "+PHRASE" lines follow ('_' joins words; a trailing
//                         '_' on the label or phrase means no plural is made)
//   ---  NAME  [CODE]  ---   a verb block with its primary code ("---" = no event)
//   VERB {FORMS} [CODE]   a verb of the block; without {...} its regular forms are made; a '+'
//                         marks the inflected word of a multi-word verb ("+CORDON_OFF", "WIRE_+TAP")
//   - PRE * POST [CODE]   a phrase pattern of the block: '*' is the verb, (PREP NOUN) a
//                         prepositional phrase, {ADJ NOUN} a noun phrase, &NAME a synonym set,
//                         '$' source, '+' target, '%' compound actor, '^' anything, '_' adjacency;
//                         [A:B] codes A source->target and B target->source, [:B] only the latter
//   ~ ...                 verb transformations (not used: our complement frames do that work)
#ifndef DOSSIER_EVENTS_VERB_FILE_H_
#define DOSSIER_EVENTS_VERB_FILE_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "events/verb_dictionary.h"

namespace dossier::events {

// CAMEO codes with their labels and Goldstein values.
struct Codebook {
  std::map<std::string, CodeInfo, std::less<>> codes;
  // The entry of a code, else of its longest listed prefix ("0813" -> "081"), else nullptr.
  const CodeInfo* find(std::string_view code) const;
};

// Reads CAMEO.eventcodes.txt ("CODE<TAB>LABEL") and CAMEO.goldsteinscale.txt ("CODE<TAB>VALUE");
// header lines and malformed lines are skipped. Throws InputError (naming `name`) when no code is read.
Codebook parse_codebook(std::string_view eventcodes, std::string_view goldstein, const std::string& name);

// What a compilation skipped, for the summary the trainer prints.
struct VerbFileReport {
  size_t blocks = 0, verbs = 0, forms = 0, patterns = 0, synsets = 0, transformations = 0;
  std::vector<std::string> skipped;  // "line N: reason"
};

// Parses a verb dictionary; codes are labelled from the codebook (codes it lacks keep the label
// and value of their longest listed prefix). Throws InputError naming `name` when no block is read.
VerbDictionary parse_verb_file(std::string_view text, const Codebook& codebook, const std::string& name,
                               VerbFileReport* report = nullptr);

}  // namespace dossier::events

#endif  // DOSSIER_EVENTS_VERB_FILE_H_
