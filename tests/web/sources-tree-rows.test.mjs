// The Sources tree's group rows at 1,000 pickups of one story (the page scripts/bench-page
// builds with --build-large 1000 --one-story: gen-corpus seed 1), on a phone and on a desktop.
// Every check is on window.wiretrace.state() (sources_group_rows: each group row drawn, its whole
// line, where its text ends against the tree's edge, whether it was cut, the counts' colour and
// the row's background as drawn), never on sleeps or pixels.
//
//   node --test --test-concurrency=1 tests/web/sources-tree-rows.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { browser, shots, BASE, serveAnalysedSite, oneStoryCorpus } from './harness.mjs';

const ARTICLES = 1000;
let server;

before(async () => {
  server = await serveAnalysedSite(`one-story-${ARTICLES}-tree`, (dir) => oneStoryCorpus(dir, ARTICLES, 1));
});
after(() => server?.close());

async function openSources(width, height) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`http://127.0.0.1:${server.address().port}${BASE}#view=sources`);
  // Everything read and the tree drawn with its groups (the root's 951 copies, by outlet).
  await page.waitForFunction(() => {
    const s = window.wiretrace && window.wiretrace.state();
    return s && (s.error || (s.ready && !s.loading && s.view === 'sources' && (s.sources_group_rows || []).length > 0));
  }, null, { timeout: 180000, polling: 200 });
  return { page, context, errors };
}
const state = (page) => page.evaluate(() => window.wiretrace.state());
// Hovers a row and waits until the app has drawn it hovered (ImGui sees the pointer a frame later).
// The row is looked up again before each move: while the tree settles after the page opens (a
// line above it wraps, a count is filled in) a row can move, and a pointer put where it was drawn
// a frame earlier then rests on its neighbour, which is drawn hovered instead. Each move is a
// pixel off the last one, so the app gets a new pointer event (it sleeps while nothing happens).
async function hover(page, row) {
  const deadline = Date.now() + 30000;
  for (let i = 0; ; ++i) {
    const now = (await state(page)).sources_group_rows.find((r) => r.text === row.text);
    if (now && now.hovered) return now;
    assert.ok(Date.now() < deadline, `the row "${row.text}" is never drawn hovered (${now ? 'drawn at ' + JSON.stringify(now.row) : 'no longer drawn'})`);
    const at = now || row;
    await page.mouse.move(at.row[0] + at.row[2] / 2 + (i % 2), at.row[1] + at.row[3] / 2);
    const frames = await page.evaluate(() => window.wiretrace.status().frames);
    await page.waitForFunction((b) => window.wiretrace.status().frames > b, frames, { timeout: 30000, polling: 'raf' });
  }
}

test('on a phone, a Sources group row too long for the screen ends in an ellipsis and its tooltip says it all', async () => {
  const { page, context, errors } = await openSources(390, 844);
  let s = await state(page);
  assert.equal(s.sources_tree_layout, 'narrow');
  // "Oxford Public Radio  33 articles · 4 more copied from them" ran past the right edge, cut
  // mid-word ("4 more copied fro"): every row's text now ends inside the tree.
  for (const r of s.sources_group_rows)
    assert.ok(r.right <= r.edge + 0.5, `"${r.text}" ends at x ${r.right.toFixed(1)}, past the tree's edge at ${r.edge.toFixed(1)}`);
  const cut = s.sources_group_rows.filter((r) => r.cut);
  assert.ok(cut.length > 0, 'at 390 px some group rows are too long and are cut');
  assert.ok(s.sources_group_rows.some((r) => !r.cut), 'the short rows are drawn whole');
  // The row's tooltip is its whole line, counts included.
  const row = await hover(page, cut[0]);
  assert.match(row.text, /\d+ articles? · \d+ more copied from them$/);
  await page.waitForFunction((t) => window.wiretrace.state().sources_tooltip === t, row.text, { timeout: 30000 });
  await page.screenshot({ path: join(shots, 'sources-tree-390x844-cut-row.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

// WCAG's contrast ratio of two sRGB colours given as [r, g, b] in 0..1.
function contrast(a, b) {
  const lum = (c) => c.map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
    .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test('a hovered Sources group row keeps its counts readable on the hover highlight', async () => {
  const { page, context, errors } = await openSources(1280, 800);
  const s = await state(page);
  const first = s.sources_group_rows.find((r) => !r.cut);
  assert.ok(first, 'a group row drawn whole at 1280 px');
  const row = await hover(page, first);
  // ImGui's disabled grey on its hover blue read at about 1.5:1; AA asks 4.5:1 of body text.
  const ratio = contrast(row.count_colour, row.background);
  assert.ok(ratio >= 4.5, `the counts of the hovered row "${row.text}" at ${ratio.toFixed(2)}:1 against the highlight ` +
            `(colour ${JSON.stringify(row.count_colour)} on ${JSON.stringify(row.background)})`);
  await page.screenshot({ path: join(shots, 'sources-tree-1280x800-hovered-row.png') });
  assert.deepEqual(errors, []);
  await context.close();
});
