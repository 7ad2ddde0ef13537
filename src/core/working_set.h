// working_set.h — the articles a reader adds in the page (issue 10), checked one file and one
// record at a time, so that one bad file or record is named and the others are still added.
//
// The build's loader (corpus.h) stops at the first bad file: a corpus that is published must be
// right as a whole. In the page a reader drops a handful of files of their own, and one typo in
// one of them must not cost them the rest. The messages are the loader's own, with the record's
// real line (a bad record on line 7 of a .jsonl is "file.jsonl:7: …", not line 1).
//
//   WorkingSet ws = build_working_set(embedded.corpus, {{"story.md", bytes}, …});
//   for (const std::string& e : ws.errors) show(e);   // "story.md:3: impossible date …"
//   Analysis a = analyze(std::move(ws.corpus));       // ws.user_ids: which are the reader's
#pragma once

#include "corpus.h"

#include <cstddef>
#include <string>
#include <vector>

namespace wiretrace {

// One file (or pasted record) as the reader gave it: its name decides the format (.md,
// .markdown, .txt: one article with front matter; .jsonl: one article per line) and appears in
// every message about it.
struct InputFile {
    std::string name;
    std::string bytes;
};

// What the page accepts at once. A news article is 2-20 KB; the page's wasm analysis needs about
// five times the corpus in memory and about 30 s per 1,000 articles, so beyond these a tab would
// seem frozen or run out of memory: the reader is told instead.
struct WorkingSetLimits {
    std::size_t max_bytes = 50u << 20; // all files together
    std::size_t max_articles = 20000;  // in the working set, the embedded ones included
};

struct WorkingSet {
    Corpus corpus;                     // base articles plus every good record, sorted by id
    std::vector<std::string> user_ids; // ids of the articles read from the files, sorted
    std::vector<std::string> errors;   // "file:line: what is wrong", in input order
};

// Adds the articles of `files` to `base` (the embedded corpus, or an empty one). A file or record
// that fails is left out and named in `errors` with the loader's message: not valid UTF-8, a
// malformed front matter, a record without "text", an impossible date, an id already in the set
// (`duplicate article id "x" (first in …)`), an unknown extension, or one record past
// `limits.max_articles` (that record and the ones after it are not added, in one message).
// Files above `limits.max_bytes` in all are refused whole, before any is parsed. Never throws
// for bad input.
WorkingSet build_working_set(Corpus base, const std::vector<InputFile>& files,
                             const WorkingSetLimits& limits = {});

} // namespace wiretrace
