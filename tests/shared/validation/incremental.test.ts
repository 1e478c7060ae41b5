/**
 * Incremental re-validation gives exactly what a full run gives: random edits through the real
 * document operations, the changed ids from observeProgramme, and after every edit
 * validator.update(...) compared with validateProgramme(...).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addRow, deleteRow, moveRowBy, observeProgramme, readProgramme, setField, userOrigin } from '../../../shared/doc/index.ts';
import type { EntityKind } from '../../../shared/model/entities.ts';
import { validateProgramme, Validator, type ValidationContext } from '../../../shared/validation/index.ts';
import { allProgrammes, BZ, fullContext, GS, KG, seededDoc } from './fixtures.ts';

/** The choices of one random edit (row, kind of edit, field, value...), each in [0, 1). */
const EDIT = fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 6, maxLength: 6 });
const EDITS = 120;

const VALUES: Record<string, string[]> = {
  baseline: ['', '40% (2025)', 'Nulmeting in 2025', '3% (ca. 1.115 van 10.996) in 2023', 'Landelijk 3,6% (2023)', 'Te ontwikkelen', '57 t/m mei 2025'],
  target: ['', 'Maximaal 3%', 'Minimaal 70%', 'Tussen de 80% en 78%', 'met 50% verminderen', 'Streefwaarde volgt', '45%'],
  indicator: ['', '% inwoners met startkwalificatie', 'Aantal meldingen', '% kinderen in armoede'],
  source: ['', 'CBS'],
  title: ['', 'Meer inwoners doen mee', 'Minder inwoners zijn eenzaam'],
  text: ['', '11.', 'Het aantal meldingen daalt', 'n.v.t.', 'Inwoners zijn beter in beeld'],
  code: ['', '1.1', '2.3', '9.9'],
  measurableFrom: ['', 'Na 2027', 'Nulmeting in 2025'],
  societalEffect: ['', 'Inwoners voeren zelf de regie (kunnen hulpbronnen aanwenden indien nodig).'],
};

const FIELDS: Partial<Record<EntityKind, string[]>> = {
  goal: ['title', 'code', 'societalEffect'],
  goalIndicator: ['baseline', 'target', 'indicator', 'source'],
  subGoal: ['title'],
  result: ['text', 'code', 'measurableFrom'],
  resultIndicator: ['text'],
  activity: ['text'],
};

function rows(doc: Y.Doc): { kind: EntityKind; id: string; parentId: string | null }[] {
  const p = readProgramme(doc);
  const out: { kind: EntityKind; id: string; parentId: string | null }[] = [];
  for (const g of p.goals) {
    out.push({ kind: 'goal', id: g.id, parentId: null });
    for (const i of g.indicators) out.push({ kind: 'goalIndicator', id: i.id, parentId: g.id });
    for (const s of g.subGoals) {
      out.push({ kind: 'subGoal', id: s.id, parentId: g.id });
      for (const r of s.results) {
        out.push({ kind: 'result', id: r.id, parentId: s.id });
        for (const ri of r.indicators) out.push({ kind: 'resultIndicator', id: ri.id, parentId: r.id });
        for (const a of r.activities) out.push({ kind: 'activity', id: a.id, parentId: r.id });
      }
      for (const a of s.activities) out.push({ kind: 'activity', id: a.id, parentId: s.id });
    }
  }
  return out;
}

const CHILDREN: Partial<Record<EntityKind, EntityKind[]>> = {
  goal: ['goalIndicator', 'subGoal'],
  subGoal: ['result', 'activity'],
  result: ['resultIndicator', 'activity'],
};
const NEW_FIELDS: Record<EntityKind, Record<string, string>> = {
  goal: { title: 'Nieuw doel' },
  goalIndicator: { indicator: '% nieuw', baseline: '1% (2020)', target: '' },
  subGoal: { title: 'Meer nieuw' },
  result: { text: 'Nieuw resultaat' },
  resultIndicator: { text: 'Nieuw' },
  activity: { text: 'Nieuwe activiteit' },
  measurement: { period: '2026' },
  priority: { result: 'Nieuwe prioriteit' },
};

