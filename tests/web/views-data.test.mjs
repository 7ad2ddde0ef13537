// Browser tests of the data views and the shell: Sources, Claims, Charts open from deep links,
// the CSV and JSON exports download, Ctrl+F and Back move between views, the theme toggles,
// and every view is photographed at 1280×720 (and the phone layout at 390×844).
//
//   node --test --test-concurrency=1 tests/web/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shots, expectedArticles, openPage } from './harness.mjs';

const state = (page) => page.evaluate(() => window.wiretrace.state());
// The app reports a view as soon as it switches to it and draws it on the next frames; the page
// answers between frames, so a test reads or exports the view's table after a few frames.
const drawn = (page) => page.evaluate(async () => {
  for (let i = 0; i < 3; i++) await new Promise((done) => requestAnimationFrame(done));
});

// Clicks a control the app reports in the hook ([x, y, w, h] in CSS pixels).
async function clickControl(page, rect) {
  assert.ok(rect, 'control reported by the hook');
  await page.mouse.click(rect[0] + rect[2] / 2, rect[1] + rect[3] / 2);
}

test('Sources opens from a deep link with every article, its provenance and reuse share', async () => {
  const { page, context, errors } = await openPage({ hash: '#view=sources', width: 1280, height: 720 });
  const s = await state(page);
  assert.equal(s.view, 'sources');
  assert.equal(s.sources_rows, expectedArticles);
  assert.equal(s.sources_order.length, expectedArticles);
  assert.ok(s.sources_base, 'a base article is chosen for the reuse column');
  assert.equal(s.sources_reuse[s.sources_base], 1);
  // The sources tree of the seeds: the two AP copies (000, 003) credit the wire, whose own report
  // is not in the corpus: siblings under it; the rest share text on the same day without a
  // credit: unknown, never guessed. No article is another's source.
  const buckets = Object.fromEntries(s.sources_tree.buckets.map((b) => [b.label, b.articles]));
  assert.equal(buckets['The Associated Press'], 2, JSON.stringify(s.sources_tree));
  assert.equal(buckets['Source unknown'], 3, JSON.stringify(s.sources_tree));
  assert.equal(s.sources_tree.edges, 0);
  assert.equal(s.theme === 'light' || s.theme === 'dark', true);
  // Down moves the selection to the next row as sorted, and the hash follows.
  await page.locator('#canvas').focus();
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => window.wiretrace.state().selected[0] !== '000_b584b1e36c441f0d');
  assert.match(await page.evaluate(() => location.hash), /article=/);
  await page.screenshot({ path: join(shots, 'views-sources-1280.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('Claims opens from a deep link; filters change the rows', async (t) => {
  const { page, context, errors } = await openPage({ hash: '#view=claims', width: 1280, height: 720 });
  let s = await state(page);
  assert.equal(s.view, 'claims');
  assert.equal(typeof s.claims_rows, 'number');
  assert.equal(typeof s.differences_shown, 'number');
  assert.equal(s.claims_table.length, Math.min(s.claims_rows, 300));
  await page.screenshot({ path: join(shots, 'views-claims-1280.png') });
  if (s.claims_rows > 0) {
    // The seeds' distance to Homs: stated by 000, 001, 002 and 003, no quantity conflict.
    const homs = s.claims_table.find((r) => /Homs/i.test(r.label) && r.type === 'quantity');
    assert.ok(homs, `no quantity claim about Homs among ${s.claims_table.map((r) => r.label).join(' | ')}`);
    for (const id of ['000_b584b1e36c441f0d', '001_6fae27749db3383d', '002_bd84230b44241b6d', '003_1d4940750912eb2c'])
      assert.ok(homs.articles.includes(id), `${id} states the distance to Homs`);
    assert.ok(!homs.kinds.includes('quantity'), 'no quantity conflict');
    const all = s.claims_rows;
    await clickControl(page, s.claims_controls.differences_only);
    await page.waitForFunction(() => window.wiretrace.state().claims_filter.differences_only);
    s = await state(page);
    assert.ok(s.claims_rows <= all);
    assert.ok(s.claims_table.every((r) => r.kinds.length > 0), 'only claims with differences remain');
    await clickControl(page, s.claims_controls.differences_only);
    await clickControl(page, s.claims_controls.unique_only);
    await page.waitForFunction(() => window.wiretrace.state().claims_filter.unique_only);
    s = await state(page);
    assert.ok(s.claims_table.every((r) => r.outlets === 1), 'only claims one outlet makes remain');
  } else {
    t.diagnostic('the embedded analysis has no claims yet (claims branch not merged): matrix checks skipped');
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('Charts opens from a deep link and draws its charts', async () => {
  const { page, context, errors } = await openPage({ hash: '#view=charts', width: 1280, height: 720 });
  const s = await state(page);
  assert.equal(s.view, 'charts');
  assert.equal(s.charts.outlets, expectedArticles, 'one provenance bar per outlet (seeds: one article each)');
  // The graph draws each article's source in the corpus (the sources tree); the seeds have
  // none: two AP copies are siblings under the wire, the others' sources are unknown.
  assert.equal(s.charts.graph_edges, 0, 'no seed article is another\'s source');
  // Numbers: one lane per distinct value with its count, not one per article (the seeds give
  // the same figure in several outlets, e.g. two towns, 5 km).
  assert.ok(s.charts.quantity_lanes > 0 && s.charts.quantity_lanes < s.charts.quantity_mentions,
    `numbers chart lanes ${s.charts.quantity_lanes} for ${s.charts.quantity_mentions} mentions`);
  // The timeline: the seeds are all dated 6 December 2024 without a time, so one day bin.
  assert.deepEqual(s.charts.timeline.bins, [expectedArticles]);
  assert.equal(s.charts.timeline.bin_minutes, 1440);
  assert.equal(s.charts.timeline.first_bin, '2024-12-06');
  assert.equal(s.charts.timeline.undated, 0);
  await page.screenshot({ path: join(shots, 'views-charts-1280.png') });
  // The provenance bars' outlet names fit beside the bars at 1280 px; on a phone each goes on
  // its own line over its bar (cut beside them, "Unnamed outlet (A" and "(B" were one name).
  assert.equal(s.charts.provenance_layout, 'side');
  assert.equal(s.charts.provenance_labels_cut, 0, 'an outlet name is cut at 1280 px');
  assert.deepEqual(errors, []);
  await context.close();
  for (const theme of ['light', 'dark']) {
    const phone = await openPage({ hash: '#view=charts', width: 390, height: 844, touch: true });
    await phone.page.emulateMedia({ colorScheme: theme });
    await phone.page.evaluate((t) => { if (window.wiretrace.state().theme !== t) Module._wiretrace_system_theme(t === 'dark' ? 1 : 0); }, theme);
    await phone.page.waitForFunction((t) => window.wiretrace.state().theme === t, theme);
    const p = await state(phone.page);
    assert.equal(p.charts.provenance_layout, 'stacked');
    assert.equal(p.charts.provenance_labels_cut, 0, 'an outlet name is cut on a phone');
    await phone.page.screenshot({ path: join(shots, `views-charts-390-${theme}.png`) });
    assert.deepEqual(phone.errors, []);
    await phone.context.close();
  }
});

test('Charts: the overlap matrix gives every pair both ways, and a click on a cell compares the two', async () => {
  const { page, context, errors } = await openPage({ hash: '#view=charts', width: 1280, height: 900 });
  let s = await state(page);
  assert.equal(s.charts.overlap.articles, expectedArticles, 'the seeds are few: every article is a row');
  const cell = s.charts.overlap.first_cell;
  assert.ok(cell.share > 0 || cell.reverse > 0, 'the first two seeds share wire text');
  // Scroll the matrix into view, then click the cell of row 1, column 2.
  while (!(s.charts.overlap.first_cell.box && s.charts.overlap.first_cell.box.y + s.charts.overlap.first_cell.box.h < 880)) {
    await page.mouse.move(640, 450);
    await page.mouse.wheel(0, 300);
    await page.waitForFunction((y) => {
      const c = window.wiretrace.state().charts.overlap.first_cell;
      return !c.box || c.box.y !== y;
    }, s.charts.overlap.first_cell.box ? s.charts.overlap.first_cell.box.y : -1);
    s = await state(page);
  }
  await page.screenshot({ path: join(shots, 'charts-overlap-1280.png') });
  const box = s.charts.overlap.first_cell.box;
  await page.mouse.click(box.x + box.w / 2, box.y + box.h / 2);
  await page.waitForFunction(() => window.wiretrace.state().view === 'compare');
  await drawn(page);
  s = await state(page);
  assert.deepEqual(s.selected, [cell.row, cell.column]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Export CSV downloads the table of the current view; Export JSON the whole analysis', async () => {
  const { page, context, errors } = await openPage({ hash: '#view=sources', width: 1280, height: 720 });
  const s = await state(page);
  let [download] = await Promise.all([page.waitForEvent('download'), clickControl(page, s.controls.export_csv)]);
  assert.equal(download.suggestedFilename(), 'wiretrace-sources.csv');
  const raw = readFileSync(await download.path());
  assert.deepEqual([...raw.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a CSV starts with the UTF-8 BOM');
  const csv = raw.toString('utf8').slice(1).trim().split('\r\n');
  assert.equal(csv[0], 'article,outlet,title,date,byline,words,verbatim,edited,paraphrase,original,boilerplate,reuse_base,shared_with_base',
               'the "Shared with base" column is exported with the base it is against');
  assert.equal(csv.length, 1 + expectedArticles, 'a header and one row per article');
  assert.deepEqual(csv.slice(1).map((l) => l.split(',')[0]), s.sources_order, 'rows in the order shown');
  const sourcesRows = parseCsv(raw.toString('utf8').slice(1));
  for (const r of sourcesRows.slice(1)) {
    assert.equal(r[11], s.sources_base);
    assert.ok(Math.abs(Number(r[12]) - s.sources_reuse[r[0]]) < 0.001, `${r[0]}: ${r[12]} as shown`);
  }

  [download] = await Promise.all([page.waitForEvent('download'), clickControl(page, s.controls.export_json)]);
  assert.equal(download.suggestedFilename(), 'wiretrace-analysis.json');
  const analysis = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(analysis.articles.length, expectedArticles);

  // The Claims view exports its own table.
  await page.evaluate(() => { location.hash = 'view=claims'; });
  await page.waitForFunction(() => window.wiretrace.state().view === 'claims');
  await drawn(page);
  [download] = await Promise.all([page.waitForEvent('download'), page.evaluate(() => window.wiretrace.exportFile('csv'))]);
  assert.equal(download.suggestedFilename(), 'wiretrace-claims.csv');
  const claims = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').split('\r\n');
  assert.match(claims[0], /^claim,label,type,article,outlet,begin,end,text/);

  // And Passages its own: one line per member of each passage the view lists.
  await page.evaluate(() => { location.hash = 'view=passages'; });
  await page.waitForFunction(() => window.wiretrace.state().view === 'passages');
  await drawn(page);
  const shown = (await state(page)).passages;
  [download] = await Promise.all([page.waitForEvent('download'), page.evaluate(() => window.wiretrace.exportFile('csv'))]);
  assert.equal(download.suggestedFilename(), 'wiretrace-passages.csv');
  const passages = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.match(passages[0], /^passage,/);
  const ids = new Set(passages.slice(1).map((line) => line.split(',')[0]));
  assert.equal(ids.size, shown, 'every passage the view lists is in the file');
  assert.ok(passages.length - 1 >= 2 * shown, 'each passage has at least two members');
  assert.deepEqual(errors, []);
  await context.close();
});

// RFC 4180, as the core writes it (quoted fields may hold commas, quotes and line breaks).
function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; ++i) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; ++i; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; ++i; }
    else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

async function downloadCsv(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.evaluate(() => window.wiretrace.exportFile('csv'))]);
  return { name: download.suggestedFilename(), rows: parseCsv(readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '')) };
}

test('Search, Reader and Compare export what they show, not another view\'s table', async () => {
  const { page, context, errors } = await openPage({ hash: '#view=search&q=mother%20of%20all', width: 1280, height: 720 });
  await page.waitForFunction(() => window.wiretrace.state().search_results > 0);
  const s = await state(page);
  let csv = await downloadCsv(page);
  assert.equal(csv.name, 'wiretrace-search.csv');
  assert.deepEqual(csv.rows[0], ['query', 'result', 'article', 'outlet', 'title', 'found', 'aligned_with', 'begin', 'end', 'match', 'context']);
  assert.equal(csv.rows.length - 1, s.search_results, 'one row per result listed');
  assert.equal(csv.rows.filter((r) => r[5] === 'literal').length, s.search_literal);
  for (const r of csv.rows.slice(1).filter((r) => r[5] === 'literal')) assert.match(r[9], /^mother of all/i);

  await page.evaluate(() => { location.hash = 'view=reader&article=003_1d4940750912eb2c'; });
  await page.waitForFunction(() => window.wiretrace.state().reader_article === '003_1d4940750912eb2c');
  await drawn(page);
  csv = await downloadCsv(page);
  assert.equal(csv.name, 'wiretrace-reader.csv');
  assert.equal(csv.rows[0][0], 'article');
  assert.ok(csv.rows.length > 5, 'the Independent shares many spans');
  assert.ok(csv.rows.slice(1).every((r) => r[0] === '003_1d4940750912eb2c' && r[6] !== r[0]), 'the shown article against others');

  await page.evaluate(() => { location.hash = 'view=compare&article=003_1d4940750912eb2c,002_bd84230b44241b6d'; });
  await page.waitForFunction(() => window.wiretrace.state().view === 'compare');
  await drawn(page);
  csv = await downloadCsv(page);
  assert.equal(csv.name, 'wiretrace-compare.csv');
  assert.ok(csv.rows.length > 2);
  assert.ok(csv.rows.slice(1).every((r) => r[0] === '003_1d4940750912eb2c' && r[6] === '002_bd84230b44241b6d'),
            'only the text the two articles side by side share');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Ctrl+F opens Search and Back returns to the view before', async () => {
  const { page, context, errors } = await openPage({ hash: '#view=claims', width: 1280, height: 720 });
  await page.locator('#canvas').focus();
  await page.keyboard.press('Control+f');
  await page.waitForFunction(() => window.wiretrace.state().view === 'search');
  await drawn(page);
  await page.goBack();
  await page.waitForFunction(() => window.wiretrace.state().view === 'claims');
  await drawn(page);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the theme button switches light and dark', async () => {
  const { page, context, errors } = await openPage({ hash: '#view=charts', width: 1280, height: 720 });
  const before = (await state(page)).theme;
  await clickControl(page, (await state(page)).controls.theme);
  await page.waitForFunction((b) => window.wiretrace.state().theme !== b, before);
  const after = (await state(page)).theme;
  assert.notEqual(after, before);
  await page.screenshot({ path: join(shots, `views-charts-1280-${after}.png`) });
  await page.evaluate(() => { location.hash = 'view=claims'; });
  await page.waitForFunction(() => window.wiretrace.state().view === 'claims');
  await drawn(page);
  await page.screenshot({ path: join(shots, `views-claims-1280-${after}.png`) });
  // The choice outlives the visit: a reload opens in the picked theme, whatever the system's.
  await page.reload();
  await page.waitForFunction(() => window.wiretrace && window.wiretrace.state().ready);
  assert.equal((await state(page)).theme, after);
  // The system switches to the chosen scheme and back (each a change the page hears).
  for (const scheme of [after, before]) {
    const changes = await page.evaluate(() => window.wiretraceShell.schemeChanges);
    await page.emulateMedia({ colorScheme: scheme });
    await page.waitForFunction((n) => window.wiretraceShell.schemeChanges > n, changes);
  }
  assert.equal((await state(page)).theme, after, 'the system scheme no longer overrides the choice');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a screenshot of every view at 1280×720 and the phone layout at 390×844', async () => {
  const views = ['sources', 'reader', 'compare', 'passages', 'claims', 'charts', 'search'];
  const { page, context, errors } = await openPage({ hash: '#view=sources', width: 1280, height: 720 });
  for (const v of views) {
    await page.evaluate((v) => { location.hash = 'view=' + v; }, v);
    await page.waitForFunction((v) => window.wiretrace.state().view === v, v);
    await page.screenshot({ path: join(shots, `view-${v}-1280x720.png`) });
  }
  assert.deepEqual(errors, []);
  await context.close();
  for (const v of ['sources', 'claims', 'charts']) {
    const phone = await openPage({ hash: '#view=' + v, width: 390, height: 844, dpr: 2 });
    assert.equal((await state(phone.page)).view, v);
    await phone.page.screenshot({ path: join(shots, `view-${v}-390x844.png`) });
    assert.deepEqual(phone.errors, []);
    await phone.context.close();
  }
});

test('the app reports its own frame time', async () => {
  const { page, context } = await openPage({ hash: '#view=claims', width: 1280, height: 720 });
  await page.mouse.move(640, 400);
  await page.mouse.wheel(0, 200);
  await page.waitForFunction(() => window.wiretrace.state().frames > 3);
  const s = await state(page);
  assert.equal(typeof s.frame_ms_p95, 'number');
  assert.ok(s.frame_ms_p95 >= 0);
  await context.close();
});
