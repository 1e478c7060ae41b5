/**
 * Structural check of an incoming Yjs update against a programme doc, without applying it.
 *
 * An applied Yjs update cannot be rolled back, so the server decides before applying: only
 * the root types of the layout, row maps only under `rows:<kind>`, row maps only with their
 * structural keys and the editable fields of their kind, only plain values of the right
 * type, and text within the length cap. Content rules (enum values, ranges) stay soft: the
 * validation module reports them, the guard does not reject for them.
 *
 * In the wire format an item carries its parent only when it has no neighbours; otherwise
 * the parent is that of its origin (or right origin). So an item is located by following
 * ids into the doc's store or into the same update.
 */
import * as Y from 'yjs';
import { MAX_TEXT_LENGTH, type FieldSpec } from '../model/entities.ts';
import { ID_KEY, META_FIELDS, META_KEY, ORDER_KEY, PARENT_KEY, collectionOfRoot, type Collection } from './layout.ts';

/** Longest row id or order key; both are machine-made and short. */
export const MAX_KEY_LENGTH = 256;
const MAX_FOCUS_AREAS = 100;

export interface UpdateVerdict {
  /** English, for logs. */
  reason: string;
  /**
   * The update builds on items the doc does not have yet. That is not malice: it can happen
   * when tabs share edits over a BroadcastChannel before the server has them. The client
   * should reconnect and resend its state (sync step 2), not be locked out.
   */
  missingDependency: boolean;
}

/** Null when the update may be applied, else the reason it may not. */
export function checkUpdate(doc: Y.Doc, update: Uint8Array): string | null {
  return inspectUpdate(doc, update)?.reason ?? null;
}

export function inspectUpdate(doc: Y.Doc, update: Uint8Array): UpdateVerdict | null {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return { reason: 'malformed update', missingDependency: false };
  }
  const { structs, ds } = decoded;
  try {
    const index = new StructIndex(structs);
    checkClocks(doc, index);
    checkDeletions(doc, index, ds);
    const locator = new Locator(doc, index);
    for (const struct of structs) {
      if (struct instanceof Y.Item) checkItem(struct, locator.locate(struct));
    }
    return null;
  } catch (error) {
    if (error instanceof Rejection) return { reason: error.message, missingDependency: error.missingDependency };
    // A crafted update may trip Yjs internals while we follow its ids: still a rejection.
    return { reason: `unreadable update (${error instanceof Error ? error.message : String(error)})`, missingDependency: false };
  }
}

class Rejection extends Error {
  constructor(
    message: string,
    readonly missingDependency = false,
  ) {
    super(message);
  }
}

type Place =
  | { kind: 'meta' }
  | { kind: 'rows'; collection: Collection }
  | { kind: 'row'; collection: Collection }
  /** Under a deleted or collected parent: Yjs integrates it as deleted, it can never show. */
  | { kind: 'dead' };

interface Location {
  place: Place;
  key: string | null;
}

const DEAD: Place = { kind: 'dead' };

/** The structs of one update by client, sorted by clock, to find the one holding an id. */
class StructIndex {
  readonly byClient = new Map<number, Array<Y.Item | Y.GC>>();

  constructor(structs: ReadonlyArray<Y.Item | Y.GC | Y.Skip>) {
    for (const struct of structs) {
      if (struct instanceof Y.Skip) continue;
      const list = this.byClient.get(struct.id.client);
      if (list) list.push(struct);
      else this.byClient.set(struct.id.client, [struct]);
    }
    for (const list of this.byClient.values()) list.sort((a, b) => a.id.clock - b.id.clock);
  }

  find(id: Y.ID): Y.Item | Y.GC | null {
    const list = this.byClient.get(id.client);
    if (!list) return null;
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const struct = list[mid]!;
      if (id.clock < struct.id.clock) high = mid - 1;
      else if (id.clock >= struct.id.clock + struct.length) low = mid + 1;
      else return struct;
    }
    return null;
  }
}

/** Every struct must continue where the doc (or the update itself) left off for its client. */
function checkClocks(doc: Y.Doc, index: StructIndex): void {
  for (const [client, list] of index.byClient) {
    let known = Y.getState(doc.store, client);
    for (const struct of list) {
      if (struct.id.clock > known) throw new Rejection(`gap in the history of client ${client}`, true);
      known = Math.max(known, struct.id.clock + struct.length);
    }
  }
}

