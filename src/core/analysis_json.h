// analysis_json.h — the Analysis as JSON (format: docs/analysis-format.md) and back.
//
// Output is deterministic: the same Analysis gives byte-identical JSON on every platform
// (fixed key order, shares and scores rounded to 4 decimals), so the native CLI and the wasm
// agree byte for byte.
#pragma once

#include "analysis.h"

#include <ostream>
#include <string>
#include <string_view>

namespace wiretrace {

// Serialises the whole analysis. `indent` < 0 gives the compact form.
std::string analysis_to_json(const Analysis& analysis, int indent = -1);

// The same, streamed to `os` (the CLI writes large corpora this way: no second copy in memory).
void write_analysis_json(const Analysis& analysis, std::ostream& os, int indent = -1);

// Parses what analysis_to_json wrote. Throws std::runtime_error with a readable message on
// malformed input (the page shows it instead of crashing).
Analysis analysis_from_json(std::string_view json);

} // namespace wiretrace
