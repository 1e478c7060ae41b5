/** The werkatelier Y.Doc as plain data. Anyone in the room writes here, so garbage is skipped, never trusted. */
import * as Y from 'yjs';
import { parseBallot, parseCard, parseParticipant, parseSettings } from '../../workshop/parse.ts';
import type { WorkshopState } from '../../workshop/state.ts';
import type { Ballot, Participant, WorkshopCard } from '../../workshop/types.ts';
import { WORKSHOP_ROOT_KINDS, workshopMap } from './layout.ts';

export function readWorkshop(doc: Y.Doc): WorkshopState {
  const meta = workshopMap(doc, 'meta');
  const cards: WorkshopCard[] = [];
  for (const [key, value] of workshopMap(doc, 'cards')) {
    const card = parseCard(value);
    if (card && card.id === key) cards.push(card);
  }
  cards.sort((a, b) => compareText(a.createdAt, b.createdAt) || compareText(a.id, b.id));
  const ballots: Record<string, Ballot> = {};
  for (const [key, value] of workshopMap(doc, 'votes')) {
    const ballot = parseBallot(value);
    if (ballot) ballots[key] = ballot;
  }
  const participants: Participant[] = [];
  for (const [key, value] of workshopMap(doc, 'participants')) {
    const participant = parseParticipant(value);
    if (participant && participant.id === key) participants.push(participant);
  }
  participants.sort((a, b) => compareText(a.joinedAt, b.joinedAt) || compareText(a.id, b.id));
  return { settings: parseSettings((key) => meta.get(key)), cards, ballots, participants };
}

/** Calls onChange once after every transaction that touched the werkatelier. */
export function observeWorkshop(doc: Y.Doc, onChange: () => void): () => void {
  const roots = new Set<object>(WORKSHOP_ROOT_KINDS.map((root) => workshopMap(doc, root)));
  const handler = (transaction: Y.Transaction) => {
    for (const type of transaction.changed.keys()) {
      if (roots.has(type)) return onChange();
    }
  };
  doc.on('afterTransaction', handler);
  return () => doc.off('afterTransaction', handler);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
