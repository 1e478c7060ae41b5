/**
 * Hostile /sync frames for the guard fuzz, as fast-check arbitraries over the state a client
 * saw: random bytes, truncated and garbled sync messages, well-formed Yjs updates that are
 * off-schema (unknown roots, unknown fields, wrong types, huge strings, nested types, deletes
 * of meta and of whole collections), and awareness garbage. Every update is made in a fresh
 * scratch copy of `base`, so it is a valid update against what the server holds.
 */
import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { MESSAGE_TYPE, SYNC_STEP } from '../../shared/protocol.ts';
import { updateFrame } from './wire.ts';

/** A frame and a short label of how it was made (for the figures and for a failure report). */
export interface FuzzFrame {
  kind: string;
  data: Uint8Array | string;
}

/** Shared with the test: no stored or served state may ever contain it. */
export const FUZZ_MARKER = 'FUZZ-';

function updateOf(base: Uint8Array, clientId: number, change: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, base);
    doc.clientID = clientId;
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    change(doc);
    return updates.length === 0 ? new Uint8Array([0, 0]) : Y.mergeUpdates(updates);
  } finally {
    doc.destroy();
  }
}

function framed(type: number, payload: Uint8Array, step?: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  if (step !== undefined) encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** Keys of the maps in a root that hold maps (rows, notes), and the root names themselves. */
interface BaseShape {
  roots: string[];
  /** [root, key] of every nested map (a row or a note). */
  entries: Array<[string, string]>;
  metaKeys: string[];
}

function shapeOf(base: Uint8Array): BaseShape {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, base);
  const roots = [...doc.share.keys()];
  const entries: Array<[string, string]> = [];
  for (const root of roots) {
    const map = doc.getMap(root);
    for (const [key, value] of map) if (value instanceof Y.Map) entries.push([root, key]);
  }
  const metaKeys = roots.includes('meta') ? [...doc.getMap('meta').keys()] : [];
  doc.destroy();
  return { roots, entries, metaKeys };
}

const junkValue = fc.oneof(
  fc.string({ maxLength: 20 }).map((s) => FUZZ_MARKER + s),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }).map((d) => JSON.parse(JSON.stringify(d)) as Record<string, string>),
);

/**
 * Off-schema but well-formed updates against `base`. For an `editor` the kinds an editor may
 * legitimately send are left out (deleting rows, writing a value of the right type into a known
 * field), so that every update here must be refused for every role.
 */
