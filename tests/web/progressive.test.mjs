// Browser tests of the progressive open (issue 9): a page of 400 pickups of one wire story reads
// its analysis (the binary form, analysis.wtab.gz) a slice per frame; Sources opens first, the
// other views once everything is read, a progress line shows meanwhile, and reading takes at most
// 100 ms of any one task. Every wait is on window.wiretrace.state(), never a sleep.
//
// The page is the built seed page with another analysis dropped in: the app does not change
// with the corpus, only analysis.wtab.gz does (written here by the native CLI, gzipped by node).
// Slices are made small (window.wiretraceDecodeSliceMs = 0.25) so a modest corpus is read over
// many frames the test can watch, on a fast machine too.
//
//   node --test --test-concurrency=1 tests/web/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { browser, shots, BASE, serveAnalysedSite, oneStoryCorpus } from './harness.mjs';

const ARTICLES = 400;
let server;

before(async () => {
  server = await serveAnalysedSite(`one-story-${ARTICLES}`, (dir) => oneStoryCorpus(dir, ARTICLES, 2));
});
after(() => server?.close());

// Opens the page with small reading slices and records, on every animation frame from the
// first script on, what the hook reports about loading (a compact copy: no view reports).
async function openRecorded(hash) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => {
    // A quarter of a millisecond: about one 16 KB step a frame whatever the machine's speed (at
    // 2 ms a fast machine read the 400-article analysis in three frames and the test failed).
    window.wiretraceDecodeSliceMs = 0.25;
    window.__seen = [];
    window.__longtasks = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longtasks.push(e.duration); })
      .observe({ type: 'longtask', buffered: true });
    const tick = () => {
      const s = window.wiretrace && window.wiretrace.state();
      if (s && s.frames) {
        window.__seen.push({ ready: s.ready, view: s.view, loading: s.loading || null, articles: s.articles,
                             bar: s.controls && s.controls.loading ? s.controls.loading : null });
      }
      if (!s || !s.error) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`http://127.0.0.1:${server.address().port}${BASE}${hash}`);
  return { page, context, errors };
}
const loaded = (page) => page.waitForFunction(() => {
  const s = window.wiretrace.state();
  return s.error || (s.ready && !s.loading);
}, null, { timeout: 120000 });

test('a large page opens progressively: Sources first, the rest in slices with a progress line', async () => {
  const { page, context, errors } = await openRecorded('#view=sources');
  // Sources is usable while the rest is still being read.
  await page.waitForFunction(() => { const s = window.wiretrace.state(); return s.error || (s.ready && s.loading); },
                             null, { timeout: 120000 });
  let s = await page.evaluate(() => window.wiretrace.state());
  assert.equal(s.error, undefined);
  assert.equal(s.view, 'sources');
  assert.equal(s.articles, ARTICLES, 'every article is read before Sources draws');
  assert.equal(s.loading.sources_ready, true);
  assert.ok(s.loading.fraction > 0 && s.loading.fraction < 1, `part read: ${s.loading.fraction}`);
  assert.equal(s.sources_order.length, ARTICLES, 'Sources lists every article');
  assert.ok(s.controls.loading && s.controls.loading[2] > 100, 'a progress line is drawn across the window');
  await page.screenshot({ path: join(shots, 'progressive-sources-first.png') });

  await loaded(page);
  s = await page.evaluate(() => window.wiretrace.state());
  assert.equal(s.loading, undefined, 'no progress once everything is read');
  const seen = await page.evaluate(() => window.__seen);
  const fractions = [...new Set(seen.filter((x) => x.loading).map((x) => x.loading.fraction))];
  assert.ok(fractions.length >= 5, `read over many frames (${fractions.length} distinct steps seen)`);
  for (let i = 1; i < fractions.length; i++) assert.ok(fractions[i] > fractions[i - 1], 'progress only grows');
  const sections = [...new Set(seen.filter((x) => x.loading).map((x) => x.loading.section))];
  assert.ok(sections.includes('claims'), `sections seen: ${sections}`);
  assert.ok(sections.indexOf('passages') < sections.indexOf('claims'), 'Sources\' sections come before claims');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a deep link to another view is ready only once the whole analysis is read', async () => {
  const { page, context, errors } = await openRecorded('#view=claims');
  await loaded(page);
  const s = await page.evaluate(() => window.wiretrace.state());
  assert.equal(s.error, undefined);
  assert.equal(s.view, 'claims', 'the deep link survives loading');
  assert.ok(s.claims_rows > 0);
  const seen = await page.evaluate(() => window.__seen);
  assert.ok(seen.some((x) => x.loading), 'it was seen loading');
  assert.ok(!seen.some((x) => x.ready && x.loading), 'never ready while the claims are not all read');
  assert.deepEqual(errors, []);
  await context.close();
});

test('reading the analysis never takes more than 100 ms of one task while opening a large page', async () => {
  // Default slices this time: what a user gets.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => {
    window.__longtasks = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longtasks.push(Math.round(e.duration)); })
      .observe({ type: 'longtask', buffered: true });
  });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}${BASE}#view=sources`);
  await loaded(page);
  const s = await page.evaluate(() => window.wiretrace.state());
  const browserTasks = await page.evaluate(() => window.__longtasks);
  // The reading is what this page sliced (the page before read its whole analysis in one task:
  // seconds at 1,000 articles). The rest of a task is the app's drawing (longest_task_ms: a
  // view's first draw builds its caches) and the browser's share (WebGL context creation,
  // software compositing on a shared CPU): scripts/bench-page measures those, not this test.
  assert.ok(s.longest_read_ms > 0, 'the analysis was read');
  assert.ok(s.longest_read_ms <= 100,
            `longest reading in one task ${s.longest_read_ms.toFixed(0)} ms (the app's longest task ` +
            `${s.longest_task_ms.toFixed(0)} ms, browser long tasks: ${browserTasks.join(', ')})`);
  await context.close();
});
