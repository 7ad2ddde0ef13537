// claim_grouping.cpp — step 2 of the claims engine (claims.h): mentions that state the same
// proposition become one claim. Greedy in corpus order; candidates come from an inverted index
// over claims (words, speaker), never from all pairs of mentions; what pair rules leave
// unmatched may still join by its place between matched neighbours (fill_gaps).
//
// [SECTION] Grouper: pair rules, claim index, greedy assignment
// [SECTION] Entry point
#include "claims_internal.h"

#include "boilerplate.h"
#include "claim_antonyms.h"
#include "quantities.h"
#include "quotes.h"
#include "surface.h"
#include "text.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <set>
#include <unordered_map>

namespace wiretrace::claims_internal {

namespace {

//-------------------------------------------------------------------------------------------------
// [SECTION] Grouper: pair rules, claim index, greedy assignment
//-------------------------------------------------------------------------------------------------

class Grouper {
public:
    Grouper(const Analysis& a, const Mentions& mentions, bool every_claim)
        : a_(a), ms_(mentions), every_claim_(every_claim) {
        for (std::size_t i = 1; i < ms_.stored.size() && articles_in_order_; ++i)
            articles_in_order_ = ms_.stored[i - 1].m.article <= ms_.stored[i].m.article;
        // IDF over mentions: rare words weigh more in the overlap.
        std::vector<int> df;
        for (const StoredMention& m : ms_.stored)
            for (int w : ms_(m.words)) {
                if (static_cast<std::size_t>(w) >= df.size()) df.resize(w + 1, 0);
                ++df[w];
            }
        // Figures as words of their own: "4.1%" in "unemployment rose to 4.1%" and "the jobless
        // rate climbed to 4.1%" is the rarest thing the two share. A date counts when it is
        // written with its day ("Feb. 4" = "February 4"), not a weekday every sentence carries.
        {
            std::unordered_map<std::string, int> ids;
            std::vector<int> row;
            fig_begin_.reserve(ms_.stored.size() + 1);
            fig_begin_.push_back(0);
            char key[64];
            for (const StoredMention& m : ms_.stored) {
                row.clear();
                for (const Quantity& q : m.m.quantities) {
                    if (!is_anchor_figure(q)) continue;
                    // A bare count is keyed as a count of people: "One hundred and ninety-six
                    // were pulled from the water" gives the figure of "pulled 196 people", the
                    // noun a second telling leaves out (as same_measured_unit() reads it).
                    const char* unit = q.unit.empty() ? "people" : q.unit.c_str();
                    std::snprintf(key, sizeof key, "%.40s|%.6g", unit, q.value);
                    const int id = ids.emplace(key, static_cast<int>(ids.size())).first->second;
                    if (static_cast<std::size_t>(id) >= small_count_.size()) {
                        small_count_.push_back((q.unit.empty() || q.unit == "people") &&
                                               q.value < 10 && q.value == std::floor(q.value));
                        fig_measure_.emplace_back(measure_of(q));
                    }
                    row.push_back(id);
                }
                std::sort(row.begin(), row.end());
                row.erase(std::unique(row.begin(), row.end()), row.end());
                figures_.insert(figures_.end(), row.begin(), row.end());
                fig_begin_.push_back(static_cast<std::uint32_t>(figures_.size()));
            }
            fig_postings_.resize(ids.size());
            std::vector<int> fdf(ids.size(), 0);
            for (int f : figures_) ++fdf[static_cast<std::size_t>(f)];
            double n = static_cast<double>(ms_.stored.size());
            fig_df_ = fdf;
            fig_idf_.resize(fdf.size());
            for (std::size_t f = 0; f < fdf.size(); ++f)
                fig_idf_[f] = std::log((n + 1) / (fdf[f] + 0.5)) + 0.1;
        }
        // How many mentions measure each thing (a mention counted once per measure).
        for (const StoredMention& m : ms_.stored) {
            std::string_view seen[8];
            std::size_t n_seen = 0;
            for (const Quantity& q : m.m.quantities) {
                std::string_view k = measure_of(q);
                if (k.empty() || std::find(seen, seen + n_seen, k) != seen + n_seen) continue;
                if (n_seen < 8) seen[n_seen++] = k;
                ++measure_count_[std::string(k)];
            }
        }
        double n = static_cast<double>(ms_.stored.size());
        idf_.resize(df.size());
        for (std::size_t w = 0; w < df.size(); ++w)
            idf_[w] = df[w] ? std::log((n + 1) / (df[w] + 0.5)) + 0.1 : 1.0; // quote-only words: 1
        // The reuse stage hands its alignments sorted by article pair (reuse.cpp): searched in
        // place. Any other order (a hand-built Analysis) gets a sorted index of its own.
        alignments_sorted_ = std::is_sorted(a.alignments.begin(), a.alignments.end(),
                                            [](const Alignment& x, const Alignment& y) {
                                                return std::tie(x.a, x.b) < std::tie(y.a, y.b);
                                            });
        if (alignments_sorted_) {
            // Where each article's alignments (as side a) begin: searches stay inside one
            // article's few thousand entries instead of the whole corpus's millions.
            const std::size_t n_articles = a.corpus.articles.size();
            first_of_.assign(n_articles + 1, a.alignments.size());
            for (std::size_t i = a.alignments.size(); i-- > 0;) {
                const int art = a.alignments[i].a;
                if (art >= 0 && static_cast<std::size_t>(art) < n_articles)
                    first_of_[static_cast<std::size_t>(art)] = i;
            }
            for (std::size_t k = n_articles; k-- > 0;)
                first_of_[k] = std::min(first_of_[k], first_of_[k + 1]);
        } else {
            aligned_.reserve(a.alignments.size());
            for (std::size_t i = 0; i < a.alignments.size(); ++i) {
                const Alignment& al = a.alignments[i];
                aligned_.push_back({al.a, al.b, static_cast<std::uint32_t>(i)});
            }
            std::sort(aligned_.begin(), aligned_.end());
        }
        // Only words of two mentions or more can lead one mention to another's claim.
        slot_.assign(df.size(), -1);
        int slots = 0;
        for (std::size_t w = 0; w < df.size(); ++w)
            if (df[w] >= 2) slot_[w] = slots++;
        postings_.resize(static_cast<std::size_t>(slots));
    }

    GroupingCost cost() const { return cost_; }

