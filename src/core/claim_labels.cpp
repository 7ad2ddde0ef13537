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

// Words a clause can open with that make it read as a sentence: a name, a figure, a pronoun or
// a determiner. A clause opening otherwise ("reignited the conflict …", "killing dozens of
// fighters", "when the bank expects …") is a fragment of its sentence.
bool opens_sentence(const SurfaceToken& t) {
    if (t.kind == SurfaceToken::Number) return true;
    if (t.kind != SurfaceToken::Word) return false;
    return t.capitalised ||
           in_word_list(t.lower,
                        {"he",        "she",        "it",       "they",   "we",      "i",
                         "you",       "the",        "a",        "an",     "his",     "her",
                         "its",       "their",      "our",      "this",   "these",   "those",
                         "some",      "many",       "most",     "no",     "several", "each",
                         "every",     "all",        "both",     "one",    "two",     "three",
                         "four",      "five",       "six",      "seven",  "eight",   "nine",
                         "ten",       "another",    "more",     "nobody", "none",    "dozens",
                         "hundreds",  "thousands",  "millions", "tens",   "scores",  "police",
                         "officials", "authorities"});
}

// After a source ("Solberg did not say [when the bank …]", "[in a statement]"), words that
// leave what follows the source unreadable on its own.
bool opens_clause_badly(const SurfaceToken& t) {
    return t.kind == SurfaceToken::Word &&
           in_word_list(t.lower,
                        {"when", "whether", "if",   "in",    "on",      "at",     "by",    "for",
                         "with", "from",    "as",   "that",  "after",   "before", "since", "while",
                         "how",  "why",     "what", "where", "account", "of"});
}

// The first word token of `span`, or null.
const SurfaceToken* first_word(const std::vector<SurfaceToken>& tk) {
    for (const SurfaceToken& t : tk)
        if (t.kind != SurfaceToken::Symbol) return &t;
    return nullptr;
}

// Whether the mention's label would read as a sentence: its claim clause opens like one, or
// it has a shared subject to put in front.
bool reads_as_sentence(const std::string& text, const MentionInfo& m) {
    if (!m.subject.empty() && m.subject.end <= m.m.span.begin) return true;
    ByteSpan span = m.claim_span.empty() ? m.m.span : m.claim_span;
    std::vector<SurfaceToken> tk = scan_surface(text, span);
    const SurfaceToken* w = first_word(tk);
    if (!w) return false;
    if (opens_sentence(*w)) return true;
    // "SANA said [government jets struck …]": the whole sentence reads, source and all.
    if (m.source_first && !m.m.source_span.empty()) {
        std::vector<SurfaceToken> all = scan_surface(text, m.m.span);
        const SurfaceToken* a = first_word(all);
        return a && opens_sentence(*a);
    }
    return false;
}

