/** The werkatelier Y.Doc: everything outside this folder goes through these functions. */
export { readWorkshop, observeWorkshop } from './read.ts';
export {
  initWorkshop,
  addParticipant,
  removeParticipant,
  addCard,
  removeCard,
  castBallot,
  setFocus,
  startTimer,
  stopTimer,
  setVoting,
  markClosed,
} from './operations.ts';
export {
  workshopKeysChangedBy,
  previewWorkshopUpdate,
  type KeyChange,
} from './changes.ts';
export { writtenValues } from './written-values.ts';
