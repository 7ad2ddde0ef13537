// Browser tests of the Claims view as a fact-checker uses it: the consensus version of each
// claim, only the outlets that departed from it marked, filters by kind of change and by outlet
// picked with clicks, and the details pane that says who changed what in words.
//
//   node --test --test-concurrency=1 tests/web/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { shots, openPage } from './harness.mjs';

const state = (page) => page.evaluate(() => window.wiretrace.state());
const click = (page, r) => page.mouse.click(r[0] + r[2] / 2, r[1] + r[3] / 2);

// Opens a combo reported as `control` and clicks its item `item` (both names from the hook).
async function pick(page, control, item) {
  let s = await state(page);
  await click(page, s.claims_controls[control]);
  await page.waitForFunction((k) => !!window.wiretrace.state().claims_controls[k], item);
  // ImGui places a new popup on the frame after the one that first lays it out; the page answers
  // between frames, so the item is clicked once it reports the same place on two frames.
  const rect = await page.evaluate(async (k) => {
    const at = () => JSON.stringify(window.wiretrace.state().claims_controls[k]);
    const frame = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    for (let last = at(), i = 0; i < 50; i++) {
      await frame();
      const now = at();
      if (now === last) return JSON.parse(now);
      last = now;
    }
    return JSON.parse(at());
  }, item);
  await click(page, rect);
}

test('Claims: the quote 002 rewrote is marked on 002 only, and the details say so in words', async () => {
  const { page, context, errors } = await openPage({ hash: '#view=claims', width: 1280, height: 800 });
  const s = await state(page);
  assert.equal(s.view, 'claims');
  // The AP quote of Rami Abdurrahman ("The battle of Homs is the mother of all battles …"):
  // 001 and 003 copy it, 004 quotes part of it unchanged, 002 rewrites it ("The battle for Homs
  // is crucial …"). Only 002 may carry the quote-wording mark.
  const quote = s.claims_table.find((r) => r.type === 'quote' && /battle (of|for) Homs/i.test(r.label));
  assert.ok(quote, `no claim for the Homs quote among: ${s.claims_table.map((r) => r.label).join(' | ')}`);
  const wording = quote.changes.filter((c) => c.kind === 'quote_wording');
  assert.deepEqual([...new Set(wording.map((c) => c.article))], ['002_bd84230b44241b6d'],
                   `quote_wording flagged on ${JSON.stringify(quote.changes)}`);
  assert.notEqual(quote.reference, '002_bd84230b44241b6d', 'the rewrite is not the consensus');
  // No claim marks every outlet that states it: differences are against the consensus.
  for (const r of s.claims_table)
    assert.ok(r.differing_outlets.length < Math.max(r.outlets, 2),
              `every outlet of "${r.label}" is marked: ${JSON.stringify(r.changes)}`);
  // Selecting the claim opens the details pane below the matrix (deep link does the same).
  await page.evaluate((id) => { location.hash = `view=claims&claim=${id}`; }, quote.id);
  await page.waitForFunction((id) => window.wiretrace.state().claims_details === id, quote.id);
  await page.screenshot({ path: join(shots, 'claims-details-1280.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('Claims: filter by outlet and kind of change, picked with clicks', async () => {
  const { page, context, errors } = await openPage({ hash: '#view=claims', width: 1280, height: 800 });
  let s = await state(page);
  const all = s.claims_rows;
  // What did 002 (the paraphrase) change? Outlet filter plus "Differences only".
  const outlet002 = (await page.evaluate(() => window.wiretrace.state())).claims_table
    .flatMap((r) => r.changes).find((c) => c.article === '002_bd84230b44241b6d')?.outlet;
  assert.ok(outlet002, '002 departs from the consensus somewhere');
  await pick(page, 'outlet', `outlet:${outlet002}`);
  await page.waitForFunction((o) => window.wiretrace.state().claims_filter.outlet === o, outlet002);
  s = await state(page);
  assert.ok(s.claims_rows < all, 'the outlet filter leaves fewer claims');
  assert.ok(s.claims_table.every((r) => r.articles.includes('002_bd84230b44241b6d')), 'every row is stated by 002');
  await click(page, s.claims_controls.differences_only);
  await page.waitForFunction(() => window.wiretrace.state().claims_filter.differences_only);
  s = await state(page);
  assert.ok(s.claims_rows > 0);
  assert.ok(s.claims_table.every((r) => r.changes.some((c) => c.outlet === outlet002)),
            'with Differences only, every row is something 002 changed');
  // Back to all outlets, then only quote-wording changes.
  await pick(page, 'outlet', 'outlet:*');
  await page.waitForFunction(() => window.wiretrace.state().claims_filter.outlet === 'all');
  await pick(page, 'kind', 'kind:quote_wording');
  await page.waitForFunction(() => window.wiretrace.state().claims_filter.kind === 'quote_wording');
  s = await state(page);
  assert.ok(s.claims_rows > 0);
  assert.ok(s.claims_table.every((r) => r.kinds.includes('quote_wording')));
  await page.screenshot({ path: join(shots, 'claims-filtered-1280.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('Claims on a phone: a card per claim, its text readable, every outlet in view, nothing scrolled sideways', async () => {
  const { page, context, errors } = await openPage({ hash: '#view=claims', width: 390, height: 844, touch: true });
  let s = await state(page);
  // At 390 px the matrix gave the claim text ~20 characters and pushed outlets off to the right.
  assert.equal(s.claims_layout, 'cards');
  assert.equal(s.claims_scroll_max_x, 0, 'the claims scroll sideways on a phone');
  assert.equal(s.claims_rows, s.claims_table.length);
  const card = s.claims_first_card;
  assert.ok(card[2] > 300 && card[2] <= 390, `card width ${card[2]}: the claim's text gets the phone's width`);
  // A tap on the card's text selects the claim: its details open below, as on a desktop.
  await page.touchscreen.tap(card[0] + 40, card[1] + 8);
  await page.waitForFunction((id) => window.wiretrace.state().claims_details === id, s.claims_table[0].id);
  await page.screenshot({ path: join(shots, 'claims-phone.png') });
  s = await state(page);
  assert.equal(s.claims_layout, 'cards');
  // The details pane's buttons ("Copy all wordings", "Read") and remarks wrap onto the next line
  // rather than run past the right edge, where a phone cut them off.
  assert.equal(s.claims_details_overflow, 0, 'something in the details pane passes its right edge');
  // So does a claim with a change (its kind and Read after the outlet's name).
  const changed = s.claims_table.find((c) => c.changes.length > 0);
  assert.ok(changed, 'the seeds have a claim with a change');
  {
    await page.evaluate((id) => { location.hash = 'view=claims&claim=' + id; }, changed.id);
    await page.waitForFunction((id) => window.wiretrace.state().claims_details === id, changed.id);
    s = await state(page);
    assert.equal(s.claims_details_overflow, 0, `claim ${changed.id}: the details pass the right edge`);
  }
  for (const theme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: theme });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.screenshot({ path: join(shots, `claims-phone-details-${theme}.png`) });
  }
  assert.deepEqual(errors, []);
  await context.close();
  // The desktop keeps the matrix.
  const wide = await openPage({ hash: '#view=claims', width: 1280, height: 800 });
  assert.equal((await state(wide.page)).claims_layout, 'matrix');
  await wide.context.close();
});
