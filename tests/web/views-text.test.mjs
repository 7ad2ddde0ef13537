// Browser tests of the text views (issue 5): Reader, Compare, Passages, Search. Each opens from a
// deep link and is checked through window.wiretrace.state(); every wait is on the hook, never on
// a sleep. Screenshots go to build/screenshots/ to be looked at.
//
//   node --test --test-concurrency=1 tests/web/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
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
  // The margin's heat strip: most AP paragraphs are carried by other seeds (the Independent runs
  // the same wire copy), none by more than the four others.
  const reach = s.reader_paragraph_articles;
  assert.equal(reach.length, s.reader_paragraphs);
  assert.ok(reach.every((n) => n >= 0 && n <= 4), `per paragraph ${reach}`);
  assert.ok(reach.filter((n) => n >= 1).length >= 0.75 * reach.length, `AP paragraphs carried elsewhere: ${reach}`);
  assert.ok(Math.max(...reach) >= 3, 'some wire paragraph travelled to most outlets');
  await page.screenshot({ path: join(shots, 'reader-highlights.png') });
  const r = s.reader_first_highlight;
  await page.mouse.move(r.x + r.w / 2, r.y + r.h / 2);
  // Hovering shows the other outlets' wording.
  await page.waitForFunction(() => window.wiretrace.state().reader_tooltip_outlets > 0);
  await page.screenshot({ path: join(shots, 'reader-tooltip.png') });
  await page.mouse.down();
  await page.mouse.up();
  await page.waitForFunction(() => window.wiretrace.state().view === 'compare');
  await page.waitForFunction(() => window.wiretrace.state().compare_focus);
  // The column scrolls to the counterpart on the frames after the one that set the focus; the
  // page answers between frames, so give it a few before checking.
  await page.waitForFunction(() => window.wiretrace.state().compare_focus.other_visible, null, { timeout: 5000 })
    .catch(() => {});
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

