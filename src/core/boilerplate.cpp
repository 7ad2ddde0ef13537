// boilerplate.cpp — line rules for page furniture (see boilerplate.h for the rules in prose).
//
// Index
//   [SECTION] Line features
//   [SECTION] Rules
//   [SECTION] Spans
#include "boilerplate.h"

#include "text.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace wiretrace {

namespace {

// [SECTION] Line features
// ---------------------------------------------------------------------------

struct Line {
    ByteSpan span;         // trimmed
    std::string words;     // folded words joined by single spaces, with a leading and trailing
                           // space so " log in" matches whole-word prefixes
    std::string raw_lower; // ASCII-lower-cased raw bytes, for symbols and "photo:" style credits
    int word_count = 0;
    int pronouns = 0;      // we/us/our/you/your outside quotation marks
    bool terminal = false; // ends with . ! ? or one of them followed by closing quotes
    bool furniture = false;
};

bool ends_with_terminal(std::string_view s) {
    // Strip closing quotes/brackets: ”  ’  "  '  )  (UTF-8 for the curly ones).
    while (!s.empty()) {
        if (s.size() >= 3 && (s.substr(s.size() - 3) == "\xE2\x80\x9D" ||
                              s.substr(s.size() - 3) == "\xE2\x80\x99")) {
            s.remove_suffix(3);
        } else if (s.back() == '"' || s.back() == '\'' || s.back() == ')') {
            s.remove_suffix(1);
        } else {
            break;
        }
    }
    if (s.empty()) return false;
    char c = s.back();
    if (c == '.' || c == '!' || c == '?') return true;
    return s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x80\xA6"; // …
}

Line describe(std::string_view text, ByteSpan span) {
    Line l;
    l.span = span;
    std::string_view s = text.substr(span.begin, span.size());
    l.raw_lower.reserve(s.size());
    for (char c : s)
        l.raw_lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    // No-break spaces (U+00A0) are common in scraped names ("The Independent"): make them plain
    // spaces so the outlet's name is found.
    for (std::size_t i = 0; (i = l.raw_lower.find("\xC2\xA0", i)) != std::string::npos;)
        l.raw_lower.replace(i, 2, " ");
    l.terminal = ends_with_terminal(s);

    // Quotation state: only double quotes count ("“…”" and straight '"'); single quotes double
    // as apostrophes ("it's", "Musk's") and would flip the state at random.
    std::vector<bool> quoted_at; // per byte of s
    quoted_at.resize(s.size());
    bool inside = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s.compare(i, 3, "\xE2\x80\x9C") == 0)
            inside = true;
        else if (s.compare(i, 3, "\xE2\x80\x9D") == 0)
            inside = false;
        else if (s[i] == '"')
            inside = !inside;
        quoted_at[i] = inside;
    }

    std::vector<WordSpan> ws;
    scan_words(text, span, ws);
    l.word_count = static_cast<int>(ws.size());
    l.words = " ";
    for (const WordSpan& w : ws) {
        std::string f = fold_word(text.substr(w.span.begin, w.span.size()));
        bool q = quoted_at[w.span.begin - span.begin];
        if (!q && (f == "we" || f == "us" || f == "our" || f == "you" || f == "your")) ++l.pronouns;
        l.words += f;
        l.words += ' ';
    }
    return l;
}

bool has(const std::string& hay, const char* needle) {
    return hay.find(needle) != std::string::npos;
}

// [SECTION] Rules
// -----------------------------------------------------------------------------------

// Phrases that in news prose almost only occur in site furniture. Matched as whole-word prefixes
// on folded words (" notification" also matches "notifications").
const char* const kPromptPhrases[] = {
    " notification", " newsletter",    " subscribe",        " subscription",
    " subscriber",   " sign up ",      " signing up ",      " log in ",
    " logged in ",   " login ",        " sign in ",         " signed in ",
    " registering ", " register now ", " refresh the page", " refresh your browser",
    " browser",      " donation",      " donate ",          " advertisement",
    " cookies ",     " paywall",       " click here ",      " read more ",
    " share this ",  " follow us ",    " download our app", " premium "};

// Words of an appeal for money or loyalty; counted together with first/second person.
const char* const kAppealWords[] = {" support",    " donat",     " journalism",
                                    " journalist", " reporting", " paywall",
                                    " subscri",    " afford",    " independent journalism"};

// Credit and caption markers on the raw (ASCII lower-cased) line.
const char* const kCreditMarkers[] = {"(copyright",   "copyright 20", "all rights reserved",
                                      "\xC2\xA9",     "photo:",       "photograph:",
                                      "image:",       "picture:",     "credit:",
                                      "getty images", "ap photo",     "(photo",
                                      "/reuters",     "/afp"};

// Imperatives that open prompts ("Please refresh…", "Stay up to date…", "Sign up…").
const char* const kImperatives[] = {" please ", " stay ",     " sign ",   " subscribe ",
                                    " click ",  " follow ",   " share ",  " register ",
                                    " join ",   " download ", " donate ", " support "};

int count_hits(const std::string& s, const char* const* begin, const char* const* end) {
    int n = 0;
    for (const char* const* p = begin; p != end; ++p) n += has(s, *p) ? 1 : 0;
    return n;
}

