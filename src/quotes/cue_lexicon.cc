#include "quotes/cue_lexicon.h"

#include "util/model_file.h"

namespace dossier::quotes {
namespace {

constexpr uint64_t kMaxEntries = 1u << 20;

CueLexicon read(util::ModelReader& reader) {
  const uint64_t count = reader.count(kMaxEntries);
  std::vector<CueEntry> entries(count);
  for (CueEntry& entry : entries) {
    entry.form = reader.string();
    entry.lemma = reader.string();
    const uint8_t pos = reader.u8();
    if (pos > static_cast<uint8_t>(CuePos::kOther)) reader.fail("bad part of speech");
    entry.pos = static_cast<CuePos>(pos);
    entry.origin = reader.u8();
    entry.cue_count = reader.u32();
    entry.text_count = reader.u32();
    entry.direct_count = reader.u32();
    entry.after_count = reader.u32();
    entry.object_count = reader.u32();
    if (entry.form.empty() || entry.direct_count > entry.cue_count ||
        entry.after_count > entry.cue_count || entry.object_count > entry.after_count) {
      reader.fail("bad entry");
    }
  }
  reader.expect_end();
  return CueLexicon(std::move(entries));
}

}  // namespace

CueLexicon::CueLexicon(std::vector<CueEntry> entries) : entries_(std::move(entries)) { index(); }

void CueLexicon::index() {
  by_form_.clear();
  by_form_.reserve(entries_.size());
  for (size_t i = 0; i < entries_.size(); ++i) {
    by_form_.emplace(entries_[i].form, static_cast<int32_t>(i));
  }
}

CueLexicon CueLexicon::load(const std::string& path) {
  util::ModelReader reader = util::ModelReader::open(path, kKind, kVersion, kVersion);
  return read(reader);
}

CueLexicon CueLexicon::from_bytes(std::string bytes, const std::string& name) {
  util::ModelReader reader =
      util::ModelReader::from_bytes(std::move(bytes), name, kKind, kVersion, kVersion);
  return read(reader);
}

namespace {

util::ModelWriter write(const std::vector<CueEntry>& entries) {
  util::ModelWriter writer;
  writer.u64(entries.size());
  for (const CueEntry& entry : entries) {
    writer.string(entry.form);
    writer.string(entry.lemma);
    writer.u8(static_cast<uint8_t>(entry.pos));
    writer.u8(entry.origin);
    writer.u32(entry.cue_count);
    writer.u32(entry.text_count);
    writer.u32(entry.direct_count);
    writer.u32(entry.after_count);
    writer.u32(entry.object_count);
  }
  return writer;
}

}  // namespace

std::string CueLexicon::file_bytes() const { return write(entries_).file_bytes(kKind, kVersion); }

void CueLexicon::save(const std::string& path) const { write(entries_).save(path, kKind, kVersion); }

int32_t CueLexicon::find(std::string_view form) const {
  const auto it = by_form_.find(form);
  return it == by_form_.end() ? -1 : it->second;
}

}  // namespace dossier::quotes
