// Phoenix.agents.txt: "POLICE {} [~COP]", "FOREIGN_MINISTER [~GOVFRM]", "!MINIST!_OF_DEFENSE
// [~GOVMIL]" with substitution sets "!MINIST! = MINISTER, MINISTRY, ..." and plurals made by the
// dictionary's rules ({} none, {FORM} given, else -S, -IES after a consonant, -ES after SS).
#include <fstream>
#include <optional>
#include <sstream>

#include "dossier/error.h"
#include "lexicon/fold.h"
#include "train/lexicon/compile.h"

namespace dossier::train::lexicon {
namespace {

using dossier::lexicon::kNone;
using dossier::lexicon::match_key;

std::string spaced(std::string_view raw) {
  std::string out;
  for (const char c : raw) out += c == '_' ? ' ' : c;
  const size_t b = out.find_first_not_of(' ');
  if (b == std::string::npos) return {};
  return out.substr(b, out.find_last_not_of(' ') - b + 1);
}

std::string regular_plural(const std::string& upper) {
  if (upper.ends_with("SS")) return upper + "ES";
  if (upper.size() > 1 && upper.back() == 'Y' &&
      std::string_view("AEIOU").find(upper[upper.size() - 2]) == std::string_view::npos) {
    return upper.substr(0, upper.size() - 1) + "IES";
  }
  return upper + "S";
}

struct AgentLine {
  std::string phrase;  // upper case, may hold !MACRO!
  std::optional<std::string> plural;  // nullopt: regular; "": none
  std::string code;
};

std::optional<AgentLine> parse_line(std::string_view line) {
  const size_t open = line.find('[');
  const size_t close = line.find_first_of("]}", open == std::string_view::npos ? 0 : open + 1);
  if (open == std::string_view::npos || close == std::string_view::npos) return std::nullopt;
  AgentLine out;
  std::string_view head = line.substr(0, open);
  if (const size_t brace = head.find('{'); brace != std::string_view::npos) {
    const size_t end = head.find('}', brace);
    out.plural = spaced(head.substr(brace + 1, end == std::string_view::npos ? 0 : end - brace - 1));
    head = head.substr(0, brace);
  }
  out.phrase = spaced(head);
  for (const char c : line.substr(open + 1, close - open - 1)) {
    if (c != '~' && c != ' ') out.code += c;
  }
  if (out.phrase.empty() || out.code.empty()) return std::nullopt;
  return out;
}

class Agents {
 public:
  explicit Agents(Gazetteer& g) : g_(g) {}
  void read(const std::string& path);

 private:
  void add(const std::string& phrase, const std::vector<std::string>& plurals,
           const std::string& code);
  Gazetteer& g_;
  std::map<std::string, std::vector<std::string>> macros_;
};

void Agents::add(const std::string& phrase, const std::vector<std::string>& plurals,
                 const std::string& code) {
  const std::string key = match_key(phrase);
  if (key.empty()) return;
  const std::string last = key.substr(key.rfind(' ') + 1);
  uint16_t flags = 0;
  if (g_.person_nouns.contains(key) || g_.person_nouns.contains(last)) {
    flags |= dossier::lexicon::kPersonNoun;
  }
  if (g_.title_nouns.contains(key) || g_.title_nouns.contains(last)) {
    flags |= dossier::lexicon::kTitle;
  }
  const uint32_t id = g_.add({Kind::kAgent, flags, dossier::lexicon::fold(phrase), "", code, 0,
                              kNone, {}});
  g_.agent_of_key.try_emplace(key, id);
  g_.builder.add_form(id, phrase, FormKind::kName, Shape::kAnyCase);
  for (const std::string& plural : plurals) {
    g_.builder.add_form(id, plural, FormKind::kPlural, Shape::kAnyCase);
  }
  g_.stats.add("agents.forms", 1 + plurals.size());
}

void Agents::read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(path + ": cannot read PETRARCH agents dictionary");
  std::string line;
  while (std::getline(in, line)) {
    if (const size_t hash = line.find('#'); hash != std::string::npos) line.resize(hash);
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    if (line[0] == '!' && line.find('=') != std::string::npos) {
      const std::string name = line.substr(0, line.find('!', 1) + 1);
      std::string list = line.substr(line.find('=') + 1);
      std::vector<std::string>& items = macros_[name];
      std::istringstream parts(list);
      for (std::string item; std::getline(parts, item, ',');) items.push_back(spaced(item));
      continue;
    }
    const auto parsed = parse_line(line);
    if (!parsed) continue;
    const size_t bang = parsed->phrase.find('!');
    const size_t bang_end = bang == std::string::npos ? bang : parsed->phrase.find('!', bang + 1);
    if (bang_end != std::string::npos) {
      // Every member of the substitution set, with no plural of its own.
      const std::string macro = parsed->phrase.substr(bang, bang_end - bang + 1);
      for (const std::string& item : macros_[macro]) {
        add(parsed->phrase.substr(0, bang) + item + parsed->phrase.substr(bang_end + 1), {},
            parsed->code);
      }
      continue;
    }
    std::vector<std::string> plurals;
    if (!parsed->plural) {
      plurals.push_back(regular_plural(parsed->phrase));
    } else if (!parsed->plural->empty()) {
      plurals.push_back(*parsed->plural);
    }
    add(parsed->phrase, plurals, parsed->code);
  }
}

}  // namespace

void add_agents(Gazetteer& g, const std::string& path) { Agents(g).read(path); }

}  // namespace dossier::train::lexicon
