// claims_eval.cpp — the scorer declared in claims_eval.h.
#include "claims_eval.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <tuple>

namespace wiretrace::claims_eval {

namespace {

const std::set<std::string>& difference_kinds() {
    static const std::set<std::string> kinds = {"quantity",    "quote_wording", "speaker",
                                                "attribution", "hedge",         "negation"};
    return kinds;
}

std::runtime_error bad(const std::string& file, const std::string& what) {
    return std::runtime_error(file + ": " + what);
}

std::string string_field(const std::string& file, const nlohmann::json& j, const char* key,
                         const std::string& where) {
    if (!j.is_object() || !j.contains(key) || !j.at(key).is_string())
        throw bad(file, where + ": missing string field \"" + key + "\"");
    return j.at(key).get<std::string>();
}

std::vector<LabelledFlag> parse_flags(const std::string& file, const nlohmann::json& root,
                                      const char* key, bool allow_any) {
    std::vector<LabelledFlag> out;
    if (!root.contains(key) || !root.at(key).is_array())
        throw bad(file, std::string("missing array \"") + key + "\"");
    for (std::size_t i = 0; i < root.at(key).size(); ++i) {
        const nlohmann::json& j = root.at(key)[i];
        const std::string where = std::string(key) + "[" + std::to_string(i) + "]";
        LabelledFlag f{string_field(file, j, "claim", where), string_field(file, j, "kind", where),
                       string_field(file, j, "article", where), ""};
        if (j.contains("why") && j.at("why").is_string()) f.why = j.at("why").get<std::string>();
        if (!difference_kinds().count(f.kind) && !(allow_any && f.kind == "any"))
            throw bad(file, where + ": unknown kind \"" + f.kind + "\"");
        out.push_back(std::move(f));
    }
    return out;
}

// Where a labelled mention landed in the engine's output.
struct Placement {
    int claim = -1; // index into Analysis::claims, -1 when no engine mention contains the needle
    int mention = -1;
};

// YYYY-MM-DD with a month 01-12 and a day 01-31: enough to catch a mistyped or non-date mark.
bool is_iso_date(const std::string& s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (s[i] < '0' || s[i] > '9') return false;
    const int month = (s[5] - '0') * 10 + (s[6] - '0');
    const int day = (s[8] - '0') * 10 + (s[9] - '0');
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// A held-out set's name: the date its answers were written, optionally followed by "-" and a
// lower-case tag telling apart two sets written the same day ("2026-11-29-final").
bool is_held_out_mark(const std::string& s) {
    if (s.size() < 10 || !is_iso_date(s.substr(0, 10))) return false;
    if (s.size() == 10) return true;
    if (s[10] != '-' || s.size() == 11) return false;
    for (std::size_t i = 11; i < s.size(); ++i)
        if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9'))) return false;
    return true;
}

std::string in_quotes(const std::string& s) {
    return "\u201c" + s + "\u201d";
}

} // namespace

std::string form_of(const Claim& claim, const ClaimDifference& d) {
    const std::string kind = to_string(d.kind);
    if (d.mention < 0 || d.reference < 0) return kind;
    const ClaimMention& a = claim.mentions[static_cast<std::size_t>(d.mention)];
    const ClaimMention& r = claim.mentions[static_cast<std::size_t>(d.reference)];
    auto change = [&](bool has, bool ref_has) {
        return kind + (has == ref_has ? ": changed" : has ? ": added" : ": dropped");
    };
    switch (d.kind) {
    case DifferenceKind::Attribution:
        return change(a.source >= 0 || a.speaker >= 0, r.source >= 0 || r.speaker >= 0);
    case DifferenceKind::Hedge:
        return change(a.hedged, r.hedged);
    case DifferenceKind::Negation:
        // The same flag on both sides is a flip told in words of opposite meaning ("reopened"
        // against "remain closed").
        return a.negated == r.negated ? kind + ": opposite words" : change(a.negated, r.negated);
    default:
        return kind;
    }
}

double ratio(int part, int whole) {
    return whole == 0 ? 1.0 : static_cast<double>(part) / whole;
}

Score& Score::operator+=(const Score& o) {
    flagged += o.flagged;
    flagged_expected += o.flagged_expected;
    expected += o.expected;
    found += o.found;
    must_not += o.must_not;
    must_not_hit += o.must_not_hit;
    pairs_engine += o.pairs_engine;
    pairs_labelled += o.pairs_labelled;
    pairs_both += o.pairs_both;
    for (const auto& [kind, k] : o.by_kind) {
        KindCounts& mine = by_kind[kind];
        mine.expected += k.expected;
        mine.found += k.found;
        mine.flagged += k.flagged;
        mine.flagged_expected += k.flagged_expected;
        for (int c = 0; c < kCauses; ++c) {
            mine.missed_because[c] += k.missed_because[c];
            mine.false_because[c] += k.false_because[c];
        }
    }
    for (const auto& [form, f] : o.by_form) {
        by_form[form].flagged += f.flagged;
        by_form[form].flagged_expected += f.flagged_expected;
    }
    for (int c = 0; c < kCauses; ++c) {
        missed_because[c] += o.missed_because[c];
        false_because[c] += o.false_because[c];
    }
    problems.insert(problems.end(), o.problems.begin(), o.problems.end());
    labelled_mentions += o.labelled_mentions;
    two_fact_mentions += o.two_fact_mentions;
    two_fact_labelled += o.two_fact_labelled;
    split_facts += o.split_facts;
    cutting.insert(cutting.end(), o.cutting.begin(), o.cutting.end());
    return *this;
}

const char* Score::cause_name(int cause) {
    switch (cause) {
    case MentionNotFound: return "no mention holds the words";
    case TwoFactsInOne: return "two labelled facts in one mention";
    case GroupMixesClaims: return "its claim joins other labelled claims";
    case ApartFromMost: return "kept apart from most of its outlets";
    case OtherKindFlagged: return "grouped right, flagged as another kind";
    case GroupedRight: return "grouped right, the comparison is wrong";
    default: return "?";
    }
}

Expected parse_expected(const std::string& file, const std::string& json_text) {
    nlohmann::json root;
    try {
        root = nlohmann::json::parse(json_text);
    } catch (const nlohmann::json::parse_error& e) {
        throw bad(file, std::string("not JSON: ") + e.what());
    }
    Expected x;
    x.file = file;
    x.story = string_field(file, root, "story", "top level");
    if (root.contains("held_out")) {
        x.held_out = root.at("held_out").is_string() ? root.at("held_out").get<std::string>() : "";
        if (!is_held_out_mark(x.held_out))
            throw bad(file, "\"held_out\" must be the date the answers were written, as "
                            "YYYY-MM-DD, optionally followed by -tag (lower-case letters, digits)");
    }
    if (!root.contains("claims") || !root.at("claims").is_array())
        throw bad(file, "missing array \"claims\"");
    std::set<std::pair<std::string, std::string>> labelled; // (claim, article)
    std::set<std::string> claim_ids;
    for (std::size_t i = 0; i < root.at("claims").size(); ++i) {
        const nlohmann::json& c = root.at("claims")[i];
        const std::string where = "claims[" + std::to_string(i) + "]";
        const std::string id = string_field(file, c, "id", where);
        if (!claim_ids.insert(id).second) throw bad(file, where + ": duplicate claim id " + id);
        if (!c.contains("mentions") || !c.at("mentions").is_object() || c.at("mentions").empty())
            throw bad(file, where + ": \"mentions\" must be a non-empty object");
        for (const auto& [article, needle] : c.at("mentions").items()) {
            if (!needle.is_string() || needle.get<std::string>().empty())
                throw bad(file, where + ": mention of " + article + " must be a non-empty string");
            x.mentions.push_back({id, article, needle.get<std::string>()});
            labelled.insert({id, article});
        }
    }
    x.differences = parse_flags(file, root, "differences", false);
    x.not_differences = parse_flags(file, root, "not_differences", true);
    for (const auto* flags : {&x.differences, &x.not_differences})
        for (const LabelledFlag& f : *flags)
            if (!labelled.count({f.claim, f.article}))
                throw bad(file, "flag on " + f.claim + "/" + f.article +
                                    ": that claim has no labelled mention in that article");
    return x;
}

Score score_story(const Analysis& analysis, const Expected& x) {
    Score s;
    const std::vector<Claim>& claims = analysis.claims;

    // 1. Place every labelled mention: the shortest engine mention in its article whose span
    //    contains the needle's only occurrence.
    std::vector<Placement> placed(x.mentions.size());
    for (std::size_t i = 0; i < x.mentions.size(); ++i) {
        const LabelledMention& lm = x.mentions[i];
        const int article = analysis.corpus.find(lm.article);
        if (article < 0) throw bad(x.file, "article " + lm.article + " is not in the story");
        const std::string& text = analysis.corpus.articles[static_cast<std::size_t>(article)].text;
        const std::size_t at = text.find(lm.needle);
        if (at == std::string::npos)
            throw bad(x.file, lm.claim + ": " + in_quotes(lm.needle) + " is not in " + lm.article);
        if (text.find(lm.needle, at + 1) != std::string::npos)
            throw bad(x.file, lm.claim + ": " + in_quotes(lm.needle) +
                                  " occurs more than once in " + lm.article);
        const std::size_t end = at + lm.needle.size();
        std::uint32_t best = UINT32_MAX;
        for (std::size_t c = 0; c < claims.size(); ++c)
            for (std::size_t m = 0; m < claims[c].mentions.size(); ++m) {
                const ClaimMention& cm = claims[c].mentions[m];
                if (cm.article != article || cm.span.begin > at || cm.span.end < end) continue;
                if (cm.span.size() < best) {
                    best = cm.span.size();
                    placed[i] = {static_cast<int>(c), static_cast<int>(m)};
                }
            }
        if (placed[i].claim < 0)
            s.problems.push_back(x.file + ": " + lm.claim + ": no claim mention of " + lm.article +
                                 " contains " + in_quotes(lm.needle));
    }

    // Labelled claims each engine mention stands for (two when the engine kept two labelled
    // facts of one sentence as one mention).
    std::map<std::pair<int, int>, std::set<std::string>> stands_for;
    for (std::size_t i = 0; i < x.mentions.size(); ++i)
        if (placed[i].claim >= 0)
            stands_for[{placed[i].claim, placed[i].mention}].insert(x.mentions[i].claim);

    // How the labelled sentences were cut (Score::two_fact_mentions, ::split_facts).
    auto excerpt = [](std::string_view t) {
        std::string out(t.substr(0, 240));
        for (char& ch : out)
            if (ch == '\n') ch = ' ';
        return in_quotes(out + (t.size() > 240 ? "..." : ""));
    };
    s.labelled_mentions = static_cast<int>(x.mentions.size());
    for (const auto& [where, labels] : stands_for) {
        if (labels.size() < 2) continue;
        ++s.two_fact_mentions;
        const ClaimMention& cm = claims[static_cast<std::size_t>(where.first)]
                                     .mentions[static_cast<std::size_t>(where.second)];
        std::string names;
        for (const std::string& label : labels) names += (names.empty() ? "" : "+") + label;
        for (std::size_t i = 0; i < x.mentions.size(); ++i)
            s.two_fact_labelled += placed[i].claim == where.first &&
                                   placed[i].mention == where.second;
        s.cutting.push_back(x.file + ": two facts in one mention of " +
                            analysis.corpus.articles[static_cast<std::size_t>(cm.article)].id +
                            ": " + names + " " + excerpt(text_of(analysis, cm.article, cm.span)));
    }
    for (std::size_t i = 0; i < x.mentions.size(); ++i) {
        if (placed[i].claim >= 0) continue;
        const LabelledMention& lm = x.mentions[i];
        const int article = analysis.corpus.find(lm.article);
        const std::size_t at =
            analysis.corpus.articles[static_cast<std::size_t>(article)].text.find(lm.needle);
        const std::size_t end = at + lm.needle.size();
        std::vector<ByteSpan> pieces;
        for (const Claim& c : claims)
            for (const ClaimMention& cm : c.mentions)
                if (cm.article == article && cm.span.begin < end && cm.span.end > at)
                    pieces.push_back(cm.span);
        if (pieces.size() < 2) continue;
        ++s.split_facts;
        std::sort(pieces.begin(), pieces.end(),
                  [](ByteSpan a, ByteSpan b) { return a.begin < b.begin; });
        std::string line = x.file + ": " + lm.claim + " split over " +
                           std::to_string(pieces.size()) + " mentions of " + lm.article + ":";
        for (ByteSpan p : pieces) line += " " + excerpt(text_of(analysis, article, p));
        s.cutting.push_back(line);
    }

    // Where a (engine claim, mention) standing for labelled claims went wrong before the
    // comparison, if anywhere (the first of Score::Cause's grouping causes that applies).
    std::map<std::string, int> labelled_count; // labelled claim -> its labelled mentions
    for (const LabelledMention& lm : x.mentions) ++labelled_count[lm.claim];
    auto grouping_cause = [&](int claim, int mention) {
        const std::set<std::string>& labels = stands_for.at({claim, mention});
        if (labels.size() > 1) return Score::TwoFactsInOne;
        std::map<std::string, int> in_claim; // labelled claim -> its mentions in `claim`
        for (std::size_t i = 0; i < x.mentions.size(); ++i)
            if (placed[i].claim == claim) ++in_claim[x.mentions[i].claim];
        if (in_claim.size() > 1) return Score::GroupMixesClaims;
        const std::string& label = *labels.begin();
        if (2 * in_claim[label] <= labelled_count[label]) return Score::ApartFromMost;
        return Score::GroupedRight;
    };

    auto listed = [](const std::vector<LabelledFlag>& flags, const std::string& claim,
                     const std::string& kind, const std::string& article) -> const LabelledFlag* {
        for (const LabelledFlag& f : flags)
            if (f.claim == claim && f.article == article && (f.kind == kind || f.kind == "any"))
                return &f;
        return nullptr;
    };

    // 2. Flagged differences within labelled claims, once per (claim, mention, kind).
    std::set<std::tuple<int, int, std::string>> flags;
    for (std::size_t c = 0; c < claims.size(); ++c)
        for (const ClaimDifference& d : claims[c].differences)
            if (stands_for.count({static_cast<int>(c), d.mention}))
                flags.insert({static_cast<int>(c), d.mention, to_string(d.kind)});
    std::set<const LabelledFlag*> must_not_hit;
    for (const auto& [c, m, kind] : flags) {
        const std::set<std::string>& labels = stands_for.at({c, m});
        const Claim& claim = claims[static_cast<std::size_t>(c)];
        const std::string& article = analysis.corpus
                                         .articles[static_cast<std::size_t>(
                                             claim.mentions[static_cast<std::size_t>(m)].article)]
                                         .id;
        ++s.flagged;
        ++s.by_kind[kind].flagged;
        bool expected = false;
        for (const std::string& label : labels)
            expected = expected || listed(x.differences, label, kind, article) != nullptr;
        for (const ClaimDifference& d : claim.differences)
            if (d.mention == m && to_string(d.kind) == kind) {
                Score::FormCounts& f = s.by_form[form_of(claim, d)];
                ++f.flagged;
                f.flagged_expected += expected ? 1 : 0;
                break;
            }
        if (expected) {
            ++s.flagged_expected;
            ++s.by_kind[kind].flagged_expected;
            continue;
        }
        const Score::Cause cause = grouping_cause(c, m);
        ++s.false_because[cause];
        ++s.by_kind[kind].false_because[cause];
        std::string detail;
        for (const ClaimDifference& d : claim.differences)
            if (d.mention == m && to_string(d.kind) == kind) {
                detail = d.detail;
                break;
            }
        std::string names;
        for (const std::string& label : labels) names += (names.empty() ? "" : "+") + label;
        std::string line = x.file + ": false " + kind + " flag on " + article + " in claim " +
                           names + " (engine: " + in_quotes(detail) + ")";
        for (const std::string& label : labels)
            if (const LabelledFlag* f = listed(x.not_differences, label, kind, article)) {
                must_not_hit.insert(f);
                line += "; must not be flagged: " + f->why;
            }
        s.problems.push_back(line);
    }

    // 3. Expected differences found.
    for (const LabelledFlag& f : x.differences) {
        ++s.expected;
        ++s.by_kind[f.kind].expected;
        Placement p;
        for (std::size_t i = 0; i < x.mentions.size(); ++i)
            if (x.mentions[i].claim == f.claim && x.mentions[i].article == f.article) p = placed[i];
        bool found = false, other_kind = false;
        if (p.claim >= 0)
            for (const ClaimDifference& d : claims[static_cast<std::size_t>(p.claim)].differences)
                if (d.mention == p.mention) {
                    found = found || to_string(d.kind) == f.kind;
                    other_kind = true;
                }
        if (!found) {
            Score::Cause cause = p.claim < 0 ? Score::MentionNotFound
                                             : grouping_cause(p.claim, p.mention);
            if (cause == Score::GroupedRight && other_kind) cause = Score::OtherKindFlagged;
            ++s.missed_because[cause];
            ++s.by_kind[f.kind].missed_because[cause];
        }
        if (found) {
            ++s.found;
            ++s.by_kind[f.kind].found;
        } else {
            s.problems.push_back(x.file + ": missed " + f.kind + " on " + f.article + " in claim " +
                                 f.claim + " (" + f.why + ")" +
                                 (p.claim < 0 ? ": its mention was not found" : ""));
        }
    }
    s.must_not = static_cast<int>(x.not_differences.size());
    s.must_not_hit = static_cast<int>(must_not_hit.size());

    // 4. Grouping over pairs of labelled mentions.
    for (std::size_t i = 0; i < x.mentions.size(); ++i)
        for (std::size_t j = i + 1; j < x.mentions.size(); ++j) {
            const bool by_label = x.mentions[i].claim == x.mentions[j].claim;
            const bool by_engine = placed[i].claim >= 0 && placed[i].claim == placed[j].claim;
            s.pairs_labelled += by_label;
            s.pairs_engine += by_engine;
            s.pairs_both += by_label && by_engine;
        }
    // In words: a labelled claim spread over several engine claims, an engine claim joining
    // several labelled claims.
    std::map<std::string, std::map<int, std::vector<std::string>>>
        split; // claim -> engine -> articles
    std::map<int, std::map<std::string, std::vector<std::string>>>
        merged; // engine -> claim -> articles
    for (std::size_t i = 0; i < x.mentions.size(); ++i) {
        if (placed[i].claim < 0) continue;
        split[x.mentions[i].claim][placed[i].claim].push_back(x.mentions[i].article);
        merged[placed[i].claim][x.mentions[i].claim].push_back(x.mentions[i].article);
    }
    auto join = [](const std::vector<std::string>& v) {
        std::string out;
        for (const std::string& e : v) out += (out.empty() ? "" : ", ") + e;
        return out;
    };
    for (const auto& [label, engines] : split) {
        if (engines.size() < 2) continue;
        std::string line = x.file + ": claim " + label + " is split over " +
                           std::to_string(engines.size()) + " engine claims:";
        for (const auto& [engine, articles] : engines)
            line += " #" + std::to_string(claims[static_cast<std::size_t>(engine)].id) + " {" +
                    join(articles) + "}";
        s.problems.push_back(line);
    }
    for (const auto& [engine, labels] : merged) {
        if (labels.size() < 2) continue;
        std::string line = x.file + ": engine claim #" +
                           std::to_string(claims[static_cast<std::size_t>(engine)].id) + " joins";
        for (const auto& [label, articles] : labels)
            line += " " + label + " {" + join(articles) + "}";
        s.problems.push_back(line);
    }
    return s;
}

std::vector<std::filesystem::path> story_dirs() {
    const std::filesystem::path root =
        std::filesystem::path(WIRETRACE_SOURCE_DIR) / "tests/claims_eval";
    std::vector<std::filesystem::path> dirs;
    for (const auto& e : std::filesystem::directory_iterator(root))
        if (e.is_directory() && std::filesystem::exists(e.path() / "expected.json"))
            dirs.push_back(e.path());
    std::sort(dirs.begin(), dirs.end());
    return dirs;
}

Expected load_expected(const std::filesystem::path& story_dir) {
    std::ifstream in(story_dir / "expected.json", std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return parse_expected("tests/claims_eval/" + story_dir.filename().string() + "/expected.json",
                          text.str());
}

} // namespace wiretrace::claims_eval
