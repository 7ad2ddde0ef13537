// Browser tests of "Add articles" (issue 10): a reader's own files and a pasted article are
// analysed in the page's Web Worker with the loader's checks, swapped in place, marked, kept in
// IndexedDB across reloads, removed again, downloaded as a corpus the native CLI analyses the
// same way; a bad file is named; Cancel keeps what was shown; nothing is requested outside the
// page's folder. Waits on window.wiretrace.state(), never on sleeps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { port, BASE, shots, root, expectedArticles, openPage } from './harness.mjs';

const state = (page) => page.evaluate(() => window.wiretrace.state());
const waitFor = (page, fn, arg) => page.waitForFunction(fn, arg, { timeout: 60000 });

// The Independent's copy of the AP report (seed 003), retold by a local paper: the same words
// (shared text) but the insurgents 8 kilometers from Homs, not 5 (a changed figure).
const seed = readFileSync(join(root, 'corpus', readdirSync(join(root, 'corpus')).find((n) => n.startsWith('003_'))), 'utf8');
const seedBody = seed.slice(seed.indexOf('\n---\n', 4) + 5);
const localPaper = '---\noutlet: The Local Paper\ntitle: Insurgents near Homs\ndate: 2024-12-07\n---\n' +
  seedBody.replace('5 kilometers (3 miles)', '8 kilometers (5 miles)');
const twoRecords = [
  { id: 'wire-digest-1', outlet: 'Wire Digest', title: 'Homs', date: '2024-12-07', text: seedBody.split('\n\n').slice(4, 12).join('\n\n') },
  { id: 'wire-digest-2', outlet: 'Wire Digest', title: 'Notes', date: '2024-12-08', text: 'A short note of our own about the weather in Lisbon today.' },
].map((r) => JSON.stringify(r)).join('\n') + '\n';
const badDate = '---\noutlet: Broken\ntitle: Bad\ndate: 2024-02-31\n---\nText.\n';

async function clickControl(page, name) {
  const c = (await state(page)).controls[name];
  assert.ok(c, `control ${name} is reported`);
  await page.mouse.click(c[0] + c[2] / 2, c[1] + c[3] / 2);
}

async function openDialog(page) {
  await clickControl(page, 'add_articles');
  await waitFor(page, () => window.wiretrace.state().dialog_open);
}

async function viewCounts(page, hash) {
  await page.evaluate((h) => { window.location.hash = h; }, hash);
  await waitFor(page, (v) => { const s = window.wiretrace.state(); return s.ready && s.view === v; }, hash.match(/view=(\w+)/)[1]);
  return state(page);
}