    // Claim members, as mention indices, in order of claim creation.
    std::vector<std::vector<std::uint32_t>> run() {
        for (std::size_t b = 0; b < ms_.stored.size();) {
            std::size_t e = b;
            while (e < ms_.stored.size() && ms_.stored[e].m.article == ms_.stored[b].m.article) ++e;
            place_article(b, e);
            b = e;
        }
        return std::move(claims_);
    }

private:
    struct AlignedPair {
        int a, b;
        std::uint32_t alignment;
        bool operator<(const AlignedPair& o) const {
            return std::tie(a, b, alignment) < std::tie(o.a, o.b, o.alignment);
        }
    };
    const Analysis& a_;
    const Mentions& ms_;
    std::vector<int> figures_; // figure ids of mention i: [fig_begin_[i], fig_begin_[i+1])
    std::vector<std::uint32_t> fig_begin_;
    std::vector<double> fig_idf_;         // by figure id
    std::vector<int> fig_df_;             // by figure id: how many mentions give it
    // By figure id: a whole count under ten ("two villages", "nine votes"), which unrelated
    // facts share by chance: no candidate and no anchor of its own (a magnitude of 6.4 is).
    std::vector<bool> small_count_;
    std::vector<std::string> fig_measure_; // by figure id: measure_of() its quantity
    std::vector<std::uint32_t> claim_of_; // mention → claim, once placed
    bool every_claim_ = false;            // score every claim, not just the index's candidates
    std::vector<double> idf_;             // by word id (ids are dense)
    std::vector<AlignedPair> aligned_;    // sorted index, only when alignments are not sorted
    bool alignments_sorted_ = false;      // a_.alignments sorted by (a, b)
    std::vector<std::size_t> first_of_;   // then: first alignment whose side a is article k
    std::vector<std::vector<std::uint32_t>> claims_;
    // Which articles a claim holds, asked only of the article being placed. With the mentions
    // in article order (the corpus order find_mentions stores), a claim holds it exactly when
    // it is the last article the claim took: one int a claim, read without following a
    // pointer. The sorted lists of every claim's articles, each its own allocation searched
    // for every candidate, missed the cache more as the claims grew with the corpus: the
    // grouper's time grew 2.6x for twice the one-story articles where its instructions grew
    // 1.97x. Mentions out of article order (a hand-built Mentions) keep the lists.
    bool articles_in_order_ = true;
    std::vector<int> last_article_;                          // by claim, when in order
    std::vector<std::vector<int>> claim_articles_;           // by claim, sorted, when not
    static constexpr std::uint32_t kNoClaim = 0xFFFFFFFFu; // no claim (an empty slot)
    // Text hash → the claim of the first mention with it (exact copies join without scoring):
    // an open-addressing table, one probe a look-up, read for every mention and written for
    // every one placed. A node map's bucket and node were two cache misses at random
    // addresses, and a node allocated for every distinct text (up to one a mention: 42,962
    // mentions at 2,000 one-story articles).
    class ExactIndex {
    public:
        std::uint32_t find(std::uint64_t h) const {
            if (slots_.empty()) return kNoClaim;
            const std::size_t mask = slots_.size() - 1;
            for (std::size_t s = spread(h) & mask;; s = (s + 1) & mask) {
                if (slots_[s].claim == kNoClaim || slots_[s].hash == h) return slots_[s].claim;
            }
        }
        // Keeps the claim already there, as std::unordered_map::emplace does.
        void emplace(std::uint64_t h, std::uint32_t claim) {
            if ((size_ + 1) * 2 > slots_.size()) grow();
            const std::size_t mask = slots_.size() - 1;
            std::size_t s = spread(h) & mask;
            for (; slots_[s].claim != kNoClaim; s = (s + 1) & mask)
                if (slots_[s].hash == h) return;
            slots_[s] = {h, claim};
            ++size_;
        }

    private:
        struct Slot {
            std::uint64_t hash = 0;
            std::uint32_t claim = kNoClaim;
        };
        std::vector<Slot> slots_; // power-of-two size, at most half full
        std::size_t size_ = 0;
        static std::size_t spread(std::uint64_t h) {
            h ^= h >> 29;
            h *= 0xBF58476D1CE4E5B9ull;
            return static_cast<std::size_t>(h ^ (h >> 32));
        }
        void grow() {
            std::vector<Slot> old(slots_.empty() ? 1024 : slots_.size() * 2);
            old.swap(slots_);
            const std::size_t mask = slots_.size() - 1;
            for (const Slot& o : old) {
                if (o.claim == kNoClaim) continue;
                std::size_t s = spread(o.hash) & mask;
                while (slots_[s].claim != kNoClaim) s = (s + 1) & mask;
                slots_[s] = o;
            }
        }
    };
    ExactIndex exact_;
    std::vector<int> slot_;                                  // word id → postings_ index, or -1
    std::vector<std::vector<std::uint32_t>> postings_;       // claims by slot_
    std::vector<std::vector<std::uint32_t>> fig_postings_;   // claims by figure id
    std::unordered_map<int, std::vector<std::uint32_t>> by_speaker_;
    // candidates()' votes: the claims voted for, in the order of their first vote, and each
    // one's tally beside it (tally_[k] is voted_[k]'s), found by claim through vote_at_ (4
    // bytes a claim: its tally's index + 1, 0 for none). The tallies themselves by claim id (16
    // bytes a claim, written at random ids: 57 KB for the 3,544 claims of 1,000 one-story
    // articles, 112 KB at 2,000) missed L1, and L2 beside the grouper's other tables, more as
    // the claims grew with the corpus; the dense tallies stay in L1. All kept across calls,
    // emptied after each.
    struct Vote {
        int words = 0;
        bool figure = false; // shares an anchor figure (figures())
        double weight = 0;
    };
    static_assert(sizeof(Vote) <= 16);
    std::vector<Vote> tally_;
    std::vector<std::uint32_t> voted_;
    std::vector<std::uint32_t> vote_at_; // by claim
    // The tally of claim c, a new one (and c appended to voted_) on its first vote. The
    // reference is valid until the next call.
    Vote& vote(std::uint32_t c) {
        std::uint32_t& at = vote_at_[c];
        if (at == 0) {
            voted_.push_back(c);
            at = static_cast<std::uint32_t>(voted_.size());
            return tally_.emplace_back();
        }
        return tally_[at - 1];
    }
    // Forgets every vote (vote_at_ is emptied where the tallies are read, in candidates(),
    // while its lines are still in the cache).
    void clear_votes() {
        voted_.clear();
        tally_.clear();
    }
    // The posting lists one mention reads (candidates()), kept across calls.
    struct Key {
        const std::vector<std::uint32_t>* claims;
        double weight;
        std::uint32_t order; // place in the mention's own order of keys (words, then figures)
    };
    std::vector<Key> keys_;
    std::vector<std::vector<int>> claim_speakers_; // by claim: speakers of its indexed members
    GroupingCost cost_;
    // Claims whose first mentions deny a harm ("no one was hurt"), by the harm denied: a few
    // per story, the candidates for an outlet that states that harm ("a guard was injured").
    std::vector<std::uint32_t> harm_denied_[4];
    std::map<std::string, std::size_t, std::less<>> measure_count_; // mentions per measure_of()
    // Whether a mention says a state goes on ("remain", "stay", "still"), read when a pair is
    // scored by the last rule, one byte a mention: 0 not read, 1 no, 2 yes. Only such pairs
    // read their polarity words, which are not kept (a thousand copies of a wire story hold
    // thousands of them: a megabyte at the claims stage's peak).
    mutable std::vector<std::uint8_t> persists_;

