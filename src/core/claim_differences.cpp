// claim_differences.cpp — step 3 of the claims engine (claims.h): for one claim, the consensus
// version (reference) and every outlet that departs from it.
//
// Differences are never computed between all pairs of outlets. For each kind, the claim's
// mentions fall into versions (mentions that agree on that kind); the version most outlets
// carry is the consensus, its earliest mention the kind's reference; only mentions outside it
// are marked, each against that reference. One story carried by N outlets therefore costs
// O(N × versions), and the matrix marks the one outlet that changed a number, not all five.
//
// Each kind is compared in a file of its own (claim_compare.h): claim_compare_quantity.cpp,
// claim_compare_quotes.cpp, claim_compare_sources.cpp, claim_compare_cues.cpp. This file
// keeps the stage.
//
// [SECTION] Versions and the consensus
// [SECTION] Entry point
#include "claim_compare.h"
#include "claim_lexicon.h"
#include "text.h"

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace wiretrace::claims_internal {

const char* const kOpen = "\xE2\x80\x9C";  // “
const char* const kClose = "\xE2\x80\x9D"; // ”

std::string quoted(std::string_view s) {
    return kOpen + std::string(s) + kClose;
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Versions and the consensus
//-------------------------------------------------------------------------------------------------

namespace {

bool takes_part(const Member& m, int kind) {
    const DraftMention& c = m.info->m;
    switch (kind) {
    case kQuantity:
        return !c.quantities.empty();
    case kQuote:
        return !m.quote.folded.empty();
    case kSpeaker:
        return !m.quote.folded.empty() && voice(c).has_value();
    default:
        return true;
    }
}

bool agree(const Member& x, const Member& y, int kind) {
    switch (kind) {
    case kHedge:
        return !compare_hedge(x, y).differs;
    case kNegation:
        return !compare_polarity(x, y).differs;
    default:
        break;
    }
    const DraftMention& a = x.info->m;
    const DraftMention& b = y.info->m;
    switch (kind) {
    case kQuantity:
        return quantities_match({a, *x.text, *x.date}, {b, *y.text, *y.date});
    case kQuote:
        return compare_quotes(x.quote, y.quote, nullptr) != QuoteMatch::Changed;
    case kSpeaker:
        return compare_speaker(x, y).match != AttributionMatch::Differs;
    case kAttribution:
        return compare_attribution(x, y).match != AttributionMatch::Differs;
    default:
        return false;
    }
}

// Earlier is better: the earliest date (an article without one after every dated one), then
// corpus order.
bool earlier(const Member& x, const Member& y) {
    if (x.date_rank != y.date_rank) return x.date_rank < y.date_rank;
    return x.article < y.article;
}

// The versions of one kind: each a list of member positions, the first its representative.
// At most kMaxVersions are kept apart; beyond that a mention stands alone (counted once), so a
// claim with a thousand different wordings still costs O(members × kMaxVersions).
constexpr std::size_t kMaxVersions = 24;

struct Versions {
    std::vector<std::vector<std::size_t>> list;
    std::vector<int> of; // version of each member, -1 when it does not take part
};

// Whether x joins the version y represents. A credit is counted with a version only where the
// two were read as the same source (AttributionMatch::Same), not where one side was unsure: an
// uncredited clause that shares too few words with a credited one, or a pronoun's guess, says
// nothing about which credit most outlets carry, and joining it to the first version let one
// unsure pair outvote two outlets that name the same body. (An unsure pair is still never
// flagged against the reference: compare_to_consensus asks agree().)
bool joins_version(const Member& x, const Member& y, int kind) {
    if (kind == kAttribution) return compare_attribution(x, y).match == AttributionMatch::Same;
    return agree(x, y, kind);
}

Versions versions_of(const std::vector<Member>& members, int kind) {
    Versions v;
    v.of.assign(members.size(), -1);
    for (std::size_t i = 0; i < members.size(); ++i) {
        if (!takes_part(members[i], kind)) continue;
        int found = -1;
        for (std::size_t k = 0; k < v.list.size() && k < kMaxVersions && found < 0; ++k)
            if (joins_version(members[i], members[v.list[k][0]], kind))
                found = static_cast<int>(k);
        if (found < 0) {
            v.list.push_back({});
            found = static_cast<int>(v.list.size() - 1);
        }
        v.list[static_cast<std::size_t>(found)].push_back(i);
        v.of[i] = found;
    }
    return v;
}

// The consensus version: the most members; ties go to the version whose first member is earlier.
int consensus(const Versions& v, const std::vector<Member>& members) {
    int best = -1;
    for (std::size_t k = 0; k < v.list.size(); ++k) {
        if (best < 0) {
            best = static_cast<int>(k);
            continue;
        }
        const auto& b = v.list[static_cast<std::size_t>(best)];
        const auto& c = v.list[k];
        if (c.size() > b.size() || (c.size() == b.size() && earlier(members[c[0]], members[b[0]])))
            best = static_cast<int>(k);
    }
    return best;
}

std::string hedge_words(const Member& m) {
    const DraftMention& c = m.info->m;
    if (c.hedge.empty()) {
        // A hedge passed on inside quotation marks (compare_hedge): named as quoted.
        if (const std::optional<ByteSpan> q = quoted_hedge(m))
            return quoted(std::string_view(*m.text).substr(q->begin, q->size())) + " (quoted)";
        // A possible consequence in a condition (hedges_agree): named with its condition.
        if (const std::optional<ByteSpan> c = conditional_modal(m))
            return quoted(std::string_view(*m.text).substr(c->begin, c->size())) +
                   " (in a condition)";
        return std::string();
    }
    return quoted(std::string_view(*m.text).substr(c.hedge.begin, c.hedge.size()));
}

std::string negation_words(const Member& m) {
    const DraftMention& c = m.info->m;
    return c.negation.empty()
               ? std::string()
               : quoted(std::string_view(*m.text).substr(c.negation.begin, c.negation.size()));
}

// The differences of x against the kind's reference r (both take part and disagree).
void describe_departure(const Member& x, const Member& r, int kind, int xi, int ri, Claim& claim) {
    const DraftMention& a = x.info->m;
    const DraftMention& b = r.info->m;
    auto add = [&](DifferenceKind k, std::string detail) {
        claim.differences.push_back({k, xi, ri, std::move(detail)});
    };
    switch (kind) {
    case kQuantity:
        for (std::string& d : quantity_conflicts({a, *x.text, *x.date}, {b, *r.text, *r.date}))
            add(DifferenceKind::Quantity, std::move(d));
        break;
    case kQuote: {
        std::vector<WordOp> ops;
        compare_quotes(x.quote, r.quote, &ops);
        // A reference quotation the outlet does not quote at all (it kept the first of two) is
        // left out of the detail: it is not part of the rewording.
        std::vector<bool> touched(r.quote.fragments, false);
        for (const WordOp& op : ops)
            if (op.kind == 0) touched[r.quote.fragment[op.j]] = true;
        std::size_t first = r.quote.fragments, last = 0;
        for (std::size_t f = 0; f < touched.size(); ++f)
            if (touched[f]) first = std::min(first, f), last = f;
        if (first < r.quote.fragments) {
            std::vector<WordOp> kept;
            for (const WordOp& op : ops) {
                const std::size_t f = op.kind == 2 ? r.quote.fragment[op.j] : first;
                if (f >= first && f <= last) kept.push_back(op);
            }
            ops = std::move(kept);
        }
        add(DifferenceKind::QuoteWording,
            "rewrites the quote: " + quote_opening(*x.text, x.quote) + " (" +
                word_diff(*x.text, x.quote, *r.text, r.quote, ops) + ")");
        break;
    }
    case kSpeaker:
        add(DifferenceKind::Speaker,
            "gives the quoted words to " + quoted(*voice(a)) + ", not " + quoted(*voice(b)));
        break;
    case kAttribution: {
        const std::optional<std::string>& ca = a.source ? a.source : a.speaker;
        const std::optional<std::string>& cb = b.source ? b.source : b.speaker;
        if (!ca)
            add(DifferenceKind::Attribution, "drops the attribution to " + quoted(*cb));
        else if (!cb)
            add(DifferenceKind::Attribution, "adds an attribution to " + quoted(*ca));
        else
            add(DifferenceKind::Attribution,
                "credits " + quoted(*ca) + " instead of " + quoted(*cb));
        break;
    }
    case kHedge:
        if (cautious(x))
            add(DifferenceKind::Hedge, "hedges it: " + hedge_words(x));
        else
            add(DifferenceKind::Hedge, "states it without the hedge " + hedge_words(r));
        break;
    default:
        if (auto words = opposite_words(x, r)) {
            // The words as the mention holding them wrote them (the same words as x's, r's).
            const Member& ox = *x.polarity;
            const Member& orr = *r.polarity;
            const ByteSpan px = ox.polarity_words[words->first].phrase;
            const ByteSpan pr = orr.polarity_words[words->second].phrase;
            add(DifferenceKind::Negation,
                "states the opposite: " +
                    quoted(std::string_view(*ox.text).substr(px.begin, px.size())) +
                    " where the reference says " +
                    quoted(std::string_view(*orr.text).substr(pr.begin, pr.size())));
        } else if (a.negated)
            add(DifferenceKind::Negation, "states the opposite: " + negation_words(x));
        else
            add(DifferenceKind::Negation, "states it without the negation " + negation_words(r));
        break;
    }
}

// A note where the outlet's attribution and the reference's seem to differ but one side was
// not read with confidence (compare_attribution: Unsure): the fact-checker sees both credits
// and why nothing is flagged. "credits “Vantel” where the reference credits “the report” (not
// flagged: the reference's source is a document that does not say whose it is)".
void note_unsure_attribution(const std::vector<Member>& members, std::size_t i, std::size_t ref,
                             Claim& claim) {
    const AttributionComparison c = compare_attribution(members[i], members[ref]);
    if (c.match != AttributionMatch::Unsure) return;
    const DraftMention& a = members[i].info->m;
    const DraftMention& b = members[ref].info->m;
    const std::optional<std::string>& ca = a.source ? a.source : a.speaker;
    const std::optional<std::string>& cb = b.source ? b.source : b.speaker;
    std::string detail =
        !ca   ? "names no source where the reference credits " + quoted(*cb)
        : !cb ? "credits " + quoted(*ca) + " where the reference names none"
              : "credits " + quoted(*ca) + " where the reference credits " + quoted(*cb);
    detail += std::string(" (not flagged: ") +
              (c.unsure_side == &members[i] ? "the outlet's " : "the reference's ") + c.why + ")";
    claim.notes.push_back({static_cast<int>(i), std::move(detail)});
}

// Does the rest of x's sentence, after its mention, hold a reporting word ("…, Det. Insp.
// Keel told reporters", "…, according to ministry data")? Then the outlet's sentence may carry
// a credit the rules did not give its clause, and a drop is no clear reading.
bool credit_later_in_sentence(const Member& x) {
    const std::string_view text = *x.text;
    const ByteSpan span = x.info->m.span;
    std::size_t pb = text.rfind('\n', span.begin == 0 ? 0 : span.begin - 1);
    pb = pb == std::string_view::npos ? 0 : pb + 1;
    std::size_t pe = text.find('\n', span.end);
    if (pe == std::string_view::npos) pe = text.size();
    if (pe <= span.end) return false;
    std::uint32_t end = span.end;
    for (const ByteSpan s : split_sentences(text.substr(pb, pe - pb)))
        if (pb + s.begin < span.end && pb + s.end >= span.end)
            end = static_cast<std::uint32_t>(pb + s.end);
    if (end <= span.end) return false;
    for (const SurfaceToken& t : scan_surface(text, ByteSpan{span.end, end}))
        if (t.lower == "according" || is_reporting_verb(t.lower)) return true;
    return false;
}

// "Two hikers died on the ridge and the pass was shut, police said" (the reference, its credit
// carried from the sentence's closing attribution into its first clause) against "Two hikers
// died on the ridge." with no source: unsure against the reference alone, since a carried
// credit may govern only the clause it closes. Another outlet of the consensus that credits the
// same source in the statement's own clause ("Two hikers died on the ridge, police said")
// settles it: the credit is the statement's, and the uncredited outlet has dropped it. Asked
// only where the reference's own credit was the carried one, and only of an outlet in the
// consensus version (read as the same source as the reference) whose pair with the
// uncredited clause passes every test of compare_attribution (the overlap of the two
// statements included). Returns that outlet's member, else members.size().
// Measured (2026-12-05, claimsa22) on the 110 tuned stories: without the guards below, 4 right
// drops found for 7 false (a bare clause whose sentence closes on a credit the rules left
// unread: 1; a consensus of two, or not twice the bare outlets: 4; a source misread as "The":
// 1; a document without its author against the body acting: 1); with them, the same 4 right
// and none false.
std::size_t clear_credit_elsewhere(const std::vector<Member>& members,
                                   const std::vector<std::size_t>& agreeing, std::size_t i,
                                   std::size_t ref) {
    const Member& x = members[i];
    const Member& r = members[ref];
    if (x.info->m.source || x.info->m.speaker) return members.size(); // dropped credits only
    if (!(r.info->source_flags & kSourceCarried) || !r.info->m.source) return members.size();
    const AttributionComparison c = compare_attribution(x, r);
    if (c.match != AttributionMatch::Unsure || c.unsure_side != &r) return members.size();
    if (credit_later_in_sentence(x)) return members.size();
    // A broad consensus only: at least three outlets credit the source, twice as many as
    // state the claim with no credit at all. Where as many outlets leave the credit out as
    // give it (a wire's carried credit and one clear one against two bare clauses), the bare
    // wording is as much the story's version as the credited one.
    if (agreeing.size() < 3) return members.size();
    std::size_t bare = 0;
    for (const Member& m : members) bare += !m.info->m.source && !m.info->m.speaker ? 1 : 0;
    if (agreeing.size() < 2 * bare) return members.size();
    for (std::size_t j : agreeing) {
        if (j == ref || members[j].article == x.article || members[j].article == r.article)
            continue;
        // A source read as a lone word of grammar ("The") is a misreading, not a credit.
        const std::optional<std::string>& src = members[j].info->m.source;
        if (!src || (src->find(' ') == std::string::npos && is_stopword(fold_word(*src))))
            continue;
        // "Council inspectors shut the kitchen" against "…, the closure notice says": the
        // body acting may be the author of a document credited without one, so its clause
        // may state the document's own finding (authorless documents were 0/3 as another
        // source on the eval stories: compare_attribution).
        if (credits_authorless_document(members[j])) continue;
        if (compare_attribution(x, members[j]).match == AttributionMatch::Differs) return j;
    }
    return members.size();
}

// A note where the outlet's speaker and the reference's seem to differ but one side was not read
// with confidence (compare_speaker: Unsure): "seems to give the quoted words to “the report”,
// not “the bureau” (not flagged: the outlet's quotation's speaker was not read …)". True when
// it added one.
bool note_unsure_speaker(const std::vector<Member>& members, std::size_t i, std::size_t ref,
                         Claim& claim) {
    const AttributionComparison c = compare_speaker(members[i], members[ref]);
    if (c.match != AttributionMatch::Unsure) return false;
    std::string detail = "seems to give the quoted words to " +
                         quoted(*voice(members[i].info->m)) + ", not " +
                         quoted(*voice(members[ref].info->m)) + " (not flagged: " +
                         (c.unsure_side == &members[i] ? "the outlet's " : "the reference's ") +
                         c.why + ")";
    claim.notes.push_back({static_cast<int>(i), std::move(detail)});
    return true;
}

// A note where the outlet's hedge or polarity and the reference's seem to differ but one side was
// not read with confidence (compare_hedge, compare_polarity): "states it without the hedge
// “is likely to” (not flagged: the outlet's clause holds “put … at”, a word of estimate or caution
// the rules do not read as a hedge)".
void note_unsure_cue(const std::vector<Member>& members, std::size_t i, std::size_t ref, int kind,
                     Claim& claim) {
    const Member& x = members[i];
    const Member& r = members[ref];
    // Unsure only where one side carries the cue and the other not.
    if (kind == kHedge ? x.info->m.hedged == r.info->m.hedged
                       : x.info->m.negated == r.info->m.negated)
        return;
    const CueComparison c = kind == kHedge ? compare_hedge(x, r) : compare_polarity(x, r);
    if (c.differs || c.why.empty()) return;
    std::string detail;
    if (kind == kHedge)
        detail = x.info->m.hedged ? "seems to hedge it: " + hedge_words(x)
                                  : "seems to state it without the hedge " + hedge_words(r);
    else
        detail = x.info->m.negated ? "seems to state the opposite: " + negation_words(x)
                                   : "seems to state it without the negation " + negation_words(r);
    detail += std::string(" (not flagged: ") +
              (c.unsure_side == &x ? "the outlet's " : "the reference's ") + c.why + ")";
    claim.notes.push_back({static_cast<int>(i), std::move(detail)});
}

// "seems to state the opposite: “did not” (not flagged: the reference's clause does not state
// “say”, what the outlet's negation denies …)". True when it added the note.
bool note_negation_added_unsure(const std::vector<Member>& members, std::size_t i,
                                std::size_t ref, Claim& claim) {
    const Member& x = members[i];
    const Member& r = members[ref];
    if (!x.info->m.negated || r.info->m.negated || opposite_words(x, r)) return false;
    // A hedged reference against a plain negation is read apart, as a pair (`crossed` below).
    if (r.info->m.hedged && !x.info->m.hedged) return false;
    const std::string w = predicate_unstated(r, x);
    if (w.empty()) return false;
    claim.notes.push_back({static_cast<int>(i),
                           "seems to state the opposite: " + negation_words(x) +
                               " (not flagged: the reference's clause does not state " +
                               quoted(w) +
                               ", what the outlet's negation denies: two propositions, not one "
                               "and its opposite)"});
    return true;
}

} // namespace

//-------------------------------------------------------------------------------------------------
// [SECTION] Entry point
//-------------------------------------------------------------------------------------------------

std::vector<std::uint32_t> date_ranks(const Analysis& analysis) {
    const std::vector<Article>& articles = analysis.corpus.articles;
    std::vector<std::uint32_t> order(articles.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<std::uint32_t>(i);
    auto before = [&](std::uint32_t a, std::uint32_t b) {
        const std::string& x = articles[a].date;
        const std::string& y = articles[b].date;
        if (x.empty() != y.empty()) return y.empty();
        return x < y;
    };
    std::sort(order.begin(), order.end(), before);
    std::vector<std::uint32_t> rank(articles.size(), 0);
    std::uint32_t r = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && articles[order[i]].date != articles[order[i - 1]].date) ++r;
        rank[order[i]] = r;
    }
    return rank;
}

void compare_to_consensus(const Analysis& analysis, const Mentions& mentions,
                          const std::vector<std::size_t>& index,
                          const std::vector<std::uint32_t>& ranks, Claim& claim) {
    claim.reference = 0;
    claim.differences.clear();
    claim.notes.clear();
    const std::size_t n = index.size();
    if (n == 0) return;
    // Each Member made as its mention is read (not all n first): the expanded mentions, written
    // just before (extract_claims), are then read back before n Members of 296 bytes have
    // pushed them out of the L2. `members` never reallocates (reserved): the rules keep
    // pointers into it.
    std::vector<Member> members;
    members.reserve(n);
    for (std::size_t k = 0; k < n; ++k) {
        Member& m = members.emplace_back();
        m.info = &mentions[index[k]];
        m.article = m.info->m.article;
        const Article& art = analysis.corpus.articles[static_cast<std::size_t>(m.article)];
        m.text = &art.text;
        m.date = &art.date;
        m.date_rank = ranks[static_cast<std::size_t>(m.article)];
        m.source_words = mentions(m.info->source_words);
        if (!m.info->m.quotes.empty()) m.quote = quote_words(art.text, m.info->m);
    }
    if (n == 1) return; // one outlet: nothing to depart from
    std::unordered_map<std::uint64_t, const Member*> wording;
    for (Member& m : members) {
        auto [it, added] = wording.emplace(m.info->exact, &m);
        if (added) m.polarity_words = polarity_words(*m.text, m.info->m);
        m.polarity = it->second;
    }

    // Versions and consensus per kind; the claim's reference is the mention that belongs to the
    // most consensus versions (weighted by their size), the earliest among equals.
    Versions versions[kKinds];
    int winner[kKinds];
    for (int k = 0; k < kKinds; ++k) {
        versions[k] = versions_of(members, k);
        winner[k] = consensus(versions[k], members);
    }
    std::size_t best = 0;
    std::size_t best_score = 0;
    for (std::size_t i = 0; i < n; ++i) {
        std::size_t score = 0;
        for (int k = 0; k < kKinds; ++k)
            if (winner[k] >= 0 && versions[k].of[i] == winner[k])
                score += versions[k].list[static_cast<std::size_t>(winner[k])].size();
        if (i == 0 || score > best_score ||
            (score == best_score && earlier(members[i], members[best])))
            best = i, best_score = score;
    }
    claim.reference = static_cast<int>(best);

    std::vector<bool> speaker_flagged(n, false);
    for (int k = 0; k < kKinds; ++k) {
        if (winner[k] < 0) continue;
        const std::vector<std::size_t>& agreeing =
            versions[k].list[static_cast<std::size_t>(winner[k])];
        // The kind's reference: the claim's reference when it is in the consensus, else the
        // consensus' earliest mention.
        std::size_t ref = versions[k].of[best] == winner[k] ? best : agreeing[0];
        for (std::size_t i : agreeing)
            if (ref != best && earlier(members[i], members[ref])) ref = i;
        for (std::size_t i = 0; i < n; ++i) {
            if (i == ref || versions[k].of[i] < 0) continue;
            if (members[i].article == members[ref].article) continue;
            if (versions[k].of[i] == winner[k]) {
                // Partial quotes agree with the consensus; worth a note, not a difference.
                if (k == kQuote) {
                    QuoteMatch qm = compare_quotes(members[i].quote, members[ref].quote, nullptr);
                    if (qm == QuoteMatch::PartOf)
                        claim.notes.push_back(
                            {static_cast<int>(i),
                             "quotes part of it, words unchanged: " +
                                 quote_opening(*members[i].text, members[i].quote)});
                    else if (qm == QuoteMatch::MoreOf)
                        claim.notes.push_back(
                            {static_cast<int>(i), "quotes more of it, words unchanged"});
                }
                if (k == kSpeaker && note_unsure_speaker(members, i, ref, claim))
                    speaker_flagged[i] = true;
                if (k == kAttribution && !speaker_flagged[i])
                    note_unsure_attribution(members, i, ref, claim);
                if (k == kHedge || k == kNegation) note_unsure_cue(members, i, ref, k, claim);
                continue;
            }
            if (agree(members[i], members[ref], k)) {
                // A speaker that seems to differ is noted once, as the speaker's: not again as
                // a credit.
                if (k == kSpeaker && note_unsure_speaker(members, i, ref, claim))
                    speaker_flagged[i] = true;
                if (k == kAttribution && !speaker_flagged[i]) {
                    const std::size_t clear = clear_credit_elsewhere(members, agreeing, i, ref);
                    if (clear != n) {
                        describe_departure(members[i], members[clear], k, static_cast<int>(i),
                                           static_cast<int>(clear), claim);
                        continue;
                    }
                }
                if (k == kAttribution && !speaker_flagged[i])
                    note_unsure_attribution(members, i, ref, claim);
                if (k == kHedge || k == kNegation) note_unsure_cue(members, i, ref, k, claim);
                continue; // agrees with the reference itself
            }
            // A negation added against a consensus that states the fact plainly is flagged
            // only where the plain clause states the predicate the negation denies; else it is
            // two propositions side by side, noted (predicate_unstated).
            if (k == kNegation && note_negation_added_unsure(members, i, ref, claim)) continue;
            // Quoted words given to someone else are a speaker difference, not also an
            // attribution one.
            if (k == kAttribution && speaker_flagged[i]) continue;
            if (k == kSpeaker) speaker_flagged[i] = true;
            // "The science minister, Peter Hallam, said six months is a pause, not a
            // punishment" against "“Six months is a pause, not a punishment,” said Leah Morrow":
            // the quoted words told in reported speech and credited to another person give the
            // words to someone else, a speaker difference, as they would inside quotation marks
            // (the speaker kind only compares outlets that quote).
            const bool reported_quote = k == kAttribution && !members[ref].quote.folded.empty() &&
                                        members[ref].info->m.speaker &&
                                        members[i].quote.folded.empty() &&
                                        !members[i].info->m.speaker && members[i].info->m.source;
            describe_departure(members[i], members[ref], reported_quote ? kSpeaker : k,
                               static_cast<int>(i), static_cast<int>(ref), claim);
        }
    }
    // A hedged assertion against a plain negation ("appeared to be referring to Turkey" / "did
    // not name the countries") is no contradiction: the hedge leaves room for the negation, and
    // the two are most often two propositions side by side. Neither the hedge nor the polarity
    // is then a clear departure, so neither is flagged.
    auto crossed = [&](const ClaimDifference& d) {
        if (d.kind != DifferenceKind::Hedge && d.kind != DifferenceKind::Negation) return false;
        const DraftMention& a = members[static_cast<std::size_t>(d.mention)].info->m;
        const DraftMention& b = members[static_cast<std::size_t>(d.reference)].info->m;
        bool swap = (a.hedged && !a.negated && b.negated && !b.hedged) ||
                    (b.hedged && !b.negated && a.negated && !a.hedged);
        if (!swap) return false;
        // The hedge may agree by the rule that a hedge counts only where the other states
        // what it hedges ("did not name X" states no referring): the swap alone decides.
        // Unless the hedge comes after what the other outlet negates, inside what it says of
        // it ("had been warned that demand could rise" against "had not been warned that demand
        // would rise"): it qualifies a clause further down, not the predicate the two outlets
        // state with opposite polarity, and the negation stands.
        const Member& hedged =
            members[static_cast<std::size_t>(a.hedged ? d.mention : d.reference)];
        const Member& negated =
            members[static_cast<std::size_t>(a.hedged ? d.reference : d.mention)];
        if (d.kind == DifferenceKind::Negation && hedge_after_the_negated(hedged, negated))
            return false;
        // "was considering an appeal" against "will not appeal": the hedge is a decision not
        // yet taken, the negation that decision taken the other way; the negation stands (and
        // the hedge dropped is not flagged again, below).
        if (d.kind == DifferenceKind::Negation && deliberation_decided(hedged, negated))
            return false;
        if (d.kind == DifferenceKind::Negation &&
            !expectation(members[static_cast<std::size_t>(d.mention)]) &&
            !expectation(members[static_cast<std::size_t>(d.reference)]))
            return true;
        for (const ClaimDifference& e : claim.differences)
            if (e.mention == d.mention && e.reference == d.reference && e.kind != d.kind &&
                (e.kind == DifferenceKind::Hedge || e.kind == DifferenceKind::Negation))
                return true;
        return false;
    };
    // "Engineers say repairs will take six months" against "Repairs are expected to take
    // several months": the outlet named who expects it, so the caution moved into the source.
    // One change, the attribution added; not also a hedge dropped.
    auto hedge_into_source = [&](const ClaimDifference& d) {
        if (d.kind != DifferenceKind::Hedge) return false;
        const DraftMention& a = members[static_cast<std::size_t>(d.mention)].info->m;
        const DraftMention& b = members[static_cast<std::size_t>(d.reference)].info->m;
        if (a.hedged || !b.hedged || b.source || b.speaker || !a.source) return false;
        for (const ClaimDifference& e : claim.differences)
            if (e.mention == d.mention && e.kind == DifferenceKind::Attribution) return true;
        return false;
    };
    // "The country is unlikely to reach the target" against "The country is on course to
    // reach its target": "unlikely to" is one word that hedges and negates at once ("probably
    // will not"), and the plain outlet states the opposite; that is one departure, the
    // polarity, not also a hedge dropped. (Against "would not reach" the negation agrees and
    // the hedge alone is the difference, flagged as before.) A hedge flag whose pair also
    // differs in polarity, where one side's hedge and negation are the same cue and the other
    // side has neither.
    auto likelihood_flipped = [&](const ClaimDifference& d) {
        if (d.kind != DifferenceKind::Hedge) return false;
        const DraftMention& a = members[static_cast<std::size_t>(d.mention)].info->m;
        const DraftMention& b = members[static_cast<std::size_t>(d.reference)].info->m;
        auto one_cue = [](const DraftMention& m) {
            return m.hedged && m.negated && !m.hedge.empty() && !m.negation.empty() &&
                   m.hedge.begin <= m.negation.begin && m.negation.end <= m.hedge.end;
        };
        auto plain = [](const DraftMention& m) { return !m.hedged && !m.negated; };
        if (!((one_cue(a) && plain(b)) || (one_cue(b) && plain(a)))) return false;
        for (const ClaimDifference& e : claim.differences)
            if (e.mention == d.mention && e.reference == d.reference &&
                e.kind == DifferenceKind::Negation)
                return true;
        return false;
    };
    std::vector<ClaimDifference> kept;
    for (const ClaimDifference& d : claim.differences)
        if (!crossed(d) && !hedge_into_source(d) && !likelihood_flipped(d)) kept.push_back(d);
    claim.differences = std::move(kept);
    // "Panels shipped before March 1 will also face the duties" against "… will not be subject
    // to the duties, the ministry added": a credit is dropped only from the same statement. An
    // outlet that states the opposite, with no source, says something the source never said;
    // the contradiction is the difference, and a credit "dropped" from a statement it does not
    // make is no second one. A note, so the fact-checker still sees the source it lacks. A
    // credit changed on the opposite statement ("no one was hurt, the agency said" against
    // "two fishermen were injured, the coastguard said") is another account and stays flagged.
    auto credit_of_the_opposite = [&](const ClaimDifference& d) {
        if (d.kind != DifferenceKind::Attribution) return false;
        const DraftMention& a = members[static_cast<std::size_t>(d.mention)].info->m;
        if (a.source || a.speaker) return false;
        for (const ClaimDifference& e : claim.differences)
            if (e.mention == d.mention && e.kind == DifferenceKind::Negation) return true;
        return false;
    };
    kept.clear();
    for (ClaimDifference& d : claim.differences) {
        if (!credit_of_the_opposite(d)) {
            kept.push_back(std::move(d));
            continue;
        }
        const DraftMention& b = members[static_cast<std::size_t>(d.reference)].info->m;
        const std::optional<std::string>& cb = b.source ? b.source : b.speaker;
        claim.notes.push_back(
            {d.mention, "names no source where the reference credits " +
                            quoted(cb ? *cb : std::string()) +
                            " (not flagged: it states the opposite of the reference, so the "
                            "credit is not dropped from the same statement)"});
    }
    claim.differences = std::move(kept);
    std::stable_sort(claim.differences.begin(), claim.differences.end(),
                     [](const ClaimDifference& x, const ClaimDifference& y) {
                         return std::make_pair(x.mention, static_cast<int>(x.kind)) <
                                std::make_pair(y.mention, static_cast<int>(y.kind));
                     });
    std::stable_sort(claim.notes.begin(), claim.notes.end(),
                     [](const ClaimNote& x, const ClaimNote& y) { return x.mention < y.mention; });
}

} // namespace wiretrace::claims_internal
