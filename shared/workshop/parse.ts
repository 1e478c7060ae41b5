/**
 * Reads untrusted values (from a Y.Doc any participant writes to, or a request body) into the
 * werkatelier types. Each parser returns null for anything that does not fit exactly, so a
 * reader can skip garbage and the server's policy can refuse it with the same rules.
 */
import {
  CARD_TYPES,
  MAX_CARD_TEXT,
  MAX_DOTS,
  MAX_PARTICIPANT_NAME,
  TOP_N,
  VOTING_MODES,
  type Ballot,
  type CardType,
  type Participant,
  type VotingMode,
  type WorkshopCard,
  type WorkshopSettings,
} from './types.ts';
import { DEFAULT_DOTS } from './state.ts';

/** Ids are machine-made (uuids, row ids); anything longer is not one of ours. */
export const MAX_ID_LENGTH = 128;
const MAX_TIME_LENGTH = 40;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH;
}

function isTime(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_TIME_LENGTH && !Number.isNaN(Date.parse(value));
}

function isCardType(value: unknown): value is CardType {
  return typeof value === 'string' && (CARD_TYPES as readonly string[]).includes(value);
}

export function isVotingMode(value: unknown): value is VotingMode {
  return typeof value === 'string' && (VOTING_MODES as readonly string[]).includes(value);
}

export function isDotCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_DOTS;
}

/** A card's text after trimming; empty or too long texts are refused by parseCard. */
export function cardTextProblem(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.length === 0) return 'Schrijf eerst iets op de kaart.';
  if (trimmed.length > MAX_CARD_TEXT) return `Een kaart mag hoogstens ${MAX_CARD_TEXT} tekens hebben.`;
  return null;
}

export function participantNameProblem(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed.length === 0) return 'Vul je naam in.';
  if (trimmed.length > MAX_PARTICIPANT_NAME) return `Een naam mag hoogstens ${MAX_PARTICIPANT_NAME} tekens hebben.`;
  return null;
}

export function parseCard(value: unknown): WorkshopCard | null {
  if (!isRecord(value)) return null;
  const { id, rowId, type, text, authorId, authorName, createdAt } = value;
  if (!isId(id) || !isId(rowId) || !isCardType(type) || !isId(authorId) || !isTime(createdAt)) return null;
  if (typeof text !== 'string' || cardTextProblem(text) !== null) return null;
  if (typeof authorName !== 'string' || participantNameProblem(authorName) !== null) return null;
  return { id, rowId, type, text, authorId, authorName, createdAt };
}

/** Structure only; whether the ballot fits the current items and settings is checkBallot's job. */
export function parseBallot(value: unknown): Ballot | null {
  if (!isRecord(value)) return null;
  if (value.kind === 'stippen') {
    const { dots } = value;
    if (!isRecord(dots)) return null;
    const entries = Object.entries(dots);
    // More entries than anyone could fill with MAX_DOTS is not a ballot but a payload.
    if (entries.length > MAX_DOTS * 2) return null;
    const clean: Record<string, number> = {};
    for (const [item, count] of entries) {
      if (!isId(item) || typeof count !== 'number' || !Number.isInteger(count) || count < 0) return null;
      clean[item] = count;
    }
    return { kind: 'stippen', dots: clean };
  }
  if (value.kind === 'top10') {
    const { ranking } = value;
    if (!Array.isArray(ranking) || ranking.length > TOP_N || !ranking.every(isId)) return null;
    return { kind: 'top10', ranking: [...ranking] };
  }
  return null;
}

export function parseParticipant(value: unknown): Participant | null {
  if (!isRecord(value)) return null;
  const { id, name, joinedAt } = value;
  if (!isId(id) || typeof name !== 'string' || participantNameProblem(name) !== null || !isTime(joinedAt)) return null;
  return { id, name, joinedAt };
}

/** True when the value fits this meta key (null is valid for focusRowId and timerEndsAt). */
export function isValidSetting(key: string, value: unknown): boolean {
  switch (key) {
    case 'title':
      return typeof value === 'string' && value.trim().length > 0 && value.length <= MAX_TITLE_LENGTH;
    case 'state':
      return value === 'open' || value === 'closed';
    case 'votingMode':
      return isVotingMode(value);
    case 'dots':
      return isDotCount(value);
    case 'votingOpen':
      return typeof value === 'boolean';
    case 'focusRowId':
      return value === null || isId(value);
    case 'timerEndsAt':
      return value === null || (typeof value === 'number' && Number.isFinite(value) && value >= 0);
    default:
      return false;
  }
}

export const MAX_TITLE_LENGTH = 120;

export const DEFAULT_SETTINGS: WorkshopSettings = {
  title: '',
  state: 'open',
  votingMode: 'stippen',
  dots: DEFAULT_DOTS,
  votingOpen: false,
  focusRowId: null,
  timerEndsAt: null,
};

/** Settings from a meta map, falling back to the default for every unreadable key. */
export function parseSettings(get: (key: keyof WorkshopSettings) => unknown): WorkshopSettings {
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof WorkshopSettings)[]) {
    const value = get(key);
    if (isValidSetting(key, value)) settings[key] = value;
  }
  return settings as unknown as WorkshopSettings;
}
