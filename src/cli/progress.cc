#include "cli/progress.h"

#include <cstdio>
#include <string>

namespace dossier::cli {

ProgressObserver::ProgressObserver(std::ostream& err, bool show_bar)
    : err_(err), show_bar_(show_bar), start_(std::chrono::steady_clock::now()) {}

ProgressObserver::~ProgressObserver() { clear_bar(); }

void ProgressObserver::clear_bar() {
  if (!bar_drawn_) return;
  err_ << "\r\033[K" << std::flush;
  bar_drawn_ = false;
}

void ProgressObserver::on_diagnostic(const Diagnostic& diagnostic) {
  clear_bar();
  const bool error = diagnostic.severity == Diagnostic::Severity::kError;
  if (error) ++errors_;
  err_ << "dossier: " << (error ? "skipped " : "warning: ") << diagnostic.to_string() << "\n";
}

void ProgressObserver::on_progress(size_t done, size_t total) {
  if (!show_bar_ || total == 0) return;
  const auto now = std::chrono::steady_clock::now();
  // Redrawing costs a write; ten times a second is enough for a reader.
  if (done < total && bar_drawn_ && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  constexpr int kWidth = 30;
  const int filled = static_cast<int>(kWidth * done / total);
  const double seconds = std::chrono::duration<double>(now - start_).count();
  const double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0.0;
  char line[160];
  std::snprintf(line, sizeof line, "\r[%s%s] %zu/%zu articles  %.1f articles/s\033[K",
                std::string(static_cast<size_t>(filled), '#').c_str(),
                std::string(static_cast<size_t>(kWidth - filled), '.').c_str(), done, total, rate);
  err_ << line << std::flush;
  bar_drawn_ = true;
  if (done == total) clear_bar();
}

}  // namespace dossier::cli
