// claim_mentions.cpp — step 1 of the claims engine (claims.h): every story clause of every
// article as a mention, with its quotes and speaker, source, hedge, negation, quantities,
// entities and content words. The corpus is read first for what it knows about names
// (claim_knowledge.cpp); then each article's sentences are grouped into units (a quotation
// running across sentences is one), each unit cut into clauses (claim_clauses.cpp), its
// source found (claim_attribution.cpp) and each clause's hedge and negation read
// (claim_hedge_negation.cpp).

#include "claim_mention_builder.h"

#include "claim_clauses.h"
#include "claim_lexicon.h"
#include "claims_internal.h"

#include "boilerplate.h"
#include "parallel.h"
#include "quantities.h"
#include "quotes.h"
#include "surface.h"
#include "text.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace wiretrace::claims_internal {

namespace {

std::uint64_t fnv(std::uint64_t h, std::string_view s) {
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return (h ^ 0xFF) * 1099511628211ull;
}

// The calling thread's stems (cached_stem), direct-mapped by a hash of the folded word: one
// block of kStemCacheSlots slots, allocated on first use, so that it leaves no scattered nodes
// behind when freed (a map of its 12,000 words per thread at 1,000 one-story articles raised the
// analysis's peak by 1-3 MB). A worker's goes with its thread.
struct StemSlot {
    std::uint8_t word_size = 0xFF; // 0xFF: empty (cached words are at most kStemMax bytes)
    std::uint8_t stem_size = 0;
    char word[23];
    char stem[23];
};
constexpr std::size_t kStemMax = 23;
thread_local std::vector<StemSlot> stem_cache;
thread_local std::string uncached_stem; // a stem too long for a slot, until the next call

// Story sentences of an article: the stage's when filled, else split here.
std::vector<ByteSpan> story_sentences(const Analysis& a, std::size_t i) {
    const Article& art = a.corpus.articles[i];
    std::vector<ByteSpan> sentences, boiler;
    if (i < a.articles.size() && !a.articles[i].sentences.empty()) {
        sentences = a.articles[i].sentences;
        boiler = a.articles[i].boilerplate;
    } else {
        sentences = split_sentences(art.text);
        boiler = detect_boilerplate(art);
    }
    std::vector<ByteSpan> out;
    for (ByteSpan s : sentences)
        if (s.size() > 0 && boilerplate_overlap(boiler, s) * 2 < s.size()) out.push_back(s);
    return out;
}

} // namespace

std::string_view cached_stem(std::string_view folded_word) {
    if (folded_word.size() > kStemMax) return uncached_stem = normalize_word(folded_word);
    if (stem_cache.empty()) stem_cache.resize(kStemCacheSlots);
    StemSlot& slot = stem_cache[fnv(0, folded_word) & (kStemCacheSlots - 1)];
    if (slot.word_size == folded_word.size() &&
        std::memcmp(slot.word, folded_word.data(), folded_word.size()) == 0)
        return {slot.stem, slot.stem_size};
    std::string stem = normalize_word(folded_word);
    if (stem.size() > kStemMax) return uncached_stem = std::move(stem);
    slot.word_size = static_cast<std::uint8_t>(folded_word.size());
    slot.stem_size = static_cast<std::uint8_t>(stem.size());
    std::memcpy(slot.word, folded_word.data(), folded_word.size());
    std::memcpy(slot.stem, stem.data(), stem.size());
    return {slot.stem, slot.stem_size};
}

void forget_cached_stems() {
    std::vector<StemSlot>().swap(stem_cache);
    std::string().swap(uncached_stem);
}

// A source that reads as a person's full name: two or three words, each capitalised, none a word
// that heads a body ("Union", "Holdings"), not an organisation the corpus lets speak alone.
bool MentionBuilder::person_like(const std::string& name) const {
    if (k_.people.count(name)) return true;
    if (k_.organisations.count(lower_ascii(name))) return false;
    std::size_t words = 0;
    for (const SurfaceToken& t : scan_surface(name, {0, static_cast<std::uint32_t>(name.size())})) {
        if (t.kind != SurfaceToken::Word || !t.capitalised || t.all_caps ||
            is_organisation_word(t.lower) || is_title_word(t.lower))
            return false;
        ++words;
    }
    return words == 2 || words == 3;
}

