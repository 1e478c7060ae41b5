/**
 * The programme page in headless Chromium (issue 16): a real server process, the built client,
 * the largest programme. Needs `npm run build` first. Run alone: npx tsx bench/grid.bench.ts
 *
 * - cold open to the first visible row: a fresh browser context (no cache), from navigation start
 *   to the frame after the first grid row appeared inside the window; with and without 4x CPU
 *   throttling (Chromium's own, through the DevTools protocol);
 * - DOM elements at that first paint, and once the page has settled;
 * - keystroke to paint: a key typed into an open cell editor, from the key event to the frame after;
 * - save to paint: Enter in the editor until the cell shows the new text, painted;
 * - remote edit applied and painted: a colleague (a y-websocket client in this process) sets a
 *   visible cell; from the socket message's arrival in the page to the frame that shows it.
 *
 * "After paint" is taken as a task posted from a requestAnimationFrame callback, which runs once
 * the frame has been produced.
 */
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { readProgramme, setField, userOrigin } from '../shared/doc/index.ts';
import { DEFAULT_CONFIG } from '../server/config.ts';
import { startKoers, type RunningServer } from './processes.ts';
import { connect, disconnectAll, whenSynced } from './sync-clients.ts';
import { fmt, markdownTable, summarise } from './stats.ts';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const COLD_RUNS = Number(process.env.BENCH_GRID_COLD_RUNS ?? 5);
const KEYSTROKES = 60;
const SAVES = 20;
const REMOTE_EDITS = 40;
const VIEWPORT = { width: 1440, height: 900 };

/**
 * Installed before any page script: marks the first visible grid row and socket arrivals. A
 * string, not a function: tsx would wrap a function's inner functions in helpers the page lacks.
 */
const INSTRUMENT = `(() => {
  const w = window;
  // The functions passed to page.evaluate below name their inner functions through tsx's helper.
  w.__name = (fn) => fn;
  const afterPaint = (done) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(null);
    });
  w.__afterPaint = afterPaint;
  const observer = new MutationObserver(() => {
    for (const row of document.querySelectorAll('.ag-row')) {
      const rect = row.getBoundingClientRect();
      if (rect.height > 0 && rect.top < window.innerHeight && rect.bottom > 0) {
        const elements = document.getElementsByTagName('*').length;
        observer.disconnect();
        afterPaint((t) => { w.__firstRow = { t, elements }; });
        return;
      }
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  const Native = window.WebSocket;
  const arrivals = [];
  w.__arrivals = arrivals;
  window.WebSocket = class extends Native {
    constructor(url, protocols) {
      super(url, protocols);
      this.addEventListener('message', () => arrivals.push(performance.now()));
    }
  };
})();`;

async function largestProgramme(server: RunningServer): Promise<{ id: string; rows: number }> {
  const base = `http://127.0.0.1:${server.port}`;
  const list = (await (await fetch(`${base}/api/documents`, { headers: { cookie: server.cookie! } })).json()) as { id: string }[];
  let best = { id: '', rows: -1 };
  for (const { id } of list) {
    const body = (await (await fetch(`${base}/api/documents/${id}`, { headers: { cookie: server.cookie! } })).json()) as { programme?: unknown };
    const rows = JSON.stringify(body).match(/"id":/g)?.length ?? 0;
    if (rows > best.rows) best = { id, rows };
  }
  return best;
}

async function newSignedInContext(browser: Browser, server: RunningServer): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'nl-NL' });
  const cookies = server.cookie!.split('; ').map((pair) => {
    const at = pair.indexOf('=');
    return { name: pair.slice(0, at), value: pair.slice(at + 1), domain: '127.0.0.1', path: '/' };
  });
  await context.addCookies(cookies);
  await context.addInitScript({ content: INSTRUMENT });
  return context;
}