test('files added through the picker are analysed in the page, the bad one named, kept across reloads, then cleared', async () => {
  const { page, context, errors } = await openPage();
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const before = { passages: (await viewCounts(page, '#view=passages')).passages,
                   claims: (await viewCounts(page, '#view=claims')).claims_rows };
  await page.evaluate(() => { window.location.hash = 'view=sources'; });
  await waitFor(page, () => window.wiretrace.state().view === 'sources');

  await openDialog(page);
  assert.match(await page.locator('#add-articles .private').innerText(), /stay on this device; nothing is uploaded/);
  await page.setInputFiles('#add-files', [
    { name: 'local-paper.md', mimeType: 'text/markdown', buffer: Buffer.from(localPaper) },
    { name: 'digest.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(twoRecords) },
    { name: 'broken.md', mimeType: 'text/markdown', buffer: Buffer.from(badDate) },
  ]);
  await waitFor(page, () => window.wiretrace.state().analysing);
  await waitFor(page, () => { const s = window.wiretrace.state(); return !s.analysing && s.user_articles === 3; });
  let s = await state(page);
  assert.equal(s.articles, expectedArticles + 3, 'added to the embedded articles');
  assert.equal(s.errors.length, 1);
  assert.match(s.errors[0], /^broken\.md:4: impossible date "2024-02-31"/);
  assert.match(await page.locator('#add-errors').innerText(), /broken\.md:4: impossible date/);
  assert.equal(await page.locator('#add-list li').count(), 3, 'the dialog lists the three articles');
  await page.screenshot({ path: join(shots, 'add-articles-dialog.png') });
  await page.click('#add-close');
  await waitFor(page, () => !window.wiretrace.state().dialog_open);
  await page.screenshot({ path: join(shots, 'add-articles-sources.png') });

  // Remove one: the rest is analysed again by the same worker, whose wasm was loaded once, and
  // the article being read stays selected.
  await viewCounts(page, '#view=reader&article=local-paper');
  const extra = { name: 'extra.md', mimeType: 'text/markdown',
                  buffer: Buffer.from('---\noutlet: Extra\ntitle: Extra\ndate: 2024-12-09\n---\nSomething else entirely.\n') };
  await openDialog(page);
  await page.setInputFiles('#add-files', [extra]);
  await waitFor(page, () => { const s = window.wiretrace.state(); return !s.analysing && s.user_articles === 4; });
  await page.click('#add-list button[aria-label="Remove Extra"]');
  await waitFor(page, () => { const s = window.wiretrace.state(); return !s.analysing && s.user_articles === 3; });
  s = await state(page);
  assert.equal(s.articles, expectedArticles + 3);
  assert.equal(s.view, 'reader');
  assert.deepEqual(s.selected, ['local-paper'], 'the selection is kept where the article still exists');
  assert.equal(requests.filter((u) => u.endsWith('/wiretrace_worker.wasm')).length, 1, 'the worker\'s wasm is loaded once');
  await page.click('#add-close');

  // The new articles bring shared text and claims: the local paper copies the wire report.
  const after = { passages: (await viewCounts(page, '#view=passages')).passages,
                  claims: (await viewCounts(page, '#view=claims')).claims_rows };
  assert.ok(after.passages >= before.passages, `passages ${before.passages} → ${after.passages}`);
  assert.ok(after.claims > before.claims, `claims ${before.claims} → ${after.claims}`);
  s = await viewCounts(page, '#view=reader&article=local-paper');
  assert.deepEqual(s.selected, ['local-paper']);
  assert.ok(s.reader_paragraphs > 10);
  await page.screenshot({ path: join(shots, 'add-articles-reader.png') });

  // Kept on the device: a reload shows them again, from their kept analysis (no worker), and the
  // deep link to one restores.
  const workerLoads = () => requests.filter((u) => u.endsWith('/wiretrace_worker.wasm')).length;
  await waitFor(page, () => !window.wiretrace.state().saving);
  await page.reload();
  await waitFor(page, () => { const s = window.wiretrace.state(); return s.ready && !s.analysing && s.user_articles === 3; });
  s = await state(page);
  assert.equal(s.analysis_from_device, true);
  assert.equal(workerLoads(), 1, 'the reload analysed nothing again');
  assert.equal(s.articles, expectedArticles + 3);
  assert.deepEqual(s.selected, ['local-paper'], 'the link to a reader\'s article restores once it is back');
  assert.equal(s.view, 'reader');

  // Clear all: back to the embedded articles, and still so after a reload.
  await openDialog(page);
  await page.click('#add-clear');
  await waitFor(page, (n) => { const s = window.wiretrace.state(); return !s.analysing && !s.saving && s.user_articles === 0 && s.articles === n; }, expectedArticles);
  s = await state(page);
  assert.equal(s.missing_articles, undefined, 'a removed article is not reported as a missing link');
  await page.evaluate(() => { window.location.hash = 'view=reader&article=local-paper'; });
  await page.reload();
  await waitFor(page, () => window.wiretrace.state().ready);
  s = await state(page);
  assert.equal(s.saved_articles, 0);
  assert.equal(s.user_articles, 0);
  const kept = await page.evaluate(() => new Promise((resolve) => {
    const r = indexedDB.open('wiretrace:' + location.pathname.replace(/[^/]*$/, ''));
    r.onsuccess = () => {
      const t = r.result.transaction(['articles', 'analysis']);
      const a = t.objectStore('articles').count(), b = t.objectStore('analysis').count();
      t.oncomplete = () => resolve([a.result, b.result]);
    };
  }));
  assert.deepEqual(kept, [0, 0], 'nothing of the removed articles stays in IndexedDB');
  assert.deepEqual(s.missing_articles, ['local-paper'], 'the link says plainly that the article is not here');
  await page.screenshot({ path: join(shots, 'add-articles-missing-link.png') });

  const origin = `http://127.0.0.1:${port}${BASE}`;
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:')), [],
                   'the page requests nothing outside its own folder');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a pasted article is added from the keyboard, and the downloaded corpus gives the CLI the same analysis', async () => {
  const { page, context, errors } = await openPage();
  await openDialog(page);
  await page.click('#add-articles summary');
  await page.click('#add-paste [name=outlet]');
  // Typed, with a Backspace: keys in the dialog reach its fields, not the app behind it.
  await page.keyboard.type('Harbour Newss');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Insurgents reach Homs');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2024-12-07');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Insurgents are now 5 kilometers (3 miles) from the city of Homs, a war monitor said on Saturday.');
  await page.click('#add-paste-submit');
  await waitFor(page, () => { const s = window.wiretrace.state(); return !s.analysing && s.user_articles === 1; });
  let s = await state(page);
  assert.deepEqual(s.errors, []);
  assert.equal(await page.locator('#add-list li span').first().innerText(), 'Harbour News — Insurgents reach Homs');

  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-byo-'));
  const save = async (click) => {
    const [download] = await Promise.all([page.waitForEvent('download'), click()]);
    const path = join(dir, download.suggestedFilename());
    await download.saveAs(path);
    return path;
  };
  const corpus = await save(() => page.click('#add-download'));
  assert.match(corpus, /wiretrace-corpus\.jsonl$/);
  assert.equal(readFileSync(corpus, 'utf8').trim().split('\n').length, expectedArticles + 1);
  await page.click('#add-close');
  const pageJson = await save(() => page.evaluate(() => window.wiretrace.exportFile('json')));
  const cliJson = join(dir, 'cli.json');
  execFileSync(join(root, 'build', 'native', 'wiretrace'), ['analyze', corpus, '--json', cliJson]);
  const a = JSON.parse(readFileSync(pageJson, 'utf8'));
  const b = JSON.parse(readFileSync(cliJson, 'utf8'));
  assert.ok(a.articles.some((x) => x.outlet === 'Harbour News'), 'the export covers the pasted article');
  assert.deepEqual(a, b, 'the CLI analyses the downloaded corpus exactly as the page did');
  const csv = readFileSync(await save(() => page.evaluate(() => window.wiretrace.exportFile('csv'))), 'utf8');
  assert.match(csv, /Harbour News/, 'the CSV export covers the pasted article');
  assert.deepEqual(errors, []);
  await context.close();
});

