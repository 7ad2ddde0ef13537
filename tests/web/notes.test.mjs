// The user's notes (issue 13): written beside an article (Reader), a claim (Claims) and a passage
// (Passages), kept on the device across a reload, carried in the deep link (note=) and in the
// exports; typed on a phone through the keyboard bridge. Every wait is on
// window.wiretrace.state(), never a sleep.
//
//   node --test --test-concurrency=1 tests/web/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shots, openPage, port, BASE } from './harness.mjs';

const AP = '000_b584b1e36c441f0d';
const EPOCH = '001_6fae27749db3383d';
const state = (page) => page.evaluate(() => window.wiretrace.state());
// The app reports a view as soon as it switches to it and draws it on the next frames; the page
// answers between frames, so a test reads or exports the view's table after a few frames.
const drawn = (page) => page.evaluate(async () => {
  for (let i = 0; i < 3; i++) await new Promise((done) => requestAnimationFrame(done));
});
const centre = (r) => [r[0] + r[2] / 2, r[1] + r[3] / 2];

// Opens the note editor through its button, types `text`, saves, and waits for it to be stored.
async function writeNote(page, key, text, { touch = false } = {}) {
  await page.waitForFunction((k) => window.wiretrace.state().notes_controls_for === k && !!window.wiretrace.state().notes_controls.edit, key);
  const edit = (await state(page)).notes_controls.edit;
  if (touch) await page.touchscreen.tap(...centre(edit));
  else await page.mouse.click(...centre(edit));
  await page.waitForFunction((k) => window.wiretrace.state().notes_editing === k, key);
  await page.waitForFunction(() => window.wiretrace.state().notes_box_active);
  if (touch) {
    // A phone opens its keyboard only for a real <input>: the bridge's is focused.
    await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'wiretrace-keyboard');
    await page.keyboard.insertText(text);
  } else {
    await page.keyboard.type(text);
  }
  await page.waitForFunction((t) => window.wiretrace.state().notes_draft === t, text);
  const save = (await state(page)).notes_controls.save;
  if (touch) await page.touchscreen.tap(...centre(save));
  else await page.mouse.click(...centre(save));
  await page.waitForFunction(([k, t]) => window.wiretrace.state().notes[k] === t, [key, text]);
}

async function download(page, what) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.evaluate((w) => window.wiretrace.exportFile(w), what)]);
  return { name: d.suggestedFilename(), text: readFileSync(await d.path(), 'utf8').replace(/^\uFEFF/, '') };
}

