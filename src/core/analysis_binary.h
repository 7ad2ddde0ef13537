// analysis_binary.h — the Analysis in a compact binary form, for the page (format:
// docs/analysis-format.md, "Binary form").
//
// The page used to embed the analysis as JSON and parse all of it before drawing anything: at
// 1,000 articles of one story that is 10 MB of JSON and seconds of parsing in one task (issue 9).
// This form is what the page downloads instead (gzip-compressed at build time, inflated by the
// browser's DecompressionStream): every field of every struct in analysis.h, in sections the
// page decodes a slice at a time across frames, the Sources view's data first.
//
// Layout: little-endian throughout; "WTAB", a format version (u32), then the sections in a fixed
// order, each a 4-byte tag, a u64 byte length and its items. Integers inside items are LEB128
// varints (signed ones zig-zag encoded), doubles are IEEE 754 binary64 bit patterns (exact, so
// binary → Analysis → JSON is byte-identical to Analysis → JSON), strings a varint byte length
// and the bytes. Spans in a sorted list (sentences, boilerplate, a diff's sides) are stored as
// deltas from the previous span, which keeps them small and compresses well.
//
// Reading validates everything a view would index with: section bounds, counts against the bytes
// left, enum values, article indices against the corpus, every span against its article's text,
// mention indices against their claim. Truncated or corrupt data throws AnalysisFormatError
// ("analysis data, section claims, byte 1234: a span ends past its article's text"); it is never
// undefined behaviour, and nothing is silently skipped.
//
//   std::string bytes = analysis_to_binary(analysis);
//   Analysis back = analysis_from_binary(bytes);          // all at once (tools, tests)
//
//   AnalysisDecoder decoder(bytes, shell_analysis);        // a slice at a time (the page)
//   while (!decoder.done()) { decoder.step(64 * 1024); /* draw a frame */ }
#pragma once

#include "analysis.h"

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>

namespace wiretrace {

// The version this code writes and the only one it reads. Bump it on any layout change.
constexpr std::uint32_t kAnalysisBinaryVersion = 2; // 2: articles' country, owner, lean

class AnalysisFormatError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The sections, in the order they are written and decoded. Sources needs the first four.
enum class AnalysisSection { Corpus, Articles, Sources, Passages, Provenance, Alignments, Claims };
constexpr int kAnalysisSections = 7;
const char* to_string(AnalysisSection s); // "corpus", "articles", …, "claims"

// The whole analysis in the binary form. Deterministic: the same Analysis gives the same bytes.
std::string analysis_to_binary(const Analysis& analysis);

// Reads all of it. Throws AnalysisFormatError on anything malformed.
Analysis analysis_from_binary(std::string_view bytes);

// Decodes the binary form into `into` a slice at a time, so a page can draw between slices.
// `bytes` and `into` must outlive the decoder; `into` is cleared first. After each step the
// sections before current() are complete and will not change again (a view may draw from them
// and keep pointers into them); the current one is partly filled. The header and the section
// table are checked in the constructor (a truncated file fails there, before anything is
// decoded); items are checked as they are decoded.
class AnalysisDecoder {
public:
    AnalysisDecoder(std::string_view bytes, Analysis& into);

    // Decodes whole items until about `byte_budget` bytes of input were read or all is done.
    // Returns done(). Throws AnalysisFormatError; the decoder is then unusable.
    bool step(std::size_t byte_budget);

    bool done() const { return section_ == kAnalysisSections; }
    // True once section `s` is completely decoded.
    bool has(AnalysisSection s) const { return static_cast<int>(s) < section_; }
    // The section being decoded (meaningless once done()).
    AnalysisSection current() const { return static_cast<AnalysisSection>(section_); }
    // Input read so far, in [0, 1].
    double fraction() const;

private:
    void begin_section();
    void decode_item();
    [[noreturn]] void fail(const std::string& what) const;

    std::string_view bytes_;
    Analysis& out_;
    std::size_t section_begin_[kAnalysisSections] = {};
    std::size_t section_end_[kAnalysisSections] = {};
    int section_ = 0;
    std::size_t pos_ = 0;     // read position in bytes_
    std::uint64_t items_ = 0; // items of the current section
    std::uint64_t item_ = 0;  // next item to decode
    bool section_started_ = false;
    std::unordered_map<std::string, int> claim_name_ids_; // out_.claim_names, each name once

    friend struct BinaryItemReader;
};

} // namespace wiretrace
