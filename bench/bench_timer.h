// Shared by the native benchmarks: best-of-N wall time of a callable.
#pragma once
#include <algorithm>
#include <chrono>

namespace copydesk::bench {

template <typename F>
double BestMs(int repeat, F&& f) {
  using Clock = std::chrono::steady_clock;
  double best = 1e300;
  for (int i = 0; i < repeat; ++i) {
    const auto t0 = Clock::now();
    f();
    best = std::min(best, std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
  }
  return best;
}

}  // namespace copydesk::bench
