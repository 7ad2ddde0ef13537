// How each side of every attribution flag was read, on the tuned eval stories: the evidence for
// the confidence the comparison gives each way of reading a source (claim_compare_sources.cpp,
// compare_attribution, whose comment has the table this printed). Runs only with
// WIRETRACE_EVAL_WAYS=1; held-out stories are skipped (their text stays unseen):
//
//   WIRETRACE_EVAL_WAYS=1 build/native/wiretrace_tests --gtest_filter='ClaimsEvalWays*'
//
// prints one WAY line per attribution flag inside a labelled claim (set, story, article, form,
// 1 when expected, how the departing and the reference mention were read, detail, text), one
// NOTE line per attribution note ("not flagged: …", with whether a flag there would have been
// expected), and the attribution precision and recall of the tuned stories and, apart, of the
// six handed over on 2026-12-03 (sets 2026-12-03-c and -d), the least tuned.
#include "claims_eval.h"

#include "core/analyze.h"
#include "core/claims_internal.h"
#include "core/corpus.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <tuple>

using namespace wiretrace;
using namespace wiretrace::claims_eval;
using namespace wiretrace::claims_internal;

namespace {

const char* way_name(int w) {
    static const char* k[] = {"none",     "according", "passive", "closing",        "subject",
                              "relative", "inverted",  "pronoun", "shared_subject", "speaker"};
    return w >= 0 && w < 10 ? k[w] : "?";
}

// How a mention's source was read: its way, what was carried or resolved, and how its quoted
// speaker was read when it has one.
std::string describe(const StoredMention* s, const ClaimMention& m) {
    std::string out;
    if (!s) return "unmatched";
    out = way_name(s->source_way);
    if (s->source_flags & kSourceCarried) out += "+carried";
    if (s->source_flags & kSourceResolved) out += "+resolved";
    if (s->source_flags & kSourceSubordinate) out += "+subord";
    if (m.speaker >= 0) {
        out += "|spk";
        if (s->source_flags & kSpeakerPronoun) out += "+pron";
        if (s->source_flags & kSpeakerContinued) out += "+cont";
    }
    return out;
}

TEST(ClaimsEvalWays, AttributionFlagsByWayFound) {
    if (!std::getenv("WIRETRACE_EVAL_WAYS")) GTEST_SKIP() << "set WIRETRACE_EVAL_WAYS=1";
    const std::set<std::string> six = {"hospital_ransomware", "dam_release",  "pension_loss",
                                       "zoo_escape", "boil_water_notice", "marathon_short_course"};
    const std::vector<std::filesystem::path> dirs = story_dirs();
    Score tuned26, six6;
    for (const auto& dir : dirs) {
        const std::string name = dir.filename().string();
        const Expected x = load_expected(dir);
        if (!x.held_out.empty()) continue;
        Analysis a = analyze(load_corpus({dir.string()}));
        const Score whole = score_story(a, x);
        (six.count(name) ? six6 : tuned26) += whole;
        Mentions ms = find_mentions(a, 1);
        std::map<std::tuple<int, std::uint32_t, std::uint32_t>, const StoredMention*> by_span;
        for (const StoredMention& s : ms.stored)
            by_span[{s.m.article, s.m.span.begin, s.m.span.end}] = &s;
        auto stored = [&](const ClaimMention& m) -> const StoredMention* {
            auto it = by_span.find({m.article, m.span.begin, m.span.end});
            return it == by_span.end() ? nullptr : it->second;
        };
        for (std::size_t c = 0; c < a.claims.size(); ++c)
            for (const ClaimNote& n : a.claims[c].notes) {
                if (n.detail.find("not flagged") == std::string::npos) continue;
                // Would it have been an expected attribution flag?
                Analysis one = a;
                for (Claim& k : one.claims) k.differences.clear();
                one.claims[c].differences = {{DifferenceKind::Attribution, n.mention, 0, "note"}};
                const Score s = score_story(one, x);
                std::printf(
                    "NOTE\t%s\t%s\t%s\tlabelled=%d expected=%d\t%s\n",
                    six.count(name) ? "six" : "tuned", name.c_str(),
                    a.corpus
                        .articles[static_cast<std::size_t>(
                            a.claims[c].mentions[static_cast<std::size_t>(n.mention)].article)]
                        .id.c_str(),
                    s.flagged, s.flagged_expected, n.detail.c_str());
            }
        for (std::size_t c = 0; c < a.claims.size(); ++c)
            for (std::size_t di = 0; di < a.claims[c].differences.size(); ++di) {
                const ClaimDifference& d = a.claims[c].differences[di];
                if (d.kind != DifferenceKind::Attribution) continue;
                Analysis one = a;
                for (Claim& k : one.claims) k.differences.clear();
                one.claims[c].differences = {d};
                const Score s = score_story(one, x);
                if (s.flagged == 0) continue; // outside the labels
                const Claim& claim = a.claims[c];
                const ClaimMention& mx = claim.mentions[static_cast<std::size_t>(d.mention)];
                const ClaimMention& mr = claim.mentions[static_cast<std::size_t>(d.reference)];
                std::printf("WAY\t%s\t%s\t%s\t%s\t%d\t%s\t%s\t%s\t%s\n",
                            six.count(name) ? "six" : "tuned", name.c_str(),
                            a.corpus.articles[static_cast<std::size_t>(mx.article)].id.c_str(),
                            form_of(claim, d).c_str(), s.flagged_expected,
                            describe(stored(mx), mx).c_str(), describe(stored(mr), mr).c_str(),
                            d.detail.c_str(), std::string(text_of(a, mx)).substr(0, 120).c_str());
            }
    }
    auto pr = [](const char* n, Score& s) {
        auto& k = s.by_kind["attribution"];
        std::printf("ATTR %s precision %d/%d recall %d/%d; all diffs %d/%d, %d/%d\n", n,
                    k.flagged_expected, k.flagged, k.found, k.expected, s.flagged_expected,
                    s.flagged, s.found, s.expected);
    };
    pr("tuned (without the six)", tuned26);
    pr("six handed over 2026-12-03", six6);
}

// The same for speaker flags (WIRETRACE_EVAL_WAYS=1 too): one SPK line per speaker flag inside a
// labelled claim, with how each side's quoted speaker was read ("spk+pron": from "he"/"she",
// "spk+cont": from the quotation before; no "spk": the voice is the credited source, no speaker
// was read), and the speaker precision and recall of the tuned stories and of the six handed
// over on 2026-12-03 evening (sets -e and -f).
TEST(ClaimsEvalWays, SpeakerFlagsByWayFound) {
    if (!std::getenv("WIRETRACE_EVAL_WAYS")) GTEST_SKIP() << "set WIRETRACE_EVAL_WAYS=1";
    const std::set<std::string> six = {"bridge_closure",  "reef_bleaching", "store_closures",
                                       "school_closures", "ticket_fraud",   "wheat_harvest"};
    Score tuned, six6;
    for (const auto& dir : story_dirs()) {
        const std::string name = dir.filename().string();
        const Expected x = load_expected(dir);
        if (!x.held_out.empty()) continue;
        Analysis a = analyze(load_corpus({dir.string()}));
        (six.count(name) ? six6 : tuned) += score_story(a, x);
        Mentions ms = find_mentions(a, 1);
        std::map<std::tuple<int, std::uint32_t, std::uint32_t>, const StoredMention*> by_span;
        for (const StoredMention& s : ms.stored)
            by_span[{s.m.article, s.m.span.begin, s.m.span.end}] = &s;
        auto stored = [&](const ClaimMention& m) -> const StoredMention* {
            auto it = by_span.find({m.article, m.span.begin, m.span.end});
            return it == by_span.end() ? nullptr : it->second;
        };
        for (std::size_t c = 0; c < a.claims.size(); ++c) {
            const Claim& claim = a.claims[c];
            for (const ClaimNote& n : claim.notes)
                if (n.detail.find("quoted words") != std::string::npos) {
                    Analysis one = a;
                    for (Claim& k : one.claims) k.differences.clear();
                    one.claims[c].differences = {{DifferenceKind::Speaker, n.mention, 0, "note"}};
                    const Score s = score_story(one, x);
                    std::printf("SPKNOTE\t%s\t%s\tlabelled=%d expected=%d\t%s\n",
                                six.count(name) ? "six" : "tuned", name.c_str(), s.flagged,
                                s.flagged_expected, n.detail.c_str());
                }
            for (const ClaimDifference& d : claim.differences) {
                if (d.kind != DifferenceKind::Speaker) continue;
                Analysis one = a;
                for (Claim& k : one.claims) k.differences.clear();
                one.claims[c].differences = {d};
                const Score s = score_story(one, x);
                if (s.flagged == 0) continue; // outside the labels
                const ClaimMention& mx = claim.mentions[static_cast<std::size_t>(d.mention)];
                const ClaimMention& mr = claim.mentions[static_cast<std::size_t>(d.reference)];
                std::printf("SPK\t%s\t%s\t%s\t%d\t%s\t%s\t%s\t%s || %s\n",
                            six.count(name) ? "six" : "tuned", name.c_str(),
                            a.corpus.articles[static_cast<std::size_t>(mx.article)].id.c_str(),
                            s.flagged_expected, describe(stored(mx), mx).c_str(),
                            describe(stored(mr), mr).c_str(), d.detail.c_str(),
                            std::string(text_of(a, mx)).substr(0, 160).c_str(),
                            std::string(text_of(a, mr)).substr(0, 160).c_str());
            }
        }
    }
    auto pr = [](const char* n, Score& s) {
        auto& k = s.by_kind["speaker"];
        std::printf("SPEAKER %s precision %d/%d recall %d/%d; all diffs %d/%d, %d/%d\n", n,
                    k.flagged_expected, k.flagged, k.found, k.expected, s.flagged_expected,
                    s.flagged, s.found, s.expected);
    };
    pr("tuned (without the six)", tuned);
    pr("six handed over 2026-12-03 evening", six6);
}

} // namespace
