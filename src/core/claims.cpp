// claims.cpp — the claims engine's entry point: runs the four steps (claims_internal.h) and
// hands the mentions over to the claims. The rules are in claims.h.
#include "claims.h"

#include "claims_internal.h"

#include <utility>

namespace wiretrace {

std::vector<Claim> extract_claims(const Analysis& analysis) {
    using namespace claims_internal;
    Mentions mentions = find_mentions(analysis);
    std::vector<std::vector<std::uint32_t>> groups = group_mentions(analysis, mentions);

    // Lay the mentions out claim by claim (an in-place permutation), so that the claims can be
    // built from the last to the first, each taking its mentions off the back of the deque: the
    // public mentions are moved, never copied, and the internal ones are freed as they go.
    const std::size_t n_claims = groups.size();
    std::vector<std::uint32_t> start(n_claims + 1, 0);
    {
        std::vector<std::uint32_t> target(mentions.size());
        std::uint32_t pos = 0;
        for (std::size_t c = 0; c < n_claims; ++c) {
            start[c] = pos;
            for (std::uint32_t i : groups[c]) target[i] = pos++;
        }
        start[n_claims] = pos;
        std::vector<std::vector<std::uint32_t>>().swap(groups);
        for (std::size_t i = 0; i < target.size(); ++i)
            while (target[i] != i) {
                std::uint32_t j = target[i];
                std::swap(mentions.list[i], mentions.list[j]);
                std::swap(target[i], target[j]);
            }
    }

    std::vector<Claim> claims(n_claims);
    for (std::size_t id = n_claims; id-- > 0;) {
        Claim& c = claims[id];
        c.id = static_cast<int>(id);
        const std::size_t first = start[id], last = start[id + 1];
        std::vector<std::size_t> members;
        members.reserve(last - first);
        bool quote = false, quantity = false;
        for (std::size_t i = first; i < last; ++i) {
            members.push_back(i);
            const MentionInfo& m = mentions[i];
            quote |= m.quote_mention;
            for (const Quantity& q : m.m.quantities)
                quantity |= q.unit != "date" && q.unit != "calendar_year";
        }
        c.type = quote ? ClaimType::Quote : quantity ? ClaimType::Quantity : ClaimType::Statement;
        c.label = claim_label(analysis, mentions, first, last, c.type);
        compare_to_consensus(analysis, mentions, members, c);
        c.mentions.reserve(last - first);
        for (std::size_t i = first; i < last; ++i)
            c.mentions.push_back(std::move(mentions.list[i].m));
        while (mentions.list.size() > first) mentions.list.pop_back();
    }
    return claims;
}

} // namespace wiretrace
