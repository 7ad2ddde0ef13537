// corpus.cpp — reading corpus files. Every problem is reported as "file:line: what is wrong";
// nothing is skipped silently.
//
// [SECTION] UTF-8 validation
// [SECTION] Markdown/text with front matter
// [SECTION] JSON Lines
// [SECTION] Files and directories

#include "corpus.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <ostream>
#include <utility>
#include <set>
#include <sstream>
#include <unordered_map>
#include <sys/stat.h>
#include <dirent.h>

namespace wiretrace {

CorpusError::CorpusError(std::string file, int line, const std::string& message)
    : std::runtime_error(file + ":" + std::to_string(line) + ": " + message), file_(std::move(file)),
      line_(line), message_(message) {}

int Corpus::find(std::string_view id) const {
    for (std::size_t i = 0; i < articles.size(); ++i)
        if (articles[i].id == id) return static_cast<int>(i);
    return -1;
}

// [SECTION] UTF-8 validation ----------------------------------------------------------------

// Hand-written rather than taken from a library: it is 30 lines, runs on every byte of the
// corpus in the browser too, and must report the offset of the first bad byte for the error
// message, which iconv-style converters do not give.
std::size_t find_invalid_utf8(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    std::size_t n = s.size(), i = 0;
    while (i < n) {
        unsigned c = p[i];
        if (c < 0x80) { ++i; continue; }
        std::size_t len;
        unsigned cp;
        if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; }
        else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; }
        else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; }
        else return i;
        if (i + len > n) return i;
        for (std::size_t k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80) return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        static const unsigned min_for_len[5] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < min_for_len[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return i;
        i += len;
    }
    return std::string_view::npos;
}

int line_of_offset(std::string_view bytes, std::size_t offset) {
    offset = std::min(offset, bytes.size());
    return 1 + static_cast<int>(std::count(bytes.begin(), bytes.begin() + offset, '\n'));
}

namespace {

std::string stem_of(std::string_view name) {
    std::size_t slash = name.find_last_of("/\\");
    std::string_view base = slash == std::string_view::npos ? name : name.substr(slash + 1);
    std::size_t dot = base.find_last_of('.');
    return std::string(dot == std::string_view::npos || dot == 0 ? base : base.substr(0, dot));
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

void check_utf8(std::string_view name, std::string_view bytes, std::size_t base_offset_line = 0) {
    std::size_t bad = find_invalid_utf8(bytes);
    if (bad != std::string_view::npos) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(bytes[bad]));
        throw CorpusError(std::string(name), line_of_offset(bytes, bad),
                          std::string("not valid UTF-8 (byte ") + hex + " at offset " +
                              std::to_string(bad) + ")");
    }
}

bool blank(std::string_view s) {
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

// Strips one pair of matching quotes around a front-matter value ("a: b" and 'a: b' both occur).
std::string unquote(std::string_view v) {
    if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front())
        v = v.substr(1, v.size() - 2);
    return std::string(v);
}

} // namespace

// [SECTION] Markdown/text with front matter -------------------------------------------------

