// user_notes.h — notes a reader attaches to an article, a claim or a passage ("checked with
// the desk", "number disputed by the ministry"). They are the user's, not the analysis's: the
// page keeps them on the device (localStorage) and puts them in the exports; nothing here
// reads or writes storage.
//
// A note is keyed by what it is about in terms that survive a re-analysis of a grown corpus
// (claim and passage ids are renumbered when articles are added; article ids and byte spans are
// not):
//
//     article:<article id>                       article:003_1d4940750912eb2c
//     claim:<article id>@<begin>-<end>           the claim's reference mention
//     passage:<article id>@<begin>-<end>         the passage's first member
//
// A note whose target is no longer in the analysis is kept (the article may come back) and
// listed in notes_csv as "not in this analysis", never dropped silently.
//
//     UserNotes notes;
//     notes.set(note_key_for_article(analysis, 2), "Byline says AP, text is AFP");
//     std::string csv = notes_csv(analysis, notes);
#pragma once

#include "analysis.h"

#include <map>
#include <string>
#include <string_view>

namespace wiretrace {

enum class NoteTarget { Article, Claim, Passage, Unknown };

// Keys for the three kinds of target; "" when the index is out of range.
std::string note_key_for_article(const Analysis& analysis, int article);
std::string note_key_for_claim(const Analysis& analysis, int claim);       // index into claims
std::string note_key_for_passage(const Analysis& analysis, int passage);   // index into passages

struct UserNotes {
    std::map<std::string, std::string> by_key; // key → note text (UTF-8, never empty)

    // The note on `key`, "" when none.
    std::string get(const std::string& key) const;
    // Sets the note; empty (or only white space) text removes it.
    void set(const std::string& key, const std::string& text);
    bool empty() const { return by_key.empty(); }
};

// What a key points to in `analysis`: the kind and the index (into corpus.articles, claims or
// passages), or {Unknown, -1} when it points nowhere in this analysis.
struct NoteTargetRef {
    NoteTarget kind = NoteTarget::Unknown;
    int index = -1;
};
NoteTargetRef resolve_note_key(const Analysis& analysis, std::string_view key);

// As stored on the device: {"version":1,"notes":{"<key>":"<text>",…}} (keys sorted).
std::string user_notes_to_json(const UserNotes& notes);
// Throws std::runtime_error naming what is wrong ("notes: \"notes\" must be an object") for
// anything else, so the page can say so instead of losing the notes without a word.
UserNotes user_notes_from_json(std::string_view json);

// One row per note, in key order: kind (article, claim, passage, or "not in this analysis"),
// key, article id and outlet (the claim's reference mention, the passage's first member),
// what it is about (the article's title, the claim's label, the passage's text) and the note.
std::string notes_csv(const Analysis& analysis, const UserNotes& notes);

} // namespace wiretrace
