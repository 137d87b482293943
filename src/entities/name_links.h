// Within-document linking of name mentions: the same name, a surname after a full name, an
// acronym and its expansion, two aliases of one lexicon entry ("Holland" / "the Netherlands").
#ifndef DOSSIER_ENTITIES_NAME_LINKS_H_
#define DOSSIER_ENTITIES_NAME_LINKS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "dossier/document.h"
#include "entities/names.h"
#include "lexicon/lexicon.h"

namespace dossier::entities {

// What a name mention says, in comparable form.
struct NameInfo {
  std::string surface;             // the mention's text without a possessive
  std::vector<std::string> words;  // key words, without a leading "the" or (people) titles
  PersonName person;               // for PERSON mentions
  uint32_t entry = lexicon::kNone;  // the lexicon entry it names, when one fits its type
  bool all_caps = false;           // written in capitals ("EU", "NATO")
  bool valid() const { return !words.empty(); }
};

// The name inside a mention's text: possessive removed, cut at a comma, leading and trailing
// lower-case words dropped ("in the Gulf of Aden" → "Gulf of Aden", "Eric Kirkpatrick, 61" →
// "Eric Kirkpatrick"), and for people inner lower-case words other than particles
// ("defensive tackle Jamal Williams" → "Jamal Williams"). The text itself when no word is
// capitalised.
std::string name_surface(std::string_view text, EntityType type);

// True when a lexicon entry of this kind may be what a mention of this type names.
bool kind_fits(lexicon::Kind kind, EntityType type);
// The first lexicon hit of text (case as written) whose kind fits the type, or kNone.
uint32_t lexicon_entry(const lexicon::Lexicon& lexicon, std::string_view text, EntityType type);
// True when the lexicon gives the word as a title or rank ("president", "Adm.", "envoy").
bool is_title_word(const lexicon::Lexicon& lexicon, std::string_view word);

// Describes a name mention (kind kName); other mentions give an invalid NameInfo.
NameInfo describe_name(const Document& document, const Mention& mention,
                       const lexicon::Lexicon& lexicon);

// The result of linking names: each name mention's group (the index of the first mention of its
// group) and the evidence, one link per mention that joined an earlier one.
struct NameGroups {
  std::vector<int32_t> group;  // per mention; -1 for mentions that are not names
  std::vector<MentionLink> links;
};

// Links the name mentions of a document (in text order) given their descriptions.
NameGroups link_names(const Document& document, const std::vector<NameInfo>& names);

}  // namespace dossier::entities

#endif  // DOSSIER_ENTITIES_NAME_LINKS_H_