Article parse_text_article(std::string_view name, std::string_view bytes) {
    const std::string file(name);
    if (bytes.empty()) throw CorpusError(file, 1, "empty file");
    check_utf8(name, bytes);
    if (blank(bytes)) throw CorpusError(file, 1, "file holds only white space");

    // The first line must be exactly "---" (a UTF-8 BOM before it is tolerated).
    std::size_t pos = 0;
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
    auto line_end = [&](std::size_t from) {
        std::size_t e = bytes.find('\n', from);
        return e == std::string_view::npos ? bytes.size() : e;
    };
    std::size_t e = line_end(pos);
    if (trim(bytes.substr(pos, e - pos)) != "---")
        throw CorpusError(file, 1,
                          "missing front matter: the file must start with a line \"---\", then "
                          "\"outlet:\", \"title:\", \"date:\" lines, then \"---\"");

    Article art;
    art.id = stem_of(name);
    art.source_file = file;
    std::set<std::string> seen;
    int line = 1;
    pos = e + 1;
    bool closed = false;
    while (pos <= bytes.size()) {
        ++line;
        if (pos >= bytes.size()) break;
        e = line_end(pos);
        std::string_view raw = bytes.substr(pos, e - pos);
        std::string_view t = trim(raw);
        std::size_t next = e < bytes.size() ? e + 1 : e;
        if (t == "---") {
            closed = true;
            pos = next;
            break;
        }
        pos = next;
        if (t.empty() || t.front() == '#') continue;
        std::size_t colon = t.find(':');
        if (colon == std::string_view::npos || colon == 0) {
            // A body line reached without a closing "---" means the block was never closed;
            // say that rather than blaming the body line's syntax.
            std::string_view rest = bytes.substr(pos);
            bool closes_later = rest.substr(0, 4) == "---\n" || rest == "---" ||
                                rest.find("\n---\n") != std::string_view::npos ||
                                rest.find("\n---\r\n") != std::string_view::npos ||
                                rest.substr(0, 5) == "---\r\n";
            if (!closes_later)
                throw CorpusError(file, 1,
                                  "unterminated front matter: no closing \"---\" line (line " +
                                      std::to_string(line) + " is not \"key: value\")");
            throw CorpusError(file, line,
                              "malformed front matter: expected \"key: value\", got \"" +
                                  std::string(t.substr(0, 60)) + "\"");
        }
        std::string key(trim(t.substr(0, colon)));
        std::string value = unquote(trim(t.substr(colon + 1)));
        if (!seen.insert(key).second)
            throw CorpusError(file, line, "front matter key \"" + key + "\" given twice");
        if (key == "outlet" || key == "series") art.outlet = value;
        else if (key == "title") art.title = value;
        else if (key == "date") art.date = value;
        else if (key == "url") art.url = value;
        else if (key == "byline" || key == "author") art.byline = value;
        else if (key == "id") art.id = value;
        else
            throw CorpusError(file, line,
                              "unknown front matter key \"" + key +
                                  "\" (known: id, outlet, series, title, date, url, byline)");
    }
    if (!closed)
        throw CorpusError(file, 1, "unterminated front matter: no closing \"---\" line");
    if (art.id.empty()) throw CorpusError(file, 1, "empty article id");
    art.source_line = line + 1; // the body starts on the line after the closing "---"
    art.text = std::string(bytes.substr(pos));
    if (blank(art.text)) throw CorpusError(file, line, "the article has no text after its front matter");
    return art;
}

// [SECTION] JSON Lines ----------------------------------------------------------------------

std::vector<Article> parse_jsonl_articles(std::string_view name, std::string_view bytes) {
    const std::string file(name);
    if (bytes.empty()) throw CorpusError(file, 1, "empty file");
    check_utf8(name, bytes);
    std::vector<Article> out;
    std::size_t pos = 0;
    int line = 0;
    while (pos < bytes.size()) {
        ++line;
        std::size_t e = bytes.find('\n', pos);
        if (e == std::string_view::npos) e = bytes.size();
        std::string_view raw = bytes.substr(pos, e - pos);
        pos = e + 1;
        if (blank(raw)) continue;
        nlohmann::json j = nlohmann::json::parse(raw.begin(), raw.end(), nullptr, false);
        if (j.is_discarded()) throw CorpusError(file, line, "not valid JSON");
        if (!j.is_object()) throw CorpusError(file, line, "a record must be a JSON object");
        auto str = [&](const char* key, bool required) -> std::string {
            auto it = j.find(key);
            if (it == j.end() || it->is_null()) {
                if (required) throw CorpusError(file, line, std::string("missing \"") + key + "\"");
                return {};
            }
            if (!it->is_string())
                throw CorpusError(file, line, std::string("\"") + key + "\" must be a string");
            return it->get<std::string>();
        };
        Article art;
        art.id = str("id", true);
        art.outlet = str("outlet", false);
        if (art.outlet.empty()) art.outlet = str("series", false);
        art.title = str("title", false);
        art.date = str("date", false);
        art.url = str("url", false);
        art.byline = str("byline", false);
        art.text = str("text", true);
        if (art.id.empty()) throw CorpusError(file, line, "empty \"id\"");
        if (blank(art.text)) throw CorpusError(file, line, "empty \"text\"");
        art.source_file = file;
        art.source_line = line;
        out.push_back(std::move(art));
    }
    if (out.empty()) throw CorpusError(file, 1, "no records (only blank lines)");
    return out;
}

