/**
 * The grid's layout pieces without a browser: column widths kept per user and kind of table
 * (and anything unreadable in storage ignored), header words measured whole, which cells are
 * worth measuring for the 8-line cut-off, and opening and closing a long cell.
 */
import { describe, expect, it } from 'vitest';
import type { ColDef } from 'ag-grid-community';
import { loadWidths, saveWidths, storageKey, widthsChanged, withWidths } from '../../client/grid/column-widths.ts';
import { headerMinWidth, longestWord } from '../../client/grid/header-width.ts';
import { headerOffset } from '../../client/grid/floating-header.ts';
import { CLAMP_LINES, isExpanded, mayOverflow, toggleExpanded } from '../../client/grid/expanded-cells.ts';

/** A Storage over a Map, as the browser's localStorage behaves. */
function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, String(v)),
  };
}

describe('column widths', () => {
  it('are kept per user and per kind of table, merged column by column', () => {
    const store = memoryStorage();
    saveWidths('anna', 'result', { text: 420 }, store);
    saveWidths('anna', 'result', { source: 200 }, store);
    saveWidths('bram', 'result', { text: 300 }, store);
    expect(loadWidths('anna', 'result', store)).toEqual({ text: 420, source: 200 });
    expect(loadWidths('bram', 'result', store)).toEqual({ text: 300 });
    expect(loadWidths('anna', 'activity', store)).toEqual({});
    expect(storageKey('anna', 'result')).toBe('koers.kolombreedtes.anna.result');
  });

  it('tell the other tables of the page on every save', () => {
    const before = widthsChanged.get();
    saveWidths('anna', 'activity', { text: 500 }, memoryStorage());
    expect(widthsChanged.get()).toBe(before + 1);
  });

  it('ignore what is unreadable or out of range in storage', () => {
    const store = memoryStorage();
    store.setItem(storageKey('anna', 'result'), 'geen json');
    expect(loadWidths('anna', 'result', store)).toEqual({});
    store.setItem(storageKey('anna', 'result'), JSON.stringify({ text: 'breed', code: 10, source: 1e9, bron: 180.4 }));
    expect(loadWidths('anna', 'result', store)).toEqual({ bron: 180 });
    store.setItem(storageKey('anna', 'result'), JSON.stringify([1, 2]));
    expect(loadWidths('anna', 'result', store)).toEqual({});
    // Without storage (blocked) nothing is kept and nothing breaks.
    expect(loadWidths('anna', 'result', null)).toEqual({});
    expect(() => saveWidths('anna', 'result', { text: 300 }, null)).not.toThrow();
  });

  it('replace a column share by the saved width, never below the column minimum', () => {
    const columns: ColDef[] = [
      { field: 'text', flex: 3, minWidth: 180 },
      { field: 'source', flex: 2, minWidth: 120 },
      { colId: 'code', field: 'code', width: 96, minWidth: 80 },
    ];
    const shown = withWidths(columns, { text: 400, code: 50 });
    expect(shown[0]).toEqual({ field: 'text', flex: null, width: 400, minWidth: 180 });
    expect(shown[1]).toBe(columns[1]);
    expect(shown[2]).toMatchObject({ width: 80, flex: null });
  });
});

describe('header words', () => {
  it('a slash keeps its word together; the longest word sets the minimum width', () => {
    expect(longestWord('Monitoring/bron')).toBe('Monitoring/bron');
    expect(longestWord('Doel op de resultaatkolom')).toBe('resultaatkolom');
    const font = '600 15px sans-serif';
    expect(headerMinWidth('Monitoring/bron', font)).toBeGreaterThan(headerMinWidth('Bron', font));
    expect(headerMinWidth('Meetbaar vanaf', font)).toBe(headerMinWidth('Meetbaar', font));
    expect(headerMinWidth(undefined, font)).toBe(0);
  });
});

describe('long cells', () => {
  it('only texts that could pass 8 lines are measured', () => {
    expect(CLAMP_LINES).toBe(8);
    expect(mayOverflow('CBS')).toBe(false);
    expect(mayOverflow('x'.repeat(81))).toBe(true);
    expect(mayOverflow(Array.from({ length: 8 }, () => 'a').join('\n'))).toBe(true);
  });

  it('open and close per cell', () => {
    expect(isExpanded('g1-i1', 'source')).toBe(false);
    toggleExpanded('g1-i1', 'source');
    expect(isExpanded('g1-i1', 'source')).toBe(true);
    expect(isExpanded('g1-i1', 'indicator')).toBe(false);
    toggleExpanded('g1-i1', 'source');
    expect(isExpanded('g1-i1', 'source')).toBe(false);
  });
});

describe('floating header', () => {
  it('moves down as far as the table went under the top bar, never past its last row', () => {
    // Table at 300 px from the top, bar ending at 138: nothing to do.
    expect(headerOffset(300, 800, 47, 138)).toBe(0);
    // Table top scrolled 200 px under the bar's bottom: the header follows by 200.
    expect(headerOffset(-62, 800, 47, 138)).toBe(200);
    // Near the table's end it stops, leaving a row's room under it.
    expect(headerOffset(-900, 1000, 47, 138)).toBe(1000 - 94);
    // A table smaller than two headers never moves.
    expect(headerOffset(-10, 60, 47, 138)).toBe(0);
  });
});
