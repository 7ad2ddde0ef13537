#include "analysis_json.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ostream>
#include <sstream>
#include <stdexcept>

// nlohmann::ordered_json keeps keys in insertion order, which makes the output follow the
// documented field order and stay byte-identical across platforms.
using json = nlohmann::ordered_json;

namespace wiretrace {

const char* to_string(ReuseKind k) {
    switch (k) {
    case ReuseKind::Verbatim:
        return "verbatim";
    case ReuseKind::Edited:
        return "edited";
    case ReuseKind::Paraphrase:
        return "paraphrase";
    }
    return "?";
}
const char* to_string(ProvenanceLabel l) {
    switch (l) {
    case ProvenanceLabel::Verbatim:
        return "verbatim";
    case ProvenanceLabel::Edited:
        return "edited";
    case ProvenanceLabel::Paraphrase:
        return "paraphrase";
    case ProvenanceLabel::Original:
        return "original";
    case ProvenanceLabel::Boilerplate:
        return "boilerplate";
    }
    return "?";
}
const char* to_string(SourceBasis b) {
    switch (b) {
    case SourceBasis::Earlier:
        return "earlier";
    case SourceBasis::Credit:
        return "credit";
    case SourceBasis::Unknown:
        return "unknown";
    case SourceBasis::None:
        return "none";
    }
    return "?";
}
const char* to_string(ClaimType t) {
    switch (t) {
    case ClaimType::Quote:
        return "quote";
    case ClaimType::Quantity:
        return "quantity";
    case ClaimType::Statement:
        return "statement";
    }
    return "?";
}
const char* to_string(DifferenceKind k) {
    switch (k) {
    case DifferenceKind::Quantity:
        return "quantity";
    case DifferenceKind::QuoteWording:
        return "quote_wording";
    case DifferenceKind::Speaker:
        return "speaker";
    case DifferenceKind::Attribution:
        return "attribution";
    case DifferenceKind::Hedge:
        return "hedge";
    case DifferenceKind::Negation:
        return "negation";
    }
    return "?";
}

namespace {

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

} // namespace

// [SECTION] Writer
//
// The JSON is written by hand, streaming, instead of building an nlohmann DOM first: for a
// 1,000-article corpus the DOM took 2.5 s and ~10x the output's size in memory (issue 3's budget
// is 10x the corpus for the whole run). nlohmann still does the reading below.
namespace {

class JsonWriter {
public:
    JsonWriter(std::ostream& os, int indent) : os_(os), indent_(indent) {}

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }
    void key(const char* k) {
        element();
        string(k);
        os_ << (indent_ >= 0 ? ": " : ":");
        after_key_ = true;
    }
    void value(const std::string& s) {
        element();
        string(s);
    }
    void value(std::string_view s) {
        element();
        string(s);
    }
    void value(const char* s) {
        element();
        string(s);
    }
    void value(bool b) {
        element();
        os_ << (b ? "true" : "false");
    }
    void value(int v) {
        element();
        os_ << v;
    }
    void value(std::size_t v) {
        element();
        os_ << v;
    }
    void null() {
        element();
        os_ << "null";
    }
    // Spans are written on one line even when pretty: [begin,end].
    void span(ByteSpan s) {
        element();
        os_ << '[' << s.begin << ',' << s.end << ']';
    }
    // A share or score, rounded to 4 decimals with integer arithmetic so that native and wasm
    // builds print the same digits.
    void fixed4(double x) {
        element();
        long long v = std::llround(x * 10000.0);
        if (v < 0) os_ << '-', v = -v;
        os_ << v / 10000;
        long long frac = v % 10000;
        if (frac) {
            char buf[8];
            std::snprintf(buf, sizeof buf, ".%04lld", frac);
            std::size_t n = std::strlen(buf);
            while (buf[n - 1] == '0') --n;
            os_.write(buf, static_cast<std::streamsize>(n));
        }
    }
    // Any other double: the shortest of %.15g/%.17g that reads back exactly.
    void number(double x) {
        element();
        if (!std::isfinite(x)) {
            os_ << "null";
            return;
        }
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.15g", x);
        if (std::strtod(buf, nullptr) != x) std::snprintf(buf, sizeof buf, "%.17g", x);
        os_ << buf;
    }

private:
    void open(char c) {
        element();
        os_ << c;
        first_.push_back(true);
    }
    void close(char c) {
        bool empty = first_.back();
        first_.pop_back();
        if (!empty) newline();
        os_ << c;
    }
    void element() {
        if (after_key_) {
            after_key_ = false;
            return;
        }
        if (first_.empty()) return;
        if (!first_.back()) os_ << ',';
        first_.back() = false;
        newline();
    }
    void newline() {
        if (indent_ < 0) return;
        os_ << '\n';
        for (std::size_t i = 0; i < first_.size() * static_cast<std::size_t>(indent_); ++i)
            os_ << ' ';
    }
    void string(std::string_view s) {
        os_ << '"';
        std::size_t run = 0;
        for (std::size_t i = 0; i < s.size(); ++i) {
            unsigned char c = static_cast<unsigned char>(s[i]);
            if (c >= 0x20 && c != '"' && c != '\\') continue;
            os_.write(s.data() + run, static_cast<std::streamsize>(i - run));
            run = i + 1;
            switch (c) {
            case '"':
                os_ << "\\\"";
                break;
            case '\\':
                os_ << "\\\\";
                break;
            case '\n':
                os_ << "\\n";
                break;
            case '\t':
                os_ << "\\t";
                break;
            case '\r':
                os_ << "\\r";
                break;
            case '\b':
                os_ << "\\b";
                break;
            case '\f':
                os_ << "\\f";
                break;
            default: {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                os_ << buf;
            }
            }
        }
        os_.write(s.data() + run, static_cast<std::streamsize>(s.size() - run));
        os_ << '"';
    }