void MentionBuilder::article(int index) {
    std::deque<MentionInfo>& out = pool_.list;
    const Article& art = a_.corpus.articles[static_cast<std::size_t>(index)];
    std::string_view text = art.text;
    std::optional<CalendarDate> date = parse_article_date(art.date);
    std::vector<ByteSpan> sentences = story_sentences(a_, static_cast<std::size_t>(index));
    std::vector<Quotation> quotations =
        find_quotations(text, {0, static_cast<std::uint32_t>(text.size())});

    // Units: a quotation running past its sentence pulls in the following ones (at most 8);
    // a sentence that opens with a quotation and names no speaker carries on the quotation
    // before it in the same paragraph (“…,” she said. “…”): one quote, not two.
    std::vector<ByteSpan> units;
    std::size_t qi = 0;
    for (std::size_t s = 0; s < sentences.size();) {
        ByteSpan u = sentences[s];
        std::size_t t = s + 1;
        for (int guard = 0; guard < 8; ++guard) {
            while (qi < quotations.size() && quotations[qi].outer.end <= u.begin) ++qi;
            std::uint32_t reach = u.end;
            for (std::size_t q = qi; q < quotations.size() && quotations[q].outer.begin < u.end;
                 ++q)
                reach = std::max(reach, quotations[q].outer.end);
            if (reach <= u.end || t >= sentences.size() || sentences[t].begin >= reach) break;
            u.end = sentences[t].end;
            ++t;
        }
        if (!units.empty() && continues_quotation(text, units.back(), u, quotations))
            units.back().end = u.end;
        else
            units.push_back(u);
        s = t;
    }

    article_people_.clear();
    people_mark_ = people_before_ = 0;
    article_roles_.clear();
    article_kinds_.clear();
    last_person_.clear();
    last_source_ = {};
    last_subject_.clear();
    last_org_.clear();
    named_orgs_.clear();
    first_of_article_ = out.size();
    for (ByteSpan u : units) {
        {
            std::set<std::string> named;
            for (std::size_t k = people_mark_; k < article_people_.size(); ++k)
                named.insert(last_word_lower(article_people_[k]));
            people_before_ = named.size();
            people_mark_ = article_people_.size();
        }
        std::vector<SurfaceToken> tk = scan_surface(text, u);
        std::size_t words = 0;
        for (const SurfaceToken& t : tk) words += t.kind != SurfaceToken::Symbol;
        if (words < 3) continue;

        std::vector<Quotation> qs;
        for (const Quotation& q : quotations)
            if (q.inner.begin >= u.begin && q.inner.end <= u.end) qs.push_back(q);
        std::vector<bool> quoted(tk.size(), false);
        for (std::size_t k = 0; k < tk.size(); ++k)
            for (const Quotation& q : qs)
                if (within(tk[k].span, q.outer)) quoted[k] = true;

        // A bare verification disclaimer joins the mention before it.
        std::optional<HedgeCue> hedge = find_hedge(tk, quoted);
        if (hedge && hedge->disclaimer && out.size() > first_of_article_ &&
            text.substr(out.back().m.span.end, u.begin - out.back().m.span.end).find('\n') ==
                std::string_view::npos &&
            disclaimer_only(tk, quoted, *hedge)) {
            MentionInfo& prev = out.back();
            prev.m.span.end = u.end;
            prev.m.hedged = true;
            prev.m.hedge = hedge->span;
            continue;
        }

        // The speaker and the source are the sentence's: every clause of it inherits them.
        Unit unit;
        unit.span = u;
        unit.hedge = hedge;
        unit.qs = &qs;
        find_unit_speaker(text, u, qs, tk, quoted, unit);
        unit.source = MentionInfo{};
        unit.source.m.span = u;
        unit.source.m.speaker = unit.speaker;
        for (const Quotation& q : qs) {
            std::size_t nw = 0;
            for (const SurfaceToken& t : scan_surface(text, q.inner))
                nw += t.kind != SurfaceToken::Symbol;
            unit.source.quote_mention |= nw >= 4;
        }
        find_source(text, tk, quoted, unit.speaker_span, unit.source, &unit.cue_span);
        // "Omar Haddad, who leads the union, said members were angry." then "“…,” he said": a
        // person credited as the sentence's source is the person named last, for the pronoun
        // of the sentence after, as a quoted speaker is. Only a name read from the sentence
        // itself (not a pronoun resolved, not a role), of two or three capitalised words none
        // of which names a body, that the corpus never lets speak as an organisation.
        if (const std::optional<std::string>& who = unit.source.m.source;
            who && unit.source.source_way != kWayPronoun &&
            !(unit.source.source_flags & kSourceResolved) && person_like(*who)) {
            last_person_ = *who;
            article_people_.push_back(*who);
        }
        unit.source_reach = u.end;
        if (unit.source.source_subordinate)
            for (std::size_t k = 0; k < tk.size(); ++k)
                if (!quoted[k] && tk[k].kind == SurfaceToken::Symbol && tk[k].lower == "," &&
                    tk[k].span.begin >= unit.cue_span.end) {
                    unit.source_reach = tk[k].span.begin;
                    break;
                }
        // "A, the authority said, but B": an attribution set off by commas closes the clause
        // before it; after ", but" the outlet goes on in its own voice.
        if (unit.source.m.source && !unit.cue_span.empty()) {
            std::size_t first = tk.size(), after = tk.size();
            for (std::size_t k = 0; k < tk.size(); ++k) {
                if (first == tk.size() && tk[k].span.begin >= unit.cue_span.begin) first = k;
                if (tk[k].span.begin >= unit.cue_span.end) {
                    after = k;
                    break;
                }
            }
            if (first > 0 && first < tk.size() && after + 2 < tk.size() && !quoted[first - 1] &&
                tk[first - 1].lower == "," && !quoted[after] && tk[after].lower == "," &&
                tk[after + 1].kind == SurfaceToken::Word && !quoted[after + 1] &&
                // Only a coordinator: a subordinate clause (", although B", ", while B") hangs
                // on the reported clause and is credited with it.
                in_word_list(tk[after + 1].lower, {"but", "and", "yet"})) {
                unit.source_reach = tk[after].span.begin;
                unit.reach_at_coordinator = true;
                unit.source.source_first = false;
                unit.source.claim_span = {u.begin, tk[first - 1].span.begin};
            }
        }

        std::vector<Clause> clauses = split_clauses(tk, quoted);
        // "A and B, the ministry said on Monday as …": an attribution after a comma in the
        // last clause closes the sentence and credits every clause before it, though words
        // follow its verb (find_source reads those as the claim of "X said …").
        if (clauses.size() > 1 && unit.source.m.source && unit.source.source_first &&
            !unit.source.source_subordinate && !unit.cue_span.empty()) {
            const Clause& last = clauses.back();
            for (std::size_t k = last.first; k < last.last; ++k) {
                if (tk[k].span.begin < unit.cue_span.begin) continue;
                if (tk[k].span.begin == unit.cue_span.begin && k > last.first &&
                    tk[k - 1].kind == SurfaceToken::Symbol && tk[k - 1].lower == "," &&
                    !quoted[k - 1] && !quoted[k])
                    unit.source.source_first = false;
                break;
            }
        }
        remember_subject(text, tk, quoted);
        for (const Clause& c : clauses) {
            ByteSpan span = clauses.size() == 1
                                ? u
                                : ByteSpan{tk[c.first].span.begin, tk[c.last - 1].span.end};
            ByteSpan subject{};
            if (c.subject_last > c.subject_first)
                subject = {tk[c.subject_first].span.begin, tk[c.subject_last - 1].span.end};
            // A closing attribution ("…, is expected to raise €900m, according to the
            // ministry") is for the sentence's statement, not for the background in its aside.
            if (c.aside && unit.source.m.source && !unit.source.source_first) {
                Unit own = unit;
                own.source = MentionInfo{};
                own.source.m.span = u;
                own.source.m.speaker = unit.speaker;
                build(text, span, subject, own, date, index, out, nullptr, nullptr);
                continue;
            }
            build(text, span, subject, unit, date, index, out,
                  clauses.size() == 1 ? &tk : nullptr, clauses.size() == 1 ? &quoted : nullptr);
        }
    }
}

