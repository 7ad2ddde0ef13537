// add_articles.js — "Add articles" (issue 10): a reader analyses their own articles in the page,
// privately. Files come from the dialog's file picker or are dropped anywhere on the page, or an
// article is pasted into the form; they are analysed by the same core in a Web Worker
// (analysis_worker.js) while the page keeps drawing; the result, in the binary form the page
// already reads, replaces the analysis on screen in place (main_web.cpp,
// wiretrace_replace_analysis). The reader's articles are kept in this browser's IndexedDB, as
// the checked JSON Lines records the worker returns, and analysed again on the next visit.
// Nothing is sent anywhere: the only requests are the worker's script and wasm and the page's
// own analysis.wtab.gz, all in the page's folder.
//
// The hook (window.wiretrace.state()) gains: analysing (the worker runs or its result is being
// read), errors (the messages shown, "file:line: what is wrong"), saved_articles, byo_mode,
// analysis_ms (the worker's last run), saving (IndexedDB writes in flight), analysis_from_device
// (this visit showed the kept analysis), dialog_open.
(function () {
  'use strict';

  var LIMIT_MB = 50; // the worker refuses more too (core/working_set.h); checked here before reading
  var dialog = document.getElementById('add-articles');
  if (!dialog) return;
  var $ = function (id) { return document.getElementById(id); };
  var st = {
    records: [],      // [{id, outlet, title, record}] the reader's articles, record: one JSON line
    mode: 'with',     // 'with': added to the embedded articles; 'only': the reader's alone
    analysing: false,
    progress: null,   // {stage, done}
    errors: [],
    notice: '',
    worker: null,
    finish: null,     // resolves the running analysis
    lastMs: 0,
    stored: true,     // IndexedDB works (false: a private window that refuses it)
    saving: 0         // IndexedDB writes in flight
  };
  // The link the page was opened with: it may name the reader's own articles, which exist only
  // once they are analysed again; the app rewrites the hash at start-up, so it is kept here.
  var openedWith = window.location.hash;
  try { if (localStorage.getItem('wiretrace.byo-mode') === 'only') st.mode = 'only'; } catch (e) { /* default */ }

  // [SECTION] Storage on the device ----------------------------------------------------------
  // One database per page folder: two Wiretrace sites on one host (GitHub Pages serves every
  // repository of an account from one origin) keep their readers' articles apart.
  var dbName = 'wiretrace:' + window.location.pathname.replace(/[^/]*$/, '');
  var dbOpened = null;
  function db() {
    if (!dbOpened) dbOpened = new Promise(function (resolve, reject) {
      if (!window.indexedDB) { reject(new Error('no IndexedDB')); return; }
      var r = indexedDB.open(dbName, 2);
      r.onupgradeneeded = function () {
        var names = r.result.objectStoreNames;
        if (!names.contains('articles')) r.result.createObjectStore('articles', { keyPath: 'id' });
        if (!names.contains('analysis')) r.result.createObjectStore('analysis');
      };
      r.onsuccess = function () { resolve(r.result); };
      r.onerror = function () { reject(r.error); };
    });
    return dbOpened;
  }
  function loadRecords() {
    return db().then(function (d) {
      return new Promise(function (resolve, reject) {
        var q = d.transaction('articles').objectStore('articles').getAll();
        q.onsuccess = function () { resolve(q.result); };
        q.onerror = function () { reject(q.error); };
      });
    });
  }
  // Writes in flight (the hook's "saving"): a reload before they end finds the previous set.
  function track(promise) {
    st.saving++;
    var end = function () { st.saving--; };
    promise.then(end, end);
    return promise;
  }
  function saveRecords() {
    return track(db().then(function (d) {
      return new Promise(function (resolve, reject) {
        var t = d.transaction(['articles', 'analysis'], 'readwrite');
        var s = t.objectStore('articles');
        s.clear();
        st.records.forEach(function (r) { s.put(r); });
        // Removing all of them removes their analysis too: no copy of their text stays behind.
        if (!st.records.length) t.objectStore('analysis').clear();
        t.oncomplete = resolve;
        t.onerror = function () { reject(t.error); };
      });
    }).catch(function () {
      st.stored = false;
      render();
    }));
  }

  // The last analysis of the reader's articles is kept too, so the next visit shows it at once
  // instead of analysing them again (seconds at 1,000 articles). It is used only for the same
  // articles, the same choice (with the embedded ones or alone) and the same embedded analysis:
  // a page rebuilt with another corpus or another version has another analysis.wtab.gz.
  var embeddedPrint = null;
  function embeddedFingerprint() {
    if (!embeddedPrint) embeddedPrint = fetch('analysis.wtab.gz').then(function (response) {
      return response.arrayBuffer();
    }).then(function (bytes) {
      return crypto.subtle.digest('SHA-256', bytes); // absent outside secure contexts: no cache
    }).then(function (digest) {
      return Array.prototype.map.call(new Uint8Array(digest), function (b) { return (b + 256).toString(16).slice(1); }).join('');
    });
    return embeddedPrint;
  }
  // What an analysis was made of: the choice and the records now (taken at once, before any
  // wait, so a later change of the set cannot be stored under an earlier analysis).
  function analysisKey() {
    var made = st.mode + '\n' + st.records.map(function (r) { return r.record; }).join('\n');
    return function (fingerprint) { return fingerprint + '\n' + made; };
  }
  function saveAnalysis(binary, userIds) {
    var key = analysisKey();
    return track(Promise.all([db(), embeddedFingerprint()]).then(function (got) {
      return new Promise(function (resolve) {
        var t = got[0].transaction('analysis', 'readwrite');
        t.objectStore('analysis').put({ key: key(got[1]), binary: binary, user_ids: userIds }, 'last');
        t.oncomplete = resolve;
        t.onerror = t.onabort = resolve; // the next visit analyses them again
      });
    }).catch(function () { /* likewise */ }));
  }
  function loadAnalysis() {
    var key = analysisKey();
    return Promise.all([db(), embeddedFingerprint()]).then(function (got) {
      return new Promise(function (resolve) {
        var q = got[0].transaction('analysis').objectStore('analysis').get('last');
        q.onsuccess = function () {
          var a = q.result;
          resolve(a && a.key === key(got[1]) ? a : null);
        };
        q.onerror = function () { resolve(null); };
      });
    }).catch(function () { return null; });
  }

  // [SECTION] The worker ---------------------------------------------------------------------
  function analyse(newFiles, hash) {
    if (st.analysing) return Promise.resolve(null);
    st.analysing = true;
    st.progress = { stage: 'starting', done: 0 };
    st.notice = '';
    render();
    var files = [];
    if (st.records.length) {
      var saved = st.records.map(function (r) { return r.record; }).join('\n') + '\n';
      files.push({ name: 'your saved articles.jsonl', bytes: new TextEncoder().encode(saved) });
    }
    files = files.concat(newFiles);
    return new Promise(function (resolve) {
      st.finish = resolve;
      if (!st.worker) st.worker = new Worker('analysis_worker.js');
      st.worker.onmessage = function (e) {
        var m = e.data;
        if (m.type === 'progress') {
          st.progress = m;
          render();
        } else if (m.type === 'result') {
          done(m, hash);
        } else if (m.type === 'failed') {
          done({ errors: ['The analysis stopped: ' + m.message], user_ids: [], records: '' }, hash);
        }
      };
      st.worker.onerror = function (e) {
        e.preventDefault();
        st.worker = null; // a crashed worker is not reused
        done({ errors: ['The analysis stopped: ' + (e.message || 'the worker failed')], user_ids: [], records: '' }, hash);
      };
      st.worker.postMessage({ type: 'analyse', withEmbedded: st.mode === 'with', files: files });
    });
  }

  function done(result, hash) {
    st.errors = result.errors || [];
    st.lastMs = result.ms || 0;
    if (result.binary) {
      st.records = result.records.split('\n').filter(Boolean).map(function (line) {
        var r = JSON.parse(line);
        return { id: r.id, outlet: r.outlet || '', title: r.title || '', record: line };
      });
      saveRecords();
      saveAnalysis(result.binary, result.user_ids);
      replaceAnalysis(result.binary, result.user_ids, hash);
    }
    finishAnalysis(result);
  }

  function finishAnalysis(result) {
    st.analysing = false;
    st.progress = null;
    var resolve = st.finish;
    st.finish = null;
    render();
    if (resolve) resolve(result);
  }

  function cancel() {
    if (!st.analysing) return;
    st.worker.terminate();
    st.worker = null; // the next analysis starts a new one
    st.notice = 'Cancelled: the articles shown are unchanged.';
    finishAnalysis(null);
  }

  // The app reads the new analysis a slice per frame and swaps it in when read (main_web.cpp).
  function replaceAnalysis(binary, userIds, hash) {
    window.wiretraceShell.analysis = [new Uint8Array(binary)];
    Module.ccall('wiretrace_replace_analysis', null, ['string', 'string'], [userIds.join('\n'), hash || '']);
  }

  // Back to the articles the page was built with: its own analysis again (from the cache).
  function restoreEmbedded() {
    return fetch('analysis.wtab.gz').then(function (response) {
      var body = /gzip/i.test(response.headers.get('Content-Encoding') || '')
        ? response.body : response.body.pipeThrough(new DecompressionStream('gzip'));
      return new Response(body).arrayBuffer();
    }).then(function (buffer) { replaceAnalysis(buffer, [], ''); }).catch(function (e) {
      st.errors = ['The embedded articles could not be read again (' + e.message + '): reload the page.'];
      render();
    });
  }

  // [SECTION] Adding, removing ---------------------------------------------------------------
  function addFiles(fileList) {
    var files = Array.prototype.slice.call(fileList || []);
    if (!files.length) return;
    if (st.analysing) {
      // Dropped while the worker runs: said, not lost without a word.
      st.notice = 'Still analysing: ' + files.map(function (f) { return f.name; }).join(', ') +
        ' not added. Add them again when this analysis ends.';
      render();
      return;
    }
    var total = files.reduce(function (n, f) { return n + f.size; }, 0);
    if (total > LIMIT_MB * 1048576) {
      st.errors = [files[0].name + ':1: ' + Math.ceil(total / 1048576) + ' MB in all is more than the ' + LIMIT_MB +
        ' MB the page analyses at once: nothing was added (add fewer files at a time, or build the page with them: ' +
        'WIRETRACE_CORPUS=folder scripts/run)'];
      render();
      return;
    }
    if (!dialog.open) open();
    Promise.all(files.map(function (f) {
      return f.arrayBuffer().then(function (b) { return { name: f.name, bytes: new Uint8Array(b) }; });
    })).then(function (read) { analyse(read, ''); });
  }

  function slug(s) {
    return s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48);
  }

  function addPasted(e) {
    e.preventDefault();
    if (st.analysing) return;
    var form = $('add-paste');
    var get = function (name) { return form.elements[name].value.trim(); };
    var base = slug(get('outlet') + ' ' + get('title')) || 'pasted';
    var id = base, n = 2;
    var taken = function (x) { return st.records.some(function (r) { return r.id === x; }); };
    while (taken(id)) id = base + '-' + n++;
    var record = { id: id, outlet: get('outlet'), title: get('title') };
    if (get('date')) record.date = get('date');
    if (get('url')) record.url = get('url');
    record.text = form.elements.text.value; // the body as typed, not trimmed
    var line = JSON.stringify(record) + '\n';
    analyse([{ name: 'pasted article.jsonl', bytes: new TextEncoder().encode(line) }], '').then(function (result) {
      if (result && result.user_ids && result.user_ids.indexOf(id) >= 0) form.reset();
    });
  }

  function remove(id) {
    if (st.analysing) return;
    st.records = st.records.filter(function (r) { return r.id !== id; });
    st.errors = [];
    saveRecords();
    if (st.records.length) analyse([], '');
    else restoreEmbedded().then(render);
  }

  function clearAll() {
    if (st.analysing) return;
    st.records = [];
    st.errors = [];
    st.notice = 'Your articles were removed from this device.';
    saveRecords();
    restoreEmbedded().then(render);
  }

  function setMode(mode) {
    if (mode === st.mode) return;
    st.mode = mode;
    try { localStorage.setItem('wiretrace.byo-mode', mode); } catch (e) { /* lasts for the visit */ }
    if (st.records.length && !st.analysing) analyse([], '');
    else render();
  }

  // [SECTION] The dialog ---------------------------------------------------------------------
  function open() {
    // The app's theme, which the reader may have switched away from the system's.
    var theme = window.wiretrace.state().theme;
    dialog.classList.toggle('dark', theme === 'dark');
    dialog.classList.toggle('light', theme === 'light');
    render();
    if (!dialog.open) dialog.showModal();
  }

  function render() {
    $('add-mode-with').checked = st.mode === 'with';
    $('add-mode-only').checked = st.mode === 'only';
    var busy = st.analysing;
    $('add-status').hidden = !busy;
    if (busy && st.progress) {
      $('add-progress').value = st.progress.done || 0;
      $('add-progress-text').textContent = 'Analysing in this browser: ' + st.progress.stage + '…';
    }
    ['add-files', 'add-paste-submit', 'add-clear', 'add-mode-with', 'add-mode-only'].forEach(function (id) {
      $(id).disabled = busy;
    });
    var errors = $('add-errors');
    errors.textContent = '';
    st.errors.forEach(function (m) {
      var li = document.createElement('li');
      li.textContent = m;
      errors.appendChild(li);
    });
    $('add-errors-box').hidden = st.errors.length === 0;
    $('add-notice').textContent = st.notice + (st.stored ? '' :
      ' This browser refuses to keep them (a private window?): they last until the page is closed.');
    var list = $('add-list');
    list.textContent = '';
    st.records.forEach(function (r) {
      var li = document.createElement('li');
      var label = document.createElement('span');
      label.textContent = (r.outlet ? r.outlet + ' — ' : '') + (r.title || r.id);
      var b = document.createElement('button');
      b.type = 'button';
      b.textContent = 'Remove';
      b.disabled = busy;
      b.setAttribute('aria-label', 'Remove ' + (r.title || r.id));
      b.addEventListener('click', function () { remove(r.id); });
      li.appendChild(label);
      li.appendChild(b);
      list.appendChild(li);
    });
    $('add-count').textContent = st.records.length
      ? 'Your articles (' + st.records.length + '):' : 'You have not added any articles yet.';
    $('add-clear').hidden = st.records.length === 0;
  }

  $('add-files').addEventListener('change', function (e) {
    addFiles(e.target.files);
    e.target.value = ''; // the same file can be picked again after a fix
  });
  $('add-paste').addEventListener('submit', addPasted);
  $('add-cancel').addEventListener('click', cancel);
  $('add-clear').addEventListener('click', clearAll);
  $('add-close').addEventListener('click', function () { dialog.close(); });
  $('add-mode-with').addEventListener('change', function () { setMode('with'); });
  $('add-mode-only').addEventListener('change', function () { setMode('only'); });
  $('add-download').addEventListener('click', function () {
    if (window.wiretrace.exportFile) window.wiretrace.exportFile('corpus');
  });
  // SDL listens for keys on the whole window and stops the browser's default for some (Backspace,
  // Tab, arrows): typing in the dialog's fields must not reach it.
  ['keydown', 'keyup', 'keypress'].forEach(function (type) {
    dialog.addEventListener(type, function (e) { e.stopPropagation(); });
  });
  dialog.addEventListener('close', function () { document.getElementById('canvas').focus(); });

  // Files dropped anywhere on the page.
  var dragging = function (e) { return e.dataTransfer && Array.prototype.indexOf.call(e.dataTransfer.types, 'Files') >= 0; };
  document.addEventListener('dragover', function (e) {
    if (!dragging(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    document.body.classList.add('dropping');
  });
  document.addEventListener('dragleave', function (e) {
    if (!e.relatedTarget) document.body.classList.remove('dropping');
  });
  document.addEventListener('drop', function (e) {
    if (!dragging(e)) return;
    e.preventDefault();
    document.body.classList.remove('dropping');
    addFiles(e.dataTransfer.files);
  });

  // [SECTION] Start-up and the hook ------------------------------------------------------------
  window.wiretraceShell.addArticles = open;
  var firstFrame = window.wiretraceShell.onFirstFrame;
  window.wiretraceShell.onFirstFrame = function () {
    firstFrame();
    loadRecords().then(function (rows) {
      st.records = rows.sort(function (a, b) { return a.id < b.id ? -1 : a.id > b.id ? 1 : 0; });
      if (!st.records.length) return;
      // A link that named articles is applied again once the reader's own are in.
      var hash = /(^|[#&])article=/.test(openedWith) ? openedWith : '';
      return loadAnalysis().then(function (kept) {
        if (kept) {
          st.restoredFromDevice = true;
          replaceAnalysis(kept.binary, kept.user_ids, hash);
          render();
        } else {
          analyse([], hash);
        }
      });
    }).catch(function () { st.stored = false; });
  };
  // The app could not read an analysis handed to it (main_web.cpp): shown with the others.
  window.wiretraceShell.onReplaceError = function (message) {
    st.errors = [message];
    render();
  };
  var baseState = window.wiretrace.state;
  window.wiretrace.state = function () {
    var s = baseState();
    s.analysing = st.analysing || !!s.replacing;
    s.errors = st.errors.slice();
    s.saved_articles = st.records.length;
    s.byo_mode = st.mode;
    s.analysis_ms = st.lastMs;
    s.saving = st.saving > 0;
    s.analysis_from_device = !!st.restoredFromDevice; // this visit's analysis came from IndexedDB
    s.dialog_open = dialog.open;
    return s;
  };
  window.wiretrace.addArticles = open;
})();
