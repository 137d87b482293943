// Byte sources the readers pull from in chunks: regular files, memory, and gzip streams over
// either; and a line splitter for JSON Lines. Failures throw InputError naming the file.
#ifndef DOSSIER_INGEST_SOURCE_H_
#define DOSSIER_INGEST_SOURCE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace dossier::ingest {

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to size bytes into buffer; 0 only at the end.
  virtual size_t read(char* buffer, size_t size) = 0;
};

// A regular file, opened without blocking (a FIFO or device is refused, never waited on).
class FileSource final : public ByteSource {
 public:
  // Throws InputError: missing, broken symbolic link, directory, not a regular file, no access.
  explicit FileSource(std::string path);
  ~FileSource() override;
  FileSource(const FileSource&) = delete;
  FileSource& operator=(const FileSource&) = delete;

  size_t read(char* buffer, size_t size) override;
  // Up to size bytes from the start of the file, without moving the read position.
  std::string peek(size_t size) const;
  uint64_t size() const { return size_; }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  int fd_ = -1;
  uint64_t size_ = 0;
};

// Bytes in memory, which must outlive the source.
class MemorySource final : public ByteSource {
 public:
  explicit MemorySource(std::string_view bytes) : bytes_(bytes) {}
  size_t read(char* buffer, size_t size) override;

 private:
  std::string_view bytes_;
};

// Inflates gzip data (several members in a row too) read from input.
class GzipSource final : public ByteSource {
 public:
  // Reading throws InputError(path, ...) on corrupt or truncated data, and
  // InputError(path, limit_reason) once more than limit bytes have come out.
  GzipSource(ByteSource& input, std::string path, uint64_t limit, std::string limit_reason);
  ~GzipSource() override;
  GzipSource(const GzipSource&) = delete;
  GzipSource& operator=(const GzipSource&) = delete;

  size_t read(char* buffer, size_t size) override;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// True when bytes start with the gzip magic number.
bool has_gzip_magic(std::string_view bytes);

// The rest of source; throws InputError(path, too_large_reason) past limit bytes. size_hint: the
// expected size (0 when unknown), to allocate once.
std::string read_all(ByteSource& source, uint64_t limit, const std::string& path,
                     const std::string& too_large_reason, uint64_t size_hint = 0);

// Splits a source into lines ("\n" or "\r\n"), holding at most one line and one chunk.
class LineReader {
 public:
  LineReader(ByteSource& source, size_t max_line);
  // The next line without its terminator into line; false at the end. A line longer than
  // max_line is not kept: line is cleared and too_long set.
  bool next(std::string& line, bool& too_long);
  // 1-based number of the line last returned.
  uint64_t line_number() const { return line_number_; }

 private:
  bool fill();

  ByteSource& source_;
  size_t max_line_;
  std::string buffer_;
  size_t begin_ = 0;
  size_t end_ = 0;
  bool at_end_ = false;
  uint64_t line_number_ = 0;
};

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_SOURCE_H_
