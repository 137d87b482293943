#include "ingest/fetch.h"

#include <curl/curl.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <ctime>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "util/ascii.h"
#include "ingest/decode.h"
#include "ingest/robots.h"
#include "ingest/warc.h"

namespace dossier::ingest {
namespace {

using Clock = std::chrono::steady_clock;

// RFC 9309 asks crawlers to read at least 500 KiB of a robots.txt.
constexpr uint64_t kMaxRobotsBytes = 512 * 1024;
// A Crawl-delay longer than this is held to it: a site cannot stall a run for minutes per page.
constexpr double kMaxCrawlDelaySeconds = 30;

struct EasyDeleter {
  void operator()(CURL* curl) const { curl_easy_cleanup(curl); }
};

void init_curl() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// One request and its response, no redirect followed.
struct Attempt {
  CURLcode code = CURLE_OK;
  std::string curl_error;
  long status = 0;
  std::string content_type;
  std::string location;     // the absolute redirect target of a 3xx
  std::string retry_after;  // the Retry-After header
  std::string body;
  bool too_large = false;
};

struct Sink {
  std::string* body;
  uint64_t limit;
  bool* too_large;
};

size_t write_body(char* data, size_t size, size_t count, void* user) {
  auto* sink = static_cast<Sink*>(user);
  const size_t n = size * count;
  if (sink->body->size() + n > sink->limit) {
    *sink->too_large = true;
    return 0;  // aborts the transfer with CURLE_WRITE_ERROR
  }
  sink->body->append(data, n);
  return n;
}

bool retryable_status(long status) {
  return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

bool retryable_code(CURLcode code) {
  return code == CURLE_OPERATION_TIMEDOUT || code == CURLE_GOT_NOTHING || code == CURLE_RECV_ERROR ||
         code == CURLE_SEND_ERROR || code == CURLE_PARTIAL_FILE;
}

std::string seconds_text(long ms) {
  const double seconds = static_cast<double>(ms) / 1000.0;
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g s", seconds);
  return buffer;
}

// Milliseconds a Retry-After value asks for (delay-seconds or an HTTP date); -1 when unreadable.
long retry_after_ms(const std::string& value) {
  const std::string_view text = util::ascii::trim(value);
  if (text.empty()) return -1;
  long seconds = 0;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), seconds);
  if (ec == std::errc() && ptr == text.data() + text.size()) return seconds < 0 ? -1 : seconds * 1000;
  const std::string copy(text);
  const time_t when = curl_getdate(copy.c_str(), nullptr);
  if (when < 0) return -1;
  return std::max<long>(0, static_cast<long>(when - std::time(nullptr)) * 1000);
}

}  // namespace

struct Fetcher::Impl {
  FetchOptions options;
  std::unique_ptr<CURL, EasyDeleter> curl;
  std::unordered_map<std::string, Clock::time_point> next_request;  // per origin
  std::unordered_map<std::string, Clock::duration> interval;        // per origin
  std::unordered_map<std::string, std::pair<Robots, std::string>> robots;  // rules, why refused
  uint64_t requests = 0;

  Clock::duration base_interval() const {
    if (options.requests_per_second <= 0) return Clock::duration::zero();
    return std::chrono::duration_cast<Clock::duration>(
        std::chrono::duration<double>(1.0 / options.requests_per_second));
  }

  Clock::time_point ready_at(const std::string& origin) const {
    const auto it = next_request.find(origin);
    return it == next_request.end() ? Clock::time_point() : it->second;
  }

  // Waits for origin's turn and books the next one.
  void take_turn(const std::string& origin) {
    std::this_thread::sleep_until(ready_at(origin));
    const auto it = interval.find(origin);
    next_request[origin] = Clock::now() + (it == interval.end() ? base_interval() : it->second);
  }

  // Pushes origin's next turn back by at least wait (a retry's backoff).
  void defer(const std::string& origin, Clock::duration wait) {
    Clock::time_point& next = next_request[origin];
    next = std::max(next, Clock::now() + wait);
  }

