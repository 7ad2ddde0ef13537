// Preparation.h — a view's first-open work (the caches and indices it builds once from the
// Analysis) done a slice per frame instead of in one frame.
//
// At 10,000 articles the views' first draws took 219–502 ms and Search's index 3.4 s, each in one
// task: the tab froze, and issue 9 allows no task over 100 ms. A view lists its work as stages
// (each a loop over articles, claims or passages, or one call that is cheap at any size); the
// shell runs them for at most a slice's budget per frame and shows "Preparing … N %" in the view
// until they are done, then draws it. The stages do exactly what the one-shot build did, in the
// same order, so the view's contents when ready are the same.
//
//   double MyView::prepare(const Analysis& analysis, const AppState&, double budget_ms) {
//       return prep_.run_for(analysis, budget_ms, [&] {   // stages added once per analysis
//           prep_.add("outlets", n_articles, [&](std::size_t i) { … article i … });
//           prep_.add("order", 1, [&](std::size_t) { std::sort(…); });
//       });
//   }                                                     // the shell calls it each frame until 1
//
// Stages and their items run in order; the clock is read after each item, so a slice overruns
// its budget by at most one item (keep items small: one article, one claim).
#pragma once

#include "core/analysis.h"

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace wiretrace {

class Preparation {
public:
    // Forgets every stage and the timings: the view prepares again (another analysis).
    void start() {
        stages_.clear();
        stage_ = 0;
        item_ = 0;
        slices_ = 0;
        longest_slice_ms_ = total_ms_ = longest_item_ms_ = 0;
        longest_item_stage_.clear();
        started_ = true;
    }
    bool started() const { return started_; }
    // What every view's prepare() does: runs the next slice of the preparation for `analysis`,
    // first starting it afresh when it was never started or was for another analysis (Add
    // articles swaps one in): start(), then `add_stages()` adds the view's stages.
    template <class AddStages>
    double run_for(const Analysis& analysis, double budget_ms, AddStages&& add_stages) {
        if (!started_ || prepared_for_ != &analysis) {
            start();
            prepared_for_ = &analysis;
            add_stages();
        }
        return run(budget_ms);
    }
    // The next run_for() starts afresh even for the same analysis.
    void forget() { started_ = false; }
    // A stage of `count` items; `item(i)` does item i. `count` is read when the stage starts,
    // so it may depend on an earlier stage's result.
    void add(std::string what, std::function<std::size_t()> count, std::function<void(std::size_t)> item) {
        Stage s;
        s.what = std::move(what);
        s.count = std::move(count);
        s.item = std::move(item);
        stages_.push_back(std::move(s));
    }
    void add(std::string what, std::size_t count, std::function<void(std::size_t)> item) {
        add(std::move(what), [count] { return count; }, std::move(item));
    }
    // A stage of as many items as it takes: `step()` does one and says whether the stage is
    // done, `progress()` how far it got (0..1). For the core's builders whose work is not known
    // in advance (SpanIndexBuilder: an article with many spans takes more steps).
    void add_steps(std::string what, std::function<bool()> step, std::function<double()> progress) {
        Stage s;
        s.what = std::move(what);
        s.count = [] { return std::size_t{1}; };
        s.step = std::move(step);
        s.progress = std::move(progress);
        stages_.push_back(std::move(s));
    }
    // Runs items until every stage is done or `budget_ms` has passed. Returns the fraction done.
    double run(double budget_ms) {
        if (done()) return 1;
        using clock = std::chrono::steady_clock;
        const auto t0 = clock::now();
        auto ms_between = [](clock::time_point a, clock::time_point b) {
            return std::chrono::duration<double, std::milli>(b - a).count();
        };
        auto before = t0;
        while (stage_ < stages_.size()) {
            Stage& s = stages_[stage_];
            if (!s.counted) s.n = s.count(), s.counted = true;
            if (item_ >= s.n) {
                ++stage_;
                item_ = 0;
                continue;
            }
            if (s.step) {
                if (s.step()) ++stage_, item_ = 0;
            } else {
                s.item(item_++);
                if (item_ >= s.n) ++stage_, item_ = 0; // done() as soon as the last item is
            }
            // The longest single item says which step cannot be cut finer (the slice's budget
            // only bounds how many items a slice runs).
            const auto after = clock::now();
            if (ms_between(before, after) > longest_item_ms_)
                longest_item_ms_ = ms_between(before, after), longest_item_stage_ = s.what;
            before = after;
            if (ms_between(t0, after) >= budget_ms) break;
        }
        const double ms = ms_between(t0, clock::now());
        ++slices_;
        total_ms_ += ms;
        if (ms > longest_slice_ms_) longest_slice_ms_ = ms;
        return fraction();
    }
    bool done() const { return started_ && stage_ >= stages_.size(); }
    // Stages done plus the current one's share of its items, over the number of stages.
    double fraction() const {
        if (!started_) return 0;
        if (stages_.empty() || done()) return 1;
        const Stage& s = stages_[stage_];
        const double within = s.progress                ? s.progress()
                              : s.counted && s.n ? static_cast<double>(item_) / static_cast<double>(s.n)
                                                 : 0;
        return (static_cast<double>(stage_) + within) / static_cast<double>(stages_.size());
    }
    // What is being prepared ("the word index"), for the progress line.
    const std::string& stage() const {
        static const std::string none;
        return stage_ < stages_.size() ? stages_[stage_].what : none;
    }
    // For the page's hook and the benchmark: slices run, the longest one, and their sum, in ms.
    int slices() const { return slices_; }
    double longest_slice_ms() const { return longest_slice_ms_; }
    double total_ms() const { return total_ms_; }
    // The longest single item, in ms, and its stage.
    double longest_item_ms() const { return longest_item_ms_; }
    const std::string& longest_item_stage() const { return longest_item_stage_; }

private:
    struct Stage {
        std::string what;
        std::function<std::size_t()> count;
        std::function<void(std::size_t)> item;
        std::size_t n = 0;
        bool counted = false;
        std::function<bool()> step;       // add_steps(): instead of count and item
        std::function<double()> progress;
    };
    std::vector<Stage> stages_;
    std::size_t stage_ = 0, item_ = 0;
    int slices_ = 0;
    double longest_slice_ms_ = 0, total_ms_ = 0, longest_item_ms_ = 0;
    std::string longest_item_stage_;
    bool started_ = false;
    const Analysis* prepared_for_ = nullptr; // run_for(): the analysis the stages are for
};

} // namespace wiretrace
