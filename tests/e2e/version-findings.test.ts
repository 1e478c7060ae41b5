/**
 * Beside a frozen version the Problemen panel shows that version's findings, not today's (issue
 * 16), in real Chromium against the real server: a colleague empties a streefwaarde after the
 * version was taken; the live panel lists the new V11 error at once, the version's panel does
 * not, says whose findings it shows, and offers nothing to acknowledge. axe-core finds nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { setField, userOrigin } from '../../shared/doc/index.ts';
import { adminCookie, apiAsAdmin, expectNoSeriousAxeViolations, openAsUser, startServerAndBrowser, stopServerAndBrowser, type RunningServer } from '../helpers/browser.ts';
import { failTestsOnPageErrors } from '../helpers/page-errors.ts';
import { connectClient, type TestClient } from '../helpers/test-client.ts';

const PROGRAMME = 'bestaanszekerheid';
const NEW_ERROR = 'V11|g2-i1|target';

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pageErrors = failTestsOnPageErrors();
let anna: Page;
let carla: TestClient;
let versionId: string;

const problem = (page: Page, key: string) => page.locator(`#problemen li[data-finding-key="${key}"]`);

beforeAll(async () => {
  ({ server, browser } = await startServerAndBrowser());
  const taken = await apiAsAdmin(server.url, `/api/documents/${PROGRAMME}/versions`, { method: 'POST', body: { name: 'Concept maart', status: 'concept', date: '2025-03-01' } });
  versionId = ((await taken.json()) as { id: string }).id;
  anna = await openAsUser(browser, `${server.url}/#/programma/${PROGRAMME}`, 'Anna de Vries', pageErrors, { width: 1440, height: 900 });
  contexts.push(anna.context());
  await anna.locator('#kop-g1').waitFor();
  carla = connectClient(`ws://127.0.0.1:${server.port}/sync`, PROGRAMME, { cookie: await adminCookie(server.url) });
  await carla.whenSynced();
});

afterAll(async () => {
  carla?.destroy();
  await stopServerAndBrowser({ server, browser, contexts });
});

describe('the Problemen panel beside a frozen version', () => {
  it("shows the version's findings, not a colleague's new error, and nothing to acknowledge", async () => {
    setField(carla.doc, 'goalIndicator', 'g2-i1', 'target', '', userOrigin('carla', 'Carla'));
    await expect.poll(() => problem(anna, NEW_ERROR).count()).toBe(1);

    await anna.goto(`${server.url}/#/programma/${PROGRAMME}/versies/${versionId}`);
    const panel = anna.locator('#problemen');
    await expect.poll(() => panel.innerText()).toContain('De meldingen bij deze vastgelegde versie');
    await expect.poll(() => panel.locator('li[data-finding-key]').count()).toBeGreaterThan(0);
    expect(await problem(anna, NEW_ERROR).count()).toBe(0);
    expect(await panel.getByRole('button', { name: /^Erkennen/ }).count()).toBe(0);
    await expectNoSeriousAxeViolations(anna, 'vastgelegde versie met haar eigen problemen');

    // Back in the live programme the panel follows today's document again.
    await anna.goto(`${server.url}/#/programma/${PROGRAMME}`);
    await expect.poll(() => problem(anna, NEW_ERROR).count()).toBe(1);
  });
});
