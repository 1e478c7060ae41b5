/** The frozen result of a werkatelier, computed from its live state and the programme slice. */
import { voteItems } from './items.ts';
import type { WorkshopState } from './state.ts';
import { tally } from './tally.ts';
import type { OutcomeItem, SliceRow, WorkshopOutcome, WorkshopScope } from './types.ts';

export interface OutcomeInput {
  workshopId: string;
  programmeId: string;
  title: string;
  scope: WorkshopScope;
  /** ISO time. */
  closedAt: string;
  slice: readonly SliceRow[];
  state: WorkshopState;
}

export function buildOutcome(input: OutcomeInput): WorkshopOutcome {
  const { state, slice } = input;
  const items = voteItems(slice, state.cards);
  const byId = new Map(items.map((item) => [item.id, item]));
  const ranking: OutcomeItem[] = tally(Object.values(state.ballots), items, state.settings.votingMode, state.settings.dots).map(
    (entry) => ({ ...byId.get(entry.itemId)!, rank: entry.rank, tied: entry.tied, score: entry.score, voters: entry.voters }),
  );
  const rows = new Map(slice.map((row) => [row.id, row]));
  return {
    workshopId: input.workshopId,
    programmeId: input.programmeId,
    title: input.title,
    scope: input.scope,
    votingMode: state.settings.votingMode,
    dots: state.settings.dots,
    closedAt: input.closedAt,
    participantCount: state.participants.length,
    ranking,
    cards: state.cards.map((card) => ({ ...card, rowCode: rows.get(card.rowId)?.code ?? '', rowText: rows.get(card.rowId)?.text ?? '' })),
  };
}

/** "3" or "3 (gedeeld)", as exports and screens show a place. */
export function placeLabel(item: Pick<OutcomeItem, 'rank' | 'tied'>): string {
  return item.tied ? `${item.rank} (gedeeld)` : String(item.rank);
}
