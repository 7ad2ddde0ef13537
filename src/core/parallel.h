// parallel.h — the parallel loops of the analysis: native builds use every core
// (std::thread), the web build one (Debian's Emscripten build has no pthreads).
//
// Every caller writes only to slots of its own index, so results never depend on the thread
// count or the schedule: the output stays byte-identical to a single-threaded run.
//
//   parallel_for(articles.size(), worker_count(0), [&](std::size_t i, unsigned worker) { … });
//   parallel_in_order(n, worker_count(0), 8, build_item, merge_item);  // merged 0, 1, 2, …
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>
#ifndef __EMSCRIPTEN__
#include <atomic>
#include <condition_variable>
#include <mutex>
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

// Calls build(i) for every i in [0, n) on `threads` threads, and merge(i) on the calling thread
// in order (0, 1, 2, …), each as soon as item i is built: for results that must be combined in
// order (ids handed out in first-seen order). At most `window` items are built and not yet
// merged at any time, so item i may live in slot i % window, and the memory held for items in
// flight stays that of `window` items. One thread: build(i) then merge(i), in order.
template <class Build, class Merge>
void parallel_in_order(std::size_t n, unsigned threads, std::size_t window, Build&& build,
                       Merge&& merge) {
#ifndef __EMSCRIPTEN__
    if (threads > 1 && window > 1 && n > 1) {
        std::mutex mu;
        std::condition_variable cv;
        std::size_t next = 0, merged = 0;     // next item to build; items merged
        std::vector<char> built(window, 0);   // by slot: item built, not yet merged
        auto take = [&]() { return next < n && next < merged + window; };
        auto worker = [&]() {
            std::unique_lock<std::mutex> lock(mu);
            for (;;) {
                cv.wait(lock, [&] { return next >= n || take(); });
                if (next >= n) return;
                const std::size_t i = next++;
                lock.unlock();
                build(i);
                lock.lock();
                built[i % window] = 1;
                cv.notify_all();
            }
        };
        std::vector<std::thread> pool;
        for (unsigned w = 1; w < threads; ++w) pool.emplace_back(worker);
        // The calling thread merges whenever the next item in order is ready, else builds one.
        std::unique_lock<std::mutex> lock(mu);
        while (merged < n) {
            if (built[merged % window]) {
                const std::size_t i = merged;
                lock.unlock();
                merge(i);
                lock.lock();
                built[i % window] = 0;
                ++merged;
                cv.notify_all();
            } else if (take()) {
                const std::size_t i = next++;
                lock.unlock();
                build(i);
                lock.lock();
                built[i % window] = 1;
            } else {
                cv.wait(lock);
            }
        }
        lock.unlock();
        for (std::thread& t : pool) t.join();
        return;
    }
#endif
    (void)threads;
    (void)window;
    for (std::size_t i = 0; i < n; ++i) {
        build(i);
        merge(i);
    }
}

} // namespace wiretrace
