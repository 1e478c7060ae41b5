/**
 * The shared werkatelier logic the screens use, gathered in one place so the screens do not
 * depend on how shared/ splits it into files.
 */
export {
  readWorkshop,
  observeWorkshop,
  addCard,
  removeCard,
  castBallot,
  setFocus,
  startTimer,
  stopTimer,
  setVoting,
} from '../../shared/doc/workshop/index.ts';
export { voteItems, checkBallot, tally, placeLabel } from '../../shared/workshop/index.ts';
export type { WorkshopState } from '../../shared/workshop/index.ts';
