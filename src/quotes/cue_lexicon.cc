#include "quotes/cue_lexicon.h"

#include <cmath>

#include "text/fold.h"
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
    entry.that_text_count = reader.u32();
    entry.that_cue_count = reader.u32();
    entry.speech = reader.u8();
    if (entry.that_cue_count > entry.that_text_count || (entry.speech > 100 && entry.speech != CueEntry::kSpeechUnknown) || entry.form.empty() || entry.direct_count > entry.cue_count ||
        entry.after_count > entry.cue_count || entry.object_count > entry.after_count) {
      reader.fail("bad entry");
    }
  }
  Calibration calibration;
  calibration.quote = reader.f32_array();
  calibration.speaker = reader.f32_array();
  if (!calibration.fitted()) reader.fail("confidence weights of the wrong size");
  for (const auto* weights : {&calibration.quote, &calibration.speaker}) {
    for (const float w : *weights) {
      if (!std::isfinite(w)) reader.fail("confidence weight not finite");
    }
  }
  reader.expect_end();
  return CueLexicon(std::move(entries), std::move(calibration));
}

}  // namespace

// Half the attitude senses: a word counts as speech when communication is its main attitude
// sense. A definition, not a tuned value (PolNeAR does not tell speech from thought).
constexpr uint8_t kSpeechMajority = 50;

float CueEntry::speech_share() const {
  if (speech == kSpeechUnknown) return (origin & kAttested) ? 1.0f : 0.0f;
  return static_cast<float>(speech) / 100.0f;
}

bool CueEntry::is_speech() const {
  return speech == kSpeechUnknown ? (origin & kAttested) != 0 : speech >= kSpeechMajority;
}

CueLexicon::CueLexicon(std::vector<CueEntry> entries, Calibration calibration)
    : entries_(std::move(entries)), calibration_(std::move(calibration)) {
  index();
}

// A lemma's direct share counts this many occurrences of no direct quote besides its own: a
// rarely annotated lemma proves little ("telephone": 4 of 4 direct cues gives .29).
constexpr float kDirectSharePrior = 10.0f;

void CueLexicon::index() {
  by_form_.clear();
  by_form_.reserve(entries_.size());
  std::unordered_map<std::string_view, std::pair<uint64_t, uint64_t>> by_lemma;  // direct, cue counts
  for (size_t i = 0; i < entries_.size(); ++i) {
    by_form_.emplace(entries_[i].form, static_cast<int32_t>(i));
    auto& counts = by_lemma[entries_[i].lemma];
    counts.first += entries_[i].direct_count;
    counts.second += entries_[i].cue_count;
  }
  lemma_direct_share_.resize(entries_.size());
  for (size_t i = 0; i < entries_.size(); ++i) {
    const auto& counts = by_lemma[entries_[i].lemma];
    lemma_direct_share_[i] = static_cast<float>(counts.first) / (static_cast<float>(counts.second) + kDirectSharePrior);
  }
}

// A lemma whose annotated cues introduce a direct quote at least this share of the time (smoothed
// as lemma_direct_share) reports utterances, whatever its WordNet senses: "tweet" (.62), "read"
// ("the sign read"), "respond" (.41). Tuned on the audit tuning part (its "tweeted that" report
// was missed); cognition lemmas stay below ("conclude" .31, "recall" .26).
constexpr float kSpeechDirectShare = 0.35f;

bool CueLexicon::is_speech(int32_t index) const {
  return entry(index).is_speech() || lemma_direct_share(index) >= kSpeechDirectShare;
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

util::ModelWriter write(const std::vector<CueEntry>& entries, const Calibration& calibration) {
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
    writer.u32(entry.that_text_count);
    writer.u32(entry.that_cue_count);
    writer.u8(entry.speech);
  }
  writer.f32_array(calibration.quote);
  writer.f32_array(calibration.speaker);
  return writer;
}

}  // namespace

std::string CueLexicon::file_bytes() const { return write(entries_, calibration_).file_bytes(kKind, kVersion); }

void CueLexicon::save(const std::string& path) const { write(entries_, calibration_).save(path, kKind, kVersion); }

int32_t CueLexicon::find(std::string_view form) const {
  const auto it = by_form_.find(form);
  return it == by_form_.end() ? -1 : it->second;
}

bool CueLexicon::names_speech(std::string_view text) const {
  std::string word;
  auto speech = [&] {
    const int32_t i = word.empty() ? -1 : find(text::fold_case(word));
    word.clear();
    return i >= 0 && entry(i).pos != CuePos::kOther && is_speech(i);
  };
  for (const char c : text) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (letter) {
      word.push_back(c);
    } else if (speech()) {
      return true;
    }
  }
  return speech();
}

}  // namespace dossier::quotes
