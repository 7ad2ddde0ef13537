// AppState.h — what the user has chosen: the view, the selected articles, the span or claim in
// focus. It is the part of the app a URL hash restores, so it holds only plain values (ids, not
// pointers) and serialises to and from "#view=reader&article=…".
//
// Views never change it in the middle of drawing a frame: they post a change with request(), and
// the shell applies it between frames, so every view of one frame sees the same state.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wiretrace {

struct AppState {
    std::string view = "sources";      // sources, reader, compare, passages, claims, charts, search
    std::vector<std::string> selected; // article ids; the first is the one the reader shows
    std::optional<std::uint32_t> span_begin; // a byte offset in the first selected article
    std::optional<int> claim;          // a claim id
    std::string query;                 // the words searched for: Search shows them, Reader marks
                                       // them in the article a search opened
    std::string from;                  // Reader: highlight only the text taken from this article
                                       // (Churnalism's chosen source), "" for all shared text
    std::string note;                  // the user's note on what the link points at (Reader's
                                       // article, Claims' claim), so a shared link carries it


    std::string to_hash() const;                       // "view=reader&article=a,b&at=120&q=Homs"
    static AppState from_hash(const std::string& hash); // tolerant: unknown keys are ignored
    bool operator==(const AppState& o) const;
    bool operator!=(const AppState& o) const { return !(*this == o); }
};

} // namespace wiretrace
