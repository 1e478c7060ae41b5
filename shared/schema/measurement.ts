/**
 * A measurement (meting) of an indicator: one value for one period, with where it holds
 * (scope, subgroup), where it comes from (source, provisional or final, response) and, when the
 * officer judges the progress differently from the rule, their assessment with its explanation.
 * Measurements hang under goal indicators and result indicators and live in the programme's
 * Y.Doc like every other row, so they are co-edited, kept in the history and frozen in versions.
 *
 * The period is stored as written ("2025", "2025-Q3", "2025-10", "2024-01-01/2024-06-30",
 * "schooljaar 2023/2024"); shared/monitoring/period.ts reads it. The value is a number (a form or
 * an import reads Dutch notation through shared/indicator/number.ts before it is stored); null is
 * a qualitative measurement, which may still carry an assessment.
 */
import { choice, int, number, text } from './fields.ts';
import { FORMER_SCOPES, SCOPE_LABELS, UNIT_SUGGESTIONS } from './goal-indicator.ts';
import { defineRowKind } from './row-kind.ts';

const college = 'college' as const;

export const measurement = defineRowKind({
  kind: 'measurement',
  label: 'Meting',
  noun: 'meting',
  main: 'period',
  sheet: 'Metingen',
  parents: ['goalIndicator', 'resultIndicator'],
  fields: {
    period: text({
      label: 'Periode',
      hint: 'Bijvoorbeeld 2025, 2025-Q3, 2025-10 of 2024-01-01/2024-06-30',
      owner: college,
      column: { width: 16, position: 1 },
    }),
    value: number({ label: 'Waarde', hint: 'Bijvoorbeeld 3,6 of 1.234,5', owner: college, column: { width: 12, position: 2 } }),
    // null, not '': "no unit of its own" means the indicator's unit.
    unit: text({
      label: 'Eenheid',
      owner: college,
      empty: null,
      column: { width: 10, position: 3 },
      suggestions: UNIT_SUGGESTIONS,
    }),
    scope: choice({
      label: 'Schaal',
      owner: college,
      column: { width: 12, position: 4 },
      labels: SCOPE_LABELS,
      formerly: FORMER_SCOPES,
    }),
    subgroup: text({ label: 'Subgroep', hint: 'Bijvoorbeeld 12-17 jaar of een wijk; leeg voor iedereen', owner: college, column: { width: 18, position: 5 } }),
    source: text({ label: 'Bron', owner: college, column: { width: 24, position: 6 } }),
    /** Voorlopig or definitief; named apart from the indicator's lifecycle `status` (choice labels are per field name). */
    valueStatus: choice({
      label: 'Status van de meting',
      inputLabel: 'Status',
      owner: college,
      column: { header: 'Status', width: 12, position: 7 },
      labels: { provisional: 'voorlopig', final: 'definitief' },
    }),
    responseRate: number({ label: 'Respons (%)', hint: 'Bij een enquête: het deel dat antwoordde', owner: college, column: { width: 11, position: 8 } }),
    sampleSize: int({ label: 'Aantal waarnemingen (n)', inputLabel: 'Aantal waarnemingen (n)', owner: college, column: { header: 'n', width: 8, position: 9 } }),
    note: text({ label: 'Opmerking', owner: college, column: { width: 30, position: 10 } }),
    /** The officer's own judgement of the progress at this measurement; overrides the rule. */
    assessment: choice({
      label: 'Oordeel over de voortgang',
      inputLabel: 'Oordeel (laat leeg om de rekenregel te volgen)',
      owner: college,
      column: { header: 'Oordeel', width: 12, position: 11 },
      labels: { 'on-track': 'op koers', 'at-risk': 'risico', behind: 'achter', unknown: 'onbekend' },
    }),
    /** Required with an assessment: without it the assessment does not count. */
    assessmentNote: text({
      label: 'Toelichting bij het oordeel',
      hint: 'Verplicht bij een eigen oordeel',
      owner: college,
      column: { header: 'Toelichting oordeel', width: 40, position: 12 },
    }),
  },
});
