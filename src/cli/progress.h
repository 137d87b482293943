// Progress bar and diagnostics on stderr for long runs.
#ifndef DOSSIER_CLI_PROGRESS_H_
#define DOSSIER_CLI_PROGRESS_H_

#include <chrono>
#include <cstddef>
#include <ostream>

#include "dossier/pipeline.h"

namespace dossier::cli {

// Prints each diagnostic as one line, and (when show_bar) a bar redrawn in place.
class ProgressObserver : public Observer {
 public:
  ProgressObserver(std::ostream& err, bool show_bar);
  ~ProgressObserver() override;
  void on_diagnostic(const Diagnostic& diagnostic) override;
  void on_progress(size_t done, size_t total) override;
  size_t errors() const { return errors_; }

 private:
  void clear_bar();

  std::ostream& err_;
  bool show_bar_;
  bool bar_drawn_ = false;
  size_t errors_ = 0;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace dossier::cli

#endif  // DOSSIER_CLI_PROGRESS_H_
