// Speakers as entities: the mention in the speaker span, pronouns and descriptions through the
// entity layer's chains, a fallback for pronouns when no chain resolves them, and the grouping
// of unnamed sources ("a senior EU official" ... "the official").
#include <algorithm>
#include <map>
#include <string>

#include "quotes/quote_stage.h"
#include "quotes/units.h"
#include "text/closed_class.h"
#include "text/fold.h"
#include "util/span_index.h"

namespace dossier::quotes {
namespace {

int rank(const Mention& m) {
  int r = m.kind == MentionKind::kName ? 0 : m.kind == MentionKind::kNominal ? 2 : 4;
  if (m.type != EntityType::kPerson) ++r;
  return r;
}

// A place names the speaker as the head of the phrase ("Moscow said", "the Kremlin") or as the
// state behind one of its bodies ("Russia's foreign ministry"), not as where the speakers are:
// "Prosecutors in Lesna", "Residents of Orlje", nor as the attribute of a person's noun ("the
// Valdoria senator", "a Lesna official").
bool place_modifier(const Document& doc, const Mention& m, Span speaker) {
  if (m.type != EntityType::kGpe && m.type != EntityType::kLoc) return false;
  if (m.span.end < speaker.end) {
    const std::string_view after = doc.slice({m.span.end, speaker.end});
    if (after.size() > 1 && after[0] == ' ' && after[1] >= 'a' && after[1] <= 'z') return true;
  }
  if (m.span.begin > speaker.begin) {
    std::string_view before = doc.slice({speaker.begin, m.span.begin});
    while (!before.empty() && (before.back() == ' ' || before.back() == '\n')) before.remove_suffix(1);
    if (!before.empty() && before != "the" && before != "The") return true;
  }
  return false;
}

// "Okafor's lawyers", "Okafor’s aide": a person's name as the possessor in the speaker phrase
// names someone else, an unnamed speaker (audit guidelines); an organisation's stays the
// speaker's ("Kestrel's spokesman" speaks for Kestrel).
bool person_possessor(const Document& doc, const Mention& m, Span speaker) {
  if (m.type != EntityType::kPerson || m.span.end >= speaker.end) return false;
  const std::string_view after = doc.slice({m.span.end, speaker.end});
  return after.starts_with("'s ") || after.starts_with("\xE2\x80\x99s ");
}

// The mention naming the speaker: a person's name first, then another name, then a description
// or pronoun; the earliest of equal rank. mentions: the index of doc.mentions.
int32_t mention_in(const Document& doc, const util::SpanIndex& mentions, Span speaker) {
  int32_t best = -1;
  for (const uint32_t i : mentions.overlapping(speaker)) {
    const Mention& m = doc.mentions[i];
    if (place_modifier(doc, m, speaker) || person_possessor(doc, m, speaker)) continue;
    if (best < 0 || rank(m) < rank(doc.mentions[static_cast<size_t>(best)])) {
      best = static_cast<int32_t>(i);
    }
  }
  return best;
}

util::SpanIndex mention_index(const Document& doc) {
  return util::SpanIndex::of(doc.mentions, [](const Mention& m) { return m.span; });
}

bool is_person_name(const Document& doc, int32_t m) {
  if (m < 0) return false;
  const Mention& mention = doc.mentions[static_cast<size_t>(m)];
  return mention.kind == MentionKind::kName && mention.type == EntityType::kPerson;
}

// resolve_pronoun_fallback with the last person's name before an offset given by last_name_before.
template <class LastNameBefore>
int32_t pronoun_fallback(const Document& doc, size_t quote, const LastNameBefore& last_name_before) {
  const int32_t nearest = last_name_before(doc.quotes[quote].speaker_span.begin);
  if (nearest >= 0) return nearest;
  for (size_t q = quote; q-- > 0;) {
    if (is_person_name(doc, doc.quotes[q].speaker_mention)) return doc.quotes[q].speaker_mention;
  }
  return -1;
}

// The last person's name among the mentions before the first that ends after an offset (the
// scan of resolve_pronoun_fallback), in O(log n).
class LastPersonName {
 public:
  explicit LastPersonName(const Document& doc) {
    uint32_t reach = 0;
    for (uint32_t m = 0; m < doc.mentions.size(); ++m) {
      reach = std::max(reach, doc.mentions[m].span.end);
      reach_.push_back(reach);
      if (is_person_name(doc, static_cast<int32_t>(m))) names_.push_back(m);
    }
  }
  int32_t operator()(uint32_t offset) const {
    const auto stop = static_cast<uint32_t>(std::upper_bound(reach_.begin(), reach_.end(), offset) - reach_.begin());
    const auto after = std::lower_bound(names_.begin(), names_.end(), stop);
    return after == names_.begin() ? -1 : static_cast<int32_t>(*(after - 1));
  }

