// Runs independent work items on several threads.
#ifndef DOSSIER_UTIL_PARALLEL_H_
#define DOSSIER_UTIL_PARALLEL_H_

#include <cstddef>
#include <functional>

namespace dossier::util {

// Number of threads to use for a request of `requested` (0 = one per core).
unsigned resolve_threads(unsigned requested);

// Calls work(i) for every i in [0, count) on up to `threads` threads, items taken in order.
// work must not throw; the first exception escaping it is rethrown after all threads stop.
void parallel_for(size_t count, unsigned threads, const std::function<void(size_t)>& work);

}  // namespace dossier::util

#endif  // DOSSIER_UTIL_PARALLEL_H_
