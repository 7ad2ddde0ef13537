// claim_knowledge.cpp — step 0 of the claims engine, a pass over every story sentence before
// any mention is built: which words the corpus writes capitalised, who the people are (a title
// or a speech verb next to the name), which names are organisations, and which descriptions
// stand before which names ("the interior minister, Ali Yerlikaya"). One outlet rarely says
// enough to tell a person from a company; the corpus together usually does.

#include "claim_knowledge.h"

#include "claim_lexicon.h"
#include "claims_internal.h"

#include "boilerplate.h"
#include "quantities.h"
#include "quotes.h"
#include "surface.h"
#include "text.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace wiretrace::claims_internal {

std::string last_word_lower(const std::string& name) {
    std::size_t sp = name.rfind(' ');
    return lower_ascii(sp == std::string::npos ? name : name.substr(sp + 1));
}

// English puts no article before a person's name ("the Kestrel Textiles plant", "a Brightline
// heater"; but "the fire chief, Maria Lopez"): a name the corpus writes after "a", "an" or "the"
// names a thing or an organisation, even where it speaks ("Kestrel Textiles said"). Run once
// all sentences are learned.
void settle_people(CorpusKnowledge& k) {
    // News names a person in full once, then by surname: a full name whose surname speaks alone
    // elsewhere in the corpus is a person's ("Helen Carver won …" + "Carver told supporters").
    for (const std::string& sur : k.speaking_surnames) {
        auto it = k.plain_names.find(sur);
        if (it == k.plain_names.end()) continue;
        for (const std::string& name : it->second)
            if (k.people[name]++ == 0) k.by_surname[sur].push_back(name);
    }
    // A person is named again by surname, an organisation by its first word: a full name whose
    // first word speaks alone ("Halvern said", after "Halvern Pharma said") while its last word
    // never does is an organisation, whatever the speech verb beside it suggested.
    for (auto it = k.people.begin(); it != k.people.end();) {
        const std::string& name = it->first;
        std::size_t sp = name.find(' ');
        std::string first = lower_ascii(name.substr(0, sp));
        std::string sur = last_word_lower(name);
        if (sp == std::string::npos || !k.speaking_surnames.count(first) ||
            k.speaking_surnames.count(sur)) {
            ++it;
            continue;
        }
        k.organisations.insert(lower_ascii(name));
        k.organisation_cased.emplace(lower_ascii(name), name);
        std::vector<std::string>& names = k.by_surname[sur];
        names.erase(std::remove(names.begin(), names.end(), name), names.end());
        if (names.empty()) k.by_surname.erase(sur);
        it = k.people.erase(it);
    }
    for (auto it = k.people.begin(); it != k.people.end();) {
        if (!k.after_article.count(lower_ascii(it->first))) {
            ++it;
            continue;
        }
        std::string sur = lower_ascii(it->first.substr(it->first.rfind(' ') + 1));
        std::vector<std::string>& names = k.by_surname[sur];
        names.erase(std::remove(names.begin(), names.end(), it->first), names.end());
        if (names.empty()) k.by_surname.erase(sur);
        it = k.people.erase(it);
    }
    for (const std::string& name : k.organisations)
        for (const std::string& w : folded_words(name))
            if (w.size() >= 3) k.organisations_by_word[w].insert(name);
}

std::string run_name(std::string_view text, const std::vector<SurfaceToken>& tk, std::size_t first,
                     std::size_t last) {
    std::string s(text.substr(tk[first].span.begin, tk[last].span.end - tk[first].span.begin));
    // Drop a possessive: "Assad’s" → "Assad".
    s.resize(s.size() - possessive_length(s));
    return s;
}

bool run_is_organisation(const std::vector<SurfaceToken>& tk, const CapitalisedRun& r) {
    for (std::size_t k = r.first; k <= r.last; ++k)
        if (tk[k].kind == SurfaceToken::Word &&
            (is_organisation_word(tk[k].lower) || (tk[k].all_caps && r.first == r.last)))
            return true;
    return false;
}

