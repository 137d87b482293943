#include "corpus/figures.h"

#include <unicode/locid.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <cmath>
#include <memory>
#include <optional>

#include "corpus/words.h"
#include "text/fold.h"

namespace dossier::corpus {
namespace {

// One word or number of a sentence, or a break (punctuation that ends a phrase).
struct Item {
  enum class Kind : uint8_t { kWord, kNumber, kBreak } kind = Kind::kWord;
  std::string text;  // lower-cased word; for a number, the digits as written
  double value = 0;
  uint32_t token = 0;
  bool capitalised = false;
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A number written in digits at the start of form ("1,200", "3.5"); nullopt when none.
std::optional<double> leading_number(std::string_view form, size_t& used) {
  std::string digits;
  size_t i = 0;
  while (i < form.size()) {
    const char c = form[i];
    if (is_digit(c)) {
      digits.push_back(c);
    } else if ((c == ',' || c == '.') && i + 1 < form.size() && is_digit(form[i + 1]) &&
               !digits.empty()) {
      if (c == '.') digits.push_back('.');
    } else {
      break;
    }
    ++i;
  }
  used = i;
  if (digits.empty()) return std::nullopt;
  return std::stod(digits);
}

// A token ending in a currency sign ("$", "US$", "£", "€", "¥"): the next number is money.
bool is_currency(std::string_view form) {
  for (const std::string_view sign : {"$", "\u00a3", "\u20ac", "\u00a5"}) {
    if (form.size() >= sign.size() && form.substr(form.size() - sign.size()) == sign) return true;
  }
  return false;
}

bool ends_phrase(std::string_view form) {
  if (form.empty()) return false;
  const char last = form.back();
  return last == ',' || last == ';' || last == ':' || last == '.' || last == '!' || last == '?' ||
         last == ')' || last == '"';
}

// The qualifier before a number and the values it allows around v.
struct Qualifier {
  size_t words = 0;
  double low = 0;
  double high = 0;
};

Qualifier qualify(const std::vector<Item>& items, size_t number, double v) {
  const auto word = [&](size_t back) -> std::string_view {
    if (number < back) return {};
    const Item& item = items[number - back];
    return item.kind == Item::Kind::kWord ? std::string_view(item.text) : std::string_view();
  };
  const double inf = std::numeric_limits<double>::infinity();
  const std::string_view w1 = word(1);
  const std::string_view w2 = word(2);
  if (w1 == "least" && w2 == "at") return {2, v, inf};
  if (w1 == "than" && (w2 == "more" || w2 == "over")) return {2, std::nextafter(v, inf), inf};
  if (w1 == "than" && (w2 == "fewer" || w2 == "less")) return {2, 0, std::nextafter(v, 0.0)};
  if (w1 == "to" && w2 == "up") return {2, 0, v};
  if (w1 == "over") return {1, std::nextafter(v, inf), inf};
  if (w1 == "nearly" || w1 == "almost") return {1, 0.8 * v, v};
  if (w1 == "about" || w1 == "around" || w1 == "approximately" || w1 == "roughly" ||
      w1 == "some" || w1 == "estimated") {
    return {1, 0.8 * v, 1.2 * v};
  }
  return {0, v, v};
}

// Reads the number phrase at items[i] ("1.5 million", "twenty one", "two dozen"): its value and
// the index past it; end == i when there is none.
double number_phrase(const std::vector<Item>& items, size_t i,
                     const std::unordered_map<std::string, double>& words, size_t& end) {
  double total = 0;
  double current = 0;
  bool any = false;
  size_t j = i;
  for (; j < items.size(); ++j) {
    const Item& item = items[j];
    if (item.kind == Item::Kind::kNumber) {
      if (any) break;
      current = item.value;
      any = true;
      continue;
    }
    if (item.kind != Item::Kind::kWord) break;
    double v = 0;
    if (item.text == "dozen") {
      v = 12;
      current = (current > 0 ? current : 1) * v;
      any = true;
      continue;
    }
    const auto it = words.find(item.text);
    if (it == words.end()) break;
    v = it->second;
    if (v == 100) {
      current = (current > 0 ? current : 1) * v;
    } else if (v >= 1000) {
      total += (current > 0 ? current : 1) * v;
      current = 0;
    } else if (!any || (current >= 20 && std::fmod(current, 10) == 0 && v < 10) ||
               std::fmod(current, 100) == 0) {
      current += v;
    } else {
      break;
    }
    any = true;
  }
  end = any ? j : i;
  return total + current;
}

}  // namespace

FigureReader::FigureReader() {
  UErrorCode status = U_ZERO_ERROR;
  icu::RuleBasedNumberFormat spellout(icu::URBNF_SPELLOUT, icu::Locale::getEnglish(), status);
  if (U_FAILURE(status)) return;
  const auto add = [&](double n) {
    icu::UnicodeString out;
    spellout.format(n, out);
    std::string spelled;
    out.toUTF8String(spelled);
    const std::string word = text::fold_case(spelled);
    if (word.find_first_of(" -") == std::string::npos) number_words_.emplace(word, n);
  };
  for (int n = 2; n < 100; ++n) add(n);
  for (const double n : {100.0, 1e3, 1e6, 1e9}) add(n);
}

namespace {

bool is_content(const Item& item, const TermModel& model) {
  return item.text.size() > 1 && !model.is_stopword(item.text);
}

// "and", "or", "but" end the clause of a figure: "killed 19 people and brought down the government".
bool coordinator(std::string_view word) { return word == "and" || word == "or" || word == "but"; }

// The first content word in items [from, from + reach) before a break or a coordinator; npos when none.
size_t content_after(const std::vector<Item>& items, size_t from, size_t reach, const TermModel& model,
                     const std::unordered_map<std::string, double>& number_words) {
  for (size_t k = from; k < items.size() && k < from + reach; ++k) {
    if (items[k].kind != Item::Kind::kWord || number_words.contains(items[k].text) || coordinator(items[k].text)) {
      return std::string::npos;
    }
    if (is_content(items[k], model)) return k;
  }
  return std::string::npos;
}

// The nearest content word in the `reach` items before `before`, not across a break.
size_t content_before(const std::vector<Item>& items, size_t before, size_t reach, const TermModel& model,
                      const std::unordered_map<std::string, double>& number_words) {
  for (size_t k = before; k-- > 0 && before - k <= reach;) {
    if (items[k].kind != Item::Kind::kWord || number_words.contains(items[k].text)) {
      return std::string::npos;
    }
    if (is_content(items[k], model)) return k;
  }
  return std::string::npos;
}

void read_sentence(const Document& doc, uint32_t sentence, uint32_t body_rank, const std::vector<Item>& items,
                   const std::unordered_map<std::string, double>& number_words, const TermModel& model,
                   Stemmer& stemmer, std::vector<Figure>& out) {
  size_t i = 0;
  while (i < items.size()) {
    size_t end = i;
    const double value = number_phrase(items, i, number_words, end);
    if (end == i) {
      ++i;
      continue;
    }
    const size_t start = i;
    i = end;
    const bool lone_digits = end == start + 1 && items[start].kind == Item::Kind::kNumber &&
                             items[start].text.find_first_of(",.") == std::string::npos;
    if (lone_digits && value >= 1000 && value <= 2100) continue;  // a year
    // Beside a capitalised word, a number is part of a date or a name ("March 12", "Apollo 11").
    if (start > 1 && items[start - 1].kind == Item::Kind::kWord && items[start - 1].capitalised) continue;
    if (end < items.size() && items[end].kind == Item::Kind::kWord &&
        (items[end].capitalised || items[end].text == "percent" ||
         (items[end].text == "per" && end + 1 < items.size() && items[end + 1].text == "cent"))) {
      continue;
    }
    const size_t noun = content_after(items, end, 3, model, number_words);
    if (noun == std::string::npos || items[noun].capitalised) continue;
    const Qualifier q = qualify(items, start, value);
    const size_t first = start - q.words;
    // What happened to what is counted: the verb right before the number ("killed 19 people"),
    // else a content word soon after the noun within its clause ("19 people were killed"), else
    // one shortly before.
    size_t outcome = first > 0 && is_content(items[first - 1], model) ? first - 1 : std::string::npos;
    if (outcome == std::string::npos) outcome = content_after(items, noun + 1, 3, model, number_words);
    if (outcome == std::string::npos) outcome = content_before(items, first, 2, model, number_words);
    if (outcome != std::string::npos && items[outcome].capitalised) outcome = std::string::npos;
    Figure f;
    f.value = value;
    f.low = q.low;
    f.high = q.high;
    f.quantity = std::string(stemmer.stem(items[noun].text));
    f.label = items[noun].text;
    if (outcome != std::string::npos) {
      f.quantity += ' ';
      f.quantity += stemmer.stem(items[outcome].text);
      f.label = outcome > noun ? f.label + " " + items[outcome].text : items[outcome].text + " " + f.label;
    }
    const uint32_t begin = doc.tokens[items[first].token].span.begin;
    const uint32_t number_end = doc.tokens[items[end - 1].token].span.end;
    f.text = std::string(doc.slice({begin, number_end}));
    f.span = {begin, doc.tokens[items[noun].token].span.end};
    f.sentence = sentence;
    f.body_sentence = body_rank;
    out.push_back(std::move(f));
  }
}

}  // namespace

std::vector<Figure> FigureReader::read(const Document& doc, const TermModel& model) const {
  std::vector<Figure> out;
  WordReader reader;
  Stemmer stemmer;
  std::vector<Item> items;
  uint32_t body_rank = 0;
  size_t next_time = 0;  // the first time expression that may cover the current token
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    if (!doc.is_body(sentence)) continue;
    ++body_rank;
    items.clear();
    for (uint32_t t = sentence.first_token; t < sentence.first_token + sentence.token_count; ++t) {
      // Numbers and words of a time expression ("three weeks after", "last week") count nothing.
      const Span token = doc.tokens[t].span;
      while (next_time < doc.times.size() && doc.times[next_time].span.end <= token.begin) ++next_time;
      if (next_time < doc.times.size() && doc.times[next_time].span.begin <= token.begin) {
        items.push_back({Item::Kind::kBreak, {}, 0, t, false});
        continue;
      }
      const std::string_view form = doc.token_form(t);
      size_t used = 0;
      if (const auto number = leading_number(form, used)) {
        // The tokenizer may keep "40%" whole or split it into "40" "%".
        const uint32_t next = t + 1;
        const bool percent = (used < form.size() && form[used] == '%') ||
                             (used == form.size() && next < sentence.first_token + sentence.token_count &&
                              doc.token_form(next).starts_with('%'));
        const bool money = t > sentence.first_token && is_currency(doc.token_form(t - 1));
        if (!percent && !money) items.push_back({Item::Kind::kNumber, std::string(form.substr(0, used)), *number, t, false});
        if (percent || money || used < form.size()) items.push_back({Item::Kind::kBreak, {}, 0, t, false});
        continue;
      }
      size_t pos = 0;
      while (reader.next_run(form, pos)) {
        const Word w = reader.current();
        items.push_back({Item::Kind::kWord, std::string(w.text), 0, t, w.capitalised});
      }
      if (ends_phrase(form) || pos == 0) items.push_back({Item::Kind::kBreak, {}, 0, t, false});
    }
    read_sentence(doc, s, body_rank - 1, items, number_words_, model, stemmer, out);
  }
  return out;
}

}  // namespace dossier::corpus
