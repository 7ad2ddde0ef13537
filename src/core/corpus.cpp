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
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <fstream>
#include <functional>
#include <ostream>
#include <set>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>
#include <unordered_map>
#include <utility>

namespace wiretrace {

CorpusError::CorpusError(std::string file, int line, const std::string& message)
    : std::runtime_error(file + ":" + std::to_string(line) + ": " + message), file_(std::move(file)),
      line_(line), message_(message) {}

int Corpus::find(std::string_view id) const {
    for (std::size_t i = 0; i < articles.size(); ++i)
        if (articles[i].id == id) return static_cast<int>(i);
    return -1;
}

std::vector<OutletMetadataKey> outlet_metadata_given(const Corpus& corpus) {
    std::vector<OutletMetadataKey> given;
    for (const OutletMetadataKey& k : kOutletMetadataKeys)
        if (std::any_of(corpus.articles.begin(), corpus.articles.end(),
                        [&](const Article& a) { return !(a.*k.field).empty(); }))
            given.push_back(k);
    return given;
}

std::string outlet_metadata_line(const Article& article) {
    std::string line;
    for (const OutletMetadataKey& k : kOutletMetadataKeys) {
        const std::string& v = article.*k.field;
        if (v.empty()) continue;
        if (!line.empty()) line += " \u00b7 ";
        line += std::string(k.key) + ": " + v;
    }
    return line;
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

std::string check_article_date(std::string_view d) {
    auto digit = [&](std::size_t i) { return i < d.size() && d[i] >= '0' && d[i] <= '9'; };
    bool iso = d.size() >= 10 && d[4] == '-' && d[7] == '-';
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) iso = iso && digit(i);
    // A date in another form ("Dec 6, 2024") is kept as written and never read as a day.
    if (!iso) return {};
    auto number = [&](std::size_t at, std::size_t len) {
        int v = 0;
        for (std::size_t i = at; i < at + len; ++i) v = v * 10 + (d[i] - '0');
        return v;
    };
    const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
    static const char* const kMonths[] = {"January",   "February", "March",    "April",
                                          "May",       "June",     "July",     "August",
                                          "September", "October",  "November", "December"};
    const std::string quoted = "\"" + std::string(d.substr(0, 10)) + "\"";
    if (month < 1 || month > 12)
        return "impossible date " + quoted + ": there is no month " + std::to_string(month);
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const int days = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
    if (day < 1 || day > days)
        return "impossible date " + quoted + ": " + kMonths[month - 1] + " " +
               std::to_string(year) + " has " + std::to_string(days) + " days";
    return {};
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
        if (key == "date") {
            std::string wrong = check_article_date(value);
            if (!wrong.empty()) throw CorpusError(file, line, wrong);
        }
        if (key == "outlet" || key == "series") art.outlet = value;
        else if (key == "title") art.title = value;
        else if (key == "date") art.date = value;
        else if (key == "url") art.url = value;
        else if (key == "byline" || key == "author") art.byline = value;
        else if (key == "id") art.id = value;
        else if (key == "country") art.country = value;
        else if (key == "owner") art.owner = value;
        else if (key == "lean") art.lean = value;
        else
            throw CorpusError(file, line,
                              "unknown front matter key \"" + key +
                                  "\" (known: id, outlet, series, title, date, url, byline, "
                                  "author, country, owner, lean)");
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

void for_each_jsonl_record(std::string_view bytes, const std::function<bool(int, std::string_view)>& fn) {
    std::size_t pos = 0;
    int line = 0;
    while (pos < bytes.size()) {
        ++line;
        std::size_t e = bytes.find('\n', pos);
        if (e == std::string_view::npos) e = bytes.size();
        std::string_view raw = bytes.substr(pos, e - pos);
        pos = e + 1;
        if (blank(raw)) continue;
        if (!fn(line, raw)) return;
    }
}

Article parse_jsonl_record(std::string_view name, std::string_view raw, int line) {
    const std::string file(name);
    if (std::size_t bad = find_invalid_utf8(raw); bad != std::string_view::npos) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(raw[bad]));
        throw CorpusError(file, line,
                          std::string("not valid UTF-8 (byte ") + hex + " at offset " + std::to_string(bad) + ")");
    }
    // JSON allows a key twice and nlohmann keeps the last; a record that says two things
    // about its own text or date is a mistake to report, not to resolve silently.
    std::vector<std::set<std::string>> open_objects;
    std::string duplicate_key;
    auto watch_keys = [&](int, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
        using E = nlohmann::json::parse_event_t;
        if (event == E::object_start)
            open_objects.emplace_back();
        else if (event == E::object_end && !open_objects.empty())
            open_objects.pop_back();
        else if (event == E::key && !open_objects.empty() && duplicate_key.empty() &&
                 !open_objects.back().insert(parsed.get<std::string>()).second)
            duplicate_key = parsed.get<std::string>();
        return true;
    };
    nlohmann::json j = nlohmann::json::parse(raw.begin(), raw.end(), watch_keys, false);
    if (j.is_discarded()) throw CorpusError(file, line, "not valid JSON");
    if (!duplicate_key.empty())
        throw CorpusError(file, line, "key \"" + duplicate_key + "\" given twice in one record");
    if (!j.is_object()) throw CorpusError(file, line, "a record must be a JSON object");
    auto str = [&](const char* key, bool required) -> std::string {
        auto it = j.find(key);
        if (it == j.end() || it->is_null()) {
            if (required) throw CorpusError(file, line, std::string("missing \"") + key + "\"");
            return {};
        }
        if (!it->is_string()) throw CorpusError(file, line, std::string("\"") + key + "\" must be a string");
        return it->get<std::string>();
    };
    Article art;
    art.id = str("id", true);
    art.outlet = str("outlet", false);
    if (art.outlet.empty()) art.outlet = str("series", false);
    art.title = str("title", false);
    art.date = str("date", false);
    if (std::string wrong = check_article_date(art.date); !wrong.empty()) throw CorpusError(file, line, wrong);
    art.url = str("url", false);
    art.byline = str("byline", false);
    art.country = str("country", false);
    art.owner = str("owner", false);
    art.lean = str("lean", false);
    art.text = str("text", true);
    if (art.id.empty()) throw CorpusError(file, line, "empty \"id\"");
    if (blank(art.text)) throw CorpusError(file, line, "empty \"text\"");
    art.source_file = file;
    art.source_line = line;
    return art;
}

