/**
 * The indicator status lifecycle as the documents write it: "Nulmeting in 2025", "Specifieke
 * streefwaarde volgt in 2027 na nulmeting 2026", "Te ontwikkelen", "niet te bepalen",
 * "wordt uitgewerkt in het Uitvoeringsprogramma Bestaanszekerheid", "Vanaf 2026:".
 */
import type { CellRole, CellStatus } from './types.ts';

const DELEGATED =
  /\b(?:wordt|worden|is|zijn)\s+(?:verder\s+)?(?:uitgewerkt|opgenomen|beschreven|gemeten|belegd)\s+(?:in|bij)\s+(?:het\s+)?((?:uitvoerings)?programma\s+[^.;()\n]+)|\bzie\s+(?:het\s+)?((?:uitvoerings)?programma\s+[^.;()\n]+)/i;
const TO_DEVELOP = /\b(?:(?:nog|verder)\s+)?te\s+ontwikkelen\b/i;
const NOT_DETERMINABLE = /\b(?:niet\s+te\s+bepalen|kan\s+niet\s+(?:worden\s+)?bepaald|niet\s+vast\s+te\s+stellen)\b/i;
const NOT_MEASURABLE = /\b(?:nog\s+)?niet\s+meetbaar\b(?:\s+(?:vanwege|door|omdat|want)\s+([^.;\n]+))?/i;
const BASELINE_YEAR = /\bnulmeting\s*:?\s*(?:volgt\s+)?(?:vindt\s+plaats\s+)?(?:wordt\s+uitgevoerd\s+)?(?:gepland\s+)?(?:in\s+)?((?:19|20)\d{2})\b/i;
const BASELINE_NO_YEAR = /\b(?:nulmeting\s+(?:volgt|vindt\s+plaats|wordt\s+uitgevoerd|is\s+gepland|moet\s+nog|nog\s+uit\s+te\s+voeren)|(?:kunnen|kan|zal|zullen)\s+dienen\s+als\s+nulmeting)\b/i;
const TARGET_PENDING =
  /\bstreefwaarde\s+(?:volgt|wordt\s+(?:bepaald|vastgesteld))(?:\s+in\s+((?:19|20)\d{2}))?(?:\s+na\s+(?:de\s+)?nulmeting(?:\s+(?:in\s+)?((?:19|20)\d{2}))?)?/i;
const TARGET_DEPENDS = /\bstreefwaarde\s+(?:zal\s+|is\s+|wordt\s+)?(?:afhankelijk\s+(?:zijn\s+)?van|bepaald\s+na)\s+de\s+nulmeting/i;
const FROM_YEAR = /^\s*vanaf\s+((?:19|20)\d{2})\s*:|\b(?:meetbaar|beschikbaar)\s+vanaf\s+((?:19|20)\d{2})\b/i;
const AFTER_YEAR = /^\s*na\s+((?:19|20)\d{2})\s*$/i;
const NO_DATA = /\b(?:geen\s+(?:cijfers|gegevens|data)\s+(?:beschikbaar|bekend)|(?:cijfers|gegevens|data)\s+ontbreken|(?:gemiddelde\s+)?niet\s+bekend)\b/gi;

export interface StatusInput {
  text: string;
  role: CellRole;
  hasValues: boolean;
  hasComparator: boolean;
}

function status(s: Omit<CellStatus, 'text'>, text: string): CellStatus {
  return { ...s, text };
}

function sentenceAround(text: string, at: number): [number, number] {
  const start = Math.max(text.lastIndexOf('.', at - 1) + 1, text.lastIndexOf('\n', at - 1) + 1, 0);
  let end = text.indexOf('.', at);
  if (end < 0) end = text.length;
  return [start, end + 1];
}

/** The rest of the cell once the sentence with the status phrase is taken out: the reason. */
function reasonBesides(text: string, at: number): string | null {
  const [s, e] = sentenceAround(text, at);
  const rest = (text.slice(0, s) + ' ' + text.slice(e)).replace(/\s+/g, ' ').trim().replace(/^dus\s+/i, '');
  return rest.length > 0 ? rest : null;
}

