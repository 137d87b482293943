// Invented news articles for the store tests and benchmarks: short reports of one made-up story,
// varied by a number, written as JSON Lines (id, date, source, title, text).
#ifndef DOSSIER_TESTS_E2E_INVENTED_CORPUS_H_
#define DOSSIER_TESTS_E2E_INVENTED_CORPUS_H_

#include <array>
#include <string>

namespace dossier::testing {

// Articles first..first+count-1, one JSON line each.
inline std::string invented_articles(size_t first, size_t count) {
  static constexpr std::array<const char*, 6> kPeople = {
      "Mara Velden", "Tomas Okoro", "Ines Halloran", "Pavel Dresner", "Lucia Amberg", "Jonah Keel"};
  static constexpr std::array<const char*, 5> kPlaces = {"Brisk", "Tallow Bay", "Orrin", "Kessel Ford", "Marrow"};
  static constexpr std::array<const char*, 4> kBodies = {
      "the Harbour Authority", "the Northern Rail Union", "the Ministry of Transport", "the Coastal Council"};
  static constexpr std::array<const char*, 4> kActs = {"met", "criticised", "praised", "visited"};
  std::string out;
  for (size_t n = first; n < first + count; ++n) {
    const std::string person = kPeople[n % kPeople.size()];
    const std::string other = kPeople[(n / 3 + 1) % kPeople.size()];
    const std::string place = kPlaces[n % kPlaces.size()];
    const std::string body = kBodies[(n / 2) % kBodies.size()];
    const std::string act = kActs[(n / 5) % kActs.size()];
    const int day = static_cast<int>(n % 28) + 1;
    const std::string date = "2026-03-" + std::string(day < 10 ? "0" : "") + std::to_string(day);
    const std::string text =
        "Strike talks resume in " + place + " (report " + std::to_string(n) + ")\\n\\n" + place +
        " - " + person + ", who leads " + body + ", " + act + " " + other + " on Tuesday as the port strike " +
        "entered its " + std::to_string(n % 40 + 2) + "th day. \\\"We will not sign an agreement that cuts " +
        std::to_string(n % 9 + 1) + "00 jobs,\\\" " + person + " said.\\n\\n" + other +
        " said the talks in " + place + " would go on until Friday and that " + body +
        " had offered a pay rise of " + std::to_string(n % 7 + 2) + " percent.\\n";
    out += "{\"id\": \"port-" + std::to_string(n) + "\", \"date\": \"" + date +
           "\", \"source\": \"Invented Wire\", \"title\": \"Strike talks resume in " + place +
           "\", \"text\": \"" + text + "\"}\n";
  }
  return out;
}

}  // namespace dossier::testing

#endif  // DOSSIER_TESTS_E2E_INVENTED_CORPUS_H_