test('a note on an article is kept on the device, shown in Sources, linked and exported', async () => {
  const { page, context, errors } = await openPage({ hash: `#view=reader&article=${EPOCH}`, width: 1280, height: 720 });
  assert.equal((await state(page)).notes_count, 0);
  await writeNote(page, `article:${EPOCH}`, 'Rewrite of AP, check the 3 miles');
  let s = await state(page);
  assert.equal(s.notes_editing, '', 'the editor closes on Save');
  // The address bar carries the note on screen, so a shared link carries it too.
  await page.waitForFunction(() => /note=Rewrite%20of%20AP/.test(location.hash));
  await page.screenshot({ path: join(shots, 'notes-reader-1280.png') });

  // A reload keeps it (localStorage), and it is shown beside the row in Sources' table.
  await page.reload();
  await page.waitForFunction(() => window.wiretrace.state().ready);
  s = await state(page);
  assert.equal(s.notes[`article:${EPOCH}`], 'Rewrite of AP, check the 3 miles');

  // Exports: the Sources table gains a note column; the notes file lists every note.
  await page.evaluate(() => { location.hash = 'view=sources'; });
  await page.waitForFunction(() => window.wiretrace.state().view === 'sources');
  await drawn(page);
  let csv = await download(page, 'csv');
  const rows = csv.text.trim().split('\r\n');
  assert.match(rows[0], /,note$/);
  assert.ok(rows.some((r) => r.startsWith(EPOCH) && r.endsWith(',"Rewrite of AP, check the 3 miles"')), rows.join('\n'));
  const notes = await download(page, 'notes');
  assert.equal(notes.name, 'wiretrace-notes.csv');
  assert.match(notes.text, new RegExp(`^kind,key,article,outlet,about,note\\r\\narticle,article:${EPOCH},${EPOCH},The Epoch Times,`));

  // A claim's note, written in the claim's details, goes into the Claims export on its rows.
  await page.evaluate(() => { location.hash = 'view=claims&claim=0'; });
  await page.waitForFunction(() => window.wiretrace.state().notes_controls_for.startsWith('claim:') && window.wiretrace.state().notes_controls.edit);
  const before = Object.keys((await state(page)).notes);
  const edit = (await state(page)).notes_controls.edit;
  await page.mouse.click(...centre(edit));
  await page.waitForFunction(() => window.wiretrace.state().notes_editing.startsWith('claim:') && window.wiretrace.state().notes_box_active);
  await page.keyboard.type('Disputed by the ministry');
  await page.waitForFunction(() => window.wiretrace.state().notes_draft === 'Disputed by the ministry');
  await page.mouse.click(...centre((await state(page)).notes_controls.save));
  await page.waitForFunction((n) => Object.keys(window.wiretrace.state().notes).length === n + 1, before.length);
  await page.waitForFunction(() => /note=Disputed/.test(location.hash));
  csv = await download(page, 'csv');
  const claimRows = csv.text.trim().split('\r\n');
  assert.match(claimRows[0], /,note$/);
  assert.ok(claimRows.filter((r) => r.endsWith(',Disputed by the ministry')).length >= 1);
  await page.screenshot({ path: join(shots, 'notes-claims-1280.png') });

  // A passage's note, in Passages, into the passages export.
  await page.evaluate(() => { location.hash = 'view=passages'; });
  await page.waitForFunction(() => window.wiretrace.state().notes_controls_for.startsWith('passage:') && window.wiretrace.state().notes_controls.edit);
  await page.mouse.click(...centre((await state(page)).notes_controls.edit));
  await page.waitForFunction(() => window.wiretrace.state().notes_editing.startsWith('passage:') && window.wiretrace.state().notes_box_active);
  await page.keyboard.type('The wire lede');
  await page.waitForFunction(() => window.wiretrace.state().notes_draft === 'The wire lede');
  await page.mouse.click(...centre((await state(page)).notes_controls.save));
  await page.waitForFunction(() => Object.values(window.wiretrace.state().notes).includes('The wire lede'));
  csv = await download(page, 'csv');
  assert.ok(csv.text.split('\r\n').some((r) => r.endsWith(',The wire lede')));
  await page.screenshot({ path: join(shots, 'notes-passages-1280.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a link with a note brings it to another device; a note of its own there is never overwritten', async () => {
  const { page, context, errors } = await openPage({ hash: `#view=reader&article=${AP}&note=From%20the%20desk`, width: 1280, height: 720 });
  let s = await state(page);
  assert.equal(s.notes[`article:${AP}`], 'From the desk');
  // Opened again with another note in the link: the one kept here stays.
  await page.goto(`http://127.0.0.1:${port}${BASE}#view=reader&article=${AP}&note=Something%20else`);
  await page.waitForFunction(() => window.wiretrace.state().ready);
  s = await state(page);
  assert.equal(s.notes[`article:${AP}`], 'From the desk');
  assert.match(s.hash, /note=From%20the%20desk/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a phone, a note is typed through the keyboard bridge', async () => {
  const { page, context, errors } = await openPage({ hash: `#view=reader&article=${AP}`, width: 390, height: 844, dpr: 2, touch: true });
  await writeNote(page, `article:${AP}`, 'Typed on a phone', { touch: true });
  await page.screenshot({ path: join(shots, 'notes-reader-390.png') });
  assert.deepEqual(errors, []);
  await context.close();
});
