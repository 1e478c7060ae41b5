/**
 * V38: a version can be adopted only with zero errors, and every warning acknowledged with a
 * text; the acknowledgements are exported as footnotes. Versions are not in the model yet, so
 * this is a function over the findings of the version and its acknowledgements, not an engine rule.
 */
import { applyAcknowledgements, type Acknowledgement } from '../acknowledgements.ts';
import type { Finding } from '../types.ts';

export interface AdoptionGate {
  canAdopt: boolean;
  errors: Finding[];
  unacknowledgedWarnings: Finding[];
  /** One footnote per acknowledged warning, for the exported document. */
  footnotes: { key: string; text: string }[];
  /** Dutch summary for the adopt button. */
  message: string;
}

export function adoptionGate(findings: readonly Finding[], acknowledgements: readonly Acknowledgement[]): AdoptionGate {
  const { findings: applied } = applyAcknowledgements(findings, acknowledgements);
  const errors = applied.filter((f) => f.severity === 'error');
  const unacknowledgedWarnings = applied.filter((f) => f.severity === 'warning' && !f.acknowledgement);
  const footnotes = applied
    .filter((f) => f.severity === 'warning' && f.acknowledgement)
    .map((f) => ({ key: f.key, text: `${f.message} Geaccordeerd door ${f.acknowledgement!.by} op ${f.acknowledgement!.at}: ${f.acknowledgement!.reason}` }));
  const canAdopt = errors.length === 0 && unacknowledgedWarnings.length === 0;
  const message = canAdopt
    ? `Deze versie kan worden vastgesteld${footnotes.length > 0 ? ` (${footnotes.length} geaccordeerde waarschuwing${footnotes.length > 1 ? 'en' : ''} als voetnoot)` : ''}.`
    : `Deze versie kan nog niet worden vastgesteld: ${errors.length} fout${errors.length === 1 ? '' : 'en'} en ${unacknowledgedWarnings.length} niet-geaccordeerde waarschuwing${unacknowledgedWarnings.length === 1 ? '' : 'en'}. Los de fouten op en accordeer of los de waarschuwingen op.`;
  return { canAdopt, errors, unacknowledgedWarnings, footnotes, message };
}