std::vector<Article> parse_jsonl_articles(std::string_view name, std::string_view bytes) {
    const std::string file(name);
    if (bytes.empty()) throw CorpusError(file, 1, "empty file");
    // The whole file first: its message gives the offset in the file, not in one record.
    check_utf8(name, bytes);
    std::vector<Article> out;
    for_each_jsonl_record(bytes, [&](int line, std::string_view raw) {
        out.push_back(parse_jsonl_record(name, raw, line));
        return true;
    });
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
                                         {"byline", &a.byline},
                                         {"country", &a.country},
                                         {"owner", &a.owner},
                                         {"lean", &a.lean}})
            if (!value->empty()) j[key] = *value;
        j["text"] = a.text;
        out << j.dump() << '\n';
    }
}

// [SECTION] Files and directories -----------------------------------------------------------

namespace {

// Case-insensitive: A.MD is as much an article as a.md (cameras and Windows tools write upper
// case).
bool has_suffix(std::string_view s, std::string_view suffix) {
    if (s.size() < suffix.size()) return false;
    for (std::size_t i = 0; i < suffix.size(); ++i) {
        char c = s[s.size() - suffix.size() + i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != suffix[i]) return false;
    }
    return true;
}


std::string mib(std::uint64_t bytes) {
    // Limits are whole MiB; sizes are shown to one decimal so "256.0 MiB" never hides a byte over.
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f MiB", static_cast<double>(bytes) / (1 << 20));
    return buf;
}

// stat() follows links, so a link to a regular file is read and a link to /dev/zero is a
// character device: refused here, before any open() (opening a FIFO blocks until a writer comes).
struct stat stat_or_throw(const std::string& path) {
    struct stat st {};
    if (stat(path.c_str(), &st) == 0) return st;
    const int err = errno;
    struct stat link {};
    if (err == ELOOP) throw CorpusError(path, 1, "symbolic link loop (too many levels of links)");
    if (err == ENOENT && lstat(path.c_str(), &link) == 0)
        throw CorpusError(path, 1, "broken symbolic link (its target does not exist)");
    if (err == ENOENT || err == ENOTDIR) throw CorpusError(path, 1, "no such file or directory");
    if (err == EACCES) throw CorpusError(path, 1, "permission denied");
    throw CorpusError(path, 1, std::string("cannot read: ") + std::strerror(err));
}

struct FileToRead {
    std::string path;
    std::uint64_t size = 0;
    std::string shown; // the name its articles keep (Article::source_file): see load_corpus
};

// The last name of a path ("corpus" for "/srv/x/corpus/", "a.txt" for "a.txt").
std::string last_component(std::string path) {
    while (path.size() > 1 && path.back() == '/') path.pop_back();
    const std::size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

void check_file(const std::string& path, std::string shown, const struct stat& st,
                const CorpusLimits& limits, std::vector<FileToRead>& files) {
    if (!S_ISREG(st.st_mode)) throw CorpusError(path, 1, "not a regular file");
    const auto size = static_cast<std::uint64_t>(st.st_size);
    if (size > limits.max_file_bytes)
        throw CorpusError(path, 1,
                          "file of " + mib(size) + " is larger than the limit of " +
                              mib(limits.max_file_bytes) + " per file");
    files.push_back({path, size, std::move(shown)});
}

// Reads at most `limit` bytes: O_NONBLOCK and the fstat check keep a file swapped for a FIFO
// between stat and open from hanging the loader, and the cap keeps a file that grows while it
// is read from going past the limit.
std::string read_file(const std::string& path, std::uint64_t limit) {
    int fd = open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        throw CorpusError(path, 1, std::string("cannot open file: ") + std::strerror(errno));
    struct stat st {};
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        close(fd);
        throw CorpusError(path, 1, "not a regular file");
    }
    std::string bytes;
    bytes.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(st.st_size, limit)));
    char buf[1 << 16];
    for (;;) {
        ssize_t n = read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            const int err = errno;
            close(fd);
            throw CorpusError(path, 1, std::string("cannot read file: ") + std::strerror(err));
        }
        if (n == 0) break;
        bytes.append(buf, static_cast<std::size_t>(n));
        if (bytes.size() > limit) {
            close(fd);
            throw CorpusError(path, 1,
                              "file is larger than the limit of " + mib(limit) + " per file");
        }
    }
    close(fd);
    return bytes;
}

