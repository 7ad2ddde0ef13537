// passim.cpp — reading one cluster of passim's output (passim.h).
//
// [SECTION] Files: part files and document files
// [SECTION] Records
// [SECTION] The cluster's documents

#include "passim.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <dirent.h>
#include <fstream>
#include <map>
#include <set>
#include <sys/stat.h>

namespace wiretrace {

namespace {

// [SECTION] Files: part files and document files --------------------------------------------

bool has_suffix(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool is_dir(const std::string& path) {
    struct stat st {};
    return stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// Spark writes what it was configured to; Wiretrace reads plain JSON Lines only, and says so
// rather than failing on the first binary byte with "not valid JSON".
void check_plain_json(const std::string& path) {
    for (const char* ext : {".gz", ".bz2", ".snappy", ".zst", ".lz4", ".deflate", ".xz"})
        if (has_suffix(path, ext))
            throw CorpusError(
                path, 1, "compressed file: decompress it first (Wiretrace reads plain JSON Lines)");
    if (has_suffix(path, ".parquet"))
        throw CorpusError(path, 1, "Parquet file: run passim with its default JSON output format");
}

// The files of `path`: itself, or the files of a folder sorted by name, without Spark's marker
// and checksum files (_SUCCESS, .part-….crc) and other hidden files.
std::vector<std::string> files_of(const std::string& path) {
    struct stat st {};
    if (stat(path.c_str(), &st) != 0) throw CorpusError(path, 1, "no such file or directory");
    if (!S_ISDIR(st.st_mode)) {
        check_plain_json(path);
        return {path};
    }
    std::vector<std::string> names;
    DIR* dir = opendir(path.c_str());
    if (!dir) throw CorpusError(path, 1, "cannot read directory");
    while (dirent* ent = readdir(dir)) {
        std::string n = ent->d_name;
        if (n.empty() || n[0] == '.' || n[0] == '_' || has_suffix(n, ".crc")) continue;
        names.push_back(n);
    }
    closedir(dir);
    std::sort(names.begin(), names.end());
    std::vector<std::string> out;
    const std::string prefix = has_suffix(path, "/") ? path : path + "/";
    for (const std::string& n : names) {
        if (is_dir(prefix + n)) continue;
        check_plain_json(prefix + n);
        out.push_back(prefix + n);
    }
    if (out.empty()) throw CorpusError(path, 1, "no files in this folder");
    return out;
}

// Calls `record(json, file, line)` for every non-blank line of every file.
template <class F> void for_each_record(const std::vector<std::string>& files, F record) {
    for (const std::string& file : files) {
        // Checked before opening: opening a FIFO would wait for a writer forever.
        require_regular_file(file);
        std::ifstream in(file, std::ios::binary);
        if (!in) throw CorpusError(file, 1, "cannot open file");
        std::string raw;
        int line = 0;
        while (std::getline(in, raw)) {
            ++line;
            if (raw.find_first_not_of(" \t\r") == std::string::npos) continue;
            std::size_t bad = find_invalid_utf8(raw);
            if (bad != std::string::npos)
                throw CorpusError(file, line,
                                  "not valid UTF-8 (at byte " + std::to_string(bad) +
                                      " of the line)");
            nlohmann::json j = nlohmann::json::parse(raw, nullptr, false);
            if (j.is_discarded()) throw CorpusError(file, line, "not valid JSON");
            if (!j.is_object()) throw CorpusError(file, line, "a record must be a JSON object");
            record(j, file, line);
        }
    }
}

// [SECTION] Records -------------------------------------------------------------------------

// One record of passim's output: a passage of one document in one cluster.
struct PassageRecord {
    Article document;                // metadata, `text` is the passage
    std::int64_t begin = 0, end = 0; // characters of the document
    std::int64_t size = 0;           // documents in the cluster, 0 when absent
};

// An id or cluster is a string or an integer in passim's output (its input decides).
std::string key_field(const nlohmann::json& j, const char* key, const std::string& file, int line,
                      const char* what_if_missing) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null())
        throw CorpusError(file, line, std::string("missing \"") + key + "\"" + what_if_missing);
    if (it->is_string()) return it->get<std::string>();
    if (it->is_number_integer()) return it->dump();
    throw CorpusError(file, line, std::string("\"") + key + "\" must be a string or an integer");
}

std::string string_field(const nlohmann::json& j, const char* key, const std::string& file,
                         int line) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return {};
    if (!it->is_string())
        throw CorpusError(file, line, std::string("\"") + key + "\" must be a string");
    return it->get<std::string>();
}

std::int64_t count_field(const nlohmann::json& j, const char* key, const std::string& file,
                         int line, bool required) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) {
        if (required)
            throw CorpusError(file, line,
                              std::string("missing \"") + key +
                                  "\": not a record of passim's cluster output");
        return -1;
    }
    if (!it->is_number_integer() || it->get<std::int64_t>() < 0)
        throw CorpusError(file, line,
                          std::string("\"") + key + "\" must be a non-negative integer");
    return it->get<std::int64_t>();
}

