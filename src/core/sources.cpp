// sources.cpp — publication times, wire credits and the sources tree (see sources.h).
//
// Index
//   [SECTION] Publication times
//   [SECTION] Wire credits
//   [SECTION] The sources tree
#include "sources.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>
#include <set>
#include <utility>

namespace wiretrace {

// [SECTION] Publication times
// ----------------------------------------------------------------------------

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's civil algorithm).
long days_from_civil(long y, unsigned m, unsigned d) {
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

bool digits(std::string_view s, std::size_t at, std::size_t n) {
    if (at + n > s.size()) return false;
    for (std::size_t i = at; i < at + n; ++i)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

int number(std::string_view s, std::size_t at, std::size_t n) {
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) v = v * 10 + (s[i] - '0');
    return v;
}

} // namespace

PublicationTime parse_publication_time(std::string_view s) {
    PublicationTime t;
    if (!digits(s, 0, 4) || s.size() < 10 || s[4] != '-' || !digits(s, 5, 2) || s[7] != '-' ||
        !digits(s, 8, 2))
        return t;
    int y = number(s, 0, 4), mo = number(s, 5, 2), d = number(s, 8, 2);
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return t;
    t.day = days_from_civil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d));
    t.known = true;
    // A time: "T" or " " then HH:MM, optional :SS and fraction, optional offset.
    if (s.size() >= 16 && (s[10] == 'T' || s[10] == ' ') && digits(s, 11, 2) && s[13] == ':' &&
        digits(s, 14, 2)) {
        int h = number(s, 11, 2), mi = number(s, 14, 2);
        if (h > 23 || mi > 59) return t;
        std::size_t p = 16;
        if (p < s.size() && s[p] == ':' && digits(s, p + 1, 2)) p += 3;
        if (p < s.size() && s[p] == '.')
            for (++p; p < s.size() && std::isdigit(static_cast<unsigned char>(s[p]));) ++p;
        long minutes = h * 60 + mi;
        if (p < s.size() && (s[p] == '+' || s[p] == '-') && digits(s, p + 1, 2)) {
            int oh = number(s, p + 1, 2), om = 0;
            if (p + 3 < s.size() && s[p + 3] == ':' && digits(s, p + 4, 2))
                om = number(s, p + 4, 2);
            else if (digits(s, p + 3, 2))
                om = number(s, p + 3, 2);
            long offset = oh * 60 + om;
            minutes += s[p] == '+' ? -offset : offset; // local time minus offset = UTC
        }
        // Carry into the day so that "2024-12-07T01:00+03:00" is 6 December, 22:00 UTC.
        long day_shift = minutes >= 0 ? minutes / 1440 : -((1439 - minutes) / 1440);
        t.day += day_shift;
        t.minute = static_cast<int>(minutes - day_shift * 1440);
    }
    return t;
}

int compare_publication(const PublicationTime& a, const PublicationTime& b) {
    if (!a.known || !b.known) return 0;
    if (a.day != b.day) return a.day < b.day ? -1 : 1;
    if (a.minute < 0 || b.minute < 0 || a.minute == b.minute) return 0;
    return a.minute < b.minute ? -1 : 1;
}

// [SECTION] Wire credits
// ---------------------------------------------------------------------------------

