// Browser tests of the views on a large page (issue 9): 400 pickups of one wire story from 16
// outlets, the case Wiretrace exists for. What a journalist reads there must be counts per
// outlet, not a drawing per article: Charts' "Who took text from whom" draws a bar per outlet
// whose articles others took text from, with how many, checked here against the analysis the
// page exports (its own JSON). Every wait is on window.wiretrace.state() or status(), never a
// sleep.
//
// The page is the built seed page with another analysis dropped in, as in progressive.test.mjs.
//
//   node --test --test-concurrency=1 tests/web/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { browser, shots, BASE, serveAnalysedSite, oneStoryCorpus } from './harness.mjs';

const ARTICLES = 400;
let server;

before(async () => {
  server = await serveAnalysedSite(`one-story-${ARTICLES}-views`, (dir) => oneStoryCorpus(dir, ARTICLES, 2));
});
after(() => server?.close());

async function open(hash) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`http://127.0.0.1:${server.address().port}${BASE}${hash}`);
  await page.waitForFunction(() => {
    const s = window.wiretrace && window.wiretrace.status();
    return s && (s.error || (s.ready && !s.loading));
  }, null, { timeout: 120000 });
  return { page, context, errors };
}

async function exportedAnalysis(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.evaluate(() => window.wiretrace.exportFile('json'))]);
  return JSON.parse(readFileSync(await download.path(), 'utf8'));
}

