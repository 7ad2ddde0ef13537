// Browser tests of the views' preparation (issue 9: "never block the tab for more than 100 ms at
// a time"): each view builds what it needs on first open (Search its word index, Reader and
// Compare the highlight index, Claims its matrix, …) a slice per frame, with "Preparing … N %"
// in the view meanwhile (src/app/Preparation.h), and shows the same contents once ready as when
// it is prepared in one go.
//
// The page is the built seed page with a one-story analysis dropped in (as progressive.test.mjs).
// Slices are made tiny (window.wiretracePrepareSliceMs) so a modest corpus prepares over many
// frames the test can watch; the same views prepared with the default slice (20 ms, a few frames
// at most here) are the reference. The 10,000-article figures are scripts/bench-page's
// (docs/benchmarks.md). Every wait is on window.wiretrace.status() or state(), never a sleep.
//
//   node --test --test-concurrency=1 tests/web/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { browser, shots, BASE, serveAnalysedSite, oneStoryCorpus } from './harness.mjs';

const ARTICLES = 200;
// Opened in this order on one page, each from the one before, as a reader would.
const VIEWS = ['sources', 'reader', 'passages', 'claims', 'charts', 'search', 'compare'];
let server;

before(async () => {
  server = await serveAnalysedSite(`one-story-${ARTICLES}-prepare`, (dir) => oneStoryCorpus(dir, ARTICLES, 3));
});
after(() => server?.close());

