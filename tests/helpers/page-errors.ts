/**
 * Page errors and AG Grid console errors, charged to the test during which a page logged them:
 * that test fails with the message, instead of a closing pseudo-test that fails for all of them.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, expect } from 'vitest';

/**
 * The list the browser helpers collect into (`openAsUser(..., errors)`), emptied and asserted
 * empty after every test of the calling file. Errors a page logs after the last test fail the
 * file's afterAll, so none is lost.
 */
export function failTestsOnPageErrors(): string[] {
  const errors: string[] = [];
  afterEach(() => {
    const logged = errors.splice(0);
    expect(logged, 'page errors and AG Grid errors logged during this test').toEqual([]);
  });
  afterAll(() => {
    const logged = errors.splice(0);
    expect(logged, 'page errors and AG Grid errors logged after the last test').toEqual([]);
  });
  return errors;
}

/** Collects what `page` logs as an uncaught error, and AG Grid's console errors, into `errors` as "who: message". */
export function collectPageErrors(page: Page, who: string, errors: string[]): void {
  page.on('pageerror', (error) => errors.push(`${who}: ${error.message}${whereFrom(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /AG Grid/.test(message.text())) errors.push(`${who}: ${message.text()}`);
  });
}

/**
 * The first frames of an uncaught error's stack: a rare error (a flaky test's only trace) must
 * say where it was thrown, or the next engineer cannot find its cause.
 */
function whereFrom(error: Error): string {
  const frames = (error.stack ?? '').split('\n').filter((line) => line.trim().startsWith('at ')).slice(0, 4);
  return frames.length > 0 ? `\n${frames.join('\n')}` : '';
}
