/**
 * The structured cell editor's model, without a browser: reading Dutch input, saving only what
 * changed in one undo step, never touching the verbatim text unless asked, and two officers
 * editing different parts of one cell at the same time both keeping their change.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readProgramme, seedProgramme, setField, undoScope, userOrigin } from '../../shared/doc/index.ts';
import { parseBaseline, parseTarget } from '../../shared/indicator/index.ts';
import type { GoalIndicator } from '../../shared/model/types.ts';
import { seedProgrammeById } from '../../shared/seed/programmes.ts';
import { validateProgramme } from '../../shared/validation/index.ts';
import { textFromParts } from '../../client/structured/compose.ts';
import { partsFromText } from '../../client/structured/from-text.ts';
import { changesToSave, draftFromRow, readPart, type Draft } from '../../client/structured/parts.ts';
import { writeParts } from '../../client/structured/write.ts';

const anna = userOrigin('anna', 'Anna de Vries');
const bram = userOrigin('bram', 'Bram Jansen');
const ID = 'g1-i1'; // Gezond Samenleven: "% inwoners dat de beweegnorm haalt", 43,9 % -> 45,0 %

function seeded(): Y.Doc {
  const doc = new Y.Doc();
  seedProgramme(doc, seedProgrammeById('gezond-samenleven')!);
  return doc;
}

function indicator(doc: Y.Doc, id = ID): GoalIndicator {
  for (const goal of readProgramme(doc).goals) {
    const found = goal.indicators.find((i) => i.id === id);
    if (found) return found;
  }
  throw new Error(`indicator ${id} not found`);
}

function edit(draft: Draft, parts: Partial<Draft['parts']>, text?: string): Draft {
  return { text: text ?? draft.text, parts: { ...draft.parts, ...parts } };
}

/** Two replicas that exchange updates only when told to, like two browsers on a slow network. */
function pair(): { a: Y.Doc; b: Y.Doc; sync(): void } {
  const a = seeded();
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return {
    a,
    b,
    sync() {
      const fromA = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
      const fromB = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
      Y.applyUpdate(b, fromA);
      Y.applyUpdate(a, fromB);
    },
  };
}

describe('Dutch input in part fields', () => {
  it('reads decimal comma, thousands dot and amounts with the shared parser', () => {
    expect(readPart('targetValue', '3,6')).toMatchObject({ value: 3.6, error: null });
    expect(readPart('targetValue', '1.234,5')).toMatchObject({ value: 1234.5, error: null });
    expect(readPart('baselineValue', '€ 4.000,-')).toMatchObject({ value: 4000, error: null });
    expect(readPart('targetValue', '3,6%')).toMatchObject({ value: 3.6, error: null });
    expect(readPart('targetPercent', '-50')).toMatchObject({ value: -50, error: null });
  });

  it('says how a number that reads two ways was taken, and refuses what is no number', () => {
    expect(readPart('baselineValue', '1.115')).toMatchObject({ value: 1115, note: expect.stringContaining('1,115') });
    expect(readPart('baselineValue', 'ongeveer veel').error).toMatch(/Geen getal/);
    expect(readPart('targetYear', '2028')).toMatchObject({ value: 2028, error: null });
    expect(readPart('targetYear', '20,28').error).toMatch(/jaartal/);
    expect(readPart('targetYear', '')).toMatchObject({ value: null, error: null });
  });
});

