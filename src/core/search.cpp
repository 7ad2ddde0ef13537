#include "search.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <set>
#include <unordered_map>
#include <utility>

namespace wiretrace {

namespace {

// Decodes one code point at text[i] (valid UTF-8 is guaranteed by the corpus loader; a stray
// byte is taken as itself). Returns its length.
std::uint32_t decode(std::string_view text, std::size_t i, char32_t& cp) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    std::uint32_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
    if (i + len > text.size()) len = 1;
    if (len == 1) {
        cp = c;
        return 1;
    }
    cp = c & (0xFF >> (len + 1));
    for (std::uint32_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    return len;
}

void encode(char32_t cp, std::string& out) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool is_space_cp(char32_t cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == 0x2009 ||
           cp == 0x202F || cp == 0x2007;
}

// What one code point becomes in folded text: 0 = dropped, ' ' = white space.
char32_t fold_cp(char32_t cp) {
    if (cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0x201F || cp == 0xAB ||
        cp == 0xBB || cp == 0x2033)
        return 0;
    if (cp == 0x2018 || cp == 0x2019 || cp == 0x201A || cp == 0x201B || cp == 0x2032 || cp == '`')
        return '\'';
    if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212) return '-';
    if (is_space_cp(cp)) return ' ';
    if (cp >= 'A' && cp <= 'Z') return cp + 32;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32; // Latin-1 capitals
    return cp;
}

bool continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

using Run = FoldRun;

// Folds `text` into `out`; when `runs` is given, records where each output byte came from (the
// offset of its code point) as runs (FoldedText::original reads them back).
void fold_into(std::string_view text, std::string& out, std::vector<Run>* runs) {
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp;
        std::uint32_t len = decode(text, i, cp);
        char32_t f = fold_cp(cp);
        if (f == ' ' && (out.empty() || out.back() == ' ')) f = 0; // collapse white space
        if (f) {
            const auto before = static_cast<std::uint32_t>(out.size());
            encode(f, out);
            const auto folded_len = static_cast<std::uint32_t>(out.size()) - before;
            const auto at = static_cast<std::uint32_t>(i);
            if (runs) {
                // A run goes on over a code point folded to as many bytes as it had, whose bytes
                // after the first are continuation bytes (read back to its first); anything else
                // (a stray byte, a length changed) gets a run per folded byte.
                bool same_length = folded_len == len;
                for (std::uint32_t k = 1; k < len && same_length; ++k)
                    same_length = continuation(static_cast<unsigned char>(text[i + k]));
                const bool goes_on = same_length && !runs->empty() &&
                                     runs->back().original_at + (before - runs->back().folded_at) == at;
                if (same_length && !goes_on) runs->push_back({before, at});
                if (!same_length)
                    for (std::uint32_t k = 0; k < folded_len; ++k) runs->push_back({before + k, at});
            }
        }
        i += len;
    }
}

} // namespace

std::uint32_t SearchIndex::FoldedText::original(std::string_view text, std::uint32_t j) const {
    auto r = std::upper_bound(runs.begin(), runs.end(), j,
                              [](std::uint32_t x, const FoldRun& run) { return x < run.folded_at; });
    if (r == runs.begin()) return j; // not reached: the first folded byte starts a run
    --r;
    std::uint32_t o = r->original_at + (j - r->folded_at);
    while (o > r->original_at && o < text.size() && continuation(static_cast<unsigned char>(text[o]))) --o;
    return o;
}

namespace {

bool word_char(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80; }

} // namespace

std::vector<std::uint32_t> fold_offsets(std::string_view text) {
    std::vector<std::uint32_t> map;
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp;
        std::uint32_t len = decode(text, i, cp);
        char32_t f = fold_cp(cp);
        if (f == ' ' && (out.empty() || out.back() == ' ')) f = 0;
        if (f) {
            std::size_t before = out.size();
            encode(f, out);
            map.insert(map.end(), out.size() - before, static_cast<std::uint32_t>(i));
        }
        i += len;
    }
    return map;
}

