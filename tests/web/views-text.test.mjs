// Browser tests of the text views (issue 5): Reader, Compare, Passages, Search. Each opens from a
// deep link and is checked through window.wiretrace.state(); every wait is on the hook, never on
// a sleep. Screenshots go to build/screenshots/ to be looked at.
//
//   node --test --test-concurrency=1 tests/web/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { shots, openPage } from './harness.mjs';

const AP = '000_b584b1e36c441f0d';
const INDEPENDENT = '003_1d4940750912eb2c';
const state = (page) => page.evaluate(() => window.wiretrace.state());

test('Reader highlights shared text; a click on a highlight opens Compare on the matching span', async () => {
  const { page, context, errors } = await openPage({ hash: `#view=reader&article=${AP}` });
  await page.waitForFunction(() => window.wiretrace.state().reader_first_highlight);
  let s = await state(page);
  assert.equal(s.view, 'reader');
  assert.equal(s.reader_article, AP);
  assert.ok(s.reader_highlights > 0, `reader shows ${s.reader_highlights} highlighted spans`);
  await page.screenshot({ path: join(shots, 'reader-highlights.png') });
  const r = s.reader_first_highlight;
  await page.mouse.move(r.x + r.w / 2, r.y + r.h / 2);
  await page.mouse.down();
  await page.mouse.up();
  await page.waitForFunction(() => window.wiretrace.state().view === 'compare');
  await page.waitForFunction(() => window.wiretrace.state().compare_focus);
  s = await state(page);
  assert.equal(s.selected[0], AP);
  assert.equal(s.selected.length, 2);
  assert.equal(s.compare_articles.length, 2);
  // The focus is the highlight that was clicked, and the other column is on its counterpart.
  const f = s.compare_focus;
  assert.equal(f.article, AP);
  assert.ok(f.span[0] <= r.at && r.at < f.span[1], `clicked byte ${r.at} inside ${f.span}`);
  assert.equal(f.other, s.selected[1]);
  assert.ok(f.other_span[1] > f.other_span[0]);
  assert.ok(f.other_visible, 'the counterpart is scrolled into view');
  await page.screenshot({ path: join(shots, 'compare-from-reader.png') });
  assert.deepEqual(errors, []);
  await context.close();
});
