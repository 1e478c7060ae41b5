/**
 * rowChangesOf: what one transaction did to the rows, read in afterTransaction on a
 * garbage-collected doc, as the room does it.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addRow,
  deleteRow,
  moveRow,
  prepareRowChanges,
  readProgramme,
  rowChangesOf,
  seedProgramme,
  setField,
  userOrigin,
  type RowChange,
} from '../../shared/doc/index.ts';
import { seedProgrammeById } from '../../shared/seed/programmes.ts';

const alice = userOrigin('alice', 'Alice');
const bob = userOrigin('bob', 'Bob');

/** A server-like doc (gc on) that records the changes of every remote update it applies. */
function serverDoc(): { server: Y.Doc; client: Y.Doc; changes: RowChange[][] } {
  const client = new Y.Doc();
  seedProgramme(client, seedProgrammeById('bestaanszekerheid')!);
  const server = new Y.Doc({ gc: true });
  Y.applyUpdate(server, Y.encodeStateAsUpdate(client));
  prepareRowChanges(server); // as the room does once it has loaded
  const changes: RowChange[][] = [];
  server.on('afterTransaction', (tr: Y.Transaction) => {
    if (tr.origin === 'remote') changes.push(rowChangesOf(tr));
  });
  client.on('update', (update: Uint8Array) => Y.applyUpdate(server, update, 'remote'));
  return { server, client, changes };
}

describe('rowChangesOf', () => {
  it('needs the roots typed first: a doc loaded from an update reports no row additions otherwise', () => {
    const client = new Y.Doc();
    seedProgramme(client, seedProgrammeById('bestaanszekerheid')!);
    const server = new Y.Doc();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(client));
    const seen: RowChange[][] = [];
    server.on('afterTransaction', (tr: Y.Transaction) => seen.push(rowChangesOf(tr)));
    const updates: Uint8Array[] = [];
    client.on('update', (u: Uint8Array) => updates.push(u));
    addRow(client, 'goal', null, alice, { fields: { code: '9', title: 'Nieuw' } });
    Y.applyUpdate(server, updates[0]!);
    expect(seen).toEqual([[]]);
    prepareRowChanges(server);
    addRow(client, 'goal', null, alice, { fields: { code: '10', title: 'Nog een' } });
    Y.applyUpdate(server, updates[1]!);
    expect(seen[1]!.map((c) => [c.action, c.kind])).toEqual([['add', 'goal']]);
  });

  it('gives a set with the old and the new value', () => {
    const { client, changes } = serverDoc();
    setField(client, 'goal', 'g1', 'title', 'Eerste', alice);
    setField(client, 'goal', 'g1', 'title', 'Tweede', alice);
    setField(client, 'goalIndicator', 'g3-i1', 'targetValue', 12.5, alice);
    const seededTarget = seedProgrammeById('bestaanszekerheid')!.goals[2]!.indicators[0]!.targetValue;
    expect(seededTarget).toBe(70);
    expect(changes).toEqual([
      [{ action: 'set', kind: 'goal', rowId: 'g1', field: 'title', old: seedProgrammeById('bestaanszekerheid')!.goals[0]!.title, new: 'Eerste' }],
      [{ action: 'set', kind: 'goal', rowId: 'g1', field: 'title', old: 'Eerste', new: 'Tweede' }],
      [{ action: 'set', kind: 'goalIndicator', rowId: 'g3-i1', field: 'targetValue', old: seededTarget, new: 12.5 }],
    ]);
  });

  it('gives a removed row and its subtree with their last values', () => {
    const { client, changes } = serverDoc();
    setField(client, 'result', 'g1-s1-r2', 'text', 'Laatste tekst', alice);
    deleteRow(client, 'result', 'g1-s1-r2', bob);
    const removal = changes[1]!;
    expect(removal.map((c) => [c.action, c.kind, c.rowId])).toEqual([
      ['remove', 'result', 'g1-s1-r2'],
      ['remove', 'resultIndicator', 'g1-s1-r2-i1'],
    ]);
    expect(removal[0]!.old).toMatchObject({ parentId: 'g1-s1', text: 'Laatste tekst' });
    expect(removal[0]!.old).not.toHaveProperty('order');
  });

  it('gives an added row with its fields, and a move with old and new place', () => {
    const { client, changes } = serverDoc();
    const id = addRow(client, 'activity', 'g1-s1', alice, { fields: { text: 'Nieuw', kind: 'new' } });
    moveRow(client, 'activity', id, null, alice);
    expect(changes[0]).toEqual([
      { action: 'add', kind: 'activity', rowId: id, field: null, old: null, new: { parentId: 'g1-s1', text: 'Nieuw', kind: 'new' } },
    ]);
    expect(changes[1]).toEqual([
      {
        action: 'move',
        kind: 'activity',
        rowId: id,
        field: null,
        old: { parentId: 'g1-s1', order: expect.any(String) },
        new: { parentId: 'g1-s1', order: expect.any(String) },
      },
    ]);
    const move = changes[1]![0]!;
    expect((move.new as { order: string }).order < (move.old as { order: string }).order).toBe(true);
  });

  it('records nothing for a concurrent write that lost', () => {
    const { server, client, changes } = serverDoc();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(client));
    // Both write the same cell offline; the server receives one, then the other.
    setField(client, 'goal', 'g2', 'code', 'A', alice);
    const updates: Uint8Array[] = [];
    other.on('update', (u: Uint8Array) => updates.push(u));
    setField(other, 'goal', 'g2', 'code', 'B', bob);
    Y.applyUpdate(server, updates[0]!, 'remote');
    const winner = readProgramme(server).goals[1]!.code;
    const second = changes[1]!;
    if (winner === 'A') expect(second).toEqual([]);
    else expect(second).toEqual([{ action: 'set', kind: 'goal', rowId: 'g2', field: 'code', old: 'A', new: 'B' }]);
  });
});
