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
#include "core/text.h"

#include <cctype>

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
// The engine's stored mention behind a claim's mention, found by its article and span (the
// diagnostics below read how each side's source was found, which only the stored mention keeps).
class StoredBySpan {
public:
    explicit StoredBySpan(const Mentions& ms) {
        for (const StoredMention& s : ms.stored) index_[{s.m.article, s.m.span.begin, s.m.span.end}] = &s;
    }
    const StoredMention* operator()(const ClaimMention& m) const {
        auto it = index_.find({m.article, m.span.begin, m.span.end});
        return it == index_.end() ? nullptr : it->second;
    }

private:
    std::map<std::tuple<int, std::uint32_t, std::uint32_t>, const StoredMention*> index_;
};

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
        const StoredBySpan stored(ms);
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
        const StoredBySpan stored(ms);
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

// The features of the evidence behind every attribution flag inside a labelled claim
// (WIRETRACE_EVAL_WAYS=1 too), the table in compare_attribution's comment: one FEAT line per flag
// with its story, article, form, whether it was expected and else the stage the eval blames; how
// each side was read; how many articles carry the engine claim, credit anyone, credit the
// reference's source; whether each side quotes; the share of the longer words the two mentions
// share; the mention's paragraph in its article; how often the departing article (elseX) and the
// reference's article (elseR) credit the other side's source before and after the mention (by
// the source's last word, every mention of every claim counted); both credits and both texts.
namespace {
std::vector<std::string> diag_words(std::string_view s) {
    std::vector<std::string> out;
    std::string w;
    for (char ch : s) {
        if (std::isalnum(static_cast<unsigned char>(ch))) w += static_cast<char>(std::tolower(ch));
        else { if (w.size() >= 4) out.push_back(w); w.clear(); }
    }
    if (w.size() >= 4) out.push_back(w);
    return out;
}
std::string diag_last(std::string_view s) {
    std::vector<std::string> w = diag_words(s);
    return w.empty() ? std::string() : w.back();
}
} // namespace

