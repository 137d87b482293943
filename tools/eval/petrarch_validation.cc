#include "eval/petrarch_validation.h"

#include <cstdio>
#include <map>
#include <optional>
#include <set>

#include "eval/strings.h"
#include "events/coder.h"
#include "events/verb_file.h"
#include "lexicon/lexicon_builder.h"
#include "text/text_stage.h"
#include "util/file.h"

namespace dossier::eval {
namespace {

std::string unescape(std::string s) {
  const std::pair<std::string_view, std::string_view> kEntities[] = {
      {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}};
  for (const auto& [from, to] : kEntities) {
    for (size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) {
      s.replace(p, from.size(), to);
    }
  }
  return s;
}

// The value of attribute `name` in a tag's text ("name = \"v\"" spacing tolerated), or "".
std::string attribute(std::string_view tag, std::string_view name) {
  for (size_t p = tag.find(name); p != std::string_view::npos; p = tag.find(name, p + 1)) {
    if (p > 0 && tag[p - 1] != ' ' && tag[p - 1] != '\t' && tag[p - 1] != '\n') continue;
    size_t q = p + name.size();
    while (q < tag.size() && tag[q] == ' ') ++q;
    if (q >= tag.size() || tag[q] != '=') continue;
    ++q;
    while (q < tag.size() && tag[q] == ' ') ++q;
    if (q >= tag.size() || tag[q] != '"') continue;
    const size_t end = tag.find('"', q + 1);
    if (end == std::string_view::npos) return {};
    return std::string(tag.substr(q + 1, end - q - 1));
  }
  return {};
}

std::string spaced(std::string_view upper) {
  std::string out;
  for (const char c : upper) out += c == '_' ? ' ' : c;
  return trim(out);
}

std::string strip_comments(std::string_view line) {
  std::string_view l = line;
  if (const size_t hash = l.find('#'); hash != std::string_view::npos) l = l.substr(0, hash);
  if (const size_t open = l.find("<!"); open != std::string_view::npos) l = l.substr(0, open);
  return std::string(l);
}

int32_t parse_date(std::string_view s) {
  std::string digits;
  for (const char c : s) {
    if (c >= '0' && c <= '9') digits += c;
  }
  if (digits.size() == 8) return std::stoi(digits);
  if (digits.size() == 6) {
    const int yy = std::stoi(digits.substr(0, 2));
    return (yy < 30 ? 20000000 : 19000000) + std::stoi(digits);
  }
  return 0;
}

struct ActorRecord {
  std::vector<std::string> names;
  std::string code;
  std::vector<lexicon::DatedCodeSpec> dated;
};

// "[CODE]", "[CODE < 950601]", "[CODE 19950601 - 19990815]", "[CODE >990816]"; "A/B" keeps A.
void read_code(std::string_view bracket, ActorRecord& r) {
  const size_t open = bracket.find('['), close = bracket.find(']');
  if (open == std::string_view::npos || close == std::string_view::npos || close < open) return;
  std::string inside = trim(bracket.substr(open + 1, close - open - 1));
  const size_t space = inside.find_first_of(" \t<>");
  std::string code = space == std::string::npos ? inside : inside.substr(0, space);
  if (const size_t slash = code.find('/'); slash != std::string::npos) code = code.substr(0, slash);
  const std::string when = space == std::string::npos ? std::string() : trim(inside.substr(space));
  if (when.empty()) {
    r.code = code;
    return;
  }
  lexicon::DatedCodeSpec d{code, 0, 0};
  if (when[0] == '<') {
    d.to = parse_date(when.substr(1));
  } else if (when[0] == '>') {
    d.from = parse_date(when.substr(1));
  } else if (const size_t dash = when.find('-'); dash != std::string::npos) {
    d.from = parse_date(when.substr(0, dash));
    d.to = parse_date(when.substr(dash + 1));
  }
  r.dated.push_back(d);
}

std::vector<ActorRecord> read_actors(std::string_view text) {
  std::vector<ActorRecord> out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string raw(text.substr(pos, end - pos));
    pos = end + 1;
    const std::string line = strip_comments(raw);
    const std::string t = trim(line);
    if (t.empty()) continue;
    if (t[0] == '[' && !out.empty()) {
      read_code(t, out.back());
    } else if (t[0] == '+' && !out.empty()) {
      out.back().names.push_back(spaced(t.substr(1)));
    } else if (t[0] != '!' && t[0] != '<') {
      ActorRecord r;
      const size_t open = t.find('[');
      r.names.push_back(spaced(t.substr(0, open)));
      if (open != std::string::npos) read_code(t.substr(open), r);
      out.push_back(std::move(r));
    }
  }
  return out;
}

std::string regular_plural(const std::string& s) {
  if (s.ends_with("SS")) return s + "ES";
  if (s.size() > 1 && s.back() == 'Y' && std::string_view("AEIOU").find(s[s.size() - 2]) == std::string_view::npos) {
    return s.substr(0, s.size() - 1) + "IES";
  }
  return s + "S";
}

void add_agents(lexicon::LexiconBuilder& b, std::string_view text) {
  std::map<std::string, std::vector<std::string>> macros;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string t = trim(strip_comments(text.substr(pos, end - pos)));
    pos = end + 1;
    if (t.empty() || t[0] == '<') continue;
    if (t[0] == '!' && t.find('=') != std::string::npos) {
      const size_t eq = t.find('=');
      std::vector<std::string>& values = macros[trim(t.substr(0, eq))];
      std::string rest = t.substr(eq + 1);
      for (size_t b2 = 0, c = 0; c <= rest.size(); ++c) {
        if (c == rest.size() || rest[c] == ',') {
          values.push_back(trim(rest.substr(b2, c - b2)));
          b2 = c + 1;
        }
      }
      continue;
    }
    const size_t open = t.find('[');
    if (open == std::string::npos) continue;
    std::string code;
    for (const char c : t.substr(open + 1, t.find_first_of("]}", open + 1) - open - 1)) {
      if (c != '~' && c != ' ') code += c;
    }
    std::string head = t.substr(0, open);
    std::optional<std::string> plural;
    if (const size_t brace = head.find('{'); brace != std::string::npos) {
      plural = trim(head.substr(brace + 1, head.find('}', brace) - brace - 1));
      head = head.substr(0, brace);
    }
    std::vector<std::string> phrases{trim(head)};
    for (const auto& [macro, values] : macros) {
      if (phrases[0].find(macro) == std::string::npos) continue;
      std::vector<std::string> expanded;
      for (const std::string& v : values) {
        std::string p = phrases[0];
        p.replace(p.find(macro), macro.size(), v);
        expanded.push_back(p);
      }
      phrases = expanded;
      plural = "";
    }
    for (const std::string& p : phrases) {
      if (p.empty() || code.empty()) continue;
      lexicon::EntrySpec e;
      e.kind = lexicon::Kind::kAgent;
      e.name = spaced(p);
      e.code = code;
      const uint32_t id = b.add(e);
      b.add_form(id, spaced(p), lexicon::FormKind::kName, lexicon::Shape::kAnyCase);
      const std::string pl = plural ? *plural : regular_plural(p);
      if (!pl.empty()) b.add_form(id, spaced(pl), lexicon::FormKind::kPlural, lexicon::Shape::kAnyCase);
    }
  }
}

}  // namespace

