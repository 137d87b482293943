// Assembles a lexicon file from entries and their surface forms. Used by `dossier-train lexicon`
// and by tests that need a small lexicon of their own.
#ifndef DOSSIER_LEXICON_LEXICON_BUILDER_H_
#define DOSSIER_LEXICON_LEXICON_BUILDER_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.h"
#include "util/model_file.h"

namespace dossier::lexicon {

struct DatedCodeSpec {
  std::string code;
  int32_t from = 0;  // yyyymmdd, 0 = open
  int32_t to = 0;
};

struct EntrySpec {
  Kind kind = Kind::kPlace;
  uint16_t flags = 0;
  std::string name;
  std::string country;  // ISO alpha-3
  std::string code;     // CAMEO
  uint32_t population = 0;
  uint32_t parent = kNone;
  std::vector<DatedCodeSpec> dated;
};

class LexiconBuilder {
 public:
  // Adds an entry; returns its id.
  uint32_t add(EntrySpec entry);
  EntrySpec& at(uint32_t id) { return entries_[id]; }
  const EntrySpec& at(uint32_t id) const { return entries_[id]; }
  size_t size() const { return entries_.size(); }

  // Adds a form of an entry under match_key(text); returns false when the key is empty. The same
  // key given twice for one entry keeps the better form kind and the looser shape.
  bool add_form(uint32_t entry, std::string_view text, FormKind form, Shape shape);
  // Entries that have a form with this key.
  std::vector<uint32_t> entries_with_key(std::string_view key) const;
  size_t key_count() const { return forms_.size(); }

  // The complete lexicon file (model-file container).
  std::string file_bytes() const;
  // Writes the file atomically; throws dossier::Error.
  void save(const std::string& path) const;

 private:
  struct Form {
    uint32_t entry;
    FormKind form;
    Shape shape;
  };
  bool better(const Form& a, const Form& b) const;
  util::ModelWriter writer() const;      // the tables
  util::ModelWriter compressed() const;  // the tables as a zlib-compressed inner file

  std::vector<EntrySpec> entries_;
  std::map<std::string, std::vector<Form>, std::less<>> forms_;
};

}  // namespace dossier::lexicon

#endif  // DOSSIER_LEXICON_LEXICON_BUILDER_H_
