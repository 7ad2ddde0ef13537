// claim_labels.cpp — step 4 of the claims engine (claims.h): a short readable name for each
// claim, in the words of one of its mentions as written.
//
// [SECTION] Labels
// [SECTION] Entry point
#include "claims_internal.h"

#include "boilerplate.h"
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
// [SECTION] Labels
//-------------------------------------------------------------------------------------------------

std::string capitalise_first(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
    return s;
}

std::string quote_label(const std::string& text, const MentionInfo& m) {
    // The first quotation of four words or more (else the longest), its first ten words.
    ByteSpan best{};
    for (ByteSpan q : m.m.quotes) {
        std::size_t nw = 0;
        for (const SurfaceToken& t : scan_surface(text, q)) nw += t.kind != SurfaceToken::Symbol;
        if (nw >= 4) {
            best = q;
            break;
        }
        if (q.size() > best.size()) best = q;
    }
    std::vector<SurfaceToken> tk = scan_surface(text, best);
    std::size_t words = 0, end = best.begin;
    bool cut = false;
    for (const SurfaceToken& t : tk) {
        if (t.kind == SurfaceToken::Symbol) continue;
        if (++words > 10) {
            cut = true;
            break;
        }
        end = t.span.end;
    }
    std::string s = text.substr(best.begin, end - best.begin);
    while (!s.empty() && std::strchr(",.;:", s.back())) s.pop_back();
    s = "\xE2\x80\x9C" + s + (cut ? "\xE2\x80\xA6" : "") + "\xE2\x80\x9D";
    if (m.m.speaker) s += " \xE2\x80\x94 " + *m.m.speaker;
    return s;
}

// Display width of UTF-8 text: code points, not bytes.
std::size_t display_length(std::string_view s) {
    std::size_t n = 0;
    for (char ch : s) n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
    return n;
}

// A label ending on one of these words reads as broken off mid-phrase ("… on whether it…").
bool weak_label_end(std::string_view lower) {
    return in_word_list(
        lower, {"a",      "an",    "the",     "and",   "or",     "but",       "of",      "to",
                "in",     "on",    "at",      "by",    "for",    "from",      "with",    "as",
                "into",   "that",  "which",   "who",   "whom",   "whose",     "whether", "it",
                "its",    "their", "his",     "her",   "is",     "are",       "was",     "were",
                "be",     "been",  "has",     "have",  "had",    "amid",      "after",   "before",
                "while",  "when",  "where",   "if",    "than",   "toward",    "towards", "against",
                "over",   "under", "between", "about", "during", "following", "not",     "no",
                "this",   "these", "those",   "such",  "being",  "would",     "will",    "could",
                "should", "can",   "may",     "might", "so",     "said"});
}

// A comma-delimited insertion a headline can do without: a relative clause or an appositive
// (", whom he described as …,", ", an ancient business hub,", ", two towns just north of …,").
bool droppable_insertion_start(const SurfaceToken& t) {
    if (t.kind == SurfaceToken::Number) return true;
    return t.kind == SurfaceToken::Word &&
           in_word_list(t.lower, {"who",  "whom",   "which", "whose",  "where", "a",     "an",
                                  "the",  "parts",  "one",   "two",    "three", "four",  "five",
                                  "both", "itself", "led",   "backed", "based", "known", "called"});
}

bool clause_boundary(const SurfaceToken& t) {
    return t.kind == SurfaceToken::Symbol &&
           (t.lower == "," || t.lower == ";" || t.lower == ":" || t.lower == "." ||
            t.codepoint == 0x2014 || t.codepoint == 0x2013);
}