std::vector<ValidationRecord> parse_validation_records(std::string_view xml) {
  std::vector<ValidationRecord> out;
  for (size_t p = xml.find("<Sentence "); p != std::string_view::npos; p = xml.find("<Sentence ", p + 1)) {
    const size_t tag_end = xml.find('>', p);
    const size_t close = xml.find("</Sentence>", p);
    if (tag_end == std::string_view::npos || close == std::string_view::npos) break;
    const std::string_view tag = xml.substr(p, tag_end - p);
    const std::string_view body = xml.substr(tag_end, close - tag_end);
    ValidationRecord r;
    r.id = attribute(tag, "id");
    r.category = attribute(tag, "category");
    r.date = attribute(tag, "date");
    if (r.category == "ERROR") continue;
    for (size_t c = body.find("<EventCoding"); c != std::string_view::npos; c = body.find("<EventCoding", c + 1)) {
      const std::string_view ctag = body.substr(c, body.find('>', c) - c);
      if (attribute(ctag, "noevents") == "True") {
        r.no_events = true;
        continue;
      }
      r.expected.push_back({attribute(ctag, "sourcecode"), attribute(ctag, "targetcode"), attribute(ctag, "eventcode")});
    }
    const size_t t0 = body.find("<Text>"), t1 = body.find("</Text>");
    if (t0 == std::string_view::npos || t1 == std::string_view::npos) continue;
    std::string text;
    for (const char c : body.substr(t0 + 6, t1 - t0 - 6)) text += (c == '\n' || c == '\r') ? ' ' : c;
    r.text = unescape(trim(text));
    out.push_back(std::move(r));
  }
  return out;
}

lexicon::Lexicon petrarch_lexicon(std::string_view actors, std::string_view agents, const std::string& name) {
  lexicon::LexiconBuilder b;
  for (const ActorRecord& r : read_actors(actors)) {
    if (r.names.empty() || r.names[0].empty()) continue;
    lexicon::EntrySpec e;
    e.name = r.names[0];
    e.code = r.code;
    e.kind = !r.dated.empty() ? lexicon::Kind::kPerson
             : r.code.size() == 3 ? lexicon::Kind::kCountry
                                  : lexicon::Kind::kOrganization;
    if (e.kind == lexicon::Kind::kCountry) e.country = r.code;
    e.dated = r.dated;
    const uint32_t id = b.add(e);
    for (size_t i = 0; i < r.names.size(); ++i) {
      if (!r.names[i].empty()) {
        b.add_form(id, r.names[i], i == 0 ? lexicon::FormKind::kName : lexicon::FormKind::kAlias,
                   lexicon::Shape::kCapitalised);
      }
    }
  }
  add_agents(b, agents);
  return lexicon::Lexicon::from_bytes(b.file_bytes(), name);
}

