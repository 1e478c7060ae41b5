/**
 * Reads an incoming update once, against the doc it would be applied to, without applying it:
 * whether it adds anything, whether it builds on items the doc lacks, and what it would write
 * and delete where. Never throws: a crafted update that trips Yjs while we follow its ids is
 * a problem of the update, not of the server.
 */
import * as Y from 'yjs';
import type { Deletion, ReadProblem, UpdateDescription, Write, WrittenContent } from './description.ts';
import { Locator, Unplaceable } from './locator.ts';
import { placeInsideType } from './places.ts';
import { StructIndex } from './struct-index.ts';

type Decoded = ReturnType<typeof Y.decodeUpdate>;

interface Reading {
  problem: ReadProblem | null;
  writes: Write[];
  deletions: Deletion[];
}

export function readUpdate(doc: Y.Doc, update: Uint8Array): UpdateDescription {
  return new UpdateReader(doc, update);
}

class UpdateReader implements UpdateDescription {
  readonly readable: boolean;
  private readonly decoded: Decoded | null = null;
  private readonly decodeError: string = '';
  private knownMemo: boolean | null = null;
  private readingMemo: Reading | null = null;

  constructor(
    private readonly doc: Y.Doc,
    readonly bytes: Uint8Array,
  ) {
    try {
      this.decoded = Y.decodeUpdate(bytes);
    } catch (error) {
      this.decodeError = error instanceof Error ? error.message : String(error);
    }
    this.readable = this.decoded !== null;
  }

  get known(): boolean {
    this.knownMemo ??= this.decoded !== null && safely(() => isKnown(this.doc, this.decoded!), false);
    return this.knownMemo;
  }

  get problem(): ReadProblem | null {
    return this.reading().problem;
  }

  get writes(): readonly Write[] {
    return this.reading().writes;
  }

  get deletions(): readonly Deletion[] {
    return this.reading().deletions;
  }

  get unreadableReason(): string {
    return this.decodeError;
  }

  private reading(): Reading {
    if (this.readingMemo) return this.readingMemo;
    if (!this.decoded) {
      this.readingMemo = { problem: { reason: 'malformed update', missingDependency: false }, writes: [], deletions: [] };
      return this.readingMemo;
    }
    try {
      this.readingMemo = { problem: null, ...describe(this.doc, this.decoded) };
    } catch (error) {
      const problem: ReadProblem =
        error instanceof Unplaceable
          ? { reason: error.message, missingDependency: error.missingDependency }
          : { reason: `unreadable update (${error instanceof Error ? error.message : String(error)})`, missingDependency: false };
      this.readingMemo = { problem, writes: [], deletions: [] };
    }
    return this.readingMemo;
  }
}

function describe(doc: Y.Doc, { structs, ds }: Decoded): { writes: Write[]; deletions: Deletion[] } {
  const index = new StructIndex(structs);
  checkClocks(doc, index);
  checkDeletionsKnown(doc, index, ds);
  checkReferences(doc, index, structs);
  const locator = new Locator(doc, index);
  const writes: Write[] = [];
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    const { place, key } = locator.locate(struct);
    writes.push({ id: { client: struct.id.client, clock: struct.id.clock }, place, key, content: contentOf(struct.content) });
  }
  return { writes, deletions: deletionsOf(doc, ds) };
}

/** Every struct must continue where the doc (or the update itself) left off for its client. */
function checkClocks(doc: Y.Doc, index: StructIndex): void {
  for (const [client, list] of index.byClient) {
    let known = Y.getState(doc.store, client);
    for (const struct of list) {
      if (struct.id.clock > known) throw new Unplaceable(`gap in the history of client ${client}`, true);
      known = Math.max(known, struct.id.clock + struct.length);
    }
  }
}

/**
 * Every id an item refers to (left and right neighbour at its creation, parent type) must be
 * in the doc or the update: Yjs would keep the item pending otherwise, unapplied but stored.
 */
function checkReferences(doc: Y.Doc, index: StructIndex, structs: Decoded['structs']): void {
  const lacks = (id: Y.ID | null): id is Y.ID => id !== null && Y.getState(doc.store, id.client) <= id.clock && index.find(id) === null;
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    for (const id of [struct.origin, struct.rightOrigin, struct.parent instanceof Y.ID ? struct.parent : null]) {
      if (lacks(id)) throw new Unplaceable(`refers to items of client ${id.client} the server does not have`, true);
    }
  }
}

/**
 * Deletions must target items the doc or the update has. Yjs would keep the others pending
 * and a client resending them would add a log row on every reconnect.
 */
function checkDeletionsKnown(doc: Y.Doc, index: StructIndex, ds: Decoded['ds']): void {
  for (const [client, ranges] of ds.clients) {
    const known = Math.max(Y.getState(doc.store, client), index.end(client));
    for (const range of ranges) {
      if (range.clock + range.len > known) throw new Unplaceable(`deletes items of client ${client} the server does not have`, true);
    }
  }
}

/** The items the doc holds and shows that the delete set covers (the update's own items are writes). */
function deletionsOf(doc: Y.Doc, ds: Decoded['ds']): Deletion[] {
  const out: Deletion[] = [];
  for (const [client, ranges] of ds.clients) {
    const state = Y.getState(doc.store, client);
    for (const range of ranges) {
      const end = Math.min(range.clock + range.len, state);
      let clock = range.clock;
      while (clock < end) {
        const struct = Y.getItem(doc.store, Y.createID(client, clock)) as Y.Item | Y.GC;
        if (struct instanceof Y.Item && !struct.deleted && struct.parent instanceof Y.AbstractType) {
          const place = placeInsideType(struct.parent);
          if (place.live) out.push({ id: { client, clock: struct.id.clock }, place, key: struct.parentSub });
        }
        clock = struct.id.clock + struct.length;
      }
    }
  }
  return out;
}

/** Whether the doc already has every struct and every deletion of the update. */
function isKnown(doc: Y.Doc, { structs, ds }: Decoded): boolean {
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue;
    if (struct.id.clock + struct.length > Y.getState(doc.store, struct.id.client)) return false;
  }
  for (const [client, ranges] of ds.clients) {
    const known = Y.getState(doc.store, client);
    for (const range of ranges) {
      if (range.clock + range.len > known) return false;
      let clock = range.clock;
      while (clock < range.clock + range.len) {
        const struct = Y.getItem(doc.store, Y.createID(client, clock)) as Y.Item | Y.GC;
        if (struct instanceof Y.Item && !struct.deleted) return false;
        clock = struct.id.clock + struct.length;
      }
    }
  }
  return true;
}

function contentOf(content: Y.Item['content']): WrittenContent {
  const name = content.constructor.name;
  if (content instanceof Y.ContentAny) return { kind: 'values', values: content.arr, name };
  if (content instanceof Y.ContentDeleted) return { kind: 'deleted', name };
  if (content instanceof Y.ContentType && content.type.constructor === Y.Map) return { kind: 'map', name };
  return { kind: 'other', name };
}

function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
