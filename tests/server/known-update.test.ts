import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deleteRow, seedProgramme, setField, userOrigin } from '../../shared/doc/index.ts';
import { seedProgrammeById } from '../../shared/seed/programmes.ts';
import { updateIsKnown } from '../../server/sync/known-update.ts';

const alice = userOrigin('alice');

function pair(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  seedProgramme(a, seedProgrammeById('kansengelijkheid')!);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return [a, b];
}

describe('updateIsKnown', () => {
  it('agrees with Y.snapshotContainsUpdate for new, known and delete-only updates', () => {
    const [client, server] = pair();
    const cases: Uint8Array[] = [];
    const capture = (u: Uint8Array) => cases.push(u);
    client.on('update', capture);
    setField(client, 'goal', 'g1', 'title', 'Nieuw', alice);
    deleteRow(client, 'goalIndicator', 'g1-i1', alice);
    client.off('update', capture);
    cases.push(Y.encodeStateAsUpdate(client, Y.encodeStateVector(server)), Y.encodeStateAsUpdate(server));
    for (const update of cases) {
      expect(updateIsKnown(server, update)).toBe(Y.snapshotContainsUpdate(Y.snapshot(server), update));
    }
    expect(cases.map((u) => updateIsKnown(server, u))).toEqual([false, false, false, true]);
    for (const update of cases) Y.applyUpdate(server, update);
    for (const update of cases) expect(updateIsKnown(server, update)).toBe(true);
  });
});
