// text.cpp — sentence and paragraph splitting, word scanning, normalisation for matching.
//
// Index
//   [SECTION] UTF-8 decoding and character classes
//   [SECTION] Paragraphs and sentences
//   [SECTION] Words
//   [SECTION] Normalisation (folding, possessive, Snowball stem)
//   [SECTION] Stopwords
//   [SECTION] Tokens
//
// The character classes are hand-written rather than taken from ICU: the page ships as
// WebAssembly and ICU's data alone is tens of megabytes, while news text needs only a handful of
// classes (letters, digits, quotes, dashes, CJK ideographs). The stemmer is the real Snowball
// English stemmer (issue 3 rules out a hand-written one).
#include "text.h"

extern "C" {
#include "runtime/api.h"
#include "stem_english.h"
}

#include <algorithm>
#include <cctype>
#include <cstring>
#include <iterator>

namespace wiretrace {

// [SECTION] UTF-8 decoding and character classes ------------------------------------------------

namespace {

// Decodes the code point at text[i]; sets `len` to its byte length. Input is valid UTF-8 (the
// loader guarantees it), but a stray byte still decodes as itself with length 1 so that a bug
// upstream can never make us loop forever.
char32_t decode(std::string_view t, std::size_t i, int& len) {
    unsigned char c = static_cast<unsigned char>(t[i]);
    if (c < 0x80) {
        len = 1;
        return c;
    }
    int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (n == 1 || i + static_cast<std::size_t>(n) > t.size()) {
        len = 1;
        return c;
    }
    char32_t cp = c & (0xFF >> (n + 1));
    for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(t[i + k]) & 0x3F);
    len = n;
    return cp;
}

// The code point that ends just before byte `i` (i > 0), and its start.
char32_t decode_before(std::string_view t, std::size_t i, std::size_t& start) {
    std::size_t j = i - 1;
    while (j > 0 && (static_cast<unsigned char>(t[j]) & 0xC0) == 0x80 && i - j < 4) --j;
    int len = 0;
    start = j;
    return decode(t, j, len);
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

bool is_space(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
           c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x2028 || c == 0x2029 ||
           c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

bool is_digit(char32_t c) {
    return c >= '0' && c <= '9';
}

// Scripts written without spaces between words: each character is its own token, so a Chinese
// or Japanese article still gets n-grams to match on (issue 3, bad input: a Chinese article).
bool is_cjk(char32_t c) {
    return (c >= 0x3040 && c <= 0x30FF) || // kana
           (c >= 0x3400 && c <= 0x4DBF) || // CJK extension A
           (c >= 0x4E00 && c <= 0x9FFF) || // CJK unified ideographs
           (c >= 0xF900 && c <= 0xFAFF) || // compatibility ideographs
           (c >= 0x20000 && c <= 0x2FFFF); // supplementary ideographs
}

// Punctuation and symbol blocks above ASCII; everything else above ASCII counts as a letter.
bool is_symbol_above_ascii(char32_t c) {
    if (c < 0x80) return false;
    if (c <= 0xBF) return c != 0xAA && c != 0xB5 && c != 0xBA; // Latin-1 punctuation/symbols
    if (c == 0xD7 || c == 0xF7) return true;                   // × ÷
    if (c == 0x60C || c == 0x61B || c == 0x61F || c == 0x6D4) return true; // Arabic , ; ? .
    if (c >= 0x66A && c <= 0x66D) return true;
    if (c >= 0x2000 && c <= 0x2BFF) return true; // general punctuation … misc symbols, arrows
    if (c >= 0x2E00 && c <= 0x2E7F) return true; // supplemental punctuation
    if (c >= 0x3000 && c <= 0x303F) return true; // CJK punctuation
    if (c >= 0xFE30 && c <= 0xFE6F) return true; // CJK compatibility forms, small forms
    if (c >= 0xFF00 && c <= 0xFF0F) return true; // fullwidth punctuation
    if (c >= 0xFF1A && c <= 0xFF20) return true;
    if (c >= 0xFF3B && c <= 0xFF40) return true;
    if (c >= 0xFF5B && c <= 0xFF65) return true;
    if (c >= 0x1F000 && c <= 0x1FAFF) return true; // emoji and pictographs
    if (c >= 0xE000 && c <= 0xF8FF) return true;   // private use
    if (c >= 0x300 && c <= 0x36F) return false;    // combining marks belong to the word
    return false;
}

bool is_word_char(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c);
    return !is_space(c) && !is_symbol_above_ascii(c);
}

bool is_apostrophe(char32_t c) {
    return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x2BC;
}

bool is_closing(char32_t c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 ||
           c == 0xBB || c == 0x203A;
}

bool is_opening(char32_t c) {
    return c == '"' || c == '\'' || c == '(' || c == '[' || c == 0x201C || c == 0x2018 ||
           c == 0xAB || c == 0x2039;
}

bool is_sentence_end(char32_t c) {
    return c == '.' || c == '!' || c == '?' || c == 0x2026;
}

// Full stops of scripts that do not put a space after them (Chinese, Japanese) and of Arabic.
bool is_unspaced_sentence_end(char32_t c) {
    return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF0E || c == 0x61F || c == 0x6D4;
}

// Lower case for the scripts news in Latin, Greek and Cyrillic use; other scripts are caseless
// or rare enough that folding them buys nothing for matching.
char32_t to_lower(char32_t c) {
    if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
    if (c >= 0x100 && c <= 0x17F) {
        if (c == 0x130) return 'i';
        if (c == 0x178) return 0xFF;
        if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c % 2) ? c + 1 : c;
        if (c == 0x131 || c == 0x138 || c == 0x149 || c == 0x17F) return c;
        return (c % 2) ? c : c + 1;
    }
    if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;
    if (c >= 0x410 && c <= 0x42F) return c + 32;
    if (c >= 0x400 && c <= 0x40F) return c + 80;
    return c;
}

bool is_lower(char32_t c) {
    if (c < 0x80) return c >= 'a' && c <= 'z';
    // A letter is lower case when some upper-case letter folds to it; enough for Latin-1/Ext-A,
    // Greek and Cyrillic. Caseless scripts (Arabic, CJK) are never "lower case", so a sentence
    // end followed by an Arabic word still splits.
    if (c >= 0xDF && c <= 0xFF && c != 0xF7) return true;
    if (c >= 0x100 && c <= 0x17F) return to_lower(c) == c && c != 0x130;
    if (c >= 0x3B1 && c <= 0x3CB) return true;
    if (c >= 0x430 && c <= 0x45F) return true;
    return false;
}

} // namespace

