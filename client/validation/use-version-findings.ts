/**
 * The findings of a frozen version, for the Problemen panel beside it: the same engine and
 * context as the live page, run once on the version as it was frozen. Acknowledgements are not
 * part of a version, so its warnings show unacknowledged. Null while no version is shown or it
 * is still loading.
 */
import { useMemo } from 'react';
import { CURRENT_IN_ROUTE } from '../app/route.ts';
import { useVersionProgramme } from '../history/use-version-programme.ts';
import type { Session } from '../programme/session.ts';
import { sourceValidationContext } from '../../shared/seed/source-context.ts';
import { isoDate } from '../../shared/text/dutch.ts';
import { validateProgramme } from '../../shared/validation/index.ts';
import { indexFindings, type FindingIndex } from './finding-index.ts';

export function useVersionFindings(session: Session, versionId: string | null): FindingIndex | null {
  const loaded = useVersionProgramme(session, versionId ?? CURRENT_IN_ROUTE);
  const programme = versionId !== null && loaded.state === 'ready' ? loaded.value : null;
  return useMemo(() => {
    if (!programme) return null;
    const today = isoDate(new Date());
    return indexFindings(programme, validateProgramme(programme, sourceValidationContext(programme, [programme], today)));
  }, [programme]);
}
