#include "sample_text.h"

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <random>

#include "util/file.h"

namespace dossier::bench {
namespace {

// Templates with slots: {P} person, {T} title, {O} organisation, {L} place, {N} number,
// {D} day. Written for the benchmark; they carry the constructions the segmenter must handle.
constexpr const char* kTemplates[] = {
    "{T} {P} said on {D} that the talks in {L} would resume next week.",
    "\u201cWe are not going to accept this,\u201d {P} told reporters in {L}.",
    "The {O} reported a loss of ${N} million, or {N} cents a share, for the quarter.",
    "Officials in {L} said at least {N} people were killed and {N} injured.",
    "According to the U.S. State Department, the aid will arrive by Jan. {N}.",
    "{P}, a spokesman for the {O}, declined to comment on the report.",
    "Prices rose {N}.{N}% in {L}, the highest rate since the early 1990s.",
    "\"It's a difficult situation,\" said {T} {P}. \"But we'll get through it.\"",
    "The vote, which had been delayed twice, passed {N}-{N} late on {D}.",
    "Lt. Gen. {P} met Sen. {P} and Gov. {P} in {L} on {D}.",
    "Shares of {O} Inc. fell {N} percent to ${N}.{N} in New York trading.",
    "Residents of {L} \u2014 many of them farmers \u2014 fled toward the border.",
    "Why would anyone do this? {P} asked. Nobody had an answer.",
    "The report (published on {D}) blamed the {O} for the delays.",
    "{P} and {P} were among the {N} candidates who filed by the deadline.",
    "Witnesses said the convoy left {L} around {N} p.m. and reached {L} by dawn.",
};
constexpr const char* kPeople[] = {"Amara Okafor", "Jonas Lindqvist", "Mei-Ling Tsai", "Rafael Ortega",
                                   "Fatima al-Rashid", "J. P. Morrow", "Siobhan O'Neill", "Dmitri Volkov",
                                   "Ngozi Adeyemi", "Hélène Marchetti"};
constexpr const char* kTitles[] = {"Mr.", "Ms.", "Dr.", "President", "Minister", "Prof."};
constexpr const char* kOrganisations[] = {"Northern Grid", "United Harbour Authority", "Acme Freight",
                                          "Council of Ministers", "Red Crescent", "Central Bank"};
constexpr const char* kPlaces[] = {"Port Amara", "Lisbon", "Nairobi", "São Paulo", "Kraków",
                                   "the capital", "Ho Chi Minh City", "Geneva"};
constexpr const char* kDays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                                 "Sunday"};

template <size_t N>
const char* pick(const char* const (&items)[N], std::mt19937& rng) {
  return items[std::uniform_int_distribution<size_t>(0, N - 1)(rng)];
}

std::string fill(const std::string& pattern, std::mt19937& rng) {
  std::string out;
  for (size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] != '{' || i + 2 >= pattern.size() || pattern[i + 2] != '}') {
      out += pattern[i];
      continue;
    }
    switch (pattern[i + 1]) {
      case 'P': out += pick(kPeople, rng); break;
      case 'T': out += pick(kTitles, rng); break;
      case 'O': out += pick(kOrganisations, rng); break;
      case 'L': out += pick(kPlaces, rng); break;
      case 'D': out += pick(kDays, rng); break;
      default: out += std::to_string(std::uniform_int_distribution<int>(2, 950)(rng)); break;
    }
    i += 2;
  }
  return out;
}

std::string generated_article(std::mt19937& rng) {
  std::string text = fill("Talks resume in {L} as {O} weighs new offer\n\n", rng);
  const int paragraphs = std::uniform_int_distribution<int>(4, 12)(rng);
  for (int p = 0; p < paragraphs; ++p) {
    const int sentences = std::uniform_int_distribution<int>(1, 4)(rng);
    for (int s = 0; s < sentences; ++s) {
      if (s > 0) text += ' ';
      text += fill(pick(kTemplates, rng), rng);
    }
    text += "\n\n";
  }
  return text;
}

}  // namespace

std::vector<std::string> sample_articles(size_t target_bytes) {
  std::vector<std::string> articles;
  if (const char* path = std::getenv("DOSSIER_BENCH_TEXT"); path != nullptr && *path != '\0') {
    namespace fs = std::filesystem;
    if (fs::is_directory(path)) {
      for (const auto& entry : fs::recursive_directory_iterator(path)) {
        if (entry.is_regular_file() && entry.path().extension() == ".txt") {
          articles.push_back(util::read_file(entry.path().string()));
        }
      }
    } else {
      articles.push_back(util::read_file(path));
    }
    if (!articles.empty()) return articles;
  }
  std::mt19937 rng(7);
  size_t bytes = 0;
  while (bytes < target_bytes) {
    articles.push_back(generated_article(rng));
    bytes += articles.back().size();
  }
  return articles;
}

}  // namespace dossier::bench
