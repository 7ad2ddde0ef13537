// reuse.cpp — the shared-text engine (see reuse.h for the method in prose).
//
// Index
//   [SECTION] Prepared corpus: word ids, units, content sets
//   [SECTION] Comparing two units: verbatim, edited (LCS), paraphrase (Dice)
//   [SECTION] Matching the units of a pair (the reference and align_pair)
//   [SECTION] Alignments and word diffs
//   [SECTION] Passages, sources of units
//   [SECTION] Provenance and shares
//   [SECTION] Text groups: exact fingerprints, near duplicates, paraphrases
//   [SECTION] Nearest sources and their alignments
//   [SECTION] Entry points
#include "reuse.h"

#include "boilerplate.h"
#include "parallel.h"
#include "sources.h"
#include "text.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <limits>
#include <map>
#include <numeric>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace wiretrace {

namespace {

// [SECTION] Prepared corpus: word ids, units, content sets
// ------------------------------------------

// Word ids are assigned in order of first appearance while articles are read in corpus order,
// so they are deterministic. The top bit marks a stopword.
constexpr std::uint32_t kStopBit = 0x80000000u;
inline std::uint32_t word_of(std::uint32_t id) {
    return id & ~kStopBit;
}
inline bool is_stop(std::uint32_t id) {
    return (id & kStopBit) != 0;
}

// Scores are kept as the fraction num / den of two 16-bit counts (an LCS length or shared
// word count over a sum of two unit lengths), so units are cut at this many words at most.
constexpr std::size_t kMaxUnitWords = 30000;

struct Unit {
    ByteSpan span;           // bytes of the sentence (or piece of it)
    std::uint32_t sentence;  // index into ArticleAnalysis::sentences
    std::uint32_t tok_begin; // into PreparedArticle::ids
    std::uint32_t tok_end;
    std::uint32_t content_begin; // into PreparedArticle::content (sorted distinct content words)
    std::uint32_t content_end;
    bool boilerplate = false;
    bool matchable = false; // long enough and not boilerplate
};

struct PreparedArticle {
    std::vector<std::uint32_t> ids;     // every word of every unit, in order
    std::vector<std::uint32_t> content; // per unit: sorted distinct non-stopword word ids
    std::vector<Unit> units;
    std::uint32_t story_bytes = 0; // bytes of non-boilerplate units
};

// (content word, unit) sorted: which units of an article contain a word, for matching against
// that article. Built per candidate pair into a reused buffer rather than kept for every article
// (it is as large as the article's content words, for all 10,000 articles at once).
using Postings = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

void build_postings(const PreparedArticle& p, Postings& out) {
    out.clear();
    for (std::uint32_t u = 0; u < p.units.size(); ++u) {
        if (!p.units[u].matchable) continue;
        for (std::uint32_t c = p.units[u].content_begin; c < p.units[u].content_end; ++c)
            out.emplace_back(p.content[c], u);
    }
    std::sort(out.begin(), out.end());
}

// splitmix64 finaliser: a cheap, well-mixed 64-bit hash that is the same on every platform
// (std::hash is not specified and differs between libstdc++ and libc++/emscripten).
inline std::uint64_t mix64(std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// 64-bit hash of a word's folded form (FNV-1a, then mixed): the same on every platform.
inline std::uint64_t fold_hash(const std::string& folded) {
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : folded) h = (h ^ c) * 1099511628211ull;
    return mix64(h);
}

// Identical word sequences hash alike (exact fingerprints of units).
std::uint64_t sequence_hash(const PreparedArticle& p, const Unit& u) {
    std::uint64_t h = mix64(u.tok_end - u.tok_begin);
    for (std::uint32_t t = u.tok_begin; t < u.tok_end; ++t) h = mix64(h ^ p.ids[t]);
    return h;
}

// Maps folded forms (by their 64-bit hash) to stem ids. Ids are handed out in corpus order, so
// they are deterministic; the Snowball stemmer runs once per distinct folded form. Two distinct
// forms of one corpus sharing a 64-bit hash (odds ~1e-9 for a million forms) would share an id.
class Vocabulary {
public:
    // The id of a form already seen, or kUnseen.
    std::uint32_t find(std::uint64_t key) const {
        auto it = by_key_.find(key);
        return it == by_key_.end() ? kUnseen : it->second;
    }
    std::uint32_t add(std::uint64_t key, std::string_view word, bool is_number) {
        std::string folded = fold_word(word);
        std::string stem = normalize_word(word);
        auto [sit, inserted] = by_stem_.emplace(stem, static_cast<std::uint32_t>(by_stem_.size()));
        std::uint32_t id = sit->second;
        if (!is_number && is_stopword(folded)) id |= kStopBit;
        by_key_.emplace(key, id);
        return id;
    }
    static constexpr std::uint32_t kUnseen = 0xFFFFFFFFu;

private:
    // Lookup only; never iterated, so their order cannot leak into the output.
    std::unordered_map<std::uint64_t, std::uint32_t> by_key_;
    std::unordered_map<std::string, std::uint32_t> by_stem_;
};

// Preparing an article takes three steps so that the costly ones run in parallel: units and
// a hash of every word's folded form (parallel), word ids from the shared vocabulary in corpus
// order (sequential, a hash lookup per word), content sets (parallel).
PreparedArticle split_units(const std::string& text, const ArticleAnalysis& aa,
                            const ReuseOptions& opt, std::vector<std::uint64_t>& keys) {
    PreparedArticle p;
    keys.clear();
    std::vector<WordSpan> words;
    std::string folded;
    const std::size_t unit_words = std::min(opt.max_unit_words, kMaxUnitWords);
    for (std::uint32_t s = 0; s < aa.sentences.size(); ++s) {
        ByteSpan sent = aa.sentences[s];
        bool boiler = boilerplate_overlap(aa.boilerplate, sent) * 2 >= sent.size();
        words.clear();
        scan_words(text, sent, words);
        for (std::size_t w0 = 0; w0 < words.size(); w0 += unit_words) {
            std::size_t w1 = std::min(words.size(), w0 + unit_words);
            Unit u;
            u.sentence = s;
            u.boilerplate = boiler;
            // A sentence in one piece keeps its full span (closing quotes and the full stop);
            // a piece of a long sentence spans its words.
            u.span = (w0 == 0 && w1 == words.size())
                         ? sent
                         : ByteSpan{words[w0].span.begin, words[w1 - 1].span.end};
            u.tok_begin = static_cast<std::uint32_t>(keys.size());
            for (std::size_t w = w0; w < w1; ++w) {
                folded = fold_word(
                    std::string_view(text).substr(words[w].span.begin, words[w].span.size()));
                // Numbers and words never share a key (a number is never a stopword).
                keys.push_back(fold_hash(folded) ^ (words[w].is_number ? 1u : 0u));
            }
            u.tok_end = static_cast<std::uint32_t>(keys.size());
            if (!boiler) p.story_bytes += u.span.size();
            p.units.push_back(u);
        }
    }
    p.units.shrink_to_fit();
    return p;
}

void assign_ids(const std::string& text, const std::vector<std::uint64_t>& keys, Vocabulary& vocab,
                PreparedArticle& p) {
    p.ids.resize(keys.size());
    std::vector<WordSpan> words;
    for (const Unit& u : p.units) {
        bool scanned = false;
        for (std::uint32_t t = u.tok_begin; t < u.tok_end; ++t) {
            std::uint32_t id = vocab.find(keys[t]);
            if (id == Vocabulary::kUnseen) {
                // A new form: find its words again (rare after the first articles).
                if (!scanned) {
                    words.clear();
                    scan_words(text, u.span, words);
                    scanned = true;
                }
                const WordSpan& w = words[t - u.tok_begin];
                id = vocab.add(keys[t], std::string_view(text).substr(w.span.begin, w.span.size()),
                               w.is_number);
            }
            p.ids[t] = id;
        }
    }
}

// `scratch` is the worker's: the sets are gathered there and copied once at their exact size
// (grown in place by doubling, then shrunk, every article left a trail of freed blocks behind
// in the heap that the claims stage inherits).
void content_sets(const ReuseOptions& opt, PreparedArticle& p, std::vector<std::uint32_t>& scratch) {
    scratch.clear();
    for (Unit& u : p.units) {
        u.content_begin = static_cast<std::uint32_t>(scratch.size());
        for (std::uint32_t t = u.tok_begin; t < u.tok_end; ++t)
            if (!is_stop(p.ids[t])) scratch.push_back(p.ids[t]);
        std::sort(scratch.begin() + u.content_begin, scratch.end());
        scratch.erase(std::unique(scratch.begin() + u.content_begin, scratch.end()),
                      scratch.end());
        u.content_end = static_cast<std::uint32_t>(scratch.size());
        u.matchable = !u.boilerplate && u.tok_end - u.tok_begin >= opt.min_unit_words &&
                      u.content_end - u.content_begin >= opt.min_unit_content;
    }
    // Exact capacities: these live until the pairs are aligned, growth slack would too.
    p.content.assign(scratch.begin(), scratch.end());
    p.ids.shrink_to_fit();
}

// All three steps for the articles `which` (in this order: word ids follow it).
std::vector<PreparedArticle> prepare_all(const Analysis& an, const std::vector<int>& which,
                                         const ReuseOptions& opt, unsigned threads) {
    std::vector<PreparedArticle> arts(which.size());
    // In blocks, so that the 8-byte keys of only one block are alive at a time.
    constexpr std::size_t kBlock = 256;
    std::vector<std::vector<std::uint64_t>> keys(std::min(kBlock, which.size()));
    Vocabulary vocab; // only needed to tokenise: freed before matching
    for (std::size_t first = 0; first < which.size(); first += kBlock) {
        const std::size_t count = std::min(kBlock, which.size() - first);
        parallel_for(count, threads, [&](std::size_t k, unsigned) {
            const std::size_t a = static_cast<std::size_t>(which[first + k]);
            arts[first + k] = split_units(an.corpus.articles[a].text, an.articles[a], opt, keys[k]);
        });
        for (std::size_t k = 0; k < count; ++k)
            assign_ids(an.corpus.articles[static_cast<std::size_t>(which[first + k])].text, keys[k],
                       vocab, arts[first + k]);
    }
    std::vector<std::vector<std::uint64_t>>().swap(keys);
    std::vector<std::vector<std::uint32_t>> scratch(threads);
    parallel_for(which.size(), threads,
                 [&](std::size_t i, unsigned w) { content_sets(opt, arts[i], scratch[w]); });
    return arts;
}

// [SECTION] Comparing two units: verbatim, edited (LCS), paraphrase (Dice)
// ---------------------------

struct UnitMatch {
    int x = -1;           // article of the unit
    std::uint32_t xu = 0; // its unit
    int y = -1;           // partner article
    std::uint32_t yu = 0; // partner unit
    ReuseKind kind = ReuseKind::Paraphrase;
    double score = 0;
    std::uint16_t num = 0, den = 0; // score == 2·num / den, computed exactly so
};

// The score of a unit pair, always computed by this one expression so that a score rebuilt
// from (num, den) is the same double as the one first compared.
inline double fraction_score(std::size_t num, std::size_t den) {
    return den ? 2.0 * double(num) / double(den) : 0.0;
}

int kind_rank(ReuseKind k) {
    return k == ReuseKind::Verbatim ? 3 : k == ReuseKind::Edited ? 2 : 1;
}

// Length of the longest common subsequence of two word-id sequences. Two rows of O(m) memory.
std::size_t lcs_length(const std::uint32_t* a, std::size_t n, const std::uint32_t* b, std::size_t m,
                       std::vector<std::uint16_t>& row) {
    row.assign(2 * (m + 1), 0);
    std::uint16_t* prev = row.data();
    std::uint16_t* cur = row.data() + m + 1;
    for (std::size_t i = 1; i <= n; ++i) {
        cur[0] = 0;
        for (std::size_t j = 1; j <= m; ++j)
            cur[j] = word_of(a[i - 1]) == word_of(b[j - 1])
                         ? static_cast<std::uint16_t>(prev[j - 1] + 1)
                         : std::max(prev[j], cur[j - 1]);
        std::swap(prev, cur);
    }
    return prev[m];
}

std::size_t shared_content(const PreparedArticle& pa, const Unit& ua, const PreparedArticle& pb,
                           const Unit& ub) {
    std::size_t n = 0;
    std::uint32_t i = ua.content_begin, j = ub.content_begin;
    while (i < ua.content_end && j < ub.content_end) {
        if (pa.content[i] < pb.content[j])
            ++i;
        else if (pb.content[j] < pa.content[i])
            ++j;
        else
            ++n, ++i, ++j;
    }
    return n;
}

// Classifies a unit pair; returns false when they are not related.
bool compare_units(const PreparedArticle& pa, const Unit& ua, const PreparedArticle& pb,
                   const Unit& ub, const ReuseOptions& opt, std::vector<std::uint16_t>& scratch,
                   ReuseKind& kind, double& score, std::uint16_t& num, std::uint16_t& den) {
    std::size_t n = ua.tok_end - ua.tok_begin, m = ub.tok_end - ub.tok_begin;
    const std::uint32_t* a = pa.ids.data() + ua.tok_begin;
    const std::uint32_t* b = pb.ids.data() + ub.tok_begin;
    if (n == m && std::equal(a, a + n, b)) {
        kind = ReuseKind::Verbatim;
        num = 1, den = 2;
        score = fraction_score(num, den); // 1.0
        return true;
    }
    std::size_t ca = ua.content_end - ua.content_begin, cb = ub.content_end - ub.content_begin;
    std::size_t shared = shared_content(pa, ua, pb, ub);
    double dice = fraction_score(shared, ca + cb);
    // An LCS needs shared words to be worth computing; a Dice under 0.2 never reaches the
    // edited thresholds on news sentences (names and numbers are content words).
    if (shared >= 2 && dice >= 0.2) {
        std::size_t l = lcs_length(a, n, b, m, scratch);
        double ratio = fraction_score(l, n + m);
        double containment = double(l) / double(std::min(n, m));
        if (ratio >= opt.edited_min_lcs || (l >= 8 && containment >= opt.edited_min_containment)) {
            kind = ReuseKind::Edited;
            score = ratio;
            num = static_cast<std::uint16_t>(l), den = static_cast<std::uint16_t>(n + m);
            return true;
        }
    }
    if (dice >= opt.paraphrase_min_dice && shared >= opt.paraphrase_min_shared) {
        kind = ReuseKind::Paraphrase;
        score = dice;
        num = static_cast<std::uint16_t>(shared), den = static_cast<std::uint16_t>(ca + cb);
        return true;
    }
    return false;
}

bool better(ReuseKind k1, double s1, ReuseKind k2, double s2) {
    if (kind_rank(k1) != kind_rank(k2)) return kind_rank(k1) > kind_rank(k2);
    return s1 > s2;
}

// [SECTION] Matching the units of a pair (the reference and align_pair)
// --------------------------------------------------------------

// Compares unit xu of article x with unit yu of article y and keeps the pair in `best` when it
// is the better match (better kind, then higher score, ties to the lower partner unit). The
// one rule for both ways of finding candidates (the content-word index and the text groups),
// so they pick the same partner from the same candidates.
void keep_better_match(int x, std::uint32_t xu, int y, std::uint32_t yu, const PreparedArticle& px,
                       const PreparedArticle& py, const ReuseOptions& opt,
                       std::vector<std::uint16_t>& scratch, bool& found, UnitMatch& best) {
    ReuseKind kind;
    double score;
    std::uint16_t num, den;
    if (!compare_units(px, px.units[xu], py, py.units[yu], opt, scratch, kind, score, num, den)) return;
    if (!found || better(kind, score, best.kind, best.score) ||
        (!better(best.kind, best.score, kind, score) && yu < best.yu)) {
        best = UnitMatch{x, xu, y, yu, kind, score, num, den};
        found = true;
    }
}

// For every matchable unit of article x, its best counterpart in article y (if any): among
// all of y's units (`all_units`, the reference), or among the 4 sharing the most content words
// with it, found through `postings`, those of y (build_postings).
void match_into(int x, int y, const std::vector<PreparedArticle>& arts, const Postings& postings,
                bool all_units, const ReuseOptions& opt, std::vector<UnitMatch>& out,
                std::vector<std::uint32_t>& counts, std::vector<std::uint32_t>& touched,
                std::vector<std::uint16_t>& scratch) {
    const PreparedArticle& px = arts[static_cast<std::size_t>(x)];
    const PreparedArticle& py = arts[static_cast<std::size_t>(y)];
    counts.assign(py.units.size(), 0);
    std::vector<std::pair<std::uint64_t, std::uint32_t>> same; // (word sequence hash, unit of y)
    std::vector<std::pair<std::size_t, std::size_t>> ranges;   // (postings, first) per word
    if (!all_units) {
        for (std::uint32_t yu = 0; yu < py.units.size(); ++yu)
            if (py.units[yu].matchable) same.emplace_back(sequence_hash(py, py.units[yu]), yu);
        std::sort(same.begin(), same.end());
    }
    for (std::uint32_t xu = 0; xu < px.units.size(); ++xu) {
        const Unit& ux = px.units[xu];
        if (!ux.matchable) continue;
        std::vector<std::uint32_t> cands;
        if (all_units) {
            for (std::uint32_t yu = 0; yu < py.units.size(); ++yu)
                if (py.units[yu].matchable) cands.push_back(yu);
        } else {
            // The same words in y: verbatim, whatever the candidate lists below say.
            const std::uint64_t h = sequence_hash(px, ux);
            for (auto it = std::lower_bound(same.begin(), same.end(), std::make_pair(h, 0u));
                 it != same.end() && it->first == h; ++it)
                cands.push_back(it->second);
            // Count shared content words through the postings, rarest words first, within a
            // budget of postings per unit: news articles never reach it, two 1 MB articles over
            // a small vocabulary (every word in thousands of sentences) would go quadratic.
            constexpr std::size_t kPostingBudget = 4096;
            ranges.clear();
            for (std::uint32_t c = ux.content_begin; c < ux.content_end; ++c) {
                std::uint32_t w = px.content[c];
                auto lo = std::lower_bound(postings.begin(), postings.end(),
                                           std::make_pair(w, std::uint32_t(0)));
                auto hi = lo;
                while (hi != postings.end() && hi->first == w) ++hi;
                if (hi != lo)
                    ranges.emplace_back(static_cast<std::size_t>(hi - lo),
                                        static_cast<std::size_t>(lo - postings.begin()));
            }
            std::sort(ranges.begin(), ranges.end());
            touched.clear();
            std::size_t spent = 0;
            for (std::size_t r = 0; r < ranges.size(); ++r) {
                std::size_t len = ranges[r].first;
                if (r > 0 && spent + len > kPostingBudget) break;
                len = std::min(len, kPostingBudget);
                spent += len;
                for (std::size_t k = ranges[r].second; k < ranges[r].second + len; ++k) {
                    std::uint32_t yu = postings[k].second;
                    if (counts[yu]++ == 0) touched.push_back(yu);
                }
            }
            // Keep the units with the most shared content words (Dice), best first, ties to the
            // lower unit; the exact comparison runs on these few only.
            std::size_t cx = ux.content_end - ux.content_begin;
            std::vector<std::pair<double, std::uint32_t>> ranked;
            for (std::uint32_t yu : touched) {
                const Unit& uy = py.units[yu];
                if (counts[yu] >= 2) {
                    double d = 2.0 * counts[yu] / double(cx + uy.content_end - uy.content_begin);
                    ranked.emplace_back(-d, yu);
                }
                counts[yu] = 0;
            }
            std::size_t keep = std::min<std::size_t>(4, ranked.size());
            std::partial_sort(ranked.begin(), ranked.begin() + static_cast<long>(keep),
                              ranked.end());
            for (std::size_t k = 0; k < keep; ++k) cands.push_back(ranked[k].second);
        }
        bool found = false;
        UnitMatch best;
        for (std::uint32_t yu : cands) keep_better_match(x, xu, y, yu, px, py, opt, scratch, found, best);
        if (found) out.push_back(best);
    }
}

// [SECTION] Alignments and word diffs
// -----------------------------------------------------------------

struct PairKey {
    std::uint32_t ua, ub;
    bool operator<(const PairKey& o) const { return ua != o.ua ? ua < o.ua : ub < o.ub; }
};

// Word-level diff of two units, spans into the two articles.
void word_diff(const std::string& ta, ByteSpan sa, const std::string& tb, ByteSpan sb,
               const PreparedArticle& pa, const Unit& ua, const PreparedArticle& pb, const Unit& ub,
               std::vector<WordEdit>& out) {
    std::vector<WordSpan> wa, wb;
    scan_words(ta, sa, wa);
    scan_words(tb, sb, wb);
    std::size_t n = ua.tok_end - ua.tok_begin, m = ub.tok_end - ub.tok_begin;
    if (wa.size() != n || wb.size() != m) return; // cannot happen: same scan as prepare()
    const std::uint32_t* a = pa.ids.data() + ua.tok_begin;
    const std::uint32_t* b = pb.ids.data() + ub.tok_begin;
    // Full LCS table (units are at most max_unit_words long), then a backtrace from the start
    // so the edits come out in reading order.
    std::vector<std::uint16_t> t((n + 1) * (m + 1), 0);
    auto at = [&](std::size_t i, std::size_t j) -> std::uint16_t& { return t[i * (m + 1) + j]; };
    for (std::size_t i = n; i-- > 0;)
        for (std::size_t j = m; j-- > 0;)
            at(i, j) = word_of(a[i]) == word_of(b[j])
                           ? static_cast<std::uint16_t>(at(i + 1, j + 1) + 1)
                           : std::max(at(i + 1, j), at(i, j + 1));
    std::size_t i = 0, j = 0;
    auto pos_a = [&](std::size_t k) { return k < n ? wa[k].span.begin : sa.end; };
    auto pos_b = [&](std::size_t k) { return k < m ? wb[k].span.begin : sb.end; };
    while (i < n || j < m) {
        if (i < n && j < m && word_of(a[i]) == word_of(b[j])) {
            std::size_t i0 = i, j0 = j;
            while (i < n && j < m && word_of(a[i]) == word_of(b[j])) ++i, ++j;
            out.push_back({WordEdit::Op::Equal,
                           {wa[i0].span.begin, wa[i - 1].span.end},
                           {wb[j0].span.begin, wb[j - 1].span.end}});
            continue;
        }
        std::size_t i0 = i, j0 = j;
        while ((i < n || j < m) && !(i < n && j < m && word_of(a[i]) == word_of(b[j]))) {
            if (j >= m || (i < n && at(i + 1, j) >= at(i, j + 1)))
                ++i;
            else
                ++j;
        }
        WordEdit e;
        e.a = i > i0 ? ByteSpan{wa[i0].span.begin, wa[i - 1].span.end}
                     : ByteSpan{pos_a(i0), pos_a(i0)};
        e.b = j > j0 ? ByteSpan{wb[j0].span.begin, wb[j - 1].span.end}
                     : ByteSpan{pos_b(j0), pos_b(j0)};
        e.op = (i > i0 && j > j0) ? WordEdit::Op::Replace
               : i > i0           ? WordEdit::Op::Delete
                                  : WordEdit::Op::Insert;
        out.push_back(e);
    }
}

// Unit pairs of one article pair (a < b), deduplicated: a pair found from both sides once.
struct PairMatches {
    int a = -1, b = -1;
    std::vector<std::pair<PairKey, std::pair<ReuseKind, double>>> units; // sorted by key, unique
};

// What the sources tree needs of a pair in the all-pairs reference.
struct PairShares {
    int a = -1, b = -1;
    double in_a = 0; // share of a's story bytes with a counterpart in b
    double in_b = 0;
};

// Runs of consecutive unit pairs of one kind become one Alignment (texts ta/tb, prepared pa/pb
// of articles pm.a/pm.b).
void build_alignments(const std::string& ta, const std::string& tb, const PreparedArticle& pa,
                      const PreparedArticle& pb, const PairMatches& pm,
                      std::vector<Alignment>& out) {
    std::vector<char> used(pm.units.size(), 0);
    const auto& list = pm.units;
    auto find = [&](PairKey k) -> long {
        auto it = std::lower_bound(list.begin(), list.end(), k,
                                   [](const auto& e, PairKey key) { return e.first < key; });
        return (it != list.end() && !(k < it->first) && !(it->first < k)) ? it - list.begin() : -1;
    };
    for (std::size_t s = 0; s < list.size(); ++s) {
        if (used[s]) continue;
        // Start of a run only: its diagonal predecessor (same kind) would have absorbed it.
        ReuseKind kind = list[s].second.first;
        if (list[s].first.ua > 0 && list[s].first.ub > 0) {
            long p = find({list[s].first.ua - 1, list[s].first.ub - 1});
            if (p >= 0 && list[static_cast<std::size_t>(p)].second.first == kind &&
                !used[static_cast<std::size_t>(p)])
                continue;
        }
        Alignment al;
        al.a = pm.a;
        al.b = pm.b;
        al.kind = kind;
        double weighted = 0, weight = 0;
        std::size_t k = s;
        PairKey first = list[s].first, last = first;
        while (true) {
            used[k] = 1;
            last = list[k].first;
            const Unit& ua = pa.units[last.ua];
            const Unit& ub = pb.units[last.ub];
            double w = double(ua.tok_end - ua.tok_begin + ub.tok_end - ub.tok_begin);
            weighted += list[k].second.second * w;
            weight += w;
            if (kind == ReuseKind::Edited)
                word_diff(ta, ua.span, tb, ub.span, pa, ua, pb, ub, al.diff);
            long nx = find({last.ua + 1, last.ub + 1});
            if (nx < 0 || used[static_cast<std::size_t>(nx)] ||
                list[static_cast<std::size_t>(nx)].second.first != kind)
                break;
            k = static_cast<std::size_t>(nx);
        }
        al.diff.shrink_to_fit(); // kept until the JSON is written: no growth slack
        al.a_span = {pa.units[first.ua].span.begin, pa.units[last.ua].span.end};
        al.b_span = {pb.units[first.ub].span.begin, pb.units[last.ub].span.end};
        al.score = weight > 0 ? weighted / weight : 0;
        out.push_back(std::move(al));
    }
}

// The share of each side's story bytes with a counterpart on the other (the reference's
// candidates for the sources tree).
PairShares pair_shares(const std::vector<PreparedArticle>& arts, const PairMatches& pm) {
    // Bytes of each side's story units that have a counterpart on the other side.
    std::vector<char> ca(arts[static_cast<std::size_t>(pm.a)].units.size(), 0);
    std::vector<char> cb(arts[static_cast<std::size_t>(pm.b)].units.size(), 0);
    for (const auto& kv : pm.units) ca[kv.first.ua] = cb[kv.first.ub] = 1;
    auto share = [&](int art, const std::vector<char>& covered) {
        const PreparedArticle& p = arts[static_cast<std::size_t>(art)];
        double got = 0;
        for (std::size_t u = 0; u < covered.size(); ++u)
            if (covered[u]) got += p.units[u].span.size();
        return p.story_bytes ? got / p.story_bytes : 0.0;
    };
    return PairShares{pm.a, pm.b, share(pm.a, ca), share(pm.b, cb)};
}

// [SECTION] Passages, sources of units
// ------------------------------------------------------------------------------------

struct UnionFind {
    std::vector<std::uint32_t> parent;
    explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0u); }
    std::uint32_t find(std::uint32_t x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }
    // The smaller root wins, so components do not depend on the order of unions.
    void unite(std::uint32_t a, std::uint32_t b) {
        a = find(a), b = find(b);
        if (a != b) parent[std::max(a, b)] = std::min(a, b);
    }
};

