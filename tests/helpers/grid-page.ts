/** Reading the programme grid in a browser page, as the e2e tests do: cells by row and column id. */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** For expect.poll on a shared machine: a grid redraw or a table mounting may take over a second. */
export const SLOW_POLL = { timeout: 10_000 };

/** One grid cell; with `gridId` only in that table (a row id is unique, a column id is not). */
export function cell(page: Page, rowId: string, colId: string, gridId?: string): Locator {
  return page.locator(`${gridId ? `#${gridId} ` : ''}.ag-row[row-id="${rowId}"] .ag-cell[col-id="${colId}"]`);
}

/** The text of a cell without presence labels. */
export function cellText(page: Page, rowId: string, colId: string, gridId?: string): Promise<string> {
  return cell(page, rowId, colId, gridId).locator('.cell-text').innerText();
}

/** Row ids of one grid in display order. */
export function rowIds(page: Page, gridId: string): Promise<string[]> {
  return page.evaluate((id) => {
    const rows = [...document.querySelectorAll<HTMLElement>(`#${id} .ag-row[row-id]`)];
    return rows.sort((a, b) => Number(a.getAttribute('row-index')) - Number(b.getAttribute('row-index'))).map((r) => r.getAttribute('row-id')!);
  }, gridId);
}

/** The grid cell that has the keyboard, or null. */
export function activeCell(page: Page): Promise<{ rowId: string | null; colId: string | null } | null> {
  return page.evaluate(() => {
    const el = document.activeElement?.closest('.ag-cell');
    if (!el) return null;
    return { rowId: el.closest('.ag-row')?.getAttribute('row-id') ?? null, colId: el.getAttribute('col-id') };
  });
}

/** Clicks a cell and waits until it has the keyboard. */
export async function focusCell(page: Page, rowId: string, colId: string, gridId?: string): Promise<void> {
  await cell(page, rowId, colId, gridId).click();
  await expect.poll(() => activeCell(page)).toEqual({ rowId, colId });
}
