// analysis_binary.cpp — the binary form of the Analysis (analysis_binary.h,
// docs/analysis-format.md "Binary form").
//
// [SECTION] Primitives: varints, doubles, strings, spans
// [SECTION] Writing
// [SECTION] Reading: the decoder
// [SECTION] Reading: one item of each section
//
// Writing and reading are kept next to each other per struct, field by field in the order of
// analysis.h, so a field added to a struct shows up as a missing line in both. The round-trip
// test (tests/core/analysis_binary_test.cpp) compares Analysis → binary → Analysis → JSON with
// Analysis → JSON, which catches a field the JSON has and this file forgot.

#include "analysis_binary.h"

#include <cmath>
#include <cstring>
#include <limits>

namespace wiretrace {

namespace {

constexpr char kMagic[4] = {'W', 'T', 'A', 'B'};
constexpr char kTags[kAnalysisSections][5] = {"CORP", "ARTA", "SRCS", "PASS",
                                              "PROV", "ALGN", "CLMS"};

// [SECTION] Primitives: varints, doubles, strings, spans --------------------------------------

class Writer {
public:
    std::string out;

    void u(std::uint64_t v) {
        while (v >= 0x80) {
            out.push_back(static_cast<char>((v & 0x7f) | 0x80));
            v >>= 7;
        }
        out.push_back(static_cast<char>(v));
    }
    // Zig-zag: small negative numbers (the -1 of "no article") stay one byte.
    void s(std::int64_t v) {
        u((static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63));
    }
    void b(bool v) { out.push_back(v ? 1 : 0); }
    void f64(double v) {
        std::uint64_t bits;
        std::memcpy(&bits, &v, sizeof bits);
        for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>((bits >> (8 * i)) & 0xff));
    }
    void str(const std::string& v) {
        u(v.size());
        out += v;
    }
    // A mention's speaker or source (an id into a.claim_names, -1 for none): a flag, then the
    // name when there is one.
    void name(const Analysis& a, int id) {
        b(id >= 0);
        if (id >= 0) str(a.claim_names[static_cast<std::size_t>(id)]);
    }
    void span(ByteSpan v) {
        u(v.begin);
        u(v.size());
    }
    // A span of a sorted list: its start relative to where the previous one ended.
    void span_after(ByteSpan v, std::uint32_t& last_end) {
        s(static_cast<std::int64_t>(v.begin) - static_cast<std::int64_t>(last_end));
        u(v.size());
        last_end = v.end;
    }
    void spans(const std::vector<ByteSpan>& v) {
        u(v.size());
        std::uint32_t last = 0;
        for (ByteSpan x : v) span_after(x, last);
    }
};

} // namespace

// Reads the items of one section; every read is bounds-checked and every failure names the
// section and the byte offset in the whole input.
struct BinaryItemReader {
    const AnalysisDecoder& d;
    std::string_view bytes;
    std::size_t pos;
    std::size_t end;

