// analyze.h — the whole pipeline: corpus in, Analysis out.
//
//   load ─► normalise/tokenise ─► boilerplate ─► reuse (passages, provenance, nearest sources,
//                                                    │     sources tree)
//                                                    └──► claims
#pragma once

#include "analysis.h"
#include "reuse.h"

#include <functional>

namespace wiretrace {

// Wall-clock seconds of each stage of one analyze() run (for benchmarks; not in the output).
struct StageTimes {
    double segment = 0; // sentences and boilerplate
    double reuse = 0;   // find_shared_text
    double claims = 0;  // extract_claims
    // CPU seconds of extract_claims, every thread's: with the wall time, what the stage costs
    // on a machine other jobs share (the wall time alone moves with their load).
    double claims_cpu = 0;
};

struct AnalyzeOptions {
    ReuseOptions reuse;            // e.g. all_pairs_reference for `wiretrace analyze --all-pairs`
    StageTimes* times = nullptr;   // filled when given
    // Called before each stage with its name ("sentences", "shared text", "claims") and the
    // rough fraction of the work done so far, for a progress bar (the page's worker).
    std::function<void(const char* stage, double done)> progress;
};

// Runs every stage on `corpus` (taken by value: the Analysis owns it). Deterministic.
Analysis analyze(Corpus corpus, const AnalyzeOptions& options = {});

} // namespace wiretrace
