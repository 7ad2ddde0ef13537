// harness.mjs — shared set-up for the browser tests: serve the built page from 127.0.0.1 under
// a sub-path (as GitHub Pages serves /<repo>/), launch Debian's headless Chromium with
// SwiftShader WebGL, open the page and wait on window.wiretrace.state() (never on sleeps).
import { before, after } from 'node:test';
import { readdirSync, mkdirSync, cpSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import assert from 'node:assert/strict';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const site = process.env.WIRETRACE_SITE || join(root, 'build', 'web', 'site');
export const shots = join(root, 'build', 'screenshots');
const corpusDir = join(root, 'corpus');
export const BASE = '/wiretrace/';

// The corpus the page embeds, counted the way the loader counts it: one article per text file.
export const expectedArticles = readdirSync(corpusDir).filter((n) => /\.(md|markdown|txt)$/.test(n)).length;

let server;
export let browser, port;

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
// `touch`: a phone (touch events, isMobile), as a journalist's phone opens the page.
export async function openPage({ hash = '', width = 1280, height = 800, dpr = 1, touch = false } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: dpr,
                                             hasTouch: touch, isMobile: touch });
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

// ImGui acts on a press over a widget it already saw hovered: move there, let the page draw two
// frames, then click (a click that jumps there selects nothing). `r` is [x, y, w, h] as the page
// reports it in window.wiretrace.state().
export async function clickCentre(page, r) {
  await page.mouse.move(r[0] + r[2] / 2, r[1] + r[3] / 2);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.mouse.click(r[0] + r[2] / 2, r[1] + r[3] / 2);
}

// Clicks a widget until the page's state satisfies `shown` (a function run in the page), up to
// four clicks, each waited on for 5 s. `rectOf` is a function run in the page that returns the
// widget's [x, y, w, h] from window.wiretrace.state(), read again before each click and waited
// on until it has a size: on the frame a view first draws, ImGui has not laid out its tab bar
// yet and the tab's rectangle is [0, 0, 0, 0] (one fresh-clone CI run of d28569b clicked there
// four times). A click can also land before ImGui saw the hover on a loaded machine (one run of
// 5ce60d4), hence the retries.
export async function clickUntil(page, rectOf, shown, arg = null) {
  for (let attempt = 1; ; ++attempt) {
    const r = await (await page.waitForFunction(rectOf)).jsonValue();
    await clickCentre(page, r);
    try {
      await page.waitForFunction(shown, arg, { timeout: 5000 });
      return;
    } catch (e) {
      if (attempt === 4) throw e;
    }
  }
}

// Counts distinct colours in a screenshot, decoded by the browser itself (no PNG library needed).
export async function distinctColours(page, png) {
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


// The built page with another corpus's analysis dropped in, served from 127.0.0.1 under BASE: the
// app does not change with the corpus, only analysis.wtab.gz does (written by the native CLI,
// gzipped here). The site is build/test-sites/<name>/site; `input(dir)` gives the files or
// folder to analyse (it may write them into dir first). Returns the server; close it after.
export async function serveAnalysedSite(name, input) {
  const dir = join(root, 'build', 'test-sites', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(site, join(dir, 'site'), { recursive: true });
  const cli = join(root, 'build', 'native', 'wiretrace');
  assert.ok(existsSync(cli), 'the native CLI is built (scripts/build web builds it)');
  const binary = join(dir, 'analysis.wtab');
  execFileSync(cli, ['analyze', input(dir), '--binary', binary]);
  writeFileSync(join(dir, 'site', 'analysis.wtab.gz'), gzipSync(readFileSync(binary), { level: 9 }));
  return serve(join(dir, 'site'), { port: 0, base: BASE });
}

// `articles` pickups of one wire story (scripts/gen-corpus --one-story), written into dir.
export function oneStoryCorpus(dir, articles, seed) {
  const corpus = join(dir, 'corpus.jsonl');
  execFileSync(join(root, 'scripts', 'gen-corpus'), [String(articles), corpus, '--one-story', '--seed', String(seed)]);
  return corpus;
}