// The description set off by commas next to a name, as resolve_role reads a credited role:
// lower-case words, determiners and possessive owners left out ("the zoo's director" is
// "director", "Averly Water's chief executive" "chief executive"). `comma` is the comma after
// the name (forward) or before it (backward); "" when there is no such description.
static std::string appositive_description(const std::vector<SurfaceToken>& tk,
                                          std::size_t comma, bool forward) {
    auto is_comma = [&](std::size_t i) {
        return i < tk.size() && tk[i].kind == SurfaceToken::Symbol && tk[i].lower == ",";
    };
    if (!is_comma(comma)) return {};
    // The phrase's tokens [b, e): after the name up to a comma or the sentence's end; before
    // it back to a comma, the sentence's start, or a word that cannot be in it.
    std::size_t b, e;
    auto stop = [&](std::size_t i) {
        return tk[i].kind != SurfaceToken::Word && tk[i].lower != "'" &&
               tk[i].codepoint != 0x2019;
    };
    if (forward) {
        b = e = comma + 1;
        while (e < tk.size() && e < b + 7 && !stop(e)) ++e;
        if (e < tk.size() && !(tk[e].lower == "," || tk[e].lower == ".")) return {};
    } else {
        b = e = comma;
        while (b > 0 && e - b < 7 && !stop(b - 1) &&
               !(tk[b - 1].kind == SurfaceToken::Word &&
                 (is_speech_verb(tk[b - 1].lower) || is_reporting_verb(tk[b - 1].lower))))
            --b;
        // Bounded by the clause's start or its verb of saying ("said the zoo's director,
        // Halina Brest").
        if (b > 0 && !(tk[b - 1].kind == SurfaceToken::Symbol &&
                       in_word_list(tk[b - 1].lower, {",", ".", "\xE2\x80\x94"})) &&
            !(tk[b - 1].kind == SurfaceToken::Word &&
              (is_speech_verb(tk[b - 1].lower) || is_reporting_verb(tk[b - 1].lower))))
            return {};
    }
    if (b >= e) return {};
    // It opens with a determiner or a possessive, as a description does ("Ana, a nurse," is
    // one; "Kestria, Tuesday," is not).
    auto possessive = [](const std::string& w) {
        return w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0;
    };
    if (tk[b].kind != SurfaceToken::Word ||
        !(in_word_list(tk[b].lower, {"the", "its", "their", "his", "her"}) ||
          possessive(tk[b].lower) || tk[b].capitalised))
        return {};
    std::vector<std::string> words;
    for (std::size_t j = b; j < e; ++j) {
        if (tk[j].kind != SurfaceToken::Word) continue;
        const std::string& w = tk[j].lower;
        if (possessive(w) || is_determiner(w)) {
            // An owner named before the role ("Averly Water's") is not the role's words.
            words.clear();
            continue;
        }
        if (tk[j].capitalised) continue; // the owner's name, its possessive still to come
        if (is_stopword(w) || is_finite_verb(w, true)) return {};
        words.push_back(w);
    }
    // At most three words: a role ("chief archivist", "race director"), not a clause. Whether
    // it names a speaker is for resolve_role, which takes only names that speak.
    if (words.empty() || words.size() > 3) return {};
    std::string out;
    for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
    return out;
}

