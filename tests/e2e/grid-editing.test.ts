/**
 * Editing in the grid as in Excel and Word, with the real keyboard and mouse in Chromium: Enter
 * and F2 open the editor with the caret at the end (nothing selected); a double click puts the
 * caret where the pointer was; typing on a selected cell replaces its text; Enter saves and moves
 * down; Shift+Enter starts a new line; Escape keeps the old text. A lezer and a frozen version get
 * one polite notice when they type. axe runs with the editor open.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  apiAsAdmin,
  expectNoSeriousAxeViolations,
  openAsUser,
  startServerAndBrowser,
  stopServerAndBrowser,
  type RunningServer,
} from '../helpers/browser.ts';
import { activeCell, cell, cellText } from '../helpers/grid-page.ts';
import { failTestsOnPageErrors } from '../helpers/page-errors.ts';

const PROGRAMME = 'bestaanszekerheid';
const INDICATORS = 'tabel-g1-indicatoren';
const RESULTS = 'tabel-g1-s1-resultaten';

let server: RunningServer;
let browser: Browser;
const pageErrors = failTestsOnPageErrors();
let anna: Page;

/** The open editor's text field and where its caret is. */
async function editorState(page: Page): Promise<{ value: string; start: number; end: number; tag: string } | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement)) return null;
    return { value: el.value, start: el.selectionStart ?? -1, end: el.selectionEnd ?? -1, tag: el.tagName };
  });
}

async function focusCell(page: Page, rowId: string, colId: string, grid = INDICATORS): Promise<void> {
  await cell(page, rowId, colId, grid).click();
  await expect.poll(() => activeCell(page)).toEqual({ rowId, colId });
}

function notices(page: Page): Promise<string[]> {
  return page.locator('.notices .notice > span').allInnerTexts();
}

beforeAll(async () => {
  ({ server, browser } = await startServerAndBrowser());
  anna = await openAsUser(browser, `${server.url}/#/programma/${PROGRAMME}`, 'Anna de Vries', pageErrors, { width: 1440, height: 900 });
  await cell(anna, 'g1-i1', 'indicator').waitFor();
});

afterAll(() => stopServerAndBrowser({ server, browser }));

describe('editing habits', () => {
  it('Enter opens the editor with the caret at the end, names it for screen readers, saves on Enter and moves down', async () => {
    const before = await cellText(anna, 'g1-i1', 'source', INDICATORS);
    await focusCell(anna, 'g1-i1', 'source');
    await anna.keyboard.press('Enter');
    await expect.poll(() => editorState(anna)).toEqual({ value: before, start: before.length, end: before.length, tag: 'TEXTAREA' });
    const dialog = anna.getByRole('dialog', { name: 'Monitoring/bron bewerken, Indicatoren bij doel 1, rij 1' });
    expect(await dialog.count()).toBe(1);
    expect(await anna.getByRole('textbox', { name: 'Monitoring/bron bewerken, Indicatoren bij doel 1, rij 1' }).count()).toBe(1);
    await expectNoSeriousAxeViolations(anna, 'tekst-editor open');

    await anna.keyboard.type(' en Nibud');
    await anna.keyboard.press('Enter');
    await expect.poll(() => cellText(anna, 'g1-i1', 'source', INDICATORS)).toBe(`${before} en Nibud`);
    // As in Excel: the cell below has the keyboard, not an editor.
    await expect.poll(() => activeCell(anna)).toEqual({ rowId: 'g1-i2', colId: 'source' });
    expect(await anna.locator('.ag-popup-editor').count()).toBe(0);
  });

  it('F2 also puts the caret at the end; Shift+Enter starts a new line; Escape keeps the old text', async () => {
    const before = await cellText(anna, 'g1-i2', 'indicator', INDICATORS);
    await focusCell(anna, 'g1-i2', 'indicator');
    await anna.keyboard.press('F2');
    await expect.poll(() => editorState(anna)).toMatchObject({ start: before.length, end: before.length });
    await anna.keyboard.press('Shift+Enter');
    await anna.keyboard.type('tweede regel');
    expect((await editorState(anna))?.value).toBe(`${before}\ntweede regel`);
    await anna.keyboard.press('Escape');
    await expect.poll(() => anna.locator('.ag-popup-editor').count()).toBe(0);
    expect(await cellText(anna, 'g1-i2', 'indicator', INDICATORS)).toBe(before);
    expect(await activeCell(anna)).toEqual({ rowId: 'g1-i2', colId: 'indicator' });
  });

  it('a double click puts the caret where the pointer was', async () => {
    const text = await cellText(anna, 'g1-i1', 'indicator', INDICATORS);
    const at = text.indexOf(' ', 10) + 1; // the start of a word in the middle
    expect(at).toBeGreaterThan(1);
    // Where that character is drawn in the cell.
    const point = await cell(anna, 'g1-i1', 'indicator', INDICATORS)
      .locator('.cell-text')
      .evaluate((el, offset) => {
        const node = el.firstChild!;
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        const rect = range.getClientRects()[0]!;
        return { x: rect.left + 1, y: rect.top + rect.height / 2 };
      }, at);
    await anna.mouse.dblclick(point.x, point.y);
    await expect.poll(async () => (await editorState(anna))?.value).toBe(text);
    const state = (await editorState(anna))!;
    expect(state.start).toBe(state.end);
    expect(Math.abs(state.start - at)).toBeLessThanOrEqual(1);
    await anna.keyboard.press('Escape');
  });

  it('typing on a selected cell replaces its text, without losing a key; Backspace empties it', async () => {
    await focusCell(anna, 'g1-i2', 'source');
    await anna.keyboard.type('Eigen registratie gemeente');
    await anna.keyboard.press('Enter');
    await expect.poll(() => cellText(anna, 'g1-i2', 'source', INDICATORS)).toBe('Eigen registratie gemeente');

    // A short text is edited in the cell itself, with the same habits.
    await cell(anna, 'g1-s1-r1', 'code', RESULTS).scrollIntoViewIfNeeded();
    const code = await cellText(anna, 'g1-s1-r1', 'code', RESULTS);
    await focusCell(anna, 'g1-s1-r1', 'code', RESULTS);
    await anna.keyboard.press('Enter');
    await expect.poll(() => editorState(anna)).toEqual({ value: code, start: code.length, end: code.length, tag: 'INPUT' });
    await anna.keyboard.type('a');
    await anna.keyboard.press('Enter');
    await expect.poll(() => cellText(anna, 'g1-s1-r1', 'code', RESULTS)).toBe(`${code}a`);
    await expect.poll(() => activeCell(anna)).toEqual({ rowId: 'g1-s1-r2', colId: 'code' });
    await focusCell(anna, 'g1-s1-r1', 'code', RESULTS);
    await anna.keyboard.press('Backspace');
    await anna.keyboard.type(code);
    await anna.keyboard.press('Enter');
    await expect.poll(() => cellText(anna, 'g1-s1-r1', 'code', RESULTS)).toBe(code);
  });
});