// “…,” she said. “More words.” — the second sentence opens with a quotation, names nobody and
// has no speech verb outside its quotes, in the same paragraph as a quotation: one quote.
bool MentionBuilder::continues_quotation(std::string_view text, ByteSpan prev, ByteSpan u,
                                         const std::vector<Quotation>& quotations) {
    if (text.substr(prev.end, u.begin - prev.end).find('\n') != std::string_view::npos)
        return false;
    bool prev_quotes = false, opens = false;
    const Quotation* first = nullptr;
    for (const Quotation& q : quotations) {
        if (q.inner.begin >= prev.begin && q.inner.end <= prev.end) prev_quotes = true;
        if (!first && q.outer.begin >= u.begin && q.outer.begin < u.end) first = &q;
    }
    if (!prev_quotes || !first) return false;
    std::vector<SurfaceToken> tk = scan_surface(text, u);
    opens = !tk.empty() && tk[0].span.begin >= first->outer.begin;
    if (!opens) return false;
    for (const SurfaceToken& t : tk) {
        bool inside = false;
        for (const Quotation& q : quotations)
            if (t.span.begin >= q.outer.begin && t.span.end <= q.outer.end) inside = true;
        if (!inside && t.kind == SurfaceToken::Word &&
            (is_speech_verb(t.lower) || is_reporting_verb(t.lower)))
            return false;
    }
    return true;
}

// The unit is nothing but the disclaimer ("The Epoch Times is not able to verify the
// accuracy of those videos."), not a claim with a disclaimer inside.
bool MentionBuilder::disclaimer_only(const std::vector<SurfaceToken>& tk,
                                     const std::vector<bool>& quoted, const HedgeCue& h) {
    (void)quoted;
    std::size_t before = 0;
    for (const SurfaceToken& t : tk)
        if (t.span.end <= h.span.begin && t.kind != SurfaceToken::Symbol) ++before;
    return before <= 5;
}

