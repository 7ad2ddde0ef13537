// Browser tests: the real page, built by scripts/build web, served from 127.0.0.1 under a
// sub-path (as GitHub Pages serves /<repo>/), driven in Debian's headless Chromium with
// SwiftShader WebGL. Waits on window.wiretrace.state(), never on sleeps.
//
//   node --test tests/web/        (scripts/test runs it after building)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const site = process.env.WIRETRACE_SITE || join(root, 'build', 'web', 'site');
const shots = join(root, 'build', 'screenshots');
const corpusDir = join(root, 'corpus');
const BASE = '/wiretrace/';

// The corpus the page embeds, counted the way the loader counts it: one article per text file.
const expectedArticles = readdirSync(corpusDir).filter((n) => /\.(md|markdown|txt)$/.test(n)).length;

let server, browser, port;

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu-sandbox', '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

before(async () => {
  mkdirSync(shots, { recursive: true });
  server = await serve(site, { port: 0, base: BASE });
  port = server.address().port;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    // playwright-core gives every launch a fresh temporary profile (our --user-data-dir).
    args: CHROMIUM_ARGS,
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

// Opens the page and waits until the app reports its first frame drawn. Console errors and page
// errors are collected for the caller to assert on.
async function openPage({ hash = '', width = 1280, height = 800, dpr = 1 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: dpr });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`http://127.0.0.1:${port}${BASE}${hash}`);
  await page.waitForFunction(() => {
    const s = window.wiretrace && window.wiretrace.state();
    return s && (s.ready || s.error);
  }, null, { timeout: 60000 });
  return { page, context, errors };
}

// Counts distinct colours in a screenshot, decoded by the browser itself (no PNG library needed).
async function distinctColours(page, png) {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const ctx = c.getContext('2d');
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const seen = new Set();
    for (let i = 0; i < d.length; i += 4 * 7) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
    return seen.size;
  }, png.toString('base64'));
}

test('the page starts, lists every corpus article and draws text', async () => {
  const { page, context, errors } = await openPage();
  const state = await page.evaluate(() => window.wiretrace.state());
  assert.equal(state.error, undefined, `app error: ${state.error}`);
  assert.equal(state.ready, true);
  assert.equal(state.articles, expectedArticles);
  assert.equal(state.view, 'sources');
  assert.equal(state.sources_rows, expectedArticles, 'every article has a row in Sources');
  // The loading panel is gone once the first frame is drawn.
  assert.equal(await page.locator('#loading').isHidden(), true);
  const png = await page.screenshot({ path: join(shots, 'sources.png') });
  // A blank or single-colour canvas (WebGL failed silently) has a handful of colours; text
  // rendered with antialiasing has hundreds.
  const colours = await distinctColours(page, png);
  assert.ok(colours > 50, `canvas looks blank: only ${colours} distinct colours`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a deep link opens the reader on the chosen article, and the text is shown', async () => {
  const { page, context, errors } = await openPage({ hash: '#view=reader&article=003_1d4940750912eb2c' });
  const state = await page.evaluate(() => window.wiretrace.state());
  assert.equal(state.view, 'reader');
  assert.deepEqual(state.selected, ['003_1d4940750912eb2c']);
  assert.ok(state.reader_paragraphs > 10, `reader shows ${state.reader_paragraphs} paragraphs`);
  await page.screenshot({ path: join(shots, 'reader.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the canvas follows window resizes and stays crisp at devicePixelRatio 2', async () => {
  const { page, context, errors } = await openPage({ width: 900, height: 600, dpr: 2 });
  const size = () => page.evaluate(() => {
    const c = document.getElementById('canvas');
    return { w: c.width, h: c.height, cssW: c.clientWidth, cssH: c.clientHeight };
  });
  let s = await size();
  assert.equal(s.cssW, 900);
  assert.equal(s.w, 1800, 'backing store is CSS size × devicePixelRatio');
  await page.setViewportSize({ width: 700, height: 500 });
  await page.waitForFunction(() => document.getElementById('canvas').width === 1400);
  s = await size();
  assert.equal(s.h, 1000);
  await page.screenshot({ path: join(shots, 'sources-dpr2.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('Back returns to the previous view', async () => {
  const { page, context, errors } = await openPage({ hash: '#view=sources' });
  await page.evaluate(() => { window.location.hash = 'view=reader&article=001_6fae27749db3383d'; });
  await page.waitForFunction(() => window.wiretrace.state().view === 'reader');
  await page.goBack();
  await page.waitForFunction(() => window.wiretrace.state().view === 'sources');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a missing WebGL 2 shows a readable error instead of a blank page', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      return type === 'webgl2' ? null : original.call(this, type, ...rest);
    };
  });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}${BASE}`);
  await page.waitForFunction(() => window.wiretrace.state().error);
  assert.equal(await page.locator('#error').isVisible(), true);
  assert.match(await page.locator('#error-text').innerText(), /WebGL 2/);
  await context.close();
});
