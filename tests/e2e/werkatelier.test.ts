/**
 * A werkatelier from start to outcome, in real Chromium against the real server: a facilitator
 * starts one on one uitwerking and puts the code on the projector; three people join from their
 * phones, put cards on rows and hand out dots; the projector shows cards and tally live; closing
 * freezes a ranking with ties shown as ties, thanks the participants and retires the code.
 * Each screen passes axe-core (no serious or critical WCAG 2.x A/AA violations).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { assertClientBuilt, launchChromium, openAsUser, startServer, type RunningServer } from '../helpers/browser.ts';
import { addCard, addDots, expectNoSeriousAxeViolations, buttonFor, joinAs, openJoinPage, rankInOrder, readJoinCode, startWorkshopAs } from '../helpers/workshop-browser.ts';
import { failTestsOnPageErrors } from '../helpers/page-errors.ts';

const PROGRAMME = 'bestaanszekerheid';
const SUBGOAL = 'g1-s2';
const TITLE = 'Werkatelier beschermd wonen';
/** Results of uitwerking g1-s2 and their codes. */
const R = { a: ['g1-s2-r1', '1.3'], b: ['g1-s2-r2', '1.4'], c: ['g1-s2-r3', '1.5'], d: ['g1-s2-r4', '1.6'] } as const;
const HENK = '<b>Henk</b>';
const ANNA_IDEA = 'Een vast inloopspreekuur in de bibliotheek';
const SEM_PROPOSAL = 'Een buddy voor iedereen die uitstroomt';

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pageErrors = failTestsOnPageErrors();
let presenter: Page;
let code = '';
const phones: Page[] = [];

beforeAll(async () => {
  assertClientBuilt();
  server = await startServer();
  browser = await launchChromium();
});

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await presenter?.context().close().catch(() => undefined);
  await browser?.close().catch(() => undefined);
  await server?.stop();
});

