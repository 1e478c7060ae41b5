/**
 * "Zo gelezen": how the shared parser reads the text as it is typed: the one-line description
 * and the parts it found, plus what it could not read. The text itself is never changed by it.
 */
import { describePeriod, formatDutchNumber, type ParsedCell } from '../../shared/indicator/index.ts';
import { LevelIcon } from '../validation/LevelIcon.tsx';
import { withUnit } from './compose.ts';
import { DIRECTION_LABELS, plainNumber, SCOPE_OPTION_LABELS, STATUS_LABELS, type CellRole } from './parts.ts';

function rows(cell: ParsedCell, role: CellRole, defaultTargetYear: number | null): [string, string][] {
  const out: [string, string][] = [];
  if (role === 'target') {
    const [main, ...rest] = cell.comparators;
    if (main) {
      out.push(['Vergelijking', DIRECTION_LABELS[main.kind]]);
      if (main.value !== null) out.push([main.kind === 'range' ? 'Van' : 'Waarde', withUnit(main.value, main.unit)]);
      if (main.high !== null) out.push(['Tot en met', withUnit(main.high, main.unit)]);
      if (main.percent !== null) out.push(['Verandering', `${formatDutchNumber(main.percent)}%`]);
      if (main.unit) out.push(['Eenheid', main.unit]);
      if (main.subgroup) out.push(['Groep', main.subgroup]);
      for (const c of rest.filter((x) => x.subgroup)) {
        out.push([c.subgroup!, `${DIRECTION_LABELS[c.kind]}${c.value !== null ? ` ${withUnit(c.value, c.unit)}` : ''}`]);
      }
    }
    if (cell.targetYear !== null) out.push(['Doeljaar', String(cell.targetYear)]);
    else if (main && defaultTargetYear !== null) out.push(['Doeljaar', `${defaultTargetYear} (einde programma, niet in de tekst)`]);
  } else {
    const measures = cell.measures.filter((m) => m.role === 'primary' || m.role === 'additional');
    for (const m of measures) {
      const name = m.subgroup ?? (m === measures[0] ? 'Waarde' : 'Ook');
      out.push([name, `${withUnit(m.value, m.unit)}${m.label && m.unit !== 'dagen' && m.unit !== 'weken' ? ` ${m.label}` : ''}`]);
      if (m === measures[0]) {
        if (m.unit) out.push(['Eenheid', m.unit]);
        if (m.period) out.push(['Jaar', describePeriod(m.period)]);
        if (m.scope) out.push(['Schaal', SCOPE_OPTION_LABELS[m.scope]]);
      }
    }
    const earlier = cell.measures.filter((m) => m.role === 'historic').length;
    if (earlier > 0) out.push(['Eerdere metingen', String(earlier)]);
  }
  if (cell.status && cell.status.status !== 'measurable') {
    out.push(['Status', `${STATUS_LABELS[cell.status.status]}${cell.status.year ? ` (${cell.status.year})` : ''}`]);
    if (cell.status.reason) out.push(['Reden', cell.status.reason]);
    if (cell.status.reference) out.push(['Verwijzing', cell.status.reference]);
  }
  return out;
}

export function ParsedReading({
  id,
  cell,
  role,
  defaultTargetYear,
}: {
  id: string;
  cell: ParsedCell;
  role: CellRole;
  defaultTargetYear: number | null;
}) {
  const found = rows(cell, role, defaultTargetYear);
  return (
    <section className="parsed-reading" aria-labelledby={`${id}-titel`}>
      <h3 id={`${id}-titel`} className="parsed-title">
        Zo gelezen
      </h3>
      <p id={id} className="parsed-description" aria-live="polite">
        {cell.description}
      </p>
      {found.length > 0 && (
        <dl className="parsed-parts">
          {found.map(([term, value], i) => (
            <div key={`${term}-${i}`}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {cell.unparsed && (
        <p className="parsed-flag">
          <LevelIcon level="warning" /> De tekst noemt geen waarde, vergelijking of status die Koers herkent. Hij wordt
          bewaard zoals je hem typt; de controle meldt het bij Problemen.
        </p>
      )}
      {cell.numberIssues.map((n) => (
        <p key={`${n.start}-${n.text}`} className="parsed-flag">
          <LevelIcon level="warning" /> "{n.text}" is gelezen als {plainNumber(n.value)}
          {n.alternative !== null ? `, maar kan ook ${plainNumber(n.alternative)} betekenen` : ''}.
        </p>
      ))}
    </section>
  );
}
