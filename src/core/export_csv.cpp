#include "export_csv.h"

#include "quantities.h"
#include "user_notes.h"

#include <cmath>
#include <cstdio>
#include <cstring>
#include <set>

namespace wiretrace {

namespace {

std::string share(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4f", v);
    return buf;
}

// Shortest round-trip-ish form for quantities: "5", "4.828", "1200000000", no trailing zeros and
// no exponent (a spreadsheet reads 1.2e+09 as text in some locales).
std::string number(double v) {
    char buf[64];
    if (std::fabs(v) >= 1e6 || std::fabs(v - std::round(v)) < 1e-9)
        std::snprintf(buf, sizeof buf, "%.0f", v);
    else
        std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}

// One quantity for the CSV: dates as ISO 8601 (2024-12-06, never the YYYYMMDD number), years as
// years, everything else as value, unit and the interval when there is one.
std::string quantity_field(const Quantity& q) {
    if (says_when(q.unit)) return format_quantity(q);
    std::string s = number(q.value) + (q.unit.empty() ? "" : " " + q.unit);
    if (q.low != q.high) s += " [" + number(q.low) + ", " + number(q.high) + "]";
    return s;
}

// The UTF-8 byte order mark: without it Excel reads the file as the local code page and
// garbles every curly quote and accented name.
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

void row(std::string& out, std::initializer_list<std::string_view> fields) {
    bool first = true;
    for (std::string_view f : fields) {
        if (!first) out += ',';
        out += csv_field(f);
        first = false;
    }
    out += "\r\n";
}

void row(std::string& out, const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i) out += ',';
        out += csv_field(fields[i]);
    }
    out += "\r\n";
}

const Article* article_at(const Analysis& a, int i) {
    return i >= 0 && static_cast<std::size_t>(i) < a.corpus.articles.size()
               ? &a.corpus.articles[static_cast<std::size_t>(i)]
               : nullptr;
}

std::string span_text(const Article* art, ByteSpan s) {
    if (!art || s.end > art->text.size() || s.empty()) return {};
    return art->text.substr(s.begin, s.size());
}

} // namespace

std::string csv_field(std::string_view text) {
    std::string clean;
    clean.reserve(text.size() + 1);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        // C0 controls but tab, LF and CR, DEL, and the C1 controls (U+0080-U+009F, 0xC2 0x80-0x9F
        // in UTF-8): a NUL ends the cell in some readers, the others are invisible or worse.
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) continue;
        if (c == 0xC2 && i + 1 < text.size() &&
            (static_cast<unsigned char>(text[i + 1]) & 0xE0) == 0x80) {
            ++i;
            continue;
        }
        clean += static_cast<char>(c);
    }
    // A cell a spreadsheet would evaluate as a formula (=, +, -, @, and tab or CR, which some
    // strip before looking) gets a leading apostrophe: shown as text, never run (OWASP's
    // "CSV injection" advice). Titles and quotes from the web are not trusted.
    if (!clean.empty() && std::strchr("=+-@\t\r", clean.front())) clean.insert(0, 1, '\'');
    if (clean.find_first_of(",\"\r\n") == std::string::npos) return clean;
    std::string out = "\"";
    for (char c : clean) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string provenance_csv(const Analysis& analysis, const std::vector<int>* article_order,
                           const BaseShares* base, const UserNotes* notes) {
    std::string out(kUtf8Bom);
    const Article* base_article = base ? article_at(analysis, base->base) : nullptr;
    // Outlet metadata columns only for the keys the corpus gives, as Sources shows them.
    const std::vector<OutletMetadataKey> metadata = outlet_metadata_given(analysis.corpus);
    std::vector<std::string> header = {"article", "outlet", "title", "date", "byline"};
    for (const OutletMetadataKey& k : metadata) header.push_back(k.key);
    for (const char* h : {"words", "verbatim", "edited", "paraphrase", "original", "boilerplate"})
        header.push_back(h);
    if (base_article) header.insert(header.end(), {"reuse_base", "shared_with_base"});
    if (notes) header.push_back("note");
    row(out, header);
    std::vector<int> all;
    if (!article_order) {
        for (std::size_t i = 0; i < analysis.corpus.articles.size(); ++i)
            all.push_back(static_cast<int>(i));
        article_order = &all;
    }
    for (int i : *article_order) {
        const Article* art = article_at(analysis, i);
        if (!art) continue;
        const ArticleAnalysis* aa = static_cast<std::size_t>(i) < analysis.articles.size()
                                        ? &analysis.articles[static_cast<std::size_t>(i)]
                                        : nullptr;
        auto s = [&](int k) { return aa ? share(aa->label_share[k]) : std::string(); };
        std::vector<std::string> cells = {art->id, art->outlet, art->title, art->date, art->byline};
        for (const OutletMetadataKey& k : metadata) cells.push_back(art->*k.field);
        cells.push_back(aa ? std::to_string(aa->word_count) : std::string());
        for (int k = 0; k < 5; ++k) cells.push_back(s(k));
        if (base_article) {
            const std::size_t k = static_cast<std::size_t>(i);
            cells.push_back(base_article->id);
            cells.push_back(k < base->share.size() ? share(base->share[k]) : std::string());
        }
        if (notes) cells.push_back(notes->get(note_key_for_article(analysis, i)));
        row(out, cells);
    }
    return out;
}