    bool has_article(std::size_t claim, int article) const {
        if (articles_in_order_) return last_article_[claim] == article;
        const std::vector<int>& v = claim_articles_[claim];
        return std::binary_search(v.begin(), v.end(), article);
    }
    static constexpr std::size_t kRepresentatives = 6;
    static constexpr std::size_t kPostingCap = 400;
    // Claim ids one mention may read from the index, rarest keys first: what keeps the search
    // linear when one story's thousand copies put hundreds of claims behind every word of it
    // (a mention there read 114 ids on average at 1,000 copies and 165 at 2,000, up to 1,200).
    // The labelled stories of six or seven outlets read at most 143, so it never binds there;
    // where it does, the words skipped are the commonest, which weigh least in the votes.
    static constexpr std::size_t kVoteBudget = 160;
    static constexpr std::size_t kCandidates = 12;
    static constexpr std::size_t kFigureCandidates = 4;
    static constexpr double kOneNeighbourOverlap = 0.3;
    static constexpr std::size_t kOrderWitnesses = 16;
    // A denial beside a placed neighbour, credited to the same source as its counterpart:
    // a tenth of the weighted words in common (the thing denied) suffices (fill_gaps).
    static constexpr double kSameSourceDenialOverlap = 0.1;
    static constexpr std::size_t kHarmDeniedCap = 8;
    // A flipped state needs some words in common beyond its predicate: the thing it is said of
    // ("poultry markets") weighs about a fifth of two short sentences.
    static constexpr double kFlippedStateOverlap = 0.15;
    // A rare figure shared needs a fifth of the weighted words and figures in common: the
    // figure itself weighs about that much in a short clause.
    static constexpr double kRareFigureOverlap = 0.2;
    // Of a quotation's words, what a statement that quotes nothing must share to state it.
    static constexpr double kQuotedShare = 0.1;
    // What giving the claim's figure adds against a rival mention of the same article with
    // another figure of that measure: more than the alignment of two leads' places weighs
    // (1.5 + the shared words) over the figure's own overlap.
    static constexpr double kClaimsFigureBonus = 0.2;
    // What a relative clause cut as a mention costs against a sentence that is none: a
    // tie-break between claims that score alike (pair_score).
    static constexpr double kRelativeClauseTieBreak = 0.1;
    // What a relative clause with no figure loses besides, against a sentence that keeps it
    // uncut and gives a figure (pair_score): about what the sentence's other words in common
    // with a rewording of its main clause weigh in an alignment's 1.5 + Dice.
    static constexpr double kFiguredSentenceOverBackground = 0.4;

    static bool is_anchor_figure(const Quantity& q) {
        if (q.unit == "calendar_year") return false;
        if (q.unit == "date")
            return std::any_of(q.text.begin(), q.text.end(),
                               [](char c) { return c >= '0' && c <= '9'; });
        return true;
    }
    Ids figures(std::size_t i) const {
        return {figures_.data() + fig_begin_[i], fig_begin_[i + 1] - fig_begin_[i]};
    }
    // The weighted overlap of two mentions' claim words and figures (dice() over both).
    double overlap(std::size_t i, std::size_t j) const {
        double sa = 0, sb = 0, shared = 0;
        weigh(ms_(ms_.stored[i].words), ms_(ms_.stored[j].words), idf_, sa, sb, shared);
        // Only a shared figure counts: a changed one ("$95,000" for "$85,000") is the
        // difference the reader must see, not a reason to keep the two apart.
        double fa = 0, fb = 0, fshared = 0;
        weigh(figures(i), figures(j), fig_idf_, fa, fb, fshared);
        sa += fshared, sb += fshared, shared += fshared;
        return sa + sb > 0 ? 2 * shared / (sa + sb) : 0;
    }
    static void weigh(Ids a, Ids b, const std::vector<double>& idf, double& sa, double& sb,
                      double& shared) {
        auto w = [&](int id) {
            return static_cast<std::size_t>(id) < idf.size() ? idf[static_cast<std::size_t>(id)]
                                                             : 1.0;
        };
        std::size_t i = 0, j = 0;
        while (i < a.size() || j < b.size()) {
            if (j >= b.size() || (i < a.size() && a[i] < b[j]))
                sa += w(a[i++]);
            else if (i >= a.size() || b[j] < a[i])
                sb += w(b[j++]);
            else {
                double x = w(a[i]);
                sa += x, sb += x, shared += x;
                ++i, ++j;
            }
        }
    }

    double dice(Ids a, Ids b) const {
        double sa = 0, sb = 0, shared = 0;
        std::size_t i = 0, j = 0;
        while (i < a.size() || j < b.size()) {
            if (j >= b.size() || (i < a.size() && a[i] < b[j]))
                sa += idf(a[i++]);
            else if (i >= a.size() || b[j] < a[i])
                sb += idf(b[j++]);
            else {
                double w = idf(a[i]);
                sa += w, sb += w, shared += w;
                ++i, ++j;
            }
        }
        return sa + sb > 0 ? 2 * shared / (sa + sb) : 0;
    }
    double idf(int w) const {
        return static_cast<std::size_t>(w) < idf_.size() ? idf_[static_cast<std::size_t>(w)] : 1.0;
    }

    // A shared-text alignment covers both mentions at corresponding places.
    bool aligned(const StoredMention& x, const StoredMention& y) const {
        auto check = [&](int ax, int by, ByteSpan sx, ByteSpan sy, bool swap) {
            // The alignments of the article pair (ax, by), as indices into a_.alignments.
            std::size_t from = 0, to = 0;
            if (alignments_sorted_) {
                const auto& all = a_.alignments;
                if (ax < 0 || static_cast<std::size_t>(ax) + 1 >= first_of_.size()) return false;
                auto lo = std::lower_bound(
                    all.begin() + static_cast<long>(first_of_[ax]),
                    all.begin() + static_cast<long>(first_of_[ax + 1]), std::make_pair(ax, by),
                    [](const Alignment& al, std::pair<int, int> k) {
                        return std::tie(al.a, al.b) < std::tie(k.first, k.second);
                    });
                from = static_cast<std::size_t>(lo - all.begin());
                to = from;
                while (to < all.size() && all[to].a == ax && all[to].b == by) ++to;
            } else {
                auto lo =
                    std::lower_bound(aligned_.begin(), aligned_.end(), AlignedPair{ax, by, 0});
                from = static_cast<std::size_t>(lo - aligned_.begin());
                to = from;
                while (to < aligned_.size() && aligned_[to].a == ax && aligned_[to].b == by) ++to;
            }
            for (std::size_t k = from; k < to; ++k) {
                const Alignment& al = a_.alignments[alignments_sorted_ ? k : aligned_[k].alignment];
                ByteSpan as = swap ? al.b_span : al.a_span, bs = swap ? al.a_span : al.b_span;
                auto cover = [](ByteSpan s, ByteSpan m) {
                    std::uint32_t b = std::max(s.begin, m.begin), e = std::min(s.end, m.end);
                    return e > b ? double(e - b) / std::max<std::uint32_t>(1, m.size()) : 0.0;
                };
                if (cover(as, sx) < 0.5 || cover(bs, sy) < 0.5) continue;
                // Corresponding places: the two mentions, as fractions of their sides of the
                // alignment, overlap by half the shorter. A clause cut from a sentence lies
                // inside its paraphrase's span ("… was a stunning prize … and reignited the
                // conflict" against a one-clause rewrite).
                auto rel = [](ByteSpan m, ByteSpan side, double* lo, double* hi) {
                    double len = std::max<std::uint32_t>(1, side.size());
                    *lo = std::max(0.0, (double(m.begin) - side.begin) / len);
                    *hi = std::min(1.0, (double(m.end) - side.begin) / len);
                };
                double x0, x1, y0, y1;
                rel(sx, as, &x0, &x1);
                rel(sy, bs, &y0, &y1);
                double overlap = std::min(x1, y1) - std::max(x0, y0);
                if (overlap > 0 && overlap >= 0.5 * std::min(x1 - x0, y1 - y0)) return true;
            }
            return false;
        };
        return check(x.m.article, y.m.article, x.m.span, y.m.span, false) ||
               check(y.m.article, x.m.article, x.m.span, y.m.span, true);
    }

    bool agreeing_quantity(const StoredMention& x, const StoredMention& y) const {
        for (const Quantity& p : x.m.quantities) {
            if (!is_anchor_figure(p)) continue;
            for (const Quantity& q : y.m.quantities)
                if (is_anchor_figure(q) && quantities_agree(p, q)) return true;
        }
        return false;
    }

