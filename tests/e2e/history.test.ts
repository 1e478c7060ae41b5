/**
 * History you can trust, in real Chromium against the real server with two officers: a version
 * is taken and opened read-only, the differences show in the grid and as a list, comments sync
 * between the browsers and survive a server restart, a cell's history is listed and restored
 * from a version, undo stays personal, a colleague's overwrite is shown as a clash that can be
 * taken back, and council-owned fields ask for a change request once the raad adopted a version.
 * axe-core runs on the Versies view, a version, the differences and the panels.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { WebsocketProvider } from 'y-websocket';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { readComments } from '../../shared/doc/index.ts';
import {
  adminCookie,
  expectNoSeriousAxeViolations,
  openAsUser,
  restartServer,
  startServerAndBrowser,
  stopServerAndBrowser,
  type RunningServer,
} from '../helpers/browser.ts';
import { waitUntil } from '../helpers/wait.ts';
import { activeCell, cell, cellText, rowIds } from '../helpers/grid-page.ts';
import { failTestsOnPageErrors } from '../helpers/page-errors.ts';
import { moreMenu } from '../helpers/more-menu.ts';

const PROGRAMME = 'bestaanszekerheid';
const HASH = `#/programma/${PROGRAMME}`;
const INDICATORS = 'tabel-g1-indicatoren';
// Doel 1, indicator 1 and 2 of the council document.
const MELDINGEN = 'g1-i1';
const OPVANG = 'g1-i2';
const OPVANG_SOURCE = 'Cijfers aangeleverd door centrumgemeente';
const CONCEPT = 'Concept voor de ASD';
const ADOPTED = 'Vastgesteld door de raad 2025';

let server: RunningServer;
let browser: Browser;
const pageErrors = failTestsOnPageErrors();
let anna: Page;
let bram: Page;

/** Visible text with runs of whitespace as one space (screen-reader-only words sit on their own line). */
async function text(locator: Locator): Promise<string> {
  return (await locator.innerText()).replace(/\s+/g, ' ').trim();
}

/** Types a new value into a large-text cell, as an officer does: double click, type, Enter. */
async function editCell(page: Page, rowId: string, colId: string, value: string): Promise<void> {
  await cell(page, rowId, colId).dblclick();
  const editor = page.locator('.ag-popup-editor textarea');
  await editor.waitFor();
  await editor.fill(value);
  await editor.press('Enter');
  await expect.poll(() => page.locator('.ag-popup-editor').count()).toBe(0);
}

async function openTab(page: Page, name: 'Problemen' | 'Opmerkingen' | 'Geschiedenis'): Promise<void> {
  await page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
}

/** Two animation frames: whatever a key press would open has rendered by then. */
function settled(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => (window.location.hash = h), hash);
}

/** A y-websocket reader in Node, signed in as the beheerder: /sync needs a session. */
async function readAsAdmin<T>(docId: string, read: (doc: Y.Doc) => T): Promise<T> {
  const cookie = await adminCookie(server.url);
  class CookieWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie } });
    }
  }
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`ws://127.0.0.1:${server.port}/sync`, docId, doc, {
    WebSocketPolyfill: CookieWebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  try {
    await waitUntil(() => provider.synced, { timeoutMs: 20_000, what: `${docId} to sync` });
    return read(doc);
  } finally {
    provider.destroy();
    doc.destroy();
  }
}

async function takeVersion(page: Page, input: { name: string; status: string; date: string; documentNumber: string }): Promise<void> {
  await (await moreMenu(page)).getByRole('button', { name: 'Versie vastleggen…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Versie vastleggen' });
  await dialog.waitFor();
  await dialog.getByLabel('Naam').fill(input.name);
  await dialog.getByLabel('Status').selectOption(input.status);
  await dialog.getByLabel('Datum van het besluit').fill(input.date);
  await dialog.getByLabel('Documentnummer').fill(input.documentNumber);
  await dialog.getByRole('button', { name: 'Vastleggen', exact: true }).click();
  await expect.poll(() => page.locator('.notices').innerText()).toContain(`Versie “${input.name}” vastgelegd.`);
  await expect.poll(() => dialog.isVisible()).toBe(false);
}

