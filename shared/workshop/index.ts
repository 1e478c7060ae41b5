/** The werkatelier as plain data and pure rules; its Y.Doc lives behind shared/doc/workshop. */
export * from './types.ts';
export * from './api.ts';
export type { WorkshopState } from './state.ts';
export { DEFAULT_DOTS } from './state.ts';
export {
  DEFAULT_SETTINGS,
  MAX_ID_LENGTH,
  MAX_TITLE_LENGTH,
  cardTextProblem,
  isCardType,
  isDotCount,
  isValidSetting,
  isVotingMode,
  parseBallot,
  parseCard,
  parseParticipant,
  parseSettings,
  participantNameProblem,
} from './parse.ts';
export { goalLabel, parseScope, scopeLabel, sliceOf } from './slice.ts';
export { PROPOSAL_PREFIX, proposalItemId, voteItems } from './items.ts';
export { checkBallot } from './ballot.ts';
export { tally } from './tally.ts';
export { buildOutcome, placeLabel, type OutcomeInput } from './outcome.ts';
export { COMPARE_LABELS, COMPARE_WITH, asdList, compareRankings, normaliseText, outcomeList, type CompareWith, type RankedEntry } from './compare.ts';
export { DISPOSITION_LABELS, MAX_NOTE_LENGTH, describeDisposition, latestDispositions, parseDisposition } from './disposition.ts';
