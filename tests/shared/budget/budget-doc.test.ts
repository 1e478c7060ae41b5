/**
 * The budget plan document (shared/doc/budget/): its own layout beside a programme's, lines
 * that nest at most three deep, cells that are one key each, reading that never drops a row,
 * and two replicas that converge when colleagues type in the same plan.
 */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import {
  addBudgetRow,
  deleteBudgetRow,
  isBudgetDoc,
  observeBudget,
  readBudgetPlan,
  seedBlankBudget,
  setAmount,
  setAmounts,
  setBudgetField,
  setStatedTotals,
  writeBudgetBatch,
  type BudgetChange,
} from '../../../shared/doc/budget/index.ts';
import { userOrigin } from '../../../shared/doc/index.ts';
import { readProgramme } from '../../../shared/doc/read.ts';
import { checkNewBudget } from '../../../shared/budget/settings.ts';
import { budgetDocId, isBudgetDocId } from '../../../shared/budget/document-id.ts';
import { programmeSlug } from '../../../shared/programmes/settings.ts';
import { BUDGET_ROW_KINDS, budgetFieldsOf } from '../../../shared/schema/budget/index.ts';
import { euros } from '../../../shared/budget/money.ts';

const FA = userOrigin('fa-1', 'Fenna Financieel');

function plan(): Y.Doc {
  const doc = new Y.Doc();
  const input = checkNewBudget({ name: 'POK Dronten', municipality: 'Dronten', periodStart: 2022, periodEnd: 2026, fundingSource: 'POK-middelen, decembercirculaire 2021' });
  if (!input.ok) throw new Error(input.error);
  seedBlankBudget(doc, 'begroting-pok-dronten', input.value.name, input.value.settings, FA);
  return doc;
}

