// corpus.h — loading a news corpus: articles with their metadata and their exact text.
//
// A corpus is a set of files, each either
//   * Markdown/plain text (`.md`, `.markdown`, `.txt`) that opens with a front-matter block:
//
//         ---
//         # comments are allowed
//         outlet: The Independent
//         title: Syrian insurgents enter 2 central towns
//         date: 2024-12-06
//         url: https://…            (optional)
//         byline: Bassem Mroue      (optional; also "author:")
//         id: ap-homs-0612          (optional: the article id instead of the file stem)
//         country: United Kingdom   (optional outlet metadata, shown where given, never
//         owner: Independent Digital News & Media    guessed: where the outlet is based, who
//         lean: centre-left         owns it, its political lean, as the corpus author writes them)
//         ---
//         <body: every byte after the closing "---\n" is the article text, unchanged>
//
//   * JSON Lines (`.jsonl`), one article per line, passim-compatible:
//         {"id": "...", "outlet" or "series": "...", "title": "...", "date": "...",
//          "url": "...", "text": "..."}
//
// The article id is the file stem for text files (or their front matter's `id:`) and the `id`
// field for JSON Lines.
// All offsets anywhere in Wiretrace are UTF-8 byte offsets into `Article::text`.
//
// A front-matter key outside the list above is refused (a misspelt "outlte:" must not vanish);
// in JSON Lines only the listed keys are read.
// Bad input never gets skipped: an empty file, bytes that are not valid UTF-8, a missing,
// malformed or unterminated front-matter block, a JSON Lines record that is not an object, has
// no `text` or names a key twice, an impossible date (2024-02-31), and a duplicate id all throw
// CorpusError naming the file and line.
//
// Only regular files are read (a link to one is followed): a FIFO, a device, a socket or a
// directory named like an article gives "path: not a regular file", checked with stat before
// anything is opened, so a named pipe never hangs the loader and a link to /dev/zero is refused.
// Sizes are checked before reading too (CorpusLimits): "path: … larger than …".
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace wiretrace {

struct Article {
    std::string id;     // file stem, or the JSON Lines `id`; unique within a corpus
    std::string outlet; // who published it ("The Independent"), or a neutral label
    std::string title;
    std::string date;   // as written in the source, ISO 8601 (YYYY-MM-DD…) recommended
    std::string url;    // may be empty
    std::string byline; // may be empty
    std::string text;   // the article body, byte for byte as in the file; valid UTF-8

    // Where it was read from, for messages: "<folder>/<file>" for a file of a folder given to the
    // loader, the file's name for a file given alone (never an absolute path: the page publishes
    // it); may be empty.
    std::string source_file;
    int source_line = 1;     // 1-based line in source_file where `text` starts

    // Outlet metadata as the corpus gives it (front matter or JSON Lines); empty when not given.
    // Free text, never looked up or inferred: "United Kingdom", "Daily Mail and General Trust",
    // "right". Shown beside the outlet wherever the article is listed. (Last, so the brace
    // initialisers written before these fields existed still fill the fields they meant.)
    std::string country;
    std::string owner;
    std::string lean;
};

struct Corpus {
    std::vector<Article> articles;

    // Index of the article with this id, or -1.
    int find(std::string_view id) const;
};

// The outlet metadata keys, in the order tables and headers show them.
struct OutletMetadataKey {
    const char* key;     // as in the front matter and the JSON: "country"
    const char* heading; // as a column heads it: "Country"
    std::string Article::*field;
};
inline const OutletMetadataKey kOutletMetadataKeys[] = {
    {"country", "Country", &Article::country},
    {"owner", "Owner", &Article::owner},
    {"lean", "Lean", &Article::lean},
};

// The keys at least one article of `corpus` gives, in kOutletMetadataKeys order: the columns a
// table adds (none for a corpus that gives none, so nothing is shown that was not written).
std::vector<OutletMetadataKey> outlet_metadata_given(const Corpus& corpus);

// The article's metadata in words for a header line, the keys it gives only:
// "country: United Kingdom · lean: centre-left"; "" when it gives none.
std::string outlet_metadata_line(const Article& article);

// Thrown for any problem in the input; what() is "file:line: message".
class CorpusError : public std::runtime_error {
public:
    CorpusError(std::string file, int line, const std::string& message);
    const std::string& file() const { return file_; }
    int line() const { return line_; }
    const std::string& message() const { return message_; }

private:
    std::string file_;
    int line_;
    std::string message_;
};

// What a file's name says it holds, by its extension, in any case (A.MD is an article: cameras
// and Windows tools write upper case): JSON Lines (.jsonl), one article with front matter
// (.md, .markdown, .txt), or no article. The build's loader and the page's (working_set.h)
// decide by this one rule.
enum class ArticleFileKind { JsonLines, Text, None };
ArticleFileKind article_file_kind(std::string_view name);

// Parses one Markdown/text article. `name` is used for errors and, through its stem, as the id.
Article parse_text_article(std::string_view name, std::string_view bytes);

// Calls `fn(line, record)` for each line of a JSON Lines file that is not blank, in order, with
// its 1-based line number, until `fn` returns false.
void for_each_jsonl_record(std::string_view bytes, const std::function<bool(int, std::string_view)>& fn);

// One JSON Lines record, line `line` of `name`, as an article. Throws CorpusError naming
// name:line. The page's working set (working_set.h) reads a reader's file record by record with
// it, so that one bad record costs only itself.
Article parse_jsonl_record(std::string_view name, std::string_view record, int line);

// Parses a JSON Lines file into articles (blank lines are allowed and ignored).
std::vector<Article> parse_jsonl_articles(std::string_view name, std::string_view bytes);

// Size limits, checked with stat before a byte is read. The defaults are far above any real
// corpus (a news article is 2-20 KB; 10,000 articles as JSON Lines are about 60 MB) and far
// below what would exhaust memory: the analysis holds about 5 times the corpus, and the page
// runs in a 4 GB WebAssembly heap. They exist so that a wrong path (a disk image, a log) fails
// at once with a message instead of running out of memory.
struct CorpusLimits {
    std::uint64_t max_file_bytes = 256ull << 20;   // 256 MiB per file
    std::uint64_t max_corpus_bytes = 512ull << 20; // 512 MiB for all files together
};

// Loads files and directories (directories: their files whose extension is .md, .markdown, .txt
// or .jsonl in any case, not recursive). The articles come out sorted by id (byte order), so
// the corpus, and everything computed from it, is the same whatever order the files were
// given or found in. Throws CorpusError on bad input, including two articles with the same id,
// a path that is not a regular file or a directory, and a file or corpus above `limits`.
// Entries of a directory that are not read (hidden files, other extensions, subdirectories) are
// not skipped silently: their paths are appended to `skipped` ("corpus/notes.docx") for the
// caller to report (the CLI prints them as one warning line on standard error).
Corpus load_corpus(const std::vector<std::string>& paths, const CorpusLimits& limits = {},
                   std::vector<std::string>* skipped = nullptr);

// Throws CorpusError ("path:1: not a regular file", a missing file, a broken link, a link loop)
// unless `path` is a regular file or a link to one, without opening it. For readers that stream
// a file line by line instead of reading it whole (passim's output can be far larger than one
// story, so it gets no size limit).
void require_regular_file(const std::string& path);

// Checks an article date: one that starts like ISO 8601 (YYYY-MM-DD) must be a real day of the
// proleptic Gregorian calendar. Returns an empty string when it is fine (dates in other forms
// are kept as written), else what is wrong ("impossible date \"2023-02-29\": …").
std::string check_article_date(std::string_view date);

// Writes the corpus as JSON Lines, one article per line in corpus order, with the fields
// parse_jsonl_articles reads (id, outlet, title, date, url, byline, country, owner, lean, text;
// empty ones left out
// except id and text), so a corpus built from another source (a passim cluster) can be embedded
// in the page like any .jsonl corpus. Reading it back gives the same articles.
void write_corpus_jsonl(const Corpus& corpus, std::ostream& out);

// Returns the byte offset of the first invalid UTF-8 sequence, or npos when `bytes` is valid.
// Overlong encodings, surrogates and code points above U+10FFFF are invalid.
std::size_t find_invalid_utf8(std::string_view bytes);

// The 1-based line number of byte `offset` in `bytes`.
int line_of_offset(std::string_view bytes, std::size_t offset);

} // namespace wiretrace