    [[noreturn]] void fail(const std::string& what) const {
        throw AnalysisFormatError("analysis data, section " +
                                  std::string(to_string(static_cast<AnalysisSection>(d.section_))) +
                                  ", byte " + std::to_string(pos) + ": " + what);
    }
    std::uint64_t u() {
        std::uint64_t v = 0;
        for (int shift = 0;; shift += 7) {
            if (pos >= end) fail("the data ends inside a number");
            if (shift > 63) fail("a number longer than 64 bits");
            auto byte = static_cast<unsigned char>(bytes[pos++]);
            v |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
            if (!(byte & 0x80)) return v;
        }
    }
    std::int64_t s() {
        std::uint64_t v = u();
        return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
    }
    std::uint32_t u32(const char* what) {
        std::uint64_t v = u();
        if (v > std::numeric_limits<std::uint32_t>::max())
            fail(std::string(what) + " out of range");
        return static_cast<std::uint32_t>(v);
    }
    int i32(const char* what) {
        std::int64_t v = s();
        if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max())
            fail(std::string(what) + " out of range");
        return static_cast<int>(v);
    }
    bool b() {
        if (pos >= end) fail("the data ends inside a flag");
        auto v = static_cast<unsigned char>(bytes[pos++]);
        if (v > 1) fail("a flag that is neither 0 nor 1");
        return v == 1;
    }
    double f64() {
        if (end - pos < 8) fail("the data ends inside a number");
        std::uint64_t bits = 0;
        for (int i = 0; i < 8; ++i)
            bits |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes[pos + i]))
                    << (8 * i);
        pos += 8;
        double v;
        std::memcpy(&v, &bits, sizeof v);
        if (!std::isfinite(v)) fail("a number that is not finite");
        return v;
    }
    // A share or a similarity score: a fraction, 0 to 1.
    double fraction() {
        const double v = f64();
        if (!(v >= 0 && v <= 1)) fail("a share or score outside 0..1");
        return v;
    }
    std::string str() {
        std::uint64_t n = u();
        if (n > end - pos) fail("a string runs past the end of its section");
        std::string v(bytes.substr(pos, n));
        pos += n;
        return v;
    }
    std::optional<std::string> opt_str() {
        if (!b()) return std::nullopt;
        return str();
    }
    // A count of items that take at least `min_item_bytes` each: checked against the bytes
    // left, so a corrupt count cannot make a reader reserve gigabytes.
    std::size_t count(std::size_t min_item_bytes = 1) {
        std::uint64_t n = u();
        if (n > (end - pos) / min_item_bytes)
            fail("a count of " + std::to_string(n) + " is more than the section holds");
        return static_cast<std::size_t>(n);
    }
    template <class E> E enumeration(int count, const char* what) {
        std::uint64_t v = u();
        if (v >= static_cast<std::uint64_t>(count))
            fail(std::string("an unknown ") + what + " " + std::to_string(v));
        return static_cast<E>(v);
    }

    // Articles and spans, checked against the corpus decoded in the first section.
    int article(const char* what, bool may_be_none = false) {
        int a = i32(what);
        if (may_be_none && a == -1) return a;
        if (a < 0 || static_cast<std::size_t>(a) >= d.out_.corpus.articles.size())
            fail(std::string(what) + " " + std::to_string(a) + " is not an article of the corpus");
        return a;
    }
    ByteSpan checked(ByteSpan v, std::uint64_t begin, std::uint64_t size, int in_article) {
        std::uint64_t e = begin + size;
        std::size_t text = d.out_.corpus.articles[static_cast<std::size_t>(in_article)].text.size();
        if (e > text) fail("a span ends past its article's text");
        v.begin = static_cast<std::uint32_t>(begin);
        v.end = static_cast<std::uint32_t>(e);
        return v;
    }
    ByteSpan span(int in_article) {
        std::uint64_t begin = u();
        std::uint64_t size = u();
        if (begin > std::numeric_limits<std::uint32_t>::max() ||
            size > std::numeric_limits<std::uint32_t>::max())
            fail("a span out of range");
        return checked({}, begin, size, in_article);
    }
    ByteSpan span_after(std::uint32_t& last_end, int in_article) {
        std::int64_t delta = s();
        std::uint64_t size = u();
        std::int64_t begin = static_cast<std::int64_t>(last_end) + delta;
        if (begin < 0 || begin > std::numeric_limits<std::uint32_t>::max() ||
            size > std::numeric_limits<std::uint32_t>::max())
            fail("a span out of range");
        ByteSpan v = checked({}, static_cast<std::uint64_t>(begin), size, in_article);
        last_end = v.end;
        return v;
    }
    std::vector<ByteSpan> spans(int in_article) {
        std::vector<ByteSpan> v(count(2));
        std::uint32_t last = 0;
        for (ByteSpan& x : v) x = span_after(last, in_article);
        return v;
    }
};

const char* to_string(AnalysisSection s) {
    static const char* const names[kAnalysisSections] = {
        "corpus", "articles", "sources", "passages", "provenance", "alignments", "claims"};
    int i = static_cast<int>(s);
    return i >= 0 && i < kAnalysisSections ? names[i] : "end";
}

// [SECTION] Writing -------------------------------------------------------------------------

