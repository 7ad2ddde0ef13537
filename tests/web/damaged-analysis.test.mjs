// A damaged analysis.wtab.gz (a copy cut short on upload, a byte changed on disk) must give the
// reader a message naming the file, the section and what is wrong, never "The application
// stopped": the app is built with WebAssembly exceptions (cmake/Web.cmake) so the decoder's
// AnalysisFormatError reaches main_web.cpp's catch. The title bar (theme, Add articles) keeps
// working. The same holds for an analysis handed back through Add articles (here: the one kept on
// the device, damaged in IndexedDB before a reload): the articles shown stay, and both the page
// and the dialog say why. Each damaged copy of the built site is served from its own folder under
// build/test-sites/damaged-analysis. Every wait is on window.wiretrace.state(), never a sleep.
//
//   node --test --test-concurrency=1 tests/web/damaged-analysis.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { browser, root, site, shots, BASE, expectedArticles, clickCentre } from './harness.mjs';
import { serve } from '../../scripts/serve.mjs';

const dir = join(root, 'build', 'test-sites', 'damaged-analysis');
const good = gunzipSync(readFileSync(join(site, 'analysis.wtab.gz')));
let server;

// The sections of the binary form (docs/analysis-format.md): "WTAB", u32 version, then per
// section a 4-byte tag, a u64 length and the payload, which starts with the item count.
function sections(bytes) {
  const out = {};
  for (let at = 8; at < bytes.length;) {
    const tag = bytes.subarray(at, at + 4).toString('latin1');
    const length = Number(bytes.readBigUInt64LE(at + 4));
    out[tag] = { payload: at + 12, length };
    at += 12 + length;
  }
  return out;
}

// The claims section's item count with one bit changed: the decoder then finds the items do not
// add up to the section's length. (The item count is a varint; its first byte's bit 6 is data.)
function flippedClaimsCount() {
  const bytes = Buffer.from(good);
  bytes[sections(bytes).CLMS.payload] ^= 0x40;
  return bytes;
}

const variants = {
  // The binary form cut in the middle of the claims section, then gzipped whole: the inflated
  // data is short.
  truncated: () => gzipSync(good.subarray(0, sections(good).CLMS.payload + 40), { level: 9 }),
  flipped: () => gzipSync(flippedClaimsCount(), { level: 9 }),
  // The .gz file itself cut short: the browser's inflater fails before the app sees a byte.
  'gzip-cut': () => { const gz = readFileSync(join(site, 'analysis.wtab.gz')); return gz.subarray(0, gz.length >> 1); },
};

before(async () => {
  rmSync(dir, { recursive: true, force: true });
  for (const [name, make] of Object.entries(variants)) {
    mkdirSync(join(dir, name), { recursive: true });
    cpSync(site, join(dir, name), { recursive: true });
    writeFileSync(join(dir, name, 'analysis.wtab.gz'), make());
  }
  cpSync(site, join(dir, 'intact'), { recursive: true });
  server = await serve(dir, { port: 0, base: BASE });
});
after(() => server?.close());

const state = (page) => page.evaluate(() => window.wiretrace.state());

async function open(variant, { width = 1280, height = 720, theme = 'light' } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme: theme });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`http://127.0.0.1:${server.address().port}${BASE}${variant}/#view=claims`);
  // An error is known before the first frame (the WebGL context and the shaders come in frames of
  // their own): wait until the message is drawn.
  await page.waitForFunction(() => {
    const s = window.wiretrace && window.wiretrace.state();
    return s && (s.ready || (s.error && s.controls && s.controls.load_error));
  }, null, { timeout: 60000 });
  return { page, context, errors };
}

const expected = {
  truncated: /^analysis\.wtab\.gz is damaged: analysis data: section claims holds \d+ bytes but only 40 are left \(truncated\)$/,
  flipped: /^analysis\.wtab\.gz is damaged: analysis data, section claims, byte \d+: /,
  'gzip-cut': /^analysis\.wtab\.gz could not be read: .+/,
};

