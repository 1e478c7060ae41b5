/**
 * V40: a row whose parent a colleague deleted meanwhile is reported once, at the row whose own
 * parent is gone (not at its children), in a full run and in an incremental one alike; moving it
 * to a new place or deleting it clears the finding.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addRow, deleteRow, moveRowTo, observeProgramme, readProgramme, seedProgramme, userOrigin } from '../../../shared/doc/index.ts';
import { seedProgrammeById } from '../../../shared/seed/programmes.ts';
import { validateProgramme, Validator, type Finding } from '../../../shared/validation/index.ts';
import { normalizeProgramme } from '../../../shared/validation/normalize.ts';

const alice = userOrigin('alice', 'Alice');
const bob = userOrigin('bob', 'Bob');

function pair(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  seedProgramme(a, seedProgrammeById('bestaanszekerheid')!);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return [a, b];
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

const v40 = (findings: Finding[]) => findings.filter((f) => f.ruleId === 'V40');

/** A result with an indicator, added by A under an uitwerking B deletes meanwhile. */
function orphaned() {
  const [a, b] = pair();
  const goal = readProgramme(a).goals[0]!;
  const [gone, other] = [goal.subGoals[0]!, goal.subGoals[1]!];
  const result = addRow(a, 'result', gone.id, alice, { fields: { code: '9.9', text: 'Offline bedacht' } });
  const indicator = addRow(a, 'resultIndicator', result, alice, { fields: { text: 'Aantal bezoekers' } });
  return { a, b, gone, other, result, indicator };
}

describe('V40 rows without a place', () => {
  it('reports the row whose parent is gone, once, and not its children', () => {
    const { a, b, gone, result } = orphaned();
    expect(v40(validateProgramme(readProgramme(a)))).toEqual([]);
    deleteRow(b, 'subGoal', gone.id, bob);
    sync(a, b);
    const found = v40(validateProgramme(readProgramme(a)));
    expect(found).toEqual([
      expect.objectContaining({ severity: 'error', entityKind: 'result', entityId: result, field: null, key: `V40|${result}|` }),
    ]);
    expect(found[0]!.message).toMatch(/^Deze rij hoort bij een onderdeel dat is verwijderd\./);
  });

  it('gives the same findings incrementally as from scratch, before, during and after the orphan', () => {
    const { a, b, gone, other, result } = orphaned();
    const validator = new Validator();
    validator.validate(readProgramme(a));
    const changed = new Set<string>();
    const stop = observeProgramme(a, (change) => change.rowIds.forEach((id) => changed.add(id)));
    const step = () => {
      const programme = readProgramme(a);
      const incremental = validator.update(programme, [...changed]);
      changed.clear();
      expect(incremental).toEqual(validateProgramme(programme));
      return v40(incremental).map((f) => f.entityId);
    };
    deleteRow(b, 'subGoal', gone.id, bob);
    sync(a, b);
    expect(step()).toEqual([result]);
    moveRowTo(a, 'result', result, other.id, alice);
    expect(step()).toEqual([]);
    stop();
  });

  it('deleting the row clears it', () => {
    const { a, b, gone, result } = orphaned();
    deleteRow(b, 'subGoal', gone.id, bob);
    sync(a, b);
    deleteRow(a, 'result', result, alice);
    expect(readProgramme(a).orphans).toEqual([]);
    expect(v40(validateProgramme(readProgramme(a)))).toEqual([]);
  });

  it('reads orphans from JSON as the REST answer gives them, and drops what is no row', () => {
    const { a, b, gone, result, indicator } = orphaned();
    deleteRow(b, 'subGoal', gone.id, bob);
    sync(a, b);
    const json = JSON.parse(JSON.stringify(readProgramme(a))) as Record<string, unknown>;
    (json.orphans as unknown[]).push({ kind: 'nonsense', id: 'x' }, null);
    const normalized = normalizeProgramme(json);
    expect(normalized.orphans!.map((o) => [o.kind, o.id])).toEqual([['result', result], ['resultIndicator', indicator]]);
    expect(v40(validateProgramme(json as never)).map((f) => f.entityId)).toEqual([result]);
    // A programme from a file has no orphans list, and normalising adds none.
    expect(normalizeProgramme({ ...json, orphans: undefined })).not.toHaveProperty('orphans');
  });
});