std::string fold_for_search(std::string_view text) {
    std::string out;
    fold_into(text, out, nullptr);
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

SearchIndex::SearchIndex(const Corpus& corpus) {
    SearchIndexBuilder b(corpus);
    while (!b.step(SIZE_MAX)) {
    }
    *this = b.take();
}

// Postings are gathered per distinct word in a hash map while texts are folded, then the words
// are put in order once so that a prefix ("batt" while typing "battle") is a range. Articles and
// offsets are visited in order, so every posting list is already sorted, however the articles
// are split into steps.
SearchIndexBuilder::SearchIndexBuilder(const Corpus& corpus) {
    index_.corpus_ = &corpus;
    // Sized once: the word table's keys point into these folded texts, which must not move.
    index_.texts_.resize(corpus.articles.size());
    // Room for the vocabulary a corpus this size is likely to have (134,000 words in 25 MB of
    // one-story pickups), so the table seldom grows: each growth rehashes every word in one step.
    std::size_t bytes = 0;
    for (const Article& a : corpus.articles) bytes += a.text.size();
    word_of_.reserve(std::min<std::size_t>(bytes / 128, std::size_t{1} << 20));
}

bool SearchIndexBuilder::step(std::size_t units) {
    if (sorted_) return true;
    units = std::max<std::size_t>(units, 1);
    const Corpus& corpus = *index_.corpus_;
    for (; units > 0 && next_ < corpus.articles.size(); --units, ++next_) {
        const std::size_t i = next_;
        auto& t = index_.texts_[i];
        fold_into(corpus.articles[i].text, t.folded, &t.runs);
        const std::string& f = t.folded;
        for (std::size_t p = 0; p < f.size();) {
            if (!word_char(static_cast<unsigned char>(f[p]))) {
                ++p;
                continue;
            }
            std::size_t e = p;
            while (e < f.size() && word_char(static_cast<unsigned char>(f[e]))) ++e;
            std::string_view w(f.data() + p, e - p);
            auto it = word_of_.find(w);
            if (it == word_of_.end()) {
                it = word_of_.emplace(w, seen_.size()).first;
                seen_.push_back({std::string(w), {}});
            }
            seen_[it->second].postings.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(p)});
            p = e;
        }
    }
    // The vocabulary in order: grouped by first two bytes (std::string compares bytes as
    // unsigned, as the groups are numbered; a one-byte word's second byte counts as 0, before
    // any byte a word has), each group sorted and moved into place in turn. Texts are distinct,
    // so the order is the one a single sort of all words gives.
    auto group_of = [](const std::string& t) {
        return static_cast<std::size_t>(static_cast<unsigned char>(t[0])) << 8 |
               (t.size() > 1 ? static_cast<unsigned char>(t[1]) : 0u);
    };
    if (units > 0 && !grouped_) {
        // A counting sort by group into one array (65,536 small vectors were a long step).
        --units;
        group_begin_.assign(kWordGroups + 1, 0);
        for (const SearchIndex::Word& w : seen_) ++group_begin_[group_of(w.text) + 1];
        for (std::size_t g = 0; g < kWordGroups; ++g) group_begin_[g + 1] += group_begin_[g];
        grouped_words_.resize(seen_.size());
        std::vector<std::uint32_t> next(group_begin_.begin(), group_begin_.end() - 1);
        for (std::size_t w = 0; w < seen_.size(); ++w)
            grouped_words_[next[group_of(seen_[w].text)]++] = static_cast<std::uint32_t>(w);
        index_.words_.reserve(seen_.size());
        grouped_ = true;
    }
    // The word table is freed along the way too: freeing its 134,000 entries at once was a long
    // step of its own.
    const std::size_t free_per_group = seen_.size() / kWordGroups + 1;
    for (; units > 0 && grouped_ && next_group_ < kWordGroups; --units, ++next_group_) {
        for (std::size_t k = 0; k < free_per_group && !word_of_.empty(); ++k) word_of_.erase(word_of_.begin());
        const auto first = grouped_words_.begin() + group_begin_[next_group_];
        const auto last = grouped_words_.begin() + group_begin_[next_group_ + 1];
        std::sort(first, last, [&](std::uint32_t a, std::uint32_t b) { return seen_[a].text < seen_[b].text; });
        for (auto w = first; w != last; ++w) index_.words_.push_back(std::move(seen_[*w]));
    }
    if (grouped_ && next_group_ >= kWordGroups) {
        word_of_.clear();
        seen_.clear();
        std::vector<std::uint32_t>().swap(grouped_words_);
        std::vector<std::size_t>().swap(group_begin_);
        sorted_ = true;
    }
    return sorted_;
}

