// Compare with many articles on a laptop screen, and each chart's own CSV export (issue 13).
// Pane sizes and exports are read through window.wiretrace.state(); every wait is on it, never
// a sleep.
//
//   node --test --test-concurrency=1 tests/web/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shots, openPage, expectedArticles } from './harness.mjs';

const state = (page) => page.evaluate(() => window.wiretrace.state());
const FOUR = '000_b584b1e36c441f0d,001_6fae27749db3383d,002_bd84230b44241b6d,003_1d4940750912eb2c';

test('Compare keeps four articles side by side at 1280×720, each pane readable', async () => {
  for (const theme of ['light', 'dark']) {
    const { page, context, errors } = await openPage({ hash: `#view=compare&article=${FOUR}`, width: 1280, height: 720 });
    if ((await state(page)).theme !== theme) {
      const t = (await state(page)).controls.theme;
      await page.mouse.click(t[0] + t[2] / 2, t[1] + t[3] / 2);
      await page.waitForFunction((m) => window.wiretrace.state().theme === m, theme);
    }
    const s = await state(page);
    assert.equal(s.compare_articles.length, 4);
    assert.equal(s.compare_stacked, false);
    assert.equal(s.compare_per_row, 4, 'one row of four columns');
    for (const [x, y, w, h] of s.compare_panes) {
      // 14 em of 17 px: about 30 characters a line; the full height below the toolbar.
      assert.ok(w >= 238, `pane ${w} px wide`);
      assert.ok(h >= 450, `pane ${h} px high (they were 130 px stacked)`);
      assert.ok(x + w <= 1280 && y + h <= 720, 'inside the window');
    }
    const tops = new Set(s.compare_panes.map((p) => Math.round(p[1])));
    assert.equal(tops.size, 1, 'all at the same height');
    assert.ok(s.compare_links >= 3, `${s.compare_links} bands join neighbours`);
    await page.screenshot({ path: join(shots, `compare-four-1280-${theme}.png`) });
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('Compare wraps five articles into rows on a narrower window, and stacks on a phone', async () => {
  const five = `${FOUR},004_aedac83a978ebf78`;
  let { page, context, errors } = await openPage({ hash: `#view=compare&article=${five}`, width: 1000, height: 720 });
  let s = await state(page);
  assert.equal(s.compare_articles.length, 5);
  assert.equal(s.compare_per_row, 3, 'five panes of at least 14 em do not fit 1000 px: rows of 3 and 2');
  for (const [, , w, h] of s.compare_panes) assert.ok(w >= 238 && h >= 200, `${w}x${h}`);
  await page.screenshot({ path: join(shots, 'compare-five-1000.png') });
  assert.deepEqual(errors, []);
  await context.close();
  ({ page, context, errors } = await openPage({ hash: `#view=compare&article=${FOUR}`, width: 390, height: 844, touch: true }));
  s = await state(page);
  assert.equal(s.compare_stacked, true);
  assert.equal(s.compare_per_row, 1);
  await page.screenshot({ path: join(shots, 'compare-four-390.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

// Scrolls Charts with the wheel until the chart's export button is in the window, and clicks it.
async function exportChart(page, name) {
  for (let i = 0; i < 40; i++) {
    const r = (await state(page)).charts.export_buttons[name];
    if (r[3] > 0 && r[1] > 60 && r[1] + r[3] < 700) {
      const [d] = await Promise.all([page.waitForEvent('download'), page.mouse.click(r[0] + r[2] / 2, r[1] + r[3] / 2)]);
      return { name: d.suggestedFilename(), rows: readFileSync(await d.path(), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n') };
    }
    const before = r[1];
    await page.mouse.move(640, 400);
    await page.mouse.wheel(0, r[1] > 400 ? 300 : -300);
    await page.waitForFunction(([n, y]) => window.wiretrace.state().charts.export_buttons[n][1] !== y, [name, before]);
  }
  throw new Error(`the ${name} export button never came into view`);
}

test('each chart exports its own data as CSV', async () => {
  const { page, context, errors } = await openPage({ hash: '#view=charts', width: 1280, height: 720 });
  const s = await state(page);
  let csv = await exportChart(page, 'provenance');
  assert.equal(csv.name, 'wiretrace-chart-provenance.csv');
  assert.equal(csv.rows[0], 'outlet,articles,verbatim,edited,paraphrase,original,boilerplate');
  assert.equal(csv.rows.length, 1 + s.charts.outlets, 'a row per outlet, as the bars');
  csv = await exportChart(page, 'sources-graph');
  assert.equal(csv.rows[0], 'article,outlet,date,source_article,source_outlet,source_date,share');
  assert.equal(csv.rows.length, 1 + s.charts.graph_edges, 'a row per edge drawn');
  csv = await exportChart(page, 'timeline');
  assert.equal(csv.rows[0], 'from,bin,articles,outlets');
  assert.equal(csv.rows.slice(1).reduce((n, r) => n + Number(r.split(',')[2]), 0), expectedArticles,
               'every article is in one bin (or undated)');
  csv = await exportChart(page, 'overlap');
  assert.equal(csv.rows[0], 'article,outlet,carried_by_article,carried_by_outlet,share');
  assert.equal(csv.rows.length, 1 + expectedArticles * (expectedArticles - 1), 'every ordered pair');
  csv = await exportChart(page, 'numbers');
  assert.match(csv.rows[0], /^claim,label,unit,value,low,high,as_written,articles,outlets$/);
  assert.ok(csv.rows.length - 1 >= (await state(page)).charts.quantity_lanes, 'a row per value lane');
  csv = await exportChart(page, 'citations');
  assert.match(csv.rows[0], /^source,total,/);
  assert.equal(csv.rows.length, 1 + s.charts.cited_sources);
  assert.deepEqual(errors, []);
  await context.close();
});
