#include "ingest/robots.h"

#include <charconv>

#include "util/ascii.h"

namespace dossier::ingest {
namespace {

// RFC 9309 asks crawlers to parse at least 500 KiB; the rest is ignored.
constexpr size_t kMaxParsedBytes = 512 * 1024;
// Patterns and paths beyond this length are not matched (a rule this long is no real site's), so
// the wildcard match stays bounded.
constexpr size_t kMaxPatternBytes = 2048;

// Whether pattern ("*" any run, "$" at the end anchors) matches the start of target: the usual
// greedy wildcard match with one backtrack point, linear in practice and O(n*m) at worst.
bool matches(std::string_view pattern, std::string_view target) {
  bool anchored = false;
  if (!pattern.empty() && pattern.back() == '$') {
    anchored = true;
    pattern.remove_suffix(1);
  }
  size_t p = 0;
  size_t t = 0;
  size_t star = std::string_view::npos;
  size_t star_t = 0;
  while (true) {
    if (p == pattern.size()) {
      if (!anchored || t == target.size()) return true;
    } else if (pattern[p] == '*') {
      star = p++;
      star_t = t;
      continue;
    } else if (t < target.size() && pattern[p] == target[t]) {
      ++p;
      ++t;
      continue;
    }
    if (star == std::string_view::npos || star_t >= target.size()) return false;
    p = star + 1;
    t = ++star_t;
  }
}

}  // namespace

Robots Robots::allow_all() { return Robots(); }

Robots Robots::disallow_all() {
  Robots robots;
  robots.rules_.push_back({"/", false});
  return robots;
}

Robots Robots::parse(std::string_view body, std::string_view agent) {
  body = body.substr(0, kMaxParsedBytes);
  Robots own;
  Robots any;
  bool own_seen = false;
  // The groups the current user-agent lines open, and whether rules have followed them.
  bool in_own = false;
  bool in_any = false;
  bool group_has_rules = false;
  size_t pos = 0;
  while (pos < body.size()) {
    size_t end = body.find('\n', pos);
    if (end == std::string_view::npos) end = body.size();
    std::string_view line = body.substr(pos, end - pos);
    pos = end + 1;
    line = line.substr(0, line.find('#'));
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string key = util::ascii::lower(util::ascii::trim(line.substr(0, colon)));
    const std::string_view value = util::ascii::trim(line.substr(colon + 1));
    if (key == "user-agent") {
      if (group_has_rules) {
        in_own = in_any = false;
        group_has_rules = false;
      }
      if (util::ascii::iequals(value, agent)) {
        in_own = true;
        own_seen = true;
      } else if (value == "*") {
        in_any = true;
      }
      continue;
    }
    if (key == "allow" || key == "disallow") {
      group_has_rules = true;
      // An empty Disallow allows everything: no rule.
      if (value.empty() || value.size() > kMaxPatternBytes) continue;
      const Rule rule{std::string(value), key == "allow"};
      if (in_own) own.rules_.push_back(rule);
      if (in_any) any.rules_.push_back(rule);
    } else if (key == "crawl-delay") {
      group_has_rules = true;
      double seconds = 0;
      const auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), seconds);
      if (ec != std::errc() || seconds < 0) continue;
      if (in_own) own.crawl_delay_ = seconds;
      if (in_any) any.crawl_delay_ = seconds;
    }
  }
  return own_seen ? own : any;
}

bool Robots::allows(std::string_view target) const {
  if (target.size() > kMaxPatternBytes * 4) target = target.substr(0, kMaxPatternBytes * 4);
  size_t best = 0;
  bool allowed = true;
  for (const Rule& rule : rules_) {
    if (rule.pattern.size() < best || !matches(rule.pattern, target)) continue;
    if (rule.pattern.size() > best || rule.allow) allowed = rule.allow;
    best = rule.pattern.size();
  }
  return allowed;
}

}  // namespace dossier::ingest
