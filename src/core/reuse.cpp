// reuse.cpp — the shared-text engine (see reuse.h for the method in prose).
//
// Index
//   [SECTION] Prepared corpus: word ids, units, content sets
//   [SECTION] Candidate pairs: inverted index of hashed content bigrams
//   [SECTION] Comparing two units: verbatim, edited (LCS), paraphrase (Dice)
//   [SECTION] Matching the units of a pair
//   [SECTION] Alignments and word diffs
//   [SECTION] Passages
//   [SECTION] Provenance and shares
//   [SECTION] Derivation graph
//   [SECTION] Entry point
#include "reuse.h"

#include "boilerplate.h"
#include "text.h"

#include <algorithm>
#include <cstdint>
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
    // (content word, unit) sorted: which units contain a word, for matching against this article.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> postings;
    std::uint32_t story_bytes = 0; // bytes of non-boilerplate units
};

// Maps surface forms to stem ids. The Snowball stemmer runs once per distinct folded form,
// which keeps tokenising 10,000 articles cheap.
class Vocabulary {
public:
    std::uint32_t id_of(std::string_view word, bool is_number) {
        std::string folded = fold_word(word);
        auto it = by_folded_.find(folded);
        if (it != by_folded_.end()) return it->second;
        std::string stem = normalize_word(word);
        auto [sit, inserted] = by_stem_.emplace(stem, static_cast<std::uint32_t>(by_stem_.size()));
        std::uint32_t id = sit->second;
        if (!is_number && is_stopword(folded)) id |= kStopBit;
        by_folded_.emplace(std::move(folded), id);
        return id;
    }

private:
    // Lookup only; never iterated, so their order cannot leak into the output.
    std::unordered_map<std::string, std::uint32_t> by_folded_;
    std::unordered_map<std::string, std::uint32_t> by_stem_;
};

PreparedArticle prepare(const std::string& text, const ArticleAnalysis& aa, Vocabulary& vocab,
                        const ReuseOptions& opt) {
    PreparedArticle p;
    std::vector<WordSpan> words;
    for (std::uint32_t s = 0; s < aa.sentences.size(); ++s) {
        ByteSpan sent = aa.sentences[s];
        bool boiler = boilerplate_overlap(aa.boilerplate, sent) * 2 >= sent.size();
        words.clear();
        scan_words(text, sent, words);
        for (std::size_t w0 = 0; w0 < words.size(); w0 += opt.max_unit_words) {
            std::size_t w1 = std::min(words.size(), w0 + opt.max_unit_words);
            Unit u;
            u.sentence = s;
            u.boilerplate = boiler;
            // A sentence in one piece keeps its full span (closing quotes and the full stop);
            // a piece of a long sentence spans its words.
            u.span = (w0 == 0 && w1 == words.size())
                         ? sent
                         : ByteSpan{words[w0].span.begin, words[w1 - 1].span.end};
            u.tok_begin = static_cast<std::uint32_t>(p.ids.size());
            for (std::size_t w = w0; w < w1; ++w)
                p.ids.push_back(vocab.id_of(
                    std::string_view(text).substr(words[w].span.begin, words[w].span.size()),
                    words[w].is_number));
            u.tok_end = static_cast<std::uint32_t>(p.ids.size());
            u.content_begin = static_cast<std::uint32_t>(p.content.size());
            for (std::uint32_t t = u.tok_begin; t < u.tok_end; ++t)
                if (!is_stop(p.ids[t])) p.content.push_back(p.ids[t]);
            std::sort(p.content.begin() + u.content_begin, p.content.end());
            p.content.erase(std::unique(p.content.begin() + u.content_begin, p.content.end()),
                            p.content.end());
            u.content_end = static_cast<std::uint32_t>(p.content.size());
            u.matchable = !boiler && u.tok_end - u.tok_begin >= opt.min_unit_words &&
                          u.content_end - u.content_begin >= opt.min_unit_content;
            if (!boiler) p.story_bytes += u.span.size();
            p.units.push_back(u);
        }
    }
    for (std::uint32_t u = 0; u < p.units.size(); ++u) {
        if (!p.units[u].matchable) continue;
        for (std::uint32_t c = p.units[u].content_begin; c < p.units[u].content_end; ++c)
            p.postings.emplace_back(p.content[c], u);
    }
    std::sort(p.postings.begin(), p.postings.end());
    return p;
}