    static bool has_figure(const StoredMention& m) {
        return std::any_of(m.m.quantities.begin(), m.m.quantities.end(), [](const Quantity& q) {
            return !says_when(q.unit);
        });
    }
    // A figure of the same unit on both sides, bare counts included, or of one measure as an
    // editor reads it (measure_of): "six months' notice" and "a year's notice" are both lengths
    // of time, "£64m" and "$81m" both money.
    static bool same_kind_figure(const StoredMention& x, const StoredMention& y) {
        for (const Quantity& p : x.m.quantities) {
            if (says_when(p.unit)) continue;
            const std::string_view kp = measure_of(p);
            for (const Quantity& q : y.m.quantities)
                if (q.unit == p.unit || (!kp.empty() && measure_of(q) == kp)) return true;
        }
        return false;
    }

    // A bare count written in digits ("has risen to 52", "injuring more than 400") is taken for
    // a count of people written in digits ("at least 37 people"), the noun a second mention of
    // a toll leaves out, and so is one written in words ("Twenty-three people were still
    // missing" / "Another 32 could not be found"); two bare counts are no evidence, nor is a
    // vague amount ("tens of thousands of people", an interval). Nor is an ordinal: "the second
    // rapid game" in two sentences says which game, not how much of anything (measure_of gives
    // it no measure either), and it drew a rewrite that folds a complaint and its reason into
    // one sentence to the wire's clause naming the game instead of the one giving the reason.
    static bool same_measured_unit(const StoredMention& x, const StoredMention& y) {
        auto digits = [](const Quantity& q) {
            return std::any_of(q.text.begin(), q.text.end(),
                               [](char c) { return c >= '0' && c <= '9'; });
        };
        auto counts = [&](const Quantity& bare, const Quantity& people) {
            return bare.unit.empty() && people.unit == "people" && digits(bare) &&
                   (digits(people) || people.low == people.high);
        };
        for (const Quantity& p : x.m.quantities) {
            if (p.unit == "date" || p.unit == "calendar_year" || p.unit == "ordinal") continue;
            for (const Quantity& q : y.m.quantities)
                if ((!p.unit.empty() && q.unit == p.unit) || counts(p, q) || counts(q, p))
                    return true;
        }
        return false;
    }

    // What a figure measures, as an editor tells two facts apart: money in any currency (one
    // outlet converts), any length of time, or the unit itself; nothing for a bare count, a
    // date or a year, which say no more than "how many" or "when".
    static std::string_view measure_of(const Quantity& q) {
        if (q.unit.empty() || q.unit == "ordinal" || says_when(q.unit))
            return {};
        if (q.unit == "USD" || q.unit == "EUR" || q.unit == "GBP" || q.unit == "pence")
            return "money";
        if (q.unit == "year" || q.unit == "month" || q.unit == "week" || q.unit == "day" ||
            q.unit == "hour" || q.unit == "minute" || q.unit == "second")
            return "duration";
        return q.unit;
    }
    // Whether mention i gives a figure of the measure (measure_of).
    bool measures(std::size_t i, std::string_view measure) const {
        for (const Quantity& q : ms_.stored[i].m.quantities)
            if (measure_of(q) == measure) return true;
        return false;
    }
    // Both mentions measure something, and nothing they measure is of one kind: "released 40
    // tonnes of ammonia" and "killed fish along 12 km of the river" are two facts however much
    // of the sentence around them the two share.
    static bool measure_different_things(const StoredMention& x, const StoredMention& y) {
        bool x_measures = false, y_measures = false;
        for (const Quantity& p : x.m.quantities) {
            std::string_view kp = measure_of(p);
            if (kp.empty()) continue;
            x_measures = true;
            for (const Quantity& q : y.m.quantities) {
                std::string_view kq = measure_of(q);
                if (kq.empty()) continue;
                y_measures = true;
                if (kp == kq) return false;
            }
        }
        if (!y_measures)
            for (const Quantity& q : y.m.quantities)
                if (!measure_of(q).empty()) y_measures = true;
        return x_measures && y_measures;
    }

    // Both measure a thing that the corpus measures no more than once per article on average
    // (the area burned, the passengers affected): the one fact of the story given in that
    // measure, whatever figure each outlet gives it.
    bool share_rare_measure(const StoredMention& x, const StoredMention& y) const {
        const std::size_t articles = a_.corpus.articles.size();
        for (const Quantity& p : x.m.quantities) {
            std::string_view kp = measure_of(p);
            if (kp.empty()) continue;
            for (const Quantity& q : y.m.quantities)
                if (measure_of(q) == kp) {
                    auto it = measure_count_.find(kp);
                    if (it != measure_count_.end() && it->second <= articles) return true;
                }
        }
        return false;
    }

    // Both give a figure (as figures() keys it: its unit, a bare count as people, and its
    // value) that the corpus gives no more than once per article on average: the one fact of
    // the story stated with that figure, however reworded the rest ("Rescuers brought 196
    // survivors ashore" / "Rescue crews pulled 196 people from the water"). A figure said in
    // many sentences ("more than 12 hours" in a report on waits) is no such anchor, nor is a
    // whole count under ten (small_count_).
    bool share_rare_figure(std::size_t i, std::size_t j) const {
        return shared_rare_figure(i, j) >= 0;
    }
    // The figure id of the first such figure, or -1.
    int shared_rare_figure(std::size_t i, std::size_t j) const {
        const std::size_t articles = a_.corpus.articles.size();
        Ids b = figures(j);
        for (int f : figures(i))
            if (std::find(b.begin(), b.end(), f) != b.end() &&
                static_cast<std::size_t>(fig_df_[static_cast<std::size_t>(f)]) <= articles &&
                !small_count_[static_cast<std::size_t>(f)])
                return f;
        return -1;
    }

    bool says_state_goes_on(std::size_t i) const {
        if (persists_.empty()) persists_.assign(ms_.stored.size(), 0);
        if (persists_[i] == 0) {
            bool found = false;
            for (const SurfaceToken& t : scan_surface(text_of(i), ms_.stored[i].m.span))
                found |= t.kind == SurfaceToken::Word && persisting(t.lower);
            persists_[i] = found ? 2 : 1;
        }
        return persists_[i] == 2;
    }
    std::vector<PolarityWord> polarity(std::size_t i) const {
        const StoredMention& s = ms_.stored[i];
        DraftMention d;
        d.article = s.m.article;
        d.span = s.m.span;
        d.source_span = s.m.source_span;
        d.hedge = s.m.hedge;
        d.negation = s.m.negation;
        d.quotes.assign(ms_.quote_spans.begin() + s.m.quotes_begin,
                        ms_.quote_spans.begin() + s.m.quotes_begin + s.m.quotes_size);
        return polarity_words(text_of(i), d);
    }
    const std::string& text_of(std::size_t i) const {
        return a_.corpus.articles[static_cast<std::size_t>(ms_.stored[i].m.article)].text;
    }

    // "Poultry markets in the valley reopened on Monday" against "Poultry markets across the
    // region remain closed", "the bridge reopened" against "the bridge is still shut": a
    // state one outlet says goes on ("remain", "stay", "still") and another says was reversed,
    // by a word of opposite meaning (WordNet's antonyms, claim_antonyms.h), each said of
    // something the other names and not of two other things ("exports rose" / "imports
    // fell"). The flip is what the reader must see, so the two are one claim. Only a state said
    // to go on: two changes of opposite sense are mostly two events of one story ("the leak
    // began …" / "the leak was stopped by 2 a.m.", "the ban began on 2 April" / "will end in
    // 2030").
    bool opposite_states(std::size_t i, std::size_t j) const {
        if (says_state_goes_on(i) == says_state_goes_on(j)) return false;
        const std::vector<PolarityWord> px = polarity(i);
        if (px.empty()) return false;
        const std::vector<PolarityWord> py = polarity(j);
        if (py.empty()) return false;
        std::vector<std::string> sx, sy; // the stems, read only for a pair of antonyms
        for (auto [a, b] : opposed_words(px, py)) {
            const PolarityWord& x = px[a];
            const PolarityWord& y = py[b];
            if (x.persists == y.persists) continue;
            if (sx.empty()) sx = content_stems(text_of(i), ms_.stored[i].m.span);
            if (sy.empty()) sy = content_stems(text_of(j), ms_.stored[j].m.span);
            if (context_shared(x, sy) && context_shared(y, sx) &&
                !said_of_other_things(x, sx, y, sy))
                return true;
        }
        return false;
    }