describe('budget plan document', () => {
  it('is a document of its own kind: meta and rows under budget roots, nothing a programme reads', () => {
    const doc = plan();
    expect(isBudgetDoc(doc)).toBe(true);
    const read = readBudgetPlan(doc);
    expect(read).toMatchObject({ kind: 'budget', id: 'begroting-pok-dronten', name: 'POK Dronten', lines: [], amounts: [] });
    expect(read.settings).toMatchObject({ municipality: 'Dronten', fundingSource: 'POK-middelen, decembercirculaire 2021', periodStart: 2022, periodEnd: 2026, yearStart: 2022, yearEnd: 2026, weeksPerYear: 52 });
    expect(read.settings.levelLabels).toEqual({ thema: 'Thema', actielijn: 'Actielijn', onderdeel: 'Onderdeel' });
    expect([...doc.share.keys()].every((root) => root.startsWith('budget:'))).toBe(true);
    expect(readProgramme(doc).goals).toEqual([]);
  });

  it('declares every field with a right: finance for money and lines, edit for links to results', () => {
    for (const kind of BUDGET_ROW_KINDS) {
      for (const [name, field] of budgetFieldsOf(kind.kind)) {
        expect(field.right, `${kind.kind}.${name}`).toBe(kind.kind === 'budgetLink' ? 'edit' : 'finance');
        expect(field.label, `${kind.kind}.${name}`).toMatch(/^[A-Z]/);
      }
    }
  });

  it('nests thema > actielijn > onderdeel and no deeper', () => {
    const doc = plan();
    const thema = addBudgetRow(doc, 'budgetLine', { parentId: null, fields: { label: 'Effectievere ondersteuning inwoners', code: '2' } }, FA);
    const actielijn = addBudgetRow(doc, 'budgetLine', { parentId: thema, fields: { label: 'BSO+ voorziening' } }, FA);
    const sub = addBudgetRow(doc, 'budgetLine', { parentId: actielijn, fields: { label: 'Pilot' } }, FA);
    expect(() => addBudgetRow(doc, 'budgetLine', { parentId: sub, fields: { label: 'Te diep' } }, FA)).toThrow(/hoogstens 3 niveaus/);
    expect(() => addBudgetRow(doc, 'budgetShare', { parentId: null, fields: { source: 'Veiligheid' } }, FA)).toThrow(/onder een begrotingsregel/);
    expect(() => addBudgetRow(doc, 'budgetMovement', { parentId: thema }, FA)).toThrow(/op zichzelf/);
    const read = readBudgetPlan(doc);
    expect(read.lines.map((l) => [l.label, l.depth])).toEqual([
      ['Effectievere ondersteuning inwoners', 0],
      ['BSO+ voorziening', 1],
      ['Pilot', 2],
    ]);
  });

  it('keeps one cell per line, year and kind; a cleared cell is gone; values are checked first', () => {
    const doc = plan();
    const line = addBudgetRow(doc, 'budgetLine', { parentId: null, fields: { label: 'Rechtsbescherming' } }, FA);
    setAmount(doc, { lineId: line, year: 2022, soort: 'gereserveerd', value: euros(40_000) }, FA);
    setAmount(doc, { lineId: line, year: 2022, soort: 'gereserveerd', value: euros(45_000) }, FA);
    setAmount(doc, { lineId: line, year: 2023, soort: 'besteed', value: euros(12_345.67) }, FA);
    expect(readBudgetPlan(doc).amounts).toHaveLength(2);
    expect(readBudgetPlan(doc).amounts.find((a) => a.year === 2022)).toEqual({ lineId: line, year: 2022, soort: 'gereserveerd', value: 4_500_000 });
    setAmount(doc, { lineId: line, year: 2023, soort: 'besteed', value: null }, FA);
    expect(readBudgetPlan(doc).amounts).toHaveLength(1);
    expect(() => setAmount(doc, { lineId: line, year: 2022, soort: 'besteed', value: 12.5 }, FA)).toThrow(/geheel/);
    expect(() => setAmount(doc, { lineId: line, year: 2022, soort: 'besteed', value: -1 }, FA)).toThrow();
    expect(() => setAmount(doc, { lineId: 'gone', year: 2022, soort: 'besteed', value: 1 }, FA)).toThrow(/bestaat niet/);
    expect(() => setAmounts(doc, [{ lineId: line, year: 2024, soort: 'besteed', value: 1 }, { lineId: line, year: 22, soort: 'besteed', value: 1 }], FA)).toThrow(/jaartal/);
    expect(readBudgetPlan(doc).amounts).toHaveLength(1);
  });

  it('deletes a line with its sub-lines, shares, links, cells and stated totals in one step', () => {
    const doc = plan();
    const [thema, sub] = writeBudgetBatch(
      doc,
      {
        lines: [
          { id: 'thema-2', parentId: null, fields: { label: 'Thema 2' } },
          { id: 'casus', parentId: 'thema-2', fields: { label: 'Casusmanagementsysteem' } },
          { id: 'other', parentId: null, fields: { label: 'Thema 3' } },
        ],
        cells: [
          { lineId: 'casus', year: 2022, soort: 'gereserveerd', value: euros(6_000) },
          { lineId: 'other', year: 2022, soort: 'gereserveerd', value: euros(40_000) },
        ],
        stated: [{ lineId: 'casus', year: null, soort: 'gereserveerd', value: euros(6_000) }, { lineId: null, year: null, soort: 'gereserveerd', value: euros(46_000) }],
        shares: [
          { parentId: 'casus', fields: { source: 'POK-middelen', basisPoints: 5000 } },
          { parentId: 'casus', fields: { source: 'Veiligheid', basisPoints: 5000 } },
        ],
        links: [{ parentId: 'casus', fields: { programmeId: 'bestaanszekerheid', rowId: 'r1', rowKind: 'result' } }],
      },
      FA,
    );
    expect([thema, sub]).toEqual(['thema-2', 'casus']);
    const undo = new Y.UndoManager([...doc.share.values()], { trackedOrigins: new Set([FA]) });
    undo.stopCapturing();
    deleteBudgetRow(doc, 'budgetLine', 'thema-2', FA);
    const read = readBudgetPlan(doc);
    expect(read.lines.map((l) => l.id)).toEqual(['other']);
    expect(read.amounts.map((a) => a.lineId)).toEqual(['other']);
    expect(read.shares).toEqual([]);
    expect(read.links).toEqual([]);
    expect(read.stated).toEqual([{ lineId: null, year: null, soort: 'gereserveerd', value: 4_600_000 }]);
    undo.undo();
    expect(readBudgetPlan(doc).lines.map((l) => l.id)).toEqual(['thema-2', 'casus', 'other']);
    expect(readBudgetPlan(doc).shares.map((s) => s.basisPoints)).toEqual([5000, 5000]);
  });

  it('refuses a batch with one bad value and writes nothing of it', () => {
    const doc = plan();
    expect(() =>
      writeBudgetBatch(doc, { lines: [{ id: 'a', parentId: null, fields: { label: 'A' } }], cells: [{ lineId: 'a', year: 2022, soort: 'beschikbaar', value: 0.5 }] }, FA),
    ).toThrow();
    expect(() => writeBudgetBatch(doc, { lines: [{ id: 'a', parentId: null, fields: { label: 'A', unit: 'liters' } }] }, FA)).toThrow(/Eenheid/);
    expect(readBudgetPlan(doc).lines).toEqual([]);
  });

  it('reads a line whose parent a colleague deleted as an orphan, never dropping it', () => {
    const a = plan();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const thema = addBudgetRow(a, 'budgetLine', { parentId: null, fields: { label: 'Digitalisering' } }, FA);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    deleteBudgetRow(a, 'budgetLine', thema, FA);
    addBudgetRow(b, 'budgetLine', { parentId: thema, id: 'vish', fields: { label: 'Aansluiting VISH' } }, userOrigin('x'));
    setAmount(b, { lineId: 'vish', year: 2022, soort: 'gereserveerd', value: euros(15_000) }, userOrigin('x'));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    for (const doc of [a, b]) {
      const read = readBudgetPlan(doc);
      expect(read.lines).toMatchObject([{ id: 'vish', orphan: true, depth: 0 }]);
      expect(read.amounts).toEqual([{ lineId: 'vish', year: 2022, soort: 'gereserveerd', value: 1_500_000 }]);
    }
  });

  it('converges: two colleagues in two cells keep both, in one cell end with one value', () => {
    const a = plan();
    addBudgetRow(a, 'budgetLine', { parentId: null, id: 'l1', fields: { label: 'Vakmanschap' } }, FA);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    setAmount(a, { lineId: 'l1', year: 2022, soort: 'gereserveerd', value: 100 }, FA);
    setAmount(b, { lineId: 'l1', year: 2023, soort: 'gereserveerd', value: 200 }, userOrigin('x'));
    setAmount(a, { lineId: 'l1', year: 2024, soort: 'besteed', value: 1 }, FA);
    setAmount(b, { lineId: 'l1', year: 2024, soort: 'besteed', value: 2 }, userOrigin('x'));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const cells = (doc: Y.Doc) => readBudgetPlan(doc).amounts.sort((x, y) => x.year - y.year);
    expect(cells(a)).toEqual(cells(b));
    expect(cells(a)).toHaveLength(3);
  });

  it('tells an observer which cells changed, and when more than cells did', () => {
    const doc = plan();
    const seen: BudgetChange[] = [];
    const stop = observeBudget(doc, (c) => seen.push(c));
    const line = addBudgetRow(doc, 'budgetLine', { parentId: null, fields: { label: 'Armoede' } }, FA);
    setAmount(doc, { lineId: line, year: 2022, soort: 'gereserveerd', value: 1 }, FA);
    setBudgetField(doc, 'budgetLine', line, 'ledger', 'FCL 6080100', FA);
    setStatedTotals(doc, [{ lineId: null, year: null, soort: 'gereserveerd', value: 1 }], FA);
    stop();
    expect(seen.map((c) => [c.cells.length, c.structure])).toEqual([
      [0, true],
      [1, false],
      [0, true],
      [0, true],
    ]);
    expect(seen[1]!.cells[0]).toEqual({ lineId: line, year: 2022, soort: 'gereserveerd', value: 1 });
  });

  it('gives budget plans ids of their own that a programme never takes', () => {
    expect(budgetDocId('Plan van aanpak POK Dronten', () => false)).toBe('begroting-plan-van-aanpak-pok-dronten');
    expect(budgetDocId('Begroting POK', () => false)).toBe('begroting-pok');
    expect(budgetDocId('POK', (id) => id === 'begroting-pok')).toBe('begroting-pok-2');
    expect(isBudgetDocId('begroting-pok')).toBe(true);
    expect(programmeSlug('Begroting sociaal domein', () => false)).toBe('programma-begroting-sociaal-domein');
    expect(isBudgetDocId(programmeSlug('Begroting sociaal domein', () => false))).toBe(false);
  });

  it('checks a new plan as a programme is checked, plus its own fields', () => {
    expect(checkNewBudget({ name: 'X', municipality: 'Y', periodStart: 2025, periodEnd: 2022 })).toMatchObject({ ok: false, field: 'periodEnd' });
    expect(checkNewBudget({ name: 'X', municipality: 'Y', periodStart: 2024, periodEnd: 2027, yearEnd: 2029 })).toMatchObject({ ok: true, value: { settings: { yearStart: 2024, yearEnd: 2029 } } });
    expect(checkNewBudget({ name: 'X', municipality: 'Y', periodStart: 2024, periodEnd: 2027, yearStart: 2030, yearEnd: 2029 })).toMatchObject({ ok: false, field: 'yearEnd' });
    expect(checkNewBudget({ name: 'X', municipality: 'Y', periodStart: 2024, periodEnd: 2027, weeksPerYear: 0 })).toMatchObject({ ok: false, field: 'weeksPerYear' });
    expect(checkNewBudget({ name: 'X', municipality: 'Y', periodStart: 2024, periodEnd: 2027, fundingSource: 7 })).toMatchObject({ ok: false, field: 'fundingSource' });
  });
});