    std::ostream& os_;
    int indent_;
    std::vector<bool> first_; // per open container: no element written yet
    bool after_key_ = false;
};

void write_optional(JsonWriter& w, const std::optional<std::string>& s) {
    if (s)
        w.value(*s);
    else
        w.null();
}

} // namespace

void write_analysis_json(const Analysis& a, std::ostream& os, int indent) {
    JsonWriter w(os, indent);
    w.begin_object();
    w.key("version");
    w.value(2);
    w.key("articles");
    w.begin_array();
    for (std::size_t i = 0; i < a.corpus.articles.size(); ++i) {
        const Article& art = a.corpus.articles[i];
        w.begin_object();
        w.key("id"), w.value(art.id);
        w.key("outlet"), w.value(art.outlet);
        w.key("title"), w.value(art.title);
        w.key("date"), w.value(art.date);
        w.key("url"), w.value(art.url);
        w.key("byline"), w.value(art.byline);
        w.key("text"), w.value(art.text);
        w.key("boilerplate");
        w.begin_array();
        if (i < a.articles.size())
            for (ByteSpan s : a.articles[i].boilerplate) w.span(s);
        w.end_array();
        w.key("sentences");
        w.begin_array();
        if (i < a.articles.size())
            for (ByteSpan s : a.articles[i].sentences) w.span(s);
        w.end_array();
        if (i < a.articles.size()) {
            w.key("shares");
            w.begin_object();
            for (int l = 0; l < 5; ++l) {
                w.key(to_string(static_cast<ProvenanceLabel>(l)));
                w.fixed4(a.articles[i].label_share[l]);
            }
            w.end_object();
            w.key("word_count"), w.value(a.articles[i].word_count);
        }
        w.end_object();
    }
    w.end_array();

    w.key("alignments");
    w.begin_array();
    static const char* ops[] = {"equal", "insert", "delete", "replace"};
    for (const Alignment& al : a.alignments) {
        w.begin_object();
        w.key("a"), w.value(id_of(a, al.a));
        w.key("b"), w.value(id_of(a, al.b));
        w.key("a_span"), w.span(al.a_span);
        w.key("b_span"), w.span(al.b_span);
        w.key("kind"), w.value(to_string(al.kind));
        w.key("score"), w.fixed4(al.score);
        // Only the changes are written: the equal runs are the gaps between them (this halves
        // the size of a large corpus's JSON).
        bool any = false;
        for (const WordEdit& e : al.diff) any = any || e.op != WordEdit::Op::Equal;
        if (any) {
            w.key("diff");
            w.begin_array();
            for (const WordEdit& e : al.diff) {
                if (e.op == WordEdit::Op::Equal) continue;
                w.begin_object();
                w.key("op"), w.value(ops[static_cast<int>(e.op)]);
                w.key("a"), w.span(e.a);
                w.key("b"), w.span(e.b);
                w.end_object();
            }
            w.end_array();
        }
        w.end_object();
    }
    w.end_array();

    w.key("passages");
    w.begin_array();
    for (const Passage& p : a.passages) {
        w.begin_object();
        w.key("id"), w.value(p.id);
        w.key("members");
        w.begin_array();
        for (const PassageMember& m : p.members) {
            w.begin_object();
            w.key("article"), w.value(id_of(a, m.article));
            w.key("span"), w.span(m.span);
            w.end_object();
        }
        w.end_array();
        w.end_object();
    }
    w.end_array();

    w.key("provenance");
    w.begin_array();
    for (const SentenceProvenance& p : a.provenance) {
        w.begin_object();
        w.key("article"), w.value(id_of(a, p.article));
        w.key("sentence"), w.span(p.sentence);
        w.key("label"), w.value(to_string(p.label));
        w.key("source");
        if (p.source) {
            w.begin_object();
            w.key("article"), w.value(id_of(a, p.source->article));
            w.key("span"), w.span(p.source->span);
            w.end_object();
        } else {
            w.null();
        }
        w.end_object();
    }
    w.end_array();

    w.key("sources");
    w.begin_array();
    for (std::size_t i = 0; i < a.sources.size(); ++i) {
        const ArticleSource& src = a.sources[i];
        w.begin_object();
        w.key("article"), w.value(id_of(a, static_cast<int>(i)));
        w.key("source");
        if (src.source >= 0)
            w.value(id_of(a, src.source));
        else
            w.null();
        w.key("basis"), w.value(to_string(src.basis));
        w.key("wire"), w.value(src.wire);
        w.key("credit"), w.span(src.credit);
        w.key("share"), w.fixed4(src.share);
        w.end_object();
    }
    w.end_array();

    w.key("claims");
    w.begin_array();
    for (const Claim& c : a.claims) {
        w.begin_object();
        w.key("id"), w.value(c.id);
        w.key("label"), w.value(c.label);
        w.key("type"), w.value(to_string(c.type));
        w.key("mentions");
        w.begin_array();
        for (const ClaimMention& m : c.mentions) {
            w.begin_object();
            w.key("article"), w.value(id_of(a, m.article));
            w.key("span"), w.span(m.span);
            w.key("speaker"), write_optional(w, m.speaker);
            w.key("source"), write_optional(w, m.source);
            w.key("hedged"), w.value(m.hedged);
            w.key("negated"), w.value(m.negated);
            w.key("quantities");
            w.begin_array();
            for (const Quantity& q : m.quantities) {
                w.begin_object();
                w.key("text"), w.value(q.text);
                w.key("value"), w.number(q.value);
                w.key("low"), w.number(q.low);
                w.key("high"), w.number(q.high);
                w.key("unit"), w.value(q.unit);
                w.end_object();
            }
            w.end_array();
            w.end_object();
        }
        w.end_array();
        w.key("reference"), w.value(c.reference);
        w.key("differences");
        w.begin_array();
        for (const ClaimDifference& d : c.differences) {
            w.begin_object();
            w.key("kind"), w.value(to_string(d.kind));
            w.key("mention"), w.value(d.mention);
            w.key("article"),
                w.value(id_of(a, c.mentions.at(static_cast<std::size_t>(d.mention)).article));
            w.key("reference"), w.value(d.reference);
            w.key("detail"), w.value(d.detail);
            w.end_object();
        }
        w.end_array();
        w.key("notes");
        w.begin_array();
        for (const ClaimNote& n : c.notes) {
            w.begin_object();
            w.key("mention"), w.value(n.mention);
            w.key("article"),
                w.value(id_of(a, c.mentions.at(static_cast<std::size_t>(n.mention)).article));
            w.key("detail"), w.value(n.detail);
            w.end_object();
        }
        w.end_array();
        w.end_object();
    }
    w.end_array();
    w.end_object();
}

