#include "report/json_stream.h"

#include <cmath>
#include <cstdio>
#include <string>

#include "dossier/error.h"
#include "util/utf8.h"

namespace dossier::report {

void JsonStream::write_string(std::ostream& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  // The dossier is read by strict JSON readers, which reject a whole file for one bad byte: a
  // string that is not UTF-8 is a defect upstream (ingest validates texts and escapes names).
  if (const size_t bad = util::find_invalid_utf8(text); bad != std::string_view::npos) {
    throw Error("JSON writer: refusing a string that is not valid UTF-8 (byte " +
                std::to_string(bad) + " of \"" + util::escape_invalid_utf8(text.substr(0, 80)) +
                "\")");
  }
  out.put('"');
  size_t run = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    const char* escape = nullptr;
    char unicode[7];
    switch (c) {
      case '"': escape = "\\\""; break;
      case '\\': escape = "\\\\"; break;
      case '\n': escape = "\\n"; break;
      case '\r': escape = "\\r"; break;
      case '\t': escape = "\\t"; break;
      case '\b': escape = "\\b"; break;
      case '\f': escape = "\\f"; break;
      default:
        if (c < 0x20) {
          unicode[0] = '\\', unicode[1] = 'u', unicode[2] = '0', unicode[3] = '0';
          unicode[4] = kHex[c >> 4], unicode[5] = kHex[c & 15], unicode[6] = '\0';
          escape = unicode;
        }
    }
    if (escape == nullptr) {
      ++run;
      continue;
    }
    out.write(text.data() + i - run, static_cast<std::streamsize>(run));
    run = 0;
    out << escape;
  }
  out.write(text.data() + text.size() - run, static_cast<std::streamsize>(run));
  out.put('"');
}

void JsonStream::newline() {
  if (!pretty_) return;
  out_.put('\n');
  for (size_t i = 0; i < counts_.size(); ++i) out_ << "  ";
}

void JsonStream::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (counts_.empty()) return;
  if (counts_.back()++ > 0) out_.put(',');
  newline();
}

JsonStream& JsonStream::begin_object() {
  before_value();
  out_.put('{');
  counts_.push_back(0);
  return *this;
}

JsonStream& JsonStream::end_object() {
  const bool had_members = counts_.back() > 0;
  counts_.pop_back();
  if (had_members) newline();
  out_.put('}');
  if (counts_.empty() && pretty_) out_.put('\n');
  return *this;
}

JsonStream& JsonStream::begin_array() {
  before_value();
  out_.put('[');
  counts_.push_back(0);
  return *this;
}

JsonStream& JsonStream::end_array() {
  const bool had_members = counts_.back() > 0;
  counts_.pop_back();
  if (had_members) newline();
  out_.put(']');
  return *this;
}

JsonStream& JsonStream::key(std::string_view name) {
  before_value();
  write_string(out_, name);
  out_ << (pretty_ ? ": " : ":");
  after_key_ = true;
  return *this;
}

JsonStream& JsonStream::value(std::string_view text) {
  before_value();
  write_string(out_, text);
  return *this;
}

JsonStream& JsonStream::value(int64_t number) {
  before_value();
  out_ << number;
  return *this;
}

JsonStream& JsonStream::value(uint64_t number) {
  before_value();
  out_ << number;
  return *this;
}

JsonStream& JsonStream::value(double number) {
  before_value();
  if (!std::isfinite(number)) {
    out_ << "null";
    return *this;
  }
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.6g", number);
  out_ << buffer;
  return *this;
}

JsonStream& JsonStream::value(bool flag) {
  before_value();
  out_ << (flag ? "true" : "false");
  return *this;
}

JsonStream& JsonStream::null() {
  before_value();
  out_ << "null";
  return *this;
}

}  // namespace dossier::report