void learn_from_sentence(std::string_view text, ByteSpan s, CorpusKnowledge& k) {
    std::vector<SurfaceToken> tk = scan_surface(text, s);
    bool sentence_start = true;
    for (std::size_t i = 0; i < tk.size(); ++i) {
        const SurfaceToken& t = tk[i];
        if (t.kind != SurfaceToken::Word) {
            // After an opening quote or a colon capitals are forced again.
            if (t.kind == SurfaceToken::Symbol &&
                (is_double_quote(t.codepoint) || t.lower == ":" || t.lower == "\xE2\x80\x98"))
                sentence_start = true;
            continue;
        }
        if (!sentence_start && !t.all_caps) {
            auto id = static_cast<std::size_t>(k.words.id(t.lower));
            if (id >= k.capitalisation.size()) k.capitalisation.resize(id + 1, {0, 0});
            auto& c = k.capitalisation[id];
            (t.capitalised ? c.first : c.second)++;
        }
        sentence_start = false;
    }
    auto is_comma = [&](std::size_t i) {
        return i < tk.size() && tk[i].kind == SurfaceToken::Symbol && tk[i].lower == ",";
    };
    auto speech_at = [&](std::size_t i) {
        return i < tk.size() && tk[i].kind == SurfaceToken::Word &&
               (is_speech_verb(tk[i].lower) || is_reporting_verb(tk[i].lower));
    };
    for (const CapitalisedRun& r : capitalised_runs(tk)) {
        if (!r.titled && r.last > r.first) {
            std::size_t f = r.first;
            bool article = r.begin > 0 && tk[r.begin - 1].kind == SurfaceToken::Word &&
                           in_word_list(tk[r.begin - 1].lower, {"a", "an", "the"});
            if (tk[f].kind == SurfaceToken::Word && in_word_list(tk[f].lower, {"a", "an", "the"}))
                article = true, ++f;
            if (article && f <= r.last)
                k.after_article.insert(lower_ascii(run_name(text, tk, f, r.last)));
            // "Save Westmere Maternity, a campaign group, said …": a name described in apposition
            // as a body (a determiner, at most three words, a body's noun, then a comma or the
            // full stop) names a thing as surely as "the" before it, never a person, though it
            // speaks without an organisation word of its own.
            std::size_t d = r.last + 2;
            if (is_comma(r.last + 1) && d < tk.size() && tk[d].kind == SurfaceToken::Word &&
                in_word_list(tk[d].lower, {"a", "an", "the"})) {
                std::size_t e = d + 1;
                while (e < tk.size() && e <= d + 4 && tk[e].kind == SurfaceToken::Word) ++e;
                if (e > d + 1 && e < tk.size() && tk[e].kind == SurfaceToken::Symbol &&
                    (tk[e].lower == "," || tk[e].lower == ".") &&
                    is_organisation_word(tk[e - 1].lower))
                    k.after_article.insert(lower_ascii(run_name(text, tk, r.first, r.last)));
            }
        }
        if (!r.possessive && r.last >= r.first) {
            // "the disaster agency AFAD", "Interior Minister Ali Yerlikaya", "transport minister
            // Elias Brandt": the title words inside the run, else up to three lower-case words
            // before it that end in a source noun, an organisation or a title word.
            std::string description;
            for (std::size_t j = r.begin; j < r.first; ++j)
                if (tk[j].kind == SurfaceToken::Word)
                    description += (description.empty() ? "" : " ") + tk[j].lower;
            if (description.empty() && r.begin > 0 && tk[r.begin - 1].kind == SurfaceToken::Word &&
                !tk[r.begin - 1].capitalised &&
                (is_source_noun(tk[r.begin - 1].lower) ||
                 is_organisation_word(tk[r.begin - 1].lower) ||
                 is_title_word(tk[r.begin - 1].lower))) {
                std::size_t j = r.begin - 1;
                while (j > 0 && r.begin - j < 3 && tk[j - 1].kind == SurfaceToken::Word &&
                       !tk[j - 1].capitalised && !is_determiner(tk[j - 1].lower) &&
                       !is_finite_verb(tk[j - 1].lower, true) && !is_speech_verb(tk[j - 1].lower) &&
                       !is_stopword(tk[j - 1].lower))
                    --j;
                for (std::size_t w = j; w < r.begin; ++w)
                    description += (description.empty() ? "" : " ") + tk[w].lower;
            }
            if (!description.empty() && !in_word_list(description, {"mr", "mrs", "ms", "dr"}))
                k.described[last_word_lower(description)].insert(
                    {description, run_name(text, tk, r.first, r.last)});
            // "Dr Halina Brest, the zoo's director," and "the zoo's director, Halina Brest,": a
            // description in apposition to a name says who holds the role as plainly as one
            // written before it, so an outlet crediting only "the zoo's director" means her.
            if (r.last > r.first) {
                const std::string name = run_name(text, tk, r.first, r.last);
                std::string after = appositive_description(tk, r.last + 1, true);
                if (!after.empty())
                    k.described[last_word_lower(after)].insert({after, name});
                std::string before =
                    r.begin > 0 ? appositive_description(tk, r.begin - 1, false) : std::string();
                if (!before.empty())
                    k.described[last_word_lower(before)].insert({before, name});
            }
        }
        if (r.possessive) continue;
        if (run_is_organisation(tk, r)) {
            if (speech_at(r.last + 1)) {
                const std::string name = run_name(text, tk, r.first, r.last);
                k.organisations.insert(lower_ascii(name));
                k.organisation_cased.emplace(lower_ascii(name), name);
            }
            continue;
        }
        bool next_verb = r.last + 1 < tk.size() && tk[r.last + 1].kind == SurfaceToken::Word &&
                         is_speech_verb(tk[r.last + 1].lower);
        // "Maria Lopez, the fire chief, said" / "Brandt’s lawyer, David Okafor, said": a name
        // in an appositive next to a speech verb.
        if (!next_verb && is_comma(r.last + 1)) {
            if (speech_at(r.last + 2)) next_verb = true;
            for (std::size_t j = r.last + 2; j < tk.size() && j < r.last + 9 && !next_verb; ++j)
                if (is_comma(j)) {
                    next_verb = speech_at(j + 1);
                    break;
                }
        }
        // Whoever speaks by name without a title ("Kestrel Textiles said", "Brightline said")
        // may be what a later "the company" stands for.
        if (speech_at(r.last + 1) && !r.titled) {
            const std::string name = run_name(text, tk, r.first, r.last);
            k.organisations.insert(lower_ascii(name));
            k.organisation_cased.emplace(lower_ascii(name), name);
        }
        bool prev_verb = r.begin > 0 && tk[r.begin - 1].kind == SurfaceToken::Word &&
                         is_speech_verb(tk[r.begin - 1].lower);
        bool words2 = r.last > r.first;
        // "Shares of SkyNorde", "Bank of Kestria": a run joined by "of"/"for" names a thing or
        // a body, never a person, so its last word is nobody's surname.
        bool joined = false;
        for (std::size_t k = r.first; k <= r.last; ++k)
            joined |= tk[k].kind == SurfaceToken::Word && !tk[k].capitalised &&
                      (tk[k].lower == "of" || tk[k].lower == "for");
        if (words2 && r.last < r.first + 3 && !r.titled && !joined)
            k.plain_names[last_word_lower(run_name(text, tk, r.first, r.last))].insert(
                run_name(text, tk, r.first, r.last));
        else if (!words2 && (next_verb || prev_verb) && !is_source_noun(tk[r.first].lower))
            k.speaking_surnames.insert(tk[r.first].lower);
        if (!(r.titled || ((next_verb || prev_verb) && words2))) continue;
        if (!words2 && !r.titled) continue;
        if (!words2) continue; // "Mr Erdogan": a surname alone names nobody new
        std::string name = run_name(text, tk, r.first, r.last);
        if (k.people[name]++ == 0) k.by_surname[last_word_lower(name)].push_back(name);
    }
}

