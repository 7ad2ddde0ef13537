// fuzz_page_loader.cpp — libFuzzer target: any bytes given to the page's loader
// (analysis_from_json, src/core/analysis_json.h), as when a user opens a hostile or damaged file.
//
// Promises checked: it throws std::runtime_error (its documented error, shown on the page) or
// returns an analysis the views can use as it is: every article index and span inside the corpus
// (fuzz_check.h). An accepted analysis also survives a JSON round trip unchanged. Anything else
// (another exception type, a crash, a sanitizer report) is a finding.
#include "fuzz_check.h"

#include "core/analysis_json.h"

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string_view>

using namespace wiretrace;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    Analysis a;
    try {
        a = analysis_from_json(bytes);
    } catch (const std::runtime_error& e) {
        fuzz::expect(*e.what() != '\0', "error without a message");
        return 0;
    }
    fuzz::expect_spans_inside(a);
    const std::string once = analysis_to_json(a);
    std::string twice;
    try {
        twice = analysis_to_json(analysis_from_json(once));
    } catch (const std::runtime_error& e) {
        fuzz::fail(std::string("the loader rejects what the writer wrote from it: ") + e.what());
    }
    fuzz::expect(once == twice,
                 "JSON changed through a round trip: " + fuzz::first_difference(once, twice));
    return 0;
}