export function parseStatus({ text, role, hasValues, hasComparator }: StatusInput): CellStatus | null {
  const delegated = DELEGATED.exec(text);
  if (delegated) {
    const reference = (delegated[1] ?? delegated[2] ?? '').trim();
    return status({ status: 'delegated', year: null, reason: null, reference, afterBaselineYear: null }, delegated[0]);
  }
  const develop = TO_DEVELOP.exec(text);
  if (develop && !hasValues) {
    return status({ status: 'to-be-developed', year: null, reason: null, reference: null, afterBaselineYear: null }, develop[0]);
  }
  if (role === 'target') {
    const pending = TARGET_PENDING.exec(text);
    if (pending) {
      const year = pending[1] ? Number(pending[1]) : null;
      const after = pending[2] ? Number(pending[2]) : null;
      return status({ status: 'target-pending', year, reason: null, reference: null, afterBaselineYear: after }, pending[0]);
    }
    const depends = TARGET_DEPENDS.exec(text);
    if (depends) {
      return status({ status: 'target-pending', year: null, reason: 'afhankelijk van de nulmeting', reference: null, afterBaselineYear: null }, depends[0]);
    }
    const notSet = NOT_DETERMINABLE.exec(text);
    if (notSet && !hasValues) {
      return status({ status: 'not-measurable', year: null, reason: reasonBesides(text, notSet.index), reference: null, afterBaselineYear: null }, notSet[0]);
    }
  }
  const notMeasurable = NOT_MEASURABLE.exec(text);
  if (role === 'baseline' && !hasValues) {
    const planned = BASELINE_YEAR.exec(text);
    const reason = notMeasurable?.[1]?.trim() ?? null;
    if (planned) {
      return status({ status: 'baseline-pending', year: Number(planned[1]), reason, reference: null, afterBaselineYear: null }, planned[0]);
    }
    const unplanned = BASELINE_NO_YEAR.exec(text);
    if (unplanned) return status({ status: 'baseline-pending', year: null, reason, reference: null, afterBaselineYear: null }, unplanned[0]);
    if (notMeasurable) return status({ status: 'not-measurable', year: null, reason, reference: null, afterBaselineYear: null }, notMeasurable[0]);
    const notSet = NOT_DETERMINABLE.exec(text);
    if (notSet) return status({ status: 'not-measurable', year: null, reason: reasonBesides(text, notSet.index), reference: null, afterBaselineYear: null }, notSet[0]);
  }
  const from = FROM_YEAR.exec(text);
  if (from) {
    return status({ status: 'measurable-from', year: Number(from[1] ?? from[2]), reason: null, reference: null, afterBaselineYear: null }, from[0]);
  }
  if (hasValues || hasComparator) return status({ status: 'measurable', year: null, reason: null, reference: null, afterBaselineYear: null }, '');
  return null;
}

/** "Geen cijfers beschikbaar" and the like, verbatim. */
export function scanNoData(text: string): string[] {
  NO_DATA.lastIndex = 0;
  return [...text.matchAll(NO_DATA)].map((m) => m[0]);
}

/**
 * The first year a result or indicator can be measured, from text like "Na 2027" (so 2028),
 * "Vanaf 2026:" or "Nulmeting in 2025". Null when the text names no such year.
 */
export function parseMeasurableFrom(text: string): { year: number; kind: 'after' | 'from' | 'baseline' } | null {
  const after = AFTER_YEAR.exec(text);
  if (after) return { year: Number(after[1]) + 1, kind: 'after' };
  const from = FROM_YEAR.exec(text) ?? /^\s*vanaf\s+((?:19|20)\d{2})\b/i.exec(text);
  if (from) return { year: Number(from[1] ?? from[2]), kind: 'from' };
  const baseline = BASELINE_YEAR.exec(text);
  if (baseline) return { year: Number(baseline[1]), kind: 'baseline' };
  return null;
}
