// surface.cpp — see surface.h. Hand-written scanner: the rules need the text as written (case,
// punctuation, digits) and no tokenizer library available here keeps both spans and punctuation.
#include "surface.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace wiretrace {

std::uint32_t decode_utf8(std::string_view s, std::size_t i, int* length) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) {
        *length = 1;
        return 0xFFFD;
    }
    std::uint32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < n; ++k) {
        unsigned char cc = static_cast<unsigned char>(s[i + k]);
        if ((cc >> 6) != 2) {
            *length = 1;
            return 0xFFFD;
        }
        cp = (cp << 6) | (cc & 0x3F);
    }
    *length = n;
    return cp;
}

bool is_double_quote(std::uint32_t cp) {
    return cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0xAB || cp == 0xBB;
}

namespace {

bool is_space(std::uint32_t cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == 0x2009 ||
           cp == 0x202F || cp == 0x200B;
}
bool is_digit(std::uint32_t cp) {
    return cp >= '0' && cp <= '9';
}
// Letters: ASCII letters and every non-ASCII code point outside the Latin-1 punctuation range
// and the General Punctuation block (so Arabic, CJK and accented letters all count as letters).
bool is_letter(std::uint32_t cp) {
    if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    if (cp < 0xC0) return false;
    if (cp == 0xD7 || cp == 0xF7) return false;
    // General punctuation and currency signs: "€1.2bn" is a sign and a number, not a word.
    if (cp >= 0x2000 && cp <= 0x20CF) return false;
    if (cp >= 0x2190 && cp <= 0x2BFF) return false; // arrows, maths, shapes
    if (cp == 0xFFFD || cp == 0xFEFF) return false;
    return true;
}
bool is_upper(std::uint32_t cp) {
    return (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7);
}
bool is_lower(std::uint32_t cp) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 0xDF && cp <= 0xFF && cp != 0xF7);
}
bool is_apostrophe(std::uint32_t cp) {
    return cp == '\'' || cp == 0x2019;
}
bool is_hyphen(std::uint32_t cp) {
    return cp == '-' || cp == 0x2010 || cp == 0x2011;
}

} // namespace

std::vector<SurfaceToken> scan_surface(std::string_view text, ByteSpan span) {
    std::vector<SurfaceToken> out;
    std::size_t i = span.begin, end = std::min<std::size_t>(span.end, text.size());
    out.reserve((end > i ? end - i : 0) / 5 + 2); // about one token per five bytes of news text
    bool space = true;
    auto cp_at = [&](std::size_t k, int* len) -> std::uint32_t {
        if (k >= end) {
            *len = 0;
            return 0;
        }
        return decode_utf8(text, k, len);
    };
    while (i < end) {
        int len = 0;
        std::uint32_t cp = cp_at(i, &len);
        if (is_space(cp)) {
            space = true;
            i += len;
            continue;
        }
        SurfaceToken t;
        t.space_before = space;
        space = false;
        if (is_digit(cp)) {
            // Digits, "," + exactly three digits, one "." + digits.
            std::size_t j = i;
            bool seen_point = false;
            while (j < end) {
                char c = text[j];
                if (c >= '0' && c <= '9') {
                    t.lower.push_back(c);
                    if (seen_point) ++t.decimals;
                    ++j;
                } else if (c == ',' && !seen_point && j + 3 < end &&
                           isdigit(static_cast<unsigned char>(text[j + 1])) &&
                           isdigit(static_cast<unsigned char>(text[j + 2])) &&
                           isdigit(static_cast<unsigned char>(text[j + 3])) &&
                           (j + 4 >= end || !isdigit(static_cast<unsigned char>(text[j + 4])))) {
                    ++j;
                } else if (c == '.' && !seen_point && j + 1 < end &&
                           isdigit(static_cast<unsigned char>(text[j + 1]))) {
                    seen_point = true;
                    t.lower.push_back('.');
                    ++j;
                } else {
                    break;
                }
            }
            t.kind = SurfaceToken::Number;
            t.span = {static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j)};
            // A run of hundreds of digits is not a quantity anyone wrote; keep it finite.
            t.value = t.lower.size() > 30 ? 1e30 : std::strtod(t.lower.c_str(), nullptr);
            out.push_back(std::move(t));
            i = j;
            continue;
        }
        if (is_letter(cp)) {
            std::size_t j = i;
            bool first = true, any_lower = false;
            int letters = 0;
            t.capitalised = is_upper(cp);
            while (j < end) {
                int l2 = 0;
                std::uint32_t c = cp_at(j, &l2);
                if (is_letter(c)) {
                    if (is_lower(c)) any_lower = true;
                    ++letters;
                    if (c < 0x80) // an ASCII letter: no locale look-up per letter
                        t.lower.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
                    else if (c >= 0xC0 && c <= 0xDE && c != 0xD7) {
                        // Latin-1 capitals fold by +0x20, re-encoded as two bytes.
                        std::uint32_t lc = c + 0x20;
                        t.lower.push_back(static_cast<char>(0xC0 | (lc >> 6)));
                        t.lower.push_back(static_cast<char>(0x80 | (lc & 0x3F)));
                    } else
                        t.lower.append(text.substr(j, l2));
                    j += l2;
                    first = false;
                    continue;
                }
                // Inner apostrophe or hyphen: only between two letters (or letter and digit
                // after a hyphen is not a word any more: "COVID-19" stops at the hyphen).
                if ((is_apostrophe(c) || is_hyphen(c)) && !first) {
                    int l3 = 0;
                    std::uint32_t next = cp_at(j + l2, &l3);
                    if (l3 && is_letter(next)) {
                        t.lower.push_back(is_apostrophe(c) ? '\'' : '-');
                        // "al-Sham", "bin-Laden": a capital after the particle makes a name.
                        if (is_hyphen(c) && is_upper(next) &&
                            (t.lower == "al-" || t.lower == "el-" || t.lower == "ad-" ||
                             t.lower == "as-" || t.lower == "ash-" || t.lower == "bin-"))
                            t.capitalised = true;
                        j += l2;
                        continue;
                    }
                }
                break;
            }
            t.kind = SurfaceToken::Word;
            t.all_caps = letters >= 2 && !any_lower && is_upper(cp);
            t.span = {static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j)};
            out.push_back(std::move(t));
            i = j;
            continue;
        }
        t.kind = SurfaceToken::Symbol;
        t.codepoint = cp;
        t.span = {static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + len)};
        t.lower.assign(text.substr(i, len));
        out.push_back(std::move(t));
        i += len;
    }
    return out;
}

} // namespace wiretrace
