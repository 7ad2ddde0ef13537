// claim_hedge_negation.h — how firmly a clause is stated: its hedge and its negation
// (claim_hedge_negation.cpp).
#pragma once

#include "analysis.h"
#include "surface.h"

#include <optional>
#include <vector>

namespace wiretrace::claims_internal {

// A hedge found in a mention: the cue as written, and whether it is a verification disclaimer
// (which also hedges the sentence before it).
struct HedgeCue {
    ByteSpan span;
    bool disclaimer = false;
};

std::optional<HedgeCue> find_hedge(const std::vector<SurfaceToken>& tk,
                                   const std::vector<bool>& quoted);
std::optional<ByteSpan> find_negation(const std::vector<SurfaceToken>& tk,
                                      const std::vector<bool>& quoted, ByteSpan hedge);

} // namespace wiretrace::claims_internal