describe('read-only cells say why, once', () => {
  it('a lezer typing in a cell is told once, politely, and nothing changes', async () => {
    const lezer = await openAsUser(browser, `${server.url}/#/programma/${PROGRAMME}`, 'Lotte Lezer', pageErrors, { width: 1440, height: 900 }, {
      grants: [{ scope: PROGRAMME, role: 'lezer' }],
    });
    try {
      await cell(lezer, 'g1-i1', 'source').waitFor();
      const before = await cellText(lezer, 'g1-i1', 'source');
      await focusCell(lezer, 'g1-i1', 'source');
      await lezer.keyboard.type('abc');
      await expect.poll(() => notices(lezer)).toEqual(['Je kunt dit programma alleen lezen: cellen wijzigen kan niet met jouw rol. Een opmerking plaatsen kan wel, in het zijpaneel.']);
      await lezer.keyboard.press('Enter');
      await cell(lezer, 'g1-i2', 'indicator').dblclick();
      await lezer.keyboard.type('x');
      expect(await notices(lezer)).toHaveLength(1);
      expect(await lezer.locator('.ag-popup-editor, .ag-cell-inline-editing').count()).toBe(0);
      expect(await cellText(lezer, 'g1-i1', 'source')).toBe(before);
    } finally {
      await lezer.context().close();
    }
  });

  it('typing in a frozen version says it is frozen and where to change it; a concept is headed "Concept"', async () => {
    const created = await apiAsAdmin(server.url, `/api/documents/${PROGRAMME}/versions`, {
      method: 'POST',
      body: { name: 'Concept voor het college', status: 'concept', date: '2025-03-04' },
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await anna.goto(`${server.url}/#/programma/${PROGRAMME}/versies/${id}`);
    await cell(anna, 'g1-i1', 'indicator').waitFor();
    await expect.poll(() => anna.locator('.version-shown').innerText()).toContain('Concept: Concept voor het college (04-03-2025)');
    expect(await anna.locator('.version-shown').innerText()).not.toContain('Vastgestelde');
    await focusCell(anna, 'g1-i1', 'indicator');
    await anna.keyboard.type('zz');
    await expect
      .poll(() => notices(anna))
      .toContain('Je bekijkt een vastgelegde versie; die verandert niet meer. Wijzigen kan in de huidige versie.');
    expect(await anna.locator('.ag-popup-editor').count()).toBe(0);
    await expectNoSeriousAxeViolations(anna, 'vastgelegde versie met melding');
  });
});
