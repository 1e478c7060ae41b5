/**
 * "Uit de nulmeting": what the nulmeting of a goal indicator already says (its structured value,
 * earlier years its text mentions), offered as measurements. One click ("Maak meting") adds them
 * all as one change, undone by one Ctrl+Z; each value is shown first, as text.
 */
import { useMemo } from 'react';
import type { GoalIndicator } from '../../shared/model/types.ts';
import { formatDutchNumber } from '../../shared/indicator/index.ts';
import { measurementsInBaseline, parsePeriod } from '../../shared/monitoring/index.ts';
import { addMeasurements } from '../actions/measurement-actions.ts';
import { useSession } from '../programme/SessionContext.ts';

const NOTE = { structured: 'Overgenomen uit de nulmeting', text: 'Overgenomen uit de tekst van de nulmeting' } as const;

export function FromBaseline({ indicator, code }: { indicator: GoalIndicator; code: string }) {
  const session = useSession();
  const lifted = useMemo(() => measurementsInBaseline(indicator), [indicator]);
  if (lifted.length === 0) return null;
  const make = () => {
    const rows = lifted.map((m) => ({ period: m.period, value: m.value, note: NOTE[m.from] }));
    const outcome = session.actions.run(addMeasurements, { indicatorId: indicator.id, rows });
    if (outcome.ok) session.notify(`${rows.length === 1 ? '1 meting' : `${rows.length} metingen`} uit de nulmeting toegevoegd aan ${code}.`, 'info');
  };
  return (
    <section className="measurements-from-baseline" aria-label="Uit de nulmeting">
      <h3>Uit de nulmeting</h3>
      <p>De nulmeting noemt {lifted.length === 1 ? 'deze waarde' : 'deze waarden'}, die nog niet in de reeks {lifted.length === 1 ? 'staat' : 'staan'}:</p>
      <ul>
        {lifted.map((m) => (
          <li key={m.period}>
            {parsePeriod(m.period)?.label ?? m.period}: {formatDutchNumber(m.value, 3)}
          </li>
        ))}
      </ul>
      <button type="button" className="button small" onClick={make}>
        Maak meting
      </button>
    </section>
  );
}
