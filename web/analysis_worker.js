// analysis_worker.js — the Web Worker that analyses a reader's own articles (issue 10) with the
// same core the build uses (src/worker/analysis_worker.cpp, compiled to wiretrace_worker.js),
// off the page's main thread. The page (add_articles.js) posts
//   {type: 'analyse', withEmbedded, files: [{name, bytes: Uint8Array}]}
// and gets back {type: 'progress', stage, done} messages, then
//   {type: 'result', articles, errors, user_ids, records, ms, binary: ArrayBuffer}
// (binary: the analysis in the form the page reads, docs/analysis-format.md; absent when there
// was nothing to analyse) or {type: 'failed', message}. The wasm is loaded once and reused;
// Cancel terminates the worker.
'use strict';

var runtimeReady = new Promise(function (resolve) {
  self.Module = {
    locateFile: function (path) { return path; },
    print: function (t) { console.log(t); },
    printErr: function (t) { console.warn(t); },
    onRuntimeInitialized: resolve
  };
});
importScripts('wiretrace_worker.js');

// The embedded articles, read once from the page's own analysis (the browser's cache has it).
var embeddedLoaded = null;
function loadEmbedded() {
  if (embeddedLoaded) return embeddedLoaded;
  embeddedLoaded = fetch('analysis.wtab.gz').then(function (response) {
    if (!response.ok) throw new Error('analysis.wtab.gz: HTTP ' + response.status);
    var body = /gzip/i.test(response.headers.get('Content-Encoding') || '')
      ? response.body : response.body.pipeThrough(new DecompressionStream('gzip'));
    return new Response(body).arrayBuffer();
  }).then(function (buffer) {
    var bytes = new Uint8Array(buffer);
    var p = Module._malloc(bytes.length || 1);
    HEAPU8.set(bytes, p);
    var error = Module.UTF8ToString(Module._wt_worker_set_embedded(p, bytes.length));
    Module._free(p);
    if (error) throw new Error(error);
  });
  return embeddedLoaded;
}

function addFile(file) {
  var p = Module._malloc(file.bytes.length || 1);
  HEAPU8.set(file.bytes, p);
  Module.ccall('wt_worker_add_file', null, ['string', 'number', 'number'], [file.name, p, file.bytes.length]);
  Module._free(p);
}

self.onmessage = function (e) {
  var msg = e.data;
  if (msg.type !== 'analyse') return;
  runtimeReady.then(function () {
    postMessage({ type: 'progress', stage: 'starting', done: 0 });
    return msg.withEmbedded ? loadEmbedded() : null;
  }).then(function () {
    msg.files.forEach(addFile);
    var n = Module._wt_worker_analyze(msg.withEmbedded ? 1 : 0);
    var result = JSON.parse(Module.UTF8ToString(Module._wt_worker_result_json()));
    result.type = 'result';
    var transfer = [];
    if (n > 0) {
      var at = Module._wt_worker_binary();
      result.binary = HEAPU8.slice(at, at + Module._wt_worker_binary_size()).buffer;
      transfer.push(result.binary);
    }
    postMessage(result, transfer);
  }).catch(function (err) {
    postMessage({ type: 'failed', message: String(err && err.message || err) });
  });
};
