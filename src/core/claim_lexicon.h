// claim_lexicon.h — the word lists of the claims engine's mention step (claim_mentions.cpp and
// the steps it calls): reporting verbs, source nouns, organisation words, determiners and
// pronouns, the verbs that give a clause its own predicate, the news synonyms and the harm
// words. Kept in one place so that a rule reads as a rule and its vocabulary is found by name.
#pragma once

#include "surface.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wiretrace::claims_internal {

bool is_reporting_verb(std::string_view w);
bool is_source_noun(std::string_view w);
bool is_company_suffix(std::string_view w);
bool is_organisation_word(std::string_view w);
bool members_kind_word(std::string_view w);
bool is_acronym(const SurfaceToken& t);
bool is_descriptor(std::string_view lower);
bool is_determiner(std::string_view lower);
bool is_pronoun(std::string_view lower);
// "is", "are", "was", "were": the finite forms of "be" that carry a passive or a copula's tense.
bool is_finite_be(std::string_view lower);
// The finite forms and "be", "been" (after a modal or "has"): a form of "be" before a participle.
bool is_form_of_be(std::string_view lower);
// A pronoun with "be" contracted onto it ("it's", "they're", "she's", "I'm"): the copula as
// spoken copy writes it. The tokenizer keeps the apostrophe inside the word (and folds the
// typographic one to "'"), so "it's considering" is two tokens, not three.
bool is_contracted_be(std::string_view lower);
// A verb with "not" contracted onto it ("isn't", "won't", "couldn't"): the word ends in "n't"
// after at least one letter. The tokenizer folds the typographic apostrophe to "'", so a
// token's lower form ends in "n't"; the typographic "n’t" is read too, for raw text.
bool is_negative_contraction(std::string_view lower);
bool is_finite_verb(std::string_view w, bool allow_ed);
bool subject_start(const SurfaceToken& t);
bool aside_participle(std::string_view w);
bool is_bare_verb(std::string_view w);
bool clause_verb(std::string_view w);
bool outcome_participle(std::string_view w);
std::string synonym_of(const std::string& folded);
std::uint8_t harm_of(std::string_view w);
// One house spelling for a lower-case word written the British or the American way:
// "centre"/"center", "organisers"/"organizers", "defence"/"defense", "labour"/"labor" fold to
// the same word (claim_lexicon.cpp). For comparing quotations, names and sources.
std::string house_spelling(std::string w);
// The bytes of the possessive that ends `word`, written straight ("'s", 2) or typographic
// ("’s", 4 in UTF-8); 0 when it has none or is nothing but the ending. One reading for the
// places that cut a name or an owner off its possessive ("Assad's" -> "Assad").
std::size_t possessive_length(std::string_view word);
// The lower-case words of a name or description, each in house_spelling, a possessive "'s"
// dropped: "Tarvenia's cyber security agency" is {"tarvenia", "cyber", "security", "agency"}.
std::vector<std::string> folded_words(std::string_view text);

} // namespace wiretrace::claims_internal
