#include "analysis_json.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <stdexcept>

// nlohmann::ordered_json keeps keys in insertion order, which makes the output follow the
// documented field order and stay byte-identical across platforms.
using json = nlohmann::ordered_json;

namespace wiretrace {

const char* to_string(ReuseKind k) {
    switch (k) {
    case ReuseKind::Verbatim: return "verbatim";
    case ReuseKind::Edited: return "edited";
    case ReuseKind::Paraphrase: return "paraphrase";
    }
    return "?";
}
const char* to_string(ProvenanceLabel l) {
    switch (l) {
    case ProvenanceLabel::Verbatim: return "verbatim";
    case ProvenanceLabel::Edited: return "edited";
    case ProvenanceLabel::Paraphrase: return "paraphrase";
    case ProvenanceLabel::Original: return "original";
    case ProvenanceLabel::Boilerplate: return "boilerplate";
    }
    return "?";
}
const char* to_string(ClaimType t) {
    switch (t) {
    case ClaimType::Quote: return "quote";
    case ClaimType::Quantity: return "quantity";
    case ClaimType::Statement: return "statement";
    }
    return "?";
}
const char* to_string(DifferenceKind k) {
    switch (k) {
    case DifferenceKind::Quantity: return "quantity";
    case DifferenceKind::QuoteWording: return "quote_wording";
    case DifferenceKind::Attribution: return "attribution";
    case DifferenceKind::Hedge: return "hedge";
    }
    return "?";
}

namespace {

// 4 decimals are plenty for shares and scores and keep the JSON free of float noise.
double rounded(double x) { return std::round(x * 10000.0) / 10000.0; }

json span_json(ByteSpan s) { return json::array({s.begin, s.end}); }

template <class Enum, std::size_t N>
Enum enum_from(const std::string& s, const Enum (&all)[N], const char* what) {
    for (Enum e : all)
        if (s == to_string(e)) return e;
    throw std::runtime_error(std::string("unknown ") + what + " \"" + s + "\"");
}

ByteSpan span_from(const json& j) {
    if (!j.is_array() || j.size() != 2) throw std::runtime_error("a span must be [begin, end]");
    return ByteSpan{j[0].get<std::uint32_t>(), j[1].get<std::uint32_t>()};
}

const std::string& id_of(const Analysis& a, int index) {
    return a.corpus.articles.at(static_cast<std::size_t>(index)).id;
}

int index_of(const Analysis& a, const json& id) {
    int i = a.corpus.find(id.get<std::string>());
    if (i < 0) throw std::runtime_error("unknown article id \"" + id.get<std::string>() + "\"");
    return i;
}

json quantity_json(const Quantity& q) {
    return json{{"text", q.text},
                {"value", q.value},
                {"low", q.low},
                {"high", q.high},
                {"unit", q.unit}};
}

json optional_string(const std::optional<std::string>& s) { return s ? json(*s) : json(nullptr); }

} // namespace

std::string analysis_to_json(const Analysis& a, int indent) {
    json root;
    root["version"] = 1;
    json articles = json::array();
    for (std::size_t i = 0; i < a.corpus.articles.size(); ++i) {
        const Article& art = a.corpus.articles[i];
        json j{{"id", art.id},       {"outlet", art.outlet}, {"title", art.title},
               {"date", art.date},   {"url", art.url},       {"byline", art.byline},
               {"text", art.text}};
        json boiler = json::array(), sentences = json::array();
        if (i < a.articles.size()) {
            for (ByteSpan s : a.articles[i].boilerplate) boiler.push_back(span_json(s));
            for (ByteSpan s : a.articles[i].sentences) sentences.push_back(span_json(s));
            json shares;
            for (int l = 0; l < 5; ++l)
                shares[to_string(static_cast<ProvenanceLabel>(l))] =
                    rounded(a.articles[i].label_share[l]);
            j["boilerplate"] = boiler;
            j["sentences"] = sentences;
            j["shares"] = shares;
            j["word_count"] = a.articles[i].word_count;
        } else {
            j["boilerplate"] = boiler;
            j["sentences"] = sentences;
        }
        articles.push_back(std::move(j));
    }
    root["articles"] = std::move(articles);

    json alignments = json::array();
    for (const Alignment& al : a.alignments) {
        json j{{"a", id_of(a, al.a)},
               {"b", id_of(a, al.b)},
               {"a_span", span_json(al.a_span)},
               {"b_span", span_json(al.b_span)},
               {"kind", to_string(al.kind)},
               {"score", rounded(al.score)}};
        if (!al.diff.empty()) {
            json diff = json::array();
            static const char* ops[] = {"equal", "insert", "delete", "replace"};
            for (const WordEdit& e : al.diff)
                diff.push_back(json{{"op", ops[static_cast<int>(e.op)]},
                                    {"a", span_json(e.a)},
                                    {"b", span_json(e.b)}});
            j["diff"] = std::move(diff);
        }
        alignments.push_back(std::move(j));
    }
    root["alignments"] = std::move(alignments);

    json passages = json::array();
    for (const Passage& p : a.passages) {
        json members = json::array();
        for (const PassageMember& m : p.members)
            members.push_back(json{{"article", id_of(a, m.article)}, {"span", span_json(m.span)}});
        passages.push_back(json{{"id", p.id}, {"members", std::move(members)}});
    }
    root["passages"] = std::move(passages);

    json provenance = json::array();
    for (const SentenceProvenance& p : a.provenance) {
        json source = nullptr;
        if (p.source)
            source = json{{"article", id_of(a, p.source->article)},
                          {"span", span_json(p.source->span)}};
        provenance.push_back(json{{"article", id_of(a, p.article)},
                                  {"sentence", span_json(p.sentence)},
                                  {"label", to_string(p.label)},
                                  {"source", std::move(source)}});
    }
    root["provenance"] = std::move(provenance);

    json derivation = json::array();
    for (const DerivationEdge& e : a.derivation)
        derivation.push_back(json{{"from", id_of(a, e.from)},
                                  {"to", id_of(a, e.to)},
                                  {"share", rounded(e.share)},
                                  {"reverse_share", rounded(e.reverse_share)},
                                  {"direction_known", e.direction_known}});
    root["derivation"] = std::move(derivation);

    json claims = json::array();
    for (const Claim& c : a.claims) {
        json mentions = json::array();
        for (const ClaimMention& m : c.mentions) {
            json qs = json::array();
            for (const Quantity& q : m.quantities) qs.push_back(quantity_json(q));
            mentions.push_back(json{{"article", id_of(a, m.article)},
                                    {"span", span_json(m.span)},
                                    {"text", m.text},
                                    {"speaker", optional_string(m.speaker)},
                                    {"source", optional_string(m.source)},
                                    {"hedged", m.hedged},
                                    {"quantities", std::move(qs)}});
        }
        json diffs = json::array();
        for (const ClaimDifference& d : c.differences)
            diffs.push_back(json{{"kind", to_string(d.kind)},
                                 {"a", id_of(a, c.mentions.at(d.a).article)},
                                 {"b", id_of(a, c.mentions.at(d.b).article)},
                                 {"a_mention", d.a},
                                 {"b_mention", d.b},
                                 {"detail", d.detail}});
        claims.push_back(json{{"id", c.id},
                              {"label", c.label},
                              {"type", to_string(c.type)},
                              {"mentions", std::move(mentions)},
                              {"differences", std::move(diffs)}});
    }
    root["claims"] = std::move(claims);
    return root.dump(indent);
}

Analysis analysis_from_json(std::string_view text) {
    json root = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (root.is_discarded() || !root.is_object())
        throw std::runtime_error("analysis: not a JSON object");
    if (root.value("version", 0) != 1)
        throw std::runtime_error("analysis: unsupported version (expected 1)");
    try {
        Analysis a;
        for (const json& j : root.at("articles")) {
            Article art;
            art.id = j.at("id").get<std::string>();
            art.outlet = j.value("outlet", "");
            art.title = j.value("title", "");
            art.date = j.value("date", "");
            art.url = j.value("url", "");
            art.byline = j.value("byline", "");
            art.text = j.at("text").get<std::string>();
            a.corpus.articles.push_back(std::move(art));
            ArticleAnalysis aa;
            for (const json& s : j.value("boilerplate", json::array()))
                aa.boilerplate.push_back(span_from(s));
            for (const json& s : j.value("sentences", json::array()))
                aa.sentences.push_back(span_from(s));
            if (j.contains("shares"))
                for (int l = 0; l < 5; ++l)
                    aa.label_share[l] = j["shares"].value(
                        to_string(static_cast<ProvenanceLabel>(l)), 0.0);
            aa.word_count = j.value("word_count", std::size_t{0});
            a.articles.push_back(std::move(aa));
        }
        static const ReuseKind kinds[] = {ReuseKind::Verbatim, ReuseKind::Edited,
                                          ReuseKind::Paraphrase};
        for (const json& j : root.value("alignments", json::array())) {
            Alignment al;
            al.a = index_of(a, j.at("a"));
            al.b = index_of(a, j.at("b"));
            al.a_span = span_from(j.at("a_span"));
            al.b_span = span_from(j.at("b_span"));
            al.kind = enum_from(j.at("kind").get<std::string>(), kinds, "alignment kind");
            al.score = j.value("score", 0.0);
            for (const json& d : j.value("diff", json::array())) {
                WordEdit e;
                std::string op = d.at("op").get<std::string>();
                e.op = op == "insert"    ? WordEdit::Op::Insert
                       : op == "delete"  ? WordEdit::Op::Delete
                       : op == "replace" ? WordEdit::Op::Replace
                                         : WordEdit::Op::Equal;
                e.a = span_from(d.at("a"));
                e.b = span_from(d.at("b"));
                al.diff.push_back(e);
            }
            a.alignments.push_back(std::move(al));
        }
        for (const json& j : root.value("passages", json::array())) {
            Passage p;
            p.id = j.at("id").get<int>();
            for (const json& m : j.at("members"))
                p.members.push_back({index_of(a, m.at("article")), span_from(m.at("span"))});
            a.passages.push_back(std::move(p));
        }
        static const ProvenanceLabel labels[] = {
            ProvenanceLabel::Verbatim, ProvenanceLabel::Edited, ProvenanceLabel::Paraphrase,
            ProvenanceLabel::Original, ProvenanceLabel::Boilerplate};
        for (const json& j : root.value("provenance", json::array())) {
            SentenceProvenance p;
            p.article = index_of(a, j.at("article"));
            p.sentence = span_from(j.at("sentence"));
            p.label = enum_from(j.at("label").get<std::string>(), labels, "provenance label");
            if (!j.at("source").is_null())
                p.source = SourceRef{index_of(a, j["source"].at("article")),
                                     span_from(j["source"].at("span"))};
            a.provenance.push_back(std::move(p));
        }
        for (const json& j : root.value("derivation", json::array()))
            a.derivation.push_back({index_of(a, j.at("from")), index_of(a, j.at("to")),
                                    j.value("share", 0.0), j.value("reverse_share", 0.0),
                                    j.value("direction_known", false)});
        static const ClaimType types[] = {ClaimType::Quote, ClaimType::Quantity,
                                          ClaimType::Statement};
        static const DifferenceKind dkinds[] = {DifferenceKind::Quantity,
                                                DifferenceKind::QuoteWording,
                                                DifferenceKind::Attribution, DifferenceKind::Hedge};
        for (const json& j : root.value("claims", json::array())) {
            Claim c;
            c.id = j.at("id").get<int>();
            c.label = j.value("label", "");
            c.type = enum_from(j.at("type").get<std::string>(), types, "claim type");
            for (const json& m : j.at("mentions")) {
                ClaimMention cm;
                cm.article = index_of(a, m.at("article"));
                cm.span = span_from(m.at("span"));
                cm.text = m.value("text", "");
                if (m.contains("speaker") && !m["speaker"].is_null())
                    cm.speaker = m["speaker"].get<std::string>();
                if (m.contains("source") && !m["source"].is_null())
                    cm.source = m["source"].get<std::string>();
                cm.hedged = m.value("hedged", false);
                for (const json& q : m.value("quantities", json::array()))
                    cm.quantities.push_back({q.value("text", ""), q.value("value", 0.0),
                                             q.value("low", 0.0), q.value("high", 0.0),
                                             q.value("unit", "")});
                c.mentions.push_back(std::move(cm));
            }
            for (const json& d : j.value("differences", json::array()))
                c.differences.push_back(
                    {enum_from(d.at("kind").get<std::string>(), dkinds, "difference kind"),
                     d.at("a_mention").get<int>(), d.at("b_mention").get<int>(),
                     d.value("detail", "")});
            a.claims.push_back(std::move(c));
        }
        return a;
    } catch (const nlohmann::json::exception& e) {
        throw std::runtime_error(std::string("analysis: ") + e.what());
    }
}

} // namespace wiretrace