void MentionBuilder::find_unit_speaker(std::string_view text, ByteSpan u,
                                       const std::vector<Quotation>& qs,
                                       const std::vector<SurfaceToken>& tk,
                                       const std::vector<bool>& quoted, Unit& unit) {
    if (qs.empty()) return;
    SpeakerPhrase sp = find_speaker(
        text, u, qs, [&](std::string_view n) { return k_.is_person(n); },
        [](std::string_view w) {
            return is_organisation_word(w) || is_source_noun(w) || is_title_word(w);
        });
    std::string name;
    if (sp.pronoun) {
        name = last_person_;
        // "Clara Wendt and fire chief Paul Roth toured the shelters. “…,” she said.": the person
        // named last is a guess among two.
        unit.speaker_flags = kSpeakerPronoun | (people_before_ >= 2 ? kSpeakerAmbiguous : 0);
    } else if (sp.body) {
        // As a credited source is read (claim_attribution.cpp): "the company" is the business
        // the article named, "the chief investigator" the person named with that role. A
        // role left unresolved is not a speaker (a person the article may name otherwise);
        // a body is one as written ("the nurses' union").
        name = resolve_role(resolve_generic(sp.name));
        const std::size_t sp_at = sp.name.rfind(' ');
        const std::string head =
            lower_ascii(sp_at == std::string::npos ? sp.name : sp.name.substr(sp_at + 1));
        if (name == sp.name && !is_organisation_word(head)) name.clear();
    } else if (!sp.name.empty()) {
        name = resolve(sp.name, article_people_);
    }
    if (!name.empty()) {
        unit.speaker = name;
        unit.speaker_span = sp.span;
    } else if (pool_.list.size() > first_of_article_ &&
               pool_.list.back().quote_words.size > 0 && pool_.list.back().m.speaker &&
               !tk.empty() && quoted[0] && !names_own_speaker(tk, quoted)) {
        // An all-quote paragraph continues the quotation before it.
        unit.speaker = pool_.list.back().m.speaker;
        unit.speaker_flags = kSpeakerContinued;
    }
}

// A speech verb outside the quotation (“…,” said the …): the unit names its own speaker, even
// where the name could not be read, so it does not continue the quotation before it (a quote
// left without a speaker is better than one given to the last person quoted).
bool MentionBuilder::names_own_speaker(const std::vector<SurfaceToken>& tk,
                                       const std::vector<bool>& quoted) {
    for (std::size_t k = 0; k < tk.size(); ++k)
        if (!quoted[k] && tk[k].kind == SurfaceToken::Word && is_speech_verb(tk[k].lower))
            return true;
    return false;
}

IdRange MentionBuilder::add_ids(std::vector<int>& v, bool keys) {
    if (!log_) return pool_.add(v);
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
    if (v.empty()) return {};
    // The whole run (Mentions::add keeps the first kChunk ids in the corpus's order, which
    // the renumbering decides), and the size the pool will give it.
    log_->runs.push_back({static_cast<std::uint32_t>(log_->ids.size()),
                          static_cast<std::uint32_t>(v.size()), keys});
    log_->ids.insert(log_->ids.end(), v.begin(), v.end());
    IdRange r{static_cast<std::uint32_t>(log_->runs.size() - 1),
              static_cast<std::uint32_t>(std::min(v.size(), Mentions::kChunk))};
    v.clear();
    return r;
}

