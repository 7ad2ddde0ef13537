// claims.cpp — the claims engine's entry point: runs the four steps (claims_internal.h) and
// hands the mentions over to the claims. The rules are in claims.h.
#include "claims.h"

#include "claim_antonyms.h"
#include "claims_internal.h"
#include "quantities.h"

#include <algorithm>
#include <string>
#include <utility>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace wiretrace {

namespace {

// The public form of a mention: its speaker and source as ids into the stage's table of names.
ClaimMention handed_over(claims_internal::DraftMention&& d, claims_internal::Interner& names) {
    ClaimMention c;
    c.article = d.article;
    if (d.speaker) c.speaker = names.id(*d.speaker);
    if (d.source) c.source = names.id(*d.source);
    c.span = d.span;
    c.source_span = d.source_span;
    c.hedge = d.hedge;
    c.negation = d.negation;
    c.hedged = d.hedged;
    c.negated = d.negated;
    c.quantities = std::move(d.quantities);
    c.quotes = std::move(d.quotes);
    return c;
}

} // namespace

void extract_claims(Analysis& analysis, unsigned threads) {
    using namespace claims_internal;
    Mentions mentions = find_mentions(analysis, threads);
#if defined(__GLIBC__)
    // The builders' tables (words, keys, the corpus's names and capitalisation: 2 MB at 1,000
    // one-story articles) were freed on return, in pages glibc keeps resident unless asked;
    // grouping and the claims reuse only part of them. Handed back, the peak is 0.3 MB lower.
    malloc_trim(0);
#endif
    std::vector<std::vector<std::uint32_t>> groups = group_mentions(analysis, mentions);
    // Grouping was the last reader of the mentions' words, quote words and entities: their ids
    // are freed now, not after the last claim is built (when the stage's memory peaks).
    mentions.keep_only_source_words();
    // The antonym table (for the consensus) is built only now, in memory the mention builders'
    // tables and those ids have freed: built before them, it added its 0.65 MB to the peak at
    // the end of find_mentions. Its building's scratch is freed at once, before the first claim
    // is compared, so it adds nothing to the peak at the end of the stage either.
    load_antonyms();

    // Lay the stored mentions out claim by claim (an in-place permutation), so that the claims
    // can be built from the last to the first, each taking its mentions off the back of the
    // deque: the internal form of one claim at a time is expanded (Mentions::expand), its
    // public mentions moved into the claim, and the stored ones freed as they go.
    const std::size_t n_claims = groups.size();
    // The largest claims last in the layout, so first to be built: a claim carried by hundreds
    // of outlets holds a megabyte of scratch while its consensus is read, and built last (the
    // first claims are the wire report's) that scratch came on top of every claim built before.
    std::vector<std::uint32_t> order(n_claims);
    for (std::size_t c = 0; c < n_claims; ++c) order[c] = static_cast<std::uint32_t>(c);
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return groups[a].size() < groups[b].size();
    });
    std::vector<std::uint32_t> start(n_claims + 1, 0); // by place in the layout
    {
        std::vector<std::uint32_t> target(mentions.stored.size());
        std::uint32_t pos = 0;
        for (std::size_t p = 0; p < n_claims; ++p) {
            start[p] = pos;
            for (std::uint32_t i : groups[order[p]]) target[i] = pos++;
        }
        start[n_claims] = pos;
        std::vector<std::vector<std::uint32_t>>().swap(groups);
        for (std::size_t i = 0; i < target.size(); ++i)
            while (target[i] != i) {
                std::uint32_t j = target[i];
                std::swap(mentions.stored[i], mentions.stored[j]);
                std::swap(target[i], target[j]);
            }
    }

    // The names, as the public mentions will index them: Mentions::names holds every speaker and
    // source of the stored mentions (store()), so the table is made before the claims, in
    // memory the grouping's ids freed, and not at the peak after the last claim.
    std::vector<std::string> names;
    names.reserve(mentions.names.size());
    for (std::size_t id = 0; id < mentions.names.size(); ++id)
        names.emplace_back(mentions.names.text(static_cast<int>(id)));

    // The articles' dates as ranks: each claim orders its members by them (the earliest
    // mention), and the date strings, a cache line or two an article all over the corpus, are
    // not reread by every claim.
    const std::vector<std::uint32_t> ranks = date_ranks(analysis);
    std::vector<Claim> claims(n_claims);
    std::vector<std::size_t> members;
#if defined(__GLIBC__)
    const std::size_t trim_step = mentions.stored.size() / 8 + 1;
    std::size_t next_trim =
        mentions.stored.size() > trim_step ? mentions.stored.size() - trim_step : 0;
#endif
    for (std::size_t p = n_claims; p-- > 0;) {
        const std::size_t id = order[p];
        Claim& c = claims[id];
        c.id = static_cast<int>(id);
        const std::size_t first = start[p], last = start[p + 1];
        mentions.list.clear();
        members.clear();
        bool quote = false, quantity = false;
        for (std::size_t i = first; i < last; ++i) {
            mentions.expand(i);
            members.push_back(i - first);
            const MentionInfo& m = mentions.list.back();
            quote |= m.quote_mention;
            for (const Quantity& q : m.m.quantities)
                quantity |= !says_when(q.unit);
        }
        c.type = quote ? ClaimType::Quote : quantity ? ClaimType::Quantity : ClaimType::Statement;
        c.label = claim_label(analysis, mentions, 0, last - first, c.type);
        compare_to_consensus(analysis, mentions, members, ranks, c);
        c.mentions.reserve(last - first);
        for (MentionInfo& m : mentions.list)
            c.mentions.push_back(handed_over(std::move(m.m), mentions.names));
        while (mentions.stored.size() > first) mentions.stored.pop_back();
#if defined(__GLIBC__)
        // The stored mentions freed so far lie between blocks still in use, where the claims'
        // public mentions (other sizes) seldom fit; glibc keeps such pages unless asked. Hand
        // them back each eighth of the way, or the peak holds both forms of every mention.
        if (first <= next_trim) {
            malloc_trim(0);
            next_trim = first > trim_step ? first - trim_step : 0;
        }
#endif
    }
    // Names first met while the claims were built (none today: every name was stored with its
    // mention, but handed_over() would add one).
    for (std::size_t id = names.size(); id < mentions.names.size(); ++id)
        names.emplace_back(mentions.names.text(static_cast<int>(id)));
    analysis.claims = std::move(claims);
    analysis.claim_names = std::move(names);
}

} // namespace wiretrace
