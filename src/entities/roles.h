// Titles and offices the text gives people: pre-nominal titles ("British Foreign Secretary
// David Cameron", "retired Adm. James Stavridis", "Russia's envoy Vasily Nebenzia"),
// appositives ("Guterres, a former prime minister of Portugal,"), relative clauses ("who is now
// the head of the UN"), "As the former Prime Minister of Portugal, Guterres", and the status
// words that date them (former, acting, -elect, incoming...).
#ifndef DOSSIER_ENTITIES_ROLES_H_
#define DOSSIER_ENTITIES_ROLES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/document.h"
#include "entities/doc_view.h"
#include "lexicon/lexicon.h"

namespace dossier::entities {

// True for offices of a national government ("finance minister", "prime minister", "premier"),
// which belong to the article's country when the text names no other.
bool is_national_office(std::string_view title);

// The status a word gives a role ("former", "ex", "acting", "elect", "incoming"), if any.
std::optional<RoleStatus> status_word(std::string_view lower_word);

// A title phrase found in the tokens: [begin, end) and its normalised text.
struct TitleSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  std::string title;                   // lower case, folded: "prime minister", "secretary-general"
  std::optional<RoleStatus> status;    // from "-elect", "ex-" inside the title tokens
  bool head_noun = false;              // a generic head ("chief", "head", "leader"): of its org
  bool known = false;                  // the lexicon gives the phrase as a title
  bool empty() const { return end <= begin; }
};

// An organisation or country a role belongs to, found in the tokens.
struct OrgSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
  std::string org;        // canonical: "United Nations", "United Kingdom" for "British"
  int32_t mention = -1;   // the mention naming it, when one does
  bool empty() const { return end <= begin; }
};

class RoleFinder {
 public:
  RoleFinder(const DocView& view, const lexicon::Lexicon& lexicon)
      : view_(view), lexicon_(lexicon) {}

  // Every role claim of the document's person name mentions, in text order.
  std::vector<RoleClaim> find() const;

  // The longest title starting at token first and ending by limit (exclusive).
  TitleSpan title_at(uint32_t first, uint32_t limit) const;
  // The title that ends exactly at end and starts at or after floor, longest first.
  TitleSpan title_ending_at(uint32_t end, uint32_t floor) const;
  // An organisation or country starting at first (a mention or a lexicon phrase), possessive
  // allowed.
  OrgSpan org_at(uint32_t first, uint32_t limit) const;
  // The organisation or country that ends exactly at end.
  OrgSpan org_ending_at(uint32_t end, uint32_t floor) const;
  // Parses "[status] [org] [modifiers] TITLE [of|for|at|to ORG]" from first; fills the claim's
  // title, status and org and returns the token after the phrase, or first when none.
  // An article or a possessive determiner (the word layer's classes): "the", "a", "his", "their".
  bool article_or_possessive(uint32_t token) const;
  uint32_t parse_forward(uint32_t first, uint32_t limit, RoleClaim& claim) const;

 private:
  bool prenominal(uint32_t mention, RoleClaim& claim) const;
  bool after_as(uint32_t mention, RoleClaim& claim) const;
  // Appositive and relative-clause roles after the name; appends claims.
  void after_name(uint32_t mention, std::vector<RoleClaim>& out) const;
  uint32_t relative_clause(uint32_t first, uint32_t limit, uint32_t mention,
                           std::vector<RoleClaim>& out) const;
  bool modifier(uint32_t token) const;
  // A lower-case word that begins some title phrase of the lexicon ("presidential", "deputy").
  bool lower_modifier(uint32_t token) const;
  // A lower-case word of no closed class and no verb ending ("donor"): a predicate's title just
  // before it only modifies it ("is a major donor").
  bool continues_phrase(uint32_t token) const;
  // The title ending at end is another name's: a person's name follows it ("President Okafor").
  bool before_person_name(uint32_t end, uint32_t limit) const;
  // The lexicon's "TITLE of [the] ORG" for an organisation named before its title, else title_text.
  std::string title_of_org(const TitleSpan& title, const OrgSpan& org, std::string title_text) const;
  // The country of the article's dateline (lexicon country, or the named part after the city).
  OrgSpan dateline_country() const;
  // The organisation or country whose possessive clitic is the token at clitic.
  OrgSpan org_at_before_clitic(uint32_t clitic, uint32_t floor) const;
  void set_org(const OrgSpan& org, RoleClaim& claim) const;
  Span span_of(uint32_t first, uint32_t end) const;

  const DocView& view_;
  const lexicon::Lexicon& lexicon_;
};

}  // namespace dossier::entities

#endif  // DOSSIER_ENTITIES_ROLES_H_
