// shell.js — the page around the WebAssembly app: checks WebGL 2, downloads the app and its data
// with a progress bar, starts it, and connects the URL hash and the test hook.
//
// Everything is fetched by relative URL, so the folder works from any sub-path (GitHub Pages
// serves /<repo>/) and from any static server.
(function () {
  'use strict';

  // The tab's long tasks (over 50 ms), with their start (ms since navigation): issue 9 allows
  // none over 100 ms. Buffered, so the tasks before this script ran are in; read through
  // wiretraceShell.longTasks(), which also takes the entries not yet delivered.
  var longTasks = [], longTaskObserver = null;
  function keepLongTasks(entries) {
    entries.forEach(function (e) { longTasks.push({ start: Math.round(e.startTime), ms: Math.round(e.duration) }); });
  }
  if (typeof PerformanceObserver === 'function' && (PerformanceObserver.supportedEntryTypes || []).indexOf('longtask') >= 0) {
    longTaskObserver = new PerformanceObserver(function (list) { keepLongTasks(list.getEntries()); });
    longTaskObserver.observe({ type: 'longtask', buffered: true });
  }

  // The browser's WebGL context creation (one synchronous getContext call, made by SDL through
  // Emscripten in the app's first frame) cannot be split by the page: with software WebGL
  // (SwiftShader, what headless test browsers have) it alone takes 60-250 ms, with a GPU a few.
  // Its own work in the GPU process is 5-45 ms (the command buffer, the 1280x800 drawing
  // buffer); the rest is waiting behind the browser's compositor, whose frames (drawn and read
  // back by the CPU in headless Chromium) hold the GPU process's one thread 40-275 ms each while
  // the page loads. Neither a warm-up context made first (in a worker or on this thread) nor
  // other context attributes were seen to shorten it reliably (docs/benchmarks.md, page14).
  // Each call over 1 ms is timed here ([{start, ms}], ms since navigation), so the long-task
  // budget can be checked on the page's own work and the browser's share reported apart
  // (tests/web/startup-tasks.test.mjs).
  var contextCreations = [];
  if (typeof HTMLCanvasElement === 'function') {
    var getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function () {
      var t0 = performance.now();
      var context = getContext.apply(this, arguments);
      var ms = performance.now() - t0;
      if (ms >= 1) contextCreations.push({ start: t0, ms: ms });
      return context;
    };
  }

  var loading = document.getElementById('loading');
  var loadingText = document.getElementById('loading-text');
  var bar = document.getElementById('loading-bar');

  function fail(message) {
    loading.hidden = true;
    document.getElementById('error-text').textContent = message;
    document.getElementById('error').hidden = false;
    window.wiretraceError = message;
  }

  // The hook tests and tools read. Before the app runs it reports not ready.
  window.wiretrace = {
    state: function () {
      if (window.wiretraceError) return { ready: false, error: window.wiretraceError };
      if (!window.Module || !Module.calledRun || !Module._wiretrace_state) return { ready: false };
      return JSON.parse(Module.UTF8ToString(Module._wiretrace_state()));
    },
    // The same without the views' reports (row lists, per-row details): ready, loading, view,
    // frames and frame times. Cheap at any size; state() in Claims at 10,000 articles is not.
    status: function () {
      if (window.wiretraceError) return { ready: false, error: window.wiretraceError };
      if (!window.Module || !Module.calledRun || !Module._wiretrace_status) return { ready: false };
      return JSON.parse(Module.UTF8ToString(Module._wiretrace_status()));
    },
    resetFrameStats: function () { if (window.Module && Module._wiretrace_reset_frame_stats) Module._wiretrace_reset_frame_stats(); },
    // What the title bar's buttons do, for tools: 'csv' (the current table) or 'json'; 'corpus'
    // is the Add articles dialog's Download corpus (the articles shown, as JSON Lines); 'notes':
    // the user's notes (the button beside a note).
    exportFile: function (what) {
      if (window.Module && Module._wiretrace_export) Module.ccall('wiretrace_export', null, ['string'], [what]);
    }
  };

  // Called from C++ (main_web.cpp).
  window.wiretraceShell = {
    fail: fail, // the app could not start: no WebGL 2 context, shaders that did not build
    // The long tasks so far ([{start, ms}]), or null where the browser does not report them.
    longTasks: function () {
      if (!longTaskObserver) return null;
      keepLongTasks(longTaskObserver.takeRecords());
      return longTasks.slice();
    },
    // The WebGL context creations over 1 ms ([{start, ms}]; see above).
    contextCreations: function () { return contextCreations.slice(); },
    onFirstFrame: function () {
      loading.hidden = true;
      // Milliseconds since navigation started: what scripts/bench-page reports as first frame.
      window.wiretraceShell.firstFrameAt = performance.now();
    },
    pushHash: function (hash) {
      // The first state (the app pushes it at start-up, as restored from the URL) replaces the
      // entry the page was opened with; later ones add entries so Back returns to the previous
      // view.
      var first = !window.wiretraceShell.pushedOnce;
      window.wiretraceShell.pushedOnce = true;
      var current = window.location.hash.slice(1);
      if (current === hash) return;
      // Typing in Search changes only the query: the entry is updated, not one added per
      // letter, so Back leaves Search instead of unspelling the word.
      var withoutQuery = function (h) { return h.replace(/(^|&)q=[^&]*/, ''); };
      var typing = /(^|&)view=search(&|$)/.test(hash) && withoutQuery(current) === withoutQuery(hash);
      if (first || typing) history.replaceState(null, '', '#' + hash);
      else history.pushState(null, '', '#' + hash);
    },
    pushedOnce: false,
    // An ImGui text field has the keyboard (wantText) / the pointer is over one (overText):
    // see the phone keyboard bridge below.
    textInput: function (wantText, overText) {
      phoneKeyboard.wantText = !!wantText;
      phoneKeyboard.overText = !!overText;
      phoneKeyboard.sync();
    },
    schemeChanges: 0,
    // A browser download of a file built in C++ (CSV, JSON): its bytes (a Uint8Array, every one
    // of them, NULs included) in a Blob behind a temporary link.
    download: function (filename, mime, bytes) {
      var url = URL.createObjectURL(new Blob([bytes], { type: mime }));
      var a = document.createElement('a');
      a.href = url;
      a.download = filename;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
    },
    // ImGui's copy. navigator.clipboard needs a secure context (https or 127.0.0.1) and a user
    // gesture; the fallback covers plain-http hosts. lastCopied lets tests and tools check it.
    copyText: function (text) {
      window.wiretraceShell.lastCopied = text;
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).catch(function () { copyWithTextarea(text); });
      } else {
        copyWithTextarea(text);
      }
    },
    lastCopied: null,
    analysis: null // the inflated analysis (an array of Uint8Array chunks), until the app takes it
  };

  function copyWithTextarea(text) {
    var t = document.createElement('textarea');
    t.value = text;
    t.style.position = 'fixed';
    t.style.opacity = '0';
    document.body.appendChild(t);
    t.select();
    try { document.execCommand('copy'); } catch (e) { /* nothing more we can do */ }
    t.remove();
    document.getElementById('canvas').focus();
  }

  // Ctrl/Cmd+F opens the app's Search view (SDL passes the key to ImGui); the browser's own find
  // bar would only search the empty HTML around the canvas.
  window.addEventListener('keydown', function (e) {
    if ((e.ctrlKey || e.metaKey) && (e.key === 'f' || e.key === 'F')) e.preventDefault();
  }, true);
  // The phone keyboard bridge. A phone opens its on-screen keyboard only when a real text input
  // has the focus, and the app's text fields are drawn on the canvas; so on a touch device a
  // hidden <input> takes the focus while an ImGui field has the keyboard, and what is typed into
  // it (letters, an IME's composed words, a paste) is handed to ImGui. Desktop keyboards go
  // through SDL as before: the bridge is only used where there is a touch screen.
  var phoneKeyboard = {
    wantText: false,
    overText: false,
    touch: (navigator.maxTouchPoints || 0) > 0 ||
      (window.matchMedia && window.matchMedia('(pointer: coarse)').matches),
    input: null,
    composing: false,
    lastKey: '',
    create: function () {
      var el = document.createElement('input');
      el.type = 'text';
      el.id = 'wiretrace-keyboard';
      el.setAttribute('aria-label', 'Text for the field being edited');
      el.setAttribute('autocomplete', 'off');
      el.setAttribute('autocapitalize', 'off');
      el.setAttribute('spellcheck', 'false');
      el.className = 'phone-keyboard';
      document.body.appendChild(el);
      var send = function (text) {
        if (text && window.Module && Module.ccall) Module.ccall('wiretrace_text_input', null, ['string'], [text]);
      };
      el.addEventListener('compositionstart', function () { phoneKeyboard.composing = true; });
      el.addEventListener('compositionend', function () {
        phoneKeyboard.composing = false;
        send(el.value);
        el.value = '';
      });
      el.addEventListener('input', function () {
        if (phoneKeyboard.composing) return; // an IME's word arrives whole at compositionend
        send(el.value);
        el.value = '';
      });
      // Backspace and Enter from a phone keyboard come as edits without a key code; a real key
      // (a tablet's keyboard) has already reached the app through SDL, so it is not sent twice.
      el.addEventListener('keydown', function (e) { phoneKeyboard.lastKey = e.key; });
      el.addEventListener('beforeinput', function (e) {
        var real = phoneKeyboard.lastKey;
        phoneKeyboard.lastKey = '';
        if (e.inputType === 'deleteContentBackward' && !el.value) {
          e.preventDefault();
          if (real !== 'Backspace' && Module._wiretrace_key) Module._wiretrace_key(1);
        } else if (e.inputType === 'insertLineBreak') {
          e.preventDefault();
          if (real !== 'Enter' && Module._wiretrace_key) Module._wiretrace_key(0);
        }
      });
      // Letters typed on a hardware keyboard would reach ImGui twice (SDL's keypress and the
      // input event): only the input event carries them while the bridge has the focus.
      el.addEventListener('keypress', function (e) { e.stopPropagation(); });
      this.input = el;
    },
    sync: function () {
      if (!this.touch) return;
      if (this.wantText) this.focus();
      else if (this.input && document.activeElement === this.input) this.input.blur();
    },
    focus: function () {
      if (!this.input) this.create();
      if (document.activeElement !== this.input) this.input.focus({ preventScroll: true });
    }
  };
  // iOS opens the keyboard only for a focus() made while handling the tap itself: when the
  // finger lifts over a text field (the app showed the text cursor there), focus at once.
  document.addEventListener('touchend', function () {
    if (phoneKeyboard.touch && phoneKeyboard.overText) phoneKeyboard.focus();
  }, true);
  window.wiretraceShell.phoneKeyboard = phoneKeyboard;

  // Text pasted into the page becomes what ImGui pastes next.
  document.addEventListener('paste', function (e) {
    var text = e.clipboardData && e.clipboardData.getData('text/plain');
    if (text && window.Module && Module.ccall) Module.ccall('wiretrace_set_clipboard', null, ['string'], [text]);
  });
  // Follow the system's light/dark switch while the page is open (the app ignores it once the
  // user has picked a theme with the title bar's button).
  if (window.matchMedia) {
    var scheme = window.matchMedia('(prefers-color-scheme: dark)');
    var onScheme = function () {
      window.wiretraceShell.schemeChanges++; // what a test waits on before reading the theme
      if (window.Module && Module._wiretrace_system_theme) Module._wiretrace_system_theme(scheme.matches ? 1 : 0);
    };
    if (scheme.addEventListener) scheme.addEventListener('change', onScheme);
    else if (scheme.addListener) scheme.addListener(onScheme);
  }

  // A browser without WebGL 2 is told so before anything is downloaded. One that has it but
  // cannot make a context (a blocked GPU, acceleration turned off) is told by the app, whose
  // context is the page's only one (main_web.cpp, start_step): a throwaway context here to ask
  // first was a task of 80-600 ms on the page's thread (docs/benchmarks.md, "Start-up long task").
  if (typeof WebGL2RenderingContext === 'undefined') {
    fail('This browser could not create a WebGL 2 context.');
    return;
  }

  // Downloads with progress. Content-Length is the compressed size when the server gzips, and
  // absent on some servers: progress then counts bytes against an estimate and never stalls.
  var progress = {};
  function report() {
    var loaded = 0, total = 0;
    for (var k in progress) { loaded += progress[k].loaded; total += progress[k].total || progress[k].loaded; }
    if (total > 0) bar.value = Math.min(1, loaded / total);
    loadingText.textContent = 'Loading the articles… ' + (loaded / 1048576).toFixed(1) + ' MB';
  }
  function download(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) throw new Error(url + ': HTTP ' + response.status);
      var total = Number(response.headers.get('Content-Length')) || 0;
      progress[url] = { loaded: 0, total: total };
      if (!response.body || !response.body.getReader) {
        return response.arrayBuffer();
      }
      var reader = response.body.getReader();
      var chunks = [], size = 0;
      function pump() {
        return reader.read().then(function (r) {
          if (r.done) {
            var out = new Uint8Array(size), at = 0;
            chunks.forEach(function (c) { out.set(c, at); at += c.length; });
            return out.buffer;
          }
          chunks.push(r.value);
          size += r.value.length;
          progress[url].loaded = size;
          report();
          return pump();
        });
      }
      return pump();
    });
  }

  // The response's body as a stream that counts what arrives into the progress bar.
  function countedBody(url, response) {
    progress[url] = { loaded: 0, total: Number(response.headers.get('Content-Length')) || 0 };
    return response.body.pipeThrough(new TransformStream({
      transform: function (chunk, controller) {
        progress[url].loaded += chunk.length;
        report();
        controller.enqueue(chunk);
      }
    }));
  }

  // A stream's chunks cut into pieces of at most `bytes` (views of the same memory, no copy).
  function inPieces(bytes) {
    return new TransformStream({
      transform: function (chunk, controller) {
        for (var at = 0; at < chunk.length; at += bytes) controller.enqueue(chunk.subarray(at, Math.min(chunk.length, at + bytes)));
      }
    });
  }

  // Gives the page's thread back to the browser (input, painting) before going on.
  var kInflateSliceMs = 8;
  var kInflateInputBytes = 32 * 1024;
  function nextTask() {
    if (window.scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
    return new Promise(function (done) { setTimeout(done, 0); });
  }

  // The analysis: the binary form (docs/analysis-format.md), gzip-compressed at build time and
  // inflated by the browser's own DecompressionStream as it arrives, a network chunk at a time
  // (inflating it whole after the download blocked the tab for most of a second at 10,000
  // articles). A server that sends it with Content-Encoding: gzip (some do for .gz files) has
  // the browser inflate it already. The chunks are kept as they are: main_web.cpp copies them
  // into the wasm heap at start-up.
  function downloadAnalysis(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) throw new Error(url + ': HTTP ' + response.status);
      if (!response.body || typeof DecompressionStream === 'undefined' || typeof TransformStream === 'undefined')
        throw new Error('this browser cannot inflate the analysis (no DecompressionStream)');
      var counted = countedBody(url, response);
      // The inflater gets the download in pieces of at most kInflateInputBytes: it inflates each
      // piece it is given in one go, in one microtask, and a network chunk from a fast server is
      // up to half a megabyte of gzip (2-3 MB inflated): at 10,000 articles single inflates of
      // 105-183 ms, before any of the app's code ran (Chromium's trace, docs/benchmarks.md). A
      // piece inflates in a millisecond or two, and the reads below yield between slices; the
      // inflater's readable side holds no queue, so it takes the next piece only when read.
      var inflated = /gzip/i.test(response.headers.get('Content-Encoding') || '')
        ? counted : counted.pipeThrough(inPieces(kInflateInputBytes)).pipeThrough(new DecompressionStream('gzip'));
      var reader = inflated.getReader();
      var chunks = [];
      // Each read inflates about one network chunk, and reads chain as promise reactions,
      // which never give the page's thread back: when the download outpaced the inflating
      // (a local or fast server), the whole analysis was inflated in one task (136 ms at
      // 10,000 articles). The chain now yields to the event loop every few milliseconds.
      var sliceStart = performance.now();
      function pump() {
        return reader.read().then(function (r) {
          if (r.done) return chunks;
          chunks.push(r.value);
          if (performance.now() - sliceStart < kInflateSliceMs) return pump();
          return nextTask().then(function () { sliceStart = performance.now(); return pump(); });
        });
      }
      return pump();
    });
  }
  // The app's WebAssembly, compiled while it downloads (WebAssembly.compileStreaming: the
  // browser compiles each part as it arrives, off the page's thread). Compiled from its bytes
  // once everything had arrived, it held the page's thread for ~180 ms at start-up
  // (docs/benchmarks.md). A browser without streaming compilation gets the bytes, as before.
  function compileApp(url) {
    window.wiretraceShell.wasmCompile = 'bytes'; // for tests and tools: how it was compiled
    if (typeof WebAssembly !== 'object' || typeof WebAssembly.compileStreaming !== 'function' ||
        typeof TransformStream === 'undefined' || typeof Response !== 'function')
      return download(url).then(function (bytes) { return { bytes: bytes }; });
    window.wiretraceShell.wasmCompile = 'streaming';
    return fetch(url).then(function (response) {
      if (!response.ok) throw new Error(url + ': HTTP ' + response.status);
      if (!response.body) {
        window.wiretraceShell.wasmCompile = 'bytes';
        return response.arrayBuffer().then(function (bytes) { return { bytes: bytes }; });
      }
      var counted = countedBody(url, response);
      // A response of our own: streaming compilation requires the type application/wasm, which
      // not every static host sends for .wasm files.
      return WebAssembly.compileStreaming(new Response(counted, { headers: { 'Content-Type': 'application/wasm' } }))
        .then(function (module) { return { module: module }; });
    });
  }

  var analysis = downloadAnalysis('analysis.wtab.gz').then(function (chunks) {
    performance.mark('wiretrace:analysis-inflated');
    window.wiretraceShell.analysis = chunks;
  }, function (e) {
    // A missing or damaged analysis (a gzip stream cut short) is not the app failing: it starts
    // without one and says why (main_web.cpp), with Add articles and the theme still working.
    window.wiretraceShell.analysisError = e.message || String(e);
  });

  Promise.all([compileApp('wiretrace.wasm'), download('wiretrace.data'), analysis]).then(function (files) {
    // Marks for scripts/bench-page: where the time before the first frame goes.
    performance.mark('wiretrace:downloaded');
    loadingText.textContent = 'Starting…';
    bar.value = 1;
    window.Module = {
      canvas: document.getElementById('canvas'),
      wasmBinary: files[0].bytes,
      getPreloadedPackage: function () { return files[1]; },
      locateFile: function (path) { return path; },
      print: function (text) { console.log(text); },
      printErr: function (text) { console.warn(text); },
      onAbort: function (what) { fail('The application stopped: ' + what); },
      setStatus: function () {},
      onRuntimeInitialized: function () { performance.mark('wiretrace:runtime-initialized'); }
    };
    var compiled = files[0].module;
    if (compiled) {
      // Emscripten's hook for a module compiled elsewhere: instantiate it with the imports the
      // runtime gives, and hand the instance back (asynchronously: the {} says so).
      Module.instantiateWasm = function (imports, receiveInstance) {
        WebAssembly.instantiate(compiled, imports).then(function (instance) {
          receiveInstance(instance, compiled);
        }, function (e) {
          fail('Could not start the application (' + (e.message || e) + ').');
        });
        return {};
      };
    }
    var script = document.createElement('script');
    script.src = 'wiretrace.js';
    script.onerror = function () { fail('Could not load wiretrace.js.'); };
    document.body.appendChild(script);
  }).catch(function (e) {
    fail('Could not download the application (' + e.message + '). Check your connection and reload.');
  });

  function onHash() {
    if (window.Module && Module._wiretrace_request_frame) Module._wiretrace_request_frame(1);
  }
  window.addEventListener('hashchange', onHash);
  window.addEventListener('popstate', onHash);
  document.addEventListener('visibilitychange', function () {
    if (!document.hidden && window.Module && Module._wiretrace_request_frame) Module._wiretrace_request_frame(0);
  });
})();