function offSchemaUpdate(base: Uint8Array, shape: BaseShape, editor: boolean): fc.Arbitrary<FuzzFrame> {
  const entry = shape.entries.length > 0 ? fc.constantFrom(...shape.entries) : fc.constant<[string, string]>(['meta', 'x']);
  const root = fc.constantFrom(...shape.roots, 'rows:onbekend', 'notes:onbekend', 'FUZZ-root', '__proto__', 'rows:goal');
  const knownField = fc.constantFrom('title', 'code', 'notes', 'indicator', 'parentId', 'order', 'id', 'text', 'authorId', 'status');
  const unknownField = fc.string({ maxLength: 12 }).map((s) => FUZZ_MARKER + s);
  // Known fields only with what never fits them (huge strings, nested types); plain values go to unknown fields.
  const field = fc.oneof(knownField, unknownField);
  const clientId = fc.integer({ min: 1, max: 2 ** 31 - 1 });
  const op = fc.oneof(
    fc.record({ op: fc.constant('unknown-root' as const), root: fc.string({ maxLength: 10 }).map((s) => FUZZ_MARKER + s), value: junkValue }),
    fc.record({ op: fc.constant('field' as const), entry, field: unknownField, value: junkValue }),
    fc.record({ op: fc.constant('huge' as const), entry, field, size: fc.integer({ min: 20_001, max: 120_000 }) }),
    fc.record({ op: fc.constant('nested' as const), entry, field, value: junkValue }),
    fc.record({ op: fc.constant('array' as const), root, value: junkValue }),
    fc.record({ op: fc.constant('text' as const), entry, field }),
    fc.record({ op: fc.constant('new-entry' as const), root, key: fc.string({ maxLength: 12 }), field, value: junkValue }),
    fc.record({ op: fc.constant('delete-meta' as const), keys: fc.subarray(shape.metaKeys.length > 0 ? shape.metaKeys : ['id'], { minLength: 1 }) }),
    fc.record({ op: fc.constant('delete-collection' as const), root: editor ? fc.constant('meta') : fc.constantFrom(...shape.roots) }),
    fc.record({ op: fc.constant('delete-then-set' as const), entry, field: editor ? unknownField : field, value: junkValue }),
    fc.record({ op: fc.constant('meta-value' as const), key: fc.constantFrom('schemaVersion', 'FUZZ-meta'), value: junkValue }),
  );
  return fc.record({ op, clientId, step: fc.constantFrom(SYNC_STEP.update, SYNC_STEP.step2) }).map(({ op: o, clientId: id, step }) => {
    const update = updateOf(base, id, (doc) => {
      switch (o.op) {
        case 'unknown-root':
          return doc.getMap(o.root).set('x', o.value);
        case 'field':
          return doc.getMap(o.entry[0]).get(o.entry[1]) instanceof Y.Map && (doc.getMap(o.entry[0]).get(o.entry[1]) as Y.Map<unknown>).set(o.field, o.value);
        case 'huge': {
          const row = doc.getMap(o.entry[0]).get(o.entry[1]);
          if (row instanceof Y.Map) row.set(o.field, FUZZ_MARKER + 'x'.repeat(o.size));
          return;
        }
        case 'nested': {
          const row = doc.getMap(o.entry[0]).get(o.entry[1]);
          if (row instanceof Y.Map) row.set(o.field, new Y.Map([['z', o.value]]));
          return;
        }
        case 'array':
          return doc.getArray(o.root).push([o.value]);
        case 'text': {
          const row = doc.getMap(o.entry[0]).get(o.entry[1]);
          if (row instanceof Y.Map) row.set(o.field, new Y.Text(FUZZ_MARKER + 'tekst'));
          return;
        }
        case 'new-entry':
          return doc.getMap(o.root).set(FUZZ_MARKER + o.key, new Y.Map([[o.field, o.value]]));
        case 'delete-meta':
          return doc.transact(() => o.keys.forEach((k) => doc.getMap('meta').delete(k)));
        case 'delete-collection': {
          const map = doc.getMap(o.root);
          return doc.transact(() => [...map.keys()].forEach((k) => map.delete(k)));
        }
        case 'delete-then-set':
          return doc.transact(() => {
            const row = doc.getMap(o.entry[0]).get(o.entry[1]);
            if (row instanceof Y.Map) row.set(o.field, o.value);
            // An editor may delete a row: for them the hidden value rides on a kept row.
            if (!editor) doc.getMap(o.entry[0]).delete(o.entry[1]);
          });
        case 'meta-value':
          return doc.getMap('meta').set(o.key, o.value);
      }
    });
    // A change that found nothing to change is an empty update: the server may accept it.
    const kind = update.length === 2 ? 'update:no-op' : `update:${o.op}`;
    return { kind, data: framed(MESSAGE_TYPE.sync, update, step) };
  });
}

/** A real update frame cut short or with bytes overwritten. */
function damaged(honest: Uint8Array): fc.Arbitrary<FuzzFrame> {
  return fc.oneof(
    fc.integer({ min: 0, max: Math.max(0, honest.length - 1) }).map((cut) => ({ kind: 'truncated', data: honest.slice(0, cut) })),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips) => {
      const data = honest.slice();
      for (const [at, byte] of flips) data[at % data.length] = byte;
      return { kind: 'garbled', data };
    }),
  );
}

