// The container format of every model and resource file dossier loads.
//
// Layout (all integers little-endian):
//   "DOSSIER\x1a"  magic, 8 bytes
//   u32 container version (1)
//   u32 kind length, kind bytes ("ner", "gazetteer", ...)
//   u32 model version (owned by the kind)
//   u64 payload size
//   u32 CRC-32 of the payload
//   payload: the values the writer appended, read back in the same order.
#ifndef DOSSIER_UTIL_MODEL_FILE_H_
#define DOSSIER_UTIL_MODEL_FILE_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace dossier::util {

inline constexpr uint32_t kContainerVersion = 1;

class ModelWriter {
 public:
  void u8(uint8_t value);
  void u32(uint32_t value);
  void u64(uint64_t value);
  void i32(int32_t value);
  void f32(float value);
  void f64(double value);
  void string(std::string_view value);  // u64 length, bytes
  void u32_array(std::span<const uint32_t> values);  // u64 count, values
  void u64_array(std::span<const uint64_t> values);
  void f32_array(std::span<const float> values);
  void i16_array(std::span<const int16_t> values);
  void string_array(std::span<const std::string> values);

  // The whole file: header and payload.
  std::string file_bytes(std::string_view kind, uint32_t version) const;
  // Writes the file atomically (temporary file, then rename); throws dossier::Error.
  void save(const std::string& path, std::string_view kind, uint32_t version) const;

 private:
  std::string payload_;
};

// Reads a model file, checking every length against the bytes present.
// Every failure throws dossier::ModelError naming the file.
class ModelReader {
 public:
  // Loads and verifies the file: magic, container version, kind, version range, size, checksum.
  static ModelReader open(const std::string& path, std::string_view kind, uint32_t min_version,
                          uint32_t max_version);
  static ModelReader from_bytes(std::string bytes, const std::string& name, std::string_view kind,
                                uint32_t min_version, uint32_t max_version);

  uint32_t version() const { return version_; }
  const std::string& name() const { return name_; }

  uint8_t u8();
  uint32_t u32();
  uint64_t u64();
  int32_t i32();
  float f32();
  double f64();
  std::string string();
  std::vector<uint32_t> u32_array();
  std::vector<uint64_t> u64_array();
  std::vector<float> f32_array();
  std::vector<int16_t> i16_array();
  std::vector<std::string> string_array();
  // A count that must be at most limit (guards allocations from a corrupt file).
  uint64_t count(uint64_t limit);
  // Payload bytes not yet read.
  size_t remaining() const { return bytes_.size() - pos_; }
  // Throws unless every payload byte was read.
  void expect_end() const;
  // Throws ModelError with this file's name and the reason.
  [[noreturn]] void fail(const std::string& reason) const;

 private:
  ModelReader(std::string bytes, std::string name, size_t payload_start, uint32_t version);
  const char* take(uint64_t size);
  template <typename T>
  std::vector<T> array_of();

  std::string bytes_;
  std::string name_;
  size_t pos_;
  uint32_t version_;
};

// CRC-32 (zlib polynomial) of data.
uint32_t crc32_of(std::string_view data);

}  // namespace dossier::util

#endif  // DOSSIER_UTIL_MODEL_FILE_H_
