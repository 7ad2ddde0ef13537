// passim.h — one cluster of passim's output as a Wiretrace corpus.
//
// passim (Spark) finds reused passages across an archive of millions of documents and groups
// them into clusters; Wiretrace then shows one cluster, one story, in depth. passim writes its
// clusters to `<output>/out.json/`, a folder of JSON Lines part files (Spark's part-00000-….json,
// plus _SUCCESS and .crc files), one record per reused passage:
//
//     {"id": "ap-0412", "series": "Daily Courier", "title": "…", "date": "2024-12-06",
//      "text": "<the passage only>", "cluster": 17, "size": 3, "begin": 120, "end": 610,
//      "uid": -8123…, "src": …, "pboiler": 0.0}
//
// Every field of passim's input document is passed through, except that `text` is cut to the
// passage: characters [begin, end) of the document (code points, not bytes). `size` is the
// number of distinct documents in the cluster. One document may have several passages in one
// cluster (several records with the same id).
//
//   Corpus c = load_passim_cluster("passim-out", "17");               // passages only
//   Corpus c = load_passim_cluster("passim-out", "17", {"input/"});   // whole documents
//
// What each document's text is:
//   * from passim's output alone: its passages in the cluster, in document order, a blank line
//     between two passages that are not contiguous (the rest of the document is not in passim's
//     output);
//   * with `documents` (passim's input JSON Lines files or folders of them): the whole document
//     with that id, checked against every passage (the passage's text must be characters
//     [begin, end) of the document, else the files are not the input of that run).
//
// Each document appears once, articles sorted by date then id (the output order of Spark's
// partitions is not meaningful). `series` (or `outlet`) is the outlet, as for .jsonl corpora.
// Every record of every part file is parsed; a bad record, in any cluster, throws CorpusError
// "file:line: what"; so do a cluster with no record, records of one document that disagree on its
// title, outlet or date, overlapping passages of one document, a document count that is not the
// cluster's `size` (a part file missing), compressed or Parquet part files, and, with
// `documents`, a document of the cluster found twice or not at all.
// Cost: one pass over the output files (and the documents) with a JSON parse per line; memory
// holds only the chosen cluster's records.
#pragma once

#include "corpus.h"

#include <string>
#include <string_view>
#include <vector>

namespace wiretrace {

// `passim_output` is a part file, a folder of part files, or passim's output folder (then its
// out.json/ folder is read). `cluster` is the cluster id as written in the records (a number).
Corpus load_passim_cluster(const std::string& passim_output, std::string_view cluster,
                           const std::vector<std::string>& documents = {});

} // namespace wiretrace
