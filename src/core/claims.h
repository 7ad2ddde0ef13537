// claims.h — the claims engine: who says what in each article, the same proposition matched
// across outlets, its consensus version, and every outlet that departs from it.
//
//   Analysis a = analyze(load_corpus({"corpus"}));   // analyze() calls extract_claims() last
//   for (const Claim& c : a.claims)
//       for (const ClaimDifference& d : c.differences)   // 004 "quantity": gives “TENS of
//           …  // thousands of people” where the reference has “thousands of Homs residents”
//
// Pipeline, one file per step (claims_internal.h), all rule-based and deterministic so a reader
// can see why two mentions matched and why an outlet is marked:
//
//   1. Mentions (claim_mentions.cpp; clauses, attribution, hedge and negation, corpus knowledge
//      and word lists in claim_clauses, claim_attribution, claim_hedge_negation,
//      claim_knowledge and claim_lexicon.cpp). Story sentences (boilerplate skipped) become units: a
//      quotation running over several sentences is one unit, and so is “…,” she said. “…” in
//      one paragraph; a verification disclaimer joins the mention before it. A unit is cut into
//      clauses, one proposition each: at ";", before "and"/"but" opening a predicate or a clause
//      with its own subject ("… was a tactical measure and vowed to gain back lost areas"),
//      before a speech or hedged participle (", adding that", ", seemingly alluding to"), a
//      subordinate clause with its own subject (", a day after a fire killed 19 workers"; without
//      a comma only when it runs to five words: "… in prison after a court convicted him of
//      bribery", not "… when the blaze broke out"), after ", and" with a short subject of any
//      kind and its verb (", and crews needed six hours"), before "and" + a past tense that does
//      not pair with a participle ("took 44.1% and conceded", not "were arrested and
//      questioned"), at an abbreviation's full stop before a capitalised subject and verb ("10
//      p.m. Firefighters took …") or a purpose ("to avoid fighting …"); at a second action after
//      one modal ("will cut X and freeze the Y"), a second consequence or toll with its own
//      figure ("killing 9 and injuring 60", "12 were killed and about 30 hurt", ", and the
//      total to 19", ", with 230 people still missing"), a trailing relative clause that brings
//      a figure ("…, which the council expects to cost €4m"), a clause behind ", and with …";
//      an aside with a figure between subject and verb ("The levy, set at 4% of profits, is
//      expected to …", not credited by a closing attribution) or a noun in apposition that
//      opens one (", a charge the ministry expects to raise €900m"), the share of a total
//      (", 900 of them in the capital");
//      a relative clause between subject and verb ("The library, which lost its roof, will
//      close …", "The trust, which owns 12% and is its largest holder, opposes …") is cut out,
//      each part keeping the subject, as background a closing attribution does not credit; at a
//      colon before a clause with its own subject and verb ("It is not the first leak: it was
//      fined …"); inside a quotation only between two clauses with their own subjects. A
//      predicate coordinated with the one before it is matched with the shared subject's words
//      and names. An attribution after a comma in the last clause ("A and B, the minister said
//      on Monday as …") credits every clause before it; words after its verb that open with a
//      time, a place or "as"/"while" are the circumstances of saying it, not its claim.
//      Each clause gets
//        quotes + speaker   quotes.h, clipped to the clause; a surname or pronoun resolves to the
//                           nearest full name before it ("Maria Lopez, the fire chief, said …"
//                           then "she told reporters"; "Frey said … “…,” he said" is Frey);
//                           "said fire chief Maria Lopez", "said Lenholm mayor Anna Berg",
//                           "said the union's chairman, Karl Brenner"; a quote that names its
//                           own speaker never continues the quotation before it;
//                           "called the decision “…”"; a name the corpus writes after "a"/"the"
//                           is no person ("a Kestrel Textiles factory"), a full name whose
//                           surname speaks alone elsewhere is one ("Helen Carver" + "Carver
//                           told");
//        source             "according to X"; "X said/reported/confirmed/denied/characterized …"
//                           with names containing of/for ("Ministry of Health"); "…, prosecutors
//                           said."; ", NP said" set off by commas with any head noun ("…, the
//                           electoral commission said, down from …"), which governs a report
//                           inside the sentence ("Investigators believe …, police said"); "…,
//                           said the fire service."; verbs of judgement ("Forecasters expect",
//                           "the association estimates"); a person's name in an appositive
//                           ("Esterel's mayor, Joan Puig, said" = "Mayor Joan Puig said"), but a
//                           spokesperson speaks for their organisation; "it"/"they" → the
//                           organisation or subject named before, "the company", "the mobile
//                           operator" → the organisation named earlier in the sentence, else the
//                           one the article named last (one the corpus has speak first; a
//                           name whose first word speaks alone, "Halvern said", is an
//                           organisation); "its maker, Halvern Pharma, said", "according to
//                           the operator, ValRail": the appositive name; "sources close to X"
//                           are not X; "X accused Y of", "X blamed Y": X; "Analysts at Orme
//                           Securities said": the firm; "Lyle & Dane" is one name; "Local
//                           media report that …"; "it said" is never a place in the subject
//                           before ("Nitrate at Brenley rose …"); reported/announced/confirmed/declared/
//                           denied after a name need a clause ("Acme Corp reported revenue",
//                           "Roca declared a state of emergency and asked …" credit nobody); the
//                           sentence's source goes to the clauses it governs, and one that opens
//                           a subordinate clause ("after the army said it withdrew, …") governs
//                           that clause only;
//        hedge, negation    scoped to the clause, outside quotations (analysis-format.md lists
//                           the cues: "it is understood", "is believed to", "could not be
//                           independently verified", "is likely to", "is expected to", "may
//                           have", "could earn" (not in an indirect question), "Investigators
//                           believe", "is minded to"; "did not", "denied", "rejected the
//                           claim" or "his explanation", "failing to", "stopped short of", but
//                           not "did not deny"); a denial answering the clause before it ("…,
//                           which the company denied") is a clause of its own; a negated
//                           relative clause closing the sentence is about its noun (", which
//                           it did not name");
//        quantities         quantities.h, weekdays resolved against the article date, a date
//                           without a year to the nearest such date (ahead or back); at most
//                           12 per clause (more is a table, not a claim);
//        entities, words    capitalised runs; content words outside the attribution, hedge and
//                           negation, through a small list of news synonyms (claim_lexicon.cpp
//                           says why not WordNet).
//   2. Claims (claim_grouping.cpp). Articles in corpus order; an article's mentions join the
//      claims they match best first (not in text order), each claim at most one mention per
//      article; of two mentions of one article that want one claim, one giving the claim's
//      rare figure and the other a different figure of that measure ("€214 million in all" /
//      "would challenge the €118 million fine"), the first is ranked higher. Two mentions
//      match when
//        * they quote the same speaker, or the same quoted words (three or more),
//        * a shared-text alignment links them at overlapping places (a clause inside its
//          paraphrase's sentence counts) and they share words (it outranks shared words
//          alone unless another claim's words match far better),
//        * they share words (IDF-weighted Dice ≥ 0.5; a figure both give exactly, or a date
//          written with its day, counts as a rare shared word), or fewer words plus an anchor:
//          the same source, an agreeing figure, two shared entities (one at Dice ≥ 0.4), or
//          figures of one kind about a shared entity (the figures may disagree: the difference
//          to show), or a figure in a measure the corpus gives no more than once per article
//          on average (the area burned, in hectares: the one fact of the story so measured),
//          or two counts of the dead (or of the hurt) at Dice ≥ 0.25, or the same figure that
//          the corpus gives no more than once per article on average, at Dice ≥ 0.2 ("196
//          survivors" / "196 people"; a bare count keyed as people; not a whole count under
//          ten, which unrelated facts share by chance). An agreeing figure ranks with an
//          alignment.
//        A relative clause cut as a mention of its own ranks a little below ("which opened in
//        1887": background) against a sentence that is none, unless it gives a figure or a
//        date, or the sentence keeps a relative clause of its own uncut.
//        A statement that quotes nothing matches a quotation (by any rule below the quote
//        rules, alignment included) only when it shares a tenth of the quoted words (weighted
//        Dice): the speaker's name and title in both is the attribution, not the claim.
//        * one says a state goes on ("remain closed", "are still suspended") and the other
//          that it was reversed with a word of opposite meaning ("reopened": WordNet's
//          antonyms), the heads of their subjects the same ("markets"), at Dice ≥ 0.15, ranked
//          below every rule above: the flip is the difference to show.
//      Never when one counts the dead and the other the injured or sick, nor when one counts
//      people (a toll) with a figure and the other is the event without one, nor when both
//      measure something and nothing of one measure (a mass, a length, money in any currency,
//      a length of time, a share in %): "released 40 tonnes" is not "fish killed along 12 km".
//      Then order, for what is left unmatched (a rewrite keeps the wire's order of facts): a
//      mention between two placed neighbours joins the other article's mention between the
//      same two claims when they share a word, a name, a speaker, a source or a figure's
//      kind; with one placed neighbour, the mention on the same side of its claim when
//      Dice ≥ 0.3. Figures of
//      different kinds on both sides never join this way (a bare count and a count of people
//      are one kind).
//      Candidates come from an inverted index over claims (words, figures, speaker), never all
//      pairs, ranked by the rarity of the words they share; a few claims that give the same
//      figure are scored however little else they share.
//   3. Consensus and differences (claim_differences.cpp; each kind compared in a
//      claim_compare_*.cpp). Per kind (quantity, quote_wording,
//      speaker, attribution, hedge, negation) the mentions fall into versions; the version most
//      outlets carry is the consensus (ties: earliest date, then corpus order) and only the
//      outlets outside it are marked, each against the reference, with the change in words.
//      Exact counts compare exactly (19 vs 20 killed differ; a bare count in digits is a count
//      of people against one); tolerance comes only from
//      Quantity::rounding (round, converted figures) and the modifier ("about", "nearly"). A
//      partial quote with unchanged words, house spelling (a compound hyphenated
//      or closed up included), a quote split by its attribution: notes,
//      not differences. An attribution is dropped, added or changed only where both sides'
//      attributions were read with confidence (by how each was found: a credit carried from
//      another clause, a quotation whose speaker was not read, a pronoun, a document without
//      its author are not); otherwise a note names both credits. Claim::reference is the
//      mention in the most consensus versions.
//   4. Labels (claim_labels.cpp): “first words of the quote…” — Speaker, or the claim's clause
//      as written, without dateline, attribution or asides, at most 90 characters, from the
//      first mention that reads as a sentence; a clause that shares its subject gets it back,
//      one that hangs from its sentence ("killing dozens of fighters") shows that sentence's
//      end.
//
// Offsets are UTF-8 byte offsets into each article's text. Cost: O(corpus bytes) for mentions;
// per mention O(candidate claims × representatives) scoring; per claim O(mentions × versions)
// for differences. The mentions (most of the time) are built on every core natively, one
// article per task, with the same ids as one thread (claim_mentions.cpp); the other steps run
// on one. One story carried by 1,000 outlets takes ~0.6–0.9 s (docs/benchmarks.md).
#pragma once

#include "analysis.h"

#include <vector>

namespace wiretrace {

// Every claim of the corpus, ids 0.. in order of creation (corpus order of first mention). Reads
// analysis.corpus, analysis.articles[i].sentences and .boilerplate (computed here with
// text.h/boilerplate.h when a stage before did not fill them) and analysis.alignments (may be
// empty). `threads`: worker threads for the mentions (0: every core natively; one on the web);
// the claims are the same whatever the count. Fills analysis.claims and analysis.claim_names
// (the speakers and sources the mentions name), replacing what they held.
void extract_claims(Analysis& analysis, unsigned threads = 0);

} // namespace wiretrace
