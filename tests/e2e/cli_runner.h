// Runs the dossier command in a child process and captures what it prints.
#ifndef DOSSIER_TESTS_E2E_CLI_RUNNER_H_
#define DOSSIER_TESTS_E2E_CLI_RUNNER_H_

#include <string>
#include <vector>

namespace dossier::testing {

struct CliResult {
  int exit_code = -1;
  std::string out;  // standard output
  std::string err;  // standard error
};

// Runs the built dossier binary with args (no shell involved).
CliResult run_cli(const std::vector<std::string>& args);
// The same with standard input read from the file stdin_path (inherited when empty).
CliResult run_cli(const std::vector<std::string>& args, const std::string& stdin_path);

// A fresh empty directory under the system temp directory, removed at exit of the test binary.
std::string make_temp_dir();

// Writes bytes to path (creating parent directories).
void write_file(const std::string& path, const std::string& bytes);

std::string read_file(const std::string& path);

}  // namespace dossier::testing

#endif  // DOSSIER_TESTS_E2E_CLI_RUNNER_H_