describe('saving the structured editor', () => {
  it('changing a part writes only that part; the verbatim text stays as it was', () => {
    const doc = seeded();
    const opened = indicator(doc);
    const draft = edit(draftFromRow(opened, 'target'), { targetValue: '46,5', targetYear: '2027' });
    const { changes, errors } = changesToSave(opened, 'target', draft);
    expect(errors).toEqual({});
    expect(changes).toEqual([
      { field: 'targetValue', value: 46.5 },
      { field: 'targetYear', value: 2027 },
    ]);
    writeParts(doc, ID, changes, anna);
    const after = indicator(doc);
    expect(after).toMatchObject({ target: '45,0 %', targetValue: 46.5, targetYear: 2027 });
    expect(after.baseline).toBe(opened.baseline);
  });

  it('writes a new text from the parts only when asked, and then reads back the same parts', () => {
    const doc = seeded();
    const opened = indicator(doc);
    const draft = edit(draftFromRow(opened, 'target'), { direction: 'max', targetValue: '3,6', unit: '%', targetYear: '2028' });
    expect(draft.text).toBe('45,0 %');

    const text = textFromParts(draft, 'target');
    expect(text).toBe('Maximaal 3,6% in 2028');
    const reread = parseTarget(text);
    expect(reread.comparators[0]).toMatchObject({ kind: 'max', value: 3.6, unit: '%' });
    expect(reread.targetYear).toBe(2028);

    writeParts(doc, ID, changesToSave(opened, 'target', { ...draft, text: text! }).changes, anna);
    expect(indicator(doc)).toMatchObject({ target: 'Maximaal 3,6% in 2028', direction: 'max', targetValue: 3.6 });
  });

  it('takes the parts from the text: "maximaal 3,6%" and a range, a relative target, a planned nulmeting', () => {
    expect(partsFromText(parseTarget('maximaal 3,6%'), 'target')).toMatchObject({ direction: 'max', targetValue: '3,6', unit: '%', targetHigh: '' });
    expect(partsFromText(parseTarget('Tussen de 78% en 80%'), 'target')).toMatchObject({ direction: 'range', targetValue: '78', targetHigh: '80' });
    expect(partsFromText(parseTarget('De instroom met 50% verminderen in 2028'), 'target')).toMatchObject({
      direction: 'relative',
      targetPercent: '-50',
      targetYear: '2028',
    });
    expect(partsFromText(parseBaseline('Landelijk 3,6% kinderen in armoede (2023)'), 'baseline')).toMatchObject({
      baselineValue: '3,6',
      unit: '%',
      baselineYear: '2023',
      baselineScope: 'landelijk',
    });
    expect(partsFromText(parseBaseline('Nulmeting 2026'), 'baseline')).toMatchObject({ status: 'baseline-pending', statusYear: '2026' });
  });

  it('one save is one undo step, and undo touches only this officer\'s save', () => {
    const doc = seeded();
    const undo = new Y.UndoManager(undoScope(doc), { trackedOrigins: new Set([anna]), captureTimeout: 0 });
    const opened = indicator(doc);
    setField(doc, 'goalIndicator', ID, 'source', 'GGD Flevoland', bram);
    const draft = edit(draftFromRow(opened, 'target'), { direction: 'min', targetValue: '46', polarity: 'higher-is-better' }, 'Minimaal 46%');
    writeParts(doc, ID, changesToSave(opened, 'target', draft).changes, anna);
    expect(indicator(doc)).toMatchObject({ target: 'Minimaal 46%', direction: 'min', targetValue: 46, polarity: 'higher-is-better' });

    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    expect(indicator(doc)).toMatchObject({
      target: opened.target,
      direction: opened.direction,
      targetValue: opened.targetValue,
      polarity: opened.polarity,
      source: 'GGD Flevoland',
    });
  });

  it('leaves alone a part a colleague changed while the editor was open', () => {
    const doc = seeded();
    const opened = indicator(doc);
    const draft = edit(draftFromRow(opened, 'target'), { targetValue: '47' });
    setField(doc, 'goalIndicator', ID, 'targetYear', 2027, bram);
    writeParts(doc, ID, changesToSave(opened, 'target', draft).changes, anna);
    expect(indicator(doc)).toMatchObject({ targetValue: 47, targetYear: 2027 });
  });

  it('a part that cannot be read is reported, not written; the rest of the save goes through', () => {
    const doc = seeded();
    const opened = indicator(doc);
    const draft = edit(draftFromRow(opened, 'target'), { targetValue: 'veel', targetYear: '2027' });
    const { changes, errors } = changesToSave(opened, 'target', draft);
    expect(Object.keys(errors)).toEqual(['targetValue']);
    expect(changes).toEqual([{ field: 'targetYear', value: 2027 }]);
  });

  it('text the parser cannot read is kept as typed and flagged by the validation, never refused', () => {
    const doc = seeded();
    const opened = indicator(doc);
    const typed = 'Zo veel mogelijk, afhankelijk van de wijk';
    writeParts(doc, ID, changesToSave(opened, 'target', edit(draftFromRow(opened, 'target'), {}, typed)).changes, anna);
    expect(indicator(doc).target).toBe(typed);
    expect(parseTarget(typed).unparsed).toBe(true);
    const findings = validateProgramme(readProgramme(doc)).filter((f) => f.entityId === ID && f.field === 'target');
    expect(findings.length).toBeGreaterThan(0);
  });
});

describe('two officers editing different parts of one cell at the same time', () => {
  it('targetValue by Anna and targetYear by Bram both survive the merge', () => {
    const { a, b, sync } = pair();
    const openedA = indicator(a);
    const openedB = indicator(b);
    writeParts(a, ID, changesToSave(openedA, 'target', edit(draftFromRow(openedA, 'target'), { targetValue: '48' })).changes, anna);
    writeParts(b, ID, changesToSave(openedB, 'target', edit(draftFromRow(openedB, 'target'), { targetYear: '2027' })).changes, bram);
    expect(indicator(a).targetYear).toBe(2028);
    expect(indicator(b).targetValue).toBe(45);

    sync();
    for (const doc of [a, b]) expect(indicator(doc)).toMatchObject({ targetValue: 48, targetYear: 2027, target: '45,0 %' });
  });

  it('a new text by Anna and a polarity by Bram both survive; the text is not rewritten from parts', () => {
    const { a, b, sync } = pair();
    const openedA = indicator(a);
    const openedB = indicator(b);
    writeParts(a, ID, changesToSave(openedA, 'target', edit(draftFromRow(openedA, 'target'), {}, 'Minimaal 46% in 2028')).changes, anna);
    writeParts(b, ID, changesToSave(openedB, 'target', edit(draftFromRow(openedB, 'target'), { polarity: 'higher-is-better' })).changes, bram);
    sync();
    for (const doc of [a, b]) expect(indicator(doc)).toMatchObject({ target: 'Minimaal 46% in 2028', polarity: 'higher-is-better', targetValue: 45 });
  });
});
