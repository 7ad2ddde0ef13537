// surface.h — surface tokens of article text for the claims engine's rules: words as written
// (with their capitalisation), numbers as written, and the punctuation between them.
//
// Why not text.h's tokenize(): that one is for matching (case folded, stemmed, punctuation
// dropped). Quote, speaker, attribution and quantity rules need exactly what it throws away:
// "Gen." versus "gen", a comma before "said", the "(" of "5 kilometers (3 miles)", a "%".
//
// Offsets are UTF-8 byte offsets into the text that was scanned. Scanning is one linear pass;
// it never fails (bytes that are not letters, digits or known punctuation become Symbol tokens).
//
//   for (const SurfaceToken& t : scan_surface(text, sentence))
//       if (t.kind == SurfaceToken::Word && t.capitalised) …   // "Homs", "SANA", "al-Sham"
#pragma once

#include "analysis.h"

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace wiretrace {

struct SurfaceToken {
    enum Kind : std::uint8_t { Word, Number, Symbol } kind = Word;
    ByteSpan span;
    // Word: ASCII-lowercased text with typographic apostrophes folded to '\'' ("assad's").
    // Number: the digits without thousands separators ("1000.5"). Symbol: the code point as
    // written.
    std::string lower;
    bool capitalised = false; // Word: first letter upper case ("Homs", "al-Sham" counts: see below)
    bool all_caps = false;    // Word: every letter upper case and at least two letters ("SANA")
    // Number only.
    double value = 0;
    int decimals = 0;            // digits after the decimal point as written
    std::uint32_t codepoint = 0; // Symbol only
    bool space_before = false;   // white space between the previous token and this one
};

// Scans text[span]. Words keep inner hyphens and apostrophes ("Britain-based", "Ba’ath",
// "let’s"); "al-Sham" is `capitalised` because an Arabic article particle before a capital
// does not make a name lower case. Numbers take "1,000.5" (thousands separators only when
// followed by exactly three digits) and stop before any letter ("3.5m" → Number 3.5, Word "m"
// with space_before false). Linear in span.size().
std::vector<SurfaceToken> scan_surface(std::string_view text, ByteSpan span);

// Decodes the UTF-8 code point at text[i] (returns U+FFFD and length 1 for a bad byte).
std::uint32_t decode_utf8(std::string_view text, std::size_t i, int* length);

// True for the opening/closing double quotation marks we recognise: " “ ” „ « ».
bool is_double_quote(std::uint32_t cp);

// True when `w` is one of `list` (the claims and quotes stages' small word lists). Compares the
// first byte before the whole word: these lists are checked for every token.
inline bool in_word_list(std::string_view w, std::initializer_list<const char*> list) {
    if (w.empty()) return false;
    for (const char* s : list) {
        if (w[0] != s[0]) continue;
        // Compare without strlen(s): these lists are read for every token.
        std::size_t i = 1;
        while (i < w.size() && s[i] == w[i]) ++i;
        if (i == w.size() && s[i] == '\0') return true;
    }
    return false;
}

} // namespace wiretrace
