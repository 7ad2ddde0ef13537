#include "analysis_json.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <unordered_map>

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

const std::string& id_of(const Analysis& a, int index) {
    return a.corpus.articles.at(static_cast<std::size_t>(index)).id;
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
        // Shares and scores are fractions; both readers refuse anything else, and a value out
        // of llround's range would be undefined behaviour below.
        if (!(x >= -1e9 && x <= 1e9)) throw std::domain_error("a share or score out of range");
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

// A mention's speaker or source: its name, or null when it has none (id -1).
void write_name(JsonWriter& w, const Analysis& a, int id) {
    if (id >= 0)
        w.value(a.claim_names[static_cast<std::size_t>(id)]);
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
        // Outlet metadata only when the corpus gives it, so an analysis without any is
        // unchanged byte for byte and a reader can tell "not given" from nothing to show.
        if (!art.country.empty()) w.key("country"), w.value(art.country);
        if (!art.owner.empty()) w.key("owner"), w.value(art.owner);
        if (!art.lean.empty()) w.key("lean"), w.value(art.lean);
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
            w.key("speaker"), write_name(w, a, m.speaker);
            w.key("source"), write_name(w, a, m.source);
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

// [SECTION] Reading: every number, span and reference checked as it is read -------------------
//
// The page loads analyses it did not compute (a user's own file), so nothing read here is
// trusted: a number that is not a whole number in range, a span outside its article's text or
// inside a character, an unknown id or a mention index past the end is refused at load time,
// with where it is, rather than turned into undefined behaviour (a float cast to an integer) or
// an out-of-range access in a view later.

namespace {

class Reader {
public:
    explicit Reader(Analysis& a) : a_(a) {}

    // A whole number in [lo, hi]. JSON has one number type; 3.5, 1e30 and -1 are all refused
    // here before any cast.
    std::int64_t integer(const json& v, const char* what, std::int64_t lo, std::int64_t hi) const {
        if (v.is_number_unsigned()) {
            const auto u = v.get<std::uint64_t>();
            if (u <= static_cast<std::uint64_t>(hi) && static_cast<std::int64_t>(u) >= lo)
                return static_cast<std::int64_t>(u);
        } else if (v.is_number_integer()) {
            const auto i = v.get<std::int64_t>();
            if (i >= lo && i <= hi) return i;
        } else {
            throw std::runtime_error(std::string(what) + " must be a whole number, not " +
                                     (v.is_number() ? v.dump() : std::string(v.type_name())));
        }
        throw std::runtime_error(std::string(what) + " " + v.dump() + " is out of range (" +
                                 std::to_string(lo) + " to " + std::to_string(hi) + ")");
    }

    static double number(const json& v, const char* what) {
        if (!v.is_number()) throw std::runtime_error(std::string(what) + " must be a number");
        const double x = v.get<double>();
        if (!std::isfinite(x)) throw std::runtime_error(std::string(what) + " must be finite");
        return x;
    }

    // A share or a similarity score: a fraction, 0 to 1 (the writer prints 4 decimals of it).
    static double fraction(const json& v, const char* what) {
        const double x = number(v, what);
        if (!(x >= 0 && x <= 1))
            throw std::runtime_error(std::string(what) + " must be between 0 and 1");
        return x;
    }

    static std::string string(const json& v, const char* what) {
        if (!v.is_string())
            throw std::runtime_error(std::string(what) + " must be a string, not " + v.type_name());
        return v.get<std::string>();
    }

    // An optional string field: absent or null gives "".
    static std::string string_or_empty(const json& obj, const char* key) {
        auto it = obj.find(key);
        return it == obj.end() || it->is_null() ? std::string() : string(*it, key);
    }

    static bool boolean(const json& obj, const char* key) {
        auto it = obj.find(key);
        if (it == obj.end()) return false;
        if (!it->is_boolean())
            throw std::runtime_error(std::string(key) + " must be true or false");
        return it->get<bool>();
    }

    static const json& field(const json& obj, const char* key) {
        if (!obj.is_object()) throw std::runtime_error("expected an object");
        auto it = obj.find(key);
        if (it == obj.end()) throw std::runtime_error(std::string("missing \"") + key + "\"");
        return *it;
    }

    // An optional list: absent or null gives an empty one, anything but an array is refused.
    static const json& array(const json& obj, const char* key) {
        static const json empty = json::array();
        if (!obj.is_object()) throw std::runtime_error("expected an object");
        auto it = obj.find(key);
        if (it == obj.end() || it->is_null()) return empty;
        if (!it->is_array()) throw std::runtime_error(std::string(key) + " must be a list");
        return *it;
    }

    int article(const json& id) const {
        std::string s = string(id, "article id");
        auto it = index_.find(s);
        if (it == index_.end()) throw std::runtime_error("unknown article id \"" + s + "\"");
        return it->second;
    }

    void add_article_id(const std::string& id) {
        if (!index_.emplace(id, static_cast<int>(index_.size())).second)
            throw std::runtime_error("article id \"" + id + "\" given twice");
    }

    // A span of article `art`'s text: whole numbers, begin <= end <= text size, both on a
    // character boundary (views cut the text there).
    ByteSpan span(const json& j, int art, const char* what) const {
        if (!j.is_array() || j.size() != 2)
            throw std::runtime_error(std::string(what) + " must be [begin, end]");
        const std::string& text = a_.corpus.articles[static_cast<std::size_t>(art)].text;
        const std::int64_t size = static_cast<std::int64_t>(
            std::min<std::size_t>(text.size(), std::numeric_limits<std::uint32_t>::max()));
        const std::int64_t b = integer(j[0], what, 0, size), e = integer(j[1], what, 0, size);
        if (b > e)
            throw std::runtime_error(std::string(what) + " " + j.dump() + " ends before it begins");
        auto inside_character = [&](std::int64_t at) {
            return at < size &&
                   (static_cast<unsigned char>(text[static_cast<std::size_t>(at)]) & 0xC0) == 0x80;
        };
        if (inside_character(b) || inside_character(e))
            throw std::runtime_error(std::string(what) + " " + j.dump() +
                                     " cuts a character of the text of \"" +
                                     a_.corpus.articles[static_cast<std::size_t>(art)].id + "\"");
        return ByteSpan{static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)};
    }

private:
    Analysis& a_;
    std::unordered_map<std::string, int> index_;
};

constexpr std::int64_t kMaxInt = std::numeric_limits<int>::max();

} // namespace

Analysis analysis_from_json(std::string_view text) {
    json root = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (root.is_discarded() || !root.is_object())
        throw std::runtime_error("analysis: not a JSON object");
    auto version = root.find("version");
    if (version == root.end() || !version->is_number_integer() || version->get<std::int64_t>() != 2)
        throw std::runtime_error(
            "analysis: unsupported version " +
            (version == root.end() ? std::string("(none)") : version->dump(-1).substr(0, 40)) +
            " (expected 2)");
    Analysis a;
    Reader r(a);
    std::string where; // "alignments[12]": where a refusal happened, for the message
    auto at = [&](const char* list, std::size_t i) {
        where = std::string(list) + "[" + std::to_string(i) + "]";
    };
    try {
        where = "articles";
        const json& articles = Reader::field(root, "articles");
        if (!articles.is_array()) throw std::runtime_error("must be a list");
        for (std::size_t i = 0; i < articles.size(); ++i) {
            at("articles", i);
            const json& j = articles[i];
            Article art;
            art.id = Reader::string(Reader::field(j, "id"), "id");
            art.outlet = Reader::string_or_empty(j, "outlet");
            art.title = Reader::string_or_empty(j, "title");
            art.date = Reader::string_or_empty(j, "date");
            art.url = Reader::string_or_empty(j, "url");
            art.byline = Reader::string_or_empty(j, "byline");
            art.country = Reader::string_or_empty(j, "country");
            art.owner = Reader::string_or_empty(j, "owner");
            art.lean = Reader::string_or_empty(j, "lean");
            art.text = Reader::string(Reader::field(j, "text"), "text");
            r.add_article_id(art.id);
            a.corpus.articles.push_back(std::move(art));
            const int self = static_cast<int>(i);
            ArticleAnalysis aa;
            for (const json& s : Reader::array(j, "boilerplate"))
                aa.boilerplate.push_back(r.span(s, self, "boilerplate span"));
            for (const json& s : Reader::array(j, "sentences"))
                aa.sentences.push_back(r.span(s, self, "sentence span"));
            if (j.contains("shares")) {
                const json& shares = j["shares"];
                if (!shares.is_object()) throw std::runtime_error("shares must be an object");
                for (int l = 0; l < 5; ++l) {
                    const char* name = to_string(static_cast<ProvenanceLabel>(l));
                    if (shares.contains(name))
                        aa.label_share[l] = Reader::fraction(shares[name], name);
                }
            }
            if (j.contains("word_count"))
                aa.word_count = static_cast<std::size_t>(r.integer(
                    j["word_count"], "word_count", 0, std::numeric_limits<std::int64_t>::max()));
            a.articles.push_back(std::move(aa));
        }
        static const ReuseKind kinds[] = {ReuseKind::Verbatim, ReuseKind::Edited,
                                          ReuseKind::Paraphrase};
        static const WordEdit::Op ops[] = {WordEdit::Op::Equal, WordEdit::Op::Insert,
                                           WordEdit::Op::Delete, WordEdit::Op::Replace};
        static const char* const op_names[] = {"equal", "insert", "delete", "replace"};
        where = "alignments";
        const json& alignments = Reader::array(root, "alignments");
        for (std::size_t i = 0; i < alignments.size(); ++i) {
            at("alignments", i);
            const json& j = alignments[i];
            Alignment al;
            al.a = r.article(Reader::field(j, "a"));
            al.b = r.article(Reader::field(j, "b"));
            al.a_span = r.span(Reader::field(j, "a_span"), al.a, "a_span");
            al.b_span = r.span(Reader::field(j, "b_span"), al.b, "b_span");
            al.kind = enum_from(Reader::string(Reader::field(j, "kind"), "kind"), kinds,
                                "alignment kind");
            if (j.contains("score")) al.score = Reader::fraction(j["score"], "score");
            for (const json& d : Reader::array(j, "diff")) {
                WordEdit e;
                const std::string op = Reader::string(Reader::field(d, "op"), "op");
                const auto found = std::find(std::begin(op_names), std::end(op_names), op);
                if (found == std::end(op_names))
                    throw std::runtime_error("unknown diff op \"" + op + "\"");
                e.op = ops[found - std::begin(op_names)];
                e.a = r.span(Reader::field(d, "a"), al.a, "diff span a");
                e.b = r.span(Reader::field(d, "b"), al.b, "diff span b");
                al.diff.push_back(e);
            }
            a.alignments.push_back(std::move(al));
        }
        where = "passages";
        const json& passages = Reader::array(root, "passages");
        for (std::size_t i = 0; i < passages.size(); ++i) {
            at("passages", i);
            const json& j = passages[i];
            Passage p;
            p.id = static_cast<int>(r.integer(Reader::field(j, "id"), "passage id", 0, kMaxInt));
            const json& members = Reader::field(j, "members");
            if (!members.is_array()) throw std::runtime_error("members must be a list");
            for (const json& m : members) {
                const int art = r.article(Reader::field(m, "article"));
                p.members.push_back({art, r.span(Reader::field(m, "span"), art, "member span")});
            }
            a.passages.push_back(std::move(p));
        }
        static const ProvenanceLabel labels[] = {
            ProvenanceLabel::Verbatim, ProvenanceLabel::Edited, ProvenanceLabel::Paraphrase,
            ProvenanceLabel::Original, ProvenanceLabel::Boilerplate};
        where = "provenance";
        const json& provenance = Reader::array(root, "provenance");
        for (std::size_t i = 0; i < provenance.size(); ++i) {
            at("provenance", i);
            const json& j = provenance[i];
            SentenceProvenance p;
            p.article = r.article(Reader::field(j, "article"));
            p.sentence = r.span(Reader::field(j, "sentence"), p.article, "sentence");
            p.label = enum_from(Reader::string(Reader::field(j, "label"), "label"), labels,
                                "provenance label");
            const json& source = Reader::field(j, "source");
            if (!source.is_null()) {
                const int art = r.article(Reader::field(source, "article"));
                p.source =
                    SourceRef{art, r.span(Reader::field(source, "span"), art, "source span")};
            }
            a.provenance.push_back(std::move(p));
        }
        static const SourceBasis bases[] = {SourceBasis::Earlier, SourceBasis::Credit,
                                            SourceBasis::Unknown, SourceBasis::None};
        where = "sources";
        const json& sources = Reader::array(root, "sources");
        for (std::size_t i = 0; i < sources.size(); ++i) {
            at("sources", i);
            const json& j = sources[i];
            ArticleSource src;
            const int art = r.article(Reader::field(j, "article"));
            if (!Reader::field(j, "source").is_null()) src.source = r.article(j["source"]);
            src.basis = enum_from(Reader::string(Reader::field(j, "basis"), "basis"), bases,
                                  "source basis");
            src.wire = Reader::string_or_empty(j, "wire");
            src.credit = r.span(Reader::field(j, "credit"), art, "credit");
            if (j.contains("share")) src.share = Reader::fraction(j["share"], "share");
            if (a.sources.size() < a.corpus.articles.size())
                a.sources.resize(a.corpus.articles.size());
            a.sources[static_cast<std::size_t>(art)] = std::move(src);
        }
        static const ClaimType types[] = {ClaimType::Quote, ClaimType::Quantity,
                                          ClaimType::Statement};
        static const DifferenceKind dkinds[] = {
            DifferenceKind::Quantity,    DifferenceKind::QuoteWording, DifferenceKind::Speaker,
            DifferenceKind::Attribution, DifferenceKind::Hedge,        DifferenceKind::Negation};
        where = "claims";
        const json& claims = Reader::array(root, "claims");
        std::unordered_map<std::string, int> name_ids; // a.claim_names, each name once
        auto name_id = [&](std::string name) {
            auto [it, added] = name_ids.emplace(name, static_cast<int>(a.claim_names.size()));
            if (added) a.claim_names.push_back(std::move(name));
            return it->second;
        };
        for (std::size_t i = 0; i < claims.size(); ++i) {
            at("claims", i);
            const json& j = claims[i];
            Claim c;
            c.id = static_cast<int>(r.integer(Reader::field(j, "id"), "claim id", 0, kMaxInt));
            c.label = Reader::string_or_empty(j, "label");
            c.type =
                enum_from(Reader::string(Reader::field(j, "type"), "type"), types, "claim type");
            const json& mentions = Reader::field(j, "mentions");
            if (!mentions.is_array()) throw std::runtime_error("mentions must be a list");
            for (const json& m : mentions) {
                ClaimMention cm;
                cm.article = r.article(Reader::field(m, "article"));
                cm.span = r.span(Reader::field(m, "span"), cm.article, "mention span");
                if (m.contains("speaker") && !m["speaker"].is_null())
                    cm.speaker = name_id(Reader::string(m["speaker"], "speaker"));
                if (m.contains("source") && !m["source"].is_null())
                    cm.source = name_id(Reader::string(m["source"], "source"));
                cm.hedged = Reader::boolean(m, "hedged");
                cm.negated = Reader::boolean(m, "negated");
                for (const json& q : Reader::array(m, "quantities")) {
                    Quantity qt;
                    qt.text = Reader::string_or_empty(q, "text");
                    for (auto [key, value] : {std::pair<const char*, double*>{"value", &qt.value},
                                              {"low", &qt.low},
                                              {"high", &qt.high}})
                        if (q.contains(key)) *value = Reader::number(q[key], key);
                    qt.unit = Reader::string_or_empty(q, "unit");
                    cm.quantities.push_back(std::move(qt));
                }
                c.mentions.push_back(std::move(cm));
            }
            const std::int64_t last = static_cast<std::int64_t>(c.mentions.size()) - 1;
            auto mention_index = [&](const json& v, const char* what) {
                if (last < 0)
                    throw std::runtime_error(std::string(what) + ": the claim has no mentions");
                return static_cast<int>(r.integer(v, what, 0, last));
            };
            c.reference = j.contains("reference") && !c.mentions.empty()
                              ? mention_index(j["reference"], "reference")
                              : 0;
            for (const json& d : Reader::array(j, "differences"))
                c.differences.push_back(
                    {enum_from(Reader::string(Reader::field(d, "kind"), "kind"), dkinds,
                               "difference kind"),
                     mention_index(Reader::field(d, "mention"), "difference mention"),
                     mention_index(Reader::field(d, "reference"), "difference reference"),
                     Reader::string_or_empty(d, "detail")});
            for (const json& n : Reader::array(j, "notes"))
                c.notes.push_back({mention_index(Reader::field(n, "mention"), "note mention"),
                                   Reader::string_or_empty(n, "detail")});
            a.claims.push_back(std::move(c));
        }
        return a;
    } catch (const std::exception& e) {
        // nlohmann's own exceptions (none expected past the checks above) and ours alike leave
        // as one runtime_error that says where.
        throw std::runtime_error("analysis: " + where + ": " + e.what());
    }
}

} // namespace wiretrace