// One article's contiguous run of units inside a component.
struct Run {
    int article;
    std::uint32_t first, last;
};

// Which source to name when several are equally good: the better kind and score, then the
// earlier article (`rank`: ISO dates first, in date order, then corpus order), then the lower
// unit. A total order, so the best of a set does not depend on the order it is offered in.
bool better_source(const std::vector<std::uint32_t>& rank, const UnitMatch& m1,
                   const UnitMatch& m2) {
    if (better(m1.kind, m1.score, m2.kind, m2.score)) return true;
    if (better(m2.kind, m2.score, m1.kind, m1.score)) return false;
    std::uint32_t r1 = rank[static_cast<std::size_t>(m1.y)],
                  r2 = rank[static_cast<std::size_t>(m2.y)];
    if (r1 != r2) return r1 < r2;
    return m1.yu < m2.yu;
}

// Articles from the earliest publication time (sources.h) on: by day, on one day the timed ones
// in time order before the date-only ones (whose time is unknown), undated or non-ISO articles
// last, ties in corpus order. The earliest carriers of a text come first in every list, so the
// wire report is found among the candidate sources of each of its copies.
std::vector<std::uint32_t> date_ranks(const Analysis& an) {
    const std::size_t n = an.corpus.articles.size();
    std::vector<std::pair<long, long>> key(n);
    for (std::size_t i = 0; i < n; ++i) {
        PublicationTime t = parse_publication_time(an.corpus.articles[i].date);
        key[i] = t.known ? std::make_pair(t.day, long(t.minute < 0 ? 1440 : t.minute))
                         : std::make_pair(std::numeric_limits<long>::max(), 0L);
    }
    std::vector<std::uint32_t> order(n), rank(n);
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t x, std::uint32_t y) { return key[x] < key[y]; });
    for (std::uint32_t r = 0; r < n; ++r) rank[order[r]] = r;
    return rank;
}