test('Compare opens from a deep link with the articles side by side and their passages joined', async () => {
  const { page, context, errors } = await openPage({ hash: `#view=compare&article=${AP},${INDEPENDENT}` });
  const s = await state(page);
  assert.equal(s.view, 'compare');
  assert.deepEqual(s.compare_articles, [AP, INDEPENDENT]);
  assert.ok(s.compare_links >= 1, `${s.compare_links} joined passages`);
  assert.equal(s.compare_stacked, false);
  await page.screenshot({ path: join(shots, 'compare.png') });
  // Linked scrolling: the wheel over the base column brings the other column along.
  await page.mouse.move(300, 500);
  await page.mouse.wheel(0, 400);
  await page.waitForFunction(() => {
    const c = window.wiretrace.state().compare_scroll;
    return c[0] > 0 && c[1] > 0;
  });
  await page.screenshot({ path: join(shots, 'compare-scrolled.png') });
  // Three articles: a rewrite with edits joins too, and its bands are counted.
  await page.evaluate((h) => { window.location.hash = h; }, `view=compare&article=${AP},001_6fae27749db3383d,${INDEPENDENT}`);
  await page.waitForFunction(() => window.wiretrace.state().compare_articles.length === 3);
  const s3 = await state(page);
  assert.ok(s3.compare_links > s.compare_links, 'more columns, more bands');
  await page.screenshot({ path: join(shots, 'compare-three.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('Compare stacks its columns on a 390-pixel phone', async () => {
  const { page, context, errors } = await openPage({ width: 390, height: 844, hash: `#view=compare&article=001_6fae27749db3383d,${AP}&at=871` });
  await page.waitForFunction(() => window.wiretrace.state().compare_focus?.other_visible);
  const s = await state(page);
  assert.equal(s.compare_stacked, true);
  await page.screenshot({ path: join(shots, 'compare-phone.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('Passages lists text carried by two or more outlets, most widely carried first', async () => {
  const { page, context, errors } = await openPage({ hash: '#view=passages' });
  const s = await state(page);
  assert.equal(s.view, 'passages');
  assert.ok(s.passages > 0, `${s.passages} passages`);
  assert.ok(s.passages_first_outlets >= 3, 'the first row is carried by several outlets');
  // Its wordings are collated against the most carried one: the outlets that edited it have
  // their changed words marked (the SANA sentence: "on Friday", "air forces were", …).
  assert.ok(s.passages_selected_wordings >= 2, `${s.passages_selected_wordings} wordings`);
  assert.ok(s.passages_changed_words >= 3, `${s.passages_changed_words} words marked`);
  await page.screenshot({ path: join(shots, 'passages.png') });
  // The aligned pairs (TextPAIR's list): switched to with a click, exported as listed.
  const t = s.passages_pairs_toggle;
  await page.mouse.click(t.x + t.w / 2, t.y + t.h / 2);
  await page.waitForFunction(() => window.wiretrace.state().passages_show_pairs === true);
  const p = await state(page);
  assert.ok(p.pairs_rows > 0, `${p.pairs_rows} aligned pairs`);
  await page.screenshot({ path: join(shots, 'passages-pairs.png') });
  const [download] = await Promise.all([page.waitForEvent('download'), page.evaluate(() => window.wiretrace.exportFile('csv'))]);
  const lines = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.match(lines[0], /^score,kind,article_a,/);
  const scores = lines.slice(1).map((l) => Number(l.split(',')[0]));
  assert.equal(scores.length, p.pairs_rows, 'every listed pair is in the file, one line each');
  assert.ok(scores.every((x, i) => i === 0 || x <= scores[i - 1]), 'most similar first, as listed');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Passages on a phone: the passage gets the table\'s width, on two lines', async () => {
  const { page, context, errors } = await openPage({ hash: '#view=passages', width: 390, height: 844, touch: true });
  const s = await state(page);
  // Three count columns left the passage ~8 em, cut after a few words; the phone's table has
  // the outlets' count over the chips in one column and two lines of the passage.
  assert.equal(s.passages_list_layout, 'narrow');
  const em = 17;
  assert.ok(s.passages_passage_width >= 14 * em, `the passage column gives ${s.passages_passage_width} px`);
  await page.screenshot({ path: join(shots, 'passages-390.png') });
  assert.deepEqual(errors, []);
  await context.close();
  const wide = await openPage({ hash: '#view=passages', width: 1280, height: 720 });
  assert.equal((await state(wide.page)).passages_list_layout, 'columns');
  await wide.context.close();
});

test('Search finds "mother of all battles" in all five articles; Enter opens Reader at the hit; Esc goes back', async () => {
  const { page, context, errors } = await openPage({ hash: '#view=passages' });
  await page.evaluate(() => { window.location.hash = 'view=search'; });
  // Typing before the field has the keyboard would lose the first keys.
  await page.waitForFunction(() => window.wiretrace.state().search_input_active === true);
  await page.keyboard.type('"Mother of all Battles"');
  // ImGui takes one typed character per frame; with software GL the page draws about ten frames a
  // second, so the keys can all be sent before the query has them all.
  await page.waitForFunction(() => window.wiretrace.state().search_query === '"Mother of all Battles"' &&
                             window.wiretrace.state().search_results > 0);
  let s = await state(page);
  assert.equal(s.search_query, '"Mother of all Battles"');
  assert.equal(s.search_literal, 4, 'four articles quote it word for word');
  assert.equal(s.search_articles, 5, 'the paraphrase in 002 is found through its alignment');
  assert.equal(s.search_back_to, 'passages');
  await page.screenshot({ path: join(shots, 'search.png') });
  await page.keyboard.press('Enter');
  // The view switches between frames and Reader reports its article once it has drawn it.
  await page.waitForFunction(() => window.wiretrace.state().view === 'reader' && window.wiretrace.state().reader_article !== '');
  s = await state(page);
  assert.equal(s.reader_article, AP);
  assert.match(s.hash, /at=\d+/);
  // Search again and leave with Esc: back where it was opened from.
  await page.evaluate(() => { window.location.hash = 'view=search'; });
  // As above: Esc is the search field's, so it waits for the field to have the keyboard.
  await page.waitForFunction(() => window.wiretrace.state().view === 'search' && window.wiretrace.state().search_input_active === true);
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => window.wiretrace.state().view === 'reader');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Search from the keyboard: Down moves the selection, Enter opens that hit with the words outlined; the query is in the URL', async () => {
  const { page, context, errors } = await openPage({ hash: '#view=passages' });
  await page.keyboard.press('Control+f');
  await page.waitForFunction(() => window.wiretrace.state().search_input_active === true);
  await page.keyboard.type('Homs');
  await page.waitForFunction(() => window.wiretrace.state().search_query === 'Homs');
  let s = await state(page);
  assert.ok(s.search_results >= 3, `Homs is in every article (${s.search_results} results)`);
  assert.match(s.hash, /(^|&)q=Homs(&|$)/, 'the query is in the URL while typing');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => window.wiretrace.state().search_selected === 2);
  s = await state(page);
  assert.equal(s.search_input_active, true, 'the arrow keys leave the keyboard in the field');
  const chosen = { article: s.search_selected_article, at: s.search_selected_at };
  await page.keyboard.press('Enter'); // the first Enter opens the selected hit, not the first one
  await page.waitForFunction(() => window.wiretrace.state().view === 'reader' && window.wiretrace.state().reader_article !== '');
  await page.waitForFunction((id) => window.wiretrace.state().reader_article === id, chosen.article, { timeout: 5000 })
    .catch(() => {}); // a wrong article fails on the assertion below, with both ids
  s = await state(page);
  assert.equal(s.reader_article, chosen.article);
  assert.match(s.hash, new RegExp(`at=${chosen.at}(&|$)`));
  assert.match(s.hash, /q=Homs/);
  assert.ok(s.reader_query_marks >= 1, 'Reader outlines the searched word');
  await page.screenshot({ path: join(shots, 'reader-search-marks.png') });
  // Back: to Search with the query, then to where Search was opened (typing added no entries).
  await page.goBack();
  await page.waitForFunction(() => window.wiretrace.state().view === 'search');
  assert.equal((await state(page)).search_query, 'Homs');
  await page.goBack();
  await page.waitForFunction(() => window.wiretrace.state().view === 'passages');
  // A link with q= opens Search with the words typed in.
  await page.evaluate(() => { window.location.hash = 'view=search&q=mother%20of%20all'; });
  await page.waitForFunction(() => window.wiretrace.state().search_query === 'mother of all');
  assert.ok((await state(page)).search_results >= 4);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Reader on a phone: list above, text wrapped to 390 pixels', async () => {
  const { page, context, errors } = await openPage({ width: 390, height: 844, hash: `#view=reader&article=${INDEPENDENT}` });
  const s = await state(page);
  assert.ok(s.reader_highlights > 0);
  await page.screenshot({ path: join(shots, 'reader-phone.png') });
  assert.deepEqual(errors, []);
  await context.close();
});
