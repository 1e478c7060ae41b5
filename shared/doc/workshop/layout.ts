/**
 * The Y.Doc layout of one werkatelier. Four root maps holding plain JSON values only, no
 * nested Y types: every change is then one key of one root map, which the server can check
 * against who wrote it before anything is stored.
 *
 *   werkatelier:meta           key of WorkshopSettings -> value
 *   werkatelier:cards          cardId -> WorkshopCard
 *   werkatelier:votes          participantId -> Ballot
 *   werkatelier:participants   participantId -> Participant
 */
import * as Y from 'yjs';

export const WORKSHOP_ROOTS = {
  meta: 'werkatelier:meta',
  cards: 'werkatelier:cards',
  votes: 'werkatelier:votes',
  participants: 'werkatelier:participants',
} as const;

export type WorkshopRoot = keyof typeof WORKSHOP_ROOTS;

export const WORKSHOP_ROOT_KINDS = Object.keys(WORKSHOP_ROOTS) as WorkshopRoot[];

export function workshopMap(doc: Y.Doc, root: WorkshopRoot): Y.Map<unknown> {
  return doc.getMap(WORKSHOP_ROOTS[root]);
}
