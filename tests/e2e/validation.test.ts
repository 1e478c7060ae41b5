/**
 * Indicator cells that mean something, in real Chromium against the real server: the structured
 * editor reads "maximaal 3,6%" as it is typed, a target that goes against the goal's wording gets
 * a warning marker, the Problemen panel jumps to the cell, and a warning acknowledged in one
 * browser shows as acknowledged in another. axe-core runs with the panel and the editor open.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import type { GoalIndicator, Programme } from '../../shared/model/types.ts';
import type { ValidationReport } from '../../server/http/validation-routes.ts';
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

const PROGRAMME = 'gezond-samenleven';
// Doel 1, "Meer inwoners halen de beweegnorm": % inwoners dat de beweegnorm haalt, 43,9 % -> 45,0 %.
const BEWEEGNORM = 'g1-i1';
// Doel 1, "Meer inwoners ervaren de eigen gezondheid als goed", yet Volwassenen go 75% -> 72% (V13).
const GEZONDHEID = 'g1-i2';

let server: RunningServer;
let browser: Browser;
const pageErrors = failTestsOnPageErrors();
let anna: Page;
let bram: Page;

function problem(page: Page, key: string): Locator {
  return page.locator(`#problemen li[data-finding-key="${key}"]`);
}

function editor(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Streefwaarde bewerken' });
}

async function indicator(id: string): Promise<GoalIndicator> {
  const programme = (await (await apiAsAdmin(server.url, `/api/documents/${PROGRAMME}`)).json()) as Programme;
  const found = programme.goals.flatMap((g) => g.indicators).find((i) => i.id === id);
  if (!found) throw new Error(`indicator ${id} ontbreekt`);
  return found;
}

async function serverFindings(): Promise<ValidationReport> {
  return (await (await apiAsAdmin(server.url, `/api/documents/${PROGRAMME}/validation`)).json()) as ValidationReport;
}

beforeAll(async () => {
  ({ server, browser } = await startServerAndBrowser());
});

afterAll(() => stopServerAndBrowser({ server, browser }));

describe('indicator cells and live validation', () => {
  it('opens with the Problemen panel listing the findings per severity, with counts, and passes axe', async () => {
    anna = await openAsUser(browser, `${server.url}/#/programma/${PROGRAMME}`, 'Anna de Vries', pageErrors);
    await cell(anna, BEWEEGNORM, 'target').waitFor();
    const panel = anna.getByRole('region', { name: 'Problemen', exact: true });
    await expect.poll(() => panel.getByRole('status').innerText()).toMatch(/^\d+ fouten?, \d+ waarschuwingen?$/);
    await expect.poll(() => panel.getByRole('button', { name: /^.*Fouten \(\d+\)$/ }).count()).toBe(1);
    await expect.poll(() => panel.getByRole('button', { name: /^.*Waarschuwingen \(\d+\)$/ }).count()).toBe(1);
    // The real V13 case of the council document is listed, with where it is.
    await expect.poll(() => problem(anna, `V13|${GEZONDHEID}|target`).innerText()).toContain('Volwassenen van 75% naar 72%');
    await expect.poll(() => problem(anna, `V13|${GEZONDHEID}|target`).innerText()).toContain('indicator 2 · Streefwaarde');
    // The rail counts findings per goal, in words for screen readers.
    await expect.poll(() => anna.locator('.rail-goal').first().innerText()).toMatch(/\d/);
    await expectNoSeriousAxeViolations(anna, 'programma met het Problemen-paneel open');
  });

  it('the structured editor reads "maximaal 3,6%" as it is typed; Escape cancels and keeps the cell as it was', async () => {
    await cell(anna, BEWEEGNORM, 'target').click();
    await anna.keyboard.press('Enter');
    await editor(anna).waitFor();
    const text = editor(anna).getByLabel('Tekst zoals in het document');
    await expect.poll(() => text.evaluate((el) => el === document.activeElement)).toBe(true);
    await text.fill('maximaal 3,6%');

    const reading = editor(anna).locator('.parsed-reading');
    await expect.poll(() => reading.locator('.parsed-description').innerText()).toBe('Maximaal 3,6% (2028)');
    await expect.poll(() => reading.locator('dl').innerText()).toMatch(/Vergelijking\s+Maximaal/);
    await expect.poll(() => reading.locator('dl').innerText()).toMatch(/Waarde\s+3,6%/);
    // The fields still hold the stored parts ("Toename", 45) and say that they differ from the text.
    await expect.poll(() => editor(anna).getByLabel('Vergelijking').inputValue()).toBe('increase');
    await expect.poll(() => editor(anna).locator('.se-differ').innerText()).toContain('vergelijking');

    await editor(anna).getByRole('button', { name: 'Onderdelen overnemen uit tekst' }).click();
    await expect.poll(() => editor(anna).getByLabel('Vergelijking').inputValue()).toBe('max');
    await expect.poll(() => editor(anna).getByLabel('Waarde', { exact: true }).inputValue()).toBe('3,6');
    await expect.poll(() => editor(anna).getByLabel('Eenheid').inputValue()).toBe('%');
    await expect.poll(() => editor(anna).locator('.se-differ').count()).toBe(0);

    // Tab moves between the editor's fields and never leaves it.
    for (let i = 0; i < 25; i++) await anna.keyboard.press('Tab');
    await expect.poll(() => anna.evaluate(() => !!document.activeElement?.closest('.structured-editor'))).toBe(true);

    await expectNoSeriousAxeViolations(anna, 'structured editor open');

    await anna.keyboard.press('Escape');
    await expect.poll(() => editor(anna).count()).toBe(0);
    await expect.poll(() => activeCell(anna)).toEqual({ rowId: BEWEEGNORM, colId: 'target' });
    expect(await cellText(anna, BEWEEGNORM, 'target')).toBe('45,0 %');
    expect(await indicator(BEWEEGNORM)).toMatchObject({ target: '45,0 %', direction: 'increase', targetValue: 45 });
  });

  it('a target that goes against the goal ("Meer inwoners halen de beweegnorm") gets a warning marker with its message on hover and focus', async () => {
    expect(await cell(anna, BEWEEGNORM, 'target').getAttribute('data-finding')).toBeNull();
    await anna.keyboard.press('Enter');
    await editor(anna).waitFor();
    const text = editor(anna).getByLabel('Tekst zoals in het document');
    await text.fill('maximaal 10%');
    await text.press('Enter');
    await expect.poll(() => editor(anna).count()).toBe(0);

    await expect.poll(() => cellText(anna, BEWEEGNORM, 'target')).toBe('maximaal 10%');
    // Only the text was saved: the parts stay as they were until the officer takes them over.
    await expect.poll(() => indicator(BEWEEGNORM)).toMatchObject({ target: 'maximaal 10%', direction: 'increase', targetValue: 45 });

    const target = cell(anna, BEWEEGNORM, 'target');
    await expect.poll(() => target.getAttribute('data-finding')).toBe('warning');
    await expect.poll(() => target.locator('.finding-corner.warning').isVisible()).toBe(true);
    await expect.poll(() => target.locator('.finding-badge svg.level-warning').count()).toBe(1);
    expect(await target.getAttribute('aria-description')).toMatch(/^Waarschuwing: .*Meer inwoners halen de beweegnorm.*moet de waarde stijgen/);

    // Keyboard focus is back on the cell after saving: the tooltip shows the message.
    await expect.poll(() => activeCell(anna)).toEqual({ rowId: BEWEEGNORM, colId: 'target' });
    const tooltip = anna.locator('.finding-tooltip');
    await expect.poll(() => tooltip.innerText()).toContain('moet de waarde stijgen');
    // Pointer on another marked cell: its message instead.
    await cell(anna, GEZONDHEID, 'target').hover();
    await expect.poll(() => tooltip.innerText()).toContain('Volwassenen van 75% naar 72%');
    // Keyboard only, with the pointer resting on a plain cell: the arrow key brings the message.
    await cell(anna, BEWEEGNORM, 'indicator').click();
    await expect.poll(() => tooltip.count()).toBe(0);
    await anna.keyboard.press('ArrowRight');
    await expect.poll(() => activeCell(anna)).toEqual({ rowId: BEWEEGNORM, colId: 'baseline' });
    await expect.poll(() => tooltip.innerText()).toContain('ouder dan het peiljaar');
    // Escape dismisses it without moving the keyboard (WCAG 1.4.13).
    await anna.keyboard.press('Escape');
    await expect.poll(() => tooltip.count()).toBe(0);
    expect(await activeCell(anna)).toEqual({ rowId: BEWEEGNORM, colId: 'baseline' });
    await anna.mouse.move(5, 995);

    // The server runs the same engine over the live document and agrees.
    await expect.poll(async () => (await serverFindings()).findings.some((f) => f.key === `V13|${BEWEEGNORM}|target`)).toBe(true);
    await expect.poll(() => problem(anna, `V13|${BEWEEGNORM}|target`).count()).toBe(1);
  });

  it('one save of text and parts together is one undo step', async () => {
    await cell(anna, BEWEEGNORM, 'target').click();
    await anna.keyboard.press('Enter');
    await editor(anna).waitFor();
    await editor(anna).getByRole('button', { name: 'Onderdelen overnemen uit tekst' }).click();
    await editor(anna).getByLabel('Doeljaar').fill('2027');
    await editor(anna).getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => indicator(BEWEEGNORM)).toMatchObject({ direction: 'max', targetValue: 10, targetYear: 2027, target: 'maximaal 10%' });

    await expect.poll(() => activeCell(anna)).toEqual({ rowId: BEWEEGNORM, colId: 'target' });
    await anna.keyboard.press('Control+z');
    await expect.poll(() => indicator(BEWEEGNORM)).toMatchObject({ direction: 'increase', targetValue: 45, targetYear: 2028, target: 'maximaal 10%' });
  });

  it('choosing a finding in the panel scrolls to its cell and puts the keyboard on it', async () => {
    await problem(anna, `V13|${GEZONDHEID}|target`).locator('button.problem-jump').click();
    await expect.poll(() => activeCell(anna)).toEqual({ rowId: GEZONDHEID, colId: 'target' });

    // One far down the programme, in another grid.
    const last = anna.locator('#problemen .problem-group.level-warning li[data-finding-key]').last();
    const message = await last.locator('.problem-message').innerText();
    await last.locator('button.problem-jump').click();
    await expect
      .poll(() => anna.evaluate(() => document.activeElement?.closest('.ag-cell')?.getAttribute('aria-description') ?? ''))
      .toContain(message);
    await expect
      .poll(() =>
        anna.evaluate(() => {
          const rect = document.activeElement!.getBoundingClientRect();
          return rect.top >= 0 && rect.bottom <= window.innerHeight;
        }),
      )
      .toBe(true);
  });

  it('a warning acknowledged with a reason shows as acknowledged for a colleague; errors cannot be acknowledged', async () => {
    bram = await openAsUser(browser, `${server.url}/#/programma/${PROGRAMME}`, 'Bram Jansen', pageErrors);
    await cell(bram, GEZONDHEID, 'target').waitFor();
    await expect.poll(() => cell(bram, GEZONDHEID, 'target').getAttribute('data-finding')).toBe('warning');

    const errorItem = anna.locator('#problemen .problem-group.level-error li[data-finding-key]').first();
    await expect.poll(() => errorItem.count()).toBe(1);
    expect(await errorItem.getByRole('button', { name: 'Erkennen…' }).count()).toBe(0);

    const item = problem(anna, `V13|${GEZONDHEID}|target`);
    await item.getByRole('button', { name: 'Erkennen…' }).click();
    const reason = item.getByLabel('Reden om deze waarschuwing te erkennen');
    await expect.poll(() => reason.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectNoSeriousAxeViolations(anna, 'erkennen-formulier open');
    // An empty reason is refused with a message, not stored.
    await reason.press('Enter');
    await expect.poll(() => item.locator('.field-error').innerText()).toContain('Geef een reden op');
    await reason.fill('Volwassenen: bewuste keuze na de werksessie van maart');
    await reason.press('Enter');

    await expect.poll(() => item.innerText()).toContain('Erkend door Anna de Vries op');
    const bramItem = problem(bram, `V13|${GEZONDHEID}|target`);
    await expect.poll(() => bramItem.innerText()).toMatch(/Erkend door Anna de Vries op \d{2}-\d{2}-\d{4} \d{2}:\d{2}/);
    await expect.poll(() => bramItem.locator('.ack-reason').innerText()).toBe('Volwassenen: bewuste keuze na de werksessie van maart');
    await expect.poll(() => cell(bram, GEZONDHEID, 'target').getAttribute('data-finding')).toBe('acknowledged');
    await cell(bram, GEZONDHEID, 'target').hover();
    await expect.poll(() => bram.locator('.finding-tooltip').innerText()).toMatch(/Erkende waarschuwing[\s\S]*Erkend door Anna de Vries/);
    await expect.poll(() => bram.getByRole('button', { name: /Waarschuwingen \(\d+, waarvan 1 erkend\)/ }).count()).toBe(1);

    const report = await serverFindings();
    expect(report.findings.find((f) => f.key === `V13|${GEZONDHEID}|target`)?.acknowledgement).toMatchObject({
      byName: 'Anna de Vries',
      reason: 'Volwassenen: bewuste keuze na de werksessie van maart',
    });
    await expectNoSeriousAxeViolations(bram, 'programma met een erkende waarschuwing');

    // Only its author withdraws an acknowledgement (the server refuses anyone else, issue 11 item 4):
    // Bram is offered no button; Anna withdraws it, and it is open again for Bram too.
    expect(await bramItem.getByRole('button', { name: 'Erkenning intrekken' }).count()).toBe(0);
    await item.getByRole('button', { name: 'Erkenning intrekken' }).click();
    await expect.poll(() => item.getByRole('button', { name: 'Erkennen…' }).count()).toBe(1);
    await expect.poll(() => cell(bram, GEZONDHEID, 'target').getAttribute('data-finding')).toBe('warning');
  });

  it('nothing typed is lost: a click elsewhere saves, and a row deleted by a colleague hands the text back', async () => {
    await cell(anna, GEZONDHEID, 'baseline').dblclick();
    const baselineEditor = anna.getByRole('dialog', { name: 'Nulmeting bewerken' });
    await baselineEditor.waitFor();
    await baselineEditor.getByLabel('Jaar van de meting').fill('2024');
    await anna.locator('h1').click();
    await expect.poll(() => baselineEditor.count()).toBe(0);
    await expect.poll(() => indicator(GEZONDHEID)).toMatchObject({ baselineYear: 2024 });

    await cell(anna, GEZONDHEID, 'target').dblclick();
    await editor(anna).waitFor();
    await editor(anna).getByLabel('Tekst zoals in het document').fill('Volwassenen minimaal 75%, de rest gelijk');
    await cell(bram, GEZONDHEID, 'indicator').click();
    await bram.getByRole('button', { name: 'Verwijderen: huidige rij van Indicatoren bij doel 1' }).click();
    await expect.poll(() => editor(anna).count()).toBe(0);
    await expect.poll(() => anna.locator('.notices').innerText()).toContain('Je tekst was: "Volwassenen minimaal 75%, de rest gelijk"');
  });
});