std::size_t SearchIndexBuilder::units_done() const { return next_ + (grouped_ ? 1 : 0) + next_group_; }

double SearchIndexBuilder::fraction() const {
    if (sorted_) return 1;
    return static_cast<double>(units_done()) / static_cast<double>(units());
}

SearchIndex SearchIndexBuilder::take() {
    if (!sorted_) return SearchIndex();
    return std::move(index_);
}

bool SearchIndex::matches_at(const std::string& q, std::size_t a, std::size_t pos) const {
    const std::string& f = texts_[a].folded;
    if (pos + q.size() > f.size() || f.compare(pos, q.size(), q) != 0) return false;
    // A hit starts at a word start (when the query itself starts with a letter or digit).
    return !(pos > 0 && word_char(static_cast<unsigned char>(f[pos - 1])) &&
             word_char(static_cast<unsigned char>(q[0])));
}

SearchHit SearchIndex::make_hit(const std::string& q, std::size_t a, std::size_t pos,
                                std::uint32_t context_bytes) const {
    const FoldedText& folded = texts_[a];
    std::string_view text = corpus_->articles[a].text;
    SearchHit h;
    h.article = static_cast<int>(a);
    h.match.begin = folded.original(text, static_cast<std::uint32_t>(pos));
    // The match ends after the code point its last folded byte came from.
    std::uint32_t last = folded.original(text, static_cast<std::uint32_t>(pos + q.size() - 1));
    char32_t cp;
    h.match.end = last + decode(text, last, cp);
    // Context: widen within the paragraph, then cut back to word boundaries.
    std::uint32_t b = h.match.begin > context_bytes ? h.match.begin - context_bytes : 0;
    for (std::uint32_t k = h.match.begin; k > b; --k)
        if (text[k - 1] == '\n') {
            b = k;
            break;
        }
    if (b > 0 && text[b - 1] != '\n') {
        while (b < h.match.begin && text[b] != ' ') ++b;
        while (b < h.match.begin && text[b] == ' ') ++b;
    }
    std::uint32_t e = std::min<std::uint32_t>(static_cast<std::uint32_t>(text.size()), h.match.end + context_bytes);
    for (std::uint32_t k = h.match.end; k < e; ++k)
        if (text[k] == '\n') {
            e = k;
            break;
        }
    if (e < text.size() && text[e] != '\n') {
        while (e > h.match.end && text[e - 1] != ' ') --e;
        while (e > h.match.end && text[e - 1] == ' ') --e;
    }
    h.context = {b, e};
    return h;
}

std::vector<ByteSpan> find_in_text(std::string_view text, std::string_view query, std::size_t limit) {
    // A one-article corpus through the linear scan: the same folding and word-start rule as
    // every search, and the scan is the reference the indexed find() is tested against.
    Corpus one;
    one.articles.emplace_back();
    one.articles.back().text = std::string(text);
    std::vector<ByteSpan> out;
    for (const SearchHit& h : SearchIndex(one).find_linear(query, limit, nullptr, 0)) out.push_back(h.match);
    return out;
}

std::vector<SearchHit> SearchIndex::find_linear(std::string_view query, std::size_t limit, SearchTotals* totals,
                                                std::uint32_t context_bytes) const {
    std::vector<SearchHit> hits;
    SearchTotals t;
    std::string q = fold_for_search(query);
    if (!q.empty() && corpus_) {
        for (std::size_t a = 0; a < texts_.size(); ++a) {
            const std::string& f = texts_[a].folded;
            bool in_article = false;
            for (std::size_t pos = f.find(q); pos != std::string::npos; pos = f.find(q, pos + 1)) {
                if (!matches_at(q, a, pos)) continue;
                ++t.hits;
                in_article = true;
                if (hits.size() < limit) hits.push_back(make_hit(q, a, pos, context_bytes));
            }
            if (in_article) t.articles_hit.push_back(static_cast<int>(a));
        }
    }
    t.listed = hits.size();
    t.articles = t.articles_hit.size();
    if (totals) *totals = std::move(t);
    return hits;
}