namespace {

void write_article(Writer& w, const Article& a) {
    w.str(a.id);
    w.str(a.outlet);
    w.str(a.title);
    w.str(a.date);
    w.str(a.url);
    w.str(a.byline);
    w.str(a.text);
    w.str(a.source_file);
    w.s(a.source_line);
    w.str(a.country);
    w.str(a.owner);
    w.str(a.lean);
}

void write_article_analysis(Writer& w, const ArticleAnalysis& a) {
    w.spans(a.boilerplate);
    w.spans(a.sentences);
    for (double share : a.label_share) w.f64(share);
    w.u(a.word_count);
}

void write_source(Writer& w, const ArticleSource& s) {
    w.s(s.source);
    w.str(s.wire);
    w.span(s.credit);
    w.u(static_cast<std::uint64_t>(s.basis));
    w.f64(s.share);
}

void write_passage(Writer& w, const Passage& p) {
    w.s(p.id);
    w.u(p.members.size());
    for (const PassageMember& m : p.members) {
        w.s(m.article);
        w.span(m.span);
    }
}

void write_provenance(Writer& w, const SentenceProvenance& p, std::uint32_t& last_end,
                      int& last_article) {
    // Sentences come article by article, in order: deltas within one article.
    if (p.article != last_article) last_end = 0;
    w.s(p.article - last_article);
    last_article = p.article;
    w.span_after(p.sentence, last_end);
    w.u(static_cast<std::uint64_t>(p.label));
    w.b(p.source.has_value());
    if (p.source) {
        w.s(p.source->article);
        w.span(p.source->span);
    }
}

void write_alignment(Writer& w, const Alignment& a) {
    w.s(a.a);
    w.s(a.b);
    w.span(a.a_span);
    w.span(a.b_span);
    w.u(static_cast<std::uint64_t>(a.kind));
    w.f64(a.score);
    w.u(a.diff.size());
    std::uint32_t last_a = a.a_span.begin, last_b = a.b_span.begin;
    for (const WordEdit& e : a.diff) {
        w.u(static_cast<std::uint64_t>(e.op));
        w.span_after(e.a, last_a);
        w.span_after(e.b, last_b);
    }
}

bool same_bits(double a, double b) {
    return std::memcmp(&a, &b, sizeof a) == 0;
}

// Most quantities are a point (low == high == value) written as found (text == the words at
// span): a flag byte says so and the copies are left out (doubles barely compress).
enum QuantityFlags : unsigned { kPoint = 1, kTextAtSpan = 2 };

void write_quantity(Writer& w, const Quantity& q, std::string_view article_text) {
    unsigned flags = 0;
    if (same_bits(q.low, q.value) && same_bits(q.high, q.value)) flags |= kPoint;
    if (q.span.end <= article_text.size() && q.span.begin <= q.span.end &&
        article_text.substr(q.span.begin, q.span.size()) == q.text)
        flags |= kTextAtSpan;
    w.u(flags);
    w.span(q.span);
    if (!(flags & kTextAtSpan)) w.str(q.text);
    w.f64(q.value);
    if (!(flags & kPoint)) {
        w.f64(q.low);
        w.f64(q.high);
    }
    w.str(q.unit);
    w.f64(q.rounding);
}

void write_mention(Writer& w, const ClaimMention& m, const Analysis& a) {
    w.s(m.article);
    w.span(m.span);
    w.name(a, m.speaker);
    w.name(a, m.source);
    w.b(m.hedged);
    w.u(m.quantities.size());
    std::string_view text;
    if (m.article >= 0 && static_cast<std::size_t>(m.article) < a.corpus.articles.size())
        text = a.corpus.articles[static_cast<std::size_t>(m.article)].text;
    for (const Quantity& q : m.quantities) write_quantity(w, q, text);
    w.spans(m.quotes);
    w.span(m.source_span);
    w.span(m.hedge);
    w.b(m.negated);
    w.span(m.negation);
}

// A claim's label is mostly the start of its reference mention's words (cut with "…"): the
// length of that common start, then the rest of the label.
std::size_t label_prefix(const Claim& c, const Analysis& a) {
    if (c.reference < 0 || static_cast<std::size_t>(c.reference) >= c.mentions.size()) return 0;
    const ClaimMention& m = c.mentions[static_cast<std::size_t>(c.reference)];
    if (m.article < 0 || static_cast<std::size_t>(m.article) >= a.corpus.articles.size()) return 0;
    std::string_view text = a.corpus.articles[static_cast<std::size_t>(m.article)].text;
    if (m.span.begin > m.span.end || m.span.end > text.size()) return 0;
    std::string_view words = text.substr(m.span.begin, m.span.size());
    std::size_t k = 0;
    while (k < words.size() && k < c.label.size() && words[k] == c.label[k]) ++k;
    return k;
}

void write_claim(Writer& w, const Claim& c, const Analysis& a) {
    w.s(c.id);
    w.u(static_cast<std::uint64_t>(c.type));
    w.u(c.mentions.size());
    for (const ClaimMention& m : c.mentions) write_mention(w, m, a);
    w.s(c.reference);
    const std::size_t prefix = label_prefix(c, a);
    w.u(prefix);
    w.str(c.label.substr(prefix));
    w.u(c.differences.size());
    for (const ClaimDifference& d : c.differences) {
        w.u(static_cast<std::uint64_t>(d.kind));
        w.s(d.mention);
        w.s(d.reference);
        w.str(d.detail);
    }
    w.u(c.notes.size());
    for (const ClaimNote& n : c.notes) {
        w.s(n.mention);
        w.str(n.detail);
    }
}

void put_u32(std::string& out, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}
void put_u64(std::string& out, std::uint64_t v) {
    for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

} // namespace

std::string analysis_to_binary(const Analysis& a) {
    std::string out(kMagic, 4);
    put_u32(out, kAnalysisBinaryVersion);
    for (int s = 0; s < kAnalysisSections; ++s) {
        Writer w;
        switch (static_cast<AnalysisSection>(s)) {
        case AnalysisSection::Corpus:
            w.u(a.corpus.articles.size());
            for (const Article& x : a.corpus.articles) write_article(w, x);
            break;
        case AnalysisSection::Articles:
            w.u(a.articles.size());
            for (const ArticleAnalysis& x : a.articles) write_article_analysis(w, x);
            break;
        case AnalysisSection::Sources:
            w.u(a.sources.size());
            for (const ArticleSource& x : a.sources) write_source(w, x);
            break;
        case AnalysisSection::Passages:
            w.u(a.passages.size());
            for (const Passage& x : a.passages) write_passage(w, x);
            break;
        case AnalysisSection::Provenance: {
            w.u(a.provenance.size());
            std::uint32_t last_end = 0;
            int last_article = 0;
            for (const SentenceProvenance& x : a.provenance)
                write_provenance(w, x, last_end, last_article);
            break;
        }
        case AnalysisSection::Alignments:
            w.u(a.alignments.size());
            for (const Alignment& x : a.alignments) write_alignment(w, x);
            break;
        case AnalysisSection::Claims:
            w.u(a.claims.size());
            for (const Claim& x : a.claims) write_claim(w, x, a);
            break;
        }
        out.append(kTags[s], 4);
        put_u64(out, w.out.size());
        out += w.out;
    }
    return out;
}

// [SECTION] Reading: the decoder ------------------------------------------------------------

namespace {

std::uint64_t get_le(std::string_view b, std::size_t at, int n) {
    std::uint64_t v = 0;
    for (int i = 0; i < n; ++i)
        v |= static_cast<std::uint64_t>(static_cast<unsigned char>(b[at + i])) << (8 * i);
    return v;
}

} // namespace

AnalysisDecoder::AnalysisDecoder(std::string_view bytes, Analysis& into)
    : bytes_(bytes), out_(into) {
    out_ = Analysis{};
    auto bad = [](const std::string& what) { throw AnalysisFormatError("analysis data: " + what); };
    if (bytes.size() < 8 || std::memcmp(bytes.data(), kMagic, 4) != 0)
        bad("not Wiretrace's binary analysis (it does not start with \"WTAB\")");
    auto version = static_cast<std::uint32_t>(get_le(bytes, 4, 4));
    if (version != kAnalysisBinaryVersion)
        bad("format version " + std::to_string(version) + ", this page reads version " +
            std::to_string(kAnalysisBinaryVersion) + " (rebuild the page)");
    std::size_t at = 8;
    for (int s = 0; s < kAnalysisSections; ++s) {
        const std::string name = to_string(static_cast<AnalysisSection>(s));
        if (bytes.size() - at < 12) bad("the data ends before section " + name + " (truncated)");
        if (std::memcmp(bytes.data() + at, kTags[s], 4) != 0)
            bad("byte " + std::to_string(at) + ": expected section " + name + " (\"" + kTags[s] +
                "\")");
        std::uint64_t length = get_le(bytes, at + 4, 8);
        at += 12;
        if (length > bytes.size() - at)
            bad("section " + name + " holds " + std::to_string(length) + " bytes but only " +
                std::to_string(bytes.size() - at) + " are left (truncated)");
        section_begin_[s] = at;
        section_end_[s] = at + static_cast<std::size_t>(length);
        at = section_end_[s];
    }
    if (at != bytes.size())
        bad(std::to_string(bytes.size() - at) + " bytes after the last section");
    pos_ = section_begin_[0];
}

void AnalysisDecoder::fail(const std::string& what) const {
    throw AnalysisFormatError("analysis data, section " + std::string(to_string(current())) +
                              ", byte " + std::to_string(pos_) + ": " + what);
}

double AnalysisDecoder::fraction() const {
    return bytes_.empty() ? 1.0 : static_cast<double>(pos_) / static_cast<double>(bytes_.size());
}

void AnalysisDecoder::begin_section() {
    BinaryItemReader r{*this, bytes_, pos_, section_end_[section_]};
    items_ = r.count();
    pos_ = r.pos;
    const std::size_t n_articles = out_.corpus.articles.size();
    // Parallel to the corpus (or empty, before the stage that fills them ran).
    auto parallel = [&](const char* what) {
        if (items_ != 0 && items_ != n_articles)
            fail(std::string(what) + ": " + std::to_string(items_) + " entries for " +
                 std::to_string(n_articles) + " articles");
    };
    const auto n = static_cast<std::size_t>(items_);
    switch (current()) {
    case AnalysisSection::Corpus:
        out_.corpus.articles.reserve(n);
        break;
    case AnalysisSection::Articles:
        parallel("articles");
        out_.articles.reserve(n);
        break;
    case AnalysisSection::Sources:
        parallel("sources");
        out_.sources.reserve(n);
        break;
    case AnalysisSection::Passages:
        out_.passages.reserve(n);
        break;
    case AnalysisSection::Provenance:
        out_.provenance.reserve(n);
        break;
    case AnalysisSection::Alignments:
        out_.alignments.reserve(n);
        break;
    case AnalysisSection::Claims:
        out_.claims.reserve(n);
        break;
    }
    item_ = 0;
    section_started_ = true;
}

bool AnalysisDecoder::step(std::size_t byte_budget) {
    const std::size_t stop_at = pos_ + byte_budget;
    while (!done()) {
        if (!section_started_) begin_section();
        while (item_ < items_) {
            decode_item();
            ++item_;
            if (pos_ >= stop_at) return done();
        }
        if (pos_ != section_end_[section_])
            fail(std::to_string(section_end_[section_] - pos_) +
                 " bytes left over after its last item");
        ++section_;
        section_started_ = false;
        if (!done()) pos_ = section_begin_[section_];
        if (pos_ >= stop_at) return done();
    }
    return true;
}

// [SECTION] Reading: one item of each section -----------------------------------------------

void AnalysisDecoder::decode_item() {
    BinaryItemReader r{*this, bytes_, pos_, section_end_[section_]};
    switch (current()) {
    case AnalysisSection::Corpus: {
        Article a;
        a.id = r.str();
        a.outlet = r.str();
        a.title = r.str();
        a.date = r.str();
        a.url = r.str();
        a.byline = r.str();
        a.text = r.str();
        a.source_file = r.str();
        a.source_line = r.i32("a source line");
        a.country = r.str();
        a.owner = r.str();
        a.lean = r.str();
        out_.corpus.articles.push_back(std::move(a));
        break;
    }
    case AnalysisSection::Articles: {
        const int article = static_cast<int>(out_.articles.size());
        ArticleAnalysis a;
        a.boilerplate = r.spans(article);
        a.sentences = r.spans(article);
        for (double& share : a.label_share) share = r.fraction();
        a.word_count = static_cast<std::size_t>(r.u());
        out_.articles.push_back(std::move(a));
        break;
    }
    case AnalysisSection::Sources: {
        const int article = static_cast<int>(out_.sources.size());
        ArticleSource s;
        s.source = r.article("a source article", true);
        s.wire = r.str();
        s.credit = r.span(article);
        s.basis = r.enumeration<SourceBasis>(4, "source basis");
        s.share = r.fraction();
        out_.sources.push_back(std::move(s));
        break;
    }
    case AnalysisSection::Passages: {
        Passage p;
        p.id = r.i32("a passage id");
        p.members.resize(r.count(3));
        for (PassageMember& m : p.members) {
            m.article = r.article("a passage member");
            m.span = r.span(m.article);
        }
        out_.passages.push_back(std::move(p));
        break;
    }
    case AnalysisSection::Provenance: {
        SentenceProvenance p;
        const SentenceProvenance* prev =
            out_.provenance.empty() ? nullptr : &out_.provenance.back();
        const int last_article = prev ? prev->article : 0;
        std::int64_t delta = r.s();
        std::int64_t article = static_cast<std::int64_t>(last_article) + delta;
        if (article < 0 || static_cast<std::size_t>(article) >= out_.corpus.articles.size())
            r.fail("a sentence's article " + std::to_string(article) +
                   " is not an article of the corpus");
        p.article = static_cast<int>(article);
        std::uint32_t last_end = prev && prev->article == p.article ? prev->sentence.end : 0;
        p.sentence = r.span_after(last_end, p.article);
        p.label = r.enumeration<ProvenanceLabel>(5, "provenance label");
        if (r.b()) {
            SourceRef s;
            s.article = r.article("a sentence's source article");
            s.span = r.span(s.article);
            p.source = s;
        }
        out_.provenance.push_back(std::move(p));
        break;
    }
    case AnalysisSection::Alignments: {
        Alignment a;
        a.a = r.article("an alignment's article a");
        a.b = r.article("an alignment's article b");
        a.a_span = r.span(a.a);
        a.b_span = r.span(a.b);
        a.kind = r.enumeration<ReuseKind>(3, "reuse kind");
        a.score = r.fraction();
        a.diff.resize(r.count(5));
        std::uint32_t last_a = a.a_span.begin, last_b = a.b_span.begin;
        for (WordEdit& e : a.diff) {
            e.op = r.enumeration<WordEdit::Op>(4, "diff operation");
            e.a = r.span_after(last_a, a.a);
            e.b = r.span_after(last_b, a.b);
        }
        out_.alignments.push_back(std::move(a));
        break;
    }
    case AnalysisSection::Claims: {
        Claim c;
        c.id = r.i32("a claim id");
        c.type = r.enumeration<ClaimType>(3, "claim type");
        c.mentions.resize(r.count(12));
        auto name_id = [&]() {
            std::optional<std::string> name = r.opt_str();
            if (!name) return -1;
            auto [it, added] =
                claim_name_ids_.emplace(*name, static_cast<int>(out_.claim_names.size()));
            if (added) out_.claim_names.push_back(std::move(*name));
            return it->second;
        };
        for (ClaimMention& m : c.mentions) {
            m.article = r.article("a mention's article");
            m.span = r.span(m.article);
            m.speaker = name_id();
            m.source = name_id();
            m.hedged = r.b();
            m.quantities.resize(r.count(12));
            const std::string& text =
                out_.corpus.articles[static_cast<std::size_t>(m.article)].text;
            for (Quantity& q : m.quantities) {
                std::uint64_t flags = r.u();
                if (flags > (kPoint | kTextAtSpan)) r.fail("a quantity with unknown flags");
                q.span = r.span(m.article);
                q.text = flags & kTextAtSpan ? text.substr(q.span.begin, q.span.size()) : r.str();
                q.value = r.f64();
                q.low = flags & kPoint ? q.value : r.f64();
                q.high = flags & kPoint ? q.value : r.f64();
                q.unit = r.str();
                q.rounding = r.f64();
            }
            m.quotes = r.spans(m.article);
            m.source_span = r.span(m.article);
            m.hedge = r.span(m.article);
            m.negated = r.b();
            m.negation = r.span(m.article);
        }
        const int n = static_cast<int>(c.mentions.size());
        auto mention = [&](const char* what, int v) {
            if (v < 0 || v >= n)
                r.fail(std::string(what) + " " + std::to_string(v) + " is not one of the claim's " +
                       std::to_string(n) + " mentions");
            return v;
        };
        c.reference = r.i32("a claim's reference");
        if (n > 0) mention("the reference mention", c.reference);
        {
            const std::uint64_t prefix = r.u();
            std::string_view words;
            if (n > 0) {
                const ClaimMention& m = c.mentions[static_cast<std::size_t>(c.reference)];
                words =
                    std::string_view(out_.corpus.articles[static_cast<std::size_t>(m.article)].text)
                        .substr(m.span.begin, m.span.size());
            }
            if (prefix > words.size()) r.fail("a label longer than its reference mention's words");
            c.label = std::string(words.substr(0, static_cast<std::size_t>(prefix))) + r.str();
        }
        c.differences.resize(r.count(4));
        for (ClaimDifference& d : c.differences) {
            d.kind = r.enumeration<DifferenceKind>(kDifferenceKinds, "difference kind");
            d.mention = mention("a difference's mention", r.i32("a mention"));
            d.reference = mention("a difference's reference", r.i32("a mention"));
            d.detail = r.str();
        }
        c.notes.resize(r.count(2));
        for (ClaimNote& note : c.notes) {
            note.mention = mention("a note's mention", r.i32("a mention"));
            note.detail = r.str();
        }
        out_.claims.push_back(std::move(c));
        break;
    }
    }
    pos_ = r.pos;
}

Analysis analysis_from_binary(std::string_view bytes) {
    Analysis a;
    AnalysisDecoder decoder(bytes, a);
    decoder.step(bytes.size());
    return a;
}

} // namespace wiretrace
