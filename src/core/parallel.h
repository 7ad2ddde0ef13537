// parallel.h — the one parallel loop of the analysis: native builds use every core
// (std::thread), the web build one (Debian's Emscripten build has no pthreads).
//
// Every caller writes only to slots of its own index, so results never depend on the thread
// count or the schedule: the output stays byte-identical to a single-threaded run.
//
//   parallel_for(articles.size(), worker_count(0), [&](std::size_t i, unsigned worker) { … });
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>
#ifndef __EMSCRIPTEN__
#include <atomic>
#include <thread>
#endif

namespace wiretrace {

// Worker threads: `wanted`, or every core when 0; always 1 on the web.
inline unsigned worker_count(unsigned wanted) {
#ifdef __EMSCRIPTEN__
    (void)wanted;
    return 1;
#else
    unsigned n = wanted ? wanted : std::thread::hardware_concurrency();
    return std::max(1u, std::min(n, 64u));
#endif
}

// Calls fn(i, worker) for every i in [0, n), on `threads` threads (worker < threads). Work is
// handed out in chunks from a shared counter. Small loops run on the calling thread.
template <class Fn> void parallel_for(std::size_t n, unsigned threads, Fn&& fn) {
#ifndef __EMSCRIPTEN__
    if (threads > 1 && n >= 64) {
        std::atomic<std::size_t> next{0};
        constexpr std::size_t kChunk = 16;
        auto work = [&](unsigned w) {
            for (;;) {
                std::size_t b = next.fetch_add(kChunk);
                if (b >= n) break;
                for (std::size_t i = b; i < std::min(n, b + kChunk); ++i) fn(i, w);
            }
        };
        std::vector<std::thread> pool;
        for (unsigned w = 1; w < threads; ++w) pool.emplace_back(work, w);
        work(0);
        for (std::thread& t : pool) t.join();
        return;
    }
#endif
    (void)threads;
    for (std::size_t i = 0; i < n; ++i) fn(i, 0u);
}

} // namespace wiretrace