std::string analysis_to_json(const Analysis& a, int indent) {
    std::ostringstream os;
    write_analysis_json(a, os, indent);
    return os.str();
}

Analysis analysis_from_json(std::string_view text) {
    json root = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (root.is_discarded() || !root.is_object())
        throw std::runtime_error("analysis: not a JSON object");
    if (root.value("version", 0) != 2)
        throw std::runtime_error("analysis: unsupported version (expected 2)");
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
                    aa.label_share[l] =
                        j["shares"].value(to_string(static_cast<ProvenanceLabel>(l)), 0.0);
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
        static const SourceBasis bases[] = {SourceBasis::Earlier, SourceBasis::Credit,
                                            SourceBasis::Unknown, SourceBasis::None};
        for (const json& j : root.value("sources", json::array())) {
            ArticleSource src;
            int art = index_of(a, j.at("article"));
            if (!j.at("source").is_null()) src.source = index_of(a, j["source"]);
            src.basis = enum_from(j.at("basis").get<std::string>(), bases, "source basis");
            src.wire = j.value("wire", "");
            src.credit = span_from(j.at("credit"));
            src.share = j.value("share", 0.0);
            if (a.sources.size() < a.corpus.articles.size())
                a.sources.resize(a.corpus.articles.size());
            a.sources[static_cast<std::size_t>(art)] = std::move(src);
        }
        static const ClaimType types[] = {ClaimType::Quote, ClaimType::Quantity,
                                          ClaimType::Statement};
        static const DifferenceKind dkinds[] = {
            DifferenceKind::Quantity,    DifferenceKind::QuoteWording, DifferenceKind::Speaker,
            DifferenceKind::Attribution, DifferenceKind::Hedge,        DifferenceKind::Negation};
        for (const json& j : root.value("claims", json::array())) {
            Claim c;
            c.id = j.at("id").get<int>();
            c.label = j.value("label", "");
            c.type = enum_from(j.at("type").get<std::string>(), types, "claim type");
            for (const json& m : j.at("mentions")) {
                ClaimMention cm;
                cm.article = index_of(a, m.at("article"));
                cm.span = span_from(m.at("span"));
                if (m.contains("speaker") && !m["speaker"].is_null())
                    cm.speaker = m["speaker"].get<std::string>();
                if (m.contains("source") && !m["source"].is_null())
                    cm.source = m["source"].get<std::string>();
                cm.hedged = m.value("hedged", false);
                cm.negated = m.value("negated", false);
                for (const json& q : m.value("quantities", json::array())) {
                    Quantity qt;
                    qt.text = q.value("text", "");
                    qt.value = q.value("value", 0.0);
                    qt.low = q.value("low", 0.0);
                    qt.high = q.value("high", 0.0);
                    qt.unit = q.value("unit", "");
                    cm.quantities.push_back(std::move(qt));
                }
                c.mentions.push_back(std::move(cm));
            }
            const int n_mentions = static_cast<int>(c.mentions.size());
            auto mention_index = [&](const json& v, const char* what) {
                const int i = v.get<int>();
                if (i < 0 || i >= n_mentions)
                    throw std::runtime_error("claim " + std::to_string(c.id) + ": " + what + " " +
                                             std::to_string(i) + " is not one of its " +
                                             std::to_string(n_mentions) + " mentions");
                return i;
            };
            c.reference =
                n_mentions ? mention_index(j.value("reference", json(0)), "reference") : 0;
            for (const json& d : j.value("differences", json::array()))
                c.differences.push_back(
                    {enum_from(d.at("kind").get<std::string>(), dkinds, "difference kind"),
                     mention_index(d.at("mention"), "difference mention"),
                     mention_index(d.at("reference"), "difference reference"),
                     d.value("detail", "")});
            for (const json& n : j.value("notes", json::array()))
                c.notes.push_back(
                    {mention_index(n.at("mention"), "note mention"), n.value("detail", "")});
            a.claims.push_back(std::move(c));
        }
        return a;
    } catch (const nlohmann::json::exception& e) {
        throw std::runtime_error(std::string("analysis: ") + e.what());
    }
}

} // namespace wiretrace
