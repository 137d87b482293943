// robots.txt (RFC 9309): the rules of the group for dossier's product token, else of the "*"
// group; the longest matching rule decides, Allow winning a tie; "*" and "$" in patterns.
#ifndef DOSSIER_INGEST_ROBOTS_H_
#define DOSSIER_INGEST_ROBOTS_H_

#include <string>
#include <string_view>
#include <vector>

namespace dossier::ingest {

class Robots {
 public:
  // Every path allowed.
  static Robots allow_all();
  // Every path refused (robots.txt could not be fetched: RFC 9309 section 2.3.1.4).
  static Robots disallow_all();
  // The rules of a robots.txt body for the crawler named agent (matched case-insensitively).
  static Robots parse(std::string_view body, std::string_view agent);

  // target: the path and query of an address ("/news/a?x=1").
  bool allows(std::string_view target) const;
  // Seconds the group asks between requests (Crawl-delay), 0 when it says nothing.
  double crawl_delay() const { return crawl_delay_; }

 private:
  struct Rule {
    std::string pattern;
    bool allow = false;
  };
  std::vector<Rule> rules_;
  double crawl_delay_ = 0;
};

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_ROBOTS_H_