async function coldOpen(browser: Browser, server: RunningServer, docId: string, throttle: number): Promise<{ ms: number; elements: number; settled: number; grids: number }> {
  const context = await newSignedInContext(browser, server);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.goto(`http://127.0.0.1:${server.port}/#/programma/${docId}`);
    try {
      await page.waitForFunction(() => (window as unknown as { __firstRow?: unknown }).__firstRow !== undefined, null, { timeout: 60_000 });
    } catch (error) {
      const body = await page.evaluate(() => document.body.innerText.slice(0, 500)).catch(() => '?');
      throw new Error(`no grid row appeared at ${page.url()}; the page says: ${body}`, { cause: error });
    }
    const first = await page.evaluate(() => (window as unknown as { __firstRow: { t: number; elements: number } }).__firstRow);
    await page.waitForFunction(() => document.querySelectorAll('.grid-placeholder').length === 0, null, { timeout: 120_000 });
    await page.waitForTimeout(500 * throttle);
    const settled = await page.evaluate(() => ({ n: document.getElementsByTagName('*').length, grids: document.querySelectorAll('.ag-root-wrapper').length }));
    if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return { ms: first.t, elements: first.elements, settled: settled.n, grids: settled.grids };
  } finally {
    await context.close();
  }
}

/** Milliseconds from a key event in the page to the frame after it, for the next `count` keys. */
async function armKeyTimer(page: Page, key: string): Promise<void> {
  await page.evaluate((k) => {
    const w = window as unknown as { __keyTimes: number[]; __afterPaint(done: (t: number) => void): void };
    w.__keyTimes = [];
    window.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== k) return;
        const start = event.timeStamp;
        w.__afterPaint((t) => w.__keyTimes.push(t - start));
      },
      { capture: true },
    );
  }, key);
}

async function keystrokes(page: Page): Promise<number[]> {
  await page.locator('.ag-row[row-id] .ag-cell[col-id="indicator"]').first().click();
  await page.keyboard.press('Enter');
  await page.locator('.ag-popup-editor textarea').waitFor();
  await armKeyTimer(page, 'k');
  for (let i = 0; i < KEYSTROKES; i++) {
    await page.keyboard.press('k');
    await page.waitForTimeout(30);
  }
  await page.waitForTimeout(200);
  const times = await page.evaluate(() => (window as unknown as { __keyTimes: number[] }).__keyTimes);
  await page.keyboard.press('Escape');
  return times;
}

/** Enter in an open editor until the cell shows the new text in a painted frame. */
async function saves(page: Page, rowId: string): Promise<number[]> {
  const times: number[] = [];
  const cell = page.locator(`.ag-row[row-id="${rowId}"] .ag-cell[col-id="source"]`).first();
  for (let i = 0; i < SAVES; i++) {
    const text = `Bron meting ${i}`;
    await cell.click();
    await page.keyboard.type(text);
    const ms = page.evaluate(
      ({ rowId: id, text: want }) =>
        new Promise<number>((resolve) => {
          const w = window as unknown as { __afterPaint(done: (t: number) => void): void };
          let start = 0;
          const onKey = (event: KeyboardEvent) => {
            if (event.key === 'Enter') start = event.timeStamp;
          };
          window.addEventListener('keydown', onKey, { capture: true, once: true });
          const observer = new MutationObserver(() => {
            const el = document.querySelector(`.ag-row[row-id="${id}"] .ag-cell[col-id="source"] .cell-text`);
            if (start > 0 && el?.textContent === want) {
              observer.disconnect();
              w.__afterPaint((t) => resolve(t - start));
            }
          });
          observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        }),
      { rowId, text },
    );
    await page.waitForTimeout(20);
    await page.keyboard.press('Enter');
    times.push(await ms);
    await page.waitForTimeout(150);
  }
  return times;
}

