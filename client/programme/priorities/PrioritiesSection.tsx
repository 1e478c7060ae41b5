/**
 * "Prioriteiten van de adviesraad": the ranking the advisory body gave of this programme's
 * results, after the goals. It is data of the programme, so whoever may edit the programme can
 * correct it here (V36 points at these cells), and a werkatelier's ranking is compared with it.
 */
import { memo } from 'react';
import type { Programme } from '../../../shared/model/types.ts';
import { useLiveAdvisoryBody } from '../../programmes/LiveHeaders.tsx';
import { useViewMode } from '../view-mode.ts';
import { PriorityTable } from './PriorityTable.tsx';
import './priorities.css';

const HEADING_ID = 'kop-prioriteiten';

export const PrioritiesSection = memo(function PrioritiesSection({ programme }: { programme: Programme }) {
  const body = useLiveAdvisoryBody() ?? 'adviesraad';
  const priorities = programme.priorities ?? [];
  const { readOnly } = useViewMode();
  return (
    <section id="prioriteiten" className="priorities" aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID} className="priorities-heading" tabIndex={-1}>
        Prioriteiten van de {body}
      </h2>
      <p className="priorities-intro">
        {priorities.length > 0
          ? `Plaats 1 is de hoogste prioriteit.${readOnly ? '' : ' Een gedeelde plaats markeer je als gelijke stand.'}`
          : readOnly
            ? 'Er is geen rangschikking vastgelegd.'
            : 'Nog geen rangschikking vastgelegd. Voeg een rij toe per resultaat, met zijn plaats (1 is de hoogste prioriteit).'}
      </p>
      <PriorityTable priorities={priorities} label={`Prioriteiten van de ${body}`} />
    </section>
  );
});
