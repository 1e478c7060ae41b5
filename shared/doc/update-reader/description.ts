/**
 * What an update would change, as plain data: the description every update policy judges.
 * Nothing here refers to Yjs classes, so a policy never touches Yjs internals.
 */

/** An item's id in the wire format. */
interface ItemId {
  client: number;
  clock: number;
}

export type Place =
  /**
   * Inside the root type named `root`, in the shared type reached from it by `path`: the map
   * keys of the nested types in between (null where a type sits in a list). [] = the root itself.
   */
  | { live: true; root: string; path: readonly (string | null)[] }
  /** Under a deleted or collected parent: Yjs integrates it as deleted, it can never show. */
  | { live: false };

export type WrittenContent =
  /** Plain JSON values (ContentAny): what `map.set(key, value)` writes. */
  | { kind: 'values'; values: readonly unknown[]; name: string }
  /** History that was deleted and collected before it travelled. */
  | { kind: 'deleted'; name: string }
  /** A new nested Y.Map. */
  | { kind: 'map'; name: string }
  /** Anything else (text, binary, sub-documents, arrays, embeds, formats); `name` says which. */
  | { kind: 'other'; name: string };

/** One item the update inserts, with where it lands. */
export interface Write {
  id: ItemId;
  place: Place;
  /** The map key it is written under; null for list content. */
  key: string | null;
  content: WrittenContent;
}

/** One item the doc holds and shows today that the update deletes. */
export interface Deletion {
  id: ItemId;
  place: Extract<Place, { live: true }>;
  key: string | null;
}

export interface ReadProblem {
  /** English, for logs. */
  reason: string;
  /**
   * The update builds on items the doc does not have yet. That is not malice: it can happen
   * when tabs share edits over a BroadcastChannel before the server has them. The client
   * should reconnect and resend its state (sync step 2), not be locked out.
   */
  missingDependency: boolean;
}

export interface UpdateDescription {
  /** The update as it came, for storing it unchanged. */
  readonly bytes: Uint8Array;
  /** False when the bytes are no Yjs update at all. */
  readonly readable: boolean;
  /** Why the bytes are no update, for logs ('' when they are one). */
  readonly unreadableReason: string;
  /** Null when every item could be placed; else why not (a policy refuses such an update). */
  readonly problem: ReadProblem | null;
  /** True when the doc already has everything in the update (a reconnect's sync step 2). */
  readonly known: boolean;
  /** In the order of the update's structs; empty when there is a problem. */
  readonly writes: readonly Write[];
  /** Items the doc shows today that the update deletes; empty when there is a problem. */
  readonly deletions: readonly Deletion[];
}
