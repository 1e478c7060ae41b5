/**
 * Accessibility of every programme screen, by axe-core with WCAG 2.1 A/AA and its best
 * practices (every part of the page in a landmark, named dialogs), at any impact: the live
 * programme with each side-panel tab, with the text editor and the structured editor open, the
 * versions, a frozen version, the differences, the werkateliers, and a lezer's view. The editors
 * are opened with the real keyboard and mouse.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { apiAsAdmin, expectNoAxeViolations, openAsUser, startServerAndBrowser, stopServerAndBrowser, type RunningServer } from '../helpers/browser.ts';
import { activeCell, cell } from '../helpers/grid-page.ts';
import { failTestsOnPageErrors } from '../helpers/page-errors.ts';

const PROGRAMME = 'bestaanszekerheid';
const HASH = `#/programma/${PROGRAMME}`;

let server: RunningServer;
let browser: Browser;
const pageErrors = failTestsOnPageErrors();
let anna: Page;
let versionId: string;

async function focusCell(page: Page, rowId: string, colId: string): Promise<void> {
  await cell(page, rowId, colId).click();
  await expect.poll(() => activeCell(page)).toEqual({ rowId, colId });
}

beforeAll(async () => {
  ({ server, browser } = await startServerAndBrowser());
  const created = await apiAsAdmin(server.url, `/api/documents/${PROGRAMME}/versions`, {
    method: 'POST',
    body: { name: 'Concept voor de ASD', status: 'concept', date: '2025-01-30' },
  });
  versionId = ((await created.json()) as { id: string }).id;
  anna = await openAsUser(browser, `${server.url}/${HASH}`, 'Anna de Vries', pageErrors, { width: 1440, height: 900 });
  await cell(anna, 'g1-i1', 'indicator').waitFor();
});

afterAll(() => stopServerAndBrowser({ server, browser }));

describe('axe on every programme screen, best practices included', () => {
  it('the live programme with each side-panel tab; the tabs are inside the Zijpaneel landmark', async () => {
    const panel = anna.getByRole('complementary', { name: 'Zijpaneel' });
    expect(await panel.getByRole('tablist').count()).toBe(1);
    await expectNoAxeViolations(anna, 'programma, Problemen');
    for (const tab of ['Opmerkingen', 'Geschiedenis']) {
      await panel.getByRole('tab', { name: tab }).click();
      await anna.getByRole('region', { name: tab, exact: true }).waitFor();
      await expectNoAxeViolations(anna, `programma, ${tab}`);
    }
    await panel.getByRole('tab', { name: 'Problemen' }).click();
  });

  it('with the text editor open (a named dialog) and with the structured editor open', async () => {
    await focusCell(anna, 'g1-i1', 'source');
    await anna.keyboard.press('Enter');
    await anna.getByRole('dialog', { name: /^Monitoring\/bron bewerken/ }).waitFor();
    await expectNoAxeViolations(anna, 'tekst-editor open');
    await anna.keyboard.press('Escape');

    await cell(anna, 'g1-i1', 'baseline').dblclick();
    await anna.getByRole('dialog', { name: 'Nulmeting bewerken', exact: true }).waitFor();
    await expectNoAxeViolations(anna, 'gestructureerde editor open');
    await anna.keyboard.press('Escape');
    await expect.poll(() => anna.locator('.ag-popup-editor').count()).toBe(0);

    // A short text is edited in the cell.
    await cell(anna, 'g1-s1-r1', 'code').scrollIntoViewIfNeeded();
    await focusCell(anna, 'g1-s1-r1', 'code');
    await anna.keyboard.press('F2');
    await anna.locator('.ag-cell-inline-editing input').waitFor();
    await expectNoAxeViolations(anna, 'korte tekst in de cel');
    await anna.keyboard.press('Escape');
  });

  it('the versions, a frozen version, the differences and the werkateliers', async () => {
    const screens: [string, string, string][] = [
      ['versies', `${HASH}/versies`, '.timeline-item'],
      ['vastgelegde versie', `${HASH}/versies/${versionId}`, '.ag-row'],
      ['verschillen', `${HASH}/verschillen/${versionId}/huidig`, '.change-list'],
      ['werkateliers', `${HASH}/werkateliers`, '#inhoud'],
    ];
    for (const [name, hash, ready] of screens) {
      await anna.goto(`${server.url}/${hash}`);
      await anna.locator(ready).first().waitFor();
      await anna.waitForTimeout(300);
      await expectNoAxeViolations(anna, name);
    }
  });

  it("a lezer's view, with the read-only notice shown", async () => {
    const lezer = await openAsUser(browser, `${server.url}/${HASH}`, 'Lotte Lezer', pageErrors, { width: 1440, height: 900 }, {
      grants: [{ scope: PROGRAMME, role: 'lezer' }],
    });
    try {
      await cell(lezer, 'g1-i1', 'source').waitFor();
      await focusCell(lezer, 'g1-i1', 'source');
      await lezer.keyboard.type('a');
      await lezer.locator('.notices .notice').waitFor();
      await expectNoAxeViolations(lezer, 'lezer met melding');
    } finally {
      await lezer.context().close();
    }
  });
});