/**
 * Deletions must target items the doc or the update has. Yjs would keep the others pending
 * and a client resending them would add a log row on every reconnect.
 */
function checkDeletions(doc: Y.Doc, index: StructIndex, ds: ReturnType<typeof Y.decodeUpdate>['ds']): void {
  for (const [client, ranges] of ds.clients) {
    const list = index.byClient.get(client);
    const last = list?.[list.length - 1];
    const known = Math.max(Y.getState(doc.store, client), last ? last.id.clock + last.length : 0);
    for (const range of ranges) {
      if (range.clock + range.len > known) throw new Rejection(`deletes items of client ${client} the server does not have`, true);
    }
  }
}

class Locator {
  private readonly memo = new Map<Y.Item, Location>();
  private readonly visiting = new Set<Y.Item>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly index: StructIndex,
  ) {}

  locate(item: Y.Item): Location {
    const known = this.memo.get(item);
    if (known) return known;
    if (this.visiting.has(item)) throw new Rejection('items refer to each other in a circle');
    this.visiting.add(item);
    let location: Location;
    if (typeof item.parent === 'string') {
      location = { place: rootPlace(item.parent), key: item.parentSub };
    } else if (item.parent instanceof Y.ID) {
      location = { place: this.placeInsideTypeAt(item.parent), key: item.parentSub };
    } else {
      const neighbour = item.origin ?? item.rightOrigin;
      if (!neighbour) throw new Rejection('item without parent or neighbour');
      location = this.locateNeighbour(neighbour);
    }
    this.visiting.delete(item);
    this.memo.set(item, location);
    return location;
  }

  /** Where items go whose parent is the shared type created by the item with this id. */
  private placeInsideTypeAt(id: Y.ID): Place {
    const stored = this.docStruct(id);
    if (stored) {
      if (!(stored instanceof Y.Item) || !(stored.content instanceof Y.ContentType)) return DEAD;
      return placeInside(stored.content.type);
    }
    const incoming = this.index.find(id);
    if (!incoming) throw new Rejection('refers to a parent the server does not have', true);
    if (!(incoming instanceof Y.Item) || incoming.content instanceof Y.ContentDeleted) return DEAD;
    if (!(incoming.content instanceof Y.ContentType)) throw new Rejection('parent is not a shared type');
    const holder = this.locate(incoming).place;
    if (holder.kind === 'rows') return { kind: 'row', collection: holder.collection };
    if (holder.kind === 'dead') return DEAD;
    throw new Rejection('shared type outside a row collection');
  }

  /** An item without parent info lives where its neighbour lives, under the same key. */
  private locateNeighbour(id: Y.ID): Location {
    const stored = this.docStruct(id);
    if (stored) {
      if (!(stored instanceof Y.Item) || !(stored.parent instanceof Y.AbstractType)) return { place: DEAD, key: null };
      return { place: placeInside(stored.parent), key: stored.parentSub };
    }
    const incoming = this.index.find(id);
    if (!incoming) throw new Rejection('refers to a neighbour the server does not have', true);
    if (!(incoming instanceof Y.Item)) return { place: DEAD, key: null };
    return this.locate(incoming);
  }

  private docStruct(id: Y.ID): Y.Item | Y.GC | null {
    if (Y.getState(this.doc.store, id.client) <= id.clock) return null;
    // getItem is typed Item but returns the GC struct that replaced a collected item.
    return Y.getItem(this.doc.store, id) as Y.Item | Y.GC;
  }
}

function rootPlace(name: string): Place {
  if (name === META_KEY) return { kind: 'meta' };
  const collection = collectionOfRoot(name);
  if (collection) return { kind: 'rows', collection };
  throw new Rejection(`unknown root type "${name.slice(0, 40)}"`);
}

/** Where the children of an integrated shared type live. */
function placeInside(type: Y.AbstractType<any>): Place {
  const holder = type._item;
  if (holder === null) return rootPlace(Y.findRootTypeKey(type));
  if (holder.deleted) return DEAD;
  const parent = holder.parent;
  if (parent instanceof Y.AbstractType && parent._item === null) {
    const collection = collectionOfRoot(Y.findRootTypeKey(parent));
    if (collection) return { kind: 'row', collection };
  }
  throw new Rejection('shared type outside a row collection');
}