// [SECTION] Paragraphs and sentences
// ----------------------------------------------------------------

namespace {

ByteSpan trimmed(std::string_view t, std::size_t b, std::size_t e) {
    while (b < e) {
        int len = 0;
        char32_t c = decode(t, b, len);
        if (!is_space(c)) break;
        b += static_cast<std::size_t>(len);
    }
    while (e > b) {
        std::size_t start = 0;
        char32_t c = decode_before(t, e, start);
        if (!is_space(c)) break;
        e = start;
    }
    return ByteSpan{static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)};
}

// Words before a full stop that do not end a sentence. Titles and ranks ("Gen. Ali Mahmoud
// Abbas", "Det. Insp. Rhona Keel"), months ("Oct. 7, 2023"), and a few Latin/English abbreviations. Compared lower-case.
const char* const kAbbreviations[] = {
    "adm",  "apr", "aug", "capt",   "cmdr", "co",   "col", "corp", "cpl", "dec", "dr",
    "e.g",  "feb", "gen", "gov",    "i.e",  "inc",  "jan", "jr",   "jul", "jun", "lt",
    "ltd",  "maj", "mar", "messrs", "mr",   "mrs",  "ms",  "mt",   "no",  "nov", "oct",
    "prof", "rep", "rev", "sen",    "sep",  "sept", "sgt", "sr",   "st",  "vs",  "ft",
    // Police and military ranks as agency style abbreviates them ("Det. Insp. Rhona Keel",
    // "Supt. Ward", "Brig. Gen."), and "Atty. Gen.", "Hon.".
    "det",  "insp", "supt", "brig", "atty", "hon", "cpt", "pvt", "lieut", "cmdt"};