function awarenessGarbage(): fc.Arbitrary<FuzzFrame> {
  const state = fc.oneof(fc.constant(null), junkValue, fc.record({ user: fc.record({ name: fc.string({ maxLength: 30 }).map((s) => FUZZ_MARKER + s), color: fc.string({ maxLength: 10 }) }) }));
  return fc.oneof(
    fc.uint8Array({ maxLength: 60 }).map((bytes) => ({ kind: 'awareness:bytes', data: framed(MESSAGE_TYPE.awareness, bytes) })),
    fc.array(fc.tuple(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.nat({ max: 2 ** 31 }), state), { minLength: 1, maxLength: 20 }).map((clients) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, clients.length);
      for (const [id, clock, s] of clients) {
        encoding.writeVarUint(encoder, id);
        encoding.writeVarUint(encoder, clock);
        encoding.writeVarString(encoder, JSON.stringify(s));
      }
      return { kind: 'awareness:states', data: framed(MESSAGE_TYPE.awareness, encoding.toUint8Array(encoder)) };
    }),
    fc.integer({ min: 20_000, max: 100_000 }).map((size) => {
      const awareness = new awarenessProtocol.Awareness(new Y.Doc());
      awareness.setLocalState({ user: { name: FUZZ_MARKER + 'x'.repeat(size) } });
      const update = awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID]);
      awareness.destroy();
      return { kind: 'awareness:huge', data: framed(MESSAGE_TYPE.awareness, update) };
    }),
    fc.uint8Array({ maxLength: 40 }).map((bytes) => ({ kind: 'awareness:not-json', data: framed(MESSAGE_TYPE.awareness, Uint8Array.from([1, ...bytes.slice(0, 2), 5, ...bytes.slice(2)])) })),
  );
}

function protocolGarbage(): fc.Arbitrary<FuzzFrame> {
  return fc.oneof(
    fc.uint8Array({ maxLength: 300 }).map((data) => ({ kind: 'bytes', data })),
    fc.tuple(fc.integer({ min: 0, max: 300 }), fc.uint8Array({ maxLength: 40 })).map(([type, rest]) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, type);
      encoding.writeUint8Array(encoder, rest);
      return { kind: `type:${type < 5 ? type : 'other'}`, data: encoding.toUint8Array(encoder) };
    }),
    fc.tuple(fc.integer({ min: 0, max: 9 }), fc.uint8Array({ maxLength: 60 })).map(([step, payload]) => ({ kind: `sync-step:${step}`, data: framed(MESSAGE_TYPE.sync, payload, step) })),
    fc.uint8Array({ maxLength: 40 }).map((payload) => ({ kind: 'update:bytes', data: updateFrame(payload) })),
    fc.string({ maxLength: 40 }).map((data) => ({ kind: 'text', data })),
  );
}

/**
 * Every kind of hostile frame for one role. `honest` is a well-formed update frame against
 * `base`, cut and garbled into the damaged kinds. Off-schema updates come from a pool of
 * `poolSize` made with `seed`: each costs a scratch copy of the document, and 20,000 copies
 * per role took longer than the fuzz itself.
 */
export function hostileFrame(base: Uint8Array, honest: Uint8Array, seed: number, editor: boolean, poolSize = 400): fc.Arbitrary<FuzzFrame> {
  const pool = fc.sample(offSchemaUpdate(base, shapeOf(base), editor), { seed, numRuns: poolSize });
  return fc.oneof(
    { arbitrary: fc.constantFrom(...pool), weight: 4 },
    { arbitrary: damaged(honest), weight: 2 },
    { arbitrary: awarenessGarbage(), weight: 2 },
    { arbitrary: protocolGarbage(), weight: 2 },
  );
}

/** An honest-looking update frame against `base` (one title), the raw material for damaged frames. */
export function honestFrame(base: Uint8Array, change: (doc: Y.Doc) => void): Uint8Array {
  return updateFrame(updateOf(base, 4242, change));
}