// What passages and provenance need of the unit matches: which units are linked by verbatim
// or edited text (a union-find over all units), and each unit's best source so far. A slot
// changes only for a strictly better source (better_source).
class UnitLinks {
public:
    UnitLinks(const std::vector<PreparedArticle>& arts, const std::vector<std::uint32_t>& rank)
        : rank_(rank), offset_(arts.size() + 1, 0) {
        for (std::size_t i = 0; i < arts.size(); ++i)
            offset_[i + 1] = offset_[i] + static_cast<std::uint32_t>(arts[i].units.size());
        uf_.parent.resize(offset_.back());
        std::iota(uf_.parent.begin(), uf_.parent.end(), 0u);
        linked_.assign(offset_.back(), 0);
        best_.assign(offset_.back(), Best{});
    }

    // A match found between two articles (the all-pairs path): linked and offered both ways.
    void add(const UnitMatch& m) {
        // Paraphrases are not "the same text": they get provenance, not a shared colour.
        if (m.kind != ReuseKind::Paraphrase) link(global(m.x, m.xu), global(m.y, m.yu));
        offer(m);
        offer(UnitMatch{m.y, m.yu, m.x, m.xu, m.kind, m.score, m.num, m.den});
    }
    void link(std::uint32_t gx, std::uint32_t gy) {
        uf_.unite(gx, gy);
        linked_[gx] = linked_[gy] = 1;
    }
    void mark_linked(std::uint32_t g) { linked_[g] = 1; }
    // Offers m as a source of unit (m.x, m.xu). Slots of different units are independent: two
    // threads may offer for units of different articles at once.
    void offer(const UnitMatch& m) {
        Best& slot = best_[global(m.x, m.xu)];
        if (slot.y == kNone || better_source(rank_, m, unpack(m.x, m.xu, slot)))
            slot = Best{static_cast<std::uint32_t>(m.y), m.yu, m.num, m.den, m.kind};
    }