void load_file(const FileToRead& f, const CorpusLimits& limits, Corpus& corpus) {
    std::string bytes = read_file(f.path, limits.max_file_bytes);
    if (article_file_kind(f.path) == ArticleFileKind::JsonLines) {
        for (Article& a : parse_jsonl_articles(f.path, bytes))
            corpus.articles.push_back(std::move(a));
    } else {
        corpus.articles.push_back(parse_text_article(f.path, bytes));
    }
}

} // namespace

void require_regular_file(const std::string& path) {
    const struct stat st = stat_or_throw(path);
    if (!S_ISREG(st.st_mode)) throw CorpusError(path, 1, "not a regular file");
}

ArticleFileKind article_file_kind(std::string_view name) {
    if (has_suffix(name, ".jsonl")) return ArticleFileKind::JsonLines;
    if (has_suffix(name, ".md") || has_suffix(name, ".markdown") || has_suffix(name, ".txt"))
        return ArticleFileKind::Text;
    return ArticleFileKind::None;
}

Corpus load_corpus(const std::vector<std::string>& paths, const CorpusLimits& limits,
                   std::vector<std::string>* skipped) {
    // First every path is checked (type, size) without opening anything, then the files are read:
    // a corpus over the limit fails before its first byte is read.
    std::vector<FileToRead> files;
    for (const std::string& path : paths) {
        struct stat st = stat_or_throw(path);
        if (!S_ISDIR(st.st_mode)) {
            check_file(path, last_component(path), st, limits, files);
            continue;
        }
        std::vector<std::string> names;
        DIR* dir = opendir(path.c_str());
        if (!dir)
            throw CorpusError(path, 1,
                              std::string("cannot read directory: ") + std::strerror(errno));
        while (dirent* ent = readdir(dir)) {
            std::string n = ent->d_name;
            if (n != "." && n != "..") names.push_back(n);
        }
        closedir(dir);
        std::sort(names.begin(), names.end());
        std::string prefix = has_suffix(path, "/") ? path : path + "/";
        for (const std::string& n : names) {
            // Hidden files (.DS_Store, editor swap files) and other extensions are not articles,
            // but the user hears about them: a misnamed article must not vanish without a word.
            if (n[0] == '.' || article_file_kind(n) == ArticleFileKind::None) {
                if (skipped) skipped->push_back(prefix + n);
                continue;
            }
            std::string file = prefix + n;
            check_file(file, last_component(path) + "/" + n, stat_or_throw(file), limits, files);
        }
    }
    std::uint64_t total = 0;
    for (const FileToRead& f : files) {
        total += f.size;
        if (total > limits.max_corpus_bytes)
            throw CorpusError(f.path, 1,
                              "the corpus up to this file is larger than the limit of " +
                                  mib(limits.max_corpus_bytes) + " per corpus");
    }
    Corpus corpus;
    std::vector<std::size_t> first_of_file; // index of each file's first article
    for (const FileToRead& f : files) {
        first_of_file.push_back(corpus.articles.size());
        load_file(f, limits, corpus);
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
    // The analysis keeps where each article came from, and the page publishes it: the name as
    // the corpus knows it ("corpus/003_x.txt" for a file in the folder given, the file's own name
    // for a file given alone), never the build machine's absolute path ("/home/…/corpus/…").
    // Messages above, printed on the machine that reads the files, keep the path as given.
    for (std::size_t f = 0; f < files.size(); ++f) {
        const std::size_t end = f + 1 < files.size() ? first_of_file[f + 1] : corpus.articles.size();
        for (std::size_t i = first_of_file[f]; i < end; ++i) corpus.articles[i].source_file = files[f].shown;
    }
    // Corpus order is id order: every later stage breaks its ties by corpus order, so this one
    // sort makes the whole analysis independent of the order the files were named or listed in.
    std::sort(corpus.articles.begin(), corpus.articles.end(),
              [](const Article& x, const Article& y) { return x.id < y.id; });
    return corpus;
}

} // namespace wiretrace
