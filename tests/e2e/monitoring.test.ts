/**
 * Monitoring in real Chromium against the real server (issue 13): Anna enters a measurement in
 * the Metingen panel beside an indicator, and the progress badge in Bram's grid changes live;
 * the panel, its badge and its form pass axe-core (no serious or critical WCAG 2.x A/AA
 * violations), and the badge says its status in words.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations, expectNoSeriousAxeViolations, openAsUser, startServerAndBrowser, stopServerAndBrowser, type RunningServer } from '../helpers/browser.ts';
import { cell } from '../helpers/grid-page.ts';
import { failTestsOnPageErrors } from '../helpers/page-errors.ts';

const PROGRAMME = 'bestaanszekerheid';

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pageErrors = failTestsOnPageErrors();

async function openAs(name: string): Promise<Page> {
  const page = await openAsUser(browser, `${server.url}/#/programma/${PROGRAMME}`, name, pageErrors);
  contexts.push(page.context());
  await cell(page, 'g3-i1', 'indicator').waitFor();
  return page;
}

beforeAll(async () => {
  ({ server, browser } = await startServerAndBrowser());
});

afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close().catch(() => undefined);
});

afterAll(() => stopServerAndBrowser({ server, browser, contexts }));

describe('measurements and progress', () => {
  it('Anna enters a measurement beside an indicator; Bram’s status changes live', async () => {
    const anna = await openAs('Anna de Vries');
    const bram = await openAs('Bram Jansen');
    const bramBadge = cell(bram, 'g3-i1', 'voortgang');
    await cell(bram, 'g3-i1', 'voortgang').scrollIntoViewIfNeeded();
    await expect.poll(() => bramBadge.innerText()).toContain('Onbekend');
    // The charting library is not in the first script: nothing of it loads before a chart is shown.
    const plotLoads: string[] = [];
    bram.on('request', (r) => {
      if (r.url().includes('draw-trajectory')) plotLoads.push(r.url());
    });
    // Bram has the indicator's chart open: the nulmeting and the path, no measurement yet.
    await cell(bram, 'g3-i1', 'indicator').click();
    expect(plotLoads).toEqual([]);
    await bram.getByRole('tab', { name: 'Metingen' }).click();
    const bramChart = bram.locator('#metingen .trajectory');
    await expect.poll(() => bramChart.locator('svg[role="img"]').count()).toBe(1);
    expect(plotLoads).toHaveLength(1);
    const pointTitles = () => bramChart.locator('svg title').allTextContents();
    expect(await pointTitles()).toContain('Nulmeting 2022: 67%');
    expect((await pointTitles()).filter((t) => t.startsWith('Meting '))).toEqual([]);

    await cell(anna, 'g3-i1', 'indicator').click();
    await anna.getByRole('tab', { name: 'Metingen' }).click();
    const panel = anna.locator('#metingen');
    await expect.poll(() => panel.getByLabel('Indicator', { exact: true }).inputValue()).toBe('g3-i1');
    await panel.getByLabel('Periode').fill('2025');
    await panel.getByLabel('Waarde').fill('64');
    await panel.getByRole('button', { name: 'Meting toevoegen' }).click();

    // Bram sees it in his grid without reloading: 64% in 2025 is far under the path to 70% in 2028.
    await expect.poll(() => bramBadge.innerText(), { timeout: 20_000 }).toContain('Achter');
    // ... and in his chart: the new point, the caption and the table say it too.
    await expect.poll(async () => (await pointTitles()).filter((t) => t.startsWith('Meting ')), { timeout: 20_000 }).toEqual(['Meting 2025: 64%']);
    expect(await bramChart.locator('figcaption').innerText()).toContain('laatste meting 64% (2025); streefwaarde minimaal 70% in 2028; status achter');
    await bramChart.getByText('Als tabel').click();
    expect(await bramChart.locator('.trajectory-values').innerText()).toMatch(/2025\s+Meting\s+64%/);
    await expectNoSeriousAxeViolations(bram, 'Metingen-paneel met grafiek en tabel');
    await expect.poll(() => panel.locator('.measurements-table tbody tr').count()).toBe(1);
    const badge = panel.locator('.measurements-status .progress-badge');
    expect(await badge.innerText()).toContain('Achter');
    expect(await badge.getAttribute('data-status')).toBe('behind');
    // The tooltip says why, on keyboard focus as on hover.
    await badge.focus();
    const tip = panel.locator('.measurements-status [role="tooltip"]');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toContain('volgens een rechte lijn van de nulmeting (67% in 2022)');
    await expectNoSeriousAxeViolations(anna, 'Metingen-paneel met een meting');

    // An own judgement needs its explanation; with it, the status follows the officer.
    await panel.getByLabel('Periode').fill('2025-Q4');
    await panel.getByLabel('Waarde').fill('64,5');
    await panel.getByLabel('Oordeel (laat leeg om de rekenregel te volgen)').selectOption('at-risk');
    await panel.getByRole('button', { name: 'Meting toevoegen' }).click();
    await expect.poll(() => panel.locator('.field-error').innerText()).toContain('Bij een eigen oordeel hoort een toelichting');
    await expectNoSeriousAxeViolations(anna, 'Metingen-paneel met een fout in het formulier');
    await panel.getByLabel('Toelichting bij het oordeel').fill('Nieuwe vraagstelling in de monitor; het cijfer is niet vergelijkbaar.');
    await panel.getByRole('button', { name: 'Meting toevoegen' }).click();
    await expect.poll(() => bramBadge.innerText(), { timeout: 20_000 }).toContain('Risico');
  });

  it('the Voortgang dashboard: reached by keyboard, counts per goal, what is overdue, live', async () => {
    const anna = await openAs('Anna de Vries');
    const bram = await openAs('Bram Jansen');
    // Bram goes to Voortgang with the keyboard only: Tab until the link, Enter.
    await bram.locator('body').focus();
    let focused = '';
    for (let i = 0; i < 40 && focused !== 'Voortgang'; i++) {
      await bram.keyboard.press('Tab');
      focused = await bram.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText.trim() ?? '');
    }
    expect(focused).toBe('Voortgang');
    await bram.keyboard.press('Enter');
    await expect.poll(() => bram.url()).toContain('/voortgang');
    const main = bram.locator('main.progress-dashboard');
    await main.getByRole('heading', { name: 'Status per doel' }).waitFor();
    const goalRow = main.locator('table').first().locator('tr[data-goal="g3"]');
    const count = (status: string) => goalRow.locator(`td[data-status="${status}"]`).innerText();
    await expect.poll(() => count('unknown')).not.toBe('');
    const before = { behind: Number(await count('behind')), unknown: Number(await count('unknown')) };
    expect(before.unknown).toBeGreaterThan(0);
    // g3-i4 (12% in 2021, maximaal 10% in 2028, nothing measured since) owes its 2022 measurement.
    const overdue = main.getByRole('region', { name: 'Metingen te laat' });
    expect(await overdue.locator('li[data-indicator="g3-i4"]').innerText()).toContain('meting beloofd voor 2022 (na de nulmeting van 2021)');
    await expectNoAxeViolations(bram, 'Voortgang');
    // The voortgangsrapportage is one link away; the link is the export route itself.
    const word = main.getByRole('link', { name: 'Word' });
    expect(await word.getAttribute('href')).toBe('/api/documents/bestaanszekerheid/export?format=docx&report=voortgang');
    const download = await bram.request.get(`${server.url}${await word.getAttribute('href')}`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-disposition']).toContain('Voortgangsrapportage');

    // Anna enters a measurement; Bram's counts and lists follow without a reload.
    await cell(anna, 'g3-i4', 'indicator').click();
    await anna.getByRole('tab', { name: 'Metingen' }).click();
    const panel = anna.locator('#metingen');
    await expect.poll(() => panel.getByLabel('Indicator', { exact: true }).inputValue()).toBe('g3-i4');
    // This year's measurement: its successor is promised for next year, so it is neither late nor due.
    await panel.getByLabel('Periode').fill(String(new Date().getFullYear()));
    await panel.getByLabel('Waarde').fill('14');
    await panel.getByRole('button', { name: 'Meting toevoegen' }).click();
    // 14% is above the nulmeting, let alone the path down to 10%: achter.
    await expect.poll(() => count('behind'), { timeout: 20_000 }).toBe(String(before.behind + 1));
    expect(Number(await count('unknown'))).toBe(before.unknown - 1);
    await expect.poll(() => overdue.locator('li[data-indicator="g3-i4"]').count()).toBe(0);
    expect(await main.getByRole('region', { name: 'Metingen verwacht' }).locator('li[data-indicator="g3-i4"]').count()).toBe(0);
    await expectNoAxeViolations(bram, 'Voortgang na een nieuwe meting');
  });
  it('"Maak meting" lifts what the nulmeting says into the series in one step, undone by one Ctrl+Z', async () => {
    const anna = await openAs('Anna de Vries');
    await cell(anna, 'g2-i3', 'indicator').click();
    await anna.getByRole('tab', { name: 'Metingen' }).click();
    const panel = anna.locator('#metingen');
    await expect.poll(() => panel.getByLabel('Indicator', { exact: true }).inputValue()).toBe('g2-i3');
    const offer = panel.getByRole('region', { name: 'Uit de nulmeting' });
    // "Dronten: 7,9% van de huishoudens (januari 2024). In oktober 2020 was dit 6,7%."
    await expect.poll(() => offer.innerText()).toContain('oktober 2020: 6,7');
    await expectNoSeriousAxeViolations(anna, 'Metingen-paneel met Uit de nulmeting');
    const rows = () => panel.locator('.measurements-table tbody tr').count();
    const before = await rows();
    await offer.getByRole('button', { name: 'Maak meting' }).click();
    await expect.poll(rows).toBeGreaterThan(before);
    const added = (await rows()) - before;
    expect(await panel.locator('.measurements-table').innerText()).toContain('oktober 2020');
    await expect.poll(() => offer.count()).toBe(0);

    await cell(anna, 'g2-i3', 'indicator').click();
    await anna.keyboard.press('Control+z');
    await expect.poll(rows).toBe(before);
    expect(added).toBeGreaterThan(0);
  });
});
