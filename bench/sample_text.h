// Text for the text-layer benchmarks: a file or directory named by $DOSSIER_BENCH_TEXT, or
// else a deterministic stand-in news text built from sentence templates written for the purpose.
#ifndef DOSSIER_BENCH_SAMPLE_TEXT_H_
#define DOSSIER_BENCH_SAMPLE_TEXT_H_

#include <cstddef>
#include <string>
#include <vector>

namespace dossier::bench {

// Article texts: the files under $DOSSIER_BENCH_TEXT (one article each; .txt files of a
// directory, recursively) or generated articles of about target_bytes in all.
std::vector<std::string> sample_articles(size_t target_bytes);

}  // namespace dossier::bench

#endif  // DOSSIER_BENCH_SAMPLE_TEXT_H_
