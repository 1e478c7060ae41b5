/** The werkatelier Y.Doc: everything outside this folder goes through these functions. */
export { WORKSHOP_ROOTS, WORKSHOP_ROOT_KINDS, type WorkshopRoot } from './layout.ts';
export { readWorkshop, observeWorkshop } from './read.ts';
export {
  initWorkshop,
  addParticipant,
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
  type WorkshopKeysChanged,
  type KeyChange,
  type WorkshopUpdatePreview,
} from './changes.ts';
export type { WorkshopState } from '../../workshop/state.ts';