// True when the '.' at text[dot] belongs to an abbreviation: a listed word, a single letter
// (an initial: "J. Smith"), or letters separated by dots ("U.S.", "U.N.").
bool is_abbreviation_dot(std::string_view t, std::size_t dot) {
    std::size_t b = dot;
    while (b > 0) {
        unsigned char c = static_cast<unsigned char>(t[b - 1]);
        if (!(std::isalpha(c) || c == '.')) break;
        --b;
    }
    std::string_view w = t.substr(b, dot - b);
    if (w.empty()) return false;
    if (w.find('.') != std::string_view::npos) {
        // "U.S" before the final dot: every part a single letter.
        bool initials = true;
        std::size_t run = 0;
        for (char c : w) {
            if (c == '.') {
                if (run != 1) initials = false;
                run = 0;
            } else {
                ++run;
            }
        }
        if (run != 1) initials = false;
        if (initials) return true;
        w = w.substr(w.rfind('.') + 1);
    }
    if (w.size() == 1 && std::isupper(static_cast<unsigned char>(w[0]))) return true;
    std::string lower(w);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const char* a : kAbbreviations)
        if (lower == a) return true;
    return false;
}

} // namespace

std::vector<ByteSpan> split_paragraphs(std::string_view text) {
    std::vector<ByteSpan> out;
    std::size_t b = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == '\n') {
            ByteSpan s = trimmed(text, b, i);
            if (!s.empty()) out.push_back(s);
            b = i + 1;
        }
    }
    return out;
}

std::vector<ByteSpan> split_sentences(std::string_view text) {
    std::vector<ByteSpan> out;
    auto emit = [&](std::size_t b, std::size_t e) {
        ByteSpan s = trimmed(text, b, e);
        if (!s.empty()) out.push_back(s);
    };
    std::size_t start = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        int len = 0;
        char32_t c = decode(text, i, len);
        if (c == '\n') {
            // A line break ends the sentence unless the next line continues it in lower case
            // (hard-wrapped plain text). News bodies put one paragraph per line, and headlines,
            // bylines and captions have no full stop, so they must not run into the story.
            std::size_t j = i + 1;
            int l2 = 0;
            while (j < text.size() && is_space(decode(text, j, l2)))
                j += static_cast<std::size_t>(l2);
            bool continues = j < text.size() && is_lower(decode(text, j, l2));
            bool blank = text.substr(i + 1, j - i - 1).find('\n') != std::string_view::npos;
            if (!continues || blank) {
                emit(start, i);
                start = j;
                i = j;
                continue;
            }
            i += 1;
            continue;
        }
        if (is_unspaced_sentence_end(c)) {
            std::size_t e = i + static_cast<std::size_t>(len);
            int l2 = 0;
            while (e < text.size() && is_closing(decode(text, e, l2)))
                e += static_cast<std::size_t>(l2);
            emit(start, e);
            start = e;
            i = e;
            continue;
        }
        if (is_sentence_end(c)) {
            std::size_t e = i + static_cast<std::size_t>(len);
            int l2 = 0;
            // Runs of terminal punctuation ("?!", "...") and closing quotes/brackets stay in the
            // sentence: `…on the ground.”` ends after the quote.
            while (e < text.size()) {
                char32_t d = decode(text, e, l2);
                if (!is_sentence_end(d) && !is_closing(d)) break;
                e += static_cast<std::size_t>(l2);
            }
            std::size_t j = e;
            bool saw_space = false;
            while (j < text.size()) {
                char32_t d = decode(text, j, l2);
                if (!is_space(d) || d == '\n') break;
                saw_space = true;
                j += static_cast<std::size_t>(l2);
            }
            bool at_end = j >= text.size() || text[j] == '\n';
            bool split = false;
            if (at_end) {
                split = false; // the line break (or the end) splits anyway
            } else if (saw_space) {
                char32_t next = decode(text, j, l2);
                bool starts_new = !is_lower(next) || is_opening(next);
                if (starts_new) split = !(c == '.' && is_abbreviation_dot(text, i));
            }
            if (split) {
                emit(start, e);
                start = j;
                i = j;
                continue;
            }
            i = e;
            continue;
        }
        i += static_cast<std::size_t>(len);
    }
    emit(start, text.size());
    return out;
}

