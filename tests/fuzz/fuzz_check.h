// fuzz_check.h — what the fuzz targets assert beyond "no sanitizer report".
//
// A broken promise aborts with a message on stderr, so libFuzzer saves the input as a crash
// reproducer exactly as it does for an ASan or UBSan report.
#pragma once

#include "core/analysis.h"
#include "core/corpus.h"

#include <algorithm>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <string_view>
#include <unistd.h>

namespace wiretrace::fuzz {

[[noreturn]] inline void fail(const std::string& what) {
    std::fprintf(stderr, "wiretrace fuzz: broken promise: %s\n", what.c_str());
    std::fflush(stderr);
    std::abort();
}

inline void expect(bool ok, const std::string& what) {
    if (!ok) fail(what);
}

// Writes `bytes` to `name` in this process's scratch folder (made once under $TMPDIR, /dev/shm
// or /tmp, removed at exit) and returns its path: the loader targets go through load_corpus, the
// API the CLI uses, with its file checks, rather than the parsing functions alone.
inline std::string scratch_file(const std::string& name, std::string_view bytes) {
    static const std::string dir = [] {
        // Memory-backed /dev/shm when there is one: a disk write per input is several times
        // slower than the parse it feeds.
        const char* tmp = std::getenv("TMPDIR");
        const std::string base = tmp && *tmp                     ? tmp
                                 : access("/dev/shm", W_OK) == 0 ? "/dev/shm"
                                                                 : "/tmp";
        std::string pattern = base + "/wiretrace-fuzz-XXXXXX";
        if (!mkdtemp(pattern.data())) fail("cannot make a scratch folder in " + pattern);
        static std::string made = pattern;
        std::atexit([] {
            std::remove((made + "/fuzz.md").c_str());
            std::remove((made + "/fuzz.jsonl").c_str());
            rmdir(made.c_str());
        });
        return pattern;
    }();
    const std::string path = dir + "/" + name;
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) fail("cannot write " + path);
    return path;
}

// Lines of a file's bytes, as the loader numbers them (the last one may lack its newline).
inline int line_count(std::string_view bytes) {
    return 1 + static_cast<int>(std::count(bytes.begin(), bytes.end(), '\n'));
}

// Writes `bytes` as the scratch file `name` and loads it with load_corpus into `corpus`. Returns
// false when the loader refused it, after checking the refusal keeps its promise: it names that
// file, a line inside it, and what is wrong.
inline bool load_scratch_corpus(const std::string& name, std::string_view bytes, Corpus& corpus) {
    const int lines = line_count(bytes);
    const std::string path = scratch_file(name, bytes);
    try {
        corpus = load_corpus({path});
    } catch (const CorpusError& e) {
        expect(e.file() == path, "error names another file: " + std::string(e.what()));
        expect(e.line() >= 1 && e.line() <= lines,
               "error line outside the file: " + std::string(e.what()));
        expect(!e.message().empty(), "error without a message");
        return false;
    }
    return true;
}

// Where two strings first differ, for a readable failure message.
inline std::string first_difference(std::string_view a, std::string_view b) {
    std::size_t i = 0;
    while (i < a.size() && i < b.size() && a[i] == b[i]) ++i;
    auto around = [&](std::string_view s) {
        std::size_t from = i < 40 ? 0 : i - 40;
        return std::string(s.substr(from, 80));
    };
    return "sizes " + std::to_string(a.size()) + " and " + std::to_string(b.size()) +
           ", first difference at byte " + std::to_string(i) + ":\n  " + around(a) + "\n  " +
           around(b);
}

// Every article index and span of a loaded Analysis points inside the corpus: the views slice
// article texts with these without further checks (text_of in analysis.h), so an analysis the
// page's loader accepts must satisfy this (docs/analysis-format.md, "Conventions").
inline void expect_spans_inside(const Analysis& a) {
    const auto n = static_cast<int>(a.corpus.articles.size());
    expect(a.articles.size() == a.corpus.articles.size(), "articles not parallel to the corpus");
    auto article_ok = [&](int i, const char* what) {
        expect(i >= 0 && i < n, std::string(what) + ": article index " + std::to_string(i) +
                                    " outside the corpus of " + std::to_string(n));
    };
    auto span_ok = [&](int article, ByteSpan s, const char* what) {
        article_ok(article, what);
        const std::size_t size = a.corpus.articles[static_cast<std::size_t>(article)].text.size();
        expect(s.begin <= s.end && s.end <= size,
               std::string(what) + ": span [" + std::to_string(s.begin) + ", " +
                   std::to_string(s.end) + "] outside a text of " + std::to_string(size) +
                   " bytes");
    };
    for (int i = 0; i < n; ++i) {
        for (ByteSpan s : a.articles[static_cast<std::size_t>(i)].boilerplate)
            span_ok(i, s, "boilerplate");
        for (ByteSpan s : a.articles[static_cast<std::size_t>(i)].sentences)
            span_ok(i, s, "sentence");
    }
    for (const Alignment& al : a.alignments) {
        span_ok(al.a, al.a_span, "alignment a_span");
        span_ok(al.b, al.b_span, "alignment b_span");
        for (const WordEdit& e : al.diff) {
            span_ok(al.a, e.a, "diff a");
            span_ok(al.b, e.b, "diff b");
        }
    }
    for (const Passage& p : a.passages)
        for (const PassageMember& m : p.members) span_ok(m.article, m.span, "passage member");
    for (const SentenceProvenance& p : a.provenance) {
        span_ok(p.article, p.sentence, "provenance sentence");
        if (p.source) span_ok(p.source->article, p.source->span, "provenance source");
    }
    expect(a.sources.empty() || a.sources.size() == a.corpus.articles.size(),
           "sources not parallel to the corpus");
    for (std::size_t i = 0; i < a.sources.size(); ++i) {
        if (a.sources[i].source != -1) article_ok(a.sources[i].source, "source");
        span_ok(static_cast<int>(i), a.sources[i].credit, "source credit");
    }
    for (const Claim& c : a.claims) {
        const auto mentions = static_cast<int>(c.mentions.size());
        for (const ClaimMention& m : c.mentions) {
            span_ok(m.article, m.span, "claim mention");
            for (int name : {m.speaker, m.source})
                expect(name >= -1 && name < static_cast<int>(a.claim_names.size()),
                       "claim mention's speaker or source outside claim_names");
        }
        expect(mentions == 0 || (c.reference >= 0 && c.reference < mentions),
               "claim reference outside its mentions");
        for (const ClaimDifference& d : c.differences)
            expect(d.mention >= 0 && d.mention < mentions && d.reference >= 0 &&
                       d.reference < mentions,
                   "claim difference outside its mentions");
        for (const ClaimNote& note : c.notes)
            expect(note.mention >= 0 && note.mention < mentions, "claim note outside its mentions");
    }
}

} // namespace wiretrace::fuzz
