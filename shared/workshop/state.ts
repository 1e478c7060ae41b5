/** The live state of one werkatelier as plain data, as read from its Y.Doc. */
import type { Ballot, Participant, WorkshopCard, WorkshopSettings } from './types.ts';

export interface WorkshopState {
  settings: WorkshopSettings;
  /** Oldest first (createdAt, then id), so every screen shows the same order. */
  cards: WorkshopCard[];
  /** participantId -> ballot; only structurally sound ballots, not yet checked against the items. */
  ballots: Record<string, Ballot>;
  /** By joinedAt, then id. */
  participants: Participant[];
}

/** A fresh werkatelier before the facilitator changes anything. */
export const DEFAULT_DOTS = 5;