    std::uint32_t global(int art, std::uint32_t unit) const {
        return offset_[static_cast<std::size_t>(art)] + unit;
    }
    std::uint32_t units() const { return offset_.back(); }
    bool linked(std::uint32_t g) const { return linked_[g] != 0; }
    std::uint32_t component(std::uint32_t g) { return uf_.find(g); }

    // The best source of unit `u` of article `art`, if it has one.
    bool best(int art, std::uint32_t u, UnitMatch& out) const {
        const Best& b = best_[global(art, u)];
        if (b.y == kNone) return false;
        out = unpack(art, u, b);
        return true;
    }

private:
    static constexpr std::uint32_t kNone = 0xFFFFFFFFu;
    struct Best { // 16 bytes per unit
        std::uint32_t y = kNone, yu = 0;
        std::uint16_t num = 0, den = 0;
        ReuseKind kind = ReuseKind::Paraphrase;
    };
    static UnitMatch unpack(int art, std::uint32_t u, const Best& b) {
        return UnitMatch{art,   u,      static_cast<int>(b.y),
                         b.yu,  b.kind, fraction_score(b.num, b.den),
                         b.num, b.den};
    }

    const std::vector<std::uint32_t>& rank_;
    std::vector<std::uint32_t> offset_;
    UnionFind uf_{0};
    std::vector<char> linked_;
    std::vector<Best> best_;
};

std::vector<Passage> build_passages(const std::vector<PreparedArticle>& arts, UnitLinks& links) {
    // Components in order of their first unit (global index = article order, then unit order).
    std::map<std::uint32_t, std::vector<Run>> components;
    for (std::size_t art = 0; art < arts.size(); ++art)
        for (std::uint32_t u = 0; u < arts[art].units.size(); ++u) {
            std::uint32_t g = links.global(int(art), u);
            if (!links.linked(g)) continue;
            std::vector<Run>& runs = components[links.component(g)];
            if (!runs.empty() && runs.back().article == int(art) && runs.back().last + 1 == u)
                runs.back().last = u;
            else
                runs.push_back({int(art), u, u});
        }
    // Merge a component into the previous passage when it continues it in every member article:
    // consecutive sentences carried together form one passage, not one per sentence.
    std::vector<std::vector<Run>> merged;
    for (auto& kv : components) {
        std::vector<Run>& runs = kv.second;
        if (!merged.empty()) {
            std::vector<Run>& prev = merged.back();
            bool continues = prev.size() == runs.size();
            for (std::size_t i = 0; continues && i < runs.size(); ++i)
                continues = prev[i].article == runs[i].article && prev[i].last + 1 == runs[i].first;
            if (continues) {
                for (std::size_t i = 0; i < runs.size(); ++i) prev[i].last = runs[i].last;
                continue;
            }
        }
        merged.push_back(std::move(runs));
    }
    std::vector<Passage> out;
    for (const auto& runs : merged) {
        Passage p;
        p.id = static_cast<int>(out.size());
        for (const Run& r : runs) {
            const PreparedArticle& pa = arts[static_cast<std::size_t>(r.article)];
            p.members.push_back(
                {r.article, {pa.units[r.first].span.begin, pa.units[r.last].span.end}});
        }
        out.push_back(std::move(p));
    }
    return out;
}

// [SECTION] Provenance and shares
// ---------------------------------------------------------------------

void fill_provenance(Analysis& an, const std::vector<PreparedArticle>& arts, const UnitLinks& links,
                     const std::vector<std::uint32_t>& rank) {
    std::size_t sentences = 0;
    for (const ArticleAnalysis& aa : an.articles) sentences += aa.sentences.size();
    an.provenance.reserve(sentences);
    for (std::size_t art = 0; art < arts.size(); ++art) {
        ArticleAnalysis& aa = an.articles[art];
        const PreparedArticle& p = arts[art];
        double bytes[5] = {0, 0, 0, 0, 0};
        double total = 0;
        std::size_t u = 0;
        for (std::uint32_t s = 0; s < aa.sentences.size(); ++s) {
            ByteSpan sent = aa.sentences[s];
            SentenceProvenance sp;
            sp.article = int(art);
            sp.sentence = sent;
            UnitMatch chosen_match;
            const UnitMatch* chosen = nullptr;
            bool boiler = boilerplate_overlap(aa.boilerplate, sent) * 2 >= sent.size();
            for (; u < p.units.size() && p.units[u].sentence == s; ++u) {
                UnitMatch m;
                if (links.best(int(art), static_cast<std::uint32_t>(u), m) &&
                    (!chosen || better_source(rank, m, *chosen))) {
                    chosen_match = m;
                    chosen = &chosen_match;
                }
            }
            if (boiler) {
                sp.label = ProvenanceLabel::Boilerplate;
            } else if (chosen) {
                sp.label = chosen->kind == ReuseKind::Verbatim ? ProvenanceLabel::Verbatim
                           : chosen->kind == ReuseKind::Edited ? ProvenanceLabel::Edited
                                                               : ProvenanceLabel::Paraphrase;
                sp.source = SourceRef{
                    chosen->y, arts[static_cast<std::size_t>(chosen->y)].units[chosen->yu].span};
            } else {
                sp.label = ProvenanceLabel::Original;
            }
            bytes[static_cast<int>(sp.label)] += sent.size();
            total += sent.size();
            an.provenance.push_back(sp);
        }
        for (int l = 0; l < 5; ++l) aa.label_share[l] = total > 0 ? bytes[l] / total : 0;
        std::vector<WordSpan> words;
        const std::string& text = an.corpus.articles[art].text;
        scan_words(text, ByteSpan{0, static_cast<std::uint32_t>(text.size())}, words);
        aa.word_count = words.size();
    }
}

// [SECTION] Text groups: exact fingerprints, near duplicates, paraphrases
// ----------------------------

// A link between two text groups found by comparing their words (step 3 in reuse.h).
struct GroupEdge {
    std::uint32_t g = 0, h = 0;
    ReuseKind kind = ReuseKind::Paraphrase;
    std::uint16_t num = 0, den = 0;
};

