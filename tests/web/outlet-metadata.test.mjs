// Outlet metadata (issue 13, as Ground News shows it): country, owner and lean from the corpus's
// front matter, shown where given and nowhere else: a line under the title in Sources' table,
// Reader's header, the Sources CSV. The page is the built seed page with the analysis of
// tests/data/outlet-metadata dropped in (the app does not change with the corpus), as
// progressive.test.mjs does. Every wait is on window.wiretrace.state(), never a sleep.
//
//   node --test --test-concurrency=1 tests/web/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { browser, root, shots, BASE, serveAnalysedSite, clickUntil } from './harness.mjs';

let server;

before(async () => {
  server = await serveAnalysedSite('outlet-metadata', () => join(root, 'tests', 'data', 'outlet-metadata'));
});
after(() => server?.close());

const state = (page) => page.evaluate(() => window.wiretrace.state());
async function open(hash, { width = 1280, height = 720, theme } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme: theme || 'light' });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`http://127.0.0.1:${server.address().port}${BASE}${hash}`);
  await page.waitForFunction(() => { const s = window.wiretrace && window.wiretrace.state(); return s && (s.ready || s.error); },
                             null, { timeout: 60000 });
  return { page, context, errors };
}

test('Sources and Reader show the metadata the corpus gives, and invent none', async () => {
  for (const [width, height] of [[1280, 720], [390, 844]]) {
    for (const theme of ['light', 'dark']) {
      const { page, context, errors } = await open('#view=sources', { width, height, theme });
      assert.equal((await state(page)).articles, 3);
      // The tree on a phone wraps each article's title and evidence under its outlet.
      assert.equal((await state(page)).sources_tree_layout, width < 600 ? 'narrow' : 'rows');
      await page.screenshot({ path: join(shots, `metadata-tree-${width}-${theme}.png`) });
      await clickUntil(page, () => { const r = window.wiretrace.state().sources_table_tab; return r && r[2] > 0 && r; },
                       () => Object.keys(window.wiretrace.state().sources_metadata || {}).length === 2);
      const s = await state(page);
      assert.deepEqual(s.sources_metadata, {
        a_wire: 'country: Atlantis \u00b7 owner: Example Wire Cooperative',
        b_daily: 'country: Atlantis \u00b7 owner: Example Media Group \u00b7 lean: centre-right',
      }, 'c_plain gives none, so nothing is drawn for it');
      // On a phone the table is three columns that fit (issue 13: no sideways scrolling to reach
      // Provenance and the base's share); at 1280 px it keeps its seven columns.
      assert.equal(s.sources_table_layout, width < 600 ? 'narrow' : 'columns');
      if (width < 600) assert.equal(s.sources_table_scroll_max_x, 0, 'the phone table scrolls sideways');
      await page.screenshot({ path: join(shots, `metadata-sources-${width}-${theme}.png`) });

      await page.evaluate(() => { location.hash = 'view=reader&article=b_daily'; });
      await page.waitForFunction(() => window.wiretrace.state().reader_article === 'b_daily');
      assert.equal((await state(page)).reader_metadata, 'country: Atlantis \u00b7 owner: Example Media Group \u00b7 lean: centre-right');
      await page.screenshot({ path: join(shots, `metadata-reader-${width}-${theme}.png`) });
      await page.evaluate(() => { location.hash = 'view=reader&article=c_plain'; });
      await page.waitForFunction(() => window.wiretrace.state().reader_article === 'c_plain');
      assert.equal((await state(page)).reader_metadata, '');
      assert.deepEqual(errors, []);
      await context.close();
    }
  }
});

test('the Sources CSV has a column for each key some article gives', async () => {
  const { page, context, errors } = await open('#view=sources');
  const [download] = await Promise.all([page.waitForEvent('download'), page.evaluate(() => window.wiretrace.exportFile('csv'))]);
  const rows = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.match(rows[0], /^article,outlet,title,date,byline,country,owner,lean,words,/);
  const byId = Object.fromEntries(rows.slice(1).map((r) => [r.split(',')[0], r.split(',')]));
  assert.deepEqual(byId.b_daily.slice(5, 8), ['Atlantis', 'Example Media Group', 'centre-right']);
  assert.deepEqual(byId.c_plain.slice(5, 8), ['', '', '']);
  assert.deepEqual(errors, []);
  await context.close();
});
