/**
 * The programme search's reading of a real seeded programme: every table cell in page order
 * with the text it shows (a result's indicators one per line, an activity's kind as its label),
 * matched without regard to case or accents, and the Dutch count.
 */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { readProgramme, seedProgramme } from '../../shared/doc/index.ts';
import { seedProgrammeById } from '../../shared/seed/programmes.ts';
import { countText, findMatches, programmeCells } from '../../client/find/programme-cells.ts';

function programme() {
  const doc = new Y.Doc();
  seedProgramme(doc, seedProgrammeById('bestaanszekerheid')!);
  return readProgramme(doc);
}

describe('programme search', () => {
  const cells = programmeCells(programme());

  it('reads the tables in page order: per goal its indicators, then per uitwerking results and activities', () => {
    const order = cells.map((c) => c.rowId).filter((id, i, all) => all.indexOf(id) === i);
    expect(order.slice(0, 3)).toEqual(['g1-i1', 'g1-i2', 'g1-s1-r1']);
    expect(order.indexOf('g1-s1-a1')).toBeGreaterThan(order.indexOf('g1-s1-r2'));
    expect(order.indexOf('g2-i1')).toBeGreaterThan(order.indexOf('g1-s1-a1'));
  });

  it('finds without regard to case or accents, and counts in Dutch', () => {
    const cbs = findMatches(cells, ' cbs ');
    expect(cbs.length).toBe(11);
    expect(cbs[0]).toMatchObject({ rowId: 'g1-i1', colId: 'source' });
    const withAccent = { rowId: 'x', colId: 'text', text: 'Cliëntondersteuning' };
    expect(findMatches([withAccent], 'clientonder')).toEqual([withAccent]);
    expect(findMatches([withAccent], 'CLIËNT')).toEqual([withAccent]);
    expect(findMatches(cells, '   ')).toEqual([]);
    expect(countText(2, 12, 'x')).toBe('3 van 12');
    expect(countText(-1, 0, 'x')).toBe('Geen resultaten');
    expect(countText(-1, 0, '')).toBe('');
  });
});
