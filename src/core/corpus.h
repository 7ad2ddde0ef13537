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
//         byline: Bassem Mroue      (optional)
//         ---
//         <body: every byte after the closing "---\n" is the article text, unchanged>
//
//   * JSON Lines (`.jsonl`), one article per line, passim-compatible:
//         {"id": "...", "outlet" or "series": "...", "title": "...", "date": "...",
//          "url": "...", "text": "..."}
//
// The article id is the file stem for text files and the `id` field for JSON Lines.
// All offsets anywhere in Wiretrace are UTF-8 byte offsets into `Article::text`.
//
// Bad input never gets skipped: an empty file, bytes that are not valid UTF-8, a missing,
// malformed or unterminated front-matter block, a JSON Lines record that is not an object or has
// no `text`, and a duplicate id all throw CorpusError naming the file and line.
#pragma once

#include <cstddef>
#include <cstdint>
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

    std::string source_file; // where it was read from (for error messages), may be empty
    int source_line = 1;     // 1-based line in source_file where `text` starts
};

struct Corpus {
    std::vector<Article> articles;

    // Index of the article with this id, or -1.
    int find(std::string_view id) const;
};

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

// Parses one Markdown/text article. `name` is used for errors and, through its stem, as the id.
Article parse_text_article(std::string_view name, std::string_view bytes);

// Parses a JSON Lines file into articles (blank lines are allowed and ignored).
std::vector<Article> parse_jsonl_articles(std::string_view name, std::string_view bytes);

// Loads files and directories (directories: their .md/.markdown/.txt/.jsonl files, sorted by name,
// not recursive; other files in them are ignored). Articles keep the order they were found in.
// Throws CorpusError on bad input, including two articles with the same id.
Corpus load_corpus(const std::vector<std::string>& paths);

// Writes the corpus as JSON Lines, one article per line in corpus order, with the fields
// parse_jsonl_articles reads (id, outlet, title, date, url, byline, text; empty ones left out
// except id and text), so a corpus built from another source (a passim cluster) can be embedded
// in the page like any .jsonl corpus. Reading it back gives the same articles.
void write_corpus_jsonl(const Corpus& corpus, std::ostream& out);

// Returns the byte offset of the first invalid UTF-8 sequence, or npos when `bytes` is valid.
// Overlong encodings, surrogates and code points above U+10FFFF are invalid.
std::size_t find_invalid_utf8(std::string_view bytes);

// The 1-based line number of byte `offset` in `bytes`.
int line_of_offset(std::string_view bytes, std::size_t offset);

} // namespace wiretrace