std::string run_petrarch_validation(const std::string& petrarch, const std::string& codebook,
                                    std::ostream* details) {
  const std::string dicts = petrarch + "/dictionaries/";
  const events::Codebook book = events::parse_codebook(util::read_file(codebook + "/CAMEO.eventcodes.txt"),
                                                       util::read_file(codebook + "/CAMEO.goldsteinscale.txt"),
                                                       codebook + "/CAMEO.eventcodes.txt");
  const std::string verbs_path = dicts + "PETR.Validate.verbs.txt";
  const events::VerbDictionary verbs = events::parse_verb_file(util::read_file(verbs_path), book, verbs_path);
  const lexicon::Lexicon lexicon = petrarch_lexicon(util::read_file(dicts + "PETR.Validate.actors.txt"),
                                                    util::read_file(dicts + "PETR.Validate.agents.txt"),
                                                    dicts + "PETR.Validate.actors.txt");
  // The suite's verb file codes in its own (WEIS-like) scheme: no CAMEO frames.
  const events::EventCoder coder(verbs, lexicon, events::CoderOptions{false});
  const std::vector<ValidationRecord> records =
      parse_validation_records(util::read_file(petrarch + "/validation/PETR.UnitTest.records.xml"));
  size_t expected = 0, code_found = 0, triple_found = 0, quiet_n = 0, quiet_ok = 0, exact = 0, scored = 0;
  std::map<std::string, std::pair<size_t, size_t>> by_category;  // records exact / records
  for (const ValidationRecord& r : records) {
    Document doc;
    doc.id = r.id;
    doc.text = r.text;
    if (const int32_t d = parse_date(r.date); d > 0) doc.meta.date = CivilDate{d / 10000, d / 100 % 100, d % 100};
    text::segment(doc);
    coder.code(doc);
    std::set<std::string> sys_codes, want_codes;
    std::set<std::string> sys_triples;
    for (const Event& e : doc.events) {
      sys_codes.insert(e.code);
      sys_triples.insert(e.source_code + "|" + e.target_code + "|" + e.code);
    }
    for (const ExpectedEvent& e : r.expected) {
      want_codes.insert(e.code);
      ++expected;
      code_found += sys_codes.count(e.code) > 0;
      triple_found += sys_triples.count(e.source + "|" + e.target + "|" + e.code) > 0;
    }
    if (r.no_events && r.expected.empty()) {
      ++quiet_n;
      quiet_ok += doc.events.empty();
    }
    const bool same = sys_codes == want_codes;
    if (details != nullptr) {
      *details << (same ? "OK   " : "MISS ") << r.id << " " << r.category << "\n  " << r.text << "\n  want:";
      for (const ExpectedEvent& e : r.expected) *details << " " << e.source << "|" << e.target << "|" << e.code;
      *details << "\n  sys: ";
      for (const std::string& t : sys_triples) *details << " " << t;
      *details << "\n";
    }
    ++scored;
    exact += same;
    auto& c = by_category[r.category];
    c.first += same;
    ++c.second;
  }
  const auto pct = [](size_t a, size_t b) { return b == 0 ? 0.0 : 100.0 * static_cast<double>(a) / static_cast<double>(b); };
  std::string out;
  char line[512];
  std::snprintf(line, sizeof line,
                "PETRARCH2 validation records: %zu (ERROR records left out), suite dictionaries %s\n"
                "expected events whose code the coder gives     %5.1f%%  (%zu/%zu)\n"
                "expected events given with both actor codes    %5.1f%%  (%zu/%zu)\n"
                "records expecting no event left without one    %5.1f%%  (%zu/%zu)\n"
                "records whose set of codes agrees exactly      %5.1f%%  (%zu/%zu)\n",
                records.size(), dicts.c_str(), pct(code_found, expected), code_found, expected,
                pct(triple_found, expected), triple_found, expected, pct(quiet_ok, quiet_n), quiet_ok, quiet_n,
                pct(exact, scored), exact, scored);
  out += line;
  out += "by category (exact records):";
  for (const auto& [cat, c] : by_category) out += " " + cat + " " + std::to_string(c.first) + "/" + std::to_string(c.second);
  std::snprintf(line, sizeof line, "\nSCORE petrarch_validation code_agreement=%.1f%% triple_agreement=%.1f%% exact=%.1f%%\n",
                pct(code_found, expected), pct(triple_found, expected), pct(exact, scored));
  out += line;
  return out;
}

}  // namespace dossier::eval