// A page whose views prepare `sliceMs` at a time (0: the default), recording on every animation
// frame what the hook says about the open view's preparation.
async function openPage(sliceMs) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript((ms) => {
    if (ms) window.wiretracePrepareSliceMs = ms;
    window.__preparing = [];
    const tick = () => {
      let s = null;
      try { s = window.wiretrace && window.wiretrace.status(); } catch (e) { /* the app is not up yet */ }
      if (s && s.preparing) {
        window.__preparing.push({ view: s.preparing.view, stage: s.preparing.stage, fraction: s.preparing.fraction,
                                  ready: s.ready, bar: !!(s.controls && s.controls.preparing) });
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, sliceMs);
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`http://127.0.0.1:${server.address().port}${BASE}#view=sources`);
  await page.waitForFunction(() => {
    const s = window.wiretrace && window.wiretrace.status();
    return s && (s.error || (s.ready && !s.loading));
  }, null, { timeout: 120000 });
  return { page, context, errors };
}

// Opens `view` (the hash, as a link or Back would) and waits until it has drawn, prepared.
async function openView(page, view, hash) {
  await page.evaluate((h) => { location.hash = h; }, hash);
  await page.waitForFunction((v) => {
    const s = window.wiretrace.status();
    return s.error || (s.ready && s.view === v);
  }, view, { timeout: 120000 });
}

// What the view shows, as the hook reports it: its report without timings, frame counts and
// control rectangles (a few pixels apart between two pages: where a control is, not what the
// view shows).
const VOLATILE = new Set(['frames', 'idle', 'replacing', 'ready_at_ms', 'main_at_ms', 'longest_task_ms',
  'longest_read_ms', 'longest_read_step', 'startup_frames', 'startup_reads', 'startup_steps_ms', 'frame_ms_p50', 'frame_ms_p95', 'frame_ms_max', 'frame_samples',
  'prepared', 'preparing', 'controls', 'claims_controls', 'reader_filter_box', 'compare_panes',
  // The query field takes the keyboard a frame after Search first draws: when, not what.
  'search_input_active',
  // Where each group row's text ends against the tree's edge (pixels, as the rectangles above).
  'sources_group_rows']);
async function contents(page) {
  const s = await page.evaluate(() => window.wiretrace.state());
  const rectangle = (v) => v && typeof v === 'object' && 'x' in v && 'y' in v && 'w' in v && 'h' in v;
  // Pixel measures too, at any depth: a frame after the progress line the window may still keep
  // room for a scroll bar it no longer needs (a pane 14 px narrower, so Charts' export buttons
  // and first cell sit 14 px to the left), which is layout, not contents. Which export buttons
  // there are is kept; where they are is not.
  const strip = (v) => {
    if (Array.isArray(v)) return v.map(strip);
    if (!v || typeof v !== 'object') return v;
    const out = {};
    for (const [k, x] of Object.entries(v)) {
      if (VOLATILE.has(k) || k.endsWith('_controls') || /_(width|height)$/.test(k) || rectangle(x)) continue;
      out[k] = k === 'export_buttons' && x && typeof x === 'object' ? Object.keys(x).sort() : strip(x);
    }
    return out;
  };
  return strip(s);
}

test('every view prepares in slices with a progress line, and shows what it shows prepared at once', async () => {
  const sliced = await openPage(0.25);
  const whole = await openPage(0);
  const first = (await sliced.page.evaluate(() => window.wiretrace.state())).sources_order;
  assert.equal(first.length, ARTICLES);
  // Reader on an article in the middle; Compare on two far apart (aligned on demand if need be).
  const hashes = {
    sources: 'view=sources',
    reader: `view=reader&article=${encodeURIComponent(first[ARTICLES / 2])}`,
    passages: 'view=passages',
    claims: 'view=claims',
    charts: 'view=charts',
    search: 'view=search&q=Homs',
    compare: `view=compare&article=${encodeURIComponent(first[1])},${encodeURIComponent(first[ARTICLES - 1])}`,
  };
  for (const view of VIEWS) {
    await openView(sliced.page, view, hashes[view]);
    await openView(whole.page, view, hashes[view]);
    const s = await sliced.page.evaluate(() => window.wiretrace.status());
    assert.equal(s.error, undefined);
    const p = s.prepared[view];
    assert.ok(p && p.done, `${view}: prepared (${JSON.stringify(s.prepared)})`);
    const seen = (await sliced.page.evaluate(() => window.__preparing)).filter((x) => x.view === view);
    if (view !== 'sources') {
      // Sources prepares while the analysis is still being read, sometimes within one frame.
      assert.ok(p.slices >= 3, `${view}: prepared over ${p.slices} frames`);
      const fractions = [...new Set(seen.map((x) => x.fraction))];
      assert.ok(fractions.length >= 2, `${view}: progress seen at ${fractions.join(', ')}`);
      for (let i = 1; i < fractions.length; i++) assert.ok(fractions[i] > fractions[i - 1], `${view}: progress only grows`);
      assert.ok(seen.every((x) => x.fraction < 1 && !x.ready), `${view}: not ready while preparing`);
      assert.ok(seen.every((x) => x.bar), `${view}: a progress line is drawn while preparing`);
      assert.ok(seen.every((x) => x.stage), `${view}: the progress line says what is being prepared`);
    }
    assert.deepEqual(await contents(sliced.page), await contents(whole.page),
                     `${view}: the same contents prepared in slices as in one go`);
  }
  // Search answers from the index it built once: another query needs no preparation.
  const before = (await sliced.page.evaluate(() => window.wiretrace.status())).prepared.search.slices;
  await openView(sliced.page, 'search', 'view=search&q=Syria');
  await sliced.page.waitForFunction(() => window.wiretrace.state().search_query === 'Syria');
  const after = await sliced.page.evaluate(() => window.wiretrace.state());
  assert.ok(after.search_hits_total > 0, 'Syria is found');
  assert.equal(after.prepared.search.slices, before, 'no second preparation for a second query');
  assert.deepEqual(sliced.errors, []);
  assert.deepEqual(whole.errors, []);
  await sliced.context.close();
  await whole.context.close();
});

test('a view shows "Preparing" with its progress while it prepares', async () => {
  // Slower slices still: Search is caught mid-way for the screenshot.
  const { page, context, errors } = await openPage(0.05);
  await page.evaluate(() => { location.hash = 'view=search'; });
  await page.waitForFunction(() => {
    const s = window.wiretrace.status();
    return s.preparing && s.preparing.view === 'search' && s.preparing.fraction > 0.2;
  }, null, { timeout: 120000, polling: 'raf' });
  await page.screenshot({ path: join(shots, 'prepare-search-preparing.png') });
  const s = await page.evaluate(() => window.wiretrace.status());
  assert.equal(s.ready, false, 'not ready while preparing');
  assert.ok(s.controls.preparing && s.controls.preparing[2] > 300, 'the progress line spans the view');
  assert.match(s.preparing.stage, /\w/);
  await page.waitForFunction(() => { const x = window.wiretrace.status(); return x.ready && x.view === 'search'; },
                             null, { timeout: 120000 });
  const done = await page.evaluate(() => window.wiretrace.status());
  assert.equal(done.preparing, undefined, 'no progress once prepared');
  assert.equal(done.controls.preparing, undefined, 'the progress line is gone');
  await page.screenshot({ path: join(shots, 'prepare-search-ready.png') });
  assert.deepEqual(errors, []);
  await context.close();
});
