#include "util/model_file.h"

#include <zlib.h>

#include <bit>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>

#include "dossier/error.h"
#include "util/file.h"

namespace dossier::util {
namespace {

constexpr std::string_view kMagic{"DOSSIER\x1a", 8};

template <typename T>
void put_le(std::string& out, T value) {
  using U = std::make_unsigned_t<T>;
  U bits = static_cast<U>(value);
  for (size_t i = 0; i < sizeof(T); ++i) {
    out += static_cast<char>(bits & 0xFF);
    bits = static_cast<U>(bits >> 8);
  }
}

template <typename T>
T get_le(const char* p) {
  using U = std::make_unsigned_t<T>;
  U bits = 0;
  for (size_t i = sizeof(T); i-- > 0;) {
    bits = static_cast<U>((bits << 8) | static_cast<unsigned char>(p[i]));
  }
  return static_cast<T>(bits);
}

template <typename T>
void put_array(std::string& out, std::span<const T> values) {
  put_le<uint64_t>(out, values.size());
  if constexpr (std::endian::native == std::endian::little) {
    out.append(reinterpret_cast<const char*>(values.data()), values.size_bytes());
  } else {
    for (T v : values) {
      if constexpr (std::is_same_v<T, float>) {
        put_le<uint32_t>(out, std::bit_cast<uint32_t>(v));
      } else {
        put_le<T>(out, v);
      }
    }
  }
}

}  // namespace

uint32_t crc32_of(std::string_view data) {
  uLong crc = crc32(0L, Z_NULL, 0);
  // zlib takes uInt lengths; feed large inputs in pieces.
  while (!data.empty()) {
    const size_t piece = std::min<size_t>(data.size(), 1u << 30);
    crc = crc32(crc, reinterpret_cast<const Bytef*>(data.data()), static_cast<uInt>(piece));
    data.remove_prefix(piece);
  }
  return static_cast<uint32_t>(crc);
}

void ModelWriter::u8(uint8_t value) { payload_ += static_cast<char>(value); }
void ModelWriter::u32(uint32_t value) { put_le(payload_, value); }
void ModelWriter::u64(uint64_t value) { put_le(payload_, value); }
void ModelWriter::i32(int32_t value) { put_le(payload_, value); }
void ModelWriter::f32(float value) { put_le(payload_, std::bit_cast<uint32_t>(value)); }
void ModelWriter::f64(double value) { put_le(payload_, std::bit_cast<uint64_t>(value)); }
void ModelWriter::string(std::string_view value) {
  put_le<uint64_t>(payload_, value.size());
  payload_.append(value);
}
void ModelWriter::u32_array(std::span<const uint32_t> values) { put_array(payload_, values); }
void ModelWriter::u64_array(std::span<const uint64_t> values) { put_array(payload_, values); }
void ModelWriter::f32_array(std::span<const float> values) { put_array(payload_, values); }
void ModelWriter::i16_array(std::span<const int16_t> values) { put_array(payload_, values); }
void ModelWriter::string_array(std::span<const std::string> values) {
  put_le<uint64_t>(payload_, values.size());
  for (const auto& v : values) string(v);
}

std::string ModelWriter::file_bytes(std::string_view kind, uint32_t version) const {
  std::string out(kMagic);
  put_le<uint32_t>(out, kContainerVersion);
  put_le<uint32_t>(out, static_cast<uint32_t>(kind.size()));
  out.append(kind);
  put_le<uint32_t>(out, version);
  put_le<uint64_t>(out, payload_.size());
  put_le<uint32_t>(out, crc32_of(payload_));
  out += payload_;
  return out;
}

void ModelWriter::save(const std::string& path, std::string_view kind, uint32_t version) const {
  const std::string temporary = path + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    const std::string bytes = file_bytes(kind, version);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) throw Error(path + ": cannot write model file");
  }
  std::error_code ec;
  std::filesystem::rename(temporary, path, ec);
  if (ec) throw Error(path + ": cannot write model file: " + ec.message());
}

ModelReader::ModelReader(std::string bytes, std::string name, size_t payload_start,
                         uint32_t version)
    : bytes_(std::move(bytes)), name_(std::move(name)), pos_(payload_start), version_(version) {}

ModelReader ModelReader::open(const std::string& path, std::string_view kind, uint32_t min_version,
                              uint32_t max_version) {
  std::string bytes;
  try {
    bytes = read_file(path);
  } catch (const Error& e) {
    throw ModelError(path, "cannot read model file (" + std::string(e.what()) + ")");
  }
  return from_bytes(std::move(bytes), path, kind, min_version, max_version);
}