function randomEdit(doc: Y.Doc, random: () => number, n: number): void {
  const user = userOrigin('test');
  const all = rows(doc);
  const row = all[Math.floor(random() * all.length)];
  if (!row) return;
  const pick = random();
  if (pick < 0.6) {
    const fields = FIELDS[row.kind] ?? [];
    const field = fields[Math.floor(random() * fields.length)]!;
    const values = VALUES[field] ?? [''];
    setField(doc, row.kind, row.id, field, values[Math.floor(random() * values.length)]!, user);
  } else if (pick < 0.75) {
    const kinds = CHILDREN[row.kind];
    const child = kinds?.[Math.floor(random() * kinds.length)];
    if (child) addRow(doc, child, row.id, user, { id: `new-${n}`, fields: NEW_FIELDS[child] });
  } else if (pick < 0.85) {
    if (row.kind !== 'goal' || all.filter((r) => r.kind === 'goal').length > 1) deleteRow(doc, row.kind, row.id, user);
  } else {
    moveRowBy(doc, row.kind, row.id, random() < 0.5 ? -1 : 1, user);
  }
}

describe('incremental re-validation', () => {
  it.each([BZ, GS, KG])('equals a full run after every one of 120 random edits (%s)', (id) => {
    const programmes = allProgrammes();
    const context: ValidationContext = fullContext(programmes.find((p) => p.id === id)!, programmes);
    // One run of 120 edits per programme, as before. Each run starts from the seed document, so on
    // a failure fast-check prints the seed and shrinks the edit list to the shortest that fails.
    fc.assert(
      fc.property(fc.array(EDIT, { minLength: EDITS, maxLength: EDITS }), (edits) => {
        const doc = seededDoc(id);
        const validator = new Validator(context);
        validator.validate(readProgramme(doc));
        let changed = new Set<string>();
        const stop = observeProgramme(doc, (c) => {
          for (const rowId of c.rowIds) changed.add(rowId);
        });
        try {
          for (const [step, choices] of edits.entries()) {
            let next = 0;
            const random = () => choices[next++ % choices.length]!;
            changed = new Set();
            randomEdit(doc, random, step);
            const programme = readProgramme(doc);
            expect(validator.update(programme, changed)).toEqual(validateProgramme(programme, context));
          }
        } finally {
          stop();
        }
      }),
      { seed: id.length * 1000 + 7, numRuns: 1 },
    );
  });

  it('re-runs only what changed: an untouched goal keeps its cached findings', () => {
    const doc = seededDoc(GS);
    const validator = new Validator();
    const before = validator.validate(readProgramme(doc));
    setField(doc, 'goalIndicator', 'g3-i2', 'baseline', '3% (330 van 10.996) in 2023', userOrigin('test'));
    const after = validator.update(readProgramme(doc), ['g3-i2']);
    const v20 = (list: typeof before) => list.filter((f) => f.ruleId === 'V20').map((f) => f.entityId);
    expect(v20(before)).toEqual(['g3-i2']);
    expect(v20(after)).toEqual([]);
    expect(after.filter((f) => !f.entityId.startsWith('g3'))).toEqual(before.filter((f) => !f.entityId.startsWith('g3')));
  });

  it('misses nothing when the caller forgets nothing but the meta changed (period)', () => {
    const programme = readProgramme(seededDoc(KG));
    const validator = new Validator();
    validator.validate(programme);
    const moved = { ...programme, period: '2026-2029' };
    expect(validator.update(moved, [])).toEqual(validateProgramme(moved));
  });

  it('starts over when the context changes', () => {
    const programme = readProgramme(seededDoc(KG));
    const validator = new Validator();
    validator.validate(programme);
    validator.setContext({ today: '2026-03-01' });
    expect(validator.update(programme, [])).toEqual(validateProgramme(programme, { today: '2026-03-01' }));
  });
});
