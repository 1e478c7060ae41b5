/**
 * A programme laid out like the council document (rail, goals, tables), for the live document
 * and for a frozen version alike: what differs (editing, findings, presence, differences)
 * comes from the contexts around it.
 */
import { useMemo, type ReactNode } from 'react';
import type { Programme } from '../../shared/model/types.ts';
import type { FindingIndex } from '../validation/finding-index.ts';
import { GoalSection } from './GoalSection.tsx';
import { Rail } from './Rail.tsx';
import { ProgrammeButtons } from './SectionButtons.tsx';
import { OrphansSection } from './orphans/OrphansSection.tsx';
import { PrioritiesSection } from './priorities/PrioritiesSection.tsx';
import { useLiveTargetHeader } from '../programmes/LiveHeaders.tsx';

export function ProgrammeContent({ programme, findings, before }: { programme: Programme; findings: FindingIndex; before?: ReactNode }) {
  const liveTargetHeader = useLiveTargetHeader();
  const derivedTargetHeader = useMemo(() => {
    const end = /(\d{4})\s*$/.exec(programme.period ?? '')?.[1];
    return end ? `Streefwaarde ${end}` : 'Streefwaarde';
  }, [programme.period]);
  const targetHeader = liveTargetHeader ?? derivedTargetHeader;
  return (
    <>
      <Rail programme={programme} findings={findings} />
      <main id="inhoud" tabIndex={-1} className="programme-main">
        {before}
        {programme.goals.map((goal, i) => (
          <GoalSection key={goal.id} goal={goal} targetHeader={targetHeader} index={i} count={programme.goals.length} />
        ))}
        {programme.goals.length === 0 && <p>Dit programma heeft nog geen doelen.</p>}
        <ProgrammeButtons />
        <PrioritiesSection programme={programme} />
        <OrphansSection programme={programme} />
      </main>
    </>
  );
}
