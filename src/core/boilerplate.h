// boilerplate.h — page furniture: the parts of a scraped article that are not the story.
//
// Furniture is kept in the text (the reader greys it out) but excluded from reuse and from every
// share. The rules are generic, line by line, never a list of one site's strings:
//
//   * separator lines made only of punctuation ("____", "* * *");
//   * prompts and appeals: notifications, newsletters, subscriptions, donations, registration
//     and log-in lines ("Thank you for registering", "Please refresh … to be logged in"),
//     and self-promotion in the first/second person outside quotes ("Your donation allows us…");
//   * photo captions and credits: "(Copyright … All rights reserved)", "Photo: …", "©", and a
//     short caption line repeated at the start of the next line;
//   * the header block: short or unpunctuated lines (headline, standfirst, byline, dateline with
//     a time, section tags) before the first story paragraph.
//
// A story paragraph is one that ends in . ! ? (or a closing quote) and has at least 12 words;
// nothing after it is taken as header. Cost O(text bytes).
//
//   std::vector<ByteSpan> furniture = detect_boilerplate(article);   // sorted, disjoint
#pragma once

#include "analysis.h"

#include <vector>

namespace wiretrace {

// Sorted, non-overlapping spans of `article.text` that are page furniture (each a whole line,
// trimmed; adjacent lines are merged only when nothing but white space separates them).
std::vector<ByteSpan> detect_boilerplate(const Article& article);

// Bytes of `span` covered by `boilerplate` (sorted, disjoint). O(log n + overlaps).
std::uint32_t boilerplate_overlap(const std::vector<ByteSpan>& boilerplate, ByteSpan span);

} // namespace wiretrace