    // How well x and y state the same claim; 0 when they do not (claims.h lists the rules).
    double pair_score(std::size_t i, std::size_t j) const {
        const StoredMention& x = ms_.stored[i];
        const StoredMention& y = ms_.stored[j];
        // The dead and the injured (or sick) are two facts, however much else the two share
        // (one event, one source, one sentence rewritten in the other order).
        const std::uint8_t hx = x.harm, hy = y.harm;
        if ((hx == kHarmDead && hy == kHarmHurt) || (hx == kHarmHurt && hy == kHarmDead)) return 0;
        // A count of the dead or hurt is not the event it counts ("The death toll from
        // Sunday's storm has risen to 19" against "A storm hit the coast on Sunday").
        if ((hx && !hy && has_figure(x) && !has_figure(y)) ||
            (hy && !hx && has_figure(y) && !has_figure(x)))
            return 0;
        if (measure_different_things(x, y)) return 0;
        double s = rule_score(i, j);
        // Two figures of one measured kind (people, km, money) about the same thing make the
        // same claim likelier than shared scenery ("TENS of thousands of people have fled …
        // Syria's third-largest city Homs" is the flight, not the towns entered). Not when one
        // counts the dead or hurt and the other does not: "killed 23" and "947 of them" (the
        // cases) are both counts of people, and no more alike for it.
        if (s > 0 && hx == hy && same_measured_unit(x, y)) s += 0.3;
        // A relative clause cut as a mention of its own ("whose boats also fish the stock",
        // "which opened in 1902") is background some outlets keep inside their sentence and
        // others drop: a sentence that is no relative clause states its main clause, and the
        // claim of another outlet's main clause ("did not take part in the talks", "will stay
        // open") is its match when the two score alike, above all when the sentence keeps the
        // relative clause uncut ("The Isles of Kell, which also fishes the stock, was not part
        // of the talks"). Not when the relative clause gives a figure or a date of its own: it
        // then states a fact ("an independent inquiry, which he said would report by March 25").
        if (s > 0) {
            const bool ri = relative_clause(i), rj = relative_clause(j);
            if (ri != rj && (figures(ri ? i : j).size() == 0 || holds_relative_clause(ri ? j : i)))
                s -= kRelativeClauseTieBreak;
            // More than a tie-break when that sentence also gives a figure the relative clause
            // lacks ("About 640 farms could run out of water by 2035, according to Dry Valleys,
            // which speaks for fruit growers in the uplands"): its fact is the figure's, and the
            // claim giving that figure is its match even where the clause's words, repeated
            // whole, outweigh the reworded rest. With no such claim it still joins the clause's.
            if (ri != rj && figures(ri ? i : j).size() == 0 && figures(ri ? j : i).size() > 0 &&
                holds_relative_clause(ri ? j : i))
                s -= kFiguredSentenceOverBackground;
        }
        return s;
    }

    double rule_score(std::size_t i, std::size_t j) const {
        const StoredMention& x = ms_.stored[i];
        const StoredMention& y = ms_.stored[j];
        // w: the shared words alone, which rank versions of one passage against each other;
        // d: words and shared figures, the evidence when no alignment or quotation links them.
        double w = dice(ms_(x.words), ms_(y.words));
        double d = overlap(i, j);
        // The same quotation outranks shared text: seed 001 folds the minister's statement and
        // his quote into one sentence, aligned with 000's statement, but it is the quote.
        if (x.quote_mention && y.quote_mention) {
            double q = dice(ms_(x.quote_words), ms_(y.quote_words));
            bool same_speaker = x.speaker_key >= 0 && x.speaker_key == y.speaker_key;
            if (same_speaker && (q >= 0.2 || w >= 0.3)) return 3 + q;
            if (q >= 0.6) return 3 + q;
        }
        // The same few quoted words ("temporary tactical measure"): all of the shorter quotation
        // in the other, three words at least.
        if (x.quote_words.size >= 3 && y.quote_words.size >= 3) {
            std::size_t shared = shared_count(ms_(x.quote_words), ms_(y.quote_words));
            std::size_t smaller = std::min(x.quote_words.size, y.quote_words.size);
            if (shared >= 3 && shared * 5 >= smaller * 4) return 2.5 + double(shared) / smaller / 2;
        }
        // A quotation against a statement that quotes nothing: the words they share must reach
        // into the quoted words, not stop at the attribution ("Marta Zelenko, the agency's chief
        // engineer, told …" around a quote on cracks is not "The agency's chief engineer, Marta
        // Zelenko, says corrosion is probably to blame"). Reported speech of the quote shares
        // them ("Krell said he had given everything to the club" / "“I have given everything
        // to this club …”").
        if (x.quote_mention != y.quote_mention) {
            const StoredMention& q = x.quote_mention ? x : y;
            const StoredMention& o = x.quote_mention ? y : x;
            if (q.quote_words.size > 0 && dice(ms_(q.quote_words), ms_(o.words)) < kQuotedShare)
                return 0;
        }
        // An alignment says where a sentence sits in shared text, not what it states: it ranks
        // above shared words alone (1 + d below) unless another claim's words match by half the
        // scale more (a second wire's "The institute put it at 6.4" in the place of the wire's
        // epicentre sentence is the wire's "The institute put the magnitude at 6.4").
        if (!a_.alignments.empty() && d >= 0.15 && aligned(x, y))
            return x.quote_mention == y.quote_mention ? 1.5 + w : 1 + w;
        // Anchors: the same source, or a figure of the same kind about the same entity ("TENS of
        // thousands of people have fled … Homs" / "thousands of Homs residents … fleeing": the
        // figures may disagree, that is what the reader must see).
        if (d >= 0.25 && x.source_key >= 0 && x.source_key == y.source_key) return 1 + d;
        if (d >= 0.15 && same_measured_unit(x, y) &&
            shared_count(ms_(x.entity_keys), ms_(y.entity_keys)) >= 1)
            return 1 + d;
        if (d >= 0.15 && share_rare_measure(x, y)) return 1 + d;
        // "no one was hurt" and "a security guard suffered minor injuries": the one fact of
        // who was hurt, denied by one outlet and stated by the other; the flip is what the
        // reader must see. Ranked below any claim the two share more with.
        if (d > 0 && x.harm && x.harm == y.harm && x.m.negated != y.m.negated &&
            !has_figure(x.m.negated ? x : y))
            return 0.5 + d;
        // Two counts of the dead (or of the hurt) that share some words are the story's toll,
        // whatever figure each gives: the changed toll is the difference to show.
        if (d >= 0.25 && x.harm && x.harm == y.harm && has_figure(x) && has_figure(y))
            return 1 + d;
        // The same figure given by both ranks with an alignment (1.5 + Dice): "1,012 of them in
        // the province" is the wire's "Most of the cases, 1,012, were in …", wherever the
        // alignment puts the clause. Before the plain overlap below, so that more words in
        // common never rank a clause with the same figure lower than fewer would.
        if (d >= 0.3 && agreeing_quantity(x, y)) return 1.5 + d;
        if (d >= 0.5) return 1 + d;
        if (d >= kRareFigureOverlap && share_rare_figure(i, j)) return 1 + d;
        if (d >= 0.35 && shared_count(ms_(x.entity_keys), ms_(y.entity_keys)) >= 2) return 1 + d;
        if (d >= 0.4 && shared_count(ms_(x.entity_keys), ms_(y.entity_keys)) >= 1) return 1 + d;
        if (d >= kFlippedStateOverlap && opposite_states(i, j)) return 0.5 + d;
        return 0;
    }

