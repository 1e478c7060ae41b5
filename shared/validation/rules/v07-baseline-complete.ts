/**
 * V7: a nulmeting has value(s) with unit, year and source, or says when it will be measured
 * ("Nulmeting in 2026"). Empty is never valid. Year and unit may come from the structured fields
 * when the verbatim text does not repeat them.
 */
import { finding } from '../finding.ts';
import type { EntityRule, Finding } from '../types.ts';
import { exampleYear, isBlank } from './helpers.ts';

export const v07: EntityRule = {
  id: 'V7',
  title: 'Nulmeting compleet of gepland',
  scope: 'entity',
  kinds: ['goalIndicator'],
  check(entry, env) {
    if (entry.kind !== 'goalIndicator') return [];
    const ind = entry.entity;
    if ([ind.indicator, ind.baseline, ind.target, ind.source].every(isBlank)) return []; // V6 reports the empty row
    const r = env.indicator(ind);
    const b = r.baseline;
    const out: Finding[] = [];
    const push = (severity: 'error' | 'warning', message: string) => out.push(finding('V7', severity, 'goalIndicator', ind.id, 'baseline', message));
    if (b.empty) {
      push('error', `De nulmeting is leeg. Vul de waarde(n) in met eenheid, peiljaar en bron, of noteer wanneer de nulmeting volgt, bijvoorbeeld "Nulmeting in ${exampleYear(env)}".`);
      return out;
    }
    switch (b.status?.status) {
      case 'delegated':
        return out; // V25 checks the reference
      case 'to-be-developed':
        push('warning', `De indicator is nog te ontwikkelen en heeft daardoor geen nulmeting. Noteer wanneer de indicator en de nulmeting klaar zijn, bijvoorbeeld "Te ontwikkelen; nulmeting in ${exampleYear(env)}".`);
        return out;
      case 'baseline-pending':
        if (r.baselinePlannedYear === null) push('error', `Er is een nulmeting aangekondigd, maar zonder jaar. Noem het jaar waarin de nulmeting plaatsvindt, bijvoorbeeld "Nulmeting in ${exampleYear(env)}".`);
        return out;
      case 'not-measurable':
        push('warning', `Er is geen nulmeting${r.reason ? ` (${r.reason})` : ''}. Plan een nulmeting met een jaar, of leg vast waarom deze indicator niet gemeten kan worden.`);
        return out;
    }
    if (b.measures.length === 0) {
      push('error', `In de nulmeting is geen waarde herkend. Schrijf de waarde met eenheid en jaar, bijvoorbeeld "45% (${exampleYear(env, -1)})", of noteer "Nulmeting in ${exampleYear(env)}" als er nog geen waarde is.`);
      return out;
    }
    const missing: string[] = [];
    if ((r.primary?.unit ?? r.unit) === null) missing.push('eenheid');
    if (r.baselineYear === null) missing.push('peiljaar');
    if (isBlank(ind.source)) missing.push('bron');
    if (missing.length > 0) {
      push('error', `Bij de nulmeting ontbreekt: ${missing.join(', ')}. Vul ${missing.length > 1 ? 'deze' : 'dit'} aan, zodat de waarde later met dezelfde meting vergeleken kan worden.`);
    }
    return out;
  },
};
