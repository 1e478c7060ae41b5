/** The werkatelier as plain data and pure rules; its Y.Doc lives behind shared/doc/workshop. */
export * from './types.ts';
export * from './api.ts';
export type { WorkshopState } from './state.ts';
export { voteItems } from './items.ts';
export { checkBallot } from './ballot.ts';
export { tally } from './tally.ts';
export { placeLabel } from './outcome.ts';
