// claim_clauses.h — cutting a sentence into clauses, one proposition each (claim_clauses.cpp).
#pragma once

#include "surface.h"

#include <cstddef>
#include <vector>

namespace wiretrace::claims_internal {

// One clause of a sentence: tokens [first, last). A predicate coordinated with the one before
// it ("… was a stunning prize for Assad's opponents and reignited the conflict") carries the
// shared subject, tokens [subject_first, subject_last), so that it is matched as the
// proposition it states. (Not a participle clause: "won …, taking 52.4% of the vote" would then
// outrank the main clause for the whole-sentence version of another outlet.)
struct Clause {
    std::size_t first = 0, last = 0;
    std::size_t subject_first = 0, subject_last = 0; // empty when the clause has its own
    bool aside = false; // an aside between subject and verb, a relative clause ("The trust,
                        // which owns 12% of the shares, …") or one with a figure ("The levy, set
                        // at 4% of profits, …"): background the outlet states itself
};

// The clauses of a sentence's tokens; `quoted` marks the tokens inside quotation marks.
std::vector<Clause> split_clauses(const std::vector<SurfaceToken>& tk,
                                  const std::vector<bool>& quoted);

} // namespace wiretrace::claims_internal
