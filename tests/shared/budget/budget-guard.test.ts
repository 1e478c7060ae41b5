/**
 * The budget plan's update guard (shared/doc/budget/update-guard.ts) on updates made by real
 * operations and by hand: what a page sends passes, with the rights it needs; anything the
 * layout does not have, and removals that would break a row or wipe the plan, does not.
 */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addBudgetRow, budgetUpdateProblem, deleteBudgetRow, rightsNeeded, setAmount, setBudgetField } from '../../../shared/doc/budget/index.ts';
import { readUpdate, userOrigin } from '../../../shared/doc/index.ts';
import { DRONTEN, budgetPlan } from './fixtures.ts';
import { readBudgetPlan, writeBudgetBatch } from '../../../shared/doc/budget/index.ts';
import { euros } from '../../../shared/budget/money.ts';

const ME = userOrigin('u1');

function server(): Y.Doc {
  const doc = new Y.Doc();
  const plan = budgetPlan(DRONTEN);
  // Rebuild Dronten in a doc the "server" holds.
  writeBudgetBatch(doc, { lines: plan.lines.map((l) => ({ id: l.id, parentId: l.parentId, fields: { label: l.label, code: l.code } })), cells: plan.amounts }, ME);
  return doc;
}

/** What a page would send after `change` on its copy of the server's doc. */
function sent(doc: Y.Doc, change: (page: Y.Doc) => void): Uint8Array {
  const page = new Y.Doc();
  Y.applyUpdate(page, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(page);
  change(page);
  return Y.encodeStateAsUpdate(page, before);
}

const lineMap = (doc: Y.Doc, id: string) => doc.getMap<Y.Map<unknown>>('budget:lines').get(id)!;

const judge = (doc: Y.Doc, update: Uint8Array) => {
  const description = readUpdate(doc, update);
  return { problem: budgetUpdateProblem(description, doc)?.reason ?? null, rights: [...rightsNeeded(description)].sort() };
};

describe('budget update guard', () => {
  it('passes what the operations write, and says which right it needs', () => {
    const doc = server();
    expect(judge(doc, sent(doc, (p) => setAmount(p, { lineId: 't3', year: 2023, soort: 'besteed', value: euros(1_000) }, ME)))).toEqual({ problem: null, rights: ['finance'] });
    expect(judge(doc, sent(doc, (p) => setBudgetField(p, 'budgetLine', 't3', 'ledger', 'FCL 6', ME)))).toEqual({ problem: null, rights: ['finance'] });
    expect(judge(doc, sent(doc, (p) => addBudgetRow(p, 'budgetMovement', { parentId: null, fields: { type: 'carryOver', lineId: 'parkeer', year: 2022, amount: 1 } }, ME)))).toEqual({ problem: null, rights: ['finance'] });
    expect(judge(doc, sent(doc, (p) => addBudgetRow(p, 'budgetLink', { parentId: 't3', fields: { programmeId: 'x', rowId: 'y', rowKind: 'result' } }, ME)))).toEqual({ problem: null, rights: ['edit'] });
    expect(judge(doc, sent(doc, (p) => deleteBudgetRow(p, 'budgetLine', 't2', ME)))).toEqual({ problem: null, rights: ['finance'] });
  });

  it.each<[string, (page: Y.Doc) => void, RegExp]>([
    ['meta', (p) => p.getMap('budget:meta').set('name', 'x'), /server only/],
    ['an unknown root', (p) => p.getMap('budget:extra').set('a', 1), /unknown root/],
    ['a cell key without a kind', (p) => p.getMap('budget:amounts').set('t3|2023', 1), /names no line/],
    ['a cell with text', (p) => p.getMap('budget:amounts').set('t3|2023|besteed', '1'), /refused/],
    ['a negative cell', (p) => p.getMap('budget:amounts').set('t3|2023|besteed', -5), /refused/],
    ['a cell over € 1 miljard', (p) => p.getMap('budget:amounts').set('t3|2023|besteed', 100_000_000_001), /refused/],
    ['an unknown field', (p) => lineMap(p, 't3').set('colour', 'red'), /unknown field/],
    ['a movement under a line', (p) => p.getMap('budget:movements').set('m1', new Y.Map([['id', 'm1'], ['parentId', 't3']])), /parentId refused/],
    ['a row without its id', (p) => p.getMap('budget:lines').set('nieuw', new Y.Map([['label', 'x']])), /without its id/],
    ['a nested type in a row', (p) => lineMap(p, 't3').set('label', new Y.Text('x') as unknown as string), /holds/],
    ['a row id that is no id', (p) => p.getMap('budget:lines').set('a|b', new Y.Map([['id', 'a|b']])), /not an id/],
    ['a removed parentId', (p) => lineMap(p, 't2-bso').delete('parentId'), /that stays/],
  ])('refuses %s', (_what, change, reason) => {
    const doc = server();
    expect(judge(doc, sent(doc, change)).problem).toMatch(reason);
    expect(readBudgetPlan(doc).lines).toHaveLength(DRONTEN.lines.length);
  });
});
