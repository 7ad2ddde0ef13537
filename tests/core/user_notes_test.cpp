// The user's notes (user_notes.h): keys that survive re-analysis, the stored form read back,
// bad stored text refused with a message, and the notes in the exports.
#include "core/analysis_json.h"
#include "core/analyze.h"
#include "core/export_csv.h"
#include "core/user_notes.h"

#include <gtest/gtest.h>

#include <stdexcept>

using namespace wiretrace;

namespace {

const Analysis& seeds() {
    static const Analysis a = analyze(load_corpus({std::string(WIRETRACE_SOURCE_DIR) + "/corpus"}));
    return a;
}

std::string refusal(std::string_view stored) {
    try {
        user_notes_from_json(stored);
    } catch (const std::runtime_error& e) {
        return e.what();
    }
    return "";
}

} // namespace

TEST(UserNotes, KeysNameWhatTheNoteIsAboutAndResolveBack) {
    const Analysis& a = seeds();
    EXPECT_EQ(note_key_for_article(a, 3), "article:003_1d4940750912eb2c");
    ASSERT_FALSE(a.claims.empty());
    ASSERT_FALSE(a.passages.empty());
    for (int i = 0; i < static_cast<int>(a.claims.size()); ++i) {
        const std::string key = note_key_for_claim(a, i);
        ASSERT_EQ(key.rfind("claim:", 0), 0u);
        NoteTargetRef ref = resolve_note_key(a, key);
        EXPECT_EQ(ref.kind, NoteTarget::Claim);
        // Two claims may share a reference span only if they are the same claim's text.
        EXPECT_EQ(note_key_for_claim(a, ref.index), key);
    }
    const std::string passage = note_key_for_passage(a, 0);
    EXPECT_EQ(resolve_note_key(a, passage).kind, NoteTarget::Passage);
    EXPECT_EQ(resolve_note_key(a, "article:nope").kind, NoteTarget::Unknown);
    EXPECT_EQ(note_key_for_article(a, 99), "");
}

TEST(UserNotes, StoredFormReadsBackAndBlankTextRemovesANote) {
    UserNotes n;
    n.set("article:a", "Checked with the desk, \"AP\" confirmed");
    n.set("claim:a@0-10", "Ministry disputes the figure\nsee memo");
    n.set("passage:a@0-5", "   ");
    EXPECT_EQ(n.by_key.size(), 2u);
    UserNotes back = user_notes_from_json(user_notes_to_json(n));
    EXPECT_EQ(back.by_key, n.by_key);
    n.set("article:a", "");
    EXPECT_EQ(n.get("article:a"), "");
    EXPECT_EQ(n.by_key.size(), 1u);
}

TEST(UserNotes, BadStoredTextIsRefusedWithAMessage) {
    EXPECT_EQ(refusal("{"), "notes: not valid JSON");
    EXPECT_EQ(refusal("[]"), "notes: must be a JSON object");
    EXPECT_EQ(refusal("{\"version\":2,\"notes\":{}}"), "notes: \"version\" must be 1");
    EXPECT_EQ(refusal("{\"version\":1,\"notes\":[]}"), "notes: \"notes\" must be an object");
    EXPECT_EQ(refusal("{\"version\":1,\"notes\":{\"article:a\":3}}"),
              "notes: the note on \"article:a\" must be a string");
    EXPECT_EQ(refusal("{\"version\":1,\"notes\":{}}"), "");
}

TEST(UserNotes, ExportsListEveryNoteAndTheSourcesTableCarriesArticleNotes) {
    const Analysis& a = seeds();
    UserNotes n;
    n.set(note_key_for_article(a, 1), "=rewrite, check the 3 miles");
    n.set(note_key_for_claim(a, 0), "disputed");
    n.set(note_key_for_passage(a, 0), "the wire's lede");
    n.set("article:gone", "kept though the article left the corpus");
    const std::string csv = notes_csv(a, n);
    EXPECT_EQ(csv.rfind("\xEF\xBB\xBF" "kind,key,article,outlet,about,note\r\n", 0), 0u);
    EXPECT_NE(csv.find("article,article:001_6fae27749db3383d,001_6fae27749db3383d,The Epoch Times,"),
              std::string::npos) << csv;
    EXPECT_NE(csv.find("'=rewrite, check the 3 miles"), std::string::npos) << "formula neutralised";
    EXPECT_NE(csv.find("\r\nclaim,claim:"), std::string::npos);
    EXPECT_NE(csv.find("\r\npassage,passage:"), std::string::npos);
    EXPECT_NE(csv.find("not in this analysis,article:gone,,,,kept though"), std::string::npos) << csv;

    const std::string sources = provenance_csv(a, nullptr, nullptr, &n);
    const std::size_t header_end = sources.find("\r\n");
    EXPECT_EQ(sources.substr(header_end - 5, 5), ",note");
    EXPECT_NE(sources.find("\"'=rewrite, check the 3 miles\"\r\n"), std::string::npos) << sources;
}
