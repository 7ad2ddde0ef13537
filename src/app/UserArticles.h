// UserArticles.h — which articles of the analysis the reader added in this browser (issue 10),
// as opposed to those embedded when the page was built. Kept beside the Analysis, not in
// Article: the mark belongs to this page on this device, not to the corpus (a downloaded corpus
// has no such field, and the binary form stays as the build writes it). The shell owns it;
// Sources and Reader are given it to mark those articles.
#pragma once

#include <set>
#include <string>
#include <string_view>

namespace wiretrace {

struct UserArticles {
    std::set<std::string, std::less<>> ids; // article ids, each in the current analysis

    bool contains(std::string_view id) const { return ids.find(id) != ids.end(); }
    bool empty() const { return ids.empty(); }
    std::size_t size() const { return ids.size(); }
};

// The words that mark such an article, the same in every view.
inline const char* user_article_mark() {
    return "added by you";
}

} // namespace wiretrace