test('files dropped anywhere on the page are added; on a phone the dialog fits and its form takes typing', async () => {
  const { page, context, errors } = await openPage({ width: 390, height: 844, dpr: 2, touch: true });
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped.md', { type: 'text/markdown' }));
    document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, localPaper);
  await waitFor(page, () => { const s = window.wiretrace.state(); return !s.analysing && s.user_articles === 1; });
  assert.equal((await state(page)).dialog_open, true, 'a drop opens the dialog, which shows what happened');
  const box = await page.locator('#add-articles').boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 390, `the dialog fits the phone's width (${box.x}, ${box.width})`);
  await page.locator('#add-articles summary').tap();
  await page.locator('#add-paste [name=outlet]').tap();
  await page.keyboard.type('Phone Post');
  assert.equal(await page.locator('#add-paste [name=outlet]').inputValue(), 'Phone Post');
  await page.screenshot({ path: join(shots, 'add-articles-phone.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('Cancel stops the analysis and keeps the articles shown; the page keeps drawing meanwhile', async () => {
  const { page, context, errors } = await openPage();
  await openDialog(page);
  // "Only my articles": 300 copies of the seed's paragraphs, enough to be cancelled mid-way.
  await page.check('#add-mode-only');
  const paras = seedBody.split('\n\n');
  let jsonl = '';
  for (let i = 0; i < 300; i++)
    jsonl += JSON.stringify({ id: `copy-${String(i).padStart(3, '0')}`, outlet: `Outlet ${i % 30}`, title: `Copy ${i}`,
                              date: '2024-12-07', text: paras.slice(i % 10, (i % 10) + 12).join('\n\n') }) + '\n';
  const framesBefore = (await state(page)).frames;
  await page.setInputFiles('#add-files', [{ name: 'many.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(jsonl) }]);
  await waitFor(page, () => window.wiretrace.state().analysing);
  // A file dropped meanwhile is not taken, and the dialog says so.
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['x'], 'late.md', { type: 'text/markdown' }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  assert.match(await page.locator('#add-notice').innerText(), /Still analysing: late\.md not added/);
  await page.click('#add-cancel');
  await waitFor(page, () => !window.wiretrace.state().analysing);
  const s = await state(page);
  assert.equal(s.articles, expectedArticles, 'the embedded articles are still shown');
  assert.equal(s.user_articles, 0);
  assert.equal(s.saved_articles, 0, 'nothing half-analysed is kept');
  assert.match(await page.locator('#add-notice').innerText(), /Cancelled/);
  assert.ok(s.frames >= framesBefore);
  assert.deepEqual(errors, []);
  await context.close();
});

// Reader's list shows "[added by you]" on the reader's own articles: typing what it shows (or
// "yours") finds them, and only them.
test('Reader\'s filter finds the articles marked "added by you"', async () => {
  const { page, context, errors } = await openPage({ hash: '#view=reader' });
  await openDialog(page);
  await page.setInputFiles('#add-files', [
    { name: 'local-paper.md', mimeType: 'text/markdown', buffer: Buffer.from(localPaper) },
    { name: 'digest.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(twoRecords) },
  ]);
  await waitFor(page, () => { const s = window.wiretrace.state(); return !s.analysing && s.user_articles === 3; });
  await page.click('#add-close');
  await waitFor(page, () => { const s = window.wiretrace.state(); return !s.dialog_open && s.ready && s.view === 'reader'; });
  assert.equal((await state(page)).reader_list_rows, expectedArticles + 3);
  const filter = async (text) => {
    const box = (await state(page)).reader_filter_box;
    await page.mouse.click(box.x + box.w / 2, box.y + box.h / 2);
    await waitFor(page, () => window.wiretrace.state().reader_filter_active === true);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(text);
    await waitFor(page, (t) => window.wiretrace.state().reader_filter === t, text);
    return state(page);
  };
  for (const text of ['added', 'Added by you', 'yours']) {
    const s = await filter(text);
    assert.equal(s.reader_list_rows, 3, `"${text}" lists the three added articles`);
    assert.ok(['local-paper', 'wire-digest-1', 'wire-digest-2'].includes(s.reader_list_first), s.reader_list_first);
  }
  await page.screenshot({ path: join(shots, 'add-articles-reader-filter.png') });
  // The embedded articles do not match it.
  assert.equal((await filter('Local Paper')).reader_list_rows, 1);
  assert.deepEqual(errors, []);
  await context.close();
});
