/**
 * The werkatelier (workshop): a facilitated session on one slice of a programme. Its live
 * state (cards, votes, focus, timer) lives in its own Y.Doc, so participants can write there
 * while the programme stays read-only for them. Its bookkeeping (code, scope, status, frozen
 * outcome) lives in the server's database.
 *
 * Y.Doc keys are known only to shared/doc/workshop/; everything else uses these types.
 */

/** What the werkatelier covers: a whole programme, or one goal or uitwerking of it. */
export type WorkshopScope = { kind: 'programme' } | { kind: 'goal'; rowId: string } | { kind: 'subGoal'; rowId: string };

export const CARD_TYPES = ['idee', 'zorg', 'vraag', 'voorstel'] as const;
/** 'voorstel' is a proposed new result; it can be voted on like a result. */
export type CardType = (typeof CARD_TYPES)[number];

export const CARD_TYPE_LABELS: Record<CardType, string> = {
  idee: 'Idee',
  zorg: 'Zorg',
  vraag: 'Vraag',
  voorstel: 'Voorstel nieuw resultaat',
};

export const MAX_CARD_TEXT = 500;
export const MAX_PARTICIPANT_NAME = 60;

export interface WorkshopCard {
  id: string;
  /** The row of the slice it is about (a goal, uitwerking or result). */
  rowId: string;
  type: CardType;
  text: string;
  authorId: string;
  authorName: string;
  /** ISO time. */
  createdAt: string;
}

export const VOTING_MODES = ['stippen', 'top10'] as const;
/** stippen: N dots each, several on one item allowed. top10: rank up to 10 items. */
export type VotingMode = (typeof VOTING_MODES)[number];

export const VOTING_MODE_LABELS: Record<VotingMode, string> = {
  stippen: 'Stippen verdelen',
  top10: 'Top 10 rangschikken',
};

export const MAX_DOTS = 20;
export const TOP_N = 10;

/** One participant's vote. Item ids are result row ids or `kaart:<cardId>` of a voorstel card. */
export type Ballot = { kind: 'stippen'; dots: Record<string, number> } | { kind: 'top10'; ranking: string[] };

export interface WorkshopSettings {
  title: string;
  state: 'open' | 'closed';
  votingMode: VotingMode;
  /** Dots per participant in stippen mode. */
  dots: number;
  votingOpen: boolean;
  /** The row everyone follows ("volg de facilitator"); null = free browsing. */
  focusRowId: string | null;
  /** Epoch ms at which the timer ends; null = no timer running. */
  timerEndsAt: number | null;
}

export interface Participant {
  id: string;
  name: string;
  joinedAt: string;
}

/** One row of the slice as participants see it: plain text, no ids shown. */
export interface SliceRow {
  id: string;
  kind: 'goal' | 'subGoal' | 'result';
  /** Human code ("Doel 3", "3.10"); may be empty. */
  code: string;
  text: string;
  parentId: string | null;
}

/** Something that can be voted on: a result of the slice or a proposed new result. */
export interface VoteItem {
  id: string;
  code: string;
  text: string;
  /** The row it belongs to (for a voorstel: the row the card was put on). */
  rowId: string;
  proposal: boolean;
}

export interface TallyEntry {
  itemId: string;
  /** Dots, or Borda points in top10 (10 for first place ... 1 for tenth). */
  score: number;
  /** Participants who gave this item anything. */
  voters: number;
  /** Competition ranking (1, 2, 3, 3, 5): tied items share a rank. */
  rank: number;
  tied: boolean;
}

/** What the server stores about a werkatelier (REST shape). */
export interface WorkshopInfo {
  id: string;
  programmeId: string;
  scope: WorkshopScope;
  title: string;
  status: 'open' | 'closed';
  createdAt: string;
  createdBy: { id: string; name: string };
  closedAt: string | null;
  /** Only for users with the facilitate right, while open: 8 characters, shown as ABCD-EFGH. */
  code?: string;
  /** With the code: the link participants open, on the server's public address (KOERS_PUBLIC_URL). */
  joinUrl?: string;
  /** Who joined: live from the werkatelier's doc while open, from the frozen outcome once closed. */
  participantCount: number;
  /** The Y.Doc id for /sync: `werkatelier-<id>`. */
  docId: string;
  /** Its facilitators may turn cards into changes of the programme (given at the start by a redacteur or beheerder). */
  editGrant: boolean;
}

export interface OutcomeItem extends VoteItem {
  rank: number;
  tied: boolean;
  score: number;
  voters: number;
}

/** Frozen when the werkatelier closes; never changes afterwards. */
export interface WorkshopOutcome {
  workshopId: string;
  programmeId: string;
  title: string;
  scope: WorkshopScope;
  votingMode: VotingMode;
  dots: number;
  closedAt: string;
  participantCount: number;
  /** Ranked, best first; items nobody voted for are left out. */
  ranking: OutcomeItem[];
  cards: (WorkshopCard & { rowCode: string; rowText: string })[];
}

/** What was done with a card (the feedback report, "wat is er met je inbreng gedaan"), as asked for. */
export type CardDisposition =
  | { action: 'verwerkt'; rowId: string; field: string; value: string; note: string }
  | { action: 'nieuw-resultaat'; rowId: string; note: string }
  | { action: 'niet-verwerkt'; reason: string };

/**
 * A disposition as the server recorded it: a new result also names the row it created
 * (`newRowId`), so the report can point at that row rather than only at its uitwerking.
 */
export type RecordedDisposition =
  | Exclude<CardDisposition, { action: 'nieuw-resultaat' }>
  | (Extract<CardDisposition, { action: 'nieuw-resultaat' }> & { newRowId: string });

export interface CardDispositionRecord {
  cardId: string;
  disposition: RecordedDisposition;
  by: { id: string; name: string };
  at: string;
}

/** One line of a comparison between the werkatelier's ranking and another priority list. */
export interface ComparisonRow {
  code: string;
  text: string;
  workshopRank: number | null;
  otherRank: number | null;
}
