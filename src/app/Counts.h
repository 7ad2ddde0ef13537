// Counts.h — how the views write a count in words: "1 article", "314 articles", "1,000
// articles". At 10,000 articles a bare "10000" is hard to read at a glance, and "1 outlets"
// reads as a bug.
#pragma once

#include <cstddef>
#include <string>

namespace wiretrace {

// "1,234,567": digits grouped by thousands with commas.
inline std::string grouped(std::size_t n) {
    std::string digits = std::to_string(n), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

// "1 outlet", "37 outlets": `noun` is the singular; the plural adds "s" (every noun the views
// count: article, outlet, passage, hit).
inline std::string count_of(std::size_t n, const char* noun) {
    return grouped(n) + ' ' + noun + (n == 1 ? "" : "s");
}

} // namespace wiretrace