void write_corpus_jsonl(const Corpus& corpus, std::ostream& out) {
    for (const Article& a : corpus.articles) {
        // ordered_json keeps the fields in the order a person reads them: id first, text last.
        nlohmann::ordered_json j;
        j["id"] = a.id;
        for (const auto& [key, value] : {std::pair<const char*, const std::string*>{"outlet", &a.outlet},
                                         {"title", &a.title},
                                         {"date", &a.date},
                                         {"url", &a.url},
                                         {"byline", &a.byline}})
            if (!value->empty()) j[key] = *value;
        j["text"] = a.text;
        out << j.dump() << '\n';
    }
}

// [SECTION] Files and directories -----------------------------------------------------------

namespace {

bool has_suffix(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool is_corpus_file(const std::string& name) {
    return has_suffix(name, ".md") || has_suffix(name, ".markdown") || has_suffix(name, ".txt") ||
           has_suffix(name, ".jsonl");
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw CorpusError(path, 1, "cannot open file");
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void load_file(const std::string& path, Corpus& corpus) {
    std::string bytes = read_file(path);
    if (has_suffix(path, ".jsonl")) {
        for (Article& a : parse_jsonl_articles(path, bytes)) corpus.articles.push_back(std::move(a));
    } else {
        corpus.articles.push_back(parse_text_article(path, bytes));
    }
}

} // namespace

Corpus load_corpus(const std::vector<std::string>& paths) {
    Corpus corpus;
    for (const std::string& path : paths) {
        struct stat st {};
        if (stat(path.c_str(), &st) != 0) throw CorpusError(path, 1, "no such file or directory");
        if (S_ISDIR(st.st_mode)) {
            std::vector<std::string> names;
            if (DIR* dir = opendir(path.c_str())) {
                while (dirent* ent = readdir(dir)) {
                    std::string n = ent->d_name;
                    if (!n.empty() && n[0] != '.' && is_corpus_file(n)) names.push_back(n);
                }
                closedir(dir);
            } else {
                throw CorpusError(path, 1, "cannot read directory");
            }
            std::sort(names.begin(), names.end());
            std::string prefix = has_suffix(path, "/") ? path : path + "/";
            for (const std::string& n : names) load_file(prefix + n, corpus);
        } else {
            load_file(path, corpus);
        }
    }
    if (corpus.articles.empty())
        throw CorpusError(paths.empty() ? std::string("(no input)") : paths.front(), 1,
                          "no articles found (expected .md, .markdown, .txt or .jsonl files)");
    // Duplicate ids would make every reference ambiguous: refuse them, naming both places.
    std::unordered_map<std::string_view, std::size_t> first_with_id;
    for (std::size_t i = 0; i < corpus.articles.size(); ++i) {
        const Article& a = corpus.articles[i];
        auto [it, inserted] = first_with_id.emplace(a.id, i);
        if (!inserted) {
            const Article& first = corpus.articles[it->second];
            throw CorpusError(a.source_file, a.source_line,
                              "duplicate article id \"" + a.id + "\" (first in " +
                                  first.source_file + ":" + std::to_string(first.source_line) + ")");
        }
    }
    return corpus;
}

} // namespace wiretrace