namespace {

struct Wire {
    const char* name;     // as credited in the output
    const char* dateline; // "(AP)"
    const char* full;     // the agency's name as written in credit lines
    const char* short_name;
};
const Wire kWires[] = {
    {"The Associated Press", "(AP)", "Associated Press", "AP"},
    {"Reuters", "(Reuters)", "Reuters", "Reuters"},
    {"AFP", "(AFP)", "Agence France-Presse", "AFP"},
};

// The line of `text` around byte `at`, trimmed.
ByteSpan line_around(std::string_view text, std::size_t at) {
    std::size_t b = text.rfind('\n', at);
    b = b == std::string_view::npos ? 0 : b + 1;
    std::size_t e = text.find('\n', at);
    if (e == std::string_view::npos) e = text.size();
    while (b < e && std::isspace(static_cast<unsigned char>(text[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(text[e - 1]))) --e;
    return {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)};
}

bool contains(std::string_view hay, std::string_view needle) {
    return hay.find(needle) != std::string_view::npos;
}

} // namespace

std::optional<WireCredit> find_wire_credit(std::string_view text) {
    std::optional<WireCredit> best;
    auto consider = [&](const Wire& w, ByteSpan span) {
        if (!best || span.begin < best->span.begin) best = WireCredit{w.name, span};
    };
    for (const Wire& w : kWires) {
        // A dateline: "BEIRUT (AP) — Syrian insurgents …" credits the wire for the story.
        std::size_t at = text.find(w.dateline);
        if (at != std::string_view::npos)
            consider(w, {static_cast<std::uint32_t>(at),
                         static_cast<std::uint32_t>(at + std::string_view(w.dateline).size())});
        // A credit or copyright line naming the agency.
        for (std::size_t from = 0;;) {
            std::size_t hit = text.find(w.full, from);
            if (hit == std::string_view::npos) break;
            from = hit + 1;
            ByteSpan line = line_around(text, hit);
            std::string_view l = text.substr(line.begin, line.size());
            if (contains(l, "contributed") || contains(l, "Copyright") ||
                contains(l, "copyright") || contains(l, "\xC2\xA9") ||
                contains(l, "Reporting by")) {
                consider(w, line);
                break;
            }
        }
    }
    return best;
}

namespace {
bool is_wire_report(std::string_view outlet) {
    for (const Wire& w : kWires)
        if (outlet == w.name || outlet == w.full || outlet == w.short_name) return true;
    return false;
}
} // namespace

bool outlet_is_wire(std::string_view outlet, std::string_view wire) {
    for (const Wire& w : kWires) {
        if (wire != w.name) continue;
        return outlet == w.name || outlet == w.full || outlet == w.short_name;
    }
    return false;
}

// [SECTION] The sources tree
// ------------------------------------------------------------------------------

std::vector<ArticleSource> choose_sources(const Analysis& an,
                                          const std::vector<std::vector<SourceCandidate>>& cands) {
    const std::size_t n = an.corpus.articles.size();
    std::vector<ArticleSource> out(n);
    std::vector<PublicationTime> when(n);
    for (std::size_t i = 0; i < n; ++i)
        when[i] = parse_publication_time(an.corpus.articles[i].date);
    for (std::size_t i = 0; i < n; ++i) {
        if (auto c = find_wire_credit(an.corpus.articles[i].text)) {
            out[i].wire = c->wire;
            out[i].credit = c->span;
        }
    }
    // The wire's own article, per wire name: the earliest article whose outlet is the wire.
    std::map<std::string, int> wire_article;
    for (std::size_t i = 0; i < n; ++i)
        for (const Wire& w : kWires)
            if (outlet_is_wire(an.corpus.articles[i].outlet, w.name) && !wire_article.count(w.name))
                wire_article[w.name] = static_cast<int>(i);
    // Pairs of articles that carry a passage nobody else carries: one copied the other.
    std::set<std::pair<int, int>> exclusive;
    for (const Passage& p : an.passages) {
        int x = -1, y = -1;
        bool two = true;
        for (const PassageMember& m : p.members) {
            if (m.article == x || m.article == y) continue;
            if (x < 0)
                x = m.article;
            else if (y < 0)
                y = m.article;
            else {
                two = false;
                break;
            }
        }
        if (two && x >= 0 && y >= 0) exclusive.insert({std::min(x, y), std::max(x, y)});
    }
    for (std::size_t i = 0; i < n; ++i) {
        ArticleSource& src = out[i];
        const int self = static_cast<int>(i);
        const std::vector<SourceCandidate>& cs =
            i < cands.size() ? cands[i] : std::vector<SourceCandidate>{};
        // The earlier candidate carrying the most; ties go to the earlier, then the lower index.
        const SourceCandidate* best = nullptr;
        bool shares_unordered = false;
        for (const SourceCandidate& c : cs) {
            if (c.article == self || c.share <= 0) continue;
            int order = compare_publication(when[static_cast<std::size_t>(c.article)], when[i]);
            if (order > 0) continue; // published later: cannot be its source
            if (order == 0) {
                shares_unordered = true;
                continue;
            }
            if (!best || c.share > best->share ||
                (c.share == best->share &&
                 (compare_publication(when[static_cast<std::size_t>(c.article)],
                                      when[static_cast<std::size_t>(best->article)]) < 0 ||
                  (compare_publication(when[static_cast<std::size_t>(c.article)],
                                       when[static_cast<std::size_t>(best->article)]) == 0 &&
                   c.article < best->article))))
                best = &c;
        }
        auto wire_source = [&]() {
            auto it = wire_article.find(src.wire);
            int w = it == wire_article.end() ? -1 : it->second;
            // The wire's own article is the source unless it is this article or published later.
            if (w == self ||
                (w >= 0 && compare_publication(when[static_cast<std::size_t>(w)], when[i]) > 0))
                w = -1;
            src.source = w;
            src.basis = SourceBasis::Credit;
            src.share = 0;
            if (w >= 0)
                for (const SourceCandidate& c : cs)
                    if (c.article == w) src.share = std::max(src.share, c.share);
        };
        if (best) {
            const std::string& their_wire = out[static_cast<std::size_t>(best->article)].wire;
            bool siblings =
                !src.wire.empty() && src.wire == their_wire &&
                !outlet_is_wire(an.corpus.articles[static_cast<std::size_t>(best->article)].outlet,
                                src.wire) &&
                !exclusive.count({std::min(self, best->article), std::max(self, best->article)});
            if (siblings) {
                wire_source();
            } else {
                src.source = best->article;
                src.basis = SourceBasis::Earlier;
                src.share = best->share;
            }
        } else if (!src.wire.empty() && !outlet_is_wire(an.corpus.articles[i].outlet, src.wire)) {
            wire_source();
        } else if (is_wire_report(an.corpus.articles[i].outlet)) {
            // The wire's own report, nothing published before it: the root its copies hang
            // from, even when date-only copies of its day cannot be ordered against it.
            src.basis = SourceBasis::None;
        } else if (shares_unordered) {
            src.basis = SourceBasis::Unknown;
        } else {
            src.basis = SourceBasis::None;
        }
    }
    return out;
}

} // namespace wiretrace
