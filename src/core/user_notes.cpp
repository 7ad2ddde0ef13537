// user_notes.cpp — keys, storage form and CSV of the user's notes (user_notes.h).

#include "user_notes.h"

#include "export_csv.h"

#include <nlohmann/json.hpp>

#include <stdexcept>

namespace wiretrace {

namespace {

std::string span_key(const char* kind, const Analysis& a, int article, ByteSpan span) {
    if (article < 0 || static_cast<std::size_t>(article) >= a.corpus.articles.size()) return {};
    return std::string(kind) + ":" + a.corpus.articles[static_cast<std::size_t>(article)].id + "@" +
           std::to_string(span.begin) + "-" + std::to_string(span.end);
}

const ClaimMention* reference_mention(const Claim& c) {
    if (c.reference < 0 || static_cast<std::size_t>(c.reference) >= c.mentions.size()) return nullptr;
    return &c.mentions[static_cast<std::size_t>(c.reference)];
}

bool blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

} // namespace

std::string note_key_for_article(const Analysis& a, int article) {
    if (article < 0 || static_cast<std::size_t>(article) >= a.corpus.articles.size()) return {};
    return "article:" + a.corpus.articles[static_cast<std::size_t>(article)].id;
}

std::string note_key_for_claim(const Analysis& a, int claim) {
    if (claim < 0 || static_cast<std::size_t>(claim) >= a.claims.size()) return {};
    const ClaimMention* m = reference_mention(a.claims[static_cast<std::size_t>(claim)]);
    return m ? span_key("claim", a, m->article, m->span) : std::string();
}

std::string note_key_for_passage(const Analysis& a, int passage) {
    if (passage < 0 || static_cast<std::size_t>(passage) >= a.passages.size()) return {};
    const Passage& p = a.passages[static_cast<std::size_t>(passage)];
    if (p.members.empty()) return {};
    return span_key("passage", a, p.members.front().article, p.members.front().span);
}

std::string UserNotes::get(const std::string& key) const {
    auto it = by_key.find(key);
    return it == by_key.end() ? std::string() : it->second;
}

void UserNotes::set(const std::string& key, const std::string& text) {
    if (key.empty()) return;
    if (blank(text)) by_key.erase(key);
    else by_key[key] = text;
}

NoteTargetRef resolve_note_key(const Analysis& a, std::string_view key) {
    // Linear scans: a user writes tens of notes, and this runs for exports, not every frame.
    if (key.substr(0, 8) == "article:") {
        int i = a.corpus.find(key.substr(8));
        if (i >= 0) return {NoteTarget::Article, i};
    } else if (key.substr(0, 6) == "claim:") {
        for (std::size_t i = 0; i < a.claims.size(); ++i)
            if (note_key_for_claim(a, static_cast<int>(i)) == key)
                return {NoteTarget::Claim, static_cast<int>(i)};
    } else if (key.substr(0, 8) == "passage:") {
        for (std::size_t i = 0; i < a.passages.size(); ++i)
            if (note_key_for_passage(a, static_cast<int>(i)) == key)
                return {NoteTarget::Passage, static_cast<int>(i)};
    }
    return {};
}

std::string user_notes_to_json(const UserNotes& notes) {
    nlohmann::json j;
    j["version"] = 1;
    j["notes"] = nlohmann::json::object();
    for (const auto& [key, text] : notes.by_key) j["notes"][key] = text;
    return j.dump();
}

UserNotes user_notes_from_json(std::string_view text) {
    nlohmann::json j = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (j.is_discarded()) throw std::runtime_error("notes: not valid JSON");
    if (!j.is_object()) throw std::runtime_error("notes: must be a JSON object");
    auto version = j.find("version");
    if (version == j.end() || *version != 1)
        throw std::runtime_error("notes: \"version\" must be 1");
    auto list = j.find("notes");
    if (list == j.end() || !list->is_object())
        throw std::runtime_error("notes: \"notes\" must be an object");
    UserNotes notes;
    for (auto it = list->begin(); it != list->end(); ++it) {
        if (!it.value().is_string())
            throw std::runtime_error("notes: the note on \"" + it.key() + "\" must be a string");
        notes.set(it.key(), it.value().get<std::string>());
    }
    return notes;
}

std::string notes_csv(const Analysis& a, const UserNotes& notes) {
    std::string out = "\xEF\xBB\xBF"; // UTF-8 byte order mark, as every export (export_csv.h)
    out += "kind,key,article,outlet,about,note\r\n";
    for (const auto& [key, text] : notes.by_key) {
        const NoteTargetRef ref = resolve_note_key(a, key);
        std::string kind = "not in this analysis", article, outlet, about;
        auto set_article = [&](int i) {
            if (i < 0 || static_cast<std::size_t>(i) >= a.corpus.articles.size()) return;
            article = a.corpus.articles[static_cast<std::size_t>(i)].id;
            outlet = a.corpus.articles[static_cast<std::size_t>(i)].outlet;
        };
        switch (ref.kind) {
        case NoteTarget::Article:
            kind = "article";
            set_article(ref.index);
            about = a.corpus.articles[static_cast<std::size_t>(ref.index)].title;
            break;
        case NoteTarget::Claim: {
            kind = "claim";
            const Claim& c = a.claims[static_cast<std::size_t>(ref.index)];
            if (const ClaimMention* m = reference_mention(c)) set_article(m->article);
            about = c.label;
            break;
        }
        case NoteTarget::Passage: {
            kind = "passage";
            const PassageMember& m = a.passages[static_cast<std::size_t>(ref.index)].members.front();
            set_article(m.article);
            about = std::string(text_of(a, m.article, m.span));
            break;
        }
        case NoteTarget::Unknown: break;
        }
        for (const std::string* f : std::initializer_list<const std::string*>{&kind, &key, &article, &outlet, &about}) {
            out += csv_field(*f);
            out += ',';
        }
        out += csv_field(text);
        out += "\r\n";
    }
    return out;
}

} // namespace wiretrace
