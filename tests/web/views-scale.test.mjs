// Browser tests of the views at scale (issue 9), on the seed page: the Reader's article filter
// and its "Shared with" summary, outlets counted as outlets in Passages, the indexed Search.
// Counts are checked against the analysis the page exports (its own JSON), read here in a few
// lines of JavaScript: passages' members, provenance sources, article texts. Every wait is on
// window.wiretrace.state(), never on a sleep.
//
//   node --test --test-concurrency=1 tests/web/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shots, openPage, expectedArticles } from './harness.mjs';

const AP = '000_b584b1e36c441f0d';
const INDEPENDENT = '003_1d4940750912eb2c';
const state = (page) => page.evaluate(() => window.wiretrace.state());

// The analysis as the page holds it, through its own Export JSON.
async function exportedAnalysis(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.evaluate(() => window.wiretrace.exportFile('json'))]);
  return JSON.parse(readFileSync(await download.path(), 'utf8'));
}

// Types into the Reader's filter box and waits until the list is filtered for it.
async function filterReader(page, text) {
  const box = (await state(page)).reader_filter_box;
  await page.mouse.click(box.x + box.w / 2, box.y + box.h / 2);
  await page.waitForFunction(() => window.wiretrace.state().reader_filter_active === true);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text);
  await page.waitForFunction((t) => window.wiretrace.state().reader_filter === t, text);
  return state(page);
}

test('Reader lists titles and filters by outlet, title or id', async () => {
  const { page, context, errors } = await openPage({ hash: `#view=reader&article=${AP}` });
  let s = await state(page);
  assert.equal(s.reader_list_rows, expectedArticles, 'every article is listed');
  await page.screenshot({ path: join(shots, 'reader-list.png') });

  s = await filterReader(page, 'indep');
  assert.equal(s.reader_list_rows, 1, 'an outlet, in lower case, typed in part');
  assert.equal(s.reader_list_first, INDEPENDENT);
  s = await filterReader(page, 'Rebel groups');
  assert.equal(s.reader_list_rows, 1, 'words of a title');
  assert.match(s.reader_list_first, /^001_/);
  s = await filterReader(page, '002_');
  assert.equal(s.reader_list_rows, 1, 'an id');
  assert.match(s.reader_list_first, /^002_/);
  s = await filterReader(page, 'no such outlet');
  assert.equal(s.reader_list_rows, 0);
  assert.equal(s.reader_article, AP, 'filtering never changes the article shown');
  await page.screenshot({ path: join(shots, 'reader-filter-empty.png') });
  s = await filterReader(page, '');
  assert.equal(s.reader_list_rows, expectedArticles);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Reader says how many articles and outlets share the text, as passages and provenance say', async () => {
  const { page, context, errors } = await openPage({ hash: `#view=reader&article=${AP}` });
  const analysis = await exportedAnalysis(page);
  const outletOf = new Map(analysis.articles.map((a) => [a.id, a.outlet]));
  for (const id of [AP, INDEPENDENT, analysis.articles[4].id]) {
    await page.evaluate((h) => { location.hash = h; }, `view=reader&article=${id}`);
    await page.waitForFunction((id) => window.wiretrace.state().reader_article === id, id);
    // The same count by hand: other members of its passages, provenance links either way.
    const shared = new Set();
    for (const p of analysis.passages) {
      const members = p.members.map((m) => m.article);
      if (members.includes(id)) members.filter((m) => m !== id).forEach((m) => shared.add(m));
    }
    for (const s of analysis.provenance) {
      if (!s.source || s.source.article === s.article) continue;
      if (s.article === id) shared.add(s.source.article);
      if (s.source.article === id) shared.add(s.article);
    }
    const outlets = new Set([...shared].map((a) => outletOf.get(a)));
    const s = await state(page);
    assert.equal(s.reader_shared_articles, shared.size, `${id}: articles sharing its text`);
    assert.equal(s.reader_shared_outlets, outlets.size, `${id}: their outlets`);
    // Few: each is named with its colour, none left out.
    assert.equal(s.reader_shared_chips, shared.size);
    assert.equal(s.reader_shared_list_open, false);
  }
  await page.screenshot({ path: join(shots, 'reader-shared-with.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('Passages counts the articles and the outlets carrying each passage', async () => {
  const { page, context, errors } = await openPage({ hash: '#view=passages' });
  const analysis = await exportedAnalysis(page);
  const outletOf = new Map(analysis.articles.map((a) => [a.id, a.outlet]));
  let s = await state(page);
  const seen = new Set();
  for (let row = 0; row < Math.min(s.passages, 4); row++) {
    if (row > 0) {
      const before = s.passages_selected_id;
      await page.keyboard.press('ArrowDown');
      await page.waitForFunction((b) => window.wiretrace.state().passages_selected_id !== b, before);
      s = await state(page);
    }
    const p = analysis.passages.find((x) => x.id === s.passages_selected_id);
    const articles = new Set(p.members.map((m) => m.article));
    const outlets = new Set([...articles].map((a) => outletOf.get(a)));
    assert.equal(s.passages_selected_articles, articles.size, `passage ${p.id}: articles`);
    assert.equal(s.passages_selected_outlets, outlets.size, `passage ${p.id}: outlets`);
    // Members with the same words are one wording; every member is in exactly one.
    const wordings = new Set(p.members.map((m) => {
      const t = analysis.articles.find((a) => a.id === m.article).text;
      return Buffer.from(t, 'utf8').subarray(m.span[0], m.span[1]).toString('utf8');
    }));
    assert.equal(s.passages_selected_wordings, wordings.size, `passage ${p.id}: wordings`);
    assert.ok(s.passages_wordings_drawn >= 1 && s.passages_wordings_drawn <= wordings.size);
    seen.add(p.id);
  }
  assert.equal(seen.size, Math.min(s.passages, 4), 'the arrow keys moved through the rows');
  await page.screenshot({ path: join(shots, 'passages-wordings.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('Search answers from its word index: every hit counted, unfinished words found', async () => {
  const { page, context, errors } = await openPage({ hash: '#view=reader' });
  const analysis = await exportedAnalysis(page);
  await page.evaluate(() => { location.hash = 'view=search'; });
  await page.waitForFunction(() => window.wiretrace.state().search_input_active === true);
  await page.keyboard.type('Hom');
  await page.waitForFunction(() => window.wiretrace.state().search_query === 'Hom');
  let s = await state(page);
  assert.ok(s.search_index_words > 500, `${s.search_index_words} distinct words indexed`);
  // The same count by hand: "hom" at a word start, any case ("Homs", "homes", "Homs'").
  const count = (re) => analysis.articles.reduce((n, a) => n + (a.text.match(re) || []).length, 0);
  const hom = count(/(?<![\p{L}\p{N}])hom/giu);
  assert.equal(s.search_hits_total, hom, 'an unfinished word finds every word it begins');
  assert.equal(s.search_literal, hom, 'all listed (fewer than the list limit)');
  await page.keyboard.type('s province');
  await page.waitForFunction(() => window.wiretrace.state().search_query === 'Homs province');
  s = await state(page);
  assert.equal(s.search_hits_total, count(/(?<![\p{L}\p{N}])homs province/giu));
  assert.ok(s.search_hits_total > 0);
  await page.screenshot({ path: join(shots, 'search-indexed.png') });
  assert.deepEqual(errors, []);
  await context.close();
});
