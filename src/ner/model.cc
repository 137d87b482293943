#include "ner/model.h"

#include <algorithm>
#include <span>

#include "ner/features.h"
#include "util/model_file.h"

namespace dossier::ner {
namespace {

constexpr int kMinRowBits = 10;
constexpr int kMaxRowBits = 26;
constexpr uint32_t kMaxPasses = 4;

// Most rows of a hashed table stay zero, so the file holds only the others: their indices,
// increasing, then their weights.
void write_sparse(util::ModelWriter& out, std::span<const int16_t> emissions) {
  std::vector<uint32_t> rows;
  std::vector<int16_t> weights;
  for (size_t r = 0; r * kNumLabels < emissions.size(); ++r) {
    const std::span<const int16_t> row(emissions.data() + r * kNumLabels, kNumLabels);
    bool zero = true;
    for (const int16_t w : row) zero = zero && w == 0;
    if (zero) continue;
    rows.push_back(static_cast<uint32_t>(r));
    weights.insert(weights.end(), row.begin(), row.end());
  }
  out.u32_array(rows);
  out.i16_array(weights);
}

HugePageVector<int16_t> read_sparse(util::ModelReader& in, size_t row_count) {
  const std::vector<uint32_t> rows = in.u32_array();
  const std::vector<int16_t> weights = in.i16_array();
  if (weights.size() != rows.size() * kNumLabels) in.fail("weight rows and values disagree");
  HugePageVector<int16_t> emissions(row_count * kNumLabels, 0);
  for (size_t i = 0; i < rows.size(); ++i) {
    if (rows[i] >= row_count || (i > 0 && rows[i] <= rows[i - 1])) in.fail("bad weight row");
    std::copy_n(weights.data() + i * kNumLabels, kNumLabels, emissions.data() + rows[i] * kNumLabels);
  }
  return emissions;
}

util::ModelWriter write(const NerModel& model) {
  util::ModelWriter out;
  out.string(model.description);
  out.u32(static_cast<uint32_t>(model.passes.size()));
  for (const PassWeights& pass : model.passes) {
    out.u32(pass.groups);
    out.u32(static_cast<uint32_t>(pass.row_bits));
    write_sparse(out, pass.emissions);
    for (const int32_t t : pass.transitions) out.i32(t);
    for (const int32_t s : pass.start) out.i32(s);
  }
  model.words.save(out);
  model.gazetteer.save(out);
  return out;
}

NerModel read(util::ModelReader& in) {
  NerModel model;
  model.description = in.string();
  const uint32_t passes = in.u32();
  if (passes == 0 || passes > kMaxPasses) in.fail("bad number of passes");
  for (uint32_t p = 0; p < passes; ++p) {
    PassWeights pass;
    pass.groups = in.u32();
    if ((pass.groups & ~kAllGroups) != 0) in.fail("unknown feature groups");
    if (p == 0 && (pass.groups & kGroupDocLabels) != 0) in.fail("first pass reads labels");
    const uint32_t bits = in.u32();
    if (bits < kMinRowBits || bits > kMaxRowBits) in.fail("bad weight table size");
    pass.row_bits = static_cast<int>(bits);
    pass.emissions = read_sparse(in, size_t{1} << bits);
    for (int32_t& t : pass.transitions) t = in.i32();
    for (int32_t& s : pass.start) s = in.i32();
    model.passes.push_back(std::move(pass));
  }
  model.words = WordTable::load(in);
  model.gazetteer = Gazetteer::load(in);
  in.expect_end();
  return model;
}

}  // namespace

size_t NerModel::memory_bytes() const {
  size_t bytes = sizeof(NerModel) + description.capacity();
  for (const PassWeights& pass : passes) bytes += pass.emissions.capacity() * sizeof(int16_t);
  return bytes + words.memory_bytes() + gazetteer.memory_bytes();
}

std::string NerModel::to_bytes() const { return write(*this).file_bytes(kModelKind, kModelVersion); }

void NerModel::save(const std::string& path) const {
  write(*this).save(path, kModelKind, kModelVersion);
}

NerModel NerModel::load(const std::string& path) {
  util::ModelReader in = util::ModelReader::open(path, kModelKind, kModelVersion, kModelVersion);
  return read(in);
}

NerModel NerModel::from_bytes(std::string bytes, const std::string& name) {
  util::ModelReader in =
      util::ModelReader::from_bytes(std::move(bytes), name, kModelKind, kModelVersion, kModelVersion);
  return read(in);
}

}  // namespace dossier::ner