// Every matchable unit of the corpus in text groups (identical word sequences), their links,
// and the components the edited links make.
struct TextGroups {
    std::vector<std::uint32_t> offset;        // per article: its first global unit (size n + 1)
    std::vector<std::uint32_t> article_of;    // per global unit
    std::vector<std::uint32_t> group_of;      // per global unit: group, kNoGroup if not matchable
    std::vector<std::uint32_t> occ_begin;     // per group: into occ (size groups + 1)
    std::vector<std::uint32_t> occ;           // global units of each group, earliest article first
    std::vector<std::uint32_t> carriers;      // per group: distinct articles carrying it
    std::vector<std::uint32_t> adj_begin;     // per group: into adj (size groups + 1)
    std::vector<GroupEdge> adj;               // the links of each group, seen from it (g = it)
    std::vector<std::uint32_t> component;     // per group: its edited component (smallest group)
    std::vector<std::uint32_t> comp_begin;    // per component id: into comp_articles
    std::vector<std::uint32_t> comp_articles; // distinct articles of each component, earliest first
    std::size_t groups() const { return carriers.size(); }
    std::uint32_t unit_of(std::uint32_t g) const { return g - offset[article_of[g]]; }
};
constexpr std::uint32_t kNoGroup = 0xFFFFFFFFu;

bool same_sequence(const PreparedArticle& pa, const Unit& ua, const PreparedArticle& pb,
                   const Unit& ub) {
    return ua.tok_end - ua.tok_begin == ub.tok_end - ub.tok_begin &&
           std::equal(pa.ids.begin() + ua.tok_begin, pa.ids.begin() + ua.tok_end,
                      pb.ids.begin() + ub.tok_begin);
}

// Step 2: exact fingerprints. Groups are numbered in order of their first unit.
void fingerprint(const std::vector<PreparedArticle>& arts, const std::vector<std::uint32_t>& rank,
                 TextGroups& tg) {
    const std::size_t n = arts.size();
    tg.offset.assign(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i)
        tg.offset[i + 1] = tg.offset[i] + static_cast<std::uint32_t>(arts[i].units.size());
    const std::uint32_t total = tg.offset.back();
    tg.article_of.resize(total);
    tg.group_of.assign(total, kNoGroup);
    std::vector<std::pair<std::uint64_t, std::uint32_t>> keyed; // (hash, global unit)
    for (std::size_t i = 0; i < n; ++i)
        for (std::uint32_t u = 0; u < arts[i].units.size(); ++u) {
            std::uint32_t g = tg.offset[i] + u;
            tg.article_of[g] = static_cast<std::uint32_t>(i);
            if (arts[i].units[u].matchable)
                keyed.emplace_back(sequence_hash(arts[i], arts[i].units[u]), g);
        }
    std::sort(keyed.begin(), keyed.end());
    auto unit_at = [&](std::uint32_t g) -> std::pair<const PreparedArticle&, const Unit&> {
        const PreparedArticle& p = arts[tg.article_of[g]];
        return {p, p.units[g - tg.offset[tg.article_of[g]]]};
    };
    // Within one hash, units join the first earlier unit with the same words (a 64-bit
    // collision between different sentences is checked, not trusted). `leader` is the group's
    // first unit; groups are renumbered below.
    std::vector<std::uint32_t> leader_of(total, kNoGroup);
    for (std::size_t i = 0; i < keyed.size();) {
        std::size_t j = i;
        while (j < keyed.size() && keyed[j].first == keyed[i].first) ++j;
        for (std::size_t k = i; k < j; ++k) {
            std::uint32_t g = keyed[k].second;
            auto [pg, ug] = unit_at(g);
            for (std::size_t l = i; l < k; ++l) {
                std::uint32_t lead = keyed[l].second;
                if (leader_of[lead] != lead) continue;
                auto [pl, ul] = unit_at(lead);
                if (same_sequence(pg, ug, pl, ul)) {
                    leader_of[g] = lead;
                    break;
                }
            }
            if (leader_of[g] == kNoGroup) leader_of[g] = g;
        }
        i = j;
    }
    std::vector<std::uint32_t>().swap(tg.occ);
    std::uint32_t groups = 0;
    for (std::uint32_t g = 0; g < total; ++g)
        if (leader_of[g] == g) tg.group_of[g] = groups++;
    for (std::uint32_t g = 0; g < total; ++g)
        if (leader_of[g] != kNoGroup) tg.group_of[g] = tg.group_of[leader_of[g]];
    // Occurrences per group, earliest article first (by date rank), then unit order.
    tg.occ_begin.assign(groups + 1, 0);
    for (std::uint32_t g = 0; g < total; ++g)
        if (tg.group_of[g] != kNoGroup) ++tg.occ_begin[tg.group_of[g] + 1];
    for (std::uint32_t k = 0; k < groups; ++k) tg.occ_begin[k + 1] += tg.occ_begin[k];
    tg.occ.resize(tg.occ_begin[groups]);
    std::vector<std::uint32_t> fill(tg.occ_begin.begin(), tg.occ_begin.end() - 1);
    for (std::uint32_t g = 0; g < total; ++g)
        if (tg.group_of[g] != kNoGroup) tg.occ[fill[tg.group_of[g]]++] = g;
    tg.carriers.assign(groups, 0);
    for (std::uint32_t k = 0; k < groups; ++k) {
        auto b = tg.occ.begin() + tg.occ_begin[k], e = tg.occ.begin() + tg.occ_begin[k + 1];
        std::sort(b, e, [&](std::uint32_t x, std::uint32_t y) {
            std::uint32_t rx = rank[tg.article_of[x]], ry = rank[tg.article_of[y]];
            return rx != ry ? rx < ry : x < y;
        });
        std::uint32_t distinct = 0, prev = kNoGroup;
        for (auto it = b; it != e; ++it)
            if (tg.article_of[*it] != prev) ++distinct, prev = tg.article_of[*it];
        tg.carriers[k] = distinct;
    }
}

