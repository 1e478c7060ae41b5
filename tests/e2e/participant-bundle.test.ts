/**
 * What a participant's phone downloads (issue 16): the join page at #/doe-mee and the
 * participant's view after joining load the app shell and the werkatelier only, under 250 KB of
 * script gzipped, and none of the staff screens (the programme page with AG Grid, history,
 * import/export and the structured editor; the overview; the beheer pages), which load on demand.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import type { WorkshopInfo } from '../../shared/workshop/types.ts';
import { apiAsAdmin, startServerAndBrowser, stopServerAndBrowser, type RunningServer } from '../helpers/browser.ts';
import { joinAs } from '../helpers/workshop-browser.ts';
import { collectPageErrors, failTestsOnPageErrors } from '../helpers/page-errors.ts';

const LIMIT = 250 * 1024;
const STAFF_CHUNKS = /\/assets\/(ProgrammePage|Overview|UsersPage|GroupRolesPage|PresenterPage|AudienceScreen)-/;

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pageErrors = failTestsOnPageErrors();

beforeAll(async () => {
  ({ server, browser } = await startServerAndBrowser());
});

afterAll(() => stopServerAndBrowser({ server, browser, contexts }));

describe('a participant phone', () => {
  it('loads under 250 KB of script gzipped and no staff screen, joining included', async () => {
    const started = await apiAsAdmin(server.url, '/api/documents/bestaanszekerheid/workshops', {
      method: 'POST',
      body: { title: 'Werkatelier op de telefoon', scope: { kind: 'programme' }, votingMode: 'stippen', dots: 3, editGrant: false },
    });
    expect(started.status).toBe(201);
    const workshop = (await started.json()) as WorkshopInfo;

    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nl-NL', isMobile: true, hasTouch: true });
    contexts.push(context);
    const phone = await context.newPage();
    collectPageErrors(phone, 'telefoon', pageErrors);
    const scripts = new Map<string, number>();
    phone.on('response', (response) => {
      const url = response.url();
      if (!/\.js(\?|$)/.test(url)) return;
      void response.body().then((body) => scripts.set(url, gzipSync(body).length), () => undefined);
    });

    await phone.goto(`${server.url}/#/doe-mee`);
    await phone.getByLabel('Code').fill(workshop.code!);
    await joinAs(phone, 'Anna', workshop.title);
    await phone.waitForLoadState('networkidle');

    const urls = [...scripts.keys()];
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u) => STAFF_CHUNKS.test(u))).toEqual([]);
    const total = [...scripts.values()].reduce((a, b) => a + b, 0);
    console.log(`participant route: ${urls.length} scripts, ${(total / 1024).toFixed(1)} KB gzipped`);
    expect(total).toBeLessThan(LIMIT);
  });
});