// The document fields every record carries (passim passes its input's fields through).
Article document_fields(const nlohmann::json& j, const std::string& file, int line) {
    Article a;
    a.id = key_field(j, "id", file, line, "");
    if (a.id.empty()) throw CorpusError(file, line, "empty \"id\"");
    a.outlet = string_field(j, "outlet", file, line);
    if (a.outlet.empty()) a.outlet = string_field(j, "series", file, line);
    a.title = string_field(j, "title", file, line);
    a.date = string_field(j, "date", file, line);
    a.url = string_field(j, "url", file, line);
    a.byline = string_field(j, "byline", file, line);
    a.country = string_field(j, "country", file, line);
    a.owner = string_field(j, "owner", file, line);
    a.lean = string_field(j, "lean", file, line);
    auto t = j.find("text");
    if (t == j.end() || t->is_null()) throw CorpusError(file, line, "missing \"text\"");
    if (!t->is_string()) throw CorpusError(file, line, "\"text\" must be a string");
    a.text = t->get<std::string>();
    if (a.text.find_first_not_of(" \t\r\n") == std::string::npos)
        throw CorpusError(file, line, "empty \"text\"");
    a.source_file = file;
    a.source_line = line;
    return a;
}

std::string where(const Article& a) {
    return a.source_file + ":" + std::to_string(a.source_line);
}

// Byte offset of code point `n` in `s` (s.size() past the end, npos beyond it).
std::size_t byte_of_char(std::string_view s, std::int64_t n) {
    std::size_t i = 0;
    for (std::int64_t k = 0; k < n; ++k) {
        if (i >= s.size()) return std::string_view::npos;
        ++i;
        while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    }
    return i;
}

} // namespace

// [SECTION] The cluster's documents ---------------------------------------------------------

