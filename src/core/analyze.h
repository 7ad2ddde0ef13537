// analyze.h — the whole pipeline: corpus in, Analysis out.
//
//   load ─► normalise/tokenise ─► boilerplate ─► reuse ─► provenance ─► derivation
//                                                    └──► claims
#pragma once

#include "analysis.h"

namespace wiretrace {

// Runs every stage on `corpus` (taken by value: the Analysis owns it). Deterministic.
Analysis analyze(Corpus corpus);

} // namespace wiretrace