// [SECTION] Words
// -----------------------------------------------------------------------------------

void scan_words(std::string_view text, ByteSpan span, std::vector<WordSpan>& out) {
    std::size_t i = std::min<std::size_t>(span.begin, text.size());
    std::size_t end = std::min<std::size_t>(span.end, text.size());
    while (i < end) {
        int len = 0;
        char32_t c = decode(text, i, len);
        if (!is_word_char(c)) {
            i += static_cast<std::size_t>(len);
            continue;
        }
        std::size_t b = i;
        if (is_cjk(c)) {
            i += static_cast<std::size_t>(len);
            out.push_back(
                {ByteSpan{static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(i)}, false});
            continue;
        }
        bool all_digits = true;
        while (i < end) {
            char32_t d = decode(text, i, len);
            if (is_word_char(d) && !is_cjk(d)) {
                if (!is_digit(d)) all_digits = false;
                i += static_cast<std::size_t>(len);
                continue;
            }
            // Inside a word: an apostrophe between letters ("Assad’s", "don't"); inside a number:
            // thousands separators and decimal points between digits ("1,000", "3.5").
            if (i + static_cast<std::size_t>(len) < end) {
                int l2 = 0;
                char32_t after = decode(text, i + static_cast<std::size_t>(len), l2);
                std::size_t pb = 0;
                char32_t before = decode_before(text, i, pb);
                if (is_apostrophe(d) && is_word_char(before) && !is_digit(before) &&
                    is_word_char(after) && !is_cjk(after)) {
                    i += static_cast<std::size_t>(len);
                    continue;
                }
                if ((d == ',' || d == '.') && is_digit(before) && is_digit(after) && all_digits) {
                    i += static_cast<std::size_t>(len);
                    continue;
                }
            }
            break;
        }
        out.push_back(
            {ByteSpan{static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(i)}, all_digits});
    }
}

// [SECTION] Normalisation (folding, possessive, Snowball stem)
// ---------------------------------------

namespace {

// One Snowball environment per thread: creating one costs an allocation per word otherwise, and
// the stemmer keeps per-call state in it, so it cannot be shared between threads.
struct Stemmer {
    SN_env* env = english_UTF_8_create_env();
    ~Stemmer() { english_UTF_8_close_env(env); }
    void stem(std::string& w) {
        if (!env || w.empty()) return;
        if (SN_set_current(env, static_cast<int>(w.size()),
                           reinterpret_cast<const symbol*>(w.data())) != 0)
            return;
        if (english_UTF_8_stem(env) < 0) return;
        w.assign(reinterpret_cast<const char*>(env->p), static_cast<std::size_t>(env->l));
    }
};

thread_local Stemmer t_stemmer;

} // namespace

std::string fold_word(std::string_view word) {
    std::string out;
    out.reserve(word.size());
    for (std::size_t i = 0; i < word.size();) {
        int len = 0;
        char32_t c = decode(word, i, len);
        i += static_cast<std::size_t>(len);
        if (is_apostrophe(c) || c == 0x2032)
            c = '\'';
        else if (c >= 0x2010 && c <= 0x2015)
            c = '-';
        else if (c == 0x201C || c == 0x201D || c == 0x201E || c == 0x2033)
            c = '"';
        append_utf8(out, to_lower(c));
    }
    // Possessive: "assad's" → "assad", "countries'" → "countries".
    if (out.size() > 2 && out.compare(out.size() - 2, 2, "'s") == 0)
        out.resize(out.size() - 2);
    else if (out.size() > 1 && out.back() == '\'')
        out.pop_back();
    return out;
}