// Step 3: links between groups. Each group is compared with the few groups sharing the most
// content words with it, found through the capped word index.
void link_groups(const std::vector<PreparedArticle>& arts, const ReuseOptions& opt,
                 unsigned threads, TextGroups& tg) {
    const std::uint32_t groups = static_cast<std::uint32_t>(tg.groups());
    auto rep = [&](std::uint32_t k) -> std::pair<const PreparedArticle&, const Unit&> {
        std::uint32_t g = tg.occ[tg.occ_begin[k]];
        const PreparedArticle& p = arts[tg.article_of[g]];
        return {p, p.units[tg.unit_of(g)]};
    };
    // The index, most widely carried groups first (then in group order), each word's list cut
    // at max_word_groups: the common-phrase cap.
    std::vector<std::uint32_t> priority(groups);
    std::iota(priority.begin(), priority.end(), 0u);
    std::stable_sort(priority.begin(), priority.end(), [&](std::uint32_t x, std::uint32_t y) {
        return tg.carriers[x] > tg.carriers[y];
    });
    std::uint32_t max_word = 0;
    for (const PreparedArticle& p : arts)
        for (std::uint32_t w : p.content) max_word = std::max(max_word, word_of(w));
    std::vector<std::vector<std::uint32_t>> postings(groups ? max_word + 1 : 0);
    const std::size_t cap = std::max<std::size_t>(1, opt.max_word_groups);
    for (std::uint32_t k : priority) {
        auto [p, u] = rep(k);
        for (std::uint32_t c = u.content_begin; c < u.content_end; ++c) {
            std::vector<std::uint32_t>& list = postings[word_of(p.content[c])];
            if (list.size() < cap) list.push_back(k);
        }
    }
    // Queries are independent: one slot of results per group, filled in parallel.
    constexpr std::size_t kCompared = 6;
    std::vector<std::array<GroupEdge, kCompared>> found(groups);
    std::vector<std::uint8_t> found_count(groups, 0);
    struct Scratch {
        std::vector<std::uint32_t> counts, touched;
        std::vector<std::pair<double, std::uint32_t>> ranked;
        std::vector<std::uint16_t> lcs;
    };
    std::vector<Scratch> scratch(threads);
    parallel_for(groups, threads, [&](std::size_t gi, unsigned w) {
        const std::uint32_t k = static_cast<std::uint32_t>(gi);
        Scratch& s = scratch[w];
        if (s.counts.size() != groups) s.counts.assign(groups, 0);
        auto [pk, uk] = rep(k);
        const std::uint32_t own_article = tg.article_of[tg.occ[tg.occ_begin[k]]];
        s.touched.clear();
        for (std::uint32_t c = uk.content_begin; c < uk.content_end; ++c)
            for (std::uint32_t h : postings[word_of(pk.content[c])])
                if (h != k && s.counts[h]++ == 0) s.touched.push_back(h);
        s.ranked.clear();
        const std::size_t ck = uk.content_end - uk.content_begin;
        for (std::uint32_t h : s.touched) {
            std::uint32_t shared = s.counts[h];
            s.counts[h] = 0;
            if (shared < 2) continue;
            // Two groups carried only by one and the same article: not shared text.
            if (tg.carriers[k] == 1 && tg.carriers[h] == 1 &&
                tg.article_of[tg.occ[tg.occ_begin[h]]] == own_article)
                continue;
            auto [ph, uh] = rep(h);
            (void)ph;
            double d = 2.0 * shared / double(ck + uh.content_end - uh.content_begin);
            s.ranked.emplace_back(-d, h);
        }
        std::size_t keep = std::min(kCompared, s.ranked.size());
        std::partial_sort(s.ranked.begin(), s.ranked.begin() + static_cast<long>(keep),
                          s.ranked.end());
        std::uint8_t nf = 0;
        for (std::size_t r = 0; r < keep; ++r) {
            std::uint32_t h = s.ranked[r].second;
            auto [ph, uh] = rep(h);
            ReuseKind kind;
            double score;
            std::uint16_t num, den;
            if (compare_units(pk, uk, ph, uh, opt, s.lcs, kind, score, num, den))
                found[k][nf++] = GroupEdge{k, h, kind, num, den};
        }
        found_count[k] = nf;
    });
    std::vector<std::vector<std::uint32_t>>().swap(postings);
    // Second pass: two paraphrases of one sentence may be light edits of each other (an outlet
    // reran another's rewrite); neither is widely carried, so the capped lists above rarely
    // hold one for the other. Groups that found only paraphrases look among the other groups
    // paraphrasing the same target, the first kSiblings of them.
    constexpr std::size_t kSiblings = 256;
    std::vector<std::vector<std::uint32_t>> paraphrased_by(groups);
    auto only_paraphrases = [&](std::uint32_t k) {
        bool any = false;
        for (std::uint8_t r = 0; r < found_count[k]; ++r) {
            if (found[k][r].kind != ReuseKind::Paraphrase) return false;
            any = true;
        }
        return any;
    };
    for (std::uint32_t k = 0; k < groups; ++k)
        if (only_paraphrases(k))
            for (std::uint8_t r = 0; r < found_count[k]; ++r)
                if (paraphrased_by[found[k][r].h].size() < kSiblings)
                    paraphrased_by[found[k][r].h].push_back(k);
    std::vector<std::vector<GroupEdge>> sibling_edges(groups);
    parallel_for(groups, threads, [&](std::size_t gi, unsigned w) {
        const std::uint32_t k = static_cast<std::uint32_t>(gi);
        if (!only_paraphrases(k)) return;
        Scratch& s = scratch[w];
        auto [pk, uk] = rep(k);
        const std::uint32_t own_article = tg.article_of[tg.occ[tg.occ_begin[k]]];
        s.ranked.clear();
        s.touched.clear();
        if (s.counts.size() != groups) s.counts.assign(groups, 0);
        for (std::uint8_t r = 0; r < found_count[k]; ++r)
            for (std::uint32_t h : paraphrased_by[found[k][r].h]) {
                if (h == k) continue;
                // Each sibling once (it may paraphrase several of k's targets): marked here and
                // unmarked below, instead of sorting up to 6 × kSiblings duplicates away.
                if (s.counts[h]) continue;
                s.counts[h] = 1;
                s.touched.push_back(h);
                if (tg.carriers[k] == 1 && tg.carriers[h] == 1 &&
                    tg.article_of[tg.occ[tg.occ_begin[h]]] == own_article)
                    continue;
                auto [ph, uh] = rep(h);
                std::size_t shared = shared_content(pk, uk, ph, uh);
                if (shared < 2) continue;
                s.ranked.emplace_back(
                    -fraction_score(shared, (uk.content_end - uk.content_begin) +
                                                (uh.content_end - uh.content_begin)),
                    h);
            }
        for (std::uint32_t h : s.touched) s.counts[h] = 0;
        // The kCompared best, in the same total order (score, then group) a full sort gave.
        const std::size_t keep = std::min(kCompared, s.ranked.size());
        std::partial_sort(s.ranked.begin(), s.ranked.begin() + static_cast<long>(keep),
                          s.ranked.end());
        for (std::size_t r = 0; r < keep; ++r) {
            std::uint32_t h = s.ranked[r].second;
            auto [ph, uh] = rep(h);
            ReuseKind kind;
            double score;
            std::uint16_t num, den;
            if (compare_units(pk, uk, ph, uh, opt, s.lcs, kind, score, num, den) &&
                kind == ReuseKind::Edited)
                sibling_edges[k].push_back(GroupEdge{k, h, kind, num, den});
        }
    });
    // Both directions of every link, each group's links in order of the other group.
    std::vector<GroupEdge> edges;
    for (std::uint32_t k = 0; k < groups; ++k) {
        for (std::uint8_t r = 0; r < found_count[k]; ++r) {
            GroupEdge e = found[k][r];
            edges.push_back(e);
            edges.push_back(GroupEdge{e.h, e.g, e.kind, e.num, e.den});
        }
        for (const GroupEdge& e : sibling_edges[k]) {
            edges.push_back(e);
            edges.push_back(GroupEdge{e.h, e.g, e.kind, e.num, e.den});
        }
    }
    std::sort(edges.begin(), edges.end(), [](const GroupEdge& x, const GroupEdge& y) {
        if (x.g != y.g) return x.g < y.g;
        if (x.h != y.h) return x.h < y.h;
        return kind_rank(x.kind) > kind_rank(y.kind);
    });
    edges.erase(std::unique(edges.begin(), edges.end(),
                            [](const GroupEdge& x, const GroupEdge& y) {
                                return x.g == y.g && x.h == y.h;
                            }),
                edges.end());
    tg.adj_begin.assign(groups + 1, 0);
    for (const GroupEdge& e : edges) ++tg.adj_begin[e.g + 1];
    for (std::uint32_t k = 0; k < groups; ++k) tg.adj_begin[k + 1] += tg.adj_begin[k];
    tg.adj = std::move(edges);
    // Step 4: components of the edited links.
    UnionFind uf(groups);
    for (const GroupEdge& e : tg.adj)
        if (e.kind != ReuseKind::Paraphrase) uf.unite(e.g, e.h);
    tg.component.resize(groups);
    for (std::uint32_t k = 0; k < groups; ++k) tg.component[k] = uf.find(k);
}

// The distinct articles of every component, earliest first (date rank, then corpus order).
void component_articles(const std::vector<std::uint32_t>& rank, TextGroups& tg) {
    const std::uint32_t groups = static_cast<std::uint32_t>(tg.groups());
    std::vector<std::pair<std::uint32_t, std::uint32_t>> rows; // (component, article rank)
    rows.reserve(tg.occ.size());
    for (std::uint32_t k = 0; k < groups; ++k)
        for (std::uint32_t o = tg.occ_begin[k]; o < tg.occ_begin[k + 1]; ++o)
            rows.emplace_back(tg.component[k], rank[tg.article_of[tg.occ[o]]]);
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    std::vector<std::uint32_t> by_rank(rank.size());
    for (std::uint32_t a = 0; a < rank.size(); ++a) by_rank[rank[a]] = a;
    tg.comp_begin.assign(groups + 1, 0);
    for (const auto& r : rows) ++tg.comp_begin[r.first + 1];
    for (std::uint32_t k = 0; k < groups; ++k) tg.comp_begin[k + 1] += tg.comp_begin[k];
    tg.comp_articles.resize(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) tg.comp_articles[i] = by_rank[rows[i].second];
}

// The best occurrence of group k outside article `not_in` (earliest article first), or kNoGroup.
std::uint32_t occurrence_outside(const TextGroups& tg, std::uint32_t k, std::uint32_t not_in) {
    for (std::uint32_t o = tg.occ_begin[k]; o < tg.occ_begin[k + 1]; ++o)
        if (tg.article_of[tg.occ[o]] != not_in) return tg.occ[o];
    return kNoGroup;
}

// Step 4: passages and every unit's best source, from the groups.
void offer_group_sources(const std::vector<PreparedArticle>& arts, const TextGroups& tg,
                         unsigned threads, UnitLinks& links) {
    // Passages: each group's occurrences are one text; edited links join groups.
    const std::uint32_t groups = static_cast<std::uint32_t>(tg.groups());
    std::vector<std::uint32_t> comp_size(groups, 0);
    for (std::uint32_t k = 0; k < groups; ++k) {
        std::uint32_t c = tg.component[k];
        comp_size[c] = tg.comp_begin[c + 1] - tg.comp_begin[c];
    }
    for (std::uint32_t k = 0; k < groups; ++k) {
        if (comp_size[tg.component[k]] < 2) continue; // carried by one article only
        std::uint32_t first = tg.occ[tg.occ_begin[k]];
        for (std::uint32_t o = tg.occ_begin[k]; o < tg.occ_begin[k + 1]; ++o) {
            links.link(first, tg.occ[o]);
            links.mark_linked(tg.occ[o]);
        }
        for (std::uint32_t e = tg.adj_begin[k]; e < tg.adj_begin[k + 1]; ++e)
            if (tg.adj[e].kind != ReuseKind::Paraphrase)
                links.link(first, tg.occ[tg.occ_begin[tg.adj[e].h]]);
    }
    // Sources: the same text elsewhere is verbatim and beats everything; otherwise the links.
    parallel_for(arts.size(), threads, [&](std::size_t art, unsigned) {
        const std::uint32_t x = static_cast<std::uint32_t>(art);
        for (std::uint32_t u = 0; u < arts[art].units.size(); ++u) {
            std::uint32_t k = tg.group_of[tg.offset[art] + u];
            if (k == kNoGroup) continue;
            if (tg.carriers[k] >= 2) {
                std::uint32_t o = occurrence_outside(tg, k, x);
                links.offer(UnitMatch{int(x), u, int(tg.article_of[o]), tg.unit_of(o),
                                      ReuseKind::Verbatim, fraction_score(1, 2), 1, 2});
                continue;
            }
            for (std::uint32_t e = tg.adj_begin[k]; e < tg.adj_begin[k + 1]; ++e) {
                const GroupEdge& ge = tg.adj[e];
                std::uint32_t o = occurrence_outside(tg, ge.h, x);
                if (o == kNoGroup) continue;
                links.offer(UnitMatch{int(x), u, int(tg.article_of[o]), tg.unit_of(o), ge.kind,
                                      fraction_score(ge.num, ge.den), ge.num, ge.den});
            }
        }
    });
}