Corpus load_passim_cluster(const std::string& passim_output, std::string_view cluster,
                           const std::vector<std::string>& documents) {
    // passim's output folder holds out.json/ (and, with --pairwise, align.json/): read the former.
    std::string out_path = passim_output;
    const std::string nested = (has_suffix(out_path, "/") ? out_path : out_path + "/") + "out.json";
    if (is_dir(out_path) && is_dir(nested)) out_path = nested;

    // The chosen cluster's records by document id (std::map: the order never depends on hashing).
    std::map<std::string, std::vector<PassageRecord>> by_document;
    std::size_t records = 0;
    std::set<std::string> clusters;
    constexpr std::size_t kMaxClustersCounted = 100000;
    for_each_record(files_of(out_path), [&](const nlohmann::json& j, const std::string& file,
                                            int line) {
        std::string c = key_field(j, "cluster", file, line,
                                  ": not a record of passim's cluster output (out.json)");
        PassageRecord r;
        r.document = document_fields(j, file, line);
        r.begin = count_field(j, "begin", file, line, true);
        r.end = count_field(j, "end", file, line, true);
        r.size = std::max<std::int64_t>(0, count_field(j, "size", file, line, false));
        if (r.end <= r.begin)
            throw CorpusError(file, line,
                              "\"end\" (" + std::to_string(r.end) + ") must be after \"begin\" (" +
                                  std::to_string(r.begin) + ")");
        ++records;
        if (clusters.size() < kMaxClustersCounted) clusters.insert(c); // only for the message
        if (c == cluster) by_document[r.document.id].push_back(std::move(r));
    });
    if (by_document.empty())
        throw CorpusError(
            out_path, 1,
            "no record of cluster " + std::string(cluster) + " (" + std::to_string(records) +
                " records in " + std::to_string(clusters.size()) +
                (clusters.size() == kMaxClustersCounted ? "+" : "") + " other clusters)");

    // One article per document: its passages in document order, checked for agreement.
    Corpus corpus;
    std::int64_t size = 0;
    const PassageRecord* sized = nullptr;
    for (auto& [id, passages] : by_document) {
        std::sort(passages.begin(), passages.end(),
                  [](const PassageRecord& a, const PassageRecord& b) { return a.begin < b.begin; });
        Article a = passages.front().document;
        a.text.clear();
        for (std::size_t k = 0; k < passages.size(); ++k) {
            const PassageRecord& p = passages[k];
            const Article& d = p.document;
            if (d.outlet != a.outlet || d.title != a.title || d.date != a.date)
                throw CorpusError(d.source_file, d.source_line,
                                  "document \"" + id +
                                      "\" has another outlet, title or date here than at " +
                                      where(passages.front().document));
            if (k > 0 && p.begin < passages[k - 1].end)
                throw CorpusError(
                    d.source_file, d.source_line,
                    "passage " + std::to_string(p.begin) + "-" + std::to_string(p.end) + " of \"" +
                        id + "\" overlaps passage " + std::to_string(passages[k - 1].begin) + "-" +
                        std::to_string(passages[k - 1].end) + " at " +
                        where(passages[k - 1].document));
            // A gap in the document becomes a paragraph break: the reader sees two passages,
            // not one sentence glued to another.
            if (k > 0 && p.begin > passages[k - 1].end) a.text += "\n\n";
            a.text += d.text;
            if (p.size && !sized) size = p.size, sized = &p;
        }
        corpus.articles.push_back(std::move(a));
    }
    if (sized && static_cast<std::size_t>(size) != corpus.articles.size())
        throw CorpusError(sized->document.source_file, sized->document.source_line,
                          "cluster " + std::string(cluster) + " has size " + std::to_string(size) +
                              " but " + std::to_string(corpus.articles.size()) +
                              " documents have records in " + out_path +
                              ": is a part file missing?");

    if (!documents.empty()) {
        // Whole documents from passim's input, each checked against its passages.
        std::map<std::string, Article> found;
        std::vector<std::string> files;
        for (const std::string& d : documents)
            for (std::string& f : files_of(d)) files.push_back(std::move(f));
        for_each_record(files, [&](const nlohmann::json& j, const std::string& file, int line) {
            std::string id = key_field(j, "id", file, line, "");
            if (!by_document.count(id)) return;
            Article a = document_fields(j, file, line);
            auto [it, inserted] = found.emplace(id, a);
            if (!inserted)
                throw CorpusError(file, line,
                                  "document \"" + id + "\" again (first at " + where(it->second) +
                                      ")");
        });
        std::string missing;
        std::size_t n_missing = 0;
        for (const auto& [id, passages] : by_document)
            if (!found.count(id) && n_missing++ < 5)
                missing += (missing.empty() ? "\"" : ", \"") + id + "\"";
        if (n_missing)
            throw CorpusError(documents.front(), 1,
                              std::to_string(n_missing) + " documents of cluster " +
                                  std::string(cluster) + " are not in these files: " + missing +
                                  (n_missing > 5 ? ", …" : ""));
        for (Article& a : corpus.articles) {
            Article& whole = found[a.id];
            for (const PassageRecord& p : by_document[a.id]) {
                std::size_t b = byte_of_char(whole.text, p.begin),
                            e = byte_of_char(whole.text, p.end);
                if (b == std::string::npos || e == std::string::npos ||
                    whole.text.compare(b, e - b, p.document.text) != 0)
                    throw CorpusError(p.document.source_file, p.document.source_line,
                                      "this passage is not characters " + std::to_string(p.begin) +
                                          "-" + std::to_string(p.end) + " of document \"" + a.id +
                                          "\" at " + where(whole) +
                                          ": are these the documents passim read?");
            }
            a = std::move(whole);
        }
    }
    // Dates first: earlier reports are the likelier sources, and readers expect that order.
    std::stable_sort(corpus.articles.begin(), corpus.articles.end(),
                     [](const Article& x, const Article& y) {
                         return x.date != y.date ? x.date < y.date : x.id < y.id;
                     });
    return corpus;
}

} // namespace wiretrace
