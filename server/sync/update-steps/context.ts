/** What every step of a room's update pipeline sees: the room's side, the sender, the update read once. */
import type * as Y from 'yjs';
import type { UpdateDescription } from '../../../shared/doc/index.ts';
import type { CloseSpec } from '../../../shared/protocol.ts';
import type { Logger } from '../../log.ts';
import type { DocumentStore } from '../../persistence/document-store.ts';
import type { Connection } from '../connection.ts';
import type { UpdatePolicy } from '../update-policy.ts';

export interface PipelineRoom {
  readonly id: string;
  readonly doc: Y.Doc;
  readonly log: Logger;
  readonly policy: UpdatePolicy;
  readonly store: Pick<DocumentStore, 'append'>;
  /** Closes the sender with a reason and one log line. */
  drop(conn: Connection, spec: CloseSpec, detail: string): void;
  /**
   * One more row of this many bytes in the stored log, appended durably for `conn` (compaction
   * counts both; the sender's hourly budget is charged only now, so a failed append costs nothing).
   */
  countStored(conn: Connection, bytes: number): void;
  /** Null when the room may store the update for this sender; else the close and why (storage limits). */
  storageRefusal(conn: Connection, update: UpdateDescription): { close: CloseSpec; reason: string } | null;
  /** Applies stored bytes to the doc and relays what changed to the other sockets; throws what Yjs throws. */
  applyAndRelay(update: Uint8Array, origin: Connection): void;
  /** Compacts the stored log when it passed its threshold. */
  compactWhenDue(): void;
}

export interface UpdateContext {
  room: PipelineRoom;
  conn: Connection;
  /** The update as the sender sent it, read once for every step (shared/doc/update-reader). */
  update: UpdateDescription;
  /** Set when a held update is run again (hold-pending.ts logs only its first hold). */
  retry?: boolean;
}

/** 'next': go on to the next step; 'done': this update is handled (skipped, refused, or failed). */
type StepResult = 'next' | 'done';

export type UpdateStep = (ctx: UpdateContext) => StepResult;