std::string claims_csv(const Analysis& analysis, const std::vector<int>* claim_rows, const UserNotes* notes) {
    std::string out(kUtf8Bom);
    std::vector<std::string> header = {"claim", "label", "type", "article", "outlet", "begin", "end", "text", "speaker",
                                       "source", "hedged", "negated", "quantities", "consensus", "differences", "changes"};
    if (notes) header.push_back("note");
    row(out, header);
    std::vector<int> all;
    if (!claim_rows) {
        for (std::size_t i = 0; i < analysis.claims.size(); ++i) all.push_back(static_cast<int>(i));
        claim_rows = &all;
    }
    for (int ci : *claim_rows) {
        if (ci < 0 || static_cast<std::size_t>(ci) >= analysis.claims.size()) continue;
        const Claim& c = analysis.claims[static_cast<std::size_t>(ci)];
        const std::string note = notes ? notes->get(note_key_for_claim(analysis, ci)) : std::string();
        for (std::size_t m = 0; m < c.mentions.size(); ++m) {
            const ClaimMention& mention = c.mentions[m];
            const Article* art = article_at(analysis, mention.article);
            std::string quantities;
            for (const Quantity& q : mention.quantities) {
                if (!quantities.empty()) quantities += "; ";
                quantities += quantity_field(q);
            }
            // Kinds in DifferenceKind order, each once, so the column is stable to compare.
            std::set<int> kinds;
            std::string changes; // the departures in words, as the Claims view says them
            for (const ClaimDifference& d : c.differences)
                if (d.mention == static_cast<int>(m)) { // only the outlet that departs
                    kinds.insert(static_cast<int>(d.kind));
                    if (!changes.empty()) changes += "; ";
                    changes += d.detail;
                }
            std::string differences;
            for (int k : kinds) {
                if (!differences.empty()) differences += "; ";
                differences += to_string(static_cast<DifferenceKind>(k));
            }
            std::vector<std::string> cells = {
                std::to_string(c.id), c.label, to_string(c.type), art ? art->id : "",
                art ? art->outlet : "", std::to_string(mention.span.begin),
                std::to_string(mention.span.end), std::string(text_of(analysis, mention)),
                std::string(claim_name(analysis, mention.speaker)),
                std::string(claim_name(analysis, mention.source)),
                mention.hedged ? "true" : "false", mention.negated ? "true" : "false", quantities,
                c.reference == static_cast<int>(m) ? "true" : "false", differences, changes};
            if (notes) cells.push_back(note); // on every row of the claim: a filter keeps it
            row(out, cells);
        }
    }
    return out;
}