// [SECTION] Nearest sources and their alignments
// -----------------------------------------------------

// The components a unit's text reaches: its own and those of its paraphrase links (at most
// kParaphraseKeys, enough to find the articles that carry what it paraphrases).
constexpr std::size_t kParaphraseKeys = 8;
// Per component, this many of its earliest carriers are candidate nearest sources.
constexpr std::size_t kCarriersPerComponent = 8;

void unit_keys(const TextGroups& tg, std::uint32_t k, std::vector<std::uint32_t>& keys) {
    keys.clear();
    keys.push_back(tg.component[k]);
    std::size_t para = 0;
    for (std::uint32_t e = tg.adj_begin[k]; e < tg.adj_begin[k + 1] && para < kParaphraseKeys; ++e)
        if (tg.adj[e].kind == ReuseKind::Paraphrase) {
            keys.push_back(tg.component[tg.adj[e].h]);
            ++para;
        }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
}

// Per article: (component, unit) of its matchable units, sorted.
using ComponentUnits = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

ComponentUnits component_units(const PreparedArticle& p, const TextGroups& tg, std::uint32_t art) {
    ComponentUnits cu;
    for (std::uint32_t u = 0; u < p.units.size(); ++u) {
        std::uint32_t k = tg.group_of[tg.offset[art] + u];
        if (k != kNoGroup) cu.emplace_back(tg.component[k], u);
    }
    std::sort(cu.begin(), cu.end());
    return cu;
}

// What the groups say of one article's neighbours.
struct Neighbours {
    std::vector<SourceCandidate> sharing; // every candidate carrying some of its text, best first
    std::vector<int> nearest;             // its nearest sources (the pairs to align)
};

// For every article: the articles carrying its components (the earliest few carriers of each),
// with the share of its story bytes each carries, and its nearest sources: all of them when
// there are at most max_nearest_sources, otherwise chosen greedily,
// each the candidate carrying the most of its shared text not yet carried by those chosen
// before (ties: earlier, then corpus order), until none adds any or max_nearest_sources are
// chosen. A pickup of a wire report gets the wire (or the copy carrying the most of it), plus
// whoever else it took text from: its few nearest sources, not every copy.
std::vector<Neighbours> find_neighbours(const std::vector<PreparedArticle>& arts,
                                        const TextGroups& tg,
                                        const std::vector<std::uint32_t>& rank,
                                        const std::vector<ComponentUnits>& comps,
                                        const ReuseOptions& opt, unsigned threads) {
    std::vector<Neighbours> out(arts.size());
    parallel_for(arts.size(), threads, [&](std::size_t a, unsigned) {
        const PreparedArticle& p = arts[a];
        const std::uint32_t self = static_cast<std::uint32_t>(a);
        std::vector<std::vector<std::uint32_t>> keys_of(p.units.size());
        std::vector<std::uint32_t> keys, cands;
        for (std::uint32_t u = 0; u < p.units.size(); ++u) {
            std::uint32_t k = tg.group_of[tg.offset[a] + u];
            if (k == kNoGroup) continue;
            unit_keys(tg, k, keys);
            keys_of[u] = keys;
            for (std::uint32_t c : keys) {
                std::size_t taken = 0;
                for (std::uint32_t i = tg.comp_begin[c];
                     i < tg.comp_begin[c + 1] && taken < kCarriersPerComponent; ++i)
                    if (tg.comp_articles[i] != self) cands.push_back(tg.comp_articles[i]), ++taken;
            }
        }
        std::sort(cands.begin(), cands.end());
        cands.erase(std::unique(cands.begin(), cands.end()), cands.end());
        // covered[c * units + u]: candidate c carries unit u's text.
        const std::size_t nu = p.units.size();
        std::vector<char> covered(cands.size() * nu, 0);
        std::vector<double> bytes(cands.size(), 0);
        for (std::size_t c = 0; c < cands.size(); ++c) {
            const ComponentUnits& cy = comps[cands[c]];
            for (std::uint32_t u = 0; u < nu; ++u)
                for (std::uint32_t key : keys_of[u]) {
                    auto it = std::lower_bound(cy.begin(), cy.end(), std::make_pair(key, 0u));
                    if (it != cy.end() && it->first == key) {
                        covered[c * nu + u] = 1;
                        bytes[c] += p.units[u].span.size();
                        break;
                    }
                }
        }
        auto earlier = [&](std::size_t x, std::size_t y) {
            return rank[cands[x]] < rank[cands[y]];
        };
        Neighbours& nb = out[a];
        std::vector<std::size_t> order;
        for (std::size_t c = 0; c < cands.size(); ++c)
            if (bytes[c] > 0) order.push_back(c);
        std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
            return bytes[x] != bytes[y] ? bytes[x] > bytes[y] : earlier(x, y);
        });
        for (std::size_t c : order)
            nb.sharing.push_back({int(cands[c]), p.story_bytes ? bytes[c] / p.story_bytes : 0.0});
        if (order.size() <= opt.max_nearest_sources) {
            // Few enough to keep them all (a small corpus keeps every sharing pair).
            for (std::size_t c : order) nb.nearest.push_back(int(cands[c]));
            return;
        }
        std::vector<char> done(nu, 0);
        std::vector<char> chosen(cands.size(), 0);
        while (nb.nearest.size() < opt.max_nearest_sources) {
            std::size_t best = cands.size();
            double best_gain = 0;
            for (std::size_t c : order) {
                if (chosen[c]) continue;
                double gain = 0;
                for (std::uint32_t u = 0; u < nu; ++u)
                    if (covered[c * nu + u] && !done[u]) gain += p.units[u].span.size();
                if (gain > best_gain ||
                    (gain == best_gain && gain > 0 && best < cands.size() && earlier(c, best))) {
                    best = c;
                    best_gain = gain;
                }
            }
            if (best == cands.size()) break;
            chosen[best] = 1;
            nb.nearest.push_back(int(cands[best]));
            for (std::uint32_t u = 0; u < nu; ++u)
                if (covered[best * nu + u]) done[u] = 1;
        }
    });
    return out;
}

// Per unit and per component its text reaches, at most this many units of the other article
// are compared (an LCS each). In news text a component holds one sentence and its edited
// versions: one or two units per article (the seeds, the one-story 1,000 corpus and 300
// articles in 41 stories never have more than 2), so the bound never changes a result there.
// Without it, text over a small vocabulary (generated text, tables, a list of scores) links
// nearly every unit into one component and the pair's work grows with the product of the two
// articles' lengths: two 1 MB articles took minutes (issue 11). With it the work per pair is
// at most units × (1 + kParaphraseKeys) × kUnitsPerComponent LCS of max_unit_words², linear.
constexpr std::size_t kUnitsPerComponent = 8;

// The unit matches of one pair from the groups: each unit of one side against the units of the
// other side in the components its text reaches, compared exactly; the best kept. When a
// component holds more than kUnitsPerComponent units of the other side, the ones compared are
// those nearest the unit's own relative position in its article (a copy keeps the order of its
// source more often than not), which depends only on the two articles, never on input order.
void match_by_groups(int x, int y, const std::vector<PreparedArticle>& arts, const TextGroups& tg,
                     const ComponentUnits& cy, const ReuseOptions& opt, std::vector<UnitMatch>& out,
                     std::vector<std::uint32_t>& keys, std::vector<std::uint16_t>& scratch) {
    const PreparedArticle& px = arts[static_cast<std::size_t>(x)];
    const PreparedArticle& py = arts[static_cast<std::size_t>(y)];
    for (std::uint32_t xu = 0; xu < px.units.size(); ++xu) {
        std::uint32_t k = tg.group_of[tg.offset[static_cast<std::size_t>(x)] + xu];
        if (k == kNoGroup) continue;
        unit_keys(tg, k, keys);
        bool found = false;
        UnitMatch best;
        for (std::uint32_t c : keys) {
            auto first = std::lower_bound(cy.begin(), cy.end(), std::make_pair(c, 0u));
            auto last = std::lower_bound(first, cy.end(), std::make_pair(c + 1, 0u));
            if (static_cast<std::size_t>(last - first) > kUnitsPerComponent) {
                // The window of kUnitsPerComponent units around the expected position.
                const auto expected = static_cast<std::uint32_t>(static_cast<std::uint64_t>(xu) *
                                                                 py.units.size() / px.units.size());
                auto at = std::lower_bound(first, last, std::make_pair(c, expected));
                const std::ptrdiff_t half = kUnitsPerComponent / 2;
                auto from = at - first > half ? at - half : first;
                if (last - from < static_cast<std::ptrdiff_t>(kUnitsPerComponent))
                    from = last - static_cast<std::ptrdiff_t>(kUnitsPerComponent);
                first = from;
                last = from + static_cast<std::ptrdiff_t>(kUnitsPerComponent);
            }
            for (auto it = first; it != last; ++it)
                keep_better_match(x, xu, y, it->second, px, py, opt, scratch, found, best);
        }
        if (found) out.push_back(best);
    }
}