/** A colleague's edits, from their arrival over the socket to the painted frame. */
async function remoteEdits(page: Page, server: RunningServer, docId: string, rowId: string): Promise<number[]> {
  const colleague = connect(`ws://127.0.0.1:${server.port}/sync`, docId, server.cookie);
  await whenSynced(colleague);
  const origin = userOrigin('bench-colleague', 'Collega');
  const kind = readProgramme(colleague.doc).goals.some((g) => g.indicators.some((i) => i.id === rowId)) ? 'goalIndicator' : null;
  if (!kind) throw new Error(`row ${rowId} is not a goal indicator`);
  const times: number[] = [];
  try {
    for (let i = 0; i < REMOTE_EDITS; i++) {
      const text = `Collega schrijft ${i}`;
      const ms = page.evaluate(
        ({ rowId: id, text: want }) =>
          new Promise<number>((resolve) => {
            const w = window as unknown as { __arrivals: number[]; __afterPaint(done: (t: number) => void): void };
            const from = w.__arrivals.length;
            const observer = new MutationObserver(() => {
              const el = document.querySelector(`.ag-row[row-id="${id}"] .ag-cell[col-id="indicator"] .cell-text`);
              if (el?.textContent === want) {
                observer.disconnect();
                const arrived = w.__arrivals[from] ?? performance.now();
                w.__afterPaint((t) => resolve(t - arrived));
              }
            });
            observer.observe(document.body, { childList: true, subtree: true, characterData: true });
          }),
        { rowId, text },
      );
      await page.waitForTimeout(50);
      setField(colleague.doc, 'goalIndicator', rowId, 'indicator', text, origin);
      times.push(await ms);
      await page.waitForTimeout(200);
    }
  } finally {
    disconnectAll([colleague]);
  }
  return times;
}

export async function runGridBench(): Promise<{ table: string }> {
  if (!existsSync(join(DEFAULT_CONFIG.staticDir, 'index.html'))) return { table: 'Not built: run `npm run build` first.' };
  const dataDir = mkdtempSync(join(tmpdir(), 'koers-bench-grid-'));
  const server = await startKoers(dataDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  try {
    const { id: docId } = await largestProgramme(server);
    const rows: string[][] = [];
    for (const throttle of [1, 4]) {
      const runs = [];
      for (let i = 0; i < (throttle > 1 ? Math.max(2, Math.ceil(COLD_RUNS / 2)) : COLD_RUNS); i++) runs.push(await coldOpen(browser, server, docId, throttle));
      const open = summarise(runs.map((r) => r.ms));
      const label = throttle > 1 ? ` (CPU ${throttle}x slower)` : '';
      rows.push([`cold open to first visible row${label}`, String(runs.length), fmt(open.p50, 0), fmt(Math.max(...runs.map((r) => r.ms)), 0), throttle > 1 ? '< 4,000 ms' : '< 1,000 ms']);
      if (throttle === 1) {
        rows.push(['DOM elements at first paint', String(runs.length), fmt(summarise(runs.map((r) => r.elements)).p50, 0), fmt(Math.max(...runs.map((r) => r.elements)), 0), '<= 2,000']);
        rows.push(['DOM elements once every table is mounted', String(runs.length), `${fmt(summarise(runs.map((r) => r.settled)).p50, 0)} (${runs[0]!.grids} grids)`, fmt(Math.max(...runs.map((r) => r.settled)), 0), '']);
      }
    }

    const context = await newSignedInContext(browser, server);
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${server.port}/#/programma/${docId}`);
    const firstRow = page.locator('.ag-row[row-id]').first();
    await firstRow.waitFor();
    const rowId = (await firstRow.getAttribute('row-id'))!;
    // Steady state: every table mounted (tables off screen mount while the browser is idle).
    await page.waitForFunction(() => document.querySelectorAll('.grid-placeholder').length === 0, null, { timeout: 60_000 });
    await page.waitForTimeout(1000);
    const keys = summarise(await keystrokes(page));
    rows.push(['keystroke in an open editor to paint (p50 / p95)', String(keys.count), fmt(keys.p50), fmt(keys.p95), '< 16 ms p95']);
    const saved = summarise(await saves(page, rowId));
    rows.push(['save (Enter) to the cell painted (p50 / p95)', String(saved.count), fmt(saved.p50), fmt(saved.p95), '']);
    const remote = summarise(await remoteEdits(page, server, docId, rowId));
    rows.push(["colleague's edit: arrival to painted (p50 / p95)", String(remote.count), fmt(remote.p50), fmt(remote.p95), '< 50 ms p95']);
    await context.close();
    const table = markdownTable(['measure (' + docId + ')', 'runs', 'median ms / count', 'max or p95', 'target'], rows);
    return { table };
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log((await runGridBench()).table);
  process.exit(0);
}
