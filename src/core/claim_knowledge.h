// claim_knowledge.h — what the whole corpus says about names (claim_knowledge.cpp).
#pragma once

#include "claims_internal.h"
#include "quotes.h"
#include "surface.h"

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace wiretrace::claims_internal {

// What the whole corpus says about words and names: a word is a name word when the corpus
// capitalises it more often than not where capitals are not forced (mid-sentence); a run is a
// person when a title precedes it or it stands next to a speech verb and is no organisation.
struct CorpusKnowledge {
    Interner words;                                  // lower-case words seen mid-sentence
    std::vector<std::pair<int, int>> capitalisation; // by word id: (capitalised, lower) counts
    std::map<std::string, int> people;               // full name → count
    std::map<std::string, std::vector<std::string>> by_surname; // lower surname → names
    std::set<std::string> organisations; // lower-case names that speak without a title
                                         // ("Kestrel Textiles said"), for "the company"
    // The organisations as first written ("National Cyber Security Centre"), by lower-case
    // name; and, by each word of a name in house spelling (folded_words), the lower-case names
    // holding it, so that a description ("the cyber security agency") finds the bodies it can
    // mean without reading every one (filled by settle_people).
    std::map<std::string, std::string> organisation_cased;
    std::map<std::string, std::set<std::string>> organisations_by_word;

    bool name_word(std::string_view lower) const {
        int id = words.find(lower);
        if (id < 0) return false;
        const std::pair<int, int>& c = capitalisation[static_cast<std::size_t>(id)];
        return c.first > c.second;
    }
    std::set<std::string> after_article; // lower-case names seen right after "a", "an", "the",
                                         // or described in apposition as a body ("X, a
                                         // campaign group,"): things, never people
    // Full names the corpus writes without a title or a speech verb ("Helen Carver won …"), by
    // lower-case surname, and surnames that speak alone ("Carver told", "Frey said").
    std::map<std::string, std::set<std::string>> plain_names;
    std::set<std::string> speaking_surnames;
    // Descriptions written before a name, lower case, by their head word: "agency" →
    // {("disaster agency", "AFAD")}, "minister" → {("interior minister", "Ali Yerlikaya")}. An
    // outlet that names only the description means the name. Keyed by head so a look-up reads
    // only the descriptions that can match.
    std::map<std::string, std::set<std::pair<std::string, std::string>>> described;

    bool is_person(std::string_view name) const {
        if (after_article.count(lower_ascii(name))) return false;
        if (people.count(std::string(name))) return true;
        std::size_t sp = name.rfind(' ');
        std::string last = std::string(sp == std::string_view::npos ? name : name.substr(sp + 1));
        for (char& c : last) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return by_surname.count(last) > 0;
    }
    // The full name a surname stands for across the corpus: the most mentioned, then the first
    // in alphabetical order (deterministic).
    std::string full_name_for_surname(const std::string& lower_surname) const {
        auto it = by_surname.find(lower_surname);
        if (it == by_surname.end()) return {};
        std::string best;
        int best_count = -1;
        for (const std::string& n : it->second) {
            int c = people.at(n);
            if (c > best_count || (c == best_count && n < best)) best = n, best_count = c;
        }
        return best;
    }
};

std::string last_word_lower(const std::string& name);
void settle_people(CorpusKnowledge& k);
std::string run_name(std::string_view text, const std::vector<SurfaceToken>& tk, std::size_t first,
                     std::size_t last);
bool run_is_organisation(const std::vector<SurfaceToken>& tk, const CapitalisedRun& r);
void learn_from_sentence(std::string_view text, ByteSpan s, CorpusKnowledge& k);
// Adds what `part` learned (from the sentences after those `into` learned) to `into`: the same
// tables, ids and first-seen orders as learning both in one pass, so that articles can be
// learned apart, on several threads, and merged in article order (claim_mentions.cpp).
void merge_knowledge(CorpusKnowledge& into, const CorpusKnowledge& part);
// Once the whole corpus is learned, keeps of `words` and `capitalisation` only the name words
// (those name_word() accepts, with their counts), all that the mention builders ask of them:
// name_word() answers as before. Every lower-case word of the corpus was counted (24,000 at
// 1,000 one-story articles, 0.5 MB with their counts), a few hundred of them are names, and
// the tables stayed through mention building, where the analysis's memory peaks.
void keep_only_name_words(CorpusKnowledge& k);

} // namespace wiretrace::claims_internal
