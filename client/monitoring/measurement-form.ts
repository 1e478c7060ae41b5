/**
 * What the Metingen panel's form writes: the typed texts read into a measurement's fields, with
 * a Dutch reason per field that does not fit. The value is read the Dutch way
 * (shared/indicator/number.ts: "3,6", "1.234,5"); a reading that could go two ways ("1.115") is
 * taken the Dutch way and said; the period must be one Koers can read, and is stored by its key.
 */
import type { FieldValue } from '../../shared/model/entities.ts';
import { parseDutchNumber } from '../../shared/indicator/index.ts';
import { parsePeriod } from '../../shared/monitoring/index.ts';

export interface MeasurementInput {
  period: string;
  value: string;
  scope: string;
  subgroup: string;
  source: string;
  valueStatus: string;
  responseRate: string;
  sampleSize: string;
  note: string;
  assessment: string;
  assessmentNote: string;
}

export const EMPTY_INPUT: MeasurementInput = {
  period: '',
  value: '',
  scope: '',
  subgroup: '',
  source: '',
  valueStatus: '',
  responseRate: '',
  sampleSize: '',
  note: '',
  assessment: '',
  assessmentNote: '',
};

export interface ReadForm {
  fields: Record<string, FieldValue>;
  /** Field -> Dutch reason; empty when the form may be saved. */
  problems: Partial<Record<keyof MeasurementInput, string>>;
  /** Said, not refused: "1.115 is gelezen als 1115". */
  notes: string[];
}

function number(text: string): { value: number | null; problem?: string; note?: string } {
  if (text.trim() === '') return { value: null };
  const read = parseDutchNumber(text.trim());
  if (!read) return { value: null, problem: `"${text.trim().slice(0, 30)}" is geen getal. Schrijf bijvoorbeeld 3,6 of 1.234,5.` };
  if (read.ambiguous) return { value: read.value, note: `${text.trim()} is gelezen als ${read.value} (punt = duizendtal). Bedoelde je ${read.alternative}? Schrijf dan ${String(read.alternative).replace('.', ',')}.` };
  return { value: read.value };
}

export function readForm(input: MeasurementInput): ReadForm {
  const problems: ReadForm['problems'] = {};
  const notes: string[] = [];
  const period = parsePeriod(input.period);
  if (input.period.trim() === '') problems.period = 'Vul de periode in, bijvoorbeeld 2025, 2025-Q3 of 2025-10.';
  else if (!period) problems.period = `Koers kan "${input.period.trim().slice(0, 40)}" niet als periode lezen. Schrijf bijvoorbeeld 2025, 2025-Q3, 2025-10 of 2024-01-01/2024-06-30.`;
  const value = number(input.value);
  if (value.problem) problems.value = value.problem;
  if (value.note) notes.push(value.note);
  const rate = number(input.responseRate);
  if (rate.problem) problems.responseRate = rate.problem;
  else if (rate.value !== null && (rate.value < 0 || rate.value > 100)) problems.responseRate = 'Vul een percentage tussen 0 en 100 in.';
  const n = number(input.sampleSize);
  if (n.problem) problems.sampleSize = n.problem;
  else if (n.value !== null && (!Number.isInteger(n.value) || n.value < 0)) problems.sampleSize = 'Vul een geheel aantal in.';
  if (value.value === null && !value.problem && input.assessment === '') problems.value = 'Vul een waarde in, of een eigen oordeel met toelichting.';
  if (input.assessment !== '' && input.assessmentNote.trim() === '') problems.assessmentNote = 'Bij een eigen oordeel hoort een toelichting; zonder toelichting telt het oordeel niet.';
  const text = (s: string) => s.trim();
  const choice = (s: string) => (s === '' ? null : s);
  return {
    fields: {
      period: period?.key ?? text(input.period),
      value: value.value,
      scope: choice(input.scope),
      subgroup: text(input.subgroup),
      source: text(input.source),
      valueStatus: choice(input.valueStatus),
      responseRate: rate.value,
      sampleSize: n.value,
      note: text(input.note),
      assessment: choice(input.assessment),
      assessmentNote: text(input.assessmentNote),
    },
    problems,
    notes,
  };
}