// A short headline in the words of the mention as written: the claim clause, without its
// source attribution and without comma-delimited asides, at most kLabelMax characters, cut at
// a clause boundary when one comes late enough, else at a word, and never mid-word.
std::string clause_label(const std::string& text, const MentionInfo& m) {
    constexpr std::size_t kLabelMax = 90, kClauseMin = 45;
    ByteSpan span = m.claim_span.empty() ? m.m.span : m.claim_span;
    std::vector<SurfaceToken> tk = scan_surface(text, span);
    const std::size_t n = tk.size();
    auto is_word = [&](std::size_t k) { return tk[k].kind != SurfaceToken::Symbol; };

    // Which tokens are attribution ("according to X") rather than claim.
    std::vector<bool> skip(n, false);
    for (std::size_t k = 0; k < n; ++k) {
        const SurfaceToken& t = tk[k];
        if (!m.m.source_span.empty() && within(t.span, m.m.source_span)) skip[k] = true;
        if (!m.source_first && !m.m.source_span.empty() && t.kind == SurfaceToken::Word &&
            (t.lower == "according" || t.lower == "to") && k + 1 < n &&
            tk[k + 1].span.begin <= m.m.source_span.begin && t.span.end <= m.m.source_span.begin &&
            m.m.source_span.begin - t.span.end < 16)
            skip[k] = true;
    }
    // Asides between two commas, when the sentence goes on after them with a word.
    std::size_t words_seen = 0;
    for (std::size_t k = 0; k < n; ++k) {
        if (is_word(k)) {
            ++words_seen;
            continue;
        }
        if (tk[k].lower != "," || words_seen < 2 || k + 1 >= n ||
            !droppable_insertion_start(tk[k + 1]))
            continue;
        std::size_t e = k + 1, inner = 0;
        while (e < n &&
               !(tk[e].kind == SurfaceToken::Symbol &&
                 (tk[e].lower == "," || clause_boundary(tk[e]))) &&
               inner <= 16) {
            inner += is_word(e);
            ++e;
        }
        if (e >= n || tk[e].lower != "," || inner > 14 || e + 1 >= n || !is_word(e + 1) ||
            in_word_list(tk[e + 1].lower, {"and", "or", "but"}))
            continue;
        for (std::size_t j = k; j < e; ++j) skip[j] = true; // keep the closing comma's place
        skip[e] = true;
        k = e;
    }

    std::string prefix;
    if (m.source_first && m.m.source) prefix = capitalise_first(*m.m.source) + ": ";

    // Build the label; `ends` are the byte lengths after each word, with whether a clause
    // boundary follows that word.
    std::string out;
    struct End {
        std::size_t len;
        bool clause;
        bool weak;
    };
    std::vector<End> ends;
    std::size_t prev = n; // index of the previous kept token
    bool cut = false, started = false;
    for (std::size_t k = 0; k < n; ++k) {
        if (skip[k]) {
            // The attribution ends the claim once the claim has some words ("…, according to X").
            bool attribution = !m.m.source_span.empty() && within(tk[k].span, m.m.source_span);
            if (attribution && ends.size() >= 4) break;
            continue;
        }
        if (!is_word(k)) {
            if (!started) continue; // no leading punctuation
            if (clause_boundary(tk[k]) && !ends.empty()) ends.back().clause = true;
            if (tk[k].lower == "." && ends.size() >= 4) break; // the sentence ends
            continue;
        }
        std::string piece;
        if (!started) {
            piece = text.substr(tk[k].span.begin, tk[k].span.size());
        } else if (prev + 1 == k || [&] {
                       for (std::size_t j = prev + 1; j < k; ++j)
                           if (skip[j]) return false;
                       return true;
                   }()) {
            piece = text.substr(tk[prev].span.end, tk[k].span.end - tk[prev].span.end);
        } else {
            piece = " " + text.substr(tk[k].span.begin, tk[k].span.size());
        }
        if (display_length(prefix) + display_length(out) + display_length(piece) > kLabelMax - 1) {
            cut = true;
            break;
        }
        out += piece;
        started = true;
        prev = k;
        // A possessive ("Assad's") dangles as much as a preposition does.
        bool weak =
            tk[k].kind == SurfaceToken::Word &&
            (weak_label_end(tk[k].lower) ||
             (tk[k].lower.size() > 2 && tk[k].lower.compare(tk[k].lower.size() - 2, 2, "'s") == 0));
        ends.push_back({out.size(), false, weak});
    }
    if (ends.empty()) return prefix;
    std::size_t keep = ends.size();
    if (cut) {
        // The last clause boundary late enough, else the last word that does not dangle.
        std::size_t clause = 0;
        for (std::size_t i = ends.size(); i-- > 0;)
            if (ends[i].clause && display_length(prefix) + ends[i].len >= kClauseMin) {
                clause = i + 1;
                break;
            }
        if (clause) keep = clause;
        while (keep > 1 && ends[keep - 1].weak) --keep;
    } else {
        // Closing brackets and quotation marks right after the last word belong to it.
        std::size_t k = prev + 1;
        std::size_t len = ends.back().len;
        while (k < n && !skip[k] && tk[k].kind == SurfaceToken::Symbol &&
               (tk[k].lower == ")" || tk[k].codepoint == 0x201D || tk[k].codepoint == 0x2019 ||
                tk[k].lower == "\"")) {
            out.append(text, tk[k - 1].span.end, tk[k].span.end - tk[k - 1].span.end);
            len = out.size();
            ++k;
        }
        ends.back().len = len;
    }
    out.resize(ends[keep - 1].len);
    // An opening bracket or quotation mark left open by the cut goes with what it opened.
    auto unbalanced = [&](const char* open, const char* close) {
        std::size_t o = out.rfind(open);
        return o != std::string::npos && (out.find(close, o) == std::string::npos);
    };
    while (unbalanced("(", ")") || unbalanced("\xE2\x80\x9C", "\xE2\x80\x9D")) {
        std::size_t o = std::max(
            out.rfind('(') == std::string::npos ? 0 : out.rfind('('),
            out.rfind("\xE2\x80\x9C") == std::string::npos ? 0 : out.rfind("\xE2\x80\x9C"));
        out.resize(o);
        while (!out.empty() && (out.back() == ' ' || std::strchr(",;:", out.back())))
            out.pop_back();
        cut = true;
    }
    if (keep < ends.size()) cut = true;
    while (!out.empty() && std::strchr(",;:- ", out.back())) out.pop_back();
    if (cut) out += "\xE2\x80\xA6";
    return prefix + capitalise_first(out);
}

} // namespace

//-------------------------------------------------------------------------------------------------
// [SECTION] Entry point
//-------------------------------------------------------------------------------------------------

std::string claim_label(const Analysis& analysis, const Mentions& mentions, std::size_t first,
                        std::size_t last, ClaimType type) {
    const bool quote = type == ClaimType::Quote;
    // The label comes from the first mention that shows the claim's type best.
    const MentionInfo* lead = &mentions[first];
    if (quote)
        for (std::size_t i = first; i < last; ++i)
            if (mentions[i].quote_mention && mentions[i].m.speaker) {
                lead = &mentions[i];
                break;
            }
    const std::string& text =
        analysis.corpus.articles[static_cast<std::size_t>(lead->m.article)].text;
    return quote && lead->quote_mention ? quote_label(text, *lead) : clause_label(text, *lead);
}

} // namespace wiretrace::claims_internal
