// Browser tests of the foundation: the page starts, lists the corpus, renders text, follows
// resizes at HiDPI, restores deep links, and explains a missing WebGL 2.
//
//   node --test tests/web/        (scripts/test runs it after building)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { browser, port, BASE, shots, site, expectedArticles, openPage, distinctColours } from './harness.mjs';

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
  // The panel offers the text version, which needs no WebGL.
  assert.equal(await page.locator('#error a[href="report.html"]').isVisible(), true);
  await page.screenshot({ path: join(shots, 'no-webgl.png') });
  await context.close();
});

// The page asks whether ImGui's shaders built only after the first frame (src/app/GlShaderStatus.cpp):
// if they did not, the reader gets a message rather than a blank canvas.
test('shaders that WebGL cannot build show a readable error instead of a blank page', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const LINK_STATUS = 0x8B82;
    const proto = WebGL2RenderingContext.prototype;
    const parameter = proto.getProgramParameter;
    proto.getProgramParameter = function (program, name) {
      return name === LINK_STATUS ? false : parameter.call(this, program, name);
    };
    proto.getProgramInfoLog = function () { return 'link refused by the test'; };
  });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}${BASE}`);
  await page.waitForFunction(() => window.wiretrace.state().error);
  assert.equal(await page.locator('#error').isVisible(), true);
  assert.match(await page.locator('#error-text').innerText(), /WebGL could not build the page's shaders: link refused by the test/);
  await context.close();
});

// The app's WebAssembly is compiled while it downloads (web/shell.js, compileApp): compiled from
// its bytes after every download it held the page's thread for ~180 ms at start-up. It must
// still start where the host sends .wasm without the application/wasm type streaming
// compilation requires, and in a browser without streaming compilation.
test('the app is compiled while it downloads, whatever type the host sends, and without streaming compilation', async () => {
  for (const [what, setUp, expected] of [
    ['a host sending .wasm as application/octet-stream', async (context) => {
      await context.route('**/wiretrace.wasm', async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
      });
    }, 'streaming'],
    ['a browser without WebAssembly.compileStreaming', async (context) => {
      await context.addInitScript(() => { delete WebAssembly.compileStreaming; });
    }, 'bytes'],
  ]) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await setUp(context);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`http://127.0.0.1:${port}${BASE}`);
    await page.waitForFunction(() => { const s = window.wiretrace.state(); return s.ready || s.error; });
    const state = await page.evaluate(() => window.wiretrace.state());
    assert.equal(state.error, undefined, `${what}: ${state.error}`);
    assert.equal(state.articles, expectedArticles, what);
    assert.equal(await page.evaluate(() => window.wiretraceShell.wasmCompile), expected, what);
    assert.deepEqual(errors, [], what);
    await context.close();
  }
});

test('an idle page stops drawing, and input wakes it', async () => {
  const { page, context, errors } = await openPage();
  // The main loop pauses itself once nothing moves: no frames, no CPU.
  await page.waitForFunction(() => window.wiretrace.state().idle === true);
  const before = (await page.evaluate(() => window.wiretrace.state())).frames;
  await page.mouse.move(300, 200);
  await page.mouse.move(320, 220);
  await page.waitForFunction((n) => window.wiretrace.state().frames > n, before);
  await page.waitForFunction(() => window.wiretrace.state().idle === true);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the analysis re-run in the browser is byte-identical to the build\'s', async () => {
  const { page, context, errors } = await openPage();
  const inBrowser = await page.evaluate(() => Module.UTF8ToString(Module._wiretrace_reanalyze()));
  const built = readFileSync(join(site, '..', 'bundle', 'analysis.json'), 'utf8');
  assert.ok(built.length > 1000);
  assert.equal(inBrowser.length, built.length, 'same length');
  assert.equal(inBrowser === built, true, 'same bytes');
  assert.deepEqual(errors, []);
  await context.close();
});