// One mention: the clause text[span] of the unit.
// `unit_tk`/`unit_quoted`: the unit's tokens when the clause is the whole unit (not
// scanned twice).
// `subject`: the subject this clause shares with the clause before it, or empty.
void MentionBuilder::build(std::string_view text, ByteSpan span, ByteSpan subject, const Unit& unit,
                           const std::optional<CalendarDate>& date, int index,
                           std::deque<MentionInfo>& out, std::vector<SurfaceToken>* unit_tk,
                           std::vector<bool>* unit_quoted) {
    std::vector<SurfaceToken> own;
    if (!unit_tk) own = scan_surface(text, span);
    std::vector<SurfaceToken>& tk = unit_tk ? *unit_tk : own;
    std::size_t n_words = 0;
    for (const SurfaceToken& t : tk) n_words += t.kind != SurfaceToken::Symbol;
    if (n_words < 3) return;
    MentionInfo mi;
    mi.m.article = index;
    mi.m.span = span;
    mi.subject = subject;
    // Quotations clipped to the clause (a quotation cut between two clauses gives each its
    // part).
    std::vector<Quotation> qs;
    for (Quotation q : *unit.qs) {
        q.inner = {std::max(q.inner.begin, span.begin), std::min(q.inner.end, span.end)};
        if (q.inner.end > q.inner.begin &&
            text.substr(q.inner.begin, q.inner.size()).find_first_not_of(" ,.;:") !=
                std::string_view::npos)
            qs.push_back(q);
    }
    std::vector<bool> own_quoted;
    if (!unit_quoted) {
        own_quoted.assign(tk.size(), false);
        for (std::size_t k = 0; k < tk.size(); ++k)
            for (const Quotation& q : *unit.qs)
                if (within(tk[k].span, q.outer)) own_quoted[k] = true;
    }
    const std::vector<bool>& quoted = unit_quoted ? *unit_quoted : own_quoted;

    // Quotes.
    for (const Quotation& q : qs) mi.m.quotes.push_back(q.inner);
    std::size_t longest = 0;
    for (const Quotation& q : qs) {
        std::size_t nw = 0;
        for (const SurfaceToken& t : scan_surface(text, q.inner))
            if (t.kind != SurfaceToken::Symbol) {
                ++nw;
                scratch_.push_back(v_.stem_id(t.lower));
            }
        longest = std::max(longest, nw);
    }
    mi.quote_words = add_ids(scratch_, false);
    mi.quote_mention = longest >= 4;

    // Speaker: the unit's, for a clause that quotes or reports speech ("adding that …");
    // not for the reporter's own aside in the same sentence ("…, seemingly alluding to …").
    const bool whole_unit = span == unit.span;
    std::size_t first_word = 0;
    while (first_word < tk.size() && tk[first_word].kind == SurfaceToken::Symbol) ++first_word;
    const bool reports_speech =
        !qs.empty() ||
        (first_word < tk.size() &&
         (is_speech_verb(tk[first_word].lower) || is_reporting_verb(tk[first_word].lower) ||
          tk[first_word].lower == "that" ||
          in_word_list(tk[first_word].lower, {"reaffirming", "adding", "saying", "insisting",
                                              "stressing", "noting", "warning"})));
    if (whole_unit || reports_speech) mi.m.speaker = unit.speaker;
    if (mi.m.speaker) {
        mi.speaker_key = keys_.id(lower_ascii(*mi.m.speaker));
        mi.source_flags |= unit.speaker_flags;
    }

    // Source: the clause's own attribution, else the sentence's when it governs this clause:
    // "according to X" anywhere, "X said (that) A and B" for the clauses after the verb,
    // "A and B, X said." for the clauses before it. Not "A, after the army said B" for A.
    ByteSpan cue_span{};
    if (whole_unit) {
        // "After the army said it withdrew, the insurgents entered Hama": the army is the
        // source of the withdrawal, not of the entry.
        // "A, the agency said, but B" left uncut (B's verb unread): the mention is A's
        // statement with B tacked on, and A is credited; dropping the credit would make the
        // outlet's kept attribution look dropped (claim_span still marks A alone).
        if (unit.source_reach >= span.end || unit.reach_at_coordinator)
            copy_source(unit.source, mi);
        mi.claim_span = unit.source.claim_span;
        cue_span = unit.cue_span;
    } else {
        find_source(text, tk, quoted, unit.speaker_span, mi, &cue_span);
        const ByteSpan cue = unit.cue_span;
        // "Castor Agro, which runs the plant, said a valve had failed": the clause left after
        // the relative clause is cut out keeps the subject, so the cue running from that subject
        // to this clause's verb is its own.
        const bool own_cue = !subject.empty() && cue.begin >= subject.begin &&
                             cue.begin < subject.end && cue.end > span.begin && cue.end <= span.end;
        const bool governs = !cue.empty() &&
                             (cue.end <= span.begin || !unit.source.source_first ||
                              (cue.begin >= span.begin && cue.end <= span.end) || own_cue) &&
                             (span.end <= unit.source_reach ||
                              (cue.begin >= span.begin && cue.end <= span.end) || own_cue);
        if (!mi.m.source && cue_span.empty() && unit.source.m.source && governs) {
            copy_source(unit.source, mi);
            // The attribution is elsewhere in the sentence: the clause is credited by how far
            // the rules read the sentence's attribution to govern.
            if (!within(unit.cue_span, span)) mi.source_flags |= kSourceCarried;
        }
        if (cue_span.empty() && governs) cue_span = unit.cue_span;
    }
    // "Reyes said in a letter that he had “made an error” but had broken no law": a
    // predicate that shares the subject of a speech verb's complement is reported speech
    // of that speaker too, as other outlets write "Reyes said he had broken no law".
    if (!whole_unit && !mi.m.source && !mi.m.speaker && unit.speaker && qs.empty() &&
        !subject.empty() && !unit.speaker_span.empty() && unit.speaker_span.end <= span.begin &&
        !unit.source.m.source) {
        set_source_name(*unit.speaker, unit.speaker_span, mi);
        mi.source_way = kWaySpeaker;
        mi.source_flags |= kSourceCarried;
    }
    // "Hradek Mining, which runs the pit, ruled out a blast and said early indications pointed
    // to …", "…, saying the supports had failed": a clause that opens with the speech verb of a
    // subject it shares with the clause before is that subject's report.
    // A participle clause ("…, saying …") has the subject of the clause before it in the
    // sentence.
    ByteSpan reporter = subject;
    if (reporter.empty() && first_word < tk.size() &&
        in_word_list(tk[first_word].lower, {"saying", "adding", "telling", "insisting",
                                            "stressing", "noting", "warning"}) &&
        out.size() > first_of_article_ && out.back().m.span.begin >= unit.span.begin)
        reporter = out.back().subject;
    if (!whole_unit && !mi.m.source && !mi.m.speaker && !reporter.empty() && qs.empty() &&
        first_word < tk.size() && !quoted[first_word] &&
        in_word_list(tk[first_word].lower, {"said", "says", "saying", "added", "adding", "told",
                                            "telling", "insisted", "insisting", "stressed",
                                            "stressing", "noted", "noting", "warned", "warning"})) {
        std::vector<SurfaceToken> st = scan_surface(text, reporter);
        std::size_t last = st.size();
        while (last > 0 && st[last - 1].kind == SurfaceToken::Symbol) --last;
        bool named = false;
        for (std::size_t k = 0; k < last; ++k)
            named |= st[k].kind == SurfaceToken::Word &&
                     (st[k].capitalised || is_source_noun(st[k].lower));
        if (last > 0 && named && !is_pronoun(st[0].lower)) {
            set_source(text, st, 0, last - 1, mi);
            mi.source_way = kWaySharedSubject;
            cue_span = {reporter.begin, tk[first_word].span.end};
        }
    }
    if (mi.m.source) {
        last_source_.name = *mi.m.source;
        last_source_.set = true;
    }

    // Hedge and negation, scoped to the clause (the unit's hedge when it is one clause).
    if (std::optional<HedgeCue> hedge = unit_tk ? unit.hedge : find_hedge(tk, quoted)) {
        mi.m.hedged = true;
        mi.m.hedge = hedge->span;
    }
    // A predicate that shares its subject with the one before ("Work is expected to begin in
    // 2027 | and to cost €90m", "The line could open in May | and carry 9,000 riders a day")
    // shares the hedge written in that subject's words: both predicates are expected, both
    // only could happen.
    if (!mi.m.hedged && !unit_tk && !subject.empty() && subject.end <= span.begin) {
        const std::vector<SurfaceToken> st = scan_surface(text, subject);
        if (std::optional<HedgeCue> hedge = find_hedge(st, std::vector<bool>(st.size(), false))) {
            mi.m.hedged = true;
            mi.m.hedge = hedge->span;
        }
    }
    // Who is credited is not what they say: a "not" in the source's own words ("according to
    // two engineers who asked not to be named") or in the reporter's formula for an unnamed
    // source (", asking not to be named") negates nothing the clause states.
    std::vector<bool> not_claim;
    for (std::size_t k = 0; k < tk.size(); ++k) {
        // Only the particles: the subject a reporting verb was found with may hold the claim
        // noun its answer needs ("a claim the company rejected").
        const bool in_source = !mi.m.source_span.empty() &&
                               tk[k].span.begin >= mi.m.source_span.begin &&
                               tk[k].span.end <= mi.m.source_span.end &&
                               in_word_list(tk[k].lower, {"not", "no", "never"});
        const bool anonymity =
            k > 0 && k + 3 < tk.size() && tk[k].lower == "not" && tk[k + 1].lower == "to" &&
            tk[k + 2].lower == "be" &&
            in_word_list(tk[k + 3].lower, {"named", "identified"}) &&
            in_word_list(tk[k - 1].lower,
                         {"asked", "asking", "requested", "requesting", "wished", "wishing"});
        if ((in_source || anonymity) && not_claim.empty()) not_claim = quoted;
        if (in_source || anonymity) not_claim[k] = true;
    }
    if (std::optional<ByteSpan> neg =
            find_negation(tk, not_claim.empty() ? quoted : not_claim, mi.m.hedge)) {
        mi.m.negated = true;
        mi.m.negation = *neg;
    }

    // Quantities.
    // tk is text[span]'s scan unless it is the unit's for a clause cut shorter than the unit.
    mi.m.quantities = !unit_tk || span == unit.span ? find_quantities(text, tk, date)
                                                    : find_quantities(text, span, date);
    // The date of a wire dateline ("TARNMOUTH, Nov 27 (CWS) — …") is the day the copy was
    // filed, not a date the story states: set against another outlet's day of the event it
    // was flagged as a changed date. Only at the opening of the article, where datelines are.
    if (const std::size_t opening = text.find_first_not_of(" \t\r\n");
        opening == span.begin && !mi.m.quantities.empty())
        if (const std::size_t d = dateline_tokens(tk); d > 0 && d <= tk.size()) {
            const std::uint32_t end = tk[d - 1].span.end;
            mi.m.quantities.erase(std::remove_if(mi.m.quantities.begin(),
                                                 mi.m.quantities.end(),
                                                 [&](const Quantity& q) {
                                                     return q.unit == "date" &&
                                                            q.span.end <= end;
                                                 }),
                                  mi.m.quantities.end());
        }
    // "today", "yesterday", "on Friday" inside a quotation are the speaker's days, not the
    // outlet's: resolved against each outlet's own date they made a verbatim quote differ
    // from itself when two outlets published a day apart. Not compared.
    {
        auto deictic_in_quote = [&](const Quantity& q) {
            if (q.unit != "date") return false;
            for (std::size_t k = 0; k < tk.size(); ++k)
                if (tk[k].span.begin == q.span.begin)
                    return quoted[k] && in_word_list(tk[k].lower,
                                                     {"today", "tonight", "yesterday",
                                                      "tomorrow", "monday", "tuesday",
                                                      "wednesday", "thursday", "friday",
                                                      "saturday", "sunday"});
            return false;
        };
        mi.m.quantities.erase(std::remove_if(mi.m.quantities.begin(), mi.m.quantities.end(),
                                             deictic_in_quote),
                              mi.m.quantities.end());
    }
    // A clause with more figures than this is a table or a list of results, not a claim a
    // reader compares figure by figure; keeping them all let a figure-dense 1 MB text
    // carry millions of figures through grouping, diffing and the JSON.
    constexpr std::size_t kMaxFigures = 12;
    if (mi.m.quantities.size() > kMaxFigures) mi.m.quantities.resize(kMaxFigures);
    if (mi.m.quantities.capacity() > mi.m.quantities.size())
        mi.m.quantities =
            std::vector<Quantity>(std::make_move_iterator(mi.m.quantities.begin()),
                                  std::make_move_iterator(mi.m.quantities.end())); // exact size

    // Entities: runs outside the attribution, sentence-initial words only with agreement.
    std::vector<CapitalisedRun> runs = capitalised_runs(tk);
    std::vector<int>& entity_keys = scratch_;
    if (!subject.empty()) {
        // The shared subject's names are the clause's too ("[Their capture of Aleppo …]
        // reignited the conflict").
        std::vector<SurfaceToken> st = scan_surface(text, subject);
        for (const CapitalisedRun& r : capitalised_runs(st))
            if (r.first > 0 || k_.name_word(st[r.first].lower)) {
                std::string name = run_name(text, st, r.first, r.last);
                entity_keys.push_back(keys_.id(lower_ascii(name)));
                // "Minister Ana Kowal, who watched the launch, said …": the subject cut off by
                // the relative clause is still the person named last, for the "she said" after.
                if (r.last > r.first && k_.is_person(name)) {
                    last_person_ = name;
                    article_people_.push_back(name);
                    remember_role(st, r, name);
                } else if (int rank = r.titled ? 0 : organisation_rank(st, r, name)) {
                    // "Hradek Mining, which operates the pit, ruled out …": the company named
                    // there is what a later "the company" stands for.
                    last_org_ = name;
                    named_orgs_.emplace_back(name, rank);
                }
            }
    }
    for (const CapitalisedRun& r : runs) {
        std::size_t first = r.first;
        while (first <= r.last && tk[first].kind == SurfaceToken::Word &&
               (is_descriptor(tk[first].lower) || is_determiner(tk[first].lower) ||
                (first == 0 && !k_.name_word(tk[first].lower))))
            ++first;
        if (first > r.last) continue;
        ByteSpan sp{tk[first].span.begin, tk[r.last].span.end};
        std::string name = run_name(text, tk, first, r.last);
        if (tk[first].kind == SurfaceToken::Word && is_pronoun(tk[first].lower)) continue;
        // A person named as the source is still the last person named ("Maria Lopez, the
        // fire chief, said …" then "she told reporters").
        if (!within(sp, mi.m.source_span)) entity_keys.push_back(keys_.id(lower_ascii(name)));
        if (r.last > first && k_.is_person(name)) {
            last_person_ = name;
            article_people_.push_back(name);
            remember_role(tk, r, name);
        } else if (r.last == first && tk[first].kind == SurfaceToken::Word &&
                   !(first == 0 && !k_.name_word(tk[first].lower))) {
            // A surname alone ("Frey said he would not contest …") is the person named last,
            // for the "he said" that follows.
            std::string full = resolve(name, article_people_);
            if (full.find(' ') != std::string::npos && k_.is_person(full)) last_person_ = full;
        }
    }
    for (const CapitalisedRun& r : runs) {
        if (r.titled) continue;
        std::string name = run_name(text, tk, r.first, r.last);
        if (int rank = organisation_rank(tk, r, name)) {
            last_org_ = name;
            named_orgs_.emplace_back(name, rank);
        }
    }
    if (mi.m.speaker && mi.m.speaker->find(' ') != std::string::npos) {
        last_person_ = *mi.m.speaker;
        article_people_.push_back(*mi.m.speaker);
    }
    mi.entity_keys = add_ids(entity_keys, true);

    // Content words: outside the attribution, the speech verb, the hedge and the negation
    // (the claim is what is said; who says it, how sure and which way are compared apart).
    std::vector<WordSpan> ws;
    if (!subject.empty()) scan_words(text, subject, ws);
    scan_words(text, span, ws);
    std::uint64_t h = 1469598103934665603ull;
    for (const WordSpan& w : ws) {
        std::string folded = fold_word(text.substr(w.span.begin, w.span.size()));
        h = fnv(h, folded);
        if (w.is_number || is_stopword(folded) || folded.size() < 2) continue;
        // A denial's verb stays a word of the claim, whichever way it goes ("denied that
        // account" / "did not deny the report", "ruled out an explosion" / "has not ruled out
        // an explosion"): both polarities of one statement share it, and the comparison reads
        // which way each goes.
        if (in_word_list(folded, {"denied", "denies", "deny", "denying", "rejected", "rejects",
                                  "reject", "disputed", "disputes", "dispute", "refuted",
                                  "refutes", "ruled", "rule", "rules"})) {
            scratch_.push_back(v_.stem_id(folded));
            continue;
        }
        if (!cue_span.empty() && within(w.span, cue_span)) continue;
        if (!mi.m.hedge.empty() && within(w.span, mi.m.hedge)) continue;
        if (!mi.m.negation.empty() && within(w.span, mi.m.negation)) continue;
        if (is_speech_verb(folded) || is_reporting_verb(folded)) continue;
        mi.harm |= harm_of(folded);
        scratch_.push_back(v_.stem_id(synonym_of(folded)));
    }
    mi.exact = h;
    mi.words = add_ids(scratch_, false);
    out.push_back(std::move(mi));
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Entry point
//-------------------------------------------------------------------------------------------------

namespace {

// One article's mentions as a builder on a worker thread leaves them: ids of its own tables.
struct ArticleMentions {
    Vocabulary stems;
    Interner keys;
    Mentions list; // only `list` is used
    IdLog log;
};

// Hands one article's mentions over to the corpus's tables, renumbered: the article's strings
// are interned in the order the article first met them, after those of every article before
// it, as a single builder interns them; its id runs are added to the pool in the order the
// builder asked for them (unused ones too, so the pool is laid out the same).
void hand_over(ArticleMentions& art, Vocabulary& vocabulary, Interner& keys, Mentions& out) {
    std::vector<int> stem_of(art.stems.stems.size()), key_of(art.keys.size());
    for (std::size_t i = 0; i < stem_of.size(); ++i)
        stem_of[i] = vocabulary.stems.id(art.stems.stems.text(static_cast<int>(i)));
    for (std::size_t i = 0; i < key_of.size(); ++i)
        key_of[i] = keys.id(art.keys.text(static_cast<int>(i)));
    std::vector<IdRange> range_of(art.log.runs.size());
    std::vector<int> ids;
    for (std::size_t r = 0; r < range_of.size(); ++r) {
        const IdLog::Run& run = art.log.runs[r];
        const std::vector<int>& to = run.keys ? key_of : stem_of;
        for (std::size_t k = run.begin; k < run.begin + run.size; ++k)
            ids.push_back(to[static_cast<std::size_t>(art.log.ids[k])]);
        range_of[r] = out.add(ids); // sorts them in the corpus's ids
    }
    auto renumber = [&](IdRange& r) {
        if (r.size > 0) r = range_of[r.begin];
    };
    for (MentionInfo& mi : art.list.list) {
        renumber(mi.words);
        renumber(mi.quote_words);
        renumber(mi.source_words);
        renumber(mi.entity_keys);
        if (mi.speaker_key >= 0) mi.speaker_key = key_of[static_cast<std::size_t>(mi.speaker_key)];
        if (mi.source_key >= 0) mi.source_key = key_of[static_cast<std::size_t>(mi.source_key)];
        out.list.push_back(std::move(mi));
    }
    out.store();
}

} // namespace

Mentions find_mentions(const Analysis& analysis, unsigned threads) {
    const std::size_t n_articles = analysis.corpus.articles.size();
    Mentions mentions;
    CorpusKnowledge knowledge;
    threads = worker_count(threads);
    // The corpus is read for names before any mention is built: one article at a time into
    // tables of its own, on every core, merged in article order (merge_knowledge gives the
    // tables one pass over the corpus gives). A tenth of the stage, on one core, before.
    auto learn_article = [&](std::size_t i, CorpusKnowledge& k) {
        for (ByteSpan s : story_sentences(analysis, i))
            learn_from_sentence(analysis.corpus.articles[i].text, s, k);
    };
    if (threads <= 1) {
        for (std::size_t i = 0; i < n_articles; ++i) learn_article(i, knowledge);
    } else {
        const std::size_t window = 4 * threads;
        std::vector<std::unique_ptr<CorpusKnowledge>> learned(window);
        parallel_in_order(
            n_articles, threads, window,
            [&](std::size_t i) {
                auto k = std::make_unique<CorpusKnowledge>();
                learn_article(i, *k);
                learned[i % window] = std::move(k);
            },
            [&](std::size_t i) {
                merge_knowledge(knowledge, *learned[i % window]);
                learned[i % window].reset();
            });
    }
    settle_people(knowledge);
    keep_only_name_words(knowledge);
    Vocabulary vocabulary;
    Interner keys;
    if (threads <= 1) {
        // The reference: one builder hands out the corpus's ids as it meets the strings.
        MentionBuilder builder(analysis, knowledge, vocabulary, keys, mentions);
        for (std::size_t i = 0; i < n_articles; ++i) {
            builder.article(static_cast<int>(i));
            mentions.store(); // the article's mentions at rest (claims_internal.h)
        }
        forget_cached_stems();
        return mentions; // the words, names and capitalisation tables are freed here
    }
    // Articles are independent once the corpus knowledge is read (a builder's state is reset
    // per article): built on every core, each into tables of its own, and handed over in
    // article order as soon as each is built. At most kWindow articles wait in the larger,
    // unstored form: the peak memory of the analysis is at the end of the claims stage, and
    // articles built far ahead leave holes between the stored mentions that it keeps (batches
    // of 64 raised it by 0.9 MB at 1,000 one-story articles, a window of 8 by 0.2 MB, of 2 by
    // nothing measurable).
    const std::size_t kWindow = threads + 1;
    std::vector<std::unique_ptr<ArticleMentions>> slots(kWindow);
    parallel_in_order(
        n_articles, threads, kWindow,
        [&](std::size_t i) {
            auto art = std::make_unique<ArticleMentions>();
            MentionBuilder builder(analysis, knowledge, art->stems, art->keys, art->list,
                                   &art->log);
            builder.article(static_cast<int>(i));
            slots[i % kWindow] = std::move(art);
        },
        [&](std::size_t i) {
            hand_over(*slots[i % kWindow], vocabulary, keys, mentions);
            slots[i % kWindow].reset(); // freed before the next is built
        });
    forget_cached_stems(); // the workers' went with their threads
    return mentions;
}

} // namespace wiretrace::claims_internal
