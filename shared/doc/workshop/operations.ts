/**
 * The only functions that change a werkatelier doc. Each is one transaction and writes whole
 * values to single keys, so the server's policy can judge every update key by key.
 * They refuse what the server would refuse, so a screen finds out before the socket closes.
 */
import * as Y from 'yjs';
import { DocError } from '../errors.ts';
import { cardTextProblem, isDotCount, isVotingMode, parseBallot, parseCard, parseParticipant } from '../../workshop/parse.ts';
import { MAX_DOTS, type Ballot, type Participant, type WorkshopCard, type WorkshopSettings } from '../../workshop/types.ts';
import { DOTS_LOWERED_AFTER_VOTES, lowersDotsAfterVotes } from '../../workshop/dots-rule.ts';
import { workshopMap } from './layout.ts';

export function initWorkshop(doc: Y.Doc, settings: WorkshopSettings): void {
  doc.transact(() => {
    const meta = workshopMap(doc, 'meta');
    for (const [key, value] of Object.entries(settings)) meta.set(key, value);
  });
}

export function addParticipant(doc: Y.Doc, participant: Participant): void {
  const clean = parseParticipant(participant);
  if (!clean) throw new DocError('invalid-value', 'Deze deelnemer kunnen we niet toevoegen.');
  doc.transact(() => workshopMap(doc, 'participants').set(clean.id, clean));
}

/** Only the server does this: a removed participant's ballot no longer counts; their cards stay. */
export function removeParticipant(doc: Y.Doc, participantId: string): boolean {
  const participants = workshopMap(doc, 'participants');
  const votes = workshopMap(doc, 'votes');
  if (!participants.has(participantId) && !votes.has(participantId)) return false;
  doc.transact(() => {
    participants.delete(participantId);
    votes.delete(participantId);
  });
  return true;
}

export function addCard(doc: Y.Doc, card: WorkshopCard): void {
  const problem = typeof card.text === 'string' ? cardTextProblem(card.text) : 'Schrijf eerst iets op de kaart.';
  if (problem) throw new DocError('invalid-value', problem);
  const clean = parseCard({ ...card, text: card.text.trim() });
  if (!clean) throw new DocError('invalid-value', 'Deze kaart kunnen we niet bewaren.');
  doc.transact(() => workshopMap(doc, 'cards').set(clean.id, clean));
}

export function removeCard(doc: Y.Doc, cardId: string): void {
  const cards = workshopMap(doc, 'cards');
  if (!cards.has(cardId)) return;
  doc.transact(() => cards.delete(cardId));
}

/** null takes the participant's vote back. */
export function castBallot(doc: Y.Doc, participantId: string, ballot: Ballot | null): void {
  const votes = workshopMap(doc, 'votes');
  if (ballot === null) {
    if (votes.has(participantId)) doc.transact(() => votes.delete(participantId));
    return;
  }
  const clean = parseBallot(ballot);
  if (!clean) throw new DocError('invalid-value', 'Deze stem kunnen we niet lezen.');
  doc.transact(() => votes.set(participantId, clean));
}

export function setFocus(doc: Y.Doc, rowId: string | null): void {
  setMeta(doc, { focusRowId: rowId });
}

export function startTimer(doc: Y.Doc, seconds: number, now: number = Date.now()): void {
  if (!Number.isFinite(seconds) || seconds <= 0) throw new DocError('invalid-value', 'Kies een tijd van meer dan 0 seconden.');
  setMeta(doc, { timerEndsAt: Math.round(now + seconds * 1000) });
}

export function stopTimer(doc: Y.Doc): void {
  setMeta(doc, { timerEndsAt: null });
}

export function setVoting(doc: Y.Doc, patch: Partial<Pick<WorkshopSettings, 'votingOpen' | 'votingMode' | 'dots'>>): void {
  if (patch.votingMode !== undefined && !isVotingMode(patch.votingMode)) throw new DocError('invalid-value', 'Onbekende manier van stemmen.');
  if (patch.dots !== undefined && !isDotCount(patch.dots)) throw new DocError('invalid-value', `Kies een aantal stippen van 1 tot ${MAX_DOTS}.`);
  if (patch.votingOpen !== undefined && typeof patch.votingOpen !== 'boolean') throw new DocError('invalid-value', 'Stemmen is open of dicht.');
  if (patch.dots !== undefined && lowersDotsAfterVotes(workshopMap(doc, 'meta').get('dots'), patch.dots, workshopMap(doc, 'votes').size)) {
    throw new DocError('invalid-value', DOTS_LOWERED_AFTER_VOTES);
  }
  setMeta(doc, patch);
}

/** Only the server does this, when the werkatelier closes; clients cannot write the state. */
export function markClosed(doc: Y.Doc): void {
  setMeta(doc, { state: 'closed', votingOpen: false, timerEndsAt: null });
}

function setMeta(doc: Y.Doc, patch: Partial<WorkshopSettings>): void {
  const meta = workshopMap(doc, 'meta');
  // Unchanged keys are not written: a no-op update would still reach everyone.
  const changed = Object.entries(patch).filter(([key, value]) => value !== undefined && meta.get(key) !== value);
  if (changed.length === 0) return;
  doc.transact(() => {
    for (const [key, value] of changed) meta.set(key, value);
  });
}
