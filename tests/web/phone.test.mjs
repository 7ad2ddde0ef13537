// Typing on a phone (issue 13): the app's text fields are drawn on the canvas, and a phone opens
// its keyboard only for a real <input>; the page's keyboard bridge (web/shell.js) focuses a
// hidden one while an app field has the keyboard and hands what is typed to the app. Checked
// on a 390×844 touch viewport through window.wiretrace.state(), never on sleeps.
//
//   node --test --test-concurrency=1 tests/web/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { shots, openPage } from './harness.mjs';

const state = (page) => page.evaluate(() => window.wiretrace.state());
const bridgeFocused = () => document.activeElement && document.activeElement.id === 'wiretrace-keyboard';

test('on a phone, the search field and the Reader filter take typing through a real input', async () => {
  const { page, context, errors } = await openPage({ hash: '#view=search', width: 390, height: 844, dpr: 2, touch: true });
  // Search opens with its field active: the keyboard input is focused with it.
  await page.waitForFunction(() => window.wiretrace.state().search_input_active === true);
  await page.waitForFunction(bridgeFocused);
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'INPUT');
  await page.keyboard.insertText('Homs');
  await page.waitForFunction(() => window.wiretrace.state().search_query === 'Homs');
  // A phone keyboard's Backspace is an edit of the input, not a key: it still deletes.
  await page.evaluate(() => document.activeElement.dispatchEvent(
    new InputEvent('beforeinput', { inputType: 'deleteContentBackward', cancelable: true, bubbles: true })));
  await page.waitForFunction(() => window.wiretrace.state().search_query === 'Hom');
  // An IME's word arrives once, when it is composed, not letter by letter as well.
  await page.evaluate(() => {
    const el = document.activeElement;
    el.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    el.value = 's';
    el.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true }));
  });
  assert.equal((await state(page)).search_query, 'Hom');
  await page.evaluate(() => document.activeElement.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true })));
  await page.waitForFunction(() => window.wiretrace.state().search_query === 'Homs');
  assert.ok((await state(page)).search_results > 0);
  await page.screenshot({ path: join(shots, 'phone-search-390x844.png') });

  // Reader: no field has the keyboard, so the input lets go (the phone keyboard closes) …
  await page.evaluate(() => { location.hash = 'view=reader'; });
  // Drawn, not only chosen (ready): the filter box's place is known once Reader has drawn.
  await page.waitForFunction(() => { const s = window.wiretrace.state(); return s.view === 'reader' && s.ready; });
  await page.waitForFunction(() => !(document.activeElement && document.activeElement.id === 'wiretrace-keyboard'));
  // … until the filter box is tapped.
  const box = (await state(page)).reader_filter_box;
  await page.touchscreen.tap(box.x + box.w / 2, box.y + box.h / 2);
  await page.waitForFunction(() => window.wiretrace.state().reader_filter_active === true);
  await page.waitForFunction(bridgeFocused);
  await page.keyboard.insertText('Independent');
  await page.waitForFunction(() => window.wiretrace.state().reader_filter === 'Independent');
  assert.equal((await state(page)).reader_list_rows, 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a desktop, typing goes through the keyboard as before and no hidden input takes the focus', async () => {
  const { page, context, errors } = await openPage({ hash: '#view=search', width: 1280, height: 800 });
  await page.waitForFunction(() => window.wiretrace.state().search_input_active === true);
  await page.keyboard.type('Homs');
  await page.waitForFunction(() => window.wiretrace.state().search_query === 'Homs');
  assert.equal(await page.evaluate(bridgeFocused), false);
  assert.equal(await page.evaluate(() => !!document.getElementById('wiretrace-keyboard')), false);
  assert.deepEqual(errors, []);
  await context.close();
});