 private:
  std::vector<uint32_t> reach_;  // reach_[m]: the largest end of mentions 0..m
  std::vector<uint32_t> names_;  // the person names, ascending
};

// The word layer's classes of a folded word (no verb classes).
uint64_t classes_of(std::string_view folded) { return text::ClosedClasses::builtin().of(folded); }

bool is_pronoun_text(std::string_view text) { return (classes_of(text::fold_case(text)) & kPronoun) != 0; }

// Words of a speaker phrase, case-folded.
std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    const bool part = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c & 0x80) || c == '-';
    if (part) {
      word.push_back(c);
    } else if (!word.empty()) {
      words.push_back(text::fold_case(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(text::fold_case(word));
  return words;
}

// The head noun of a description: its last word before a preposition ("official" in "a senior
// official with the ministry"), singular.
std::string head_of(const std::vector<std::string>& words) {
  std::string head;
  for (size_t i = 1; i < words.size(); ++i) {
    if (classes_of(words[i]) & (kPreposition | kSubordinator)) break;
    head = words[i];
  }
  if (head.size() > 3 && head.back() == 's' && head[head.size() - 2] != 's') head.pop_back();
  return head;
}

// "a senior EU official", "two diplomats", "the official": a description without a name.
// Returns its head noun and whether it introduces a new source (indefinite) or refers back.
bool unnamed_source(const Document& doc, const util::SpanIndex& mentions, const Quote& quote, std::string& head,
                    bool& indefinite) {
  if (quote.speaker_span.empty()) return false;
  const std::string_view text = doc.slice(quote.speaker_span);
  const std::vector<std::string> words = words_of(text);
  if (words.size() < 2) return false;
  const uint64_t first = classes_of(words[0]);
  indefinite = (first & kIndefinite) != 0;
  if (!indefinite && words[0] != "the") return false;
  head = head_of(words);
  if (head.empty() || (classes_of(head) != 0)) return false;
  // A capital after the first word may be an organisation ("a senior EU official"), but a
  // person's name among the mentions makes the source named.
  const int32_t m = mention_in(doc, mentions, quote.speaker_span);
  if (m >= 0 && doc.mentions[static_cast<size_t>(m)].type == EntityType::kPerson &&
      doc.mentions[static_cast<size_t>(m)].kind == MentionKind::kName) {
    return false;
  }
  return true;
}

void group_unnamed_sources(Document& doc) {
  std::map<std::string, int32_t> group_of_head;
  std::map<std::string, int32_t, std::less<>> group_of_text;
  int32_t groups = 0;
  const util::SpanIndex mentions = mention_index(doc);
  for (Quote& quote : doc.quotes) {
    std::string head;
    bool indefinite = false;
    if (!unnamed_source(doc, mentions, quote, head, indefinite)) continue;
    const std::string_view text = doc.slice(quote.speaker_span);
    if (const auto it = group_of_text.find(text); it != group_of_text.end()) {
      quote.source_group = it->second;
    } else if (const auto h = group_of_head.find(head); !indefinite && h != group_of_head.end()) {
      quote.source_group = h->second;
    } else if (indefinite) {
      quote.source_group = groups++;
    } else {
      continue;  // "the minister": a definite description of no earlier unnamed source
    }
    group_of_text[std::string(text)] = quote.source_group;
    group_of_head[head] = quote.source_group;
  }
}

}  // namespace

int32_t resolve_pronoun_fallback(const Document& doc, size_t quote) {
  return pronoun_fallback(doc, quote, [&](uint32_t before) {
    int32_t last = -1;
    for (size_t m = 0; m < doc.mentions.size() && doc.mentions[m].span.end <= before; ++m) {
      if (is_person_name(doc, static_cast<int32_t>(m))) last = static_cast<int32_t>(m);
    }
    return last;
  });
}

namespace {

// A speech runs on over this many paragraph breaks at most before a pronoun needs its own
// antecedent.
constexpr size_t kSpeechReach = 2;

size_t block_of(const Document& doc, uint32_t offset) {
  const auto it = std::upper_bound(doc.blocks.begin(), doc.blocks.end(), offset,
                                   [](uint32_t o, const Block& b) { return o < b.span.begin; });
  return it == doc.blocks.begin() ? 0 : static_cast<size_t>(it - doc.blocks.begin() - 1);
}

// "he said" continuing the speech of the quote before it: the speaker of a continued speech stays
// the speaker until the text names another one as a speaker; a person named in between ("Ryan's
// office said ... Obama had called. “...,” he said") does not hand over. The quote before must be
// near, its speaker a resolved person, and its speaker phrase no pronoun of another person
// ("she" before "he").
int32_t continued_speaker(const Document& doc, size_t q) {
  if (q == 0) return -1;
  const Quote& quote = doc.quotes[q];
  const std::string pronoun = text::fold_case(doc.slice(quote.speaker_span));
  if (pronoun != "he" && pronoun != "she") return -1;
  const Quote& prev = doc.quotes[q - 1];
  if (prev.speaker_mention < 0 || block_of(doc, prev.span.end) + kSpeechReach < block_of(doc, quote.span.begin)) {
    return -1;
  }
  const Mention& m = doc.mentions[static_cast<size_t>(prev.speaker_mention)];
  if (m.type != EntityType::kPerson) return -1;
  const std::string before = text::fold_case(doc.slice(prev.speaker_span));
  if (is_pronoun_text(before) && before != pronoun) return -1;
  return prev.speaker_mention;
}

}  // namespace

OfficeHolders::OfficeHolders(const Document& doc) : doc_(doc) {
  for (uint32_t r = 0; r < doc.roles.size(); ++r) {
    const std::vector<std::string> title = words_of(doc.roles[r].title);
    if (!title.empty()) by_title_word_[title.back()].roles.push_back(r);
  }
  for (auto& [word, bucket] : by_title_word_) {
    bucket.min_begin_from.resize(bucket.roles.size());
    uint32_t low = UINT32_MAX;
    for (size_t i = bucket.roles.size(); i-- > 0;) {
      low = std::min(low, doc.roles[bucket.roles[i]].span.begin);
      bucket.min_begin_from[i] = low;
    }
  }
}

int32_t OfficeHolders::operator()(const Quote& quote) const {
  const std::vector<std::string> words = words_of(doc_.slice(quote.speaker_span));
  if (words.size() < 2 || words.front() != "the") return -1;
  const std::string head = head_of(words);
  if (head.empty()) return -1;
  const auto it = by_title_word_.find(head);
  if (it == by_title_word_.end()) return -1;
  // The latest role that starts before the speaker: every role after it starts at or after the
  // speaker, so the minimum begin from there on is the first that reaches the speaker.
  const Bucket& bucket = it->second;
  const auto end = std::lower_bound(bucket.min_begin_from.begin(), bucket.min_begin_from.end(),
                                    quote.speaker_span.begin);
  if (end == bucket.min_begin_from.begin()) return -1;
  const uint32_t role = bucket.roles[static_cast<size_t>(end - bucket.min_begin_from.begin()) - 1];
  return static_cast<int32_t>(doc_.roles[role].holder);
}

void resolve_speakers(Document& doc) {
  const util::SpanIndex mentions = mention_index(doc);
  const LastPersonName last_person_name(doc);
  const OfficeHolders office_holder(doc);
  for (size_t q = 0; q < doc.quotes.size(); ++q) {
    Quote& quote = doc.quotes[q];
    if (quote.speaker_span.empty()) continue;
    quote.speaker_mention = mention_in(doc, mentions, quote.speaker_span);
    if (const int32_t kept = continued_speaker(doc, q); kept >= 0) {
      quote.speaker_mention = kept;
      continue;
    }
    const bool linked = quote.speaker_mention >= 0 &&
                        doc.mentions[static_cast<size_t>(quote.speaker_mention)].chain >= 0;
    if (!linked && (quote.speaker_mention < 0 ||
                    doc.mentions[static_cast<size_t>(quote.speaker_mention)].kind != MentionKind::kName)) {
      if (const int32_t holder = office_holder(quote); holder >= 0) {
        quote.speaker_mention = holder;
        continue;
      }
    }
    if (!linked && is_pronoun_text(doc.slice(quote.speaker_span))) {
      const int32_t antecedent = pronoun_fallback(doc, q, last_person_name);
      if (antecedent >= 0) quote.speaker_mention = antecedent;
    }
  }
  group_unnamed_sources(doc);
}

void resolve_holders(Document& doc) {
  const util::SpanIndex mentions = mention_index(doc);
  const LastPersonName last_person_name(doc);
  for (Attribution& a : doc.attributions) {
    if (a.holder_span.empty()) continue;
    a.holder_mention = mention_in(doc, mentions, a.holder_span);
    const bool linked = a.holder_mention >= 0 && doc.mentions[static_cast<size_t>(a.holder_mention)].chain >= 0;
    if (!linked && is_pronoun_text(doc.slice(a.holder_span))) {
      const int32_t antecedent = last_person_name(a.holder_span.begin);
      if (antecedent >= 0) a.holder_mention = antecedent;
    }
  }
}

}  // namespace dossier::quotes