bool starts_with_any(const std::string& words, const char* const* begin, const char* const* end) {
    for (const char* const* p = begin; p != end; ++p)
        if (words.compare(0, std::char_traits<char>::length(*p), *p) == 0) return true;
    return false;
}

bool is_separator(const Line& l) {
    return l.word_count == 0;
}

bool is_prompt(const Line& l, bool names_outlet) {
    if (l.word_count > 30) return false;
    int hits = count_hits(l.words, std::begin(kPromptPhrases), std::end(kPromptPhrases));
    if (hits == 0) return false;
    bool second = l.pronouns > 0 || !l.terminal || names_outlet ||
                  starts_with_any(l.words, std::begin(kImperatives), std::end(kImperatives));
    return hits >= 2 || second;
}

bool is_appeal(const Line& l, bool names_outlet) {
    if (l.pronouns < 2) return false;
    int appeal = count_hits(l.words, std::begin(kAppealWords), std::end(kAppealWords));
    return names_outlet || appeal >= 2;
}

bool is_credit(const Line& l) {
    return l.word_count <= 40 &&
           count_hits(l.raw_lower, std::begin(kCreditMarkers), std::end(kCreditMarkers)) > 0;
}

// Contributor credits: "X contributed to this report (from Y).", "Reporting by X; Editing by Y",
// "Additional reporting by X". Short lines only, so a story sentence quoting one is kept.
const char* const kContributorOpeners[] = {" reporting by ",  " additional reporting by ",
                                           " editing by ",    " writing by ",
                                           " compiled by ",   " reporting and writing by "};

bool is_contributor_credit(const Line& l) {
    if (l.word_count > 30) return false;
    return has(l.words, " contributed to this report ") ||
           has(l.words, " contributed reporting ") ||
           starts_with_any(l.words, std::begin(kContributorOpeners), std::end(kContributorOpeners));
}

bool is_story_paragraph(const Line& l) {
    return !l.furniture && l.terminal && l.word_count >= 12;
}

} // namespace

// [SECTION] Spans
// -----------------------------------------------------------------------------------

std::vector<ByteSpan> detect_boilerplate(const Article& article) {
    const std::string& text = article.text;
    std::vector<Line> lines;
    for (ByteSpan p : split_paragraphs(text)) lines.push_back(describe(text, p));

    std::string outlet;
    for (char c : article.outlet)
        outlet.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    // A neutral label such as "Unnamed outlet (AP copy)" names nobody; only a real name counts.
    bool outlet_usable = outlet.size() >= 4 && outlet.find("unnamed") == std::string::npos;

    for (Line& l : lines) {
        bool names_outlet = outlet_usable && has(l.raw_lower, outlet.c_str());
        l.furniture = is_separator(l) || is_prompt(l, names_outlet) || is_appeal(l, names_outlet) ||
                      is_credit(l) || is_contributor_credit(l);
    }
    // A caption is often printed twice: "Syria Opposition" then "Syria Opposition (Copyright …)".
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        Line& l = lines[i];
        const Line& next = lines[i + 1];
        if (!l.furniture && next.furniture && !l.terminal && l.word_count <= 8 &&
            next.raw_lower.compare(0, l.raw_lower.size(), l.raw_lower) == 0)
            l.furniture = true;
    }
    // Header block: headline, standfirst, byline, dateline and section tags come before the first
    // story paragraph and, unlike it, carry no full stop (or are short and speak to the reader).
    std::size_t first = lines.size(), last = lines.size();
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (is_story_paragraph(lines[i])) {
            if (first == lines.size()) first = i;
            last = i;
        }
    if (first != lines.size()) {
        for (std::size_t i = 0; i < first; ++i) {
            Line& l = lines[i];
            bool names_outlet = outlet_usable && has(l.raw_lower, outlet.c_str());
            if (!l.terminal || (l.word_count < 12 && (l.pronouns > 0 || names_outlet)))
                l.furniture = true;
        }
        // Trailer: after the last story paragraph, short unpunctuated lines are tags, "Related"
        // links and share buttons.
        for (std::size_t i = last + 1; i < lines.size(); ++i)
            if (!lines[i].terminal && lines[i].word_count < 12) lines[i].furniture = true;
    }

    std::vector<ByteSpan> out;
    for (const Line& l : lines) {
        if (!l.furniture) continue;
        if (!out.empty()) {
            // Merge with the previous span when only white space lies between.
            bool only_space = true;
            for (std::uint32_t k = out.back().end; k < l.span.begin; ++k)
                if (!std::isspace(static_cast<unsigned char>(text[k]))) only_space = false;
            if (only_space) {
                out.back().end = l.span.end;
                continue;
            }
        }
        out.push_back(l.span);
    }
    return out;
}

std::uint32_t boilerplate_overlap(const std::vector<ByteSpan>& boilerplate, ByteSpan span) {
    auto it = std::lower_bound(boilerplate.begin(), boilerplate.end(), span.begin,
                               [](ByteSpan b, std::uint32_t pos) { return b.end <= pos; });
    std::uint32_t n = 0;
    for (; it != boilerplate.end() && it->begin < span.end; ++it) {
        std::uint32_t b = std::max(it->begin, span.begin), e = std::min(it->end, span.end);
        if (e > b) n += e - b;
    }
    return n;
}

} // namespace wiretrace