std::vector<SearchHit> SearchIndex::find(std::string_view query, std::size_t limit, SearchTotals* totals,
                                         std::uint32_t context_bytes) const {
    std::string q = fold_for_search(query);
    // The first word of the query (its first run of letters and digits) must start a word of
    // the text wherever the query matches: the byte before it is the query's own non-word byte
    // or, at the query's start, a word start is required. So its postings are the only places
    // to check. A query with no word at all is rare ("--") and scanned.
    std::size_t k = 0;
    while (k < q.size() && !word_char(static_cast<unsigned char>(q[k]))) ++k;
    if (q.empty() || !corpus_ || k == q.size()) return find_linear(query, limit, totals, context_bytes);
    std::size_t e = k;
    while (e < q.size() && word_char(static_cast<unsigned char>(q[e]))) ++e;
    const std::string first = q.substr(k, e - k);
    // Followed by more of the query, the text's word is exactly `first`; ending the query, it
    // may go on ("battle" finds "battles"), so every word with that prefix is a candidate.
    const bool whole_word = e < q.size();
    auto lo = std::lower_bound(words_.begin(), words_.end(), first,
                               [](const Word& w, const std::string& s) { return w.text < s; });
    auto hi = lo;
    if (whole_word) {
        if (hi != words_.end() && hi->text == first) ++hi;
    } else {
        while (hi != words_.end() && hi->text.compare(0, first.size(), first) == 0) ++hi;
    }
    if (k == 0 && e == q.size()) return find_word_prefix(q, lo, hi, limit, totals, context_bytes);
    std::vector<Posting> merged;
    const std::vector<Posting>* candidates = nullptr;
    if (hi - lo == 1) {
        candidates = &lo->postings;
    } else {
        // Every word with the prefix, merged into (article, at) order: bucketed by article (a
        // counting sort), then each article's few postings sorted by offset. One letter typed
        // into 10,000 articles ("h") is some 300,000 postings, whose comparison sort was most of
        // the frame that answered it.
        std::vector<std::uint32_t> first_of(texts_.size() + 1, 0);
        for (auto w = lo; w != hi; ++w)
            for (const Posting& p : w->postings) ++first_of[p.article + 1];
        for (std::size_t a = 0; a < texts_.size(); ++a) first_of[a + 1] += first_of[a];
        merged.resize(first_of.back());
        std::vector<std::uint32_t> next(first_of.begin(), first_of.end() - 1);
        for (auto w = lo; w != hi; ++w)
            for (const Posting& p : w->postings) merged[next[p.article]++] = p;
        for (std::size_t a = 0; a < texts_.size(); ++a)
            if (first_of[a + 1] - first_of[a] > 1)
                std::sort(merged.begin() + first_of[a], merged.begin() + first_of[a + 1],
                          [](const Posting& x, const Posting& y) { return x.at < y.at; });
        candidates = &merged;
    }
    std::vector<SearchHit> hits;
    SearchTotals t;
    std::uint32_t last_article = UINT32_MAX;
    for (const Posting& p : *candidates) {
        if (p.at < k || !matches_at(q, p.article, p.at - k)) continue;
        ++t.hits;
        if (p.article != last_article) t.articles_hit.push_back(static_cast<int>(p.article)), last_article = p.article;
        if (hits.size() < limit) hits.push_back(make_hit(q, p.article, p.at - k, context_bytes));
    }
    t.listed = hits.size();
    t.articles = t.articles_hit.size();
    if (totals) *totals = std::move(t);
    return hits;
}