std::string normalize_word(std::string_view word) {
    std::string w = fold_word(word);
    if (w.empty()) return w;
    bool number = true, stemmable = true;
    for (std::size_t i = 0; i < w.size();) {
        int len = 0;
        char32_t c = decode(w, i, len);
        i += static_cast<std::size_t>(len);
        if (!is_digit(c) && c != ',' && c != '.') number = false;
        // The English stemmer is for Latin script; Arabic or Greek words are matched as written.
        if (c > 0x24F) stemmable = false;
    }
    if (number && is_digit(static_cast<unsigned char>(w[0]))) {
        w.erase(std::remove(w.begin(), w.end(), ','), w.end());
        return w;
    }
    if (stemmable) t_stemmer.stem(w);
    return w;
}

// [SECTION] Stopwords
// -------------------------------------------------------------------------------

namespace {

// Snowball's English stop list (function words only), sorted for binary search. Compared against
// the case-folded word before stemming.
const char* const kStopwords[] = {
    "a",      "about",  "above", "after", "again",   "against",  "all",        "am",
    "an",     "and",    "any",   "are",   "as",      "at",       "be",         "because",
    "been",   "before", "being", "below", "between", "both",     "but",        "by",
    "can",    "could",  "did",   "do",    "does",    "doing",    "down",       "during",
    "each",   "few",    "for",   "from",  "further", "had",      "has",        "have",
    "having", "he",     "her",   "here",  "hers",    "herself",  "him",        "himself",
    "his",    "how",    "i",     "if",    "in",      "into",     "is",         "it",
    "its",    "itself", "just",  "me",    "more",    "most",     "my",         "myself",
    "no",     "nor",    "not",   "now",   "of",      "off",      "on",         "once",
    "only",   "or",     "other", "ought", "our",     "ours",     "ourselves",  "out",
    "over",   "own",    "same",  "she",   "should",  "so",       "some",       "such",
    "than",   "that",   "the",   "their", "theirs",  "them",     "themselves", "then",
    "there",  "these",  "they",  "this",  "those",   "through",  "to",         "too",
    "under",  "until",  "up",    "very",  "was",     "we",       "were",       "what",
    "when",   "where",  "which", "while", "who",     "whom",     "why",        "will",
    "with",   "would",  "you",   "your",  "yours",   "yourself", "yourselves"};

} // namespace

bool is_stopword(std::string_view folded) {
    // The list as views, made once: asked for every word of every mention, a search over the
    // C strings measured each one (strlen) at every step.
    static const std::vector<std::string_view> stopwords(std::begin(kStopwords),
                                                         std::end(kStopwords));
    auto it = std::lower_bound(stopwords.begin(), stopwords.end(), folded);
    return it != stopwords.end() && folded == *it;
}

// [SECTION] Tokens
// ----------------------------------------------------------------------------------

std::vector<Token> tokenize(std::string_view text, ByteSpan span) {
    std::vector<WordSpan> words;
    scan_words(text, span, words);
    std::vector<Token> out;
    out.reserve(words.size());
    for (const WordSpan& w : words) {
        Token t;
        t.span = w.span;
        std::string_view raw = text.substr(w.span.begin, w.span.size());
        t.is_number = w.is_number;
        t.is_stopword = !w.is_number && is_stopword(fold_word(raw));
        t.norm = normalize_word(raw);
        out.push_back(std::move(t));
    }
    return out;
}

std::vector<Token> tokenize(std::string_view text) {
    return tokenize(text, ByteSpan{0, static_cast<std::uint32_t>(text.size())});
}

} // namespace wiretrace