// A short headline in the words of the mention as written: the claim clause, without its
// source attribution and without comma-delimited asides, at most kLabelMax characters, cut at
// a clause boundary when one comes late enough, else at a word, and never mid-word.
// The label of a clause that cannot stand alone and has no subject to borrow ("killing dozens
// of fighters", "to avoid bloodshed …"): the sentence it hangs from, after the attribution's
// "that", and when that is too long its end with an ellipsis in front ("…attacking insurgents
// in Hama province, killing dozens of fighters").
std::string context_label(const std::string& text, ByteSpan sentence, ByteSpan span,
                          const MentionInfo& m, const std::string& prefix) {
    constexpr std::size_t kLabelMax = 90;
    std::uint32_t b = sentence.begin;
    const ByteSpan src = m.m.source_span;
    std::string before; // the sentence before the attribution, when the clause follows its verb
    if (!src.empty() && src.begin >= sentence.begin && src.end <= span.begin) {
        b = src.end;
        std::vector<SurfaceToken> tk = scan_surface(text, {src.end, span.begin});
        std::size_t words = 0;
        for (const SurfaceToken& t : tk) {
            if (t.kind == SurfaceToken::Symbol) continue;
            if (++words > 10) break;
            if (t.lower == "that") {
                b = t.span.end;
                break;
            }
        }
        // "…the army's decision to withdraw, it said to avoid bloodshed": no "that", so the
        // clause hangs from what came before the attribution, which is left out.
        if (b == src.end && src.begin > sentence.begin) {
            before = text.substr(sentence.begin, src.begin - sentence.begin);
            while (!before.empty() && std::strchr(" \n,;:", before.back())) before.pop_back();
            if (!before.empty()) before += ' ';
            b = span.begin;
        }
    }
    std::string ctx = before + text.substr(b, span.end - b);
    auto trim = [](std::string& x) {
        while (!x.empty() && std::strchr(" \n,;:", x.front())) x.erase(x.begin());
        while (!x.empty() && std::strchr(" \n,;:.", x.back())) x.pop_back();
    };
    trim(ctx);
    if (display_length(prefix) + display_length(ctx) <= kLabelMax)
        return prefix + capitalise_first(ctx);
    std::size_t from = ctx.size();
    while (from > 0 &&
           display_length(prefix) + display_length(ctx.substr(from - 1)) < kLabelMax - 1)
        --from;
    std::size_t space = ctx.find(' ', from);
    if (space == std::string::npos) return prefix + capitalise_first(ctx);
    return prefix + "\xE2\x80\xA6" + ctx.substr(space + 1);
}

// Whether a clause opens as a relative clause: "which …", "who …", "whose owners …", or a part
// of its noun first ("parts of which …", "most of whom …"). Such a clause was set off from its noun
// by a comma, and its label gives the noun back with that comma.
bool opens_relative_clause(const std::vector<SurfaceToken>& tk) {
    std::size_t words = 0;
    const SurfaceToken* before = nullptr;
    for (const SurfaceToken& t : tk) {
        if (t.kind == SurfaceToken::Symbol) continue;
        const bool relative = in_word_list(t.lower, {"which", "who", "whom", "whose"});
        if (relative && (words == 0 || (before && before->lower == "of"))) return true;
        if (++words == 4) break;
        before = &t;
    }
    return false;
}