std::string search_csv(const Analysis& analysis, std::string_view query, const std::vector<SearchHit>& hits) {
    std::string out(kUtf8Bom);
    row(out, {"query", "result", "article", "outlet", "title", "found", "aligned_with", "begin", "end", "match",
              "context"});
    for (std::size_t r = 0; r < hits.size(); ++r) {
        const SearchHit& h = hits[r];
        const Article* art = article_at(analysis, h.article);
        const Article* from = h.reworded ? article_at(analysis, h.from_article) : nullptr;
        row(out, {query, std::to_string(r + 1), art ? art->id : "", art ? art->outlet : "", art ? art->title : "",
                  h.reworded ? "reworded" : "literal", from ? from->outlet : "", std::to_string(h.match.begin),
                  std::to_string(h.match.end), span_text(art, h.match), span_text(art, h.context)});
    }
    return out;
}

std::string alignments_csv(const Analysis& analysis, const std::vector<Alignment>& alignments) {
    std::string out(kUtf8Bom);
    row(out, {"score", "kind", "article_a", "outlet_a", "begin_a", "end_a", "text_a", "article_b", "outlet_b",
              "begin_b", "end_b", "text_b"});
    for (const Alignment& al : alignments) {
        const Article* a = article_at(analysis, al.a);
        const Article* b = article_at(analysis, al.b);
        row(out, {share(al.score), to_string(al.kind), a ? a->id : "", a ? a->outlet : "", std::to_string(al.a_span.begin),
                  std::to_string(al.a_span.end), span_text(a, al.a_span), b ? b->id : "", b ? b->outlet : "",
                  std::to_string(al.b_span.begin), std::to_string(al.b_span.end), span_text(b, al.b_span)});
    }
    return out;
}

std::string shared_spans_csv(const Analysis& analysis, int article, const std::vector<SharedSpan>& spans) {
    std::string out(kUtf8Bom);
    row(out, {"article", "outlet", "begin", "end", "text", "shared_as", "other_article", "other_outlet",
              "other_begin", "other_end", "other_text"});
    const Article* art = article_at(analysis, article);
    for (const SharedSpan& s : spans) {
        const Article* other = article_at(analysis, s.other);
        row(out, {art ? art->id : "", art ? art->outlet : "", std::to_string(s.span.begin), std::to_string(s.span.end),
                  span_text(art, s.span), to_string(s.kind), other ? other->id : "", other ? other->outlet : "",
                  std::to_string(s.other_span.begin), std::to_string(s.other_span.end),
                  span_text(other, s.other_span)});
    }
    return out;
}

std::string passages_csv(const Analysis& analysis, const UserNotes* notes) {
    std::string out(kUtf8Bom);
    std::vector<std::string> header = {"passage", "outlets", "article", "outlet", "begin", "end", "text"};
    if (notes) header.push_back("note");
    row(out, header);
    for (std::size_t pi = 0; pi < analysis.passages.size(); ++pi) {
        const Passage& p = analysis.passages[pi];
        std::set<int> articles;
        for (const PassageMember& m : p.members) articles.insert(m.article);
        const std::string note =
            notes ? notes->get(note_key_for_passage(analysis, static_cast<int>(pi))) : std::string();
        for (const PassageMember& m : p.members) {
            const Article* art = article_at(analysis, m.article);
            std::vector<std::string> cells = {std::to_string(p.id), std::to_string(articles.size()),
                                              art ? art->id : "", art ? art->outlet : "",
                                              std::to_string(m.span.begin), std::to_string(m.span.end),
                                              std::string(span_text(art, m.span))};
            if (notes) cells.push_back(note);
            row(out, cells);
        }
    }
    return out;
}

} // namespace wiretrace
