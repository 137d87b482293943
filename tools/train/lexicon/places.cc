// Places: countries, former countries and subdivisions from Debian's iso-codes, English, short,
// variant and native names from ICU (CLDR), UN M.49 regions from ICU, cities from GeoNames.
#include <geonames.h>
#include <unicode/locdspnm.h>
#include <unicode/locid.h>
#include <unicode/region.h>
#include <unicode/ures.h>

#include <memory>
#include <nlohmann/json.hpp>

#include "dossier/error.h"
#include "lexicon/fold.h"
#include "train/lexicon/compile.h"
#include "util/file.h"

namespace dossier::train::lexicon {
namespace {

using dossier::lexicon::EntryFlag;
using dossier::lexicon::kNone;
using dossier::lexicon::match_key;
using nlohmann::json;

std::string utf8(const icu::UnicodeString& u) {
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::string trim(std::string_view s) {
  const size_t b = s.find_first_not_of(' ');
  if (b == std::string_view::npos) return {};
  const size_t e = s.find_last_not_of(' ');
  return std::string(s.substr(b, e - b + 1));
}

// The names a catalogue entry stands for: "Murcia, Región de" → "Murcia", "Región de Murcia";
// "Cardiff [Caerdydd GB-CRD]" → "Cardiff", "Caerdydd"; "Myanmar (Burma)" → "Myanmar", "Burma";
// "Congo - Kinshasa" → "Congo"; "Haute-Sangha / Mambéré-Kadéï" → both; "&" also as "and".
std::vector<std::string> name_variants(std::string_view raw) {
  std::vector<std::string> out;
  std::string name(raw);
  const auto cut = [&](size_t open, char close) {
    const size_t end = name.find(close, open);
    if (end == std::string::npos) return;
    std::string inner = name.substr(open + 1, end - open - 1);
    const size_t code = inner.find_last_of(' ');
    if (code != std::string::npos && inner.find('-', code) != std::string::npos) {
      inner = inner.substr(0, code);  // "[Caerdydd GB-CRD]": the code is not a name
    }
    if (!inner.empty() && std::isupper(static_cast<unsigned char>(inner[0]))) {
      out.push_back(trim(inner));
    }
    name = trim(name.substr(0, open) + name.substr(end + 1));
  };
  if (const size_t b = name.find('['); b != std::string::npos) cut(b, ']');
  if (const size_t p = name.find('('); p != std::string::npos) cut(p, ')');
  if (const size_t d = name.find(" - "); d != std::string::npos) name = name.substr(0, d);
  if (const size_t s = name.find(" / "); s != std::string::npos) {
    out.push_back(trim(name.substr(s + 3)));
    name = trim(name.substr(0, s));
  }
  if (const size_t c = name.find(", "); c != std::string::npos) {
    const std::string head = name.substr(0, c);
    const std::string tail = name.substr(c + 2);
    out.push_back(trim(tail + " " + head));
    name = head;
  }
  out.push_back(trim(name));
  for (size_t i = 0, n = out.size(); i < n; ++i) {
    if (const size_t a = out[i].find(" & "); a != std::string::npos) {
      out.push_back(out[i].substr(0, a) + " and " + out[i].substr(a + 3));
    }
  }
  std::erase_if(out, [](const std::string& s) { return s.empty(); });
  return out;
}

json read_json(const std::string& path) {
  try {
    return json::parse(util::read_file(path));
  } catch (const json::exception& e) {
    throw Error(path + ": not valid JSON: " + e.what());
  }
}

std::string field(const json& item, const char* key) {
  const auto it = item.find(key);
  return it != item.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The string of a table entry in ICU's region-name data ("Countries%variant" ...), or "".
std::string icu_region_table(const char* table, const char* region) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UResourceBundle, decltype(&ures_close)> bundle(
      ures_open(U_ICUDATA_NAME "-region", "en", &status), ures_close);
  if (U_FAILURE(status)) return {};
  std::unique_ptr<UResourceBundle, decltype(&ures_close)> names(
      ures_getByKey(bundle.get(), table, nullptr, &status), ures_close);
  if (U_FAILURE(status)) return {};
  int32_t length = 0;
  const UChar* value = ures_getStringByKey(names.get(), region, &length, &status);
  if (U_FAILURE(status)) return {};
  return utf8(icu::UnicodeString(value, length));
}

bool is_ascii(std::string_view s) {
  for (const char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

class Places {
 public:
  explicit Places(Gazetteer& g) : g_(g) {
    english_.reset(icu::LocaleDisplayNames::createInstance(icu::Locale::getEnglish()));
    UDisplayContext shorter[] = {UDISPCTX_LENGTH_SHORT};
    short_.reset(icu::LocaleDisplayNames::createInstance(icu::Locale::getEnglish(), shorter, 1));
  }

  void countries(const json& list);
  void former_countries(const json& list);
  void subdivisions(const json& list);
  void regions();
  void geonames();

 private:
  std::string icu_name(const icu::LocaleDisplayNames& names, const std::string& region) const {
    icu::UnicodeString out;
    names.regionDisplayName(region.c_str(), out);
    return utf8(out);
  }
  // The region's name in its most likely language, when written in Latin letters ("Türkiye",
  // "Deutschland", "Česko"); news quotes these endonyms.
  std::string endonym(const std::string& alpha2) const;
  void country_name(uint32_t id, const std::string& alpha3, const std::string& text, FormKind kind);
  void place_key(uint32_t id, const std::string& text) { g_.places_of_key[match_key(text)].push_back(id); }

  Gazetteer& g_;
  std::unique_ptr<icu::LocaleDisplayNames> english_;
  std::unique_ptr<icu::LocaleDisplayNames> short_;
  std::map<std::string, std::map<std::string, uint32_t>> subdivision_of_;  // alpha3 → key → id
};

std::string Places::endonym(const std::string& alpha2) const {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale likely("und", alpha2.c_str());
  likely.addLikelySubtags(status);
  if (U_FAILURE(status)) return {};
  icu::UnicodeString name;
  icu::Locale("", alpha2.c_str()).getDisplayCountry(icu::Locale(likely.getLanguage()), name);
  std::string out = utf8(name);
  return is_ascii(dossier::lexicon::fold(out)) ? out : std::string();
}

void Places::country_name(uint32_t id, const std::string& alpha3, const std::string& text,
                          FormKind kind) {
  for (const std::string& variant : name_variants(text)) {
    g_.form(id, variant, kind);
    g_.alpha3_of_name[match_key(variant)].insert(alpha3);
  }
}

void Places::countries(const json& list) {
  for (const json& c : list) {
    const std::string alpha2 = field(c, "alpha_2");
    const std::string alpha3 = field(c, "alpha_3");
    const std::string name = field(c, "name");
    if (alpha2.empty() || alpha3.empty() || name.empty()) continue;
    g_.alpha3_of_alpha2[alpha2] = alpha3;
    const std::string common = field(c, "common_name");
    const std::string shortest = icu_name(*short_, alpha2);
    std::string canonical = !common.empty()                          ? common
                            : name.find(',') == std::string::npos ? name
                                                                    : shortest;
    const uint32_t id = g_.add({Kind::kCountry, 0, canonical, alpha3, alpha3, 0, kNone, {}});
    g_.country_of_alpha3[alpha3] = id;
    country_name(id, alpha3, canonical, FormKind::kName);
    country_name(id, alpha3, name, FormKind::kName);
    country_name(id, alpha3, field(c, "official_name"), FormKind::kName);
    country_name(id, alpha3, icu_name(*english_, alpha2), FormKind::kName);
    const FormKind short_kind =
        match_key(shortest).size() <= 3 ? FormKind::kAbbreviation : FormKind::kAlias;
    country_name(id, alpha3, shortest, short_kind);
    country_name(id, alpha3, icu_region_table("Countries%variant", alpha2.c_str()),
                 FormKind::kAlias);
    country_name(id, alpha3, endonym(alpha2), FormKind::kAlias);
  }
}

void Places::former_countries(const json& list) {
  for (const json& c : list) {
    const std::string alpha3 = field(c, "alpha_3");
    const std::string name = field(c, "name");
    if (alpha3.empty() || name.empty()) continue;
    const std::vector<std::string> variants = name_variants(name);
    const uint32_t id = g_.add({Kind::kCountry, dossier::lexicon::kFormer, variants.back(),
                                alpha3, alpha3, 0, kNone, {}});
    country_name(id, alpha3, name, FormKind::kName);
  }
}

void Places::subdivisions(const json& list) {
  for (const json& s : list) {
    const std::string code = field(s, "code");
    const std::string name = field(s, "name");
    const std::string type = field(s, "type");
    const auto alpha3 = g_.alpha3_of_alpha2.find(code.substr(0, 2));
    if (name.empty() || alpha3 == g_.alpha3_of_alpha2.end()) continue;
    const std::vector<std::string> variants = name_variants(name);
    const uint32_t country = g_.country_of_alpha3.at(alpha3->second);
    const uint32_t id = g_.add(
        {Kind::kSubdivision, 0, variants.back(), alpha3->second, "", 0, country, {}});
    for (const std::string& variant : variants) {
      g_.form(id, variant, FormKind::kName);
      place_key(id, variant);
      subdivision_of_[alpha3->second][match_key(variant)] = id;
      // "Borno State", "Logar Province": news names a subdivision with its type.
      if (!type.empty() && type.find(' ') == std::string::npos) {
        g_.form(id, variant + " " + type, FormKind::kAlias);
      }
    }
  }
}

void Places::regions() {
  std::map<std::string, uint32_t> id_of_code;
  const auto add_kind = [&](URegionType type) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::StringEnumeration> codes(icu::Region::getAvailable(type, status));
    if (U_FAILURE(status) || !codes) throw Error("ICU: cannot list regions");
    while (const char* code = codes->next(nullptr, status)) {
      const std::string name = icu_name(*english_, code);
      if (name.empty() || name == code) continue;
      const icu::Region* region = icu::Region::getInstance(code, status);
      uint32_t parent = kNone;
      if (region != nullptr && region->getContainingRegion() != nullptr) {
        const auto it = id_of_code.find(region->getContainingRegion()->getRegionCode());
        if (it != id_of_code.end()) parent = it->second;
      }
      const uint32_t id = g_.add({Kind::kRegion, 0, name, "", "", 0, parent, {}});
      id_of_code[code] = id;
      g_.form(id, name, FormKind::kName);
      g_.region_of_key[match_key(name)] = id;
    }
  };
  add_kind(URGN_CONTINENT);
  add_kind(URGN_SUBCONTINENT);
  // Groupings that are regions (Latin America, Sub-Saharan Africa), not organisations (EU, UN):
  // the organisations come from the actor dictionaries. M.49 groupings have numeric codes.
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::StringEnumeration> groups(
      icu::Region::getAvailable(URGN_GROUPING, status));
  while (groups && U_SUCCESS(status)) {
    const char* code = groups->next(nullptr, status);
    if (code == nullptr) break;
    if (!std::isdigit(static_cast<unsigned char>(code[0]))) continue;
    const std::string name = icu_name(*english_, code);
    const uint32_t id = g_.add({Kind::kRegion, 0, name, "", "", 0, kNone, {}});
    g_.form(id, name, FormKind::kName);
    g_.region_of_key[match_key(name)] = id;
  }
}

void Places::geonames() {
  const gint n = geonames_get_n_cities();
  if (n <= 0) throw Error("GeoNames: the library holds no cities");
  for (gint i = 0; i < n; ++i) {
    std::unique_ptr<GeonamesCity, decltype(&geonames_city_free)> city(geonames_get_city(i),
                                                                     geonames_city_free);
    if (!city) continue;
    const char* name = geonames_city_get_name(city.get());
    const char* state = geonames_city_get_state(city.get());
    const char* alpha2 = geonames_city_get_country_code(city.get());
    if (name == nullptr || alpha2 == nullptr) continue;
    const auto alpha3 = g_.alpha3_of_alpha2.find(alpha2);
    if (alpha3 == g_.alpha3_of_alpha2.end()) continue;
    const uint32_t country = g_.country_of_alpha3.at(alpha3->second);
    uint32_t parent = country;
    if (state != nullptr && *state != '\0') {
      auto& known = subdivision_of_[alpha3->second];
      const std::string key = match_key(state);
      auto it = known.find(key);
      if (it == known.end()) {
        // GeoNames admin-1 names are English ("Bavaria") where ISO gives the local one.
        const uint32_t id =
            g_.add({Kind::kSubdivision, 0, state, alpha3->second, "", 0, country, {}});
        g_.form(id, state, FormKind::kName);
        place_key(id, state);
        it = known.emplace(key, id).first;
      }
      parent = it->second;
    }
    const uint32_t population = geonames_city_get_population(city.get());
    const uint32_t id =
        g_.add({Kind::kCity, 0, name, alpha3->second, "", population, parent, {}});
    g_.form(id, name, FormKind::kName);
    place_key(id, name);
    // "Washington, D.C.", "Hamilton, Bermuda": news also writes the first part alone.
    const std::string_view full(name);
    if (const size_t comma = full.find(", "); comma != std::string_view::npos) {
      const std::string head(full.substr(0, comma));
      g_.form(id, head, FormKind::kAlias);
      place_key(id, head);
    }
  }
}

}  // namespace

void add_places(Gazetteer& g, const std::string& iso_codes_dir) {
  Places places(g);
  places.countries(read_json(iso_codes_dir + "/iso_3166-1.json").at("3166-1"));
  places.former_countries(read_json(iso_codes_dir + "/iso_3166-3.json").at("3166-3"));
  places.subdivisions(read_json(iso_codes_dir + "/iso_3166-2.json").at("3166-2"));
  places.regions();
  places.geonames();
}

}  // namespace dossier::train::lexicon