std::string clause_label(const std::string& text, const MentionInfo& m, ByteSpan sentence) {
    constexpr std::size_t kLabelMax = 90, kClauseMin = 45;
    ByteSpan span = m.claim_span.empty() ? m.m.span : m.claim_span;
    std::string prefix;
    bool lower_case = false; // the clause goes on from a subject: its first word as written
    bool whole = false;      // the label is the whole mention, its attribution included
    if (m.source_first && m.m.source) {
        // "SANA: government jets struck …" when what follows the source reads as a sentence;
        // else the sentence as written ("Solberg did not say when the bank expects to …", not
        // "Solberg: When the bank expects …"; "Her spokesman denied that account", not "Her:
        // Account").
        std::vector<SurfaceToken> claim = scan_surface(text, span);
        const SurfaceToken* w = first_word(claim);
        std::size_t words = 0;
        for (const SurfaceToken& t : claim) words += t.kind != SurfaceToken::Symbol;
        if (w && !opens_clause_badly(*w) && words >= 2)
            prefix = capitalise_first(*m.m.source) + ": ";
        else
            span = m.m.span, whole = true;
    }
    std::vector<SurfaceToken> tk = scan_surface(text, span);
    const std::size_t n = tk.size();
    // A clause that cannot stand alone: the source is its subject when it is a verb phrase
    // ("[Syria's defense minister] … and vowed to gain back lost areas"), else the sentence
    // it hangs from gives the context (see context_label).
    const bool has_subject = !m.subject.empty() && m.subject.end <= span.begin;
    if (const SurfaceToken* w = first_word(tk); w && !has_subject && !opens_sentence(*w)) {
        const bool participle =
            w->lower == "to" ||
            (w->lower.size() > 4 && w->lower.compare(w->lower.size() - 3, 3, "ing") == 0);
        const bool past_verb =
            w->lower.size() > 3 && w->lower.compare(w->lower.size() - 2, 2, "ed") == 0;
        if (past_verb && !prefix.empty() && m.m.source && !whole) {
            prefix = capitalise_first(*m.m.source) + " ";
            lower_case = true;
        } else if (participle && !sentence.empty() && sentence.begin < span.begin) {
            return context_label(text, sentence, span, m, prefix);
        }
    }
    auto is_word = [&](std::size_t k) { return tk[k].kind != SurfaceToken::Symbol; };

    // Which tokens are attribution ("according to X") rather than claim.
    std::vector<bool> skip(n, false);
    // A wire dateline is where the story was filed, not what it says.
    for (std::size_t k = 0, d = dateline_tokens(tk); k < d; ++k) skip[k] = true;
    // An opening connective ("However, Moscow has …") belongs to the paragraph before.
    for (std::size_t k = 0; k < n; ++k) {
        if (skip[k] || tk[k].kind == SurfaceToken::Symbol) continue;
        if (in_word_list(tk[k].lower, {"however", "meanwhile", "moreover", "nevertheless",
                                       "separately", "but", "and", "also"})) {
            skip[k] = true;
            if (k + 1 < n && tk[k + 1].lower == ",") skip[k + 1] = true;
        }
        break;
    }
    for (std::size_t k = 0; k < n && !whole; ++k) {
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

    // A clause that shares its subject with the one before gets it back ("Their sudden capture
    // of Aleppo … reignited the conflict", not "Reignited the conflict"), also where the
    // subject is the source ("Syria's defense minister vowed …", not "…: Vowed …").
    if ((prefix.empty() || (m.source_first && !whole)) && !m.subject.empty() &&
        m.subject.end <= span.begin) {
        std::vector<SurfaceToken> st = scan_surface(text, m.subject);
        std::size_t d = dateline_tokens(st);
        if (d < st.size()) {
            // Without an appositive ("Their sudden capture of Aleppo[, an ancient business
            // hub]").
            std::uint32_t end = m.subject.end;
            for (std::size_t k = d + 1; k < st.size(); ++k)
                if (st[k].lower == ",") {
                    end = st[k].span.begin;
                    break;
                }
            std::string subject = text.substr(st[d].span.begin, end - st[d].span.begin);
            while (!subject.empty() && std::strchr(",;: ", subject.back())) subject.pop_back();
            if (!subject.empty())
                prefix = capitalise_first(subject) + (opens_relative_clause(tk) ? ", " : " "),
                lower_case = true;
        }
    }

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
            // The sentence ends, unless the full stop is an abbreviation's ("Feb. 4",
            // "Dr. Okafor", "the U.S. economy": a figure, a lower-case word or a name follows a
            // short capitalised word).
            if (tk[k].lower == "." && ends.size() >= 4) {
                const bool abbreviation =
                    prev < n && tk[prev].kind == SurfaceToken::Word && tk[prev].capitalised &&
                    tk[prev].lower.size() <= 4 && k + 1 < n &&
                    (tk[k + 1].kind == SurfaceToken::Number ||
                     (tk[k + 1].kind == SurfaceToken::Word && !tk[k + 1].capitalised) ||
                     in_word_list(tk[prev].lower,
                                  {"dr", "mr", "mrs", "ms", "gen", "col", "lt", "sgt", "st", "rev",
                                   "prof", "gov", "sen", "rep"}));
                // "2 a.m.", "5 p.m.": letters and full stops written together are one word,
                // kept whole with its last full stop.
                const auto letter = [&](std::size_t j) {
                    return j < n && tk[j].kind == SurfaceToken::Word && tk[j].lower.size() == 1 &&
                           !tk[j].capitalised;
                };
                const bool initialism_inside =
                    letter(prev) && letter(k + 1) && !tk[k].space_before && !tk[k + 1].space_before;
                if (!abbreviation && !initialism_inside) break;
            }
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
        // A unit sign written against its figure goes with it even when the label is cut after
        // the figure ("52.4%", not "52.4").
        if (tk[k].kind == SurfaceToken::Number && k + 1 < n && !skip[k + 1] &&
            tk[k + 1].lower == "%" && !tk[k + 1].space_before) {
            out.append(text, tk[k].span.end, tk[k + 1].span.end - tk[k].span.end);
            prev = ++k;
        }
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
        // So does a unit sign written against the figure ("4.1%").
        while (k < n && !skip[k] && tk[k].kind == SurfaceToken::Symbol &&
               (tk[k].lower == ")" || tk[k].codepoint == 0x201D || tk[k].codepoint == 0x2019 ||
                tk[k].lower == "\"" || (tk[k].lower == "%" && !tk[k].space_before))) {
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
    return prefix + (lower_case ? out : capitalise_first(out));
}

} // namespace

// How many word tokens [from, to) of `tk` a dateline takes at the opening of a wire story
// ("PORT HALVEN, Kestria (Meridian) — ", "VIENNA (MN) — ", "HARMSBY, Dec 3 (CWS) - "): up to a
// dash within the first dozen tokens, after a closing bracket or a word in capitals; a spaced
// hyphen only after the bracket (plain-text wire copy types the dash so). 0 when there is none.
std::size_t dateline_tokens(const std::vector<SurfaceToken>& tk) {
    bool bracket = false, capitals = false;
    std::size_t words = 0;
    for (std::size_t k = 0; k < tk.size() && words <= 12; ++k) {
        const SurfaceToken& t = tk[k];
        if (t.kind == SurfaceToken::Symbol) {
            if (t.lower == ")") bracket = true;
            if ((t.codepoint == 0x2014 || t.codepoint == 0x2013) && (bracket || capitals))
                return k + 1;
            if (t.codepoint == '-' && bracket && t.space_before) return k + 1;
            continue;
        }
        if (words == 0 && t.kind == SurfaceToken::Word && t.lower.size() >= 3)
            capitals = t.all_caps;
        ++words;
    }
    return 0;
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Entry point
//-------------------------------------------------------------------------------------------------

std::string claim_label(const Analysis& analysis, const Mentions& mentions, std::size_t first,
                        std::size_t last, ClaimType type) {
    const bool quote = type == ClaimType::Quote;
    // The label comes from the first mention that shows the claim's type best.
    const MentionInfo* lead = &mentions[first];
    if (!quote)
        // The first mention whose clause reads as a sentence: another outlet's "Her rival Daniel
        // Frey conceded before midnight" over the wire's "… and conceded shortly before
        // midnight".
        for (std::size_t i = first; i < last; ++i) {
            const std::string& t =
                analysis.corpus.articles[static_cast<std::size_t>(mentions[i].m.article)].text;
            if (reads_as_sentence(t, mentions[i])) {
                lead = &mentions[i];
                break;
            }
        }
    if (quote)
        for (std::size_t i = first; i < last; ++i)
            if (mentions[i].quote_mention && mentions[i].m.speaker) {
                lead = &mentions[i];
                break;
            }
    const std::string& text =
        analysis.corpus.articles[static_cast<std::size_t>(lead->m.article)].text;
    if (quote && lead->quote_mention) return quote_label(text, *lead);
    // The sentence the lead mention starts in.
    ByteSpan sentence{};
    const std::size_t art = static_cast<std::size_t>(lead->m.article);
    if (art < analysis.articles.size()) {
        const std::vector<ByteSpan>& ss = analysis.articles[art].sentences;
        auto it =
            std::upper_bound(ss.begin(), ss.end(), lead->m.span.begin,
                             [](std::uint32_t at, const ByteSpan& x) { return at < x.begin; });
        if (it != ss.begin() && (it - 1)->end >= lead->m.span.end) sentence = *(it - 1);
    }
    return clause_label(text, *lead, sentence);
}

} // namespace wiretrace::claims_internal
