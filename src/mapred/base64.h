// Base64 (RFC 4648, with padding), for binary encodings inside JSON Lines records.
#ifndef DOSSIER_MAPRED_BASE64_H_
#define DOSSIER_MAPRED_BASE64_H_

#include <optional>
#include <string>
#include <string_view>

namespace dossier::mapred {

std::string base64_encode(std::string_view bytes);
// The bytes, or none when text is not canonical padded base64.
std::optional<std::string> base64_decode(std::string_view text);

}  // namespace dossier::mapred

#endif  // DOSSIER_MAPRED_BASE64_H_
