import type { EntityKind } from '../../shared/model/entities.ts';
import { adoptedVersion } from '../history/version-list.ts';
import { useSession } from '../programme/SessionContext.ts';
import { useStore } from '../programme/store.ts';
import { isCouncilOwned } from './council-write.ts';

/** True when this field is council-owned and the raad adopted a version (re-renders when one appears). */
export function useCouncilLock(kind: EntityKind | undefined, field: string | undefined): boolean {
  const session = useSession();
  const versions = useStore(session.versions.versions);
  if (!kind || !field || !isCouncilOwned(kind, field)) return false;
  return adoptedVersion(versions) !== null;
}