    void index(std::size_t claim, std::size_t i) {
        const StoredMention& m = ms_.stored[i];
        const auto c = static_cast<std::uint32_t>(claim);
        for (int w : ms_(m.words)) {
            int slot = slot_[static_cast<std::size_t>(w)];
            if (slot < 0) continue;
            std::vector<std::uint32_t>& p = postings_[static_cast<std::size_t>(slot)];
            if (p.empty() || p.back() != c) p.push_back(c);
        }
        for (int f : figures(i)) {
            std::vector<std::uint32_t>& p = fig_postings_[static_cast<std::size_t>(f)];
            if (p.empty() || p.back() != c) p.push_back(c);
        }
        if (m.speaker_key >= 0) {
            std::vector<std::uint32_t>& p = by_speaker_[m.speaker_key];
            if (p.empty() || p.back() != c) p.push_back(c);
            if (claim_speakers_.size() <= claim) claim_speakers_.resize(claim + 1);
            std::vector<int>& sp = claim_speakers_[claim];
            if (std::find(sp.begin(), sp.end(), m.speaker_key) == sp.end())
                sp.push_back(m.speaker_key);
        }
        if (m.harm && m.harm < 4 && m.m.negated && !has_figure(m)) {
            std::vector<std::uint32_t>& p = harm_denied_[m.harm];
            if ((p.empty() || p.back() != c) && p.size() < kHarmDeniedCap) p.push_back(c);
        }
    }

    // The claims mention i could join, with their scores (best representative each).
    void candidates(std::size_t i, std::vector<std::pair<double, std::size_t>>& out) {
        const StoredMention& m = ms_.stored[i];
        // Exact copies join without scoring (republished wire copy is the common case).
        if (const std::uint32_t c = exact_.find(m.exact);
            c != kNoClaim && !has_article(c, m.m.article)) {
            out.push_back({10.0, c});
            return;
        }
        // Votes: shared words, each weighted by its rarity (a story's protagonist, named in
        // most sentences, must not crowd out the one rare word two versions share: "appeal").
        clear_votes();
        if (vote_at_.size() < claims_.size()) vote_at_.resize(claims_.size(), 0);
        // The keys: words, then figures (a figure the two give alike is a word they share,
        // the rarest one when the rest is reworded: "25 were unaccounted for" / "Twenty-five
        // people are still missing"). A word behind more than kPostingCap claims says nothing.
        keys_.clear();
        std::uint32_t figures_from = 0;
        for (int w : ms_(m.words)) {
            int slot = slot_[static_cast<std::size_t>(w)];
            if (slot < 0) continue;
            const std::vector<std::uint32_t>& p = postings_[static_cast<std::size_t>(slot)];
            if (p.size() > kPostingCap || p.empty()) continue;
            keys_.push_back({&p, idf(w), static_cast<std::uint32_t>(keys_.size())});
        }
        figures_from = static_cast<std::uint32_t>(keys_.size());
        for (int f : figures(i)) {
            const std::vector<std::uint32_t>& p = fig_postings_[static_cast<std::size_t>(f)];
            if (p.size() > kPostingCap || p.empty() || small_count_[static_cast<std::size_t>(f)])
                continue;
            keys_.push_back({&p, fig_idf_[static_cast<std::size_t>(f)],
                             static_cast<std::uint32_t>(keys_.size())});
        }
        // Within kVoteBudget claim ids, the keys with the fewest claims first (the rarest say
        // most); then read in the mention's own order, so that the votes add up exactly as
        // without a budget whenever it does not bind (every story of a few dozen outlets).
        std::size_t read = 0;
        if (!every_claim_) {
            std::sort(keys_.begin(), keys_.end(), [](const Key& x, const Key& y) {
                if (x.claims->size() != y.claims->size()) return x.claims->size() < y.claims->size();
                return x.order < y.order;
            });
            std::size_t n = 0;
            while (n < keys_.size() && read + keys_[n].claims->size() <= kVoteBudget)
                read += keys_[n++].claims->size();
            keys_.resize(n);
            std::sort(keys_.begin(), keys_.end(),
                      [](const Key& x, const Key& y) { return x.order < y.order; });
        }
        for (const Key& k : keys_)
            for (std::uint32_t c : *k.claims) {
                Vote& v = vote(c);
                ++v.words;
                v.weight += k.weight;
                v.figure |= k.order >= figures_from;
            }
        if (every_claim_)
            for (const Key& k : keys_) read += k.claims->size();
        // The speaker: every claim that quotes them, while there are few; past the budget,
        // only the claims the words found (a speaker quoted in a thousand claims must not
        // make each of their mentions read all of them).
        if (m.speaker_key >= 0)
            if (auto it = by_speaker_.find(m.speaker_key); it != by_speaker_.end()) {
                if (every_claim_ || read + it->second.size() <= kVoteBudget) {
                    read += it->second.size();
                    for (std::uint32_t c : it->second) {
                        Vote& v = vote(c);
                        v.words += 2;
                        v.weight += 4;
                    }
                } else {
                    read += voted_.size();
                    for (std::size_t k = 0; k < voted_.size(); ++k) {
                        const std::uint32_t c = voted_[k];
                        if (c >= claim_speakers_.size()) continue;
                        const std::vector<int>& sp = claim_speakers_[c];
                        if (std::find(sp.begin(), sp.end(), m.speaker_key) == sp.end()) continue;
                        Vote& v = tally_[k];
                        v.words += 2;
                        v.weight += 4;
                    }
                }
            }
        cost_.max_postings_read = std::max(cost_.max_postings_read, read);
        cost_.max_claims_voted = std::max(cost_.max_claims_voted, voted_.size());
        // An outlet stating the harm another denies: the denial's claim is a candidate
        // whatever else the two share (pair_score decides).
        if (m.harm && m.harm < 4 && !m.m.negated)
            for (std::uint32_t c : harm_denied_[m.harm]) {
                Vote& v = vote(c);
                v.words += 2;
                v.weight += 1;
            }
        std::vector<std::pair<double, std::size_t>> ranked, by_figure;
        int need = m.words.size <= 3 ? 1 : 2;
        for (std::size_t k = 0; k < voted_.size(); ++k) {
            const std::uint32_t c = voted_[k];
            const Vote& v = tally_[k];
            if (v.words >= need && !has_article(c, m.m.article)) {
                ranked.push_back({-v.weight, c});
                if (v.figure) by_figure.push_back({-v.weight, c});
            }
            vote_at_[c] = 0;
        }
        // Only the first kCandidates are read below: (weight, claim) is a total order, so a
        // partial sort keeps exactly the full sort's head.
        if (every_claim_ || ranked.size() <= kCandidates)
            std::sort(ranked.begin(), ranked.end());
        else
            std::partial_sort(ranked.begin(), ranked.begin() + kCandidates, ranked.end());
        if (every_claim_) {
            // The slow reference (tests): every claim is a candidate, no index, no floor.
            ranked.clear();
            for (std::size_t c = 0; c < claims_.size(); ++c)
                if (!has_article(c, m.m.article)) ranked.push_back({0, c});
        }
        // Only the best-voted claims are scored: the four with most shared words, and any other
        // with at least a third of the best count (fewer words can still win on an anchor: a
        // figure, a quote, a source).
        if (!ranked.empty()) {
            double floor = -ranked.front().first / 3;
            std::size_t keep = 0;
            while (keep < ranked.size() && (every_claim_ || keep < kCandidates) &&
                   (keep < 4 || -ranked[keep].first >= floor))
                ++keep;
            ranked.resize(keep);
        }
        // A claim that gives the same figure is scored however little else it shares: a
        // reworded sentence keeps its figure when every other word changes ("with 230 people
        // aboard" / "was carrying 230 passengers and crew"). A few, best voted first.
        if (!every_claim_ && !by_figure.empty()) {
            const std::size_t head = std::min(by_figure.size(), kFigureCandidates);
            std::partial_sort(by_figure.begin(), by_figure.begin() + static_cast<long>(head),
                              by_figure.end());
            const std::size_t kept = ranked.size();
            for (std::size_t k = 0; k < head; ++k)
                if (std::find(ranked.begin(), ranked.begin() + static_cast<long>(kept),
                              by_figure[k]) == ranked.begin() + static_cast<long>(kept))
                    ranked.push_back(by_figure[k]);
        }
        for (const auto& [neg, c] : ranked) {
            double s = 0;
            const std::vector<std::uint32_t>& members = claims_[c];
            for (std::size_t r = 0; r < members.size() && r < kRepresentatives; ++r)
                s = std::max(s, pair_score(i, members[r]));
            if (s > 0) out.push_back({s, c});
        }
    }