// [SECTION] Candidate pairs: inverted index of hashed content bigrams
// --------------------------------

// splitmix64 finaliser: a cheap, well-mixed 64-bit hash that is the same on every platform
// (std::hash is not specified and differs between libstdc++ and libc++/emscripten).
inline std::uint64_t mix64(std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

std::vector<std::pair<int, int>> candidate_pairs(const std::vector<PreparedArticle>& arts,
                                                 const ReuseOptions& opt) {
    std::vector<std::pair<int, int>> pairs;
    const int n = static_cast<int>(arts.size());
    if (opt.all_pairs_reference) {
        for (int a = 0; a < n; ++a)
            for (int b = a + 1; b < n; ++b) pairs.emplace_back(a, b);
        return pairs;
    }
    // (hash, article), sorted: the inverted index as one flat array, cheaper than a map of
    // vectors for millions of entries.
    std::vector<std::pair<std::uint64_t, std::uint32_t>> grams;
    for (int a = 0; a < n; ++a) {
        const PreparedArticle& p = arts[static_cast<std::size_t>(a)];
        std::size_t first = grams.size();
        for (const Unit& u : p.units) {
            if (!u.matchable) continue;
            std::uint32_t prev = 0;
            bool have_prev = false;
            for (std::uint32_t t = u.tok_begin; t < u.tok_end; ++t) {
                if (is_stop(p.ids[t])) continue;
                std::uint32_t w = word_of(p.ids[t]);
                if (have_prev)
                    grams.emplace_back(mix64((std::uint64_t(prev) << 32) | w),
                                       static_cast<std::uint32_t>(a));
                prev = w;
                have_prev = true;
            }
        }
        std::sort(grams.begin() + static_cast<std::ptrdiff_t>(first), grams.end());
        grams.erase(std::unique(grams.begin() + static_cast<std::ptrdiff_t>(first), grams.end()),
                    grams.end());
    }
    std::sort(grams.begin(), grams.end());
    // Pair counts are only looked up and then copied out and sorted, never iterated for output.
    std::unordered_map<std::uint64_t, std::uint32_t> shared;
    for (std::size_t i = 0; i < grams.size();) {
        std::size_t j = i;
        while (j < grams.size() && grams[j].first == grams[i].first) ++j;
        std::size_t df = j - i;
        if (df >= 2 && df <= opt.max_ngram_articles)
            for (std::size_t x = i; x < j; ++x)
                for (std::size_t y = x + 1; y < j; ++y)
                    ++shared[(std::uint64_t(grams[x].second) << 32) | grams[y].second];
        i = j;
    }
    pairs.reserve(shared.size());
    for (const auto& kv : shared)
        pairs.emplace_back(static_cast<int>(kv.first >> 32),
                           static_cast<int>(kv.first & 0xFFFFFFFFu));
    std::sort(pairs.begin(), pairs.end());
    return pairs;
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
};

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
                   ReuseKind& kind, double& score) {
    std::size_t n = ua.tok_end - ua.tok_begin, m = ub.tok_end - ub.tok_begin;
    const std::uint32_t* a = pa.ids.data() + ua.tok_begin;
    const std::uint32_t* b = pb.ids.data() + ub.tok_begin;
    if (n == m && std::equal(a, a + n, b)) {
        kind = ReuseKind::Verbatim;
        score = 1.0;
        return true;
    }
    std::size_t ca = ua.content_end - ua.content_begin, cb = ub.content_end - ub.content_begin;
    std::size_t shared = shared_content(pa, ua, pb, ub);
    double dice = ca + cb ? 2.0 * double(shared) / double(ca + cb) : 0.0;
    // An LCS needs shared words to be worth computing; a Dice under 0.2 never reaches the
    // edited thresholds on news sentences (names and numbers are content words).
    if (shared >= 2 && dice >= 0.2) {
        std::size_t l = lcs_length(a, n, b, m, scratch);
        double ratio = 2.0 * double(l) / double(n + m);
        double containment = double(l) / double(std::min(n, m));
        if (ratio >= opt.edited_min_lcs || (l >= 8 && containment >= opt.edited_min_containment)) {
            kind = ReuseKind::Edited;
            score = ratio;
            return true;
        }
    }
    if (dice >= opt.paraphrase_min_dice && shared >= opt.paraphrase_min_shared) {
        kind = ReuseKind::Paraphrase;
        score = dice;
        return true;
    }
    return false;
}