// The unit matches of one pair (a < b), found from both sides, deduplicated: a unit pair found
// from both sides appears twice with the same kind and score.
PairMatches pair_matches(int a, int b, const std::vector<UnitMatch>& matches) {
    PairMatches pm;
    pm.a = a;
    pm.b = b;
    for (const UnitMatch& m : matches) {
        PairKey key = m.x == a ? PairKey{m.xu, m.yu} : PairKey{m.yu, m.xu};
        pm.units.push_back({key, {m.kind, m.score}});
    }
    std::sort(pm.units.begin(), pm.units.end(), [](const auto& x, const auto& y) {
        if (x.first < y.first || y.first < x.first) return x.first < y.first;
        return better(x.second.first, x.second.second, y.second.first, y.second.second);
    });
    pm.units.erase(std::unique(pm.units.begin(), pm.units.end(),
                               [](const auto& x, const auto& y) {
                                   return !(x.first < y.first) && !(y.first < x.first);
                               }),
                   pm.units.end());
    return pm;
}

void sort_alignments(std::vector<Alignment>& v) {
    std::sort(v.begin(), v.end(), [](const Alignment& x, const Alignment& y) {
        if (x.a != y.a) return x.a < y.a;
        if (x.b != y.b) return x.b < y.b;
        if (x.a_span.begin != y.a_span.begin) return x.a_span.begin < y.a_span.begin;
        return x.b_span.begin < y.b_span.begin;
    });
}

// The slow reference: every pair, every unit against every unit; all alignments kept.
void all_pairs(const Analysis& an, const std::vector<PreparedArticle>& arts,
               const ReuseOptions& opt, UnitLinks& links, std::vector<Alignment>& alignments,
               std::vector<std::vector<SourceCandidate>>& cands) {
    const int n = static_cast<int>(arts.size());
    std::vector<UnitMatch> matches;
    std::vector<std::uint32_t> counts, touched;
    std::vector<std::uint16_t> scratch;
    const Postings none;
    for (int a = 0; a < n; ++a)
        for (int b = a + 1; b < n; ++b) {
            matches.clear();
            match_into(b, a, arts, none, true, opt, matches, counts, touched, scratch);
            match_into(a, b, arts, none, true, opt, matches, counts, touched, scratch);
            if (matches.empty()) continue;
            for (const UnitMatch& m : matches) links.add(m);
            PairMatches pm = pair_matches(a, b, matches);
            build_alignments(an.corpus.articles[static_cast<std::size_t>(a)].text,
                             an.corpus.articles[static_cast<std::size_t>(b)].text,
                             arts[static_cast<std::size_t>(a)], arts[static_cast<std::size_t>(b)],
                             pm, alignments);
            PairShares s = pair_shares(arts, pm);
            cands[static_cast<std::size_t>(a)].push_back({b, s.in_a});
            cands[static_cast<std::size_t>(b)].push_back({a, s.in_b});
        }
}

// The fast path's matching: text groups, then the alignments of each article's nearest sources
// only, one list per pair. The articles' word ids and content sets are freed at the end (`arts`
// keeps its units, all that passages and provenance read), and so are the text groups.
std::vector<std::vector<Alignment>> align_nearest(const Analysis& an,
                                                  std::vector<PreparedArticle>& arts,
                                                  const std::vector<std::uint32_t>& rank,
                                                  const ReuseOptions& opt, unsigned threads,
                                                  UnitLinks& links,
                                                  std::vector<std::vector<SourceCandidate>>& cands) {
    TextGroups tg;
    fingerprint(arts, rank, tg);
    link_groups(arts, opt, threads, tg);
    component_articles(rank, tg);
    offer_group_sources(arts, tg, threads, links);
    std::vector<ComponentUnits> comps(arts.size());
    parallel_for(arts.size(), threads, [&](std::size_t a, unsigned) {
        comps[a] = component_units(arts[a], tg, static_cast<std::uint32_t>(a));
    });
    std::vector<Neighbours> nbs = find_neighbours(arts, tg, rank, comps, opt, threads);
    std::vector<std::pair<int, int>> pairs;
    for (std::size_t a = 0; a < nbs.size(); ++a) {
        for (int b : nbs[a].nearest) pairs.emplace_back(std::min(int(a), b), std::max(int(a), b));
        cands[a] = std::move(nbs[a].sharing);
    }
    std::vector<Neighbours>().swap(nbs);
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    std::vector<std::vector<Alignment>> per_pair(pairs.size());
    struct Scratch {
        std::vector<UnitMatch> matches;
        std::vector<std::uint32_t> keys;
        std::vector<std::uint16_t> lcs;
    };
    std::vector<Scratch> scratch(threads);
    parallel_for(pairs.size(), threads, [&](std::size_t i, unsigned w) {
        auto [a, b] = pairs[i];
        Scratch& s = scratch[w];
        s.matches.clear();
        match_by_groups(b, a, arts, tg, comps[static_cast<std::size_t>(a)], opt, s.matches, s.keys,
                        s.lcs);
        match_by_groups(a, b, arts, tg, comps[static_cast<std::size_t>(b)], opt, s.matches, s.keys,
                        s.lcs);
        if (s.matches.empty()) return;
        build_alignments(an.corpus.articles[static_cast<std::size_t>(a)].text,
                         an.corpus.articles[static_cast<std::size_t>(b)].text,
                         arts[static_cast<std::size_t>(a)], arts[static_cast<std::size_t>(b)],
                         pair_matches(a, b, s.matches), per_pair[i]);
    });
    for (PreparedArticle& p : arts) {
        std::vector<std::uint32_t>().swap(p.ids);
        std::vector<std::uint32_t>().swap(p.content);
    }
    return per_pair;
}

// The fast path: the pairs' alignments gathered into one list. Gathered only once align_nearest
// has freed its text groups, the articles' word ids and content sets and the workers' scratch:
// with them still held, reserving the list was the shared-text stage's peak (10.9 MB of heap at
// 1,000 one-story articles, valgrind massif, the corpus's 2.5 MB included).
void by_groups(const Analysis& an, std::vector<PreparedArticle>& arts,
               const std::vector<std::uint32_t>& rank, const ReuseOptions& opt, unsigned threads,
               UnitLinks& links, std::vector<Alignment>& alignments,
               std::vector<std::vector<SourceCandidate>>& cands) {
    std::vector<std::vector<Alignment>> per_pair =
        align_nearest(an, arts, rank, opt, threads, links, cands);
    std::size_t total = 0;
    for (const auto& v : per_pair) total += v.size();
    alignments.reserve(total);
    for (auto& v : per_pair) {
        for (Alignment& al : v) alignments.push_back(std::move(al));
        std::vector<Alignment>().swap(v);
    }
}

} // namespace

// [SECTION] Entry points
// ------------------------------------------------------------------------------------

void find_shared_text(Analysis& an, const ReuseOptions& opt) {
    an.alignments.clear();
    an.passages.clear();
    an.provenance.clear();
    an.sources.clear();
    const std::size_t n = an.corpus.articles.size();
    an.articles.resize(n);
    const unsigned threads = worker_count(opt.threads);

    std::vector<int> all(n);
    std::iota(all.begin(), all.end(), 0);
    std::vector<PreparedArticle> arts = prepare_all(an, all, opt, threads);
    const std::vector<std::uint32_t> rank = date_ranks(an);
    UnitLinks links(arts, rank);
    std::vector<std::vector<SourceCandidate>> cands(n);
    if (opt.all_pairs_reference)
        all_pairs(an, arts, opt, links, an.alignments, cands);
    else
        by_groups(an, arts, rank, opt, threads, links, an.alignments, cands);
    // Word ids and content sets are done with; passages and provenance need only the units.
    for (PreparedArticle& p : arts) {
        std::vector<std::uint32_t>().swap(p.ids);
        std::vector<std::uint32_t>().swap(p.content);
    }
    sort_alignments(an.alignments);
    an.passages = build_passages(arts, links);
    fill_provenance(an, arts, links, rank);
    an.sources = choose_sources(an, cands);
}

std::vector<Alignment> align_pair(const Analysis& an, int a, int b, const ReuseOptions& opt) {
    const int n = static_cast<int>(an.corpus.articles.size());
    if (a == b || a < 0 || b < 0 || a >= n || b >= n ||
        an.articles.size() != an.corpus.articles.size())
        return {};
    if (a > b) std::swap(a, b);
    std::vector<PreparedArticle> arts = prepare_all(an, {a, b}, opt, 1);
    Postings pa, pb;
    build_postings(arts[0], pa);
    build_postings(arts[1], pb);
    std::vector<UnitMatch> matches;
    std::vector<std::uint32_t> counts, touched;
    std::vector<std::uint16_t> scratch;
    match_into(1, 0, arts, pa, false, opt, matches, counts, touched, scratch);
    match_into(0, 1, arts, pb, false, opt, matches, counts, touched, scratch);
    std::vector<Alignment> out;
    if (matches.empty()) return out;
    build_alignments(an.corpus.articles[static_cast<std::size_t>(a)].text,
                     an.corpus.articles[static_cast<std::size_t>(b)].text, arts[0], arts[1],
                     pair_matches(0, 1, matches), out);
    for (Alignment& al : out) al.a = a, al.b = b;
    sort_alignments(out);
    return out;
}

} // namespace wiretrace
