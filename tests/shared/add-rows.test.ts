/** addRows: many rows in one transaction, placed after their siblings, all checked first. */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DocError, addRow, addRows, readProgramme, seedProgramme, userOrigin } from '../../shared/doc/index.ts';
import { seedProgrammeById } from '../../shared/seed/programmes.ts';

const alice = userOrigin('alice', 'Alice');

function seeded(): Y.Doc {
  const doc = new Y.Doc();
  seedProgramme(doc, seedProgrammeById('bestaanszekerheid')!);
  return doc;
}

describe('addRows', () => {
  it('appends rows under several parents, in the given order, after the existing siblings, in one transaction', () => {
    const doc = seeded();
    const before = readProgramme(doc);
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    const ids = addRows(
      doc,
      'goalIndicator',
      [
        { parentId: 'g2', id: 'n1', fields: { indicator: 'eerste' } },
        { parentId: 'g1', fields: { indicator: 'ander doel' } },
        { parentId: 'g2', id: 'n2', fields: { indicator: 'tweede', baselineYear: 2025 } },
      ],
      alice,
    );
    expect(origins).toEqual([alice]);
    expect(ids[0]).toBe('n1');
    expect(ids[2]).toBe('n2');
    const after = readProgramme(doc);
    expect(after.goals[1]!.indicators.map((i) => i.id)).toEqual([...before.goals[1]!.indicators.map((i) => i.id), 'n1', 'n2']);
    expect(after.goals[1]!.indicators.at(-1)).toMatchObject({ indicator: 'tweede', baselineYear: 2025, target: '', unit: null });
    expect(after.goals[0]!.indicators.at(-1)!.indicator).toBe('ander doel');
    // A later single add still lands after them.
    addRow(doc, 'goalIndicator', 'g2', alice, { id: 'n3', fields: { indicator: 'derde' } });
    expect(readProgramme(doc).goals[1]!.indicators.slice(-3).map((i) => i.id)).toEqual(['n1', 'n2', 'n3']);
  });

  it('writes nothing when one row is wrong: a taken id, a bad value, an unknown parent', () => {
    const doc = seeded();
    const before = readProgramme(doc);
    const good = { parentId: 'g1', id: 'ok', fields: { indicator: 'goed' } };
    expect(() => addRows(doc, 'goalIndicator', [good, { parentId: 'g1', id: 'g1-i1' }], alice)).toThrow(DocError);
    expect(() => addRows(doc, 'goalIndicator', [good, { parentId: 'g1', id: 'x', fields: { baselineYear: 2024.5 } }], alice)).toThrow(/geheel getal/);
    expect(() => addRows(doc, 'goalIndicator', [good, { parentId: 'g42' }], alice)).toThrow(/bovenliggende rij/);
    expect(() => addRows(doc, 'goalIndicator', [good, good], alice)).toThrow(/bestaat al een rij/);
    expect(readProgramme(doc)).toEqual(before);
  });
});