    struct Option {
        double score;
        std::size_t mention, claim;
    };

    // Two mentions of one article that want one claim, one giving a figure the claim gives
    // ("fined three chains €214 million" for the wire's "a total of €214 million") and the
    // other a different figure of that measure ("would challenge the €118 million fine"): the
    // one with the claim's figure is the article's version of it, however many words the
    // other shares (a second wire's lead on the appeal, aligned with the wire's lead on the
    // fines). A changed figure with no such rival in its article still joins as before: the
    // change is what the reader must see.
    void prefer_the_claims_figure(std::vector<Option>& options) const {
        std::sort(options.begin(), options.end(), [](const Option& x, const Option& y) {
            return std::tie(x.claim, x.mention) < std::tie(y.claim, y.mention);
        });
        for (std::size_t s = 0, t = 0; s < options.size(); s = t) {
            t = s + 1;
            while (t < options.size() && options[t].claim == options[s].claim) ++t;
            if (t - s < 2) continue; // no rival in this article
            const std::vector<std::uint32_t>& members = claims_[options[s].claim];
            for (std::size_t k = s; k < t; ++k) {
                int fig = -1;
                std::size_t rep = 0;
                for (; rep < members.size() && rep < kRepresentatives && fig < 0; ++rep)
                    fig = shared_rare_figure(options[k].mention, members[rep]);
                if (fig < 0) continue;
                const std::string& measure = fig_measure_[static_cast<std::size_t>(fig)];
                if (measure.empty()) continue;
                for (std::size_t r = s; r < t; ++r)
                    if (r != k && measures(options[r].mention, measure) &&
                        !share_rare_figure(options[r].mention, members[rep - 1])) {
                        options[k].score += kClaimsFigureBonus;
                        break;
                    }
            }
        }
    }

    // The mentions [b, e) of one article join claims best match first, not in text order: a
    // paraphrased sentence that shares a few words with an earlier claim must not take the
    // place of the article's own version of that claim further down (seed 002's "infiltrated
    // Rastan and Talbiseh" against its Sham FM sentence). Each claim takes at most one mention
    // of the article; the mentions left start claims of their own, in text order.
    void place_article(std::size_t b, std::size_t e) {
        std::vector<Option> options;
        std::vector<std::pair<double, std::size_t>> found;
        for (std::size_t i = b; i < e; ++i) {
            found.clear();
            candidates(i, found);
            for (const auto& [score, c] : found) options.push_back({score, i, c});
        }
        prefer_the_claims_figure(options);
        std::sort(options.begin(), options.end(), [](const Option& x, const Option& y) {
            if (x.score != y.score) return x.score > y.score;
            return std::tie(x.mention, x.claim) < std::tie(y.mention, y.claim);
        });
        std::vector<bool> placed(e - b, false);
        const int article = ms_.stored[b].m.article;
        for (const Option& o : options) {
            if (placed[o.mention - b] || has_article(o.claim, article)) continue;
            join(o.claim, o.mention);
            placed[o.mention - b] = true;
        }
        fill_gaps(b, e, placed);
        for (std::size_t i = b; i < e; ++i) {
            if (placed[i - b]) continue;
            claims_.push_back({});
            if (articles_in_order_)
                last_article_.push_back(-1);
            else
                claim_articles_.push_back({});
            join(claims_.size() - 1, i);
        }
    }

    // Order as evidence: a rewrite keeps the wire's order of facts. A mention left alone
    // between two placed neighbours (i-1 in claim P, i+1 in claim N) is the counterpart of a
    // mention that sits alone between P and N in another article ("Another 32 remain
    // unaccounted for" between the deaths and the injured, where the wire says "Twenty-three
    // people were still missing"), when the two also share a word, a figure's kind, a name, a
    // speaker or a source ("which derailed on a bend, ValRail said" where the wire's train
    // "left the tracks …, according to the rail operator, ValRail"): two unrelated sentences in
    // the same slot stay apart.
    // The members of claim c whose neighbours speak for order: its first kOrderWitnesses (the
    // earliest articles, the wire among them), so that a claim carried by thousands of
    // outlets costs no more than one carried by a few (linear in the corpus).
    struct Members {
        const std::uint32_t *b, *e;
        const std::uint32_t* begin() const { return b; }
        const std::uint32_t* end() const { return e; }
    };
    Members witnesses(std::size_t c) const {
        const std::vector<std::uint32_t>& m = claims_[c];
        return {m.data(), m.data() + std::min(m.size(), kOrderWitnesses)};
    }

    // Whether mention i is a relative clause cut from its sentence ("who flew to Keldra on
    // Tuesday"): background some outlets keep and others drop.
    bool relative_clause(std::size_t i) const {
        const StoredMention& m = ms_.stored[i];
        const std::string& text = a_.corpus.articles[static_cast<std::size_t>(m.m.article)].text;
        std::string_view s = std::string_view(text).substr(m.m.span.begin, m.m.span.size());
        for (std::string_view w : {"which ", "who ", "whose ", "where "})
            if (s.substr(0, w.size()) == w) return true;
        return false;
    }

    // Whether mention i holds a relative clause set off by a comma ("…, which also fishes the
    // stock, …") rather than starting with one.
    bool holds_relative_clause(std::size_t i) const {
        const StoredMention& m = ms_.stored[i];
        std::string_view s = std::string_view(text_of(i)).substr(m.m.span.begin, m.m.span.size());
        for (std::string_view w : {", which ", ", who ", ", whose "})
            if (s.find(w) != std::string_view::npos) return true;
        return false;
    }