describe('werkatelier', () => {
  it('a facilitator starts one on one uitwerking and gets a join code on the projector', async () => {
    presenter = await openAsUser(browser, `${server.url}/#/programma/${PROGRAMME}/werkateliers`, 'Fenna Facilitator', pageErrors, undefined, {
      grants: [{ scope: '*', role: 'facilitator' }],
    });
    const form = presenter.locator('form.ws-start-form');
    await form.getByRole('heading', { name: 'Werkatelier starten' }).waitFor();
    await expectNoSeriousAxeViolations(presenter, 'werkateliers van een programma');
    await form.getByLabel('Titel').fill(TITLE);
    await form.getByLabel('Onderwerp').selectOption(`uitwerking:${SUBGOAL}`);
    await form.getByLabel('Stippen verdelen').check();
    await form.getByLabel('Aantal stippen per deelnemer').fill('2');
    await form.getByRole('button', { name: 'Werkatelier starten' }).click();

    await expect.poll(() => presenter.evaluate(() => location.hash)).toMatch(/^#\/werkatelier\/[^/]+$/);
    await presenter.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await presenter.getByTestId('join-code').waitFor();
    code = await readJoinCode(presenter);
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    expect(await presenter.getByTestId('join-code').innerText()).toContain(`${code.slice(0, 4)}-${code.slice(4)}`);
    expect(await presenter.locator('.ws-join-link a').getAttribute('href')).toBe(`${server.url}/#/doe-mee/${code}`);
    const qr = presenter.getByRole('img', { name: /^QR-code om mee te doen/ });
    expect(await qr.getAttribute('src')).toMatch(/\/api\/workshops\/[^/]+\/qr\.svg$/);
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    // The control screen is read on the laptop; the room reads the audience screen (werkatelier-screen.test.ts).
    const size = await presenter.locator('.ws-presenter').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(16);
    // Only the uitwerking's rows: the uitwerking itself and its six results.
    await expect.poll(() => presenter.locator('.ws-rows li').count()).toBe(7);
    await expectNoSeriousAxeViolations(presenter, 'presentatie');
  });

  it('three people join from their phones; names are shown as text', async () => {
    const names = ['Anna', HENK, 'Sem'];
    for (const [index, name] of names.entries()) {
      const phone = await openJoinPage(browser, server.url, code, name, pageErrors, contexts);
      expect(await phone.getByLabel('Code').inputValue()).toBe(code);
      if (index === 0) await expectNoSeriousAxeViolations(phone, 'meedoen');
      await joinAs(phone, name, TITLE);
      phones.push(phone);
    }
    const henk = phones[1]!;
    expect(await henk.locator('main b').count()).toBe(0);
    await expect.poll(() => presenter.getByTestId('participant-count').innerText()).toBe('3');
    await expectNoSeriousAxeViolations(phones[0]!, 'deelnemer');
  });

  it('the facilitator focuses a row and everyone follows; the timer counts down', async () => {
    const [anna] = phones;
    await presenter.getByRole('button', { name: `Focus Resultaat ${R.a[1]}`, exact: true }).click();
    await presenter.getByRole('heading', { name: `Nu in focus: Resultaat ${R.a[1]}` }).waitFor();
    await anna!.getByText('De facilitator laat nu zien:').waitFor();
    await expect.poll(() => anna!.locator('.ws-prow').count()).toBe(1);
    expect(await anna!.locator('.ws-prow').getAttribute('data-row-id')).toBe(R.a[0]);
    await expectNoSeriousAxeViolations(anna!, 'deelnemer met focus');

    await presenter.getByRole('button', { name: '3 minuten' }).click();
    await expect.poll(() => presenter.getByRole('timer').innerText()).toMatch(/^0[23]:\d\d/);
    await presenter.getByRole('button', { name: 'Timer stoppen' }).click();
    await expect.poll(() => presenter.getByRole('timer').count()).toBe(0);

    await presenter.locator('.ws-focused').getByRole('button', { name: 'Focus opheffen' }).click();
    await expect.poll(() => anna!.locator('.ws-prow').count()).toBe(7);
  });

  it('cards appear on the projector as they are placed', async () => {
    const [anna, henk, sem] = phones;
    await addCard(anna!, R.a[0], 'Idee', ANNA_IDEA);
    await addCard(henk!, R.b[0], 'Zorg', '<i>Te weinig plekken</i>');
    await addCard(sem!, R.c[0], 'Voorstel nieuw resultaat', SEM_PROPOSAL);

    const cards = presenter.locator('.ws-live-cards .ws-card');
    await expect.poll(() => cards.count()).toBe(3);
    const henkCard = cards.filter({ hasText: 'Te weinig plekken' });
    expect(await henkCard.locator('.ws-card-text').innerText()).toBe('<i>Te weinig plekken</i>');
    expect(await henkCard.locator('.ws-card-author').innerText()).toContain(HENK);
    expect(await henkCard.locator('.ws-card-type').innerText()).toBe('Zorg');
    expect(await presenter.locator('.ws-live-cards b, .ws-live-cards i').count()).toBe(0);
    // Each participant sees only their own cards, with a way to take them back.
    expect(await henk!.locator('.ws-prow .ws-card').count()).toBe(1);
  });

  it('votes are counted live; nobody can hand out more dots than they have', async () => {
    const [anna, henk, sem] = phones;
    await presenter.getByRole('button', { name: 'Stemmen openen' }).click();
    for (const phone of phones) await phone!.getByRole('heading', { name: 'Stemmen' }).waitFor();
    await expectNoSeriousAxeViolations(anna!, 'deelnemer stemt');

    await addDots(anna!, R.a[1], 2);
    await anna!.getByText('Nog 0 stippen over', { exact: false }).waitFor();
    expect(await anna!.getByRole('button', { name: `Stip erbij bij ${R.b[1]}`, exact: true }).isDisabled()).toBe(true);
    await anna!.getByRole('status').filter({ hasText: 'Je stem is opgeslagen.' }).waitFor();

    await addDots(henk!, R.b[1], 2);
    await addDots(sem!, R.c[1], 1);
    await addDots(sem!, R.d[1], 1);
    for (const phone of [henk, sem]) await phone!.getByRole('status').filter({ hasText: 'Je stem is opgeslagen.' }).waitFor();

    const places = () => presenter.locator('.ws-tally tbody tr td:first-child').allInnerTexts();
    await expect.poll(places).toEqual(['1 (gedeeld)', '1 (gedeeld)', '3 (gedeeld)', '3 (gedeeld)']);
    expect(await presenter.locator('.ws-tally tbody tr td:nth-child(2)').allInnerTexts()).toEqual([R.a[1], R.b[1], R.c[1], R.d[1]]);
    await presenter.getByText('3 van 3 deelnemers hebben gestemd.', { exact: false }).waitFor();
    await expectNoSeriousAxeViolations(presenter, 'presentatie met kaarten en tussenstand');
  });

  it('closing freezes the outcome with ties as ties, thanks the participants and retires the code', async () => {
    await presenter.getByRole('button', { name: 'Werkatelier sluiten' }).click();
    await presenter.getByRole('button', { name: 'Ja, sluiten' }).click();
    const outcome = presenter.locator('.ws-outcome');
    await outcome.getByRole('heading', { name: 'Uitkomst' }).waitFor();
    expect(await outcome.locator('.ws-ranking tbody tr td:first-child').allInnerTexts()).toEqual([
      '1 (gedeeld)',
      '1 (gedeeld)',
      '3 (gedeeld)',
      '3 (gedeeld)',
    ]);
    expect(await outcome.locator('.ws-ranking tbody tr td:nth-child(4)').allInnerTexts()).toEqual(['2', '2', '1', '1']);
    expect(await outcome.getByTestId('outcome-participants').innerText()).toBe('3');
    expect(await outcome.locator('.ws-card').count()).toBe(3);
    await expectNoSeriousAxeViolations(presenter, 'uitkomst');

    for (const phone of phones) {
      await phone!.getByText('Het werkatelier is gesloten. Bedankt voor je inbreng!').waitFor();
    }
    await expectNoSeriousAxeViolations(phones[0]!, 'bedankt');

    const late = await openJoinPage(browser, server.url, code, 'Laatkomer', pageErrors, contexts);
    await late.getByLabel('Je naam').fill('Laatkomer');
    await late.getByRole('button', { name: 'Meedoen' }).click();
    await expect.poll(() => late.getByRole('alert').innerText()).toMatch(/gesloten/i);
  });

  it('the programme keeps the closed werkatelier with its outcome and exports', async () => {
    await presenter.goto(`${server.url}/#/programma/${PROGRAMME}/werkateliers`);
    const item = presenter.locator('.ws-list-item').filter({ hasText: TITLE });
    await item.getByText('Gesloten', { exact: true }).waitFor();
    expect(await item.getByTestId('workshop-participants').innerText()).toBe('3');
    await item.getByRole('button', { name: /^Uitkomst bekijken/ }).click();
    await item.locator('.ws-ranking').waitFor();
    expect(await item.getByRole('link', { name: /^Excel \(\.xlsx\)/ }).getAttribute('href')).toMatch(/export\?format=xlsx$/);
    await expect.poll(() => item.locator('.ws-feedback > li').count()).toBe(3);

    // The ASD's priority list beside the werkatelier's.
    // No other werkatelier of this programme is closed yet: only the ASD to compare with.
    expect(await item.getByLabel('Vergelijk met').locator('option').allInnerTexts()).toEqual(['ASD-advies']);
    await item.getByRole('button', { name: 'Vergelijken' }).click();
    await item.getByRole('table', { name: /prioriteiten van de ASD/ }).waitFor();
    expect(await item.locator('.ws-compare th').allInnerTexts()).toEqual(['Code', 'Resultaat', 'Plaats werkatelier', 'Plaats ASD']);

    // What was done with an input: a reason is required before 'Niet verwerken' is recorded.
    const henkCard = item.locator('.ws-feedback > li').filter({ hasText: 'Te weinig plekken' });
    expect(await henkCard.locator('.ws-feedback-status').innerText()).toContain('Nog niet verwerkt');
    await henkCard.getByRole('button', { name: /^Verwerken/ }).click();
    await henkCard.getByLabel('Niet verwerken').check();
    await henkCard.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => henkCard.getByRole('alert').innerText()).toContain('Geef een reden');
    await henkCard.getByLabel('Reden (verplicht)').fill('Het aantal plekken wordt regionaal bepaald.');
    await henkCard.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => henkCard.locator('.ws-feedback-status').innerText()).toContain('Niet verwerkt: Het aantal plekken wordt regionaal bepaald.');
    await expectNoSeriousAxeViolations(presenter, 'uitkomst in het programma');
  });

  it("a redacteur takes a card's text into the table and adds a proposal as a new result; the programme shows both", async () => {
    const newText = 'Een vast inloopspreekuur in de bibliotheek, elke week';
    const redacteur = await openAsUser(browser, `${server.url}/#/programma/${PROGRAMME}/werkateliers`, 'Rita Redacteur', pageErrors, undefined, {
      grants: [{ scope: PROGRAMME, role: 'redacteur' }],
    });
    contexts.push(redacteur.context());
    const item = redacteur.locator('.ws-list-item').filter({ hasText: TITLE });
    await item.getByRole('button', { name: /^Uitkomst bekijken/ }).click();

    const annaCard = item.locator('.ws-feedback > li').filter({ hasText: ANNA_IDEA });
    await annaCard.getByRole('button', { name: /^Verwerken/ }).click();
    // Nothing is chosen for the officer: Opslaan alone changes nothing in the table.
    for (const label of ['Niet verwerken', 'Tekst in tabel overnemen', 'Nieuw resultaat toevoegen']) expect(await annaCard.getByLabel(label).isChecked()).toBe(false);
    await annaCard.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => annaCard.getByRole('alert').innerText()).toBe('Kies wat je met deze kaart doet.');
    await annaCard.getByLabel('Tekst in tabel overnemen').check();
    await annaCard.getByLabel('Veld', { exact: true }).selectOption('text');
    // The text to edit is the table's own wording, with the card beside it: never the card's text put in by itself.
    const tableText = await annaCard.getByLabel('Nieuwe tekst').inputValue();
    expect(tableText).not.toBe(ANNA_IDEA);
    expect(tableText.length).toBeGreaterThan(10);
    await annaCard.getByText(ANNA_IDEA, { exact: false }).first().waitFor();
    await annaCard.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => annaCard.getByRole('alert').innerText()).toContain('nog gelijk aan de tekst in de tabel');
    await annaCard.getByLabel('Nieuwe tekst').fill(newText);
    await expectNoSeriousAxeViolations(redacteur, 'kaart verwerken');
    await annaCard.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => annaCard.locator('.ws-feedback-status').innerText()).toContain('Verwerkt: Resultaat aangepast');
    expect(await annaCard.locator('.ws-feedback-status').innerText()).toContain('Rita Redacteur');

    // The report names the row the proposal became, not only its uitwerking.
    const semCard = item.locator('.ws-feedback > li').filter({ hasText: SEM_PROPOSAL });
    await semCard.getByRole('button', { name: /^Verwerken/ }).click();
    await semCard.getByLabel('Nieuw resultaat toevoegen').check();
    expect(await semCard.getByLabel('Onder welke uitwerking?').inputValue()).toBe(SUBGOAL);
    await semCard.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(() => semCard.locator('.ws-feedback-status').innerText()).toContain(`Verwerkt: nieuw resultaat toegevoegd: "${SEM_PROPOSAL}"`);

    await redacteur.goto(`${server.url}/#/programma/${PROGRAMME}`);
    const results = redacteur.locator(`#tabel-${SUBGOAL}-resultaten`);
    const textCell = (rowId: string) => results.locator(`.ag-row[row-id="${rowId}"] .ag-cell[col-id="text"] .cell-text`);
    await expect.poll(() => textCell(R.a[0]).innerText().catch(() => '')).toBe(newText);
    await expect.poll(() => results.locator('.ag-cell[col-id="text"] .cell-text').allInnerTexts()).toContain(SEM_PROPOSAL);
  });
});