function checkItem(item: Y.Item, { place, key }: Location): void {
  const content = item.content;
  if (place.kind === 'dead') {
    if (content instanceof Y.ContentDeleted) return;
    if (content instanceof Y.ContentAny) return content.arr.forEach((v) => checkPlainValue(v, 'value'));
    throw new Rejection(`${content.constructor.name} under a deleted parent`);
  }
  if (key === null) throw new Rejection('list content inside a map');
  if (content instanceof Y.ContentDeleted) return;
  switch (place.kind) {
    case 'meta':
      if (!(META_FIELDS as readonly string[]).includes(key)) throw new Rejection(`unknown programme field "${clip(key)}"`);
      if (!(content instanceof Y.ContentAny)) throw new Rejection(`programme field "${key}" holds ${content.constructor.name}`);
      return content.arr.forEach((v) => checkMetaValue(key, v));
    case 'rows':
      if (key.length > MAX_KEY_LENGTH) throw new Rejection('row id too long');
      if (!(content instanceof Y.ContentType) || content.type.constructor !== Y.Map) {
        throw new Rejection(`row ${clip(key)} of ${place.collection.label} is not a map`);
      }
      return;
    case 'row': {
      if (!(content instanceof Y.ContentAny)) throw new Rejection(`field "${clip(key)}" holds ${content.constructor.name}`);
      const check = rowValueCheck(place.collection, key);
      return content.arr.forEach(check);
    }
  }
}

function rowValueCheck(collection: Collection, key: string): (value: unknown) => void {
  const kind = collection.label;
  if (collection.structural.includes(key)) {
    if (key === ID_KEY || key === ORDER_KEY) return (v) => checkKey(v, key, false);
    if (key === PARENT_KEY) return (v) => checkKey(v, key, true);
  }
  const spec: FieldSpec | undefined = Object.prototype.hasOwnProperty.call(collection.fields, key)
    ? collection.fields[key]
    : undefined;
  if (!spec) throw new Rejection(`unknown field "${clip(key)}" on ${kind}`);
  return (value) => {
    if (value === null) return;
    if (spec.type === 'int' || spec.type === 'number') {
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new Rejection(`${kind}.${key} must be a number`);
      return;
    }
    if (spec.type === 'boolean') {
      if (typeof value !== 'boolean') throw new Rejection(`${kind}.${key} must be true or false`);
      return;
    }
    if (typeof value !== 'string') throw new Rejection(`${kind}.${key} must be text`);
    const cap = spec.type === 'enum' ? MAX_KEY_LENGTH : MAX_TEXT_LENGTH;
    if (value.length > cap) throw new Rejection(`${kind}.${key} is too long`);
  };
}

function checkKey(value: unknown, key: string, nullable: boolean): void {
  if (value === null && nullable) return;
  if (typeof value !== 'string') throw new Rejection(`row ${key} must be text`);
  if (value.length > MAX_KEY_LENGTH) throw new Rejection(`row ${key} too long`);
}

function checkMetaValue(key: string, value: unknown): void {
  if (key === 'schemaVersion') {
    if (typeof value !== 'number' || !Number.isInteger(value)) throw new Rejection('schemaVersion must be an integer');
    return;
  }
  if (key === 'focusAreas') {
    if (!Array.isArray(value) || value.length > MAX_FOCUS_AREAS) throw new Rejection('focusAreas must be a short list');
    for (const area of value) {
      if (typeof area !== 'string' || area.length > MAX_TEXT_LENGTH) throw new Rejection('focusAreas must hold text');
    }
    return;
  }
  if (typeof value !== 'string' || value.length > MAX_TEXT_LENGTH) throw new Rejection(`programme ${key} must be text`);
}

function checkPlainValue(value: unknown, what: string): void {
  if (value === null || typeof value === 'boolean') return;
  if (typeof value === 'number' && Number.isFinite(value)) return;
  if (typeof value === 'string' && value.length <= MAX_TEXT_LENGTH) return;
  throw new Rejection(`${what} is not a plain value`);
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}...` : text;
}
