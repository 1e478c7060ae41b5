/**
 * Where an item of an update lands, without applying it.
 *
 * In the wire format an item carries its parent only when it has no neighbours; otherwise
 * the parent is that of its origin (or right origin). So an item is located by following
 * ids into the doc's store or into the same update.
 */
import * as Y from 'yjs';
import type { Place } from './description.ts';
import { DEAD, placeInsideType } from './places.ts';
import type { StructIndex } from './struct-index.ts';

export interface Location {
  place: Place;
  key: string | null;
}

/** Why an item cannot be placed; caught by the reader and turned into its problem. */
export class Unplaceable extends Error {
  constructor(
    message: string,
    readonly missingDependency = false,
  ) {
    super(message);
  }
}

export class Locator {
  private readonly memo = new Map<Y.Item, Location>();
  private readonly visiting = new Set<Y.Item>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly index: StructIndex,
  ) {}

  locate(item: Y.Item): Location {
    const known = this.memo.get(item);
    if (known) return known;
    if (this.visiting.has(item)) throw new Unplaceable('items refer to each other in a circle');
    this.visiting.add(item);
    let location: Location;
    if (typeof item.parent === 'string') {
      location = { place: { live: true, root: item.parent, path: [] }, key: item.parentSub };
    } else if (item.parent instanceof Y.ID) {
      location = { place: this.placeInsideTypeAt(item.parent), key: item.parentSub };
    } else {
      const neighbour = item.origin ?? item.rightOrigin;
      if (!neighbour) throw new Unplaceable('item without parent or neighbour');
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
      return placeInsideType(stored.content.type);
    }
    const incoming = this.index.find(id);
    if (!incoming) throw new Unplaceable('refers to a parent the server does not have', true);
    if (!(incoming instanceof Y.Item) || incoming.content instanceof Y.ContentDeleted) return DEAD;
    if (!(incoming.content instanceof Y.ContentType)) throw new Unplaceable('parent is not a shared type');
    const holder = this.locate(incoming);
    if (!holder.place.live) return DEAD;
    return { live: true, root: holder.place.root, path: [...holder.place.path, holder.key] };
  }

  /** An item without parent info lives where its neighbour lives, under the same key. */
  private locateNeighbour(id: Y.ID): Location {
    const stored = this.docStruct(id);
    if (stored) {
      if (!(stored instanceof Y.Item) || !(stored.parent instanceof Y.AbstractType)) return { place: DEAD, key: null };
      return { place: placeInsideType(stored.parent), key: stored.parentSub };
    }
    const incoming = this.index.find(id);
    if (!incoming) throw new Unplaceable('refers to a neighbour the server does not have', true);
    if (!(incoming instanceof Y.Item)) return { place: DEAD, key: null };
    return this.locate(incoming);
  }

  private docStruct(id: Y.ID): Y.Item | Y.GC | null {
    if (Y.getState(this.doc.store, id.client) <= id.clock) return null;
    // getItem is typed Item but returns the GC struct that replaced a collected item.
    return Y.getItem(this.doc.store, id) as Y.Item | Y.GC;
  }
}
