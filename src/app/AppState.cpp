#include "AppState.h"

#include <cctype>
#include <cstdlib>

namespace wiretrace {

namespace {

// Percent-encoding for the few characters that would break "k=v&k=v"; article ids are file
// stems and rarely need it, but a user's corpus may use any name.
std::string encode(const std::string& s) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) {
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') out += static_cast<char>(c);
        else { out += '%'; out += hex[c >> 4]; out += hex[c & 15]; }
    }
    return out;
}

std::string decode(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
            std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
            char h[3] = {s[i + 1], s[i + 2], 0};
            out += static_cast<char>(std::strtol(h, nullptr, 16));
            i += 2;
        } else {
            out += s[i] == '+' ? ' ' : s[i];
        }
    }
    return out;
}

std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= s.size()) {
        std::size_t e = s.find(sep, start);
        if (e == std::string::npos) e = s.size();
        if (e > start) parts.push_back(s.substr(start, e - start));
        start = e + 1;
    }
    return parts;
}

} // namespace

std::string AppState::to_hash() const {
    std::string h = "view=" + encode(view);
    if (!selected.empty()) {
        h += "&article=";
        for (std::size_t i = 0; i < selected.size(); ++i) h += (i ? "," : "") + encode(selected[i]);
    }
    if (span_begin) h += "&at=" + std::to_string(*span_begin);
    if (claim) h += "&claim=" + std::to_string(*claim);
    if (!query.empty()) h += "&q=" + encode(query);
    if (!from.empty()) h += "&from=" + encode(from);
    if (!note.empty()) h += "&note=" + encode(note);
    return h;
}

AppState AppState::from_hash(const std::string& hash) {
    AppState s;
    std::string h = !hash.empty() && hash[0] == '#' ? hash.substr(1) : hash;
    for (const std::string& kv : split(h, '&')) {
        std::size_t eq = kv.find('=');
        if (eq == std::string::npos) continue;
        std::string key = kv.substr(0, eq), value = kv.substr(eq + 1);
        if (key == "view") s.view = decode(value);
        else if (key == "article")
            for (const std::string& id : split(value, ',')) s.selected.push_back(decode(id));
        else if (key == "at") s.span_begin = static_cast<std::uint32_t>(std::strtoul(value.c_str(), nullptr, 10));
        else if (key == "claim") s.claim = std::atoi(value.c_str());
        else if (key == "q") s.query = decode(value);
        else if (key == "note") s.note = decode(value);
        else if (key == "from") s.from = decode(value);
    }
    return s;
}

bool AppState::operator==(const AppState& o) const {
    return view == o.view && selected == o.selected && span_begin == o.span_begin && claim == o.claim &&
           query == o.query && from == o.from && note == o.note;
}

} // namespace wiretrace
