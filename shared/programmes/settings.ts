/**
 * Programme settings as plain data and the checks on what a user sends for them (REST and the
 * settings dialog use the same checks, so a message in the dialog is the one the server gives).
 */

export interface LevelLabels {
  opgave: string;
  doel: string;
  uitwerking: string;
  resultaat: string;
}

export interface ProgrammeSettings {
  municipality: string;
  /** Null only for an old programme whose stored period has no two years. */
  periodStart: number | null;
  periodEnd: number | null;
  baselineHeader: string;
  targetHeader: string;
  advisoryBody: string;
  council: string;
  levelLabels: LevelLabels;
}

export const DEFAULT_SETTINGS_WORDS = {
  advisoryBody: 'Adviesraad Sociaal Domein',
  council: 'gemeenteraad',
  levelLabels: { opgave: 'Opgave', doel: 'Doel', uitwerking: 'Uitwerking', resultaat: 'Resultaat' },
} as const;

/** The longest period a programme may span, in years from start to end. */
const MAX_PERIOD_SPAN = 10;
const MAX_TEXT = 200;

export function periodText(start: number, end: number): string {
  return `${start}-${end}`;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string; field: string };

const fail = (field: string, error: string): { ok: false; error: string; field: string } => ({ ok: false, error, field });

function checkText(body: Record<string, unknown>, field: string, label: string, required: boolean): Checked<string | undefined> {
  const value = body[field];
  if (value === undefined && !required) return { ok: true, value: undefined };
  if (typeof value !== 'string') return fail(field, `Vul ${label} in.`);
  const trimmed = value.trim();
  if (trimmed === '') return fail(field, `Vul ${label} in.`);
  if (trimmed.length > MAX_TEXT) return fail(field, `${capital(label)} mag hoogstens ${MAX_TEXT} tekens lang zijn.`);
  return { ok: true, value: trimmed };
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function checkYear(value: unknown, field: string, label: string): Checked<number> {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^\d{4}$/.test(text)) return fail(field, `Geef ${label} als jaartal van vier cijfers, bijvoorbeeld 2027.`);
  return { ok: true, value: Number(text) };
}

function checkPeriod(startValue: unknown, endValue: unknown): Checked<{ start: number; end: number }> {
  const start = checkYear(startValue, 'periodStart', 'het beginjaar');
  if (!start.ok) return start;
  const end = checkYear(endValue, 'periodEnd', 'het eindjaar');
  if (!end.ok) return end;
  if (end.value < start.value) return fail('periodEnd', 'Het eindjaar ligt vóór het beginjaar.');
  if (end.value - start.value > MAX_PERIOD_SPAN) return fail('periodEnd', `Een periode beslaat hoogstens ${MAX_PERIOD_SPAN} jaar.`);
  return { ok: true, value: { start: start.value, end: end.value } };
}

export interface NewProgrammeInput {
  name: string;
  settings: ProgrammeSettings;
}

function isObject(body: unknown): body is Record<string, unknown> {
  return typeof body === 'object' && body !== null && !Array.isArray(body);
}

/** POST /api/documents: name, municipality and period; the rest of the settings start as defaults. */
export function checkNewProgramme(body: unknown): Checked<NewProgrammeInput> {
  if (!isObject(body)) return fail('name', 'Stuur een naam, gemeente en periode.');
  const name = checkText(body, 'name', 'de naam', true);
  if (!name.ok) return name;
  const municipality = checkText(body, 'municipality', 'de gemeente', true);
  if (!municipality.ok) return municipality;
  const period = checkPeriod(body.periodStart, body.periodEnd);
  if (!period.ok) return period;
  return {
    ok: true,
    value: {
      name: name.value!,
      settings: {
        municipality: municipality.value!,
        periodStart: period.value.start,
        periodEnd: period.value.end,
        baselineHeader: `Nulmeting ${period.value.start}`,
        targetHeader: `Streefwaarde ${period.value.end}`,
        advisoryBody: DEFAULT_SETTINGS_WORDS.advisoryBody,
        council: DEFAULT_SETTINGS_WORDS.council,
        levelLabels: { ...DEFAULT_SETTINGS_WORDS.levelLabels },
      },
    },
  };
}

const TEXT_SETTINGS = [
  ['municipality', 'de gemeente'],
  ['baselineHeader', 'de kop van de nulmeting'],
  ['targetHeader', 'de kop van de streefwaarde'],
  ['advisoryBody', 'de naam van de adviesraad'],
  ['council', 'de naam van de raad'],
] as const;

const LEVELS = [
  ['opgave', 'het woord voor opgave'],
  ['doel', 'het woord voor doel'],
  ['uitwerking', 'het woord voor uitwerking'],
  ['resultaat', 'het woord voor resultaat'],
] as const;

/** PATCH /api/documents/:id/settings: only the fields sent change; the result is the whole new settings. */
export function checkSettingsPatch(current: ProgrammeSettings, body: unknown): Checked<ProgrammeSettings> {
  if (!isObject(body)) return fail('municipality', 'Stuur de instellingen als JSON-object.');
  // The name travels with the settings (one dialog) but is the programme's own: `checkRename`.
  const known = new Set<string>([...TEXT_SETTINGS.map(([f]) => f), 'periodStart', 'periodEnd', 'levelLabels', 'name']);
  const unknown = Object.keys(body).find((key) => !known.has(key));
  if (unknown !== undefined) return fail(unknown.slice(0, 40), 'Deze instelling bestaat niet.');
  const next: ProgrammeSettings = { ...current, levelLabels: { ...current.levelLabels } };
  for (const [field, label] of TEXT_SETTINGS) {
    const checked = checkText(body, field, label, false);
    if (!checked.ok) return checked;
    if (checked.value !== undefined) next[field] = checked.value;
  }
  if (body.periodStart !== undefined || body.periodEnd !== undefined) {
    const period = checkPeriod(body.periodStart ?? current.periodStart, body.periodEnd ?? current.periodEnd);
    if (!period.ok) return period;
    next.periodStart = period.value.start;
    next.periodEnd = period.value.end;
  }
  if (body.levelLabels !== undefined) {
    if (!isObject(body.levelLabels)) return fail('levelLabels', 'Stuur de woorden voor de niveaus als JSON-object.');
    const levels = body.levelLabels;
    for (const [level, label] of LEVELS) {
      const checked = checkText(levels, level, label, false);
      if (!checked.ok) return { ...checked, field: `levelLabels.${level}` };
      if (checked.value !== undefined) next.levelLabels[level] = checked.value;
    }
  }
  return { ok: true, value: next };
}

/** The new name in a settings patch, if one was sent; the id stays (links and scripts use it). */
export function checkRename(body: unknown): Checked<string | undefined> {
  return isObject(body) ? checkText(body, 'name', 'de naam', false) : { ok: true, value: undefined };
}

/** A document id from a name: lower case, ascii, dashes; `taken` answers whether an id is in use. */
export function programmeSlug(name: string, taken: (id: string) => boolean): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50)
      .replace(/-+$/, '') || 'programma';
  // "werkatelier-" names werkatelier docs (shared/workshop/api.ts) and "begroting-" budget plans
  // (shared/budget/document-id.ts): a programme never takes either.
  const safe = base.startsWith('werkatelier') || base.startsWith('begroting') ? `programma-${base}`.slice(0, 50) : base;
  if (!taken(safe)) return safe;
  for (let n = 2; ; n++) if (!taken(`${safe}-${n}`)) return `${safe}-${n}`;
}
