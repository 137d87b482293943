// Small string helpers shared by the evaluation commands.
#ifndef DOSSIER_TOOLS_EVAL_STRINGS_H_
#define DOSSIER_TOOLS_EVAL_STRINGS_H_

#include <string>
#include <string_view>

namespace dossier::eval {

// s without leading and trailing spaces, tabs and line ends.
inline std::string trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r' || s[b] == '\n')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' || s[e - 1] == '\n')) --e;
  return std::string(s.substr(b, e - b));
}

}  // namespace dossier::eval

#endif  // DOSSIER_TOOLS_EVAL_STRINGS_H_