    // Whether mentions i and j, next to each other in one article, are two pieces of one
    // sentence: nothing between them, nor i's last character, ends a sentence ("The old depot
    // closed in 2019" / "and its site will be sold …"). Read only by fill_gaps, for the few
    // mentions left unplaced between two placed neighbours: a scan of the bytes between two
    // mentions.
    bool one_sentence(std::size_t i, std::size_t j) const {
        const StoredMention& x = ms_.stored[i];
        const StoredMention& y = ms_.stored[j];
        if (x.m.article != y.m.article || x.m.span.end > y.m.span.begin) return false;
        const std::string& text = text_of(i);
        for (std::uint32_t p = x.m.span.end; p < y.m.span.begin; ++p)
            if (text[p] == '.' || text[p] == '!' || text[p] == '?' || text[p] == '\n') return false;
        // A mention ending on its own full stop ends its sentence.
        const std::uint32_t last = x.m.span.end - 1;
        return x.m.span.end > x.m.span.begin && text[last] != '.' && text[last] != '!' &&
               text[last] != '?';
    }

    void fill_gaps(std::size_t b, std::size_t e, std::vector<bool>& placed) {
        const int article = ms_.stored[b].m.article;
        for (std::size_t i = b + 1; i + 1 < e; ++i) {
            if (placed[i - b] || !placed[i - 1 - b] || !placed[i + 1 - b]) continue;
            const std::uint32_t prev = claim_of_[i - 1], next = claim_of_[i + 1];
            if (prev == next) continue;
            std::size_t best = claims_.size();
            double best_w = 0;
            // The other article may hold one more mention between the two (a relative clause
            // it cuts as a fact of its own, "who flew to Keldra on Tuesday", or a piece of the
            // neighbour's sentence that it cut in two where this article keeps one half, "The
            // old depot closed in 2019" before "and its site will be sold …"): its counterpart
            // is either of the two, the better anchored.
            const std::size_t slots[3][2] = {{1, 2}, {1, 3}, {2, 3}};
            for (std::uint32_t k : witnesses(prev))
                for (const auto& slot : slots) {
                const std::size_t mid = k + slot[0], after = k + slot[1];
                if (after >= claim_of_.size() || after >= b) continue;
                const int other = ms_.stored[k].m.article;
                if (ms_.stored[mid].m.article != other || ms_.stored[after].m.article != other)
                    continue;
                if (claim_of_[after] != next) continue;
                if (slot[1] == 3) {
                    const std::size_t extra = slot[0] == 1 ? k + 2 : k + 1;
                    const bool piece_of_neighbour =
                        slot[0] == 1 ? one_sentence(extra, after) : one_sentence(k, extra);
                    if (!relative_clause(extra) && !piece_of_neighbour) continue;
                }
                const std::uint32_t c = claim_of_[mid];
                if (c == prev || c == next || has_article(c, article)) continue;
                const StoredMention& x = ms_.stored[i];
                const StoredMention& y = ms_.stored[mid];
                double w = overlap(i, mid);
                bool anchor = w >= 0.1 || same_measured_unit(x, y) ||
                              shared_count(ms_(x.entity_keys), ms_(y.entity_keys)) >= 1 ||
                              (x.speaker_key >= 0 && x.speaker_key == y.speaker_key) ||
                              (x.source_key >= 0 && x.source_key == y.source_key);
                // Figures of different kinds on both sides are different facts ("6.1% had a
                // second heart attack" / "prevented about 23 heart attacks for every 1,000"); a
                // bare count against a count of people is one kind (same_measured_unit).
                if (has_figure(x) && has_figure(y) && !same_kind_figure(x, y) &&
                    !same_measured_unit(x, y))
                    continue;
                if (!anchor) continue;
                if (best == claims_.size() || w > best_w || (w == best_w && c < best))
                    best = c, best_w = w;
                }
            if (best == claims_.size()) continue;
            join(best, i);
            placed[i - b] = true;
        }
        // One neighbour is weaker evidence: it needs a third of the weighted words in common
        // as well ("Vantel has brought in outside cybersecurity specialists" after the shares,
        // where the wire has "It said it had hired an outside cybersecurity firm" after them).
        for (std::size_t i = b; i < e; ++i) {
            if (placed[i - b]) continue;
            std::size_t best = claims_.size();
            double best_w = 0;
            auto consider = [&](std::size_t counterpart) {
                const std::uint32_t c = claim_of_[counterpart];
                if (has_article(c, article)) return;
                const StoredMention& x = ms_.stored[i];
                const StoredMention& y = ms_.stored[counterpart];
                if (has_figure(x) && has_figure(y) && !same_kind_figure(x, y)) return;
                double w = overlap(i, counterpart);
                // "no one was hurt" in the wire's place of "two fishermen were slightly injured":
                // the same harm said with the opposite polarity is the one fact of who was hurt,
                // whose change the reader must see, however few other words the two share.
                const bool harm_denied = x.harm && x.harm == y.harm && x.m.negated != y.m.negated;
                // "The operator said nothing had been released" in the place of the wire's "No
                // gas escaped, the operator said": a denial (or its contradiction) credited to
                // the same source, in the same place of the story, is that source's one
                // statement reworded; its few words in common are the thing denied. Measured on
                // the tuned stories: 26 pairs joined, none wrong.
                const bool same_source_denial = x.source_key >= 0 &&
                                                x.source_key == y.source_key &&
                                                (x.m.negated || y.m.negated);
                if (w < kOneNeighbourOverlap && !(harm_denied && w > 0) &&
                    !(same_source_denial && w >= kSameSourceDenialOverlap))
                    return;
                if (best == claims_.size() || w > best_w || (w == best_w && c < best))
                    best = c, best_w = w;
            };
            if (i > b && placed[i - 1 - b])
                for (std::uint32_t k : witnesses(claim_of_[i - 1]))
                    if (k + 1 < b && ms_.stored[k + 1].m.article == ms_.stored[k].m.article)
                        consider(k + 1);
            if (i + 1 < e && placed[i + 1 - b])
                for (std::uint32_t k : witnesses(claim_of_[i + 1]))
                    if (k > 0 && k < b && ms_.stored[k - 1].m.article == ms_.stored[k].m.article)
                        consider(k - 1);
            if (best == claims_.size()) continue;
            join(best, i);
            placed[i - b] = true;
        }
    }

    void join(std::size_t c, std::size_t i) {
        if (claim_of_.size() <= i) claim_of_.resize(ms_.stored.size(), 0);
        claim_of_[i] = static_cast<std::uint32_t>(c);
        claims_[c].push_back(static_cast<std::uint32_t>(i));
        const int art = ms_.stored[i].m.article;
        if (articles_in_order_) {
            last_article_[c] = art;
        } else {
            std::vector<int>& arts = claim_articles_[c];
            arts.insert(std::lower_bound(arts.begin(), arts.end(), art), art);
        }
        exact_.emplace(ms_.stored[i].exact, static_cast<std::uint32_t>(c));
        if (claims_[c].size() <= kRepresentatives) index(c, i);
    }
};

} // namespace

//-------------------------------------------------------------------------------------------------
// [SECTION] Entry point
//-------------------------------------------------------------------------------------------------

std::vector<std::vector<std::uint32_t>> group_mentions(const Analysis& analysis,
                                                       const Mentions& mentions,
                                                       GroupingCost* cost) {
    Grouper g(analysis, mentions, false);
    std::vector<std::vector<std::uint32_t>> claims = g.run();
    if (cost) *cost = g.cost();
    return claims;
}

std::vector<std::vector<std::uint32_t>> group_mentions_all_pairs(const Analysis& analysis,
                                                                 const Mentions& mentions) {
    return Grouper(analysis, mentions, true).run();
}

} // namespace wiretrace::claims_internal
