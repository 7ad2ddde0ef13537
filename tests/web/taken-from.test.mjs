// Churnalism's view (issue 13): pick any article as the source in Sources ("Reuse against"), see
// each article's share carried by it, and read one article with only the text taken from the
// source highlighted and its verbatim / edited / paraphrased shares in words. Every wait is on
// window.wiretrace.state(), never a sleep.
//
//   node --test --test-concurrency=1 tests/web/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { shots, openPage, clickUntil } from './harness.mjs';

const AP = '000_b584b1e36c441f0d';
const EPOCH = '001_6fae27749db3383d';
const INDEPENDENT = '003_1d4940750912eb2c';
const state = (page) => page.evaluate(() => window.wiretrace.state());
test('Sources\' "Read" opens an article with only the text taken from the base highlighted', async () => {
  const { page, context, errors } = await openPage({ hash: '#view=sources', width: 1280, height: 720 });
  // The table is shown when the page reports its Read buttons.
  await clickUntil(page, () => { const r = window.wiretrace.state().sources_table_tab; return r && r[2] > 0 && r; },
                   () => Object.keys(window.wiretrace.state().sources_read_buttons || {}).length > 0);
  let s = await state(page);
  const base = s.sources_base;
  const [id, r] = Object.entries(s.sources_read_buttons)[0];
  assert.notEqual(id, base);
  await page.screenshot({ path: join(shots, 'taken-from-sources-1280.png') });
  await page.mouse.click(r[0] + r[2] / 2, r[1] + r[3] / 2);
  await page.waitForFunction((i) => window.wiretrace.state().reader_article === i && window.wiretrace.state().reader_taken, id);
  s = await state(page);
  assert.equal(s.reader_from, base);
  assert.match(s.hash, new RegExp(`from=${base}`), 'the choice is in the link');
  const t = s.reader_taken;
  assert.ok(t.spans > 0 && t.spans === s.reader_highlights, 'only the taken spans are highlighted');
  assert.ok(t.verbatim + t.edited + t.paraphrase > 0 && t.verbatim + t.edited + t.paraphrase <= 1.0001);
  await page.screenshot({ path: join(shots, 'taken-from-reader-1280.png') });
  // "Show all shared text" goes back to every outlet's highlights.
  await page.mouse.click(s.reader_show_all[0] + s.reader_show_all[2] / 2, s.reader_show_all[1] + s.reader_show_all[3] / 2);
  await page.waitForFunction(() => !window.wiretrace.state().reader_from);
  assert.doesNotMatch((await state(page)).hash, /from=/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a link names the source: the Independent taken from the AP body is mostly verbatim, Epoch is edited', async () => {
  const { page, context, errors } = await openPage({ hash: `#view=reader&article=${INDEPENDENT}&from=${AP}`, width: 1280, height: 720 });
  let s = await state(page);
  assert.equal(s.reader_from, AP);
  assert.ok(s.reader_taken.verbatim > 0.5, JSON.stringify(s.reader_taken));
  await page.evaluate((h) => { location.hash = h; }, `view=reader&article=${EPOCH}&from=${AP}`);
  await page.waitForFunction((e) => window.wiretrace.state().reader_article === e, EPOCH);
  s = await state(page);
  assert.ok(s.reader_taken.edited > 0, JSON.stringify(s.reader_taken));
  // Dark theme too: the line and the highlights stay readable.
  const th = s.controls.theme;
  await page.mouse.click(th[0] + th[2] / 2, th[1] + th[3] / 2);
  await page.waitForFunction(() => window.wiretrace.state().theme === 'dark');
  await page.screenshot({ path: join(shots, 'taken-from-reader-1280-dark.png') });
  // The article itself as its own source means none.
  await page.evaluate((h) => { location.hash = h; }, `view=reader&article=${AP}&from=${AP}`);
  await page.waitForFunction((a) => window.wiretrace.state().reader_article === a, AP);
  assert.equal((await state(page)).reader_from, undefined);
  assert.deepEqual(errors, []);
  await context.close();
});