bool better(ReuseKind k1, double s1, ReuseKind k2, double s2) {
    if (kind_rank(k1) != kind_rank(k2)) return kind_rank(k1) > kind_rank(k2);
    return s1 > s2;
}

// [SECTION] Matching the units of a pair
// --------------------------------------------------------------

// For every matchable unit of article x, its best counterpart in article y (if any).
void match_into(int x, int y, const std::vector<PreparedArticle>& arts, const ReuseOptions& opt,
                std::vector<UnitMatch>& out, std::vector<std::uint32_t>& counts,
                std::vector<std::uint32_t>& touched, std::vector<std::uint16_t>& scratch) {
    const PreparedArticle& px = arts[static_cast<std::size_t>(x)];
    const PreparedArticle& py = arts[static_cast<std::size_t>(y)];
    counts.assign(py.units.size(), 0);
    for (std::uint32_t xu = 0; xu < px.units.size(); ++xu) {
        const Unit& ux = px.units[xu];
        if (!ux.matchable) continue;
        std::vector<std::uint32_t> cands;
        if (opt.all_pairs_reference) {
            for (std::uint32_t yu = 0; yu < py.units.size(); ++yu)
                if (py.units[yu].matchable) cands.push_back(yu);
        } else {
            touched.clear();
            for (std::uint32_t c = ux.content_begin; c < ux.content_end; ++c) {
                std::uint32_t w = px.content[c];
                auto it = std::lower_bound(py.postings.begin(), py.postings.end(),
                                           std::make_pair(w, std::uint32_t(0)));
                for (; it != py.postings.end() && it->first == w; ++it) {
                    if (counts[it->second]++ == 0) touched.push_back(it->second);
                }
            }
            // Keep the units with the most shared content words (Dice), best first; the exact
            // comparison runs on these few only.
            std::sort(touched.begin(), touched.end());
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
            std::sort(ranked.begin(), ranked.end());
            for (std::size_t k = 0; k < ranked.size() && k < 4; ++k)
                cands.push_back(ranked[k].second);
        }
        bool found = false;
        UnitMatch best;
        for (std::uint32_t yu : cands) {
            ReuseKind kind;
            double score;
            if (!compare_units(px, ux, py, py.units[yu], opt, scratch, kind, score)) continue;
            if (!found || better(kind, score, best.kind, best.score) ||
                (!better(best.kind, best.score, kind, score) && yu < best.yu)) {
                best = UnitMatch{x, xu, y, yu, kind, score};
                found = true;
            }
        }
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

// What the derivation graph needs of a pair, kept after its unit list is dropped (memory:
// 10,000 articles have millions of unit pairs).
struct PairShares {
    int a = -1, b = -1;
    double in_a = 0; // share of a's story bytes with a counterpart in b
    double in_b = 0;
};

void build_alignments(const Analysis& an, const std::vector<PreparedArticle>& arts,
                      const PairMatches& pm, std::vector<Alignment>& out) {
    const PreparedArticle& pa = arts[static_cast<std::size_t>(pm.a)];
    const PreparedArticle& pb = arts[static_cast<std::size_t>(pm.b)];
    const std::string& ta = an.corpus.articles[static_cast<std::size_t>(pm.a)].text;
    const std::string& tb = an.corpus.articles[static_cast<std::size_t>(pm.b)].text;
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
        al.a_span = {pa.units[first.ua].span.begin, pa.units[last.ua].span.end};
        al.b_span = {pb.units[first.ub].span.begin, pb.units[last.ub].span.end};
        al.score = weight > 0 ? weighted / weight : 0;
        out.push_back(std::move(al));
    }
}

// [SECTION] Passages
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

std::vector<Passage> build_passages(const std::vector<PreparedArticle>& arts,
                                    const std::vector<UnitMatch>& matches) {
    std::vector<std::uint32_t> offset(arts.size() + 1, 0);
    for (std::size_t i = 0; i < arts.size(); ++i)
        offset[i + 1] = offset[i] + static_cast<std::uint32_t>(arts[i].units.size());
    UnionFind uf(offset.back());
    std::vector<char> linked(offset.back(), 0);
    for (const UnitMatch& m : matches) {
        // Paraphrases are not "the same text": they get provenance, not a shared colour.
        if (m.kind == ReuseKind::Paraphrase) continue;
        std::uint32_t gx = offset[static_cast<std::size_t>(m.x)] + m.xu;
        std::uint32_t gy = offset[static_cast<std::size_t>(m.y)] + m.yu;
        uf.unite(gx, gy);
        linked[gx] = linked[gy] = 1;
    }
    // Components in order of their first unit (global index = article order, then unit order).
    std::map<std::uint32_t, std::vector<Run>> components;
    for (std::size_t art = 0; art < arts.size(); ++art)
        for (std::uint32_t u = 0; u < arts[art].units.size(); ++u) {
            std::uint32_t g = offset[art] + u;
            if (!linked[g]) continue;
            std::vector<Run>& runs = components[uf.find(g)];
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

// Earlier ISO dates sort first; an empty or non-ISO date is "unknown".
bool iso_date(const std::string& d) {
    return d.size() >= 10 && std::isdigit(static_cast<unsigned char>(d[0])) && d[4] == '-' &&
           d[7] == '-';
}

// Which source to name when several are equally good: the earlier article, then the lower index.
bool better_source(const Analysis& an, const UnitMatch& m1, const UnitMatch& m2) {
    if (better(m1.kind, m1.score, m2.kind, m2.score)) return true;
    if (better(m2.kind, m2.score, m1.kind, m1.score)) return false;
    const std::string& d1 = an.corpus.articles[static_cast<std::size_t>(m1.y)].date;
    const std::string& d2 = an.corpus.articles[static_cast<std::size_t>(m2.y)].date;
    if (iso_date(d1) && iso_date(d2) && d1 != d2) return d1 < d2;
    if (m1.y != m2.y) return m1.y < m2.y;
    return m1.yu < m2.yu;
}

void fill_provenance(Analysis& an, const std::vector<PreparedArticle>& arts,
                     const std::vector<UnitMatch>& matches) {
    // Best match per (article, unit), over both directions of every pair. A slot holds
    // 2·k for matches[k] as found, 2·k+1 for it seen from the partner's side.
    auto oriented = [&](int slot) {
        const UnitMatch& m = matches[static_cast<std::size_t>(slot / 2)];
        return slot % 2 ? UnitMatch{m.y, m.yu, m.x, m.xu, m.kind, m.score} : m;
    };
    std::vector<std::vector<int>> best(arts.size());
    for (std::size_t i = 0; i < arts.size(); ++i) best[i].assign(arts[i].units.size(), -1);
    for (std::size_t k = 0; k < 2 * matches.size(); ++k) {
        UnitMatch m = oriented(int(k));
        int& slot = best[static_cast<std::size_t>(m.x)][m.xu];
        if (slot < 0 || better_source(an, m, oriented(slot))) slot = int(k);
    }
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
                int k = best[art][u];
                if (k >= 0 && (!chosen || better_source(an, oriented(k), *chosen))) {
                    chosen_match = oriented(k);
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

// [SECTION] Derivation graph
// -----------------------------------------------------------------------------

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

void fill_derivation(Analysis& an, const std::vector<PairShares>& pairs) {
    for (const PairShares& pm : pairs) {
        double in_a = pm.in_a, in_b = pm.in_b;
        DerivationEdge e;
        const std::string& da = an.corpus.articles[static_cast<std::size_t>(pm.a)].date;
        const std::string& db = an.corpus.articles[static_cast<std::size_t>(pm.b)].date;
        if (iso_date(da) && iso_date(db) && da.size() == db.size() && da != db) {
            // Text cannot be taken from an article published later: the date decides.
            bool a_first = da < db;
            e.from = a_first ? pm.a : pm.b;
            e.to = a_first ? pm.b : pm.a;
            e.direction_known = true;
        } else {
            // Same or unknown date: orient the edge from the fuller text to the one it contains
            // (that is what `share` then measures) but make no claim about who copied whom:
            // a trimmed copy and an expanded update look the same.
            bool a_contains_b = in_b >= in_a;
            e.from = a_contains_b ? pm.a : pm.b;
            e.to = a_contains_b ? pm.b : pm.a;
            e.direction_known = false;
        }
        e.share = e.to == pm.b ? in_b : in_a;
        e.reverse_share = e.to == pm.b ? in_a : in_b;
        an.derivation.push_back(e);
    }
    std::sort(an.derivation.begin(), an.derivation.end(),
              [](const DerivationEdge& x, const DerivationEdge& y) {
                  return x.from != y.from ? x.from < y.from : x.to < y.to;
              });
}

} // namespace

// [SECTION] Entry point
// ------------------------------------------------------------------------------------

void find_shared_text(Analysis& an, const ReuseOptions& opt) {
    an.alignments.clear();
    an.passages.clear();
    an.provenance.clear();
    an.derivation.clear();
    const std::size_t n = an.corpus.articles.size();
    an.articles.resize(n);

    Vocabulary vocab;
    std::vector<PreparedArticle> arts;
    arts.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
        arts.push_back(prepare(an.corpus.articles[i].text, an.articles[i], vocab, opt));

    std::vector<UnitMatch> matches;
    std::vector<PairShares> pairs;
    std::vector<std::uint32_t> counts, touched;
    std::vector<std::uint16_t> scratch;
    for (auto [a, b] : candidate_pairs(arts, opt)) {
        std::size_t first = matches.size();
        match_into(b, a, arts, opt, matches, counts, touched, scratch);
        match_into(a, b, arts, opt, matches, counts, touched, scratch);
        if (matches.size() == first) continue;
        PairMatches pm;
        pm.a = a;
        pm.b = b;
        for (std::size_t k = first; k < matches.size(); ++k) {
            const UnitMatch& m = matches[k];
            PairKey key = m.x == a ? PairKey{m.xu, m.yu} : PairKey{m.yu, m.xu};
            pm.units.push_back({key, {m.kind, m.score}});
        }
        // A unit pair found from both sides appears twice with the same kind and score.
        std::sort(pm.units.begin(), pm.units.end(), [](const auto& x, const auto& y) {
            if (x.first < y.first || y.first < x.first) return x.first < y.first;
            return better(x.second.first, x.second.second, y.second.first, y.second.second);
        });
        pm.units.erase(std::unique(pm.units.begin(), pm.units.end(),
                                   [](const auto& x, const auto& y) {
                                       return !(x.first < y.first) && !(y.first < x.first);
                                   }),
                       pm.units.end());
        build_alignments(an, arts, pm, an.alignments);
        pairs.push_back(pair_shares(arts, pm));
    }
    std::sort(an.alignments.begin(), an.alignments.end(),
              [](const Alignment& x, const Alignment& y) {
                  if (x.a != y.a) return x.a < y.a;
                  if (x.b != y.b) return x.b < y.b;
                  if (x.a_span.begin != y.a_span.begin) return x.a_span.begin < y.a_span.begin;
                  return x.b_span.begin < y.b_span.begin;
              });
    an.passages = build_passages(arts, matches);
    fill_provenance(an, arts, matches);
    fill_derivation(an, pairs);
}

} // namespace wiretrace
