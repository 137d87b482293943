// A minimal streaming JSON writer: values go straight to the stream, so a dossier of any size
// is written without building a tree in memory.
#ifndef DOSSIER_REPORT_JSON_STREAM_H_
#define DOSSIER_REPORT_JSON_STREAM_H_

#include <cstdint>
#include <ostream>
#include <string_view>
#include <vector>

namespace dossier::report {

class JsonStream {
 public:
  explicit JsonStream(std::ostream& out, bool pretty = true) : out_(out), pretty_(pretty) {}

  JsonStream& begin_object();
  JsonStream& end_object();
  JsonStream& begin_array();
  JsonStream& end_array();
  // The next value is the member `name` of the current object.
  JsonStream& key(std::string_view name);
  JsonStream& value(std::string_view text);
  JsonStream& value(const char* text) { return value(std::string_view(text)); }
  JsonStream& value(int64_t number);
  JsonStream& value(uint64_t number);
  JsonStream& value(int number) { return value(static_cast<int64_t>(number)); }
  JsonStream& value(unsigned number) { return value(static_cast<uint64_t>(number)); }
  JsonStream& value(double number);
  JsonStream& value(bool flag);
  JsonStream& null();
  // Shorthand for key(name).value(v).
  template <typename T>
  JsonStream& field(std::string_view name, const T& v) {
    key(name);
    return value(v);
  }
  // Writes text as a JSON string (UTF-8 passed through, control characters escaped); throws
  // dossier::Error, writing nothing, when text is not valid UTF-8.
  static void write_string(std::ostream& out, std::string_view text);

 private:
  void before_value();
  void newline();

  std::ostream& out_;
  bool pretty_;
  // Per open container: number of values written so far.
  std::vector<size_t> counts_;
  bool after_key_ = false;
};

}  // namespace dossier::report

#endif  // DOSSIER_REPORT_JSON_STREAM_H_
