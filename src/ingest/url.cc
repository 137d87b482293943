#include "ingest/url.h"

#include <curl/curl.h>

#include <charconv>
#include <memory>

#include "util/ascii.h"

namespace dossier::ingest {
namespace {

struct UrlDeleter {
  void operator()(CURLU* u) const { curl_url_cleanup(u); }
};
using UrlHandle = std::unique_ptr<CURLU, UrlDeleter>;

// One part of a parsed address, or empty when it has none.
std::string part(CURLU* handle, CURLUPart which, unsigned flags = 0) {
  char* value = nullptr;
  if (curl_url_get(handle, which, &value, flags) != CURLUE_OK || value == nullptr) return {};
  std::string out(value);
  curl_free(value);
  return out;
}

std::optional<Url> from_handle(CURLU* handle, std::string& reason) {
  Url url;
  url.scheme = util::ascii::lower(part(handle, CURLUPART_SCHEME));
  if (url.scheme != "http" && url.scheme != "https") {
    reason = "only http and https addresses are fetched";
    return std::nullopt;
  }
  url.host = util::ascii::lower(part(handle, CURLUPART_HOST));
  if (url.host.empty()) {
    reason = "no host in the address";
    return std::nullopt;
  }
  const std::string port = part(handle, CURLUPART_PORT, CURLU_DEFAULT_PORT);
  url.port = url.scheme == "https" ? 443 : 80;
  if (!port.empty()) std::from_chars(port.data(), port.data() + port.size(), url.port);
  url.target = part(handle, CURLUPART_PATH);
  if (url.target.empty()) url.target = "/";
  if (const std::string query = part(handle, CURLUPART_QUERY); !query.empty()) url.target += "?" + query;
  curl_url_set(handle, CURLUPART_FRAGMENT, nullptr, 0);
  url.full = part(handle, CURLUPART_URL);
  return url;
}

// The query without utm_* parameters, the others in their order.
std::string without_tracking(std::string_view query) {
  std::string out;
  size_t pos = 0;
  while (pos <= query.size()) {
    size_t end = query.find('&', pos);
    if (end == std::string_view::npos) end = query.size();
    const std::string_view param = query.substr(pos, end - pos);
    if (!param.empty() && !util::ascii::istarts_with(param, "utm_")) {
      if (!out.empty()) out += '&';
      out.append(param);
    }
    pos = end + 1;
  }
  return out;
}

}  // namespace

std::optional<Url> parse_url(std::string_view text, std::string& reason) {
  UrlHandle handle(curl_url());
  const std::string copy(util::ascii::trim(text));
  if (!handle || curl_url_set(handle.get(), CURLUPART_URL, copy.c_str(), 0) != CURLUE_OK) {
    reason = "not a valid absolute address";
    return std::nullopt;
  }
  return from_handle(handle.get(), reason);
}

std::optional<Url> resolve_url(const std::string& base, std::string_view link, std::string& reason) {
  UrlHandle handle(curl_url());
  const std::string copy(util::ascii::trim(link));
  if (!handle || curl_url_set(handle.get(), CURLUPART_URL, base.c_str(), 0) != CURLUE_OK ||
      curl_url_set(handle.get(), CURLUPART_URL, copy.c_str(), 0) != CURLUE_OK) {
    reason = "not a valid address";
    return std::nullopt;
  }
  return from_handle(handle.get(), reason);
}

std::string normalise_url(const Url& url) {
  std::string out = url.scheme + "://" + url.host;
  const int default_port = url.scheme == "https" ? 443 : 80;
  if (url.port != default_port) out += ":" + std::to_string(url.port);
  const size_t question = url.target.find('?');
  out.append(url.target, 0, question);
  if (question != std::string::npos) {
    const std::string query = without_tracking(std::string_view(url.target).substr(question + 1));
    if (!query.empty()) out += "?" + query;
  }
  return out;
}

std::string origin_of(const Url& url) {
  return url.scheme + "://" + url.host + ":" + std::to_string(url.port);
}

}  // namespace dossier::ingest
