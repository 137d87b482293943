// Typed errors thrown by the library; the CLI turns each into one clear message.
#ifndef DOSSIER_ERROR_H_
#define DOSSIER_ERROR_H_

#include <cstdint>
#include <stdexcept>
#include <string>

namespace dossier {

class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// An input file (or one line of it) that cannot be read as an article.
class InputError : public Error {
 public:
  InputError(std::string file, std::string reason, uint64_t line = 0);
  const std::string& file() const { return file_; }
  const std::string& reason() const { return reason_; }
  uint64_t line() const { return line_; }

 private:
  std::string file_;
  std::string reason_;
  uint64_t line_;
};

// A model or resource file that is missing, corrupt or of the wrong version.
class ModelError : public Error {
 public:
  ModelError(std::string file, std::string reason);
  const std::string& file() const { return file_; }

 private:
  std::string file_;
};

// A request the library cannot honour as given (bad option value).
class UsageError : public Error {
 public:
  using Error::Error;
};

}  // namespace dossier

#endif  // DOSSIER_ERROR_H_