  Attempt transfer(const Url& url, uint64_t max_bytes) {
    Attempt attempt;
    CURL* c = curl.get();
    curl_easy_reset(c);
    char error_buffer[CURL_ERROR_SIZE] = {};
    Sink sink{&attempt.body, max_bytes, &attempt.too_large};
    curl_easy_setopt(c, CURLOPT_URL, url.full.c_str());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, options.connect_timeout_ms);
    curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, options.timeout_ms);
    curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(max_bytes));
    curl_easy_setopt(c, CURLOPT_USERAGENT, options.user_agent.c_str());
    curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, &write_body);
    curl_easy_setopt(c, CURLOPT_WRITEDATA, &sink);
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, error_buffer);
    ++requests;
    attempt.code = curl_easy_perform(c);
    attempt.curl_error = error_buffer[0] != '\0' ? error_buffer : curl_easy_strerror(attempt.code);
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &attempt.status);
    const char* value = nullptr;
    if (curl_easy_getinfo(c, CURLINFO_CONTENT_TYPE, &value) == CURLE_OK && value != nullptr) {
      attempt.content_type = value;
    }
    value = nullptr;
    if (curl_easy_getinfo(c, CURLINFO_REDIRECT_URL, &value) == CURLE_OK && value != nullptr) {
      attempt.location = value;
    }
    curl_header* header = nullptr;
    if (curl_easy_header(c, "Retry-After", 0, CURLH_HEADER, -1, &header) == CURLHE_OK &&
        header != nullptr && header->value != nullptr) {
      attempt.retry_after = header->value;
    }
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, nullptr);
    return attempt;
  }

  std::string failure(const Attempt& attempt, uint64_t max_bytes) const {
    if (attempt.too_large || attempt.code == CURLE_FILESIZE_EXCEEDED) {
      return "response larger than the limit of " + format_size(max_bytes);
    }
    switch (attempt.code) {
      case CURLE_COULDNT_RESOLVE_HOST: return "host not found (DNS): " + attempt.curl_error;
      case CURLE_COULDNT_CONNECT: return "could not connect: " + attempt.curl_error;
      case CURLE_OPERATION_TIMEDOUT:
        return "timed out (connect limit " + seconds_text(options.connect_timeout_ms) + ", total " +
               seconds_text(options.timeout_ms) + ")";
      case CURLE_OK: return "HTTP " + std::to_string(attempt.status);
      default: return attempt.curl_error;
    }
  }

  // One address, retried on 429, 5xx and timeouts; the last attempt is returned with error set
  // when it failed for good.
  Attempt with_retries(const Url& url, uint64_t max_bytes, std::string& error) {
    const std::string origin = origin_of(url);
    for (int tries = 0;; ++tries) {
      take_turn(origin);
      Attempt attempt = transfer(url, max_bytes);
      const bool transport_ok = attempt.code == CURLE_OK;
      const bool retry = transport_ok ? retryable_status(attempt.status) : retryable_code(attempt.code);
      if (!retry) {
        if (!transport_ok) error = failure(attempt, max_bytes);
        return attempt;
      }
      long wait = options.backoff_ms * (1L << std::min(tries, 20));
      if (transport_ok && !attempt.retry_after.empty()) {
        const long asked = retry_after_ms(attempt.retry_after);
        if (asked > options.max_retry_wait_ms) {
          error = "HTTP " + std::to_string(attempt.status) + " asking to retry after " +
                  seconds_text(asked) + ", beyond the limit of " + seconds_text(options.max_retry_wait_ms);
          return attempt;
        }
        wait = std::max(wait, asked);
      }
      if (tries >= options.retries) {
        error = failure(attempt, max_bytes);
        if (options.retries > 0) error += " after " + std::to_string(options.retries + 1) + " attempts";
        return attempt;
      }
      defer(origin, std::chrono::milliseconds(std::min(wait, options.max_retry_wait_ms)));
    }
  }

  // Fetches url following up to max_redirects redirects; robots_for_each_hop off only for
  // robots.txt itself.
  FetchResult follow(const Url& start, uint64_t max_bytes, bool check_robots) {
    FetchResult result;
    Url url = start;
    std::vector<std::string> chain{url.full};
    for (int hop = 0;; ++hop) {
      result.url = url.full;
      if (check_robots) {
        const auto& [rules, refused] = robots_of(url);
        if (!refused.empty()) {
          result.error = refused;
          return result;
        }
        if (!rules.allows(url.target)) {
          result.error = "disallowed by robots.txt for user agent '" + options.user_agent + "'";
          return result;
        }
      }
      Attempt attempt = with_retries(url, max_bytes, result.error);
      result.status = attempt.status;
      if (!result.error.empty()) return result;
      if (attempt.status >= 300 && attempt.status < 400 && !attempt.location.empty()) {
        std::string reason;
        std::optional<Url> next = resolve_url(url.full, attempt.location, reason);
        if (!next) {
          result.error = "redirected to '" + attempt.location.substr(0, 200) + "': " + reason;
          return result;
        }
        if (std::find(chain.begin(), chain.end(), next->full) != chain.end()) {
          result.error = "redirect loop (" + std::to_string(chain.size()) + " addresses, back to " + next->full + ")";
          return result;
        }
        if (hop + 1 > options.max_redirects) {
          result.error = "more than " + std::to_string(options.max_redirects) + " redirects";
          return result;
        }
        chain.push_back(next->full);
        url = std::move(*next);
        continue;
      }
      if (attempt.status < 200 || attempt.status >= 300) {
        result.error = "HTTP " + std::to_string(attempt.status);
        return result;
      }
      split_content_type(attempt.content_type, result.media_type, result.charset);
      result.body = std::move(attempt.body);
      result.ok = true;
      return result;
    }
  }

  // The robots.txt rules of url's origin, fetched once; the second member, when not empty, is why
  // every page of the origin is refused (its robots.txt could not be fetched).
  const std::pair<Robots, std::string>& robots_of(const Url& url) {
    const std::string origin = origin_of(url);
    if (const auto it = robots.find(origin); it != robots.end()) return it->second;
    std::string reason;
    std::optional<Url> address = resolve_url(url.full, "/robots.txt", reason);
    std::pair<Robots, std::string> entry{Robots::allow_all(), {}};
    if (address) {
      const FetchResult fetched = follow(*address, kMaxRobotsBytes, false);
      if (fetched.ok) {
        entry.first = Robots::parse(fetched.body, options.user_agent);
      } else if (fetched.status >= 400 && fetched.status < 500) {
        entry.first = Robots::allow_all();  // no robots.txt: everything is allowed (RFC 9309 2.3.1.3)
      } else {
        // Unreachable: RFC 9309 2.3.1.4 asks to assume everything disallowed.
        entry.first = Robots::disallow_all();
        entry.second = "robots.txt of " + url.scheme + "://" + url.host + " could not be fetched (" +
                       fetched.error + "), so the site is not crawled";
      }
    }
    if (entry.first.crawl_delay() > 0) {
      const double seconds = std::min(entry.first.crawl_delay(), kMaxCrawlDelaySeconds);
      const auto delay = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
      interval[origin] = std::max(base_interval(), delay);
    }
    return robots.emplace(origin, std::move(entry)).first->second;
  }
};

Fetcher::Fetcher(FetchOptions options) : impl_(std::make_unique<Impl>()) {
  init_curl();
  impl_->options = std::move(options);
  impl_->curl.reset(curl_easy_init());
}

Fetcher::~Fetcher() = default;

FetchResult Fetcher::fetch(const Url& url, uint64_t max_bytes) {
  if (!impl_->curl) {
    FetchResult result;
    result.url = url.full;
    result.error = "libcurl could not start";
    return result;
  }
  return impl_->follow(url, max_bytes == 0 ? impl_->options.max_bytes : max_bytes, true);
}

std::chrono::steady_clock::time_point Fetcher::ready_at(const Url& url) const {
  return impl_->ready_at(origin_of(url));
}

uint64_t Fetcher::requests() const { return impl_->requests; }

const FetchOptions& Fetcher::options() const { return impl_->options; }

}  // namespace dossier::ingest