TEST(ClaimsEvalWays, AttributionFlagFeatures) {
    if (!std::getenv("WIRETRACE_EVAL_WAYS")) GTEST_SKIP() << "set WIRETRACE_EVAL_WAYS=1";
    for (const auto& dir : story_dirs()) {
        const std::string name = dir.filename().string();
        const Expected x = load_expected(dir);
        if (!x.held_out.empty()) continue;
        Analysis a = analyze(load_corpus({dir.string()}));
        Mentions ms = find_mentions(a, 1);
        const StoredBySpan stored(ms);
        auto who = [&](const ClaimMention& m) {
            return std::string(claim_name(a, m.source >= 0 ? m.source : m.speaker));
        };
        // Every credit each article gives, anywhere (all claims' mentions).
        std::map<int, std::vector<std::pair<ByteSpan, std::string>>> credits;
        for (const Claim& c : a.claims)
            for (const ClaimMention& m : c.mentions)
                if (m.source >= 0 || m.speaker >= 0) credits[m.article].push_back({m.span, who(m)});
        for (const StoredMention& s : ms.stored)
            if (s.m.source >= 0) credits[s.m.article].push_back({s.m.span, std::string(ms.names.text(s.m.source))});
        auto credits_elsewhere = [&](int article, ByteSpan not_span, const std::string& src) {
            const std::string l = diag_last(src);
            if (l.empty()) return std::string("-");
            int before = 0, after = 0;
            for (const auto& [sp, w] : credits[article]) {
                if (sp.begin == not_span.begin && sp.end == not_span.end) continue;
                if (diag_last(w) != l) continue;
                (sp.begin < not_span.begin ? before : after)++;
            }
            return std::to_string(before) + "b" + std::to_string(after) + "a";
        };
        auto paragraph = [&](const ClaimMention& m) {
            const std::string& t = a.corpus.articles[static_cast<std::size_t>(m.article)].text;
            int p = 0, total = 0;
            for (std::size_t i = 0; i + 1 < t.size(); ++i)
                if (t[i] == '\n' && t[i + 1] != '\n') {
                    ++total;
                    if (i < m.span.begin) ++p;
                }
            return std::to_string(p) + "/" + std::to_string(total);
        };
        for (std::size_t c = 0; c < a.claims.size(); ++c) {
            const Claim& claim = a.claims[c];
            for (std::size_t di = 0; di < claim.differences.size(); ++di) {
                const ClaimDifference& d = claim.differences[di];
                if (d.kind != DifferenceKind::Attribution) continue;
                Analysis one = a;
                for (Claim& k : one.claims) k.differences.clear();
                one.claims[c].differences = {d};
                const Score s = score_story(one, x);
                if (s.flagged == 0) continue;
                std::string cause = "ok";
                for (int k = 0; k < Score::kCauses; ++k)
                    if (s.false_because[k]) cause = Score::cause_name(k);
                const ClaimMention& mx = claim.mentions[static_cast<std::size_t>(d.mention)];
                const ClaimMention& mr = claim.mentions[static_cast<std::size_t>(d.reference)];
                std::set<int> arts, cred, same_as_ref;
                for (const ClaimMention& m : claim.mentions) {
                    arts.insert(m.article);
                    if (m.source >= 0 || m.speaker >= 0) cred.insert(m.article);
                    if (lower_ascii(who(m)) == lower_ascii(who(mr))) same_as_ref.insert(m.article);
                }
                const std::vector<std::string> wx = diag_words(text_of(a, mx)),
                                               wr = diag_words(text_of(a, mr));
                std::set<std::string> sx(wx.begin(), wx.end()), sr(wr.begin(), wr.end());
                int common = 0;
                for (const std::string& w : sx) common += sr.count(w);
                const double cont = std::min(sx.empty() ? 0.0 : 1.0 * common / sx.size(),
                                             sr.empty() ? 0.0 : 1.0 * common / sr.size());
                const std::string rx = who(mx), rr = who(mr);
                std::string else_x = "-", else_r = "-";
                if (!rr.empty()) else_x = credits_elsewhere(mx.article, mx.span, rr);
                if (!rx.empty()) else_r = credits_elsewhere(mr.article, mr.span, rx);
                std::printf("FEAT\t%s\t%s\t%s\texp=%d\t%s\tx=%s\tr=%s\tarts=%zu cred=%zu sameref=%zu"
                            "\tq=%d%d\tsim=%.2f\tlen=%zu/%zu\tpara=%s\telseX=%s elseR=%s\t[%s]|[%s]"
                            "\t%s || %s\n",
                            name.c_str(),
                            a.corpus.articles[static_cast<std::size_t>(mx.article)].id.c_str(),
                            form_of(claim, d).c_str() + 13, s.flagged_expected, cause.c_str(),
                            describe(stored(mx), mx).c_str(), describe(stored(mr), mr).c_str(),
                            arts.size(), cred.size(), same_as_ref.size(), !mx.quotes.empty(),
                            !mr.quotes.empty(), cont, wx.size(), wr.size(), paragraph(mx).c_str(),
                            else_x.c_str(), else_r.c_str(), rx.c_str(), rr.c_str(),
                            std::string(text_of(a, mx)).c_str(),
                            std::string(text_of(a, mr)).c_str());
            }
        }
    }
}

// Every flag of the forms that fail most on new text (negation and hedge added or dropped,
// attribution changed and dropped) inside a labelled claim of a tuned story, with both
// mentions' words (WIRETRACE_EVAL_WAYS=1): the evidence each form's confidence rule is checked
// against. Held-out stories are skipped.
TEST(ClaimsEvalWays, FlagsOfTheUnsureForms) {
    if (!std::getenv("WIRETRACE_EVAL_WAYS")) GTEST_SKIP() << "set WIRETRACE_EVAL_WAYS=1";
    for (const auto& dir : story_dirs()) {
        const Expected x = load_expected(dir);
        if (!x.held_out.empty()) continue;
        Analysis a = analyze(load_corpus({dir.string()}));
        for (std::size_t c = 0; c < a.claims.size(); ++c)
            for (const ClaimDifference& d : a.claims[c].differences) {
                if (d.kind == DifferenceKind::Quantity || d.kind == DifferenceKind::QuoteWording ||
                    d.kind == DifferenceKind::Speaker)
                    continue;
                Analysis one = a;
                for (Claim& k : one.claims) k.differences.clear();
                one.claims[c].differences = {d};
                const Score s = score_story(one, x);
                if (s.flagged == 0) continue;
                const Claim& claim = a.claims[c];
                const ClaimMention& mx = claim.mentions[static_cast<std::size_t>(d.mention)];
                const ClaimMention& mr = claim.mentions[static_cast<std::size_t>(d.reference)];
                std::printf("FLAG\t%s\t%s\t%d\t%s\n  X: %s\n  R: %s\n",
                            dir.filename().string().c_str(), form_of(claim, d).c_str(),
                            s.flagged_expected, d.detail.c_str(),
                            std::string(text_of(a, mx)).c_str(),
                            std::string(text_of(a, mr)).c_str());
            }
    }
}
