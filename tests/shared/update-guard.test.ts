import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addRow,
  checkUpdate,
  deleteRow,
  inspectUpdate,
  moveRow,
  moveRowBy,
  readProgramme,
  seedProgramme,
  setField,
  undoScope,
  userOrigin,
} from '../../shared/doc/index.ts';
// Crafting hostile updates needs the raw layout; application code never does this.
import { metaMap, rowsMap } from '../../shared/doc/layout.ts';
import { EDITABLE_FIELDS, MAX_TEXT_LENGTH, type EntityKind } from '../../shared/model/entities.ts';
import { SEED_PROGRAMMES, seedProgrammeById } from '../../shared/seed/programmes.ts';

const alice = userOrigin('alice', 'Alice');

function seededServer(id = 'bestaanszekerheid'): Y.Doc {
  const doc = new Y.Doc();
  seedProgramme(doc, seedProgrammeById(id)!);
  return doc;
}

/** Ids of the rows of one kind the doc holds, in key order. */
function readProgrammeIds(doc: Y.Doc, kind: EntityKind): string[] {
  return [...rowsMap(doc, kind).keys()];
}

function fork(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** Runs `change` on the client and returns the one update it produced. */
function updateOf(client: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const listener = (update: Uint8Array) => updates.push(update);
  client.on('update', listener);
  try {
    change(client);
  } finally {
    client.off('update', listener);
  }
  expect(updates).toHaveLength(1);
  return updates[0]!;
}

/** Guards the update against the server doc, then applies it there as the server would. */
function accept(server: Y.Doc, update: Uint8Array): void {
  expect(checkUpdate(server, update)).toBeNull();
  Y.applyUpdate(server, update);
}

describe('update guard: ordinary work passes', () => {
  it.each(SEED_PROGRAMMES.map((p) => [p.id] as const))('seeding %s into an empty doc', (id) => {
    const client = new Y.Doc();
    const update = updateOf(client, (doc) => seedProgramme(doc, seedProgrammeById(id)!));
    expect(checkUpdate(new Y.Doc(), update)).toBeNull();
  });

  it('every operation, one after another, against the server doc', () => {
    const server = seededServer();
    const client = fork(server);
    accept(server, updateOf(client, (d) => setField(d, 'goalIndicator', 'g1-i1', 'baseline', 'nieuw', alice)));
    accept(server, updateOf(client, (d) => setField(d, 'goalIndicator', 'g1-i1', 'baseline', 'weer nieuw', alice)));
    accept(server, updateOf(client, (d) => setField(d, 'goalIndicator', 'g1-i1', 'baselineValue', 3.5, alice)));
    accept(server, updateOf(client, (d) => setField(d, 'goalIndicator', 'g1-i1', 'status', 'delegated', alice)));
    accept(server, updateOf(client, (d) => setField(d, 'goalIndicator', 'g1-i1', 'direction', null, alice)));
    let added = '';
    accept(server, updateOf(client, (d) => { added = addRow(d, 'result', 'g1-s1', alice, { fields: { code: '1.99' } }); }));
    accept(server, updateOf(client, (d) => setField(d, 'result', added, 'text', 'Nieuw resultaat', alice)));
    accept(server, updateOf(client, (d) => addRow(d, 'activity', added, alice, { fields: { text: 'x', kind: 'new' } })));
    accept(server, updateOf(client, (d) => moveRow(d, 'result', added, null, alice)));
    accept(server, updateOf(client, (d) => { moveRowBy(d, 'goal', 'g2', -1, alice); }));
    accept(server, updateOf(client, (d) => deleteRow(d, 'subGoal', 'g1-s2', alice)));
    expect(readProgramme(server)).toEqual(readProgramme(client));
  });

  it('undo and redo of a deleted row with children', () => {
    const server = seededServer();
    const client = fork(server);
    const undo = new Y.UndoManager(undoScope(client), { trackedOrigins: new Set([alice]) });
    accept(server, updateOf(client, (d) => deleteRow(d, 'subGoal', 'g1-s1', alice)));
    accept(server, updateOf(client, () => undo.undo()));
    accept(server, updateOf(client, () => undo.redo()));
    expect(readProgramme(server)).toEqual(readProgramme(client));
  });

  it("a fresh client's sync step 2, and a whole edited history sent to an empty server", () => {
    const server = seededServer();
    expect(checkUpdate(server, Y.encodeStateAsUpdate(new Y.Doc(), Y.encodeStateVector(server)))).toBeNull();

    const client = fork(server);
    for (let i = 0; i < 20; i++) setField(client, 'goal', 'g1', 'title', `titel ${i}`, alice);
    deleteRow(client, 'goal', 'g2', alice);
    // Deleted and collected history travels as GC structs and deleted content.
    expect(checkUpdate(new Y.Doc(), Y.encodeStateAsUpdate(client))).toBeNull();
  });

  it('an offline client catching up with edits on top of each other (sync step 2)', () => {
    const server = seededServer();
    const client = fork(server);
    const row = addRow(client, 'goalIndicator', 'g1', alice, { fields: { indicator: 'offline' } });
    setField(client, 'goalIndicator', row, 'target', 'Stijgt', alice);
    moveRow(client, 'goalIndicator', row, null, alice);
    accept(server, Y.encodeStateAsUpdate(client, Y.encodeStateVector(server)));
    expect(readProgramme(server)).toEqual(readProgramme(client));
  });

  it('an edit to a row a colleague deleted meanwhile (it lands under a dead parent)', () => {
    const server = seededServer();
    const bob = fork(server);
    const carol = fork(server);
    accept(server, updateOf(bob, (d) => deleteRow(d, 'subGoal', 'g1-s1', alice)));
    accept(server, updateOf(carol, (d) => setField(d, 'result', 'g1-s1-r1', 'text', 'te laat', alice)));
    expect(JSON.stringify(server.toJSON())).not.toContain('te laat');
  });

  it('every current code of every choice field, and null', () => {
    const server = seededServer();
    const client = fork(server);
    for (const [kind, fields] of Object.entries(EDITABLE_FIELDS) as [EntityKind, (typeof EDITABLE_FIELDS)[EntityKind]][]) {
      const id = readProgrammeIds(client, kind)[0];
      if (!id) continue;
      for (const [field, def] of Object.entries(fields)) {
        if (def.type !== 'enum') continue;
        for (const value of [...def.values!, null]) {
          accept(server, updateOf(client, (d) => rowsMap(d, kind).get(id)!.set(field, value)));
        }
      }
    }
    expect(rowsMap(server, 'goalIndicator').get('g1-i1')!.get('baselineScope')).toBeNull();
  });

  it('does not change the doc it checks', () => {
    const server = seededServer();
    const before = Y.encodeStateAsUpdate(server);
    const client = fork(server);
    const update = updateOf(client, (d) => addRow(d, 'goal', null, alice, { fields: { title: 'Nieuw' } }));
    checkUpdate(server, update);
    expect(Y.encodeStateAsUpdate(server)).toEqual(before);
  });
});

describe('update guard: rejects structure that does not belong in a programme', () => {
  const hostile: Array<[string, (doc: Y.Doc) => void, RegExp]> = [
    ['a foreign root type', (d) => d.getMap('evil').set('x', 1), /unknown root type "evil"/],
    ['list content in a row collection', (d) => d.getArray('rows:goal').insert(0, [1]), /list content/],
    ['text content in the meta root', (d) => d.getText('meta').insert(0, 'x'), /list content/],
    ['an unknown programme field', (d) => metaMap(d).set('owner', 'mallory'), /unknown programme field "owner"/],
    ['a row that is not a map', (d) => (rowsMap(d, 'goal') as Y.Map<unknown>).set('g9', 'plat'), /not a map/],
    ['a row that is a Y.Text', (d) => (rowsMap(d, 'goal') as Y.Map<unknown>).set('g9', new Y.Text('x')), /not a map/],
    ['an unknown field on a row', (d) => rowsMap(d, 'goal').get('g1')!.set('salary', 1), /unknown field "salary" on goal/],
    ['a field of another kind', (d) => rowsMap(d, 'goal').get('g1')!.set('baseline', 'x'), /unknown field "baseline" on goal/],
    ['a nested map in a new field', (d) => rowsMap(d, 'goal').get('g1')!.set('notes', new Y.Map()), /unknown field|holds/],
    ['a nested map replacing a field', (d) => rowsMap(d, 'goal').get('g1')!.set('title', new Y.Map()), /"title" holds ContentType/],
    ['a sub-document in a field', (d) => rowsMap(d, 'goal').get('g1')!.set('title', new Y.Doc()), /holds ContentDoc/],
    ['binary in a field', (d) => rowsMap(d, 'goal').get('g1')!.set('title', new Uint8Array([1, 2])), /holds ContentBinary/],
    ['text over the cap', (d) => rowsMap(d, 'goal').get('g1')!.set('title', 'x'.repeat(MAX_TEXT_LENGTH + 1)), /too long/],
    ['text in a number field', (d) => rowsMap(d, 'goalIndicator').get('g1-i1')!.set('baselineYear', '2023'), /must be a number/],
    ['a number as order key', (d) => rowsMap(d, 'goal').get('g1')!.set('order', 5), /row order must be text/],
    ['an object as parent id', (d) => rowsMap(d, 'goal').get('g1')!.set('parentId', { a: 1 }), /row parentId must be text/],
    ['a focus list that is not text', (d) => metaMap(d).set('focusAreas', [1, 2]), /focusAreas/],
    ['a retired scope code', (d) => rowsMap(d, 'goalIndicator').get('g1-i1')!.set('baselineScope', 'dronten'), /goalIndicator\.baselineScope refused by its schema: Ongeldige keuze/],
    ['a direction that is no choice', (d) => rowsMap(d, 'goalIndicator').get('g1-i1')!.set('direction', 'ongeveer'), /goalIndicator\.direction refused by its schema/],
    ['a status that is no choice', (d) => rowsMap(d, 'goalIndicator').get('g1-i1')!.set('status', 'misschien'), /goalIndicator\.status refused by its schema/],
    ['a year that is not whole', (d) => rowsMap(d, 'goalIndicator').get('g1-i1')!.set('baselineYear', 2023.5), /goalIndicator\.baselineYear refused by its schema: Verwacht een geheel getal/],
  ];

  it.each(hostile)('%s', (_name, change, reason) => {
    const server = seededServer();
    const client = fork(server);
    const verdict = inspectUpdate(server, updateOf(client, change));
    expect(verdict?.reason).toMatch(reason);
    expect(verdict?.missingDependency).toBe(false);
  });

  it('a hostile row added in one update together with its fields', () => {
    const server = seededServer();
    const client = fork(server);
    const update = updateOf(client, (d) => {
      const row = new Y.Map<unknown>();
      row.set('id', 'x1');
      row.set('evil', 'yes');
      rowsMap(d, 'goal').set('x1', row);
    });
    expect(checkUpdate(server, update)).toMatch(/unknown field "evil" on goal/);
  });

  it('hostile content inside an otherwise ordinary sync step 2', () => {
    const server = seededServer();
    const client = fork(server);
    setField(client, 'goal', 'g1', 'title', 'gewoon', alice);
    client.getMap('evil').set('x', 1);
    expect(checkUpdate(server, Y.encodeStateAsUpdate(client, Y.encodeStateVector(server)))).toMatch(/unknown root/);
  });

  it('malformed and truncated bytes', () => {
    const server = seededServer();
    expect(checkUpdate(server, new Uint8Array([1, 2, 3, 255, 255, 255, 255]))).toMatch(/malformed|unreadable/);
    const client = fork(server);
    const update = updateOf(client, (d) => setField(d, 'goal', 'g1', 'title', 'afgekapt', alice));
    expect(checkUpdate(server, update.slice(0, update.length - 4))).toMatch(/malformed|unreadable/);
  });
});

describe('update guard: updates that build on items the server lacks', () => {
  it('asks for a resync instead of locking the client out', () => {
    const server = seededServer();
    const client = fork(server);
    let id = '';
    const first = updateOf(client, (d) => { id = addRow(d, 'goal', null, alice); });
    const second = updateOf(client, (d) => setField(d, 'goal', id, 'title', 'erna', alice));
    const verdict = inspectUpdate(server, second);
    expect(verdict?.missingDependency).toBe(true);
    accept(server, first);
    accept(server, second);
  });

  it('a deletion of items the server has not seen', () => {
    const server = seededServer();
    const client = fork(server);
    let id = '';
    const created = updateOf(client, (d) => { id = addRow(d, 'goal', null, alice); });
    const deleted = updateOf(client, (d) => deleteRow(d, 'goal', id, alice));
    expect(inspectUpdate(server, deleted)).toMatchObject({ missingDependency: true, reason: expect.stringMatching(/deletes items/) });
    accept(server, created);
    accept(server, deleted);
  });

  it('an item whose parent lives on another client the server has not seen', () => {
    const server = seededServer();
    const bob = fork(server);
    const carol = fork(server);
    let id = '';
    const fromBob = updateOf(bob, (d) => { id = addRow(d, 'goal', null, alice); });
    Y.applyUpdate(carol, fromBob); // e.g. over a BroadcastChannel between tabs
    const fromCarol = updateOf(carol, (d) => setField(d, 'goal', id, 'title', 'via tab', alice));
    expect(inspectUpdate(server, fromCarol)).toMatchObject({ missingDependency: true });
  });
});

describe('rows without ids and version stamps (guard fuzz findings)', () => {
  it('refuses a new row map without its id, and accepts a row added and removed again in one update', () => {
    const server = seededServer();
    const client = fork(server);
    const empty = updateOf(client, (doc) => rowsMap(doc, 'goal').set('FUZZ-row', new Y.Map()));
    expect(checkUpdate(server, empty)).toMatch(/without its id/);
    const offline = fork(server);
    const addedAndUndone = updateOf(offline, (doc) =>
      doc.transact(() => {
        const id = addRow(doc, 'goal', null, alice);
        deleteRow(doc, 'goal', id, alice);
      }),
    );
    expect(checkUpdate(server, addedAndUndone)).toBeNull();
    const added = updateOf(fork(server), (doc) => addRow(doc, 'goal', null, alice));
    expect(checkUpdate(server, added)).toBeNull();
  });

  it('accepts only a schema version this code knows: a stamp beyond it would skip migrations', () => {
    const server = seededServer();
    const client = fork(server);
    expect(checkUpdate(server, updateOf(fork(server), (doc) => metaMap(doc).set('schemaVersion', 999)))).toMatch(/schemaVersion/);
    expect(checkUpdate(server, updateOf(fork(server), (doc) => metaMap(doc).set('schemaVersion', 0)))).toMatch(/schemaVersion/);
    expect(checkUpdate(server, updateOf(client, (doc) => metaMap(doc).set('schemaVersion', 1)))).toBeNull();
  });
});
