// text.h — segmentation and normalisation of article text, shared by every analysis stage.
//
// Offsets are UTF-8 byte offsets into the original text; normalisation is for matching only and
// never changes what is shown.
//
//   std::string_view t = article.text;
//   for (ByteSpan s : split_sentences(t)) …          // sentences, in order, trimmed
//   for (const Token& w : tokenize(t)) …             // words and numbers with their spans
//   w.norm  → "kilomet" for "Kilometers", "assad" for "Assad’s", "5" for "5"
#pragma once

#include "analysis.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wiretrace {

// A word or number of the text.
struct Token {
    ByteSpan span;     // where it is in the original text
    std::string norm;  // normalised form used for matching: quotes/dashes/apostrophes folded,
                       // case folded, possessive 's dropped, Snowball English stem; numbers are
                       // kept as written without thousands separators ("1,000" → "1000")
    bool is_number = false;
    bool is_stopword = false; // common function word ("the", "of", "and", …)
};

// Splits into sentences: ends at . ! ? (with closing quotes/brackets kept in the sentence) followed
// by white space and anything but a lower-case letter (so caseless scripts such as Arabic split
// too), after 。！？ with no space, and at every line break unless the next line starts in lower
// case (a hard-wrapped sentence): headlines, bylines and captions have no full stop. Abbreviations such as "Gen.", "Mr.", "U.S.",
// "Oct." do not end a sentence. Spans are trimmed of surrounding white space; blank text gives none.
std::vector<ByteSpan> split_sentences(std::string_view text);

// Splits into paragraphs (separated by one or more line breaks), trimmed, non-empty.
std::vector<ByteSpan> split_paragraphs(std::string_view text);

// Words and numbers of text[span] (the whole text by default), in order.
std::vector<Token> tokenize(std::string_view text);
std::vector<Token> tokenize(std::string_view text, ByteSpan span);

// Lower level, allocation-free pieces of the above, for stages that tokenise a whole corpus
// (10,000 articles): they keep a 4-byte word id per token instead of a std::string.

// A word or number of the text before normalisation.
struct WordSpan {
    ByteSpan span;
    bool is_number = false; // digits with optional inner "," or "." ("1,000", "3.5")
};

// Appends the words and numbers of text[span] to `out`, in order. Words are runs of letters and
// digits, with inner apostrophes ("Assad’s"); hyphens and dashes separate words ("pro-Assad" is
// two words); each CJK ideograph or kana is a word of its own. O(span bytes).
void scan_words(std::string_view text, ByteSpan span, std::vector<WordSpan>& out);

// Typographic quotes/apostrophes/dashes to ASCII, lower case, possessive 's or ' dropped; no
// stemming ("Assad’s" → "assad"). The form stopwords are looked up in.
std::string fold_word(std::string_view word);

// True for a common English function word, given its fold_word() form ("the", "of", "and").
bool is_stopword(std::string_view folded);

// Folds one word for matching: typographic quotes/apostrophes/dashes to ASCII, lower case
// (ASCII and Latin-1/Latin Extended-A letters), then the Snowball English stemmer.
std::string normalize_word(std::string_view word);

} // namespace wiretrace
