#include "entities/roles.h"

#include <algorithm>
#include <array>

#include "entities/name_links.h"
#include "entities/names.h"
#include "lexicon/fold.h"

namespace dossier::entities {
namespace {

using lexicon::Kind;

template <size_t N>
bool in(std::string_view word, const std::array<std::string_view, N>& words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// Head nouns of an office the agents dictionary lacks: "the UN chief", "Hamas leader X" (these
// mean "the head of" the organisation named with them).
constexpr std::array<std::string_view, 7> kHeadNouns = {"chief", "head",  "leader", "boss",
                                                        "chair", "chief executive", "ceo"};
// Other office nouns the agents dictionary lacks.
constexpr std::array<std::string_view, 12> kOfficeNouns = {
    "official",   "secretary", "chairman", "chairwoman", "chairperson", "queen",
    "pope",       "director",  "spokesperson", "envoy", "minister", "secretary-general"};
// What may follow an appositive role for it to end there.
constexpr std::array<std::string_view, 12> kAppositiveEnds = {
    ",", ".", ";", ":", ")", "who", "which", "and", "said", "says", "told", "--"};

// Words that may stand between a determiner or comma and a title without qualifying it: sentence
// adverbs and conjunctions ("but prime minister", "now foreign secretary", "newly elected").
// Closed classes, plus adverbs in -ly.
bool skipped_before_title(std::string_view w) {
  static constexpr std::array<std::string_view, 18> kWords = {
      "but", "and", "or", "yet", "so", "nor", "now", "then", "still", "also",
      "already", "once", "again", "soon", "later", "just", "even", "ever"};
  return in(w, kWords) || (w.size() > 4 && w.ends_with("ly"));
}

// A verb form: "is demanding", "is elected". Without an article before it, a lower-case word of
// these endings between the copula and a title makes the predicate a clause, not a noun phrase;
// adjectives that describe a holder without an article ("longtime aide") keep their reading.
bool verb_ending(std::string_view w) {
  return w.size() > 4 && (w.ends_with("ing") || w.ends_with("ed"));
}

// Words that show the phrase is a clause, not a title: pronouns and the verbs that give an office
// ("made him deputy", "was named minister" read from the wrong place).
bool clause_word(std::string_view w) {
  static constexpr std::array<std::string_view, 24> kWords = {
      "him", "her", "them", "it", "he", "she", "they", "we", "i", "you", "us", "me",
      "is", "was", "are", "were", "be", "been", "has", "have", "had", "made", "make", "makes"};
  return in(w, kWords);
}

bool fits_org(Kind kind) {
  return kind == Kind::kCountry || kind == Kind::kNationality || kind == Kind::kOrganization ||
         kind == Kind::kArmedGroup || kind == Kind::kSubdivision || kind == Kind::kCity;
}

bool is_title_entry(const lexicon::Entry& e) {
  return e.kind == Kind::kAgent && (e.has(lexicon::kTitle) || e.has(lexicon::kOccupation) || e.name.ends_with('.'));
}

// A comma or dash that sets a name apart from the title before it.
bool is_apposition_mark(std::string_view form) {
  return form == "," || form == "--" || form == "\xE2\x80\x94" || form == "\xE2\x80\x93";
}

// A possessive the tokeniser split off ("group 's director", "Valdoria ’s prime minister").
bool is_clitic(std::string_view form) {
  return form == "'s" || form == "\xE2\x80\x99s" || form == "'" || form == "\xE2\x80\x99" || form == "'S" ||
         form == "\xE2\x80\x99S";
}

// All capitals, two to six letters: "GOP", "NYPD" (not "US": the lexicon knows it first).
bool acronym(std::string_view form) {
  return form.size() >= 2 && form.size() <= 6 &&
         std::all_of(form.begin(), form.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::string normalised(std::string_view text) {
  std::string out = lexicon::fold(text);
  for (char& c : out) {
    if (c == '\n' || c == '\t') c = ' ';
  }
  return out;
}

// How sure each way of stating a role is, before the doubts below: a title before the name is
// the firmest, then an appositive, "As the X, Y", and a relative clause ("who was ..."). Words
// the lexicon's title does not cover, a generic head noun and an organisation taken from the
// dateline or another claim each lower it. Set by hand on invented fixtures; the audit set
// calibrates them.
constexpr float kPrenominalConfidence = 0.9f;
constexpr float kAppositiveConfidence = 0.85f;
constexpr float kAsConfidence = 0.8f;
constexpr float kRelativeConfidence = 0.75f;
constexpr float kDoubtFactor = 0.9f;
constexpr float kDatelineOrgFactor = 0.85f;

}  // namespace

std::optional<RoleStatus> status_word(std::string_view w) {
  static constexpr std::array<std::string_view, 9> kFormer = {
      "former", "ex", "erstwhile", "retired", "late", "then", "onetime", "one-time", "previous"};
  static constexpr std::array<std::string_view, 4> kActing = {"acting", "interim", "caretaker",
                                                              "provisional"};
  static constexpr std::array<std::string_view, 6> kFuture = {"incoming", "future", "designate",
                                                              "elect", "would-be", "presumptive"};
  static constexpr std::array<std::string_view, 6> kCurrent = {"current", "sitting", "incumbent",
                                                               "outgoing", "serving", "new"};
  if (in(w, kFormer)) return RoleStatus::kFormer;
  if (in(w, kActing)) return RoleStatus::kActing;
  if (in(w, kFuture)) return RoleStatus::kFuture;
  if (in(w, kCurrent)) return RoleStatus::kCurrent;
  return std::nullopt;
}

Span RoleFinder::span_of(uint32_t first, uint32_t end) const {
  const auto& tokens = view_.doc().tokens;
  return Span{tokens[first].span.begin, tokens[end - 1].span.end};
}

TitleSpan RoleFinder::title_at(uint32_t first, uint32_t limit) const {
  TitleSpan out;
  // Status words are read apart ("former prime minister" is a status and a title).
  if (first >= limit || view_.punct(first) || status_word(view_.lower(first))) return out;
  std::array<std::string_view, 6> texts{};
  const uint32_t n = std::min<uint32_t>(limit - first, texts.size());
  for (uint32_t i = 0; i < n; ++i) texts[i] = strip_possessive(view_.form(first + i));
  for (const std::string_view prefix : {"ex-", "then-", "Ex-", "Then-", "former-"}) {
    if (texts[0].size() > prefix.size() && texts[0].starts_with(prefix)) {
      texts[0] = texts[0].substr(prefix.size());
      out.status = RoleStatus::kFormer;
    }
  }
  uint32_t length = 0;
  std::string_view expanded;  // the title an abbreviation stands for ("Sen." → "senator")
  for (uint32_t len = n; len > 0;) {
    const lexicon::Match m =
        lexicon_.match(std::span<const std::string_view>(texts.data(), len), lexicon::Matching::kFolded);
    if (m.tokens == 0) break;
    bool title = false;
    for (const lexicon::Hit& h : m.hits) {
      const lexicon::Entry e = lexicon_.entry(h.entry);
      if (!is_title_entry(e)) continue;
      title = true;
      if (h.form == lexicon::FormKind::kAbbreviation && !e.name.ends_with('.')) expanded = e.name;
    }
    if (title) {
      length = m.tokens;
      break;
    }
    len = m.tokens - 1;
  }
  // Agent phrases of the actor dictionaries may end in a function word ("chairman of the"): the
  // name after them is then the title's organisation, not its holder.
  while (length > 1 && is_function_word(lexicon::match_key(texts[length - 1]))) --length;
  const std::string first_word = lexicon::match_key(texts[0]);
  out.known = length > 0;
  if (length == 0) {
    if (in(first_word, kHeadNouns)) {
      out.head_noun = true;
    } else if (!in(first_word, kOfficeNouns)) {
      return out;
    }
    length = 1;
  }
  out.begin = first;
  out.end = first + length;
  std::string title;
  for (uint32_t i = 0; i < length; ++i) {
    if (i > 0) title += ' ';
    title += texts[i];
  }
  title = expanded.empty() ? normalised(title) : std::string(expanded);
  for (const std::string_view suffix : {"-elect", " elect", "-designate", " designate"}) {
    if (title.size() > suffix.size() && title.ends_with(suffix)) {
      title.resize(title.size() - suffix.size());
      out.status = RoleStatus::kFuture;
    }
  }
  if (in(std::string_view(lexicon::match_key(title)), kHeadNouns)) out.head_noun = true;
  out.title = std::move(title);
  return out;
}

TitleSpan RoleFinder::title_ending_at(uint32_t end, uint32_t floor) const {
  const uint32_t lowest = std::max(floor, end >= 5 ? end - 5 : 0u);
  for (uint32_t s = lowest; s < end; ++s) {
    TitleSpan t = title_at(s, end);
    if (!t.empty() && t.end == end) return t;
  }
  return {};
}

OrgSpan RoleFinder::org_at(uint32_t first, uint32_t limit) const {
  OrgSpan out;
  if (first >= limit) return out;
  const Document& doc = view_.doc();
  if (const int32_t m = view_.mention_at(first); m >= 0) {
    const Mention& mention = doc.mentions[static_cast<size_t>(m)];
    const uint32_t end = mention.first_token + mention.token_count;
    if (mention.first_token != first || end > limit) return out;
    const std::string_view surface = strip_possessive(doc.slice(mention.span));
    const bool clitic_after = end < limit && is_clitic(view_.form(end));
    // A person names the role's owner only in the possessive ("Putin's envoy").
    if (mention.type == EntityType::kPerson && surface.size() == mention.span.size() && !clitic_after) return out;
    out.begin = first;
    out.end = clitic_after ? end + 1 : end;
    out.mention = m;
    const uint32_t entry = lexicon_entry(lexicon_, surface, mention.type);
    if (entry != lexicon::kNone) {
      const lexicon::Entry e = lexicon_.entry(entry);
      out.org = e.kind == Kind::kNationality && e.parent != lexicon::kNone
                    ? std::string(lexicon_.entry(e.parent).name)
                    : std::string(e.name);
    } else {
      out.org = std::string(surface);
    }
    return out;
  }
  std::array<std::string_view, 6> texts{};
  const uint32_t n = std::min<uint32_t>(limit - first, texts.size());
  for (uint32_t i = 0; i < n; ++i) texts[i] = strip_possessive(view_.form(first + i));
  const std::span<const std::string_view> tokens(texts.data(), n);
  const lexicon::Match match = lexicon_.match(tokens, lexicon::Matching::kCaseSensitive);
  if (match.tokens == 0 && acronym(texts[0]) && title_at(first, first + 1).empty()) {
    // An acronym the lexicon does not know before a title names a body ("GOP", "NYPD").
    out.begin = first;
    out.end = first + 1 < limit && is_clitic(view_.form(first + 1)) ? first + 2 : first + 1;
    out.org = std::string(texts[0]);
    return out;
  }
  const std::span<const std::string_view> matched(texts.data(), match.tokens);
  for (const lexicon::Hit& hit : match.hits) {
    const lexicon::Entry e = lexicon_.entry(hit.entry);
    if (!fits_org(e.kind) || !lexicon::Lexicon::accepts(hit, matched)) continue;
    out.begin = first;
    out.end = first + match.tokens;
    if (out.end < limit && is_clitic(view_.form(out.end))) ++out.end;
    out.org = e.kind == Kind::kNationality && e.parent != lexicon::kNone
                  ? std::string(lexicon_.entry(e.parent).name)
                  : std::string(e.name);
    return out;
  }
  return out;
}

OrgSpan RoleFinder::org_ending_at(uint32_t end, uint32_t floor) const {
  const uint32_t lowest = std::max(floor, end >= 4 ? end - 4 : 0u);
  for (uint32_t s = lowest; s < end; ++s) {
    OrgSpan o = org_at(s, end);
    if (!o.empty() && o.end == end) return o;
  }
  return {};
}

std::string RoleFinder::title_of_org(const TitleSpan& title, const OrgSpan& org, std::string title_text) const {
  // "House Speaker" is the lexicon's "speaker of the house": the title as the lexicon spells it
  // when the organisation before it is its of-complement.
  std::array<std::string_view, 8> texts{};
  size_t n = 0;
  for (uint32_t i = title.begin; i < title.end && n < texts.size(); ++i) texts[n++] = view_.form(i);
  const size_t head = n;
  for (const bool article : {true, false}) {
    n = head;
    texts[n++] = "of";
    if (article) texts[n++] = "the";
    for (uint32_t i = org.begin; i < org.end && n < texts.size(); ++i) {
      if (!is_clitic(view_.form(i))) texts[n++] = strip_possessive(view_.form(i));
    }
    const lexicon::Match m = lexicon_.match(std::span<const std::string_view>(texts.data(), n), lexicon::Matching::kFolded);
    if (m.tokens != n) continue;
    // Any agent phrase will do: its head is the title already read ("speaker of the house" is
    // an agent the flags miss, as its last word is no office).
    for (const lexicon::Hit& h : m.hits) {
      if (lexicon_.entry(h.entry).kind == Kind::kAgent) return normalised(lexicon_.entry(h.entry).name);
    }
  }
  return title_text;
}

bool RoleFinder::lower_modifier(uint32_t token) const {
  const std::string_view w = view_.lower(token);
  return !view_.capitalised(token) && !view_.punct(token) && !is_function_word(w) && !status_word(w) &&
         !skipped_before_title(w) && !clause_word(w) && lexicon_.title_modifier(w);
}

bool RoleFinder::continues_phrase(uint32_t token) const {
  if (view_.capitalised(token) || view_.punct(token) || view_.doc().tokens[token].classes != 0) return false;
  const std::string_view w = view_.lower(token);
  return !is_function_word(w) && !verb_ending(w) && !status_word(w) && !skipped_before_title(w);
}

bool RoleFinder::before_person_name(uint32_t end, uint32_t limit) const {
  if (end >= limit) return false;
  const int32_t m = view_.mention_at(end);
  if (m < 0) return false;
  const Mention& name = view_.doc().mentions[static_cast<size_t>(m)];
  return name.type == EntityType::kPerson && name.first_token == end;
}

bool RoleFinder::modifier(uint32_t token) const {
  if (view_.punct(token) || view_.mention_at(token) >= 0) return false;
  if (!view_.capitalised(token)) return lower_modifier(token);
  if (acronym(view_.form(token))) return false;  // "GOP", "NYPD": a body, read as the organisation
  const std::string_view w = view_.lower(token);
  const Token& t = view_.doc().tokens[token];
  if (is_function_word(w) || status_word(w) || t.is(kWcMonth | kWcWeekday) || skipped_before_title(w) ||
      clause_word(w)) {
    return false;
  }
  for (const lexicon::Hit& hit : lexicon_.lookup(view_.form(token), lexicon::Matching::kCaseSensitive)) {
    if (lexicon_.entry(hit.entry).kind != Kind::kAgent) return false;
  }
  return true;
}

OrgSpan RoleFinder::org_at_before_clitic(uint32_t clitic, uint32_t floor) const {
  const uint32_t lowest = std::max(floor, clitic >= 4 ? clitic - 4 : 0u);
  for (uint32_t s = lowest; s < clitic; ++s) {
    OrgSpan o = org_at(s, clitic + 1);
    if (!o.empty() && o.end == clitic + 1) return o;
  }
  return {};
}

void RoleFinder::set_org(const OrgSpan& org, RoleClaim& claim) const {
  claim.org = org.org;
  claim.org_mention = org.mention;
}

bool RoleFinder::article_or_possessive(uint32_t token) const {
  return (view_.doc().tokens[token].classes & (kWcArticle | kWcPossessiveDet)) != 0;
}

uint32_t RoleFinder::parse_forward(uint32_t first, uint32_t limit, RoleClaim& claim) const {
  uint32_t k = first;
  const bool determined = k < limit && article_or_possessive(k);
  if (determined) ++k;
  auto statuses = [&] {
    while (k < limit) {
      const auto s = status_word(view_.lower(k));
      if (!s) break;
      claim.status = *s;
      ++k;
    }
  };
  statuses();
  if (const OrgSpan org = org_at(k, limit); !org.empty()) {
    set_org(org, claim);
    k = org.end;
  }
  statuses();
  TitleSpan title;
  uint32_t p = k;
  uint32_t words_from = k;  // modifiers of the title start here, after an owner's possessive
  for (; p < std::min(limit, k + 3); ++p) {
    title = title_at(p, limit);
    if (!title.empty()) break;
    if (is_clitic(view_.form(p)) || skipped_before_title(view_.lower(p))) {
      words_from = p + 1;
      continue;
    }
    if (clause_word(view_.lower(p))) return first;
    if (!determined && !view_.capitalised(p) && verb_ending(view_.lower(p))) return first;
    if (view_.punct(p) || is_function_word(view_.lower(p)) || view_.mention_at(p) >= 0) break;
    // A lower-case word that classifies no office describes the holder ("a conservative radio
    // host", "a long-shot presidential candidate"): the title starts after it.
    if (!view_.capitalised(p) && !lower_modifier(p)) words_from = p + 1;
  }
  if (title.empty()) return first;
  // A title directly before a person's name is that name's ("is demanding President Okafor").
  if (before_person_name(title.end, limit)) return first;
  std::string words;
  for (uint32_t i = words_from; i < title.begin; ++i) (words += view_.lower(i)) += ' ';
  claim.title = normalised(words) + title.title;
  if (title.status) claim.status = *title.status;
  if (!words.empty() || title.head_noun || !title.known) claim.confidence *= kDoubtFactor;
  k = title.end;
  if (k + 1 < limit && in(std::string_view(view_.lower(k)),
                          std::array<std::string_view, 5>{"of", "for", "at", "to", "from"})) {
    uint32_t o = k + 1;
    if (o < limit && view_.lower(o) == "the") ++o;
    if (const OrgSpan org = org_at(o, limit); !org.empty()) {
      if (claim.org.empty() || view_.lower(k) == "of") set_org(org, claim);
      k = org.end;
    } else if (const int32_t m = view_.mention_at(o); m >= 0 && view_.lower(k) != "at" && view_.lower(k) != "from") {
      // "a spokeswoman for Trump", "an adviser to Ms Okafor": the person the job serves.
      const Mention& person = view_.doc().mentions[static_cast<size_t>(m)];
      if (person.type == EntityType::kPerson && person.first_token == o && person.first_token + person.token_count <= limit) {
        if (claim.org.empty()) {
          claim.org = std::string(view_.doc().slice(person.span));
          claim.org_mention = m;
        }
        k = person.first_token + person.token_count;
      }
    }
  }
  if (title.head_noun && claim.org.empty()) return first;
  return k;
}

bool RoleFinder::prenominal(uint32_t mention, RoleClaim& claim) const {
  const Mention& m = view_.doc().mentions[mention];
  const uint32_t sb = view_.sentence_begin(m.first_token);
  uint32_t name_first = m.first_token;
  const uint32_t name_end = m.first_token + m.token_count;
  // A title the tagger took into the name ("President Obama").
  while (name_first + 1 < name_end && is_title_word(lexicon_, view_.form(name_first))) ++name_first;
  uint32_t end = name_first;
  // "his campaign manager, Corey Lewandowski", "a former candidate -- John McCain"
  const bool comma = name_first == m.first_token && end > sb && is_apposition_mark(view_.form(end - 1));
  if (comma) --end;
  TitleSpan title = title_ending_at(end, sb);
  OrgSpan of_org;
  if (title.empty()) {
    // "Minister of Defence Ben Wallace"
    for (uint32_t k = end; k-- > sb + 1 && k + 4 >= end;) {
      if (view_.lower(k) != "of") continue;
      of_org = org_at(k + 1, end);
      if (of_org.empty() || of_org.end != end) continue;
      title = title_ending_at(k, sb);
      if (!title.empty()) break;
    }
  }
  if (title.empty()) return false;
  uint32_t s = title.begin;
  std::string modifiers;
  for (int count = 0; count < 2 && s > sb && modifier(s - 1); ++count) {
    --s;
    const TitleSpan abbreviated = title_at(s, s + 1);  // "Lt." in "Lt. Gov." → "lieutenant"
    modifiers = (abbreviated.empty() ? std::string(view_.lower(s)) : abbreviated.title) + " " + modifiers;
  }
  claim.title = normalised(modifiers) + title.title;
  if (title.status) claim.status = *title.status;
  claim.confidence = kPrenominalConfidence;
  if (!modifiers.empty() || title.head_noun || !title.known) claim.confidence *= kDoubtFactor;
  if (!of_org.empty()) set_org(of_org, claim);
  OrgSpan org = org_ending_at(s, sb);
  if (org.empty() && s > sb + 1 && is_clitic(view_.form(s - 1))) {
    org = org_at_before_clitic(s - 1, sb);
  }
  if (!org.empty()) {
    if (claim.org.empty()) set_org(org, claim);
    if (modifiers.empty() && org.end == title.begin) claim.title = title_of_org(title, org, claim.title);
    s = org.begin;
  }
  while (s > sb) {
    const auto st = status_word(view_.lower(s - 1));
    if (!st) break;
    claim.status = *st;
    --s;
  }
  if (comma && org.empty() && !(s > sb && article_or_possessive(s - 1))) return false;
  if (title.head_noun && claim.org.empty()) return false;
  claim.holder = mention;
  claim.span = span_of(s, name_end);
  return true;
}

bool RoleFinder::after_as(uint32_t mention, RoleClaim& claim) const {
  const Mention& m = view_.doc().mentions[mention];
  const uint32_t f = m.first_token;
  const uint32_t sb = view_.sentence_begin(f);
  if (f < sb + 3 || view_.form(f - 1) != ",") return false;
  for (uint32_t a = f - 2; a-- > sb;) {
    if (view_.lower(a) != "as") continue;
    if (a != sb && !view_.punct(a - 1)) return false;
    RoleClaim c;
    if (parse_forward(a + 1, f - 1, c) != f - 1) return false;
    c.holder = mention;
    c.confidence *= kAsConfidence;
    c.span = span_of(a, f + m.token_count);
    claim = std::move(c);
    return true;
  }
  return false;
}

uint32_t RoleFinder::relative_clause(uint32_t first, uint32_t limit, uint32_t mention,
                                     std::vector<RoleClaim>& out) const {
  uint32_t k = first;
  std::optional<RoleStatus> status;
  auto word = [&](uint32_t i) -> std::string_view {
    if (i >= limit) return {};
    return view_.lower(i);
  };
  if (word(k) == "is" || word(k) == "remains") {
    status = RoleStatus::kCurrent;
    ++k;
  } else if (word(k) == "was" || word(k) == "had" || word(k) == "served") {
    status = RoleStatus::kFormer;
    ++k;
    if (word(k) == "been" || word(k) == "as") ++k;
  } else if (word(k) == "has" && word(k + 1) == "been") {
    status = RoleStatus::kCurrent;
    k += 2;
  } else if (word(k) == "became") {
    status = RoleStatus::kCurrent;
    ++k;
  } else if (word(k) == "will" && (word(k + 1) == "be" || word(k + 1) == "become")) {
    status = RoleStatus::kFuture;
    k += 2;
  } else {
    return first;
  }
  static constexpr std::array<std::string_view, 6> kAdverbs = {"now", "currently", "also",
                                                               "still", "already", "then"};
  while (k < limit && in(word(k), kAdverbs)) ++k;
  if (word(k) == "previously" || word(k) == "once" || word(k) == "formerly") {
    status = RoleStatus::kFormer;
    ++k;
  }
  RoleClaim claim;
  claim.status = *status;
  const uint32_t end = parse_forward(k, limit, claim);
  // The predicate's title must head it, not modify the noun after it ("is also a major donor").
  if (end == k || (end < limit && continues_phrase(end))) return first;
  claim.holder = mention;
  claim.confidence *= kRelativeConfidence;
  claim.span = span_of(view_.doc().mentions[mention].first_token, end);
  out.push_back(std::move(claim));
  return end;
}

void RoleFinder::after_name(uint32_t mention, std::vector<RoleClaim>& out) const {
  const Mention& m = view_.doc().mentions[mention];
  const uint32_t limit = view_.sentence_end(m.first_token);
  uint32_t k = m.first_token + m.token_count;
  if (k >= limit) return;
  // A party and state tag set off by commas ("Sen. Ann Roe, D-Calif., a former mayor"): a
  // capitalised token with a hyphen, its period apart or not; the appositive after it is the name's.
  if (k + 2 < limit && view_.form(k) == "," && view_.capitalised(k + 1) &&
      view_.form(k + 1).find('-') != std::string_view::npos) {
    const uint32_t after = view_.form(k + 2) == "." ? k + 3 : k + 2;
    if (after < limit && view_.form(after) == ",") k = after;
  }
  if (view_.form(k) == ",") {
    RoleClaim claim;
    const uint32_t end = parse_forward(k + 1, limit, claim);
    const bool ends = end > k + 1 && (end == limit || view_.punct(end) ||
                                      in(std::string_view(view_.lower(end)), kAppositiveEnds));
    if (ends) {
      claim.holder = mention;
      claim.confidence *= kAppositiveConfidence;
      claim.span = span_of(m.first_token, end);
      out.push_back(std::move(claim));
      k = end;
    } else {
      k = k + 1;
    }
    if (k < limit && view_.form(k) == ",") ++k;
  }
  if (k < limit && (view_.lower(k) == "who")) ++k;
  relative_clause(k, limit, mention, out);
}

bool is_national_office(std::string_view title) {
  const size_t space = title.find_last_of(' ');
  const std::string_view last = space == std::string_view::npos ? title : title.substr(space + 1);
  return last == "minister" || last == "premier" || title.starts_with("minister ");
}

namespace {

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

}  // namespace

OrgSpan RoleFinder::dateline_country() const {
  OrgSpan out;
  const Document& doc = view_.doc();
  std::string_view place = doc.meta.dateline;
  if (place.empty()) return out;
  // "Nairobi (Kenya)", "LEŠNA, Valdoria", "KYIV": the country is in brackets, after the last
  // comma, or the place itself.
  std::vector<std::string_view> parts;
  if (const size_t open = place.find('('); open != std::string_view::npos) {
    const size_t close = place.find(')', open);
    parts.push_back(trimmed(place.substr(open + 1, close == std::string_view::npos ? std::string_view::npos : close - open - 1)));
    place = place.substr(0, open);
  }
  const size_t comma = place.rfind(',');
  const bool several = comma != std::string_view::npos || !parts.empty();
  parts.push_back(trimmed(comma == std::string_view::npos ? place : place.substr(comma + 1)));
  for (const std::string_view part : parts) {
    if (part.empty()) continue;
    for (const lexicon::Hit& hit : lexicon_.lookup(part, lexicon::Matching::kFolded)) {
      const lexicon::Entry e = lexicon_.entry(hit.entry);
      if (e.kind == Kind::kCountry) {
        out.org = std::string(e.name);
        return out;
      }
      if (!several && e.kind == Kind::kCity && !e.country.empty()) {
        if (const uint32_t c = lexicon_.country(e.country); c != lexicon::kNone) {
          out.org = std::string(lexicon_.entry(c).name);
          return out;
        }
      }
    }
    // A country the lexicon does not know: the part after the city, when the text names it.
    if (!several || !lexicon_.lookup(part, lexicon::Matching::kFolded).empty()) continue;
    const std::string key = lexicon::match_key(part);
    for (uint32_t m = 0; m < doc.mentions.size(); ++m) {
      const Mention& mention = doc.mentions[m];
      if (mention.kind != MentionKind::kName || mention.type == EntityType::kPerson) continue;
      const std::string_view surface = strip_possessive(doc.slice(mention.span));
      if (lexicon::match_key(surface) != key) continue;
      out.org = std::string(surface);
      out.mention = static_cast<int32_t>(m);
      return out;
    }
  }
  return out;
}

std::vector<RoleClaim> RoleFinder::find() const {
  std::vector<RoleClaim> out;
  const Document& doc = view_.doc();
  for (uint32_t m = 0; m < doc.mentions.size(); ++m) {
    const Mention& mention = doc.mentions[m];
    if (mention.kind != MentionKind::kName || mention.type != EntityType::kPerson) continue;
    RoleClaim claim;
    if (prenominal(m, claim) || after_as(m, claim)) out.push_back(std::move(claim));
    after_name(m, out);
  }
  // A national office the text gives no country for is an office of the dateline's country.
  const bool needs_country = std::any_of(out.begin(), out.end(), [](const RoleClaim& c) {
    return c.org.empty() && is_national_office(c.title);
  });
  if (needs_country) {
    const OrgSpan country = dateline_country();
    for (RoleClaim& claim : out) {
      if (!claim.org.empty() || !is_national_office(claim.title) || country.org.empty()) continue;
      claim.org = country.org;
      claim.org_mention = country.mention;
      claim.confidence *= kDatelineOrgFactor;
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const RoleClaim& a, const RoleClaim& b) {
    return a.span.begin < b.span.begin;
  });
  return out;
}

}  // namespace dossier::entities