ModelReader ModelReader::from_bytes(std::string bytes, const std::string& name,
                                    std::string_view kind, uint32_t min_version,
                                    uint32_t max_version) {
  size_t pos = 0;
  const auto need = [&](size_t n) {
    if (bytes.size() - pos < n) throw ModelError(name, "truncated header");
  };
  need(kMagic.size());
  if (std::string_view(bytes).substr(0, kMagic.size()) != kMagic) {
    throw ModelError(name, "not a dossier model file (bad magic)");
  }
  pos += kMagic.size();
  need(8);
  const auto container = get_le<uint32_t>(bytes.data() + pos);
  pos += 4;
  if (container != kContainerVersion) {
    throw ModelError(name, "unsupported container version " + std::to_string(container));
  }
  const auto kind_size = get_le<uint32_t>(bytes.data() + pos);
  pos += 4;
  need(kind_size);
  const std::string_view found_kind = std::string_view(bytes).substr(pos, kind_size);
  if (found_kind != kind) {
    throw ModelError(name, "holds a '" + std::string(found_kind) + "' model, expected '" +
                               std::string(kind) + "'");
  }
  pos += kind_size;
  need(16);
  const auto version = get_le<uint32_t>(bytes.data() + pos);
  pos += 4;
  if (version < min_version || version > max_version) {
    throw ModelError(name, "model version " + std::to_string(version) + " is not supported (" +
                               std::to_string(min_version) + ".." + std::to_string(max_version) +
                               ")");
  }
  const auto payload_size = get_le<uint64_t>(bytes.data() + pos);
  pos += 8;
  const auto checksum = get_le<uint32_t>(bytes.data() + pos);
  pos += 4;
  if (bytes.size() - pos != payload_size) {
    throw ModelError(name, "payload is " + std::to_string(bytes.size() - pos) +
                               " bytes, header says " + std::to_string(payload_size));
  }
  if (crc32_of(std::string_view(bytes).substr(pos)) != checksum) {
    throw ModelError(name, "checksum mismatch (file corrupt)");
  }
  return ModelReader(std::move(bytes), name, pos, version);
}

void ModelReader::fail(const std::string& reason) const { throw ModelError(name_, reason); }

const char* ModelReader::take(uint64_t size) {
  if (bytes_.size() - pos_ < size) fail("truncated payload");
  const char* p = bytes_.data() + pos_;
  pos_ += static_cast<size_t>(size);
  return p;
}

uint8_t ModelReader::u8() { return static_cast<uint8_t>(*take(1)); }
uint32_t ModelReader::u32() { return get_le<uint32_t>(take(4)); }
uint64_t ModelReader::u64() { return get_le<uint64_t>(take(8)); }
int32_t ModelReader::i32() { return get_le<int32_t>(take(4)); }
float ModelReader::f32() { return std::bit_cast<float>(get_le<uint32_t>(take(4))); }
double ModelReader::f64() { return std::bit_cast<double>(get_le<uint64_t>(take(8))); }

uint64_t ModelReader::count(uint64_t limit) {
  const uint64_t n = u64();
  if (n > limit) fail("count " + std::to_string(n) + " exceeds the bytes left");
  return n;
}

std::string ModelReader::string() {
  const uint64_t n = count(bytes_.size() - pos_);
  return std::string(take(n), static_cast<size_t>(n));
}

template <typename T>
std::vector<T> ModelReader::array_of() {
  const uint64_t n = count((bytes_.size() - pos_) / sizeof(T));
  const char* p = take(n * sizeof(T));
  std::vector<T> out(static_cast<size_t>(n));
  if constexpr (std::endian::native == std::endian::little) {
    if (!out.empty()) std::memcpy(out.data(), p, out.size() * sizeof(T));
  } else {
    for (size_t i = 0; i < out.size(); ++i) {
      if constexpr (std::is_same_v<T, float>) {
        out[i] = std::bit_cast<float>(get_le<uint32_t>(p + i * 4));
      } else {
        out[i] = get_le<T>(p + i * sizeof(T));
      }
    }
  }
  return out;
}

std::vector<uint32_t> ModelReader::u32_array() { return array_of<uint32_t>(); }
std::vector<uint64_t> ModelReader::u64_array() { return array_of<uint64_t>(); }
std::vector<float> ModelReader::f32_array() { return array_of<float>(); }
std::vector<int16_t> ModelReader::i16_array() { return array_of<int16_t>(); }

std::vector<std::string> ModelReader::string_array() {
  // Each string takes at least its 8-byte length.
  const uint64_t n = count((bytes_.size() - pos_) / 8);
  std::vector<std::string> out;
  out.reserve(static_cast<size_t>(n));
  for (uint64_t i = 0; i < n; ++i) out.push_back(string());
  return out;
}

void ModelReader::expect_end() const {
  if (pos_ != bytes_.size()) fail("unexpected bytes after the model data");
}

}  // namespace dossier::util