test('Charts: at 400 articles "who took text from whom" counts articles per source outlet', async () => {
  const { page, context, errors } = await open('#view=charts');
  const s = await page.evaluate(() => window.wiretrace.state());
  assert.equal(s.error, undefined);
  assert.equal(s.articles, ARTICLES);
  assert.equal(s.charts.graph_layout, 'outlets', 'no circle of arrows at this size');

  // The same counts from the exported analysis: each article with a source in the corpus,
  // counted under its source's outlet.
  const analysis = await exportedAnalysis(page);
  const outletOf = new Map(analysis.articles.map((a) => [a.id, a.outlet]));
  const expected = new Map();
  const takers = new Map();
  let sourced = 0;
  for (const e of analysis.sources) {
    if (e.source === null) continue;
    sourced++;
    const from = outletOf.get(e.source);
    expected.set(from, (expected.get(from) || 0) + 1);
    if (!takers.has(from)) takers.set(from, new Set());
    takers.get(from).add(outletOf.get(e.article));
  }
  assert.ok(sourced > ARTICLES / 2, `most pickups have a source in the corpus (${sourced})`);
  assert.equal(s.charts.graph_sourced_articles, sourced);
  const rows = s.charts.graph_source_outlets;
  assert.deepEqual(new Map(rows.map((r) => [r.outlet, r.articles])), expected, 'articles per source outlet');
  for (const r of rows) assert.equal(r.outlets, takers.get(r.outlet).size, `${r.outlet}: outlets that took its text`);
  for (let i = 1; i < rows.length; i++) assert.ok(rows[i - 1].articles >= rows[i].articles, 'most articles first');
  assert.ok(rows.length < new Set(outletOf.values()).size + 1, 'one row per outlet, not per article');
  await page.screenshot({ path: join(shots, 'charts-sources-by-outlet.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('Claims: at 400 articles the hook lists each row\'s first 20 articles and says how many carry it', async () => {
  const { page, context, errors } = await open('#view=claims');
  await page.waitForFunction(() => window.wiretrace.state().claims_rows > 0, null, { timeout: 60000 });
  const s = await page.evaluate(() => window.wiretrace.state());
  const analysis = await exportedAnalysis(page);
  const claimById = new Map(analysis.claims.map((c) => [c.id, c]));
  let wide = 0;
  for (const r of s.claims_table) {
    const carried = new Set(claimById.get(r.id).mentions.map((m) => m.article)).size;
    assert.equal(r.articles_total, carried, `claim ${r.id}: articles that carry it`);
    assert.equal(r.articles.length, Math.min(carried, 20), `claim ${r.id}: listed articles`);
    assert.equal(r.changes.length, Math.min(r.changes_total, 20));
    assert.equal(r.differing_outlets.length, Math.min(r.differing_outlets_total, 20));
    if (carried > 20) wide++;
  }
  assert.ok(wide > 0, 'some wire claim is carried by more than 20 of the 400 pickups');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Reader: at 400 articles the margin counts every article carrying each paragraph, as Passages does', async () => {
  // Opened on Passages first, to learn from the analysis which article carries the most
  // widely carried passage.
  let { page, context, errors } = await open('#view=passages');
  const analysis = await exportedAnalysis(page);
  await context.close();
  const widest = [...analysis.passages].sort((x, y) => new Set(y.members.map((m) => m.article)).size -
                                                          new Set(x.members.map((m) => m.article)).size)[0];
  const id = analysis.articles[analysis.articles.length >> 1].id;
  const article = widest.members.some((m) => m.article === id) ? id : widest.members[0].article;
  ({ page, context, errors } = await open(`#view=reader&article=${encodeURIComponent(article)}`));
  await page.waitForFunction((a) => window.wiretrace.state().reader_article === a, article);
  const s = await page.evaluate(() => window.wiretrace.state());
  const margin = s.reader_paragraph_articles;
  const spans = s.reader_paragraph_spans;
  assert.equal(margin.length, spans.length);
  // The same count by hand, from passages alone (the margin adds paraphrase from provenance, so
  // it may be higher, never lower): other members of each passage this article carries inside
  // the paragraph.
  const outletOf = new Map(analysis.articles.map((a) => [a.id, a.outlet]));
  let checked = 0, widestHere = 0;
  spans.forEach(([b, e], p) => {
    const others = new Set();
    for (const ps of analysis.passages) {
      const own = ps.members.filter((m) => m.article === article && m.span[0] < e && m.span[1] > b);
      if (own.length === 0) continue;
      for (const m of ps.members) if (m.article !== article) others.add(m.article);
    }
    assert.ok(margin[p] >= others.size, `paragraph ${p}: margin ${margin[p]}, passages carried by ${others.size} other articles`);
    assert.ok(margin[p] <= s.reader_shared_articles, `paragraph ${p}: at most the ${s.reader_shared_articles} sharing any text`);
    // The strip's tooltip counts their outlets by name, as Passages does.
    const outlets = new Set([...others].map((a) => outletOf.get(a)));
    assert.ok(s.reader_paragraph_outlets[p] >= outlets.size, `paragraph ${p}: ${s.reader_paragraph_outlets[p]} outlets, passages ${outlets.size}`);
    assert.ok(s.reader_paragraph_outlets[p] <= Math.min(margin[p], s.reader_shared_outlets ?? Infinity), `paragraph ${p}: outlets within the articles`);
    if (others.size > 0) checked++;
    widestHere = Math.max(widestHere, others.size);
  });
  assert.ok(checked > 0, 'some paragraph of the article is in a passage');
  // The wire paragraph carried by most pickups reads as such in the margin (it read "1", the
  // article's one kept source, when the margin counted alignments only).
  assert.ok(Math.max(...margin) >= widestHere && widestHere > 100, `widest paragraph: margin ${Math.max(...margin)}, passages ${widestHere}`);
  await page.screenshot({ path: join(shots, 'reader-margin-400.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('Search: at 400 articles each result says which of its outlet\'s articles it is in (date and title)', async () => {
  const { page, context, errors } = await open('#view=search');
  const analysis = await exportedAnalysis(page);
  const byId = new Map(analysis.articles.map((a) => [a.id, a]));
  await page.waitForFunction(() => window.wiretrace.state().search_input_active === true);
  await page.keyboard.type('said');
  await page.waitForFunction(() => window.wiretrace.state().search_query === 'said');
  const s = await page.evaluate(() => window.wiretrace.state());
  assert.equal(s.search_rows.length, 20, `${s.search_results} results, the first 20 reported`);
  // Every row names its outlet and its article's title.
  for (const r of s.search_rows) {
    const a = byId.get(r.article);
    assert.ok(r.label.startsWith(a.outlet), `${r.label}: starts with its outlet`);
    assert.ok(r.label.includes(a.title), `${r.label}: carries its title "${a.title}"`);
  }
  // Two articles of one outlet read differently: the outlet alone did not tell them apart.
  const labelsOf = new Map();
  for (const r of s.search_rows) {
    const o = byId.get(r.article).outlet;
    if (!labelsOf.has(o)) labelsOf.set(o, new Map());
    labelsOf.get(o).set(r.article, r.label);
  }
  const outletWithSeveral = [...labelsOf.values()].find((m) => m.size > 1);
  if (outletWithSeveral) assert.equal(new Set(outletWithSeveral.values()).size, outletWithSeveral.size, 'one label per article');
  await page.screenshot({ path: join(shots, 'search-rows-400.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('Sources: at 1,000 articles the tree\'s legend counts with grouped digits', async () => {
  const big = await serveAnalysedSite('one-story-1000-sources', (dir) => oneStoryCorpus(dir, 1000, 1));
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${big.address().port}${BASE}#view=sources`);
  await page.waitForFunction(() => { const s = window.wiretrace && window.wiretrace.status(); return s && (s.error || (s.ready && !s.loading)); }, null, { timeout: 120000 });
  await page.waitForFunction(() => window.wiretrace.state().sources_tree);
  const s = await page.evaluate(() => window.wiretrace.state());
  assert.equal(s.articles, 1000);
  const edges = s.sources_tree.edges;
  assert.ok(edges >= 1000 - 100 && edges < 1000, `${edges} articles with a source`);
  // "953 of 1,000 articles have a source": the page's 10,000 read "9406 of 10000 articles".
  const grouped = edges.toLocaleString('en-US');
  assert.ok(s.sources_tree.summary.endsWith(`${grouped} of 1,000 articles have a source in the corpus.`), s.sources_tree.summary);
  await page.screenshot({ path: join(shots, 'sources-tree-1000.png') });
  await context.close();
  big.close();
});
