#include "lexicon/lexicon_builder.h"

#include <algorithm>
#include <array>
#include <bit>
#include <unordered_map>

#include <zlib.h>

#include "dossier/error.h"
#include "lexicon/fold.h"
#include "lexicon/lexicon_format.h"
#include "util/model_file.h"

namespace dossier::lexicon {
namespace {

// The order hits of one key are listed in: the reading a news text most often means first.
// Countries and their demonyms lead; places with a government before other places; cities by
// population.
constexpr std::array<int, kKindCount> kKindRank = {
    0,  // country
    2,  // subdivision
    3,  // city
    4,  // region
    6,  // place
    1,  // nationality
    5,  // organization
    7,  // armed group
    8,  // person
    9,  // agent
};

// Collects strings once each and hands out (offset, size) references.
class StringTable {
 public:
  std::pair<uint32_t, uint32_t> ref(std::string_view s) {
    if (s.empty()) return {0, 0};
    const auto it = offsets_.find(std::string(s));
    if (it != offsets_.end()) return {it->second, static_cast<uint32_t>(s.size())};
    const auto offset = static_cast<uint32_t>(bytes_.size());
    bytes_.append(s);
    offsets_.emplace(std::string(s), offset);
    return {offset, static_cast<uint32_t>(s.size())};
  }
  void put(std::vector<uint32_t>& out, std::string_view s) {
    const auto [offset, size] = ref(s);
    out.push_back(offset);
    out.push_back(size);
  }
  const std::string& bytes() const { return bytes_; }