describe('werkatelier in top 10 mode', () => {
  const TOP_TITLE = 'Werkatelier top 10 beschermd wonen';
  let facilitator: Page;
  const voters: Page[] = [];

  it('two participants rank with the buttons; the tally counts Borda points and shows the tie', async () => {
    facilitator = await startWorkshopAs(browser, server.url, 'Floor Facilitator', pageErrors, {
      programme: PROGRAMME,
      title: TOP_TITLE,
      scope: `uitwerking:${SUBGOAL}`,
      mode: 'Top 10 rangschikken',
    });
    contexts.push(facilitator.context());
    const topCode = await readJoinCode(facilitator);
    for (const name of ['Ilse', 'Joost']) {
      const phone = await openJoinPage(browser, server.url, topCode, name, pageErrors, contexts);
      await joinAs(phone, name, TOP_TITLE);
      voters.push(phone);
    }
    await expect.poll(() => facilitator.getByTestId('participant-count').innerText()).toBe('2');
    await facilitator.getByRole('button', { name: 'Stemmen openen' }).click();
    for (const phone of voters) await phone.getByRole('heading', { name: 'Stemmen' }).waitFor();

    const [ilse, joost] = voters as [Page, Page];
    await rankInOrder(ilse, [R.a[1], R.b[1], R.c[1]]);
    await rankInOrder(joost, [R.a[1], R.b[1]]);
    await joost.getByRole('button', { name: buttonFor('Hoger', R.b[1]) }).click();
    await expect.poll(() => joost.locator('.ws-my-ranking .ws-code').allInnerTexts()).toEqual([R.b[1], R.a[1]]);
    expect(await joost.getByRole('button', { name: buttonFor('Hoger', R.b[1]) }).isDisabled()).toBe(true);
    await joost.getByText('Je hebt 2 van de 10 gekozen.').waitFor();
    await expectNoSeriousAxeViolations(joost, 'deelnemer rangschikt');
    for (const phone of voters) await phone.getByRole('status').filter({ hasText: 'Je stem is opgeslagen.' }).waitFor();

    // Borda: first place 10 points, second 9, third 8. 1.3 = 10 + 9, 1.4 = 9 + 10, 1.5 = 8.
    const tally = facilitator.locator('.ws-tally');
    await expect.poll(() => tally.locator('tbody tr td:nth-child(4)').allInnerTexts()).toEqual(['19', '19', '8']);
    expect(await tally.locator('tbody tr td:first-child').allInnerTexts()).toEqual(['1 (gedeeld)', '1 (gedeeld)', '3']);
    expect(await tally.locator('tbody tr td:nth-child(2)').allInnerTexts()).toEqual([R.a[1], R.b[1], R.c[1]]);
    expect(await tally.locator('thead th').allInnerTexts()).toContain('Score (punten)');
    await facilitator.getByText('2 van 2 deelnemers hebben gestemd.', { exact: false }).waitFor();
    await expectNoSeriousAxeViolations(facilitator, 'presentatie top 10');
  });

  it('the programme lists it as open with its participants counted live', async () => {
    await facilitator.goto(`${server.url}/#/programma/${PROGRAMME}/werkateliers`);
    const item = facilitator.locator('.ws-list-item').filter({ hasText: TOP_TITLE });
    await item.getByText('Open', { exact: true }).waitFor();
    expect(await item.getByTestId('workshop-participants').innerText()).toBe('2');
  });
});
