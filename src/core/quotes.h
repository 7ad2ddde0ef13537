// quotes.h — direct quotations and who is quoted.
//
// Quotations are found per paragraph with one stack-free pass over the quotation marks:
//   * curly “ and ” say which side they are; a straight " opens when no quotation is open and
//     closes one otherwise (unless it follows white space: then it opens a nested one). Mixed
//     marks therefore pair up: "a temporary tactical measure … Hama.” (seed 000) is one quote.
//   * nested double quotes are kept inside the outer quotation; single quotes (‘ ’ ') never
//     delimit a quotation, because ’ is also the apostrophe ("let’s").
//   * a quotation still open at the end of the paragraph ends there (`closed` is false): news
//     style leaves a quote open when it carries on into the next paragraph.
//
// The speaker is found around a speech verb outside the quotation ("said", "told", "noted",
// "stated", "adding", …), in this order of preference:
//   “…,” said Rami Abdurrahman, the Observatory’s chief.     name right after the verb
//   “…,” Abbas said, adding …                                  name right before the verb
//   The organization’s chief, Rami Abdurrahman, said: “…”      nearest person before the verb
//   Rami Abdurrahman, the Observatory’s head, noted, “…”       (appositives are skipped)
//   He said: “…”                                                a pronoun (resolved by the caller)
//   The union called the report “…”                             a body or role the caller knows
// Titles ("Gen.", "General", "Mr", "President") are dropped from the name; possessives
// ("the Observatory’s") are never speakers. Resolution of a surname or pronoun to the nearest
// full name is the caller's (claims.cpp), which knows the article and the corpus.
//
// Offsets are UTF-8 byte offsets into the text passed in. All functions are linear in the
// span's length (the speaker search looks at most 16 tokens back from each speech verb).
#pragma once

#include "analysis.h"
#include "surface.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace wiretrace {

struct Quotation {
    ByteSpan outer;     // including the quotation marks
    ByteSpan inner;     // the quoted words, without the marks
    bool closed = true; // false when the paragraph ended first
};

// Quotations in text[span] (one paragraph or more; a line break ends any open quotation).
std::vector<Quotation> find_quotations(std::string_view text, ByteSpan span);

struct SpeakerPhrase {
    ByteSpan span;    // the name as written without title, or the pronoun
    std::string name; // that text ("Rami Abdurrahman", "Abbas", "he")
    bool pronoun = false;
    bool body = false; // a body or a role named by a common noun ("the union", "the bureau's
                       // chief investigator"), lower case as written
};

// Is this capitalised run (title dropped, as written) a person's name? Supplied by the caller
// from what the corpus says about names; used to pick the speaker among several runs.
using PersonTest = std::function<bool(std::string_view name)>;

// Is this lower-case noun the head of a body or a role that speaks ("union", "ministry",
// "investigator")? Supplied by the caller; with none, only names are read.
using BodyTest = std::function<bool(std::string_view lower)>;

// The speaker of the quotations inside `sentence` (a sentence or a few merged sentences), or
// an empty name when no speech verb leads to one.
SpeakerPhrase find_speaker(std::string_view text, ByteSpan sentence,
                           const std::vector<Quotation>& quotations, const PersonTest& is_person,
                           const BodyTest& is_body = nullptr);

// A run of capitalised words in surface tokens (see surface.h): "Gen. Ali Mahmoud Abbas",
// "Syrian Observatory for Human Rights", "Hayat Tahrir al-Sham". Particles ("bin", "al", "for",
// "of") may join two capitalised words; weekday and month names never belong to a run; a
// possessive ends it ("the Observatory’s"). `first`/`last` are token indices of the name with
// any leading title dropped ("Gen.", "Turkish President" → "Recep Tayyip Erdogan").
struct CapitalisedRun {
    std::size_t begin = 0;   // first token of the run, title included
    std::size_t first = 0;   // first token of the name
    std::size_t last = 0;    // last token (inclusive)
    bool titled = false;     // a title word preceded the name inside the run
    bool possessive = false; // the last word ends in 's / ’s
};
std::vector<CapitalisedRun> capitalised_runs(const std::vector<SurfaceToken>& tokens);

// Titles that precede a name and are not part of it ("gen", "general", "president", "mr", …);
// `lower` is the ASCII-lowercased word without a trailing full stop.
bool is_title_word(std::string_view lower);

// Verbs that introduce speech or a report ("said", "says", "told", "noted", "adding", …).
bool is_speech_verb(std::string_view lower);

} // namespace wiretrace
