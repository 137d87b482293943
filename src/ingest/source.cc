#include "ingest/source.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "dossier/error.h"

namespace dossier::ingest {
namespace {

// Reads of 64 KB keep system calls few and the buffers small for many small files.
constexpr size_t kChunk = 64 * 1024;
constexpr size_t kGzipInputChunk = 64 * 1024;

std::string errno_text(int error) { return std::strerror(error); }

std::string kind_of(mode_t mode) {
  if (S_ISFIFO(mode)) return "a FIFO";
  if (S_ISSOCK(mode)) return "a socket";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  return "a special file";
}

// The reason a path cannot be opened as a regular file, from stat; empty when it can be tried.
std::string stat_problem(const std::string& path, struct stat& info) {
  if (::stat(path.c_str(), &info) != 0) {
    const int error = errno;
    struct stat link {};
    if (error == ENOENT && ::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
      return "broken symbolic link (its target does not exist)";
    }
    if (error == ENOENT) return "no such file or directory";
    return "cannot access: " + errno_text(error);
  }
  if (S_ISDIR(info.st_mode)) return "is a directory";
  if (!S_ISREG(info.st_mode)) return "not a regular file (" + kind_of(info.st_mode) + ")";
  return {};
}

}  // namespace

FileSource::FileSource(std::string path) : path_(std::move(path)) {
  struct stat info {};
  if (std::string problem = stat_problem(path_, info); !problem.empty()) {
    throw InputError(path_, problem);
  }
  // O_NONBLOCK: if the path was swapped for a FIFO since stat, open must not wait for a writer.
  fd_ = ::open(path_.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
  if (fd_ < 0) throw InputError(path_, "cannot open: " + errno_text(errno));
  if (::fstat(fd_, &info) != 0 || !S_ISREG(info.st_mode)) {
    ::close(fd_);
    throw InputError(path_, "not a regular file (" + kind_of(info.st_mode) + ")");
  }
  size_ = static_cast<uint64_t>(info.st_size);
}

FileSource::~FileSource() {
  if (fd_ >= 0) ::close(fd_);
}

size_t FileSource::read(char* buffer, size_t size) {
  for (;;) {
    const ssize_t n = ::read(fd_, buffer, size);
    if (n >= 0) return static_cast<size_t>(n);
    if (errno != EINTR) throw InputError(path_, "read error: " + errno_text(errno));
  }
}

std::string FileSource::peek(size_t size) const {
  std::string bytes(size, '\0');
  ssize_t n = -1;
  do {
    n = ::pread(fd_, bytes.data(), size, 0);
  } while (n < 0 && errno == EINTR);
  if (n < 0) throw InputError(path_, "read error: " + errno_text(errno));
  bytes.resize(static_cast<size_t>(n));
  return bytes;
}

size_t MemorySource::read(char* buffer, size_t size) {
  const size_t n = std::min(size, bytes_.size());
  if (n == 0) return 0;
  std::memcpy(buffer, bytes_.data(), n);
  bytes_.remove_prefix(n);
  return n;
}

bool has_gzip_magic(std::string_view bytes) { return bytes.starts_with("\x1f\x8b"); }

struct GzipSource::State {
  ByteSource& input;
  std::string path;
  uint64_t limit;
  std::string limit_reason;
  z_stream stream{};
  std::string in_buffer = std::string(kGzipInputChunk, '\0');
  uint64_t produced = 0;
  bool in_member = false;  // inside a member whose end has not been seen
  bool input_done = false;
  bool finished = false;

  State(ByteSource& in, std::string p, uint64_t l, std::string reason)
      : input(in), path(std::move(p)), limit(l), limit_reason(std::move(reason)) {
    // 16 + MAX_WBITS: gzip wrapper only.
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) {
      throw InputError(path, "cannot start gzip decompression");
    }
  }
  ~State() { inflateEnd(&stream); }

  // Makes input available; false when the input is exhausted.
  bool refill() {
    if (stream.avail_in > 0) return true;
    if (input_done) return false;
    const size_t n = input.read(in_buffer.data(), in_buffer.size());
    if (n == 0) {
      input_done = true;
      return false;
    }
    stream.next_in = reinterpret_cast<Bytef*>(in_buffer.data());
    stream.avail_in = static_cast<uInt>(n);
    return true;
  }

  // After a member's end: another member follows, or the data ends (anything else after the
  // last member is ignored, as gzip itself does with trailing zeros).
  void next_member() {
    in_member = false;
    if (!refill()) {
      finished = true;
      return;
    }
    if (stream.avail_in < 2 && !input_done) {
      // The next member's magic may straddle two reads; keep the byte and read on.
      std::memmove(in_buffer.data(), stream.next_in, stream.avail_in);
      const size_t kept = stream.avail_in;
      const size_t n = input.read(in_buffer.data() + kept, in_buffer.size() - kept);
      if (n == 0) input_done = true;
      stream.next_in = reinterpret_cast<Bytef*>(in_buffer.data());
      stream.avail_in = static_cast<uInt>(kept + n);
    }
    const std::string_view next(reinterpret_cast<const char*>(stream.next_in), stream.avail_in);
    if (!has_gzip_magic(next)) {
      finished = true;
      return;
    }
    inflateReset(&stream);
  }
};

GzipSource::GzipSource(ByteSource& input, std::string path, uint64_t limit,
                       std::string limit_reason)
    : state_(std::make_unique<State>(input, std::move(path), limit, std::move(limit_reason))) {}

GzipSource::~GzipSource() = default;

size_t GzipSource::read(char* buffer, size_t size) {
  State& s = *state_;
  while (!s.finished) {
    if (!s.refill()) {
      if (s.in_member) throw InputError(s.path, "truncated gzip data");
      if (s.produced == 0 && !s.in_member) throw InputError(s.path, "not gzip data");
      s.finished = true;
      break;
    }
    s.in_member = true;
    s.stream.next_out = reinterpret_cast<Bytef*>(buffer);
    s.stream.avail_out = static_cast<uInt>(std::min<size_t>(size, 1u << 30));
    const uInt before = s.stream.avail_out;
    const int status = inflate(&s.stream, Z_NO_FLUSH);
    if (status == Z_DATA_ERROR || status == Z_NEED_DICT) {
      throw InputError(s.path, std::string("corrupt gzip data (") +
                                   (s.stream.msg != nullptr ? s.stream.msg : "invalid data") + ")");
    }
    if (status == Z_MEM_ERROR) throw InputError(s.path, "out of memory while decompressing");
    const size_t produced = before - s.stream.avail_out;
    s.produced += produced;
    if (s.produced > s.limit) throw InputError(s.path, s.limit_reason);
    if (status == Z_STREAM_END) s.next_member();
    if (produced > 0) return produced;
  }
  return 0;
}

std::string read_all(ByteSource& source, uint64_t limit, const std::string& path,
                     const std::string& too_large_reason, uint64_t size_hint) {
  // One byte more than expected, to see the end without growing.
  const uint64_t first = size_hint > 0 ? std::min(size_hint, limit) + 1 : kChunk;
  std::string bytes(static_cast<size_t>(first), '\0');
  size_t used = 0;
  for (;;) {
    if (used == bytes.size()) bytes.resize(bytes.size() * 2);
    const size_t n = source.read(bytes.data() + used, bytes.size() - used);
    used += n;
    if (used > limit) throw InputError(path, too_large_reason);
    if (n == 0) break;
  }
  bytes.resize(used);
  return bytes;
}

LineReader::LineReader(ByteSource& source, size_t max_line)
    : source_(source), max_line_(max_line), buffer_(kChunk, '\0') {}

bool LineReader::fill() {
  if (at_end_) return false;
  begin_ = 0;
  end_ = source_.read(buffer_.data(), buffer_.size());
  if (end_ == 0) at_end_ = true;
  return end_ > 0;
}

bool LineReader::next(std::string& line, bool& too_long) {
  line.clear();
  too_long = false;
  bool any = false;
  for (;;) {
    if (begin_ == end_ && !fill()) break;
    any = true;
    const char* start = buffer_.data() + begin_;
    const auto* newline = static_cast<const char*>(std::memchr(start, '\n', end_ - begin_));
    const size_t take = newline != nullptr ? static_cast<size_t>(newline - start) : end_ - begin_;
    if (!too_long && line.size() + take > max_line_) {
      too_long = true;
      line.clear();
      line.shrink_to_fit();
    }
    if (!too_long) line.append(start, take);
    begin_ += take;
    if (newline != nullptr) {
      ++begin_;
      break;
    }
  }
  if (!any) return false;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  ++line_number_;
  return true;
}

}  // namespace dossier::ingest