void merge_knowledge(CorpusKnowledge& into, const CorpusKnowledge& part) {
#if defined(__x86_64__) && defined(__GLIBCXX__)
    // A field added to CorpusKnowledge must be merged here too, or the threaded claims stage
    // reads less than the one-thread one: this size is the eleven fields below.
    static_assert(sizeof(CorpusKnowledge) == 536, "merge_knowledge: merge the new field");
#endif
    // Word ids in first-seen order: `part`'s ids are in its own first-seen order.
    for (std::size_t i = 0; i < part.words.size(); ++i) {
        const auto id = static_cast<std::size_t>(into.words.id(part.words.text(static_cast<int>(i))));
        if (id >= into.capitalisation.size()) into.capitalisation.resize(id + 1, {0, 0});
        into.capitalisation[id].first += part.capitalisation[i].first;
        into.capitalisation[id].second += part.capitalisation[i].second;
    }
    // A surname's names in the order first counted: `part`'s (in its own order) that `into`
    // has not counted yet go after `into`'s.
    for (const auto& [surname, names] : part.by_surname)
        for (const std::string& name : names)
            if (!into.people.count(name)) into.by_surname[surname].push_back(name);
    for (const auto& [name, count] : part.people) into.people[name] += count;
    into.organisations.insert(part.organisations.begin(), part.organisations.end());
    into.after_article.insert(part.after_article.begin(), part.after_article.end());
    for (const auto& [surname, names] : part.plain_names)
        into.plain_names[surname].insert(names.begin(), names.end());
    into.speaking_surnames.insert(part.speaking_surnames.begin(), part.speaking_surnames.end());
    for (const auto& [head, pairs] : part.described)
        into.described[head].insert(pairs.begin(), pairs.end());
    // An organisation as first written: `into` holds the earlier articles, so its spelling stays.
    for (const auto& [lower, cased] : part.organisation_cased) into.organisation_cased.emplace(lower, cased);
    for (const auto& [word, names] : part.organisations_by_word)
        into.organisations_by_word[word].insert(names.begin(), names.end());
}

void keep_only_name_words(CorpusKnowledge& k) {
    Interner names;
    std::vector<std::pair<int, int>> counts;
    for (std::size_t id = 0; id < k.words.size(); ++id) {
        const std::pair<int, int>& c = k.capitalisation[id];
        if (c.first <= c.second) continue;
        names.id(k.words.text(static_cast<int>(id)));
        counts.push_back(c);
    }
    counts.shrink_to_fit();
    k.words = std::move(names);
    k.capitalisation = std::move(counts);
}

} // namespace wiretrace::claims_internal
