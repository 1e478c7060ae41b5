/**
 * The update policy of werkatelier rooms. Participants write into the same doc as the
 * facilitator, so every key an update would change is judged against who sent it, with its
 * old and new value (previewWorkshopUpdate, built on the room's description of the update): a participant only their own cards and their own ballot, a facilitator
 * only the running of the session (focus, timer, voting) and moderation. Anything else closes
 * the socket with 4422 and is never stored: a crafted update is not a glitch to recover from.
 */
import { previewWorkshopUpdate, writtenValues, type KeyChange } from '../../shared/doc/workshop/index.ts';
import { CLOSE } from '../../shared/protocol.ts';
import { checkBallot } from '../../shared/workshop/ballot.ts';
import { lowersDotsAfterVotes } from '../../shared/workshop/dots-rule.ts';
import { voteItems } from '../../shared/workshop/items.ts';
import { isValidSetting, parseBallot, parseCard } from '../../shared/workshop/parse.ts';
import type { WorkshopState } from '../../shared/workshop/state.ts';
import { workshopIdOfDoc } from '../../shared/workshop/api.ts';
import type { Principal } from '../auth/principal.ts';
import { updatePolicy, type UpdateDecision, type UpdatePolicy } from '../sync/update-policy.ts';
import type { CachedSlice } from './slice-cache.ts';

/** Meta keys a facilitator's screen may change; title and state belong to the server. */
const FACILITATOR_META_KEYS: ReadonlySet<string> = new Set(['focusRowId', 'timerEndsAt', 'votingOpen', 'votingMode', 'dots']);

/** Far above what one person writes in an evening; a flood is not input. */
const MAX_CARDS_PER_AUTHOR = 200;

export interface PolicyDeps {
  /** The slice of an open werkatelier (cached), or null when the werkatelier is unknown. */
  sliceOf(workshopId: string): CachedSlice | null;
}

export function workshopPolicy(deps: PolicyDeps): UpdatePolicy {
  return updatePolicy((description, conn, doc): UpdateDecision => {
    if (conn.access === 'read') return { close: null, reason: 'read access: updates are not accepted in a werkatelier' };
    const workshopId = workshopIdOfDoc(conn.docId);
    const slice = workshopId === null ? null : deps.sliceOf(workshopId);
    if (!slice || (conn.access !== 'participate' && conn.access !== 'facilitate')) {
      return reject(`${conn.access} access cannot write werkatelier ${conn.docId}`);
    }
    if (conn.access === 'participate' && (conn.principal.kind !== 'participant' || conn.principal.workshopId !== workshopId)) {
      return reject('participant of another werkatelier');
    }
    const preview = previewWorkshopUpdate(doc, description.bytes, description);
    if (!preview.ok) {
      return preview.problem === 'missing-dependency'
        ? { close: CLOSE.missingDependency, reason: 'update builds on items the room does not have' }
        : reject('unreadable update');
    }
    if (preview.keys.other) return reject('update touches something outside the werkatelier maps');
    // Every written value is judged, also one that loses its conflict and never shows: it is stored all the same.
    const written = writtenValues(description, doc);
    if (written.dead) return reject('writes under a deleted parent');
    if (written.other) return reject('writes something other than a plain value');
    if (preview.changes.length === 0 && written.writes.length === 0) return null;
    if (preview.settingsBefore.state === 'closed') return conn.access === 'facilitate' ? { close: null, reason: 'werkatelier is closed' } : reject('werkatelier is closed');
    const judge = conn.access === 'participate' ? participantProblem : facilitatorProblem;
    for (const change of [...preview.changes, ...written.writes]) {
      const problem = judge(change, conn.principal, preview.state, slice);
      if (problem) return reject(`${change.root}/${change.key.slice(0, 64)}: ${problem}`);
    }
    return null;
  });
}

function reject(reason: string): UpdateDecision {
  return { close: CLOSE.updateRejected, reason };
}

type Judge = (change: KeyChange, principal: Principal, after: WorkshopState, slice: CachedSlice) => string | null;

const participantProblem: Judge = (change, principal, after, slice) => {
  // A removed participant's last frames may still be on the wire when their socket closes.
  if (!after.participants.some((p) => p.id === principal.id)) return 'not (or no longer) a participant of this werkatelier';
  switch (change.root) {
    case 'cards':
      return ownCardProblem(change, principal, after, slice);
    case 'votes': {
      if (change.key !== principal.id) return "another participant's ballot";
      if (after.settings.state !== 'open' || !after.settings.votingOpen) return 'voting is not open';
      if (change.after === undefined) return null;
      const ballot = parseBallot(change.after);
      if (!ballot) return 'not a ballot';
      const itemIds = new Set(voteItems(slice.rows, after.cards).map((item) => item.id));
      return checkBallot(ballot, after.settings, itemIds);
    }
    default:
      return `participants cannot change ${change.root}`;
  }
};

const facilitatorProblem: Judge = (change, principal, after, slice) => {
  switch (change.root) {
    case 'meta':
      if (!FACILITATOR_META_KEYS.has(change.key)) return `facilitators cannot change meta key ${change.key}`;
      if (!isValidSetting(change.key, change.after)) return 'invalid setting value';
      if (change.key === 'dots' && lowersDotsAfterVotes(change.before, change.after, Object.keys(after.ballots).length)) return 'fewer dots after votes were cast';
      if (change.key === 'focusRowId' && change.after !== null && !slice.rowIds.has(change.after as string)) return 'focus on a row outside the slice';
      return null;
    case 'cards':
      // Moderation: any card may go. A card the facilitator writes is their own, like anyone's.
      if (change.after === undefined) return null;
      return ownCardProblem(change, principal, after, slice);
    default:
      return `facilitators cannot change ${change.root}`;
  }
};

function ownCardProblem(change: KeyChange, principal: Principal, after: WorkshopState, slice: CachedSlice): string | null {
  const previous = change.before === undefined ? null : parseCard(change.before);
  if (change.before !== undefined && previous?.authorId !== principal.id) return "someone else's card";
  if (change.after === undefined) return null;
  const card = parseCard(change.after);
  if (!card) return 'not a card';
  if (card.id !== change.key) return 'card id differs from its key';
  if (card.authorId !== principal.id || card.authorName !== principal.name) return 'card written in someone else’s name';
  if (previous && previous.createdAt !== card.createdAt) return 'card time changed';
  if (!slice.rowIds.has(card.rowId)) return 'card on a row outside the slice';
  if (after.cards.filter((c) => c.authorId === principal.id).length > MAX_CARDS_PER_AUTHOR) return 'too many cards';
  return null;
}
