#include "entities/name_boundaries.h"

#include <algorithm>
#include <string>

#include "text/abbreviations.h"

namespace dossier::entities {
namespace {

// The confidence of a name whose bounds or type these rules set, against the tagger's.
constexpr float kBoundaryConfidence = 0.8f;

// True when the token right after token t is a period with no space before it.
bool period_follows(const Document& document, uint32_t t) {
  const uint32_t next = t + 1;
  return next < document.tokens.size() && document.token_form(next) == "." &&
         !document.tokens[next].has(kTokSpaceBefore);
}

// True when the word is one the abbreviation table knows written with a period ("Calif").
bool abbreviation(std::string_view word) {
  return !word.empty() && text::abbreviation_kind(word) != text::AbbreviationKind::kNone;
}

// True when the word is capitals joined by periods, the last one's period apart ("S.C", "N.Y").
bool initials(std::string_view word) {
  if (word.size() < 3 || word.size() % 2 == 0) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    const bool letter = word[i] >= 'A' && word[i] <= 'Z';
    if (i % 2 == 0 ? !letter : word[i] != '.') return false;
  }
  return true;
}

// True when the lexicon knows the text, as written, as a country or a state.
bool state_or_country(const lexicon::Lexicon& lexicon, std::string_view text) {
  const std::vector<lexicon::Hit> hits = lexicon.lookup(text, lexicon::Matching::kCaseSensitive);
  return std::any_of(hits.begin(), hits.end(), [&](const lexicon::Hit& hit) {
    const lexicon::Kind kind = lexicon.entry(hit.entry).kind;
    return kind == lexicon::Kind::kSubdivision || kind == lexicon::Kind::kCountry;
  });
}

}  // namespace

void split_slashed_names(Document& document) {
  const auto capital = [&](uint32_t byte) { return document.text[byte] >= 'A' && document.text[byte] <= 'Z'; };
  std::vector<Mention> parts;
  bool split = false;
  for (const Mention& m : document.mentions) {
    Mention rest = m;
    const uint32_t end = m.first_token + m.token_count;
    for (uint32_t t = m.first_token; m.kind == MentionKind::kName && t < end; ++t) {
      const Span token = document.tokens[t].span;
      const size_t found = document.slice(token).find('/');
      if (found == std::string_view::npos) continue;
      const auto slash = token.begin + static_cast<uint32_t>(found);
      // The slash inside a token ("Times/CBS") or as one ("Times / CBS"); both sides must begin
      // with a capital: "24/7" and "and/or" join no names.
      const bool alone = slash + 1 == token.end;
      if (alone && t + 1 == end) continue;
      const uint32_t right = alone ? document.tokens[t + 1].span.begin : slash + 1;
      const uint32_t left = slash == token.begin ? rest.span.begin : std::max(token.begin, rest.span.begin);
      if (left >= slash || !capital(left) || !capital(right)) continue;
      Mention head = rest;
      head.token_count = t - rest.first_token + (slash == token.begin ? 0 : 1);
      head.span.end = slash == token.begin ? document.tokens[t - 1].span.end : slash;
      parts.push_back(head);
      const uint32_t next = alone ? t + 1 : t;
      rest.span.begin = right;
      rest.token_count -= next - rest.first_token;
      rest.first_token = next;
      split = true;
    }
    parts.push_back(rest);
  }
  if (split) document.mentions = std::move(parts);
}

void keep_abbreviation_periods(Document& document) {
  for (Mention& m : document.mentions) {
    if (m.kind != MentionKind::kName || m.token_count == 0) continue;
    const uint32_t last = m.first_token + m.token_count - 1;
    if (!period_follows(document, last)) continue;
    std::string_view word = document.slice(Span{document.tokens[last].span.begin, m.span.end});
    if (const size_t hyphen = word.rfind('-'); hyphen != std::string_view::npos) word.remove_prefix(hyphen + 1);
    if (!abbreviation(word)) continue;
    ++m.token_count;
    m.span.end = document.tokens[last + 1].span.end;
  }
}

void place_party_state_codes(Document& document, const lexicon::Lexicon& lexicon) {
  constexpr size_t kPrefix = 2;  // a party's initial and the hyphen
  std::vector<Mention> states;
  for (uint32_t t = 1; t < document.tokens.size(); ++t) {
    const std::string_view before = document.token_form(t - 1);
    if (before != "," && before != "(") continue;
    const std::string_view form = document.slice(document.tokens[t].span);
    if (form.size() <= kPrefix + 1 || form[0] < 'A' || form[0] > 'Z' || form[1] != '-' || form[2] < 'A' ||
        form[2] > 'Z') {
      continue;
    }
    const std::string_view rest = form.substr(kPrefix);
    const bool period = period_follows(document, t);
    std::string with_period(rest);
    with_period += '.';
    if (!(period && (abbreviation(rest) || initials(rest) || state_or_country(lexicon, with_period))) &&
        !state_or_country(lexicon, rest)) {
      continue;
    }
    Mention state;
    state.span = Span{document.tokens[t].span.begin + static_cast<uint32_t>(kPrefix),
                      period ? document.tokens[t + 1].span.end : document.tokens[t].span.end};
    state.type = EntityType::kGpe;
    state.first_token = t;
    state.token_count = period ? 2 : 1;
    state.confidence = kBoundaryConfidence;
    states.push_back(state);
  }
  if (states.empty()) return;
  // before[t]: how many codes stand in the tokens before t, so each name is checked at once.
  std::vector<uint32_t> before(document.tokens.size() + 1, 0);
  for (const Mention& state : states) before[state.first_token + 1] = 1;
  for (size_t t = 1; t < before.size(); ++t) before[t] += before[t - 1];
  std::erase_if(document.mentions, [&](const Mention& m) {
    const size_t end = std::min<size_t>(size_t{m.first_token} + m.token_count, document.tokens.size());
    return m.first_token < end && before[end] > before[m.first_token];
  });
  document.mentions.insert(document.mentions.end(), states.begin(), states.end());
  std::stable_sort(document.mentions.begin(), document.mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
}

}  // namespace dossier::entities