for (const variant of Object.keys(variants)) {
  test(`a ${variant} analysis.wtab.gz is named with what is wrong, and the title bar still works`, async () => {
    for (const [width, height] of [[1280, 720], [390, 844]]) {
      const { page, context, errors } = await open(variant, { width, height });
      const s = await state(page);
      // The app's own message (not the page's "The application stopped" panel).
      assert.match(s.error, expected[variant]);
      assert.equal(s.ready, false);
      assert.ok(await page.locator('#error').isHidden(), 'the page-level error panel is not shown: the app runs');
      assert.equal(await page.evaluate(() => window.wiretraceError || ''), '');
      // The message is drawn inside the window, below the title bar.
      const box = s.controls.load_error;
      assert.ok(box, 'the message is drawn');
      assert.ok(box[1] > s.controls.theme[1] && box[0] + box[2] <= width + 0.5 && box[1] + box[3] <= height,
                `the message is on screen: ${box}`);
      await page.screenshot({ path: join(shots, `damaged-${variant}-${width}.png`) });
      // The theme button still answers.
      await clickCentre(page, s.controls.theme);
      await page.waitForFunction(() => window.wiretrace.state().theme === 'dark');
      // And Add articles still opens its dialog.
      await clickCentre(page, (await state(page)).controls.add_articles);
      await page.waitForFunction(() => window.wiretrace.state().dialog_open);
      assert.deepEqual(errors.filter((e) => /Aborted|RuntimeError|stopped/.test(e)), []);
      await context.close();
    }
  });
}

test('an analysis of added articles that cannot be read leaves the articles shown and says why', async () => {
  const { page, context, errors } = await open('intact');
  assert.equal((await state(page)).articles, expectedArticles);
  // Add one article through the dialog: its analysis is kept on the device (IndexedDB).
  await clickCentre(page, (await state(page)).controls.add_articles);
  await page.waitForFunction(() => window.wiretrace.state().dialog_open);
  await page.setInputFiles('#add-files', [{ name: 'mine.md', mimeType: 'text/markdown',
    buffer: Buffer.from('---\noutlet: My Desk\ntitle: My note\ndate: 2024-12-07\n---\nInsurgents entered Homs, we hear.\n') }]);
  await page.waitForFunction(() => { const s = window.wiretrace.state(); return !s.analysing && !s.saving && s.user_articles === 1; },
                             null, { timeout: 60000 });
  // Damage the kept analysis: one bit of its claims count, as flippedClaimsCount() does.
  await page.evaluate(() => new Promise((resolve, reject) => {
    const r = indexedDB.open('wiretrace:' + location.pathname.replace(/[^/]*$/, ''));
    r.onerror = () => reject(r.error);
    r.onsuccess = () => {
      const t = r.result.transaction('analysis', 'readwrite');
      const store = t.objectStore('analysis');
      const q = store.get('last');
      q.onsuccess = () => {
        const kept = q.result;
        const b = new Uint8Array(kept.binary.slice(0));
        const view = new DataView(b.buffer);
        let at = 8;
        for (;;) {
          const tag = String.fromCharCode(b[at], b[at + 1], b[at + 2], b[at + 3]);
          const length = Number(view.getBigUint64(at + 4, true));
          if (tag === 'CLMS') { b[at + 12] ^= 0x40; break; }
          at += 12 + length;
        }
        kept.binary = b.buffer;
        store.put(kept, 'last');
      };
      t.oncomplete = () => resolve();
      t.onerror = () => reject(t.error);
    };
  }));
  await page.reload();
  await page.waitForFunction(() => { const s = window.wiretrace && window.wiretrace.state(); return s && s.ready && s.analysis_from_device; },
                             null, { timeout: 60000 });
  await page.waitForFunction(() => { const s = window.wiretrace.state(); return !s.analysing && s.notice; }, null, { timeout: 60000 });
  const s = await state(page);
  assert.match(s.notice, /^The analysis of your articles could not be read, the articles shown are unchanged: analysis data, section claims, byte \d+: /);
  assert.equal(s.articles, expectedArticles, 'the embedded articles stay on screen');
  assert.equal(s.replace_error, s.notice);
  assert.deepEqual(s.errors, [s.notice], 'the Add articles dialog lists it too');
  assert.ok(s.controls.notice_dismiss, 'the page shows it with a Dismiss button');
  await page.screenshot({ path: join(shots, 'damaged-kept-analysis.png') });
  await clickCentre(page, s.controls.notice_dismiss);
  await page.waitForFunction(() => !window.wiretrace.state().notice);
  assert.deepEqual(errors.filter((e) => /Aborted|RuntimeError|stopped/.test(e)), []);
  await context.close();
});
