/** The current user's rights in the open programme, live: a role change shows without a reload. */
import type { Right } from '../../shared/auth/roles.ts';
import { useSession } from './SessionContext.ts';
import { useStore } from './store.ts';

export function useCan(right: Right): boolean {
  return useStore(useSession().rights).has(right);
}

/** Shown in the top bar when the role gives no 'edit' right. */
export function readOnlyNote(canComment: boolean): string {
  return canComment ? 'Alleen lezen — je kunt opmerkingen plaatsen' : 'Alleen lezen';
}
