// Map and reduce: Pipeline::analyze_paths cut in two, so that the per-article half can run on many
// machines (Dask, Spark, Hadoop streaming) and the corpus half on one. The records between them
// are JSON Lines (docs/distributed.md).
#ifndef DOSSIER_MAPRED_H_
#define DOSSIER_MAPRED_H_

#include <cstddef>
#include <cstdint>
#include <istream>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "dossier/corpus.h"
#include "dossier/pipeline.h"

namespace dossier {

// Writes the input files paths expand to, one per line, in analyze's order, and the expansion's
// diagnostics as map records (for a driver that hands the files to many map tasks).
void list_map_inputs(const std::vector<std::string>& paths, std::ostream& out, Observer* observer = nullptr);

// Writes one map record per article read from paths (analysed by the document stages and
// summarised) and per diagnostic; returns the number of error diagnostics.
size_t map_paths(const Pipeline& pipeline, const std::vector<std::string>& paths, std::ostream& out,
                 Observer* observer = nullptr);

// The same for the lines of in (named `name` in messages): each a path to read, an article as a
// JSON object (a JSON Lines record), or a map record, which is written unchanged.
size_t map_lines(const Pipeline& pipeline, std::istream& in, const std::string& name, std::ostream& out,
                 Observer* observer = nullptr);

// Gathers map records, in any order and from any number of inputs, and makes the dossier.
class Reducer {
 public:
  // pipeline must outlive the reducer.
  explicit Reducer(const Pipeline& pipeline);
  ~Reducer();
  Reducer(const Reducer&) = delete;
  Reducer& operator=(const Reducer&) = delete;

  // Reads the records of in (named `input` in messages). A damaged record, or one made by other
  // code or models, becomes one error diagnostic naming input and line; the rest is read.
  void read(std::istream& in, const std::string& input, Observer* observer = nullptr);
  // Records rejected so far.
  size_t rejected() const;
  // Articles read so far.
  size_t articles() const;
  // The dossier Pipeline::analyze_paths makes of the same inputs (in sorted path order); runs the
  // corpus stages. Call once.
  Dossier finish();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dossier

#endif  // DOSSIER_MAPRED_H_
