// Test-only: a small invented news site served by cpp-httplib on 127.0.0.1 (a free port), with
// feeds, sitemaps and the misbehaving responses the fetcher must survive. Used by the fetcher's
// tests and the end-to-end tests of `dossier add --feed`. Every text here is invented.
#ifndef DOSSIER_INGEST_FEED_SITE_H_
#define DOSSIER_INGEST_FEED_SITE_H_

#include <httplib.h>

#include <chrono>
#include <map>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>

#include "ingest/feed_fixtures.h"

namespace dossier::ingest::testing {

// The site. Routes:
//   /robots.txt           disallows /private/ for dossier
//   /feed.rss /feed.atom  the feeds above; /sitemap.xml an index of /sitemap-news.xml and a
//                         missing sitemap
//   /news/pier-repairs, /news/coast-road, /news/tide-gauge: dated pages; /news/ferry-crews bare
//   /private/memo         a page robots.txt refuses
//   /slow                 answers after 1.5 s;  /huge: 3 MB of markup, chunked (no length)
//   /loop/a <-> /loop/b   redirect to each other;  /moved -> /news/coast-road
//   /flaky                503 the first time, then a page;  /busy: 429 Retry-After: 1, then a page
//   /bad.rss              malformed XML;  /report.pdf: application/pdf;  /cp1252: see above
//   anything else         404
class FeedSite {
 public:
  FeedSite() {
    const auto page = [this](const std::string& path, std::string html) {
      server_.Get(path, [html](const httplib::Request&, httplib::Response& res) {
        res.set_content(html, "text/html; charset=utf-8");
      });
    };
    const auto xml = [this](const std::string& path, std::string body, const std::string& type) {
      server_.Get(path, [body, type](const httplib::Request&, httplib::Response& res) {
        res.set_content(body, type);
      });
    };
    server_.Get("/robots.txt", [](const httplib::Request&, httplib::Response& res) {
      res.set_content("# invented site\nUser-agent: *\nAllow: /\n\nUser-agent: dossier\n"
                      "Disallow: /private/\n",
                      "text/plain");
    });
    xml("/feed.rss", rss_feed(), "application/rss+xml");
    xml("/feed.atom", atom_feed(), "application/atom+xml");
    xml("/sitemap-news.xml", news_sitemap(), "application/xml");
    xml("/bad.rss", "<?xml version=\"1.0\"?><rss><channel><item><title>Broken</channel></rss>",
        "application/rss+xml");
    page("/news/pier-repairs",
         dated_page("Pier repairs approved", "Anselm Quill", "2024-12-03T09:30:00Z",
                    story_paragraphs("Velmora", "repair of the old ferry pier")));
    page("/news/coast-road",
         dated_page("Coast road to reopen", "Hedda Vorst", "2024-12-05T08:00:00Z",
                    story_paragraphs("Brannock", "reopening of the coast road")));
    page("/news/tide-gauge",
         dated_page("Tide gauge installed", "Anselm Quill", "2024-12-07T06:00:00Z",
                    story_paragraphs("Oskarvik", "new tide gauge at the harbour mouth")));
    page("/news/ferry-crews", bare_page(story_paragraphs("Tarnholm", "strike by the ferry crews")));
    page("/private/memo", dated_page("Council memo", "Staff", "2024-12-01T08:00:00Z",
                                     story_paragraphs("Velmora", "private council memo")));
    server_.Get("/sitemap.xml", [this](const httplib::Request&, httplib::Response& res) {
      res.set_content(sitemap_index(base()), "application/xml");
    });
    server_.Get("/slow", [](const httplib::Request&, httplib::Response& res) {
      std::this_thread::sleep_for(std::chrono::milliseconds(1500));
      res.set_content("<html><body><p>late</p></body></html>", "text/html");
    });
    server_.Get("/huge", [](const httplib::Request&, httplib::Response& res) {
      res.set_chunked_content_provider("text/html", [](size_t offset, httplib::DataSink& sink) {
        const std::string chunk(64 * 1024, 'x');
        if (offset >= 3u * 1024 * 1024) {
          sink.done();
          return true;
        }
        return sink.write(chunk.data(), chunk.size());
      });
    });
    server_.Get("/loop/a", [](const httplib::Request&, httplib::Response& res) { res.set_redirect("/loop/b"); });
    server_.Get("/loop/b", [](const httplib::Request&, httplib::Response& res) { res.set_redirect("/loop/a"); });
    server_.Get("/moved", [](const httplib::Request&, httplib::Response& res) {
      res.set_redirect("/news/coast-road", 301);
    });
    server_.Get("/flaky", [this](const httplib::Request&, httplib::Response& res) {
      if (hits("/flaky") == 1) {
        res.status = 503;
        return;
      }
      res.set_content(dated_page("Harbour lights restored", "Mirte Oskam", "2024-12-08T10:00:00Z",
                                 story_paragraphs("Kelderwick", "harbour lights")),
                      "text/html");
    });
    server_.Get("/busy", [this](const httplib::Request&, httplib::Response& res) {
      if (hits("/busy") == 1) {
        res.status = 429;
        res.set_header("Retry-After", "1");
        return;
      }
      res.set_content(dated_page("Fish market moves", "Mirte Oskam", "2024-12-09T10:00:00Z",
                                 story_paragraphs("Saltmere", "move of the fish market")),
                      "text/html");
    });
    server_.Get("/report.pdf", [](const httplib::Request&, httplib::Response& res) {
      res.set_content("%PDF-1.4 invented", "application/pdf");
    });
    server_.Get("/cp1252", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(cp1252_page(), "text/html; charset=windows-1252");
    });
    server_.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response&) {
      const std::lock_guard<std::mutex> lock(mutex_);
      ++requests_[req.path];
      return httplib::Server::HandlerResponse::Unhandled;
    });
    port_ = server_.bind_to_any_port("127.0.0.1");
    if (port_ <= 0) throw std::runtime_error("cannot bind 127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ~FeedSite() {
    server_.stop();
    thread_.join();
  }
  FeedSite(const FeedSite&) = delete;
  FeedSite& operator=(const FeedSite&) = delete;

  std::string base() const { return "http://127.0.0.1:" + std::to_string(port_); }
  std::string url(const std::string& path) const { return base() + path; }
  // Requests the server answered for path so far.
  int requests(const std::string& path) {
    const std::lock_guard<std::mutex> lock(mutex_);
    return requests_[path];
  }

 private:
  // Requests to path so far, this one included.
  int hits(const std::string& path) { return requests(path); }

  httplib::Server server_;
  int port_ = 0;
  std::thread thread_;
  std::mutex mutex_;
  std::map<std::string, int> requests_;
};

}  // namespace dossier::ingest::testing

#endif  // DOSSIER_INGEST_FEED_SITE_H_