beforeAll(async () => {
  ({ server, browser } = await startServerAndBrowser());
});

afterAll(() => stopServerAndBrowser({ server, browser }));

describe('history you can trust', () => {
  it('a version is taken with name, status, date and document number, and listed on the Versies timeline', async () => {
    anna = await openAsUser(browser, `${server.url}/${HASH}`, 'Anna de Vries', pageErrors);
    bram = await openAsUser(browser, `${server.url}/${HASH}`, 'Bram Jansen', pageErrors);
    await cell(anna, MELDINGEN, 'source').waitFor();
    await cell(bram, MELDINGEN, 'source').waitFor();
    await expect.poll(() => anna.locator('.version-shown').innerText()).toBe('Huidige versie');

    // A date that does not exist is refused on the field, in Dutch.
    await (await moreMenu(anna)).getByRole('button', { name: 'Versie vastleggen…' }).click();
    const dialog = anna.getByRole('dialog', { name: 'Versie vastleggen' });
    await dialog.getByLabel('Naam').fill(CONCEPT);
    await dialog.getByLabel('Datum van het besluit').fill('30-02-2025');
    await dialog.getByRole('button', { name: 'Vastleggen', exact: true }).click();
    await expect.poll(() => dialog.locator('.field-error').innerText()).toContain('dd-mm-jjjj');
    await expectNoSeriousAxeViolations(anna, 'dialoog Versie vastleggen');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();

    await takeVersion(anna, { name: CONCEPT, status: 'concept', date: '13-02-2025', documentNumber: 'ASD-2025-007' });
    await anna.getByRole('link', { name: 'Versies', exact: true }).click();
    const item = anna.locator('.timeline-item').first();
    await expect.poll(() => item.innerText()).toContain(CONCEPT);
    expect(await item.innerText()).toMatch(/Concept · besluit van 13-02-2025/);
    expect(await item.innerText()).toContain('ASD-2025-007');
    expect(await item.innerText()).toContain('door Anna de Vries op');
    await expectNoSeriousAxeViolations(anna, 'Versies');
    await go(anna, HASH);
    await cell(anna, MELDINGEN, 'source').waitFor();

    // Bram's page had its list before the version existed; the server's mark in the doc
    // brings it in without a reload or a focus change.
    await go(bram, `${HASH}/versies`);
    await expect.poll(() => bram.locator('.timeline-item').first().innerText()).toContain(CONCEPT);
    await go(bram, HASH);
    await cell(bram, MELDINGEN, 'source').waitFor();
  });

  it('after edits, the version opens read-only in the same grid with the frozen value and a different top bar', async () => {
    await editCell(anna, MELDINGEN, 'source', 'CBS en Veilig Thuis Flevoland');
    await expect.poll(() => cellText(bram, MELDINGEN, 'source')).toBe('CBS en Veilig Thuis Flevoland');
    // Bram adds an indicator: a new row for the differences.
    await cell(bram, OPVANG, 'indicator').click();
    await bram.getByRole('button', { name: 'Rij toevoegen: Indicatoren bij doel 1' }).click();
    await expect.poll(async () => (await rowIds(bram, INDICATORS)).length).toBe(3);
    await bram.keyboard.press('Enter');
    await bram.keyboard.type('Aantal huisverboden');
    await bram.keyboard.press('Enter');
    await expect.poll(async () => (await rowIds(anna, INDICATORS)).length).toBe(3);

    const liveColour = await anna.locator('header.topbar').evaluate((el) => getComputedStyle(el).backgroundColor);
    await anna.getByRole('link', { name: 'Versies', exact: true }).click();
    await anna.getByRole('link', { name: `Bekijken (versie ${CONCEPT})` }).click();
    await expect.poll(() => cellText(anna, MELDINGEN, 'source')).toBe('CBS');
    expect(await rowIds(anna, INDICATORS)).toEqual([MELDINGEN, OPVANG]);
    await expect
      .poll(() => anna.locator('.version-shown').innerText())
      .toContain(`Concept: ${CONCEPT} (13-02-2025)`);
    expect(await anna.locator('header.topbar').evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(liveColour);
    expect(await anna.getByRole('link', { name: 'Terug naar de huidige versie' }).count()).toBe(1);

    // Nothing edits a frozen version: no row buttons, no pencils, no editor on Enter or double click.
    expect(await anna.getByRole('button', { name: /^Rij toevoegen/ }).count()).toBe(0);
    expect(await anna.locator('main .icon-button').count()).toBe(0);
    await cell(anna, MELDINGEN, 'source').dblclick();
    await anna.keyboard.press('Enter');
    await settled(anna);
    expect(await anna.locator('.ag-popup-editor').count()).toBe(0);
    await expectNoSeriousAxeViolations(anna, 'vastgelegde versie');
  });

  it('the differences with now show in the grid (changed cell with its old value, new row) and as a list with codes', async () => {
    await anna.getByRole('link', { name: 'verschillen met de huidige versie' }).click();
    const list = anna.locator('.change-list');
    await expect.poll(() => list.locator('h2').innerText()).toBe(`Wijzigingen van de huidige versie ten opzichte van ${CONCEPT} (Concept, 13-02-2025)`);
    await expect.poll(() => list.getByRole('status').innerText()).toBe('1 gewijzigde cel, 1 nieuwe rij.');
    const changed = list.locator('.change-line.kind-changed');
    expect(await changed.innerText()).toMatch(/Gewijzigd: Monitoring\/bron[\s\S]*Doel 1[\s\S]*Indicator bij doel: Aantal meldingen[\s\S]*Was: CBS[\s\S]*Nu: CBS en Veilig Thuis Flevoland/);
    expect(await list.locator('.change-line.kind-added').innerText()).toMatch(/Nieuw[\s\S]*Doel 1[\s\S]*Indicator bij doel: Aantal huisverboden/);
    expect(await list.locator('.change-group h3').allInnerTexts()).toEqual(['Doel 1']);

    const source = cell(anna, MELDINGEN, 'source');
    await expect.poll(() => source.getAttribute('data-diff')).toBe('changed');
    expect(await source.locator('.diff-badge').innerText()).toContain('Gewijzigd');
    await source.hover();
    await expect.poll(() => anna.locator('.diff-tooltip').innerText()).toMatch(/Monitoring\/bron\s+Was: CBS\s+Nu: CBS en Veilig Thuis Flevoland/);
    const newRow = (await rowIds(anna, INDICATORS))[2]!;
    await expect.poll(() => cell(anna, newRow, 'indicator').getAttribute('data-diff')).toBe('added');
    expect(await cell(anna, newRow, 'indicator').locator('.diff-badge').innerText()).toContain('Nieuw');

    // The list follows the live document.
    await editCell(bram, OPVANG, 'indicator', 'Het aantal aanmeldingen beschermd wonen');
    await expect.poll(() => list.getByRole('status').innerText()).toBe('2 gewijzigde cellen, 1 nieuwe rij.');
    await anna.mouse.move(5, 995);
    await expectNoSeriousAxeViolations(anna, 'verschillen');
    await go(anna, HASH);
    await cell(anna, MELDINGEN, 'source').waitFor();
  });

  it('a comment thread on a cell reaches the colleague with a marker in the cell; replies sync; text stays text', async () => {
    await cell(anna, OPVANG, 'baseline').click();
    await openTab(anna, 'Opmerkingen');
    const annaPanel = anna.getByRole('region', { name: 'Opmerkingen', exact: true });
    await expect.poll(() => annaPanel.locator('.panel-context').innerText()).toBe('Bij: Doel 1 · indicator 2 · Nulmeting');
    const text = 'Is 2026 de juiste peildatum? <script>window.gehackt = true</script>';
    await annaPanel.getByLabel('Nieuwe opmerking').fill(text);
    await annaPanel.getByRole('button', { name: 'Plaatsen' }).click();
    await expect.poll(() => annaPanel.locator('.thread .comment-text').first().innerText()).toBe(text);

    const mark = cell(bram, OPVANG, 'baseline').locator('.comment-mark');
    await expect.poll(() => mark.innerText()).toContain('1');
    expect(await mark.locator('.sr-only').innerText()).toBe('(1 open opmerking)');
    await openTab(bram, 'Opmerkingen');
    const bramPanel = bram.getByRole('region', { name: 'Opmerkingen', exact: true });
    const bramThread = bramPanel.locator('.thread').first();
    await expect.poll(() => bramThread.locator('.comment-text').innerText()).toBe(text);
    expect(await bramThread.locator('.thread-place').innerText()).toBe('Doel 1 · indicator 2 · Nulmeting');
    expect(await bram.evaluate(() => (window as unknown as { gehackt?: boolean }).gehackt ?? false)).toBe(false);
    expect(await bram.locator('.comment-text script').count()).toBe(0);

    await bramThread.getByLabel('Antwoord op de opmerking van Anna de Vries').fill('Ja, de nulmeting volgt in 2026.');
    await bramThread.getByRole('button', { name: 'Antwoorden' }).click();
    await expect.poll(() => annaPanel.locator('.thread').first().locator('.comment-text').allInnerTexts()).toEqual([
      text,
      'Ja, de nulmeting volgt in 2026.',
    ]);
    await expectNoSeriousAxeViolations(bram, 'Opmerkingen-paneel');
  });

  it('comments and versions survive a server restart, and stay live afterwards', async () => {
    // Both leave the programme, so what comes back can only come from the server's storage.
    await go(anna, '#/');
    await go(bram, '#/');
    await expect.poll(() => anna.locator('.card').count()).toBe(3);
    server = await restartServer(server);

    expect(await readAsAdmin(PROGRAMME, (doc) => readComments(doc).map((c) => c.text))).toEqual([
      'Is 2026 de juiste peildatum? <script>window.gehackt = true</script>',
      'Ja, de nulmeting volgt in 2026.',
    ]);

    await go(anna, HASH);
    await go(bram, HASH);
    await expect.poll(() => cell(bram, OPVANG, 'baseline').locator('.comment-mark').count()).toBe(1);
    await openTab(anna, 'Opmerkingen');
    const thread = anna.getByRole('region', { name: 'Opmerkingen', exact: true }).locator('.thread').first();
    await expect.poll(() => thread.locator('.comment-text').count()).toBe(2);
    await thread.getByRole('button', { name: 'Oplossen' }).click();
    await expect.poll(() => cell(bram, OPVANG, 'baseline').locator('.comment-mark').count()).toBe(0);
    await go(anna, `${HASH}/versies`);
    await expect.poll(() => anna.locator('.timeline-item').first().innerText()).toContain(CONCEPT);
    await go(anna, HASH);
    await cell(anna, MELDINGEN, 'source').waitFor();
  });

  it('the Geschiedenis panel lists who changed the focused cell from what to what, and restores it from a version', async () => {
    await cell(anna, MELDINGEN, 'source').click();
    await openTab(anna, 'Geschiedenis');
    const panel = anna.getByRole('region', { name: 'Geschiedenis', exact: true });
    await expect.poll(() => panel.locator('.history-place').innerText()).toBe('Doel 1 · indicator 1 · Monitoring/bron');
    await expect
      .poll(() => text(panel.locator('.history-item').first()))
      .toMatch(/^Anna de Vries · \d{2}-\d{2}-\d{4} \d{2}:\d{2} Monitoring\/bron: CBS → werd CBS en Veilig Thuis Flevoland$/);

    await panel.getByRole('button', { name: `Herstel deze cel uit versie ${CONCEPT}` }).click();
    const confirm = anna.getByRole('dialog', { name: 'Cel herstellen?' });
    await expect.poll(() => confirm.innerText()).toContain(`krijgt weer de inhoud uit versie “${CONCEPT}” (13-02-2025)`);
    await confirm.getByRole('button', { name: 'Herstellen' }).click();
    await expect.poll(() => panel.locator('.restore-result').innerText()).toMatch(/Hersteld uit Concept voor de ASD: 1 cel teruggezet/);
    expect(await text(panel.locator('.restore-result'))).toContain('Monitoring/bron: CBS en Veilig Thuis Flevoland → werd CBS');
    await expect.poll(() => cellText(bram, MELDINGEN, 'source')).toBe('CBS');
    await expect.poll(() => cellText(anna, MELDINGEN, 'source')).toBe('CBS');
    // The restore is history too.
    await expect
      .poll(() => text(panel.locator('.history-item').first()))
      .toMatch(/^Anna de Vries · .* Monitoring\/bron: CBS en Veilig Thuis Flevoland → werd CBS$/);
    await expectNoSeriousAxeViolations(anna, 'Geschiedenis-paneel');
    // A restore is Anna's own change: one undo takes it back, for everyone.
    await anna.getByRole('button', { name: /Ongedaan maken/ }).first().click();
    await expect.poll(() => cellText(bram, MELDINGEN, 'source')).toBe('CBS en Veilig Thuis Flevoland');
  });

  it('Ctrl+Z undoes only your own change, for both, and puts the keyboard back on your cell', async () => {
    await editCell(anna, OPVANG, 'source', 'Bron van Anna');
    await editCell(bram, MELDINGEN, 'indicator', 'Tekst van Bram');
    await expect.poll(() => cellText(anna, MELDINGEN, 'indicator')).toBe('Tekst van Bram');
    await expect.poll(() => cellText(bram, OPVANG, 'source')).toBe('Bron van Anna');

    await cell(anna, MELDINGEN, 'baseline').click();
    await anna.keyboard.press('Control+z');
    await expect.poll(() => cellText(bram, OPVANG, 'source')).toBe(OPVANG_SOURCE);
    await expect.poll(() => cellText(anna, OPVANG, 'source')).toBe(OPVANG_SOURCE);
    await expect.poll(() => activeCell(anna)).toEqual({ rowId: OPVANG, colId: 'source' });
    expect(await cellText(anna, MELDINGEN, 'indicator')).toBe('Tekst van Bram');
    expect(await cellText(bram, MELDINGEN, 'indicator')).toBe('Tekst van Bram');
  });

  it('a colleague overwriting your value moments later shows both values in your cell, and yours comes back in one click', async () => {
    // Anna saves; Bram, who started typing before her value reached him, saves his right after.
    await editCell(anna, OPVANG, 'source', 'GGD Flevoland');
    await expect.poll(() => cellText(bram, OPVANG, 'source')).toBe('GGD Flevoland');
    await editCell(bram, OPVANG, 'source', 'Centrumgemeente Almere');

    const notice = cell(anna, OPVANG, 'source').locator('.clash-notice');
    await expect
      .poll(() => text(notice))
      .toMatch(/^Tegelijk gewijzigd Bram Jansen schreef: Centrumgemeente Almere Jouw waarde: GGD Flevoland Mijn waarde terugzetten Laten zo$/);
    // The same notice is reachable by keyboard outside the grid.
    await expect.poll(() => anna.getByRole('region', { name: 'Tegelijk gewijzigd' }).innerText()).toContain('Doel 1 · indicator 2 · Monitoring/bron');
    await expectNoSeriousAxeViolations(anna, 'botsing in een cel');
    await notice.getByRole('button', { name: 'Mijn waarde terugzetten' }).click();
    await expect.poll(() => cellText(bram, OPVANG, 'source')).toBe('GGD Flevoland');
    await expect.poll(() => notice.count()).toBe(0);
    // Bram may now see the mirror notice; he lets it be.
    const bramNotices = bram.getByRole('region', { name: 'Tegelijk gewijzigd' }).getByRole('button', { name: 'Laten zo' });
    for (let n = await bramNotices.count(); n > 0; n--) await bramNotices.first().click();
  });

  it('after a raad-vastgesteld version, council-owned cells are locked: editing asks a reason and records a change request with the edit', async () => {
    await takeVersion(anna, { name: ADOPTED, status: 'raad-vastgesteld', date: '26-09-2025', documentNumber: 'RB-2025-042' });
    const target = cell(anna, MELDINGEN, 'indicator');
    await expect.poll(() => target.locator('.lock-mark').count()).toBe(1);
    expect(await target.locator('.lock-mark .sr-only').innerText()).toBe('(vastgesteld door de raad)');
    expect(await anna.locator('h2.goal-heading .lock-mark').count()).toBeGreaterThan(0);
    // A result is the college's: no lock.
    expect(await anna.locator('[id$="-resultaten"] .lock-mark').count()).toBe(0);
    // Bram learns of the new version when he comes back to his window.
    await bram.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect.poll(() => cell(bram, MELDINGEN, 'indicator').locator('.lock-mark').count()).toBe(1);

    await target.click();
    await anna.keyboard.press('Enter');
    const ask = anna.getByRole('dialog', { name: 'Vastgesteld door de raad' });
    await ask.waitFor();
    expect(await text(ask)).toContain(`Indicatoren bij doel 1, rij 1, kolom Indicator Dit is vastgesteld door de raad in “${ADOPTED}” (26-09-2025).`);
    await ask.getByRole('button', { name: 'Doorgaan met wijzigen' }).click();
    await expect.poll(() => ask.locator('.field-error').innerText()).toContain('Geef een reden op');
    await expectNoSeriousAxeViolations(anna, 'vraag om een wijzigingsverzoek');
    await ask.getByLabel('Reden van de wijziging').fill('Formulering aangescherpt na het ASD-advies');
    await ask.getByLabel('Besluitmoment', { exact: true }).selectOption('begroting');
    await ask.getByRole('button', { name: 'Doorgaan met wijzigen' }).click();
    const editor = anna.locator('.ag-popup-editor textarea');
    await editor.waitFor();
    await editor.fill('Meldingen huiselijk geweld bij Veilig Thuis');
    await editor.press('Enter');
    await expect.poll(() => cellText(bram, MELDINGEN, 'indicator')).toBe('Meldingen huiselijk geweld bij Veilig Thuis');

    await openTab(bram, 'Geschiedenis');
    const requests = bram.getByRole('region', { name: 'Geschiedenis', exact: true }).locator('.change-request');
    await expect.poll(() => requests.count()).toBe(1);
    expect(await text(requests.first())).toMatch(
      /^Doel 1 · indicator 1 · Indicator Indicator: Tekst van Bram → werd Meldingen huiselijk geweld bij Veilig Thuis Reden: Formulering aangescherpt na het ASD-advies Besluitmoment: Begroting · door Anna de Vries op /,
    );

    // Edit and change request are one change: one undo takes both back. Enter saved and moved
    // down, as in Excel.
    await expect.poll(() => activeCell(anna)).toEqual({ rowId: OPVANG, colId: 'indicator' });
    await anna.keyboard.press('Control+z');
    await expect.poll(() => cellText(bram, MELDINGEN, 'indicator')).toBe('Tekst van Bram');
    await expect.poll(() => requests.count()).toBe(0);

    // Adding an indicator changes the adopted table too: the same question first.
    const before = await rowIds(anna, INDICATORS);
    await anna.getByRole('button', { name: 'Rij toevoegen: Indicatoren bij doel 1' }).click();
    await expect.poll(() => text(ask)).toContain('Indicatoren bij doel 1: nieuwe rij');
    await ask.getByRole('button', { name: 'Annuleren' }).click();
    await expect.poll(() => ask.isVisible()).toBe(false);
    expect(await rowIds(anna, INDICATORS)).toEqual(before);
  });
});
