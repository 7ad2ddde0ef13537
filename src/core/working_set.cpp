// working_set.cpp — see working_set.h.

#include "working_set.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace wiretrace {

namespace {

std::string where(const Article& a) {
    return (a.source_file.empty() ? std::string("the embedded articles") : a.source_file) + ":" +
           std::to_string(a.source_line);
}

// Adds articles, checking ids against those already in; the first article with an id keeps it.
class Collector {
public:
    Collector(WorkingSet& out, const WorkingSetLimits& limits) : out_(out), limits_(limits) {
        for (std::size_t i = 0; i < out_.corpus.articles.size(); ++i)
            first_.emplace(out_.corpus.articles[i].id, i);
    }

    // False once the set is full (the caller stops reading).
    bool add(Article a) {
        if (full_) return false;
        if (out_.corpus.articles.size() >= limits_.max_articles) {
            full_ = true;
            out_.errors.push_back(
                a.source_file + ":" + std::to_string(a.source_line) + ": more than " +
                std::to_string(limits_.max_articles) +
                " articles in all: this record and the ones after it were not added");
            return false;
        }
        auto it = first_.find(a.id);
        if (it != first_.end()) {
            out_.errors.push_back(a.source_file + ":" + std::to_string(a.source_line) +
                                  ": duplicate article id \"" + a.id + "\" (first in " +
                                  where(out_.corpus.articles[it->second]) + ")");
            return true;
        }
        first_.emplace(a.id, out_.corpus.articles.size());
        out_.user_ids.push_back(a.id);
        out_.corpus.articles.push_back(std::move(a));
        return true;
    }

private:
    WorkingSet& out_;
    const WorkingSetLimits& limits_;
    std::unordered_map<std::string, std::size_t> first_;
    bool full_ = false;
};

// One record per line, each parsed alone so a bad line costs only itself; the loader's message
// is given the record's real line.
bool add_jsonl(const InputFile& f, Collector& collector, WorkingSet& out) {
    std::string_view bytes = f.bytes;
    if (bytes.empty()) {
        out.errors.push_back(f.name + ":1: empty file");
        return true;
    }
    bool any = false, go_on = true;
    for_each_jsonl_record(bytes, [&](int line, std::string_view raw) {
        any = true;
        Article a;
        try {
            a = parse_jsonl_record(f.name, raw, line);
        } catch (const CorpusError& err) {
            out.errors.push_back(err.what());
            return true;
        }
        go_on = collector.add(std::move(a));
        return go_on;
    });
    if (!go_on) return false;
    if (!any) out.errors.push_back(f.name + ":1: no records (only blank lines)");
    return true;
}

} // namespace

WorkingSet build_working_set(Corpus base, const std::vector<InputFile>& files,
                             const WorkingSetLimits& limits) {
    WorkingSet out;
    out.corpus = std::move(base);
    std::size_t total = 0;
    for (const InputFile& f : files) total += f.bytes.size();
    if (total > limits.max_bytes) {
        out.errors.push_back(
            (files.empty() ? std::string("(input)") : files.front().name) +
            ":1: " + std::to_string((total + (1u << 20) - 1) >> 20) +
            " MB in all is more than the " + std::to_string(limits.max_bytes >> 20) +
            " MB the page analyses at once: nothing was added (add fewer files at a time, or "
            "build the page with them: WIRETRACE_CORPUS=folder scripts/run)");
        std::sort(out.corpus.articles.begin(), out.corpus.articles.end(),
                  [](const Article& x, const Article& y) { return x.id < y.id; });
        return out;
    }
    Collector collector(out, limits);
    for (const InputFile& f : files) {
        const ArticleFileKind kind = article_file_kind(f.name);
        if (kind == ArticleFileKind::JsonLines) {
            if (!add_jsonl(f, collector, out)) break;
        } else if (kind == ArticleFileKind::Text) {
            Article a;
            try {
                a = parse_text_article(f.name, f.bytes);
            } catch (const CorpusError& err) {
                out.errors.push_back(err.what());
                continue;
            }
            if (!collector.add(std::move(a))) break;
        } else {
            out.errors.push_back(f.name + ":1: not an article file (expected .txt, .md or .jsonl)");
        }
    }
    // Corpus order is id order, as the loader makes it (analysis-format.md).
    std::sort(out.corpus.articles.begin(), out.corpus.articles.end(),
              [](const Article& x, const Article& y) { return x.id < y.id; });
    std::sort(out.user_ids.begin(), out.user_ids.end());
    return out;
}

} // namespace wiretrace