// A query that is one word, finished or not (what each letter typed into Search asks): every
// posting of a word with that prefix is a hit, since it starts a word of the text and the word
// starts with the query. So no posting is checked against the text, and only the postings of
// the articles that fill the list are put in order. Checking each one read the folded text at
// a random place (a cache miss per posting): "h" at 10,000 one-story articles is 226,888
// postings, 18 ms natively and frames of 118-138 ms in the page (docs/benchmarks.md).
std::vector<SearchHit> SearchIndex::find_word_prefix(const std::string& q, WordIt lo, WordIt hi, std::size_t limit,
                                                     SearchTotals* totals, std::uint32_t context_bytes) const {
    SearchTotals t;
    std::vector<SearchHit> hits;
    std::vector<std::uint32_t> first_of(texts_.size() + 1, 0);
    for (auto w = lo; w != hi; ++w)
        for (const Posting& p : w->postings) ++first_of[p.article + 1];
    // The articles whose hits are listed: those up to the one where the list fills.
    std::size_t listed_articles = 0, listed = 0;
    for (std::size_t a = 0; a < texts_.size(); ++a) {
        const std::uint32_t n = first_of[a + 1];
        if (n == 0) continue;
        t.hits += n;
        t.articles_hit.push_back(static_cast<int>(a));
        if (listed < limit) listed += n, listed_articles = a + 1;
    }
    for (std::size_t a = 0; a < texts_.size(); ++a) first_of[a + 1] += first_of[a];
    std::vector<Posting> merged(first_of[listed_articles]);
    std::vector<std::uint32_t> next(first_of.begin(), first_of.begin() + static_cast<std::ptrdiff_t>(listed_articles));
    for (auto w = lo; w != hi; ++w)
        for (const Posting& p : w->postings)
            if (p.article < listed_articles) merged[next[p.article]++] = p;
    for (std::size_t a = 0; a < listed_articles; ++a)
        if (first_of[a + 1] - first_of[a] > 1)
            std::sort(merged.begin() + first_of[a], merged.begin() + first_of[a + 1],
                      [](const Posting& x, const Posting& y) { return x.at < y.at; });
    for (std::size_t i = 0; i < merged.size() && hits.size() < limit; ++i)
        hits.push_back(make_hit(q, merged[i].article, merged[i].at, context_bytes));
    t.listed = hits.size();
    t.articles = t.articles_hit.size();
    if (totals) *totals = std::move(t);
    return hits;
}

std::vector<SearchHit> SearchIndex::find_reworded(const Analysis& analysis, const SpanIndex& index,
                                                  const std::vector<SearchHit>& literal,
                                                  std::size_t limit) {
    std::set<std::pair<int, std::uint32_t>> seen; // (article, sentence begin)
    std::vector<SearchHit> out;
    // Literal hits are in (article, begin) order (find() keeps that order); `has_literal` binary
    // searches them instead of scanning them all for every shared span: a common word in one
    // story carried by 1,000 outlets gives 2,000 hits, each inside spans shared with hundreds.
    std::uint32_t longest = 0;
    for (const SearchHit& h : literal) longest = std::max(longest, h.match.size());
    auto has_literal = [&](int article, ByteSpan s) {
        const std::uint32_t from = s.begin > longest ? s.begin - longest : 0;
        auto it = std::lower_bound(literal.begin(), literal.end(), std::make_pair(article, from),
                                   [](const SearchHit& h, const std::pair<int, std::uint32_t>& key) {
                                       return h.article != key.first ? h.article < key.first
                                                                     : h.match.begin < key.second;
                                   });
        for (; it != literal.end() && it->article == article && it->match.begin < s.end; ++it)
            if (s.begin < it->match.end) return true;
        return false;
    };
    for (const SearchHit& h : literal) {
        for (const SharedSpan* sh : index.at(h.article, h.match.begin)) {
            if (sh->other < 0 || static_cast<std::size_t>(sh->other) >= analysis.articles.size()) continue;
            if (has_literal(sh->other, sh->other_span)) continue;
            // The hit's place in the other article, then the sentence holding it.
            double f = sh->span.size() ? static_cast<double>(h.match.begin - sh->span.begin) / sh->span.size() : 0;
            std::uint32_t at = sh->other_span.begin + static_cast<std::uint32_t>(f * sh->other_span.size());
            ByteSpan sentence = sh->other_span;
            const std::vector<ByteSpan>& sentences = analysis.articles[static_cast<std::size_t>(sh->other)].sentences;
            auto s = std::upper_bound(sentences.begin(), sentences.end(), at,
                                      [](std::uint32_t x, const ByteSpan& b) { return x < b.begin; });
            if (s != sentences.begin() && (--s)->begin <= at && at < s->end)
                sentence = {std::max(s->begin, sh->other_span.begin), std::min(s->end, sh->other_span.end)};
            if (!seen.insert({sh->other, sentence.begin}).second) continue;
            SearchHit r;
            r.article = sh->other;
            r.match = sentence;
            r.context = sentence;
            r.reworded = true;
            r.from_article = h.article;
            out.push_back(r);
        }
    }
    std::sort(out.begin(), out.end(), [](const SearchHit& x, const SearchHit& y) {
        return x.article != y.article ? x.article < y.article : x.match.begin < y.match.begin;
    });
    if (out.size() > limit) out.resize(limit);
    return out;
}

} // namespace wiretrace