 private:
  std::string bytes_;
  std::unordered_map<std::string, uint32_t> offsets_;
};

// Every proper word prefix of every key, so a phrase search knows when to go on.
std::vector<std::string> prefixes_of(const std::map<std::string, std::vector<uint32_t>>& keys) {
  std::vector<std::string> out;
  for (const auto& [key, hits] : keys) {
    for (size_t i = key.find(' '); i != std::string::npos; i = key.find(' ', i + 1)) {
      const std::string prefix = key.substr(0, i);
      if (!keys.contains(prefix)) out.push_back(prefix);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace

uint32_t LexiconBuilder::add(EntrySpec entry) {
  if (entries_.size() >= format::kMaxEntries) throw Error("lexicon: too many entries");
  entries_.push_back(std::move(entry));
  return static_cast<uint32_t>(entries_.size() - 1);
}

bool LexiconBuilder::better(const Form& a, const Form& b) const {
  // An all-capital acronym ("UN", "US") names what it abbreviates before any small town of the
  // same letters.
  const bool acronym_a = a.form == FormKind::kAbbreviation && a.shape == Shape::kUpper;
  const bool acronym_b = b.form == FormKind::kAbbreviation && b.shape == Shape::kUpper;
  if (acronym_a != acronym_b) return acronym_a;
  const EntrySpec& ea = entries_[a.entry];
  const EntrySpec& eb = entries_[b.entry];
  const int ra = kKindRank[static_cast<size_t>(ea.kind)];
  const int rb = kKindRank[static_cast<size_t>(eb.kind)];
  if (ra != rb) return ra < rb;
  if ((ea.flags & kFormer) != (eb.flags & kFormer)) return (ea.flags & kFormer) == 0;
  if (a.form != b.form) return a.form < b.form;
  if (ea.population != eb.population) return ea.population > eb.population;
  return a.entry < b.entry;
}

bool LexiconBuilder::add_form(uint32_t entry, std::string_view text, FormKind form, Shape shape) {
  std::string key = match_key(text);
  if (key.empty()) return false;
  auto& forms = forms_[key];
  for (Form& f : forms) {
    if (f.entry != entry) continue;
    f.form = std::min(f.form, form);
    f.shape = std::min(f.shape, shape);
    return true;
  }
  forms.push_back({entry, form, shape});
  return true;
}

std::vector<uint32_t> LexiconBuilder::entries_with_key(std::string_view key) const {
  std::vector<uint32_t> out;
  const auto it = forms_.find(key);
  if (it == forms_.end()) return out;
  for (const Form& f : it->second) out.push_back(f.entry);
  return out;
}

util::ModelWriter LexiconBuilder::writer() const {
  StringTable strings;
  std::vector<uint32_t> kind_flags, names, countries, codes, populations, parents, dated_begin,
      dated;
  for (const EntrySpec& e : entries_) {
    kind_flags.push_back(static_cast<uint32_t>(e.kind) | uint32_t{e.flags} << 8);
    strings.put(names, e.name);
    strings.put(countries, e.country);
    strings.put(codes, e.code);
    populations.push_back(e.population);
    parents.push_back(e.parent);
    dated_begin.push_back(static_cast<uint32_t>(dated.size() / 4));
    for (const DatedCodeSpec& d : e.dated) {
      strings.put(dated, d.code);
      dated.push_back(static_cast<uint32_t>(d.from));
      dated.push_back(static_cast<uint32_t>(d.to));
    }
  }
  dated_begin.push_back(static_cast<uint32_t>(dated.size() / 4));

  // Keys with their hits ordered best first, then the prefixes with none.
  std::map<std::string, std::vector<uint32_t>> keyed;
  for (const auto& [key, forms] : forms_) {
    std::vector<Form> sorted = forms;
    std::sort(sorted.begin(), sorted.end(),
              [&](const Form& a, const Form& b) { return better(a, b); });
    auto& packed = keyed[key];
    for (const Form& f : sorted) {
      packed.push_back(format::pack_hit(f.entry, static_cast<uint8_t>(f.form),
                                        static_cast<uint8_t>(f.shape)));
    }
  }
  for (const std::string& prefix : prefixes_of(keyed)) keyed[prefix];

  std::vector<uint32_t> key_refs, hit_begin, hits;
  for (const auto& [key, packed] : keyed) {
    strings.put(key_refs, key);
    hit_begin.push_back(static_cast<uint32_t>(hits.size()));
    hits.insert(hits.end(), packed.begin(), packed.end());
  }
  hit_begin.push_back(static_cast<uint32_t>(hits.size()));

  // Load factor at most one half keeps probe sequences short.
  const size_t slot_count = std::bit_ceil(std::max<size_t>(2 * keyed.size(), 8));
  std::vector<uint32_t> slots(slot_count, 0);
  uint32_t k = 0;
  for (const auto& entry : keyed) {
    size_t i = key_hash(entry.first) & (slot_count - 1);
    while (slots[i] != 0) i = (i + 1) & (slot_count - 1);
    slots[i] = ++k;
  }

  util::ModelWriter out;
  out.string(strings.bytes());
  out.u32_array(kind_flags);
  out.u32_array(names);
  out.u32_array(countries);
  out.u32_array(codes);
  out.u32_array(populations);
  out.u32_array(parents);
  out.u32_array(dated_begin);
  out.u32_array(dated);
  out.u32_array(key_refs);
  out.u32_array(hit_begin);
  out.u32_array(hits);
  out.u32_array(slots);
  return out;
}

util::ModelWriter LexiconBuilder::compressed() const {
  const std::string tables = writer().file_bytes(format::kTablesKind, format::kVersion);
  uLongf size = compressBound(static_cast<uLong>(tables.size()));
  std::string packed(size, '\0');
  if (compress2(reinterpret_cast<Bytef*>(packed.data()), &size,
                reinterpret_cast<const Bytef*>(tables.data()), static_cast<uLong>(tables.size()),
                Z_BEST_COMPRESSION) != Z_OK) {
    throw Error("lexicon: cannot compress the tables");
  }
  packed.resize(size);
  util::ModelWriter out;
  out.u64(tables.size());
  out.string(packed);
  return out;
}

std::string LexiconBuilder::file_bytes() const {
  return compressed().file_bytes(format::kFileKind, format::kVersion);
}

void LexiconBuilder::save(const std::string& path) const {
  compressed().save(path, format::kFileKind, format::kVersion);
}

}  // namespace dossier::lexicon
