// claims_eval.h — scoring the claims engine against a labelled evaluation set
// (tests/claims_eval/README.md describes the set and its expected.json format).
//
// Kept apart from the test that runs it so that the scoring itself can be tested on a tiny
// hand-made Analysis whose scores are known (claims_eval_test.cpp): a scorer that is wrong would
// make every figure it prints meaningless.
#pragma once

#include "core/analysis.h"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace wiretrace::claims_eval {

// One outlet's mention of a labelled claim, identified by a substring of the article text.
struct LabelledMention {
    std::string claim;   // labelled claim id
    std::string article; // article id
    std::string needle;  // occurs exactly once in the article, inside the mention
};

// A difference that must (or must not) be flagged on `article`'s mention of `claim`.
struct LabelledFlag {
    std::string claim;
    std::string kind; // JSON difference kind, or "any" (must-not only)
    std::string article;
    std::string why;
};

struct Expected {
    std::string file; // for error messages
    std::string story;
    // The held-out set the story belongs to: the date (YYYY-MM-DD) its answers were written,
    // before any engine was run on it, optionally followed by "-tag" to tell apart two sets of one
    // day ("2026-11-29-final"); empty for a story the engine's authors have seen (a "tuned"
    // story). Scores on each held-out set are reported apart: they are the honest measure of
    // unseen text, and a set written later has been seen by fewer people than an earlier one.
    std::string held_out;
    std::vector<LabelledMention> mentions; // grouped by claim, in file order
    std::vector<LabelledFlag> differences;
    std::vector<LabelledFlag> not_differences;
};

// Parses an expected.json. Throws std::runtime_error("<file>: what is wrong") for a malformed
// file, an unknown difference kind, a flag naming a claim or article the claim does not have, or
// a "held_out" that is not a YYYY-MM-DD date with an optional "-tag".
Expected parse_expected(const std::string& file, const std::string& json_text);

struct Score {
    // Differences, counted as distinct (engine claim, departing mention, kind) whose mention
    // matches a labelled mention.
    int flagged = 0;
    int flagged_expected = 0;
    int expected = 0;
    int found = 0;
    int must_not = 0;
    int must_not_hit = 0;
    // Unordered pairs of labelled mentions.
    int pairs_engine = 0;   // in the same engine claim
    int pairs_labelled = 0; // in the same labelled claim
    int pairs_both = 0;
    // Which stage of the engine each missed difference and each false flag comes from, counted
    // (by score_story), so that a held-out set, whose problems stay unseen, still says where its misses
    // and false flags come from: the mention, the grouping or the comparison.
    enum Cause {
        MentionNotFound,   // no engine mention holds the labelled words (missed only)
        TwoFactsInOne,     // the mention holds two labelled claims
        GroupMixesClaims,  // its engine claim also holds mentions of another labelled claim
        ApartFromMost,     // its engine claim holds at most half of its labelled claim's mentions
        OtherKindFlagged,  // grouped right; flagged, but as another kind (missed only)
        GroupedRight,      // grouped right: the comparison missed it or flagged it wrongly
        kCauses
    };
    static const char* cause_name(int cause);
    // The difference counts above per JSON kind, for the table by kind.
    struct KindCounts {
        int expected = 0, found = 0, flagged = 0, flagged_expected = 0;
        int missed_because[kCauses] = {}, false_because[kCauses] = {}; // by Cause
    };
    std::map<std::string, KindCounts> by_kind;
    // Flags by the form of the departure (form_of: "attribution: dropped", "… added", "…
    // changed", "hedge: added", …): how many, and how many were expected. Only precision is
    // known per form (a miss has no form), but a held-out set's false flags, counted this way,
    // say which rule misfires without giving its text away.
    struct FormCounts {
        int flagged = 0, flagged_expected = 0;
    };
    std::map<std::string, FormCounts> by_form;
    int missed_because[kCauses] = {};
    int false_because[kCauses] = {};
    // Plain-words report lines: misses, false flags, split and merged groups.
    std::vector<std::string> problems;
    // How the engine cut the labelled sentences into mentions (one mention should be one
    // proposition): engine mentions whose words hold the labelled words of two or more labelled
    // claims ("two-fact mentions", and the labelled mentions they hold), and labelled mentions
    // whose words no engine mention holds whole but two or more share ("split facts": a cut
    // through one labelled proposition), out of `labelled_mentions`. Counts only, so that a
    // held-out set shows them as totals; `cutting` says which, in words (tuned stories only
    // in a blind run).
    int labelled_mentions = 0;
    int two_fact_mentions = 0;
    int two_fact_labelled = 0;
    int split_facts = 0;
    std::vector<std::string> cutting;

    Score& operator+=(const Score& o);
};

// Scores `analysis` (of the story's corpus) against `expected`. Throws std::runtime_error naming
// expected.file when a labelled article is not in the corpus or a needle does not occur exactly
// once in its article: a labelling mistake must not pass as an engine miss.
Score score_story(const Analysis& analysis, const Expected& expected);

// The form of a flagged difference: its JSON kind, and for attribution, hedge and negation
// whether the departing mention drops, adds or changes what the reference carries ("attribution:
// dropped"); read from the two mentions, not from the detail's wording.
std::string form_of(const Claim& claim, const ClaimDifference& d);

// The eval's stories: every folder of tests/claims_eval holding an expected.json, sorted by name
// (the order the eval reports them in).
std::vector<std::filesystem::path> story_dirs();

// A story's answers: its expected.json read and parsed, errors named by its path in the repo
// ("tests/claims_eval/<story>/expected.json").
Expected load_expected(const std::filesystem::path& story_dir);

// Ratio with the convention that nothing to count scores 1 (printed as "-"); recall and
// precision are each checked, so an engine that flags nothing fails on recall.
double ratio(int part, int whole);

} // namespace wiretrace::claims_eval
