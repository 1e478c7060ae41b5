/**
 * The real Yjs edits behind the golden update-reader cases (update-reader-golden.test.ts). Each
 * case starts from one small base doc with fixed client ids, so the same Yjs writes the same
 * bytes; the test holds those bytes as hex and what the reader must make of them.
 * The root names are spelled out rather than taken from shared/doc/layout.ts: these cases pin
 * Yjs, and must not change when the layout does.
 */
import * as Y from 'yjs';

const BASE_CLIENT = 1;
export const EDITOR_CLIENT = 2;
const COLLEAGUE_CLIENT = 3;

/** The server's doc: a programme name, one goal row and nothing else. */
function baseDoc(): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = BASE_CLIENT;
  doc.transact(() => {
    doc.getMap('meta').set('schemaVersion', 2);
    doc.getMap('meta').set('name', 'Proef');
    const row = new Y.Map<unknown>();
    doc.getMap<Y.Map<unknown>>('rows:goal').set('g1', row);
    row.set('id', 'g1');
    row.set('parentId', null);
    row.set('order', 'a0');
    row.set('title', 'Oud');
  });
  return doc;
}

/** A client that holds exactly what `server` holds. */
function forkOf(server: Y.Doc, clientID: number): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
  return doc;
}

/** The updates one change produces, one per transaction. */
function updatesOf(doc: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const listener = (update: Uint8Array) => updates.push(update);
  doc.on('update', listener);
  try {
    change(doc);
  } finally {
    doc.off('update', listener);
  }
  return updates;
}

const goal = (doc: Y.Doc, id: string) => doc.getMap<Y.Map<unknown>>('rows:goal').get(id)!;

interface GoldenEdit {
  /** The doc the update is read against (the server's, before applying). */
  server: Y.Doc;
  update: Uint8Array;
}

function oneEdit(change: (doc: Y.Doc) => void): GoldenEdit {
  const server = baseDoc();
  const [update] = updatesOf(forkOf(server, EDITOR_CLIENT), change);
  return { server, update: update! };
}

export const GOLDEN_EDITS: Record<string, () => GoldenEdit> = {
  'a field set': () => oneEdit((d) => goal(d, 'g1').set('title', 'Nieuw')),
  'a row add with its nested map': () =>
    oneEdit((d) =>
      d.transact(() => {
        const row = new Y.Map<unknown>();
        d.getMap<Y.Map<unknown>>('rows:goal').set('g2', row);
        row.set('id', 'g2');
        row.set('parentId', null);
        row.set('order', 'a1');
        row.set('title', 'Tweede');
      }),
    ),
  'a row delete': () => oneEdit((d) => d.getMap('rows:goal').delete('g1')),
  'a comment add': () =>
    oneEdit((d) =>
      d.transact(() => {
        const note = new Y.Map<unknown>();
        d.getMap<Y.Map<unknown>>('notes:comment').set('c1', note);
        note.set('id', 'c1');
        note.set('targetKind', 'goal');
        note.set('targetId', 'g1');
        note.set('text', 'Klopt dit?');
      }),
    ),
  'a meta change with a list of focus areas': () =>
    oneEdit((d) =>
      d.transact(() => {
        d.getMap('meta').set('name', 'Proef 2');
        d.getMap('meta').set('focusAreas', ['Wonen', 'Zorg']);
      }),
    ),
  'a write under a row a colleague deleted': () => {
    const server = baseDoc();
    const editor = forkOf(server, EDITOR_CLIENT);
    const [removal] = updatesOf(forkOf(server, COLLEAGUE_CLIENT), (d) => d.getMap('rows:goal').delete('g1'));
    Y.applyUpdate(server, removal!);
    const [update] = updatesOf(editor, (d) => goal(d, 'g1').set('title', 'Te laat'));
    return { server, update: update! };
  },
  'a truncated update': () => {
    const { server, update } = GOLDEN_EDITS['a field set']!();
    return { server, update: update.subarray(0, update.length - 3) };
  },
  'an update with a clock gap': () => {
    const server = baseDoc();
    const [, second] = updatesOf(forkOf(server, EDITOR_CLIENT), (d) => {
      goal(d, 'g1').set('title', 'Eerst');
      goal(d, 'g1').set('order', 'a5');
    });
    return { server, update: second! };
  },
};
