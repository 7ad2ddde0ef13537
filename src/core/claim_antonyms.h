// claim_antonyms.h — words of opposite meaning, for polarity said in other words ("keeps" /
// "will lose", "rose" / "fell", "kept open" / "did not close"): WordNet 3.0's direct antonyms of
// verbs and adjectives (for verbs widened to the synonyms of the two opposed senses: "approve" /
// "reject"), and the words WordNet defines as an absence ("safe": "free from danger or the risk
// of harm"), generated at build time (scripts/gen-antonyms), read in claim_antonyms.cpp.
#pragma once

#include "analysis.h"
#include "claims_internal.h"
#include "surface.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace wiretrace::claims_internal {

// One way to read a word as a lemma that has antonyms: its part of speech ('v' verb,
// 'a' adjective) and the lemma's id (one id per lemma string, whatever its part of speech).
struct AntonymReading {
    char pos = 0;
    int lemma = -1;
};

// The readings of a lower-case word: the lemma itself, its inflections by WordNet's own
// detachment rules ("closed" → close, "opens" → open, "higher" → high) and its irregular forms
// ("rose" → rise, "lost" → lose, "kept" → keep), and a verb WordNet files as the lemma done
// again ("reopened" → open). Empty for a word with no antonym.
// One binary search (the forms are expanded when the table is built).
struct AntonymReadings {
    const AntonymReading* first = nullptr;
    const AntonymReading* last = nullptr;
    const AntonymReading* begin() const { return first; }
    const AntonymReading* end() const { return last; }
    bool empty() const { return first == last; }
    std::size_t size() const { return static_cast<std::size_t>(last - first); }
};
AntonymReadings antonym_readings(const std::string& lower);

// Builds the table now if it is not built yet (it is otherwise built on first use).
void load_antonyms();

// True when the table pairs the two lemmas, read as one part of speech, as antonyms.
bool opposed(const AntonymReading& a, const AntonymReading& b);

// The lemma an id stands for ("rise").
std::string_view antonym_lemma(int lemma);

// What a word says is absent, from the WordNet definitions that make it an absence ("safe":
// "free from danger or the risk of harm" → danger, risk, harm; "excluded": "prevent from being
// included or considered or accepted" → included, considered, accepted), lower case, as the
// definitions write them; each sense's words in turn. Empty for most words. "The water is safe"
// says what "there is no risk to the water" says: the same polarity in other words.
std::vector<std::string_view> absence_of(const std::string& lower);

// The lemma of an irregular verb form ("began", "begun" → begin; "fallen" → fall), from
// WordNet's exception list (kVerbForms); the word itself when it is not one.
std::string_view verb_base(std::string_view lower);

// Whether a word is a form of a verb WordNet defines as a failure or a keeping out, which it
// gives no antonym of its own (scripts/gen-antonyms: "miss", "omit", "leave out", "fall
// short"): empty when not; "-" for a one-word verb; else the particle the phrasal verb needs
// after it ("out" for "left").
std::string_view failure_verb(std::string_view lower);

// A word of a mention that has antonyms, as a predicate that may state the opposite of another
// outlet's ("She keeps the medal" / "she will lose the medal").
struct PolarityWord {
    ByteSpan span;   // the word
    ByteSpan phrase; // the word with the auxiliaries before it ("will also lose"), for details
    std::vector<AntonymReading> readings;
    // The content words of its clause piece before and after it, lower case, nearest first (at
    // most four each; not its attribution's words, not auxiliaries). Stemmed only when a pair
    // of antonyms is found: most polarity words never oppose anything.
    std::vector<std::string> before, after;
    // Said of a state that goes on: "remain closed", "stay shut", "are still suspended".
    bool persists = false;
    // Bounded by a time after it in its clause piece ("stay closed until the inquiry ends"), and
    // negated in its own phrase ("would not reopen until …", a negation find_negation leaves
    // unread: the act happens then). The two forms say one thing with antonyms.
    bool until = false;
    bool negated_until = false;
    // The content word before it that heads its subject, past a prepositional phrase
    // ("markets" in "Poultry markets across the region remain closed"), lower case; empty when
    // none is in its clause piece.
    std::string head;
};

// The mention's polarity words: outside its quotations (a quoted word is the speaker's, compared
// as wording), its attribution, its hedge and its negation cue ("denied" is read as a negation,
// not as the antonym of "admitted"). An adjective before a noun ("a new record", "the first
// vote") modifies it and states nothing, so only its verb readings count there.
std::vector<PolarityWord> polarity_words(std::string_view text, const DraftMention& m);

// A word that says a state goes on ("remain", "stays", "still"): read with the predicate.
bool persisting(std::string_view lower);

// A word that says what a clause is about: two letters or more, not a function word ("the",
// "of", "was").
bool content_word(const SurfaceToken& t);

// Sorted stems of the content words of text[span], the form context words are compared in.
std::vector<std::string> content_stems(std::string_view text, ByteSpan span);

// The pairs (i, j) of x's and y's polarity words that read as antonyms of one part of speech,
// where neither side also carries the other's lemma ("closed the north shaft and kept the south
// one open" says both, and opposes nothing).
std::vector<std::pair<std::size_t, std::size_t>> opposed_words(const std::vector<PolarityWord>& x,
                                                               const std::vector<PolarityWord>& y);

// True when a word of w's context is among `stems` (sorted): the antonym is said of something
// the other mention also names ("the medal", "its factories").
bool context_shared(const PolarityWord& w, const std::vector<std::string>& stems);

// True when the antonyms are said of other things: the words right before both (their
// subjects, "exports rose" / "imports fell") or right after both (their objects, "opened the
// Leeds plant" / "closed the York office") are each missing from the other mention. A state
// said to go on against its reversal ("Poultry markets across the region remain closed" /
// "Poultry markets in the valley reopened") is one thing when the heads of their subjects meet
// ("markets"), whatever place each outlet puts around it ("across the region" / "in the
// valley") and whatever follows (when, how long); "Schools in the valley remain closed" and
// "The valley rail line reopened" are two.
bool said_of_other_things(const PolarityWord& x, const std::vector<std::string>& x_stems,
                          const PolarityWord& y, const std::vector<std::string>& y_stems);

} // namespace wiretrace::claims_internal
