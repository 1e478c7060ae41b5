/**
 * V25: an indicator that is "uitgewerkt in" another programme must point to a programme and an
 * indicator that exist, with the same definition and time window. KG "% inburgeringsplichtigen
 * dat na 18 maanden is geïntegreerd" points to BZ, where it is "participeert naar vermogen ...
 * binnen 1 jaar". Needs context.otherProgrammes; without them the rule cannot look and is silent.
 */
import { overlapScore, titleKey } from '../../indicator/words.ts';
import type { GoalIndicator } from '../../model/types.ts';
import { finding } from '../finding.ts';
import { findProgramme, frameworkOf } from '../framework.ts';
import type { EntityRule } from '../types.ts';
import { quote } from './helpers.ts';

function windows(env: Parameters<EntityRule['check']>[1], ind: GoalIndicator): number[] {
  const texts = [ind.indicator, ind.target];
  return [...new Set(texts.flatMap((t) => env.memo.indicatorText(t).qualifiers.map((q) => q.months)))].sort((a, b) => a - b);
}

function months(list: number[]): string {
  return list.map((m) => (m % 12 === 0 ? `${m / 12} jaar` : `${m} maanden`)).join(', ');
}

export const v25: EntityRule = {
  id: 'V25',
  title: 'Verwijzing naar ander programma klopt',
  scope: 'entity',
  kinds: ['goalIndicator'],
  check(entry, env) {
    if (entry.kind !== 'goalIndicator') return [];
    const others = env.context.otherProgrammes;
    if (!others || others.length === 0) return [];
    const ind = entry.entity;
    const r = env.indicator(ind);
    const status = r.baseline.status?.status === 'delegated' ? r.baseline.status : r.target.status?.status === 'delegated' ? r.target.status : null;
    if (!status) return [];
    const field = r.baseline.status?.status === 'delegated' ? 'baseline' : 'target';
    const reference = r.reference ?? '';
    const target = findProgramme(reference, frameworkOf(env.programme, others).slice(1));
    if (!target) {
      return [finding('V25', 'error', 'goalIndicator', ind.id, field, `Deze indicator verwijst naar ${quote(reference)}, maar zo'n programma is niet gevonden. Kies het programma uit de lijst, zodat de verwijzing een vaste koppeling wordt.`)];
    }
    let best: GoalIndicator | null = null;
    let bestScore = 0;
    for (const g of target.goals) {
      for (const other of g.indicators) {
        const score = overlapScore(ind.indicator, other.indicator);
        if (score > bestScore) {
          best = other;
          bestScore = score;
        }
      }
    }
    if (!best || bestScore < 0.3) {
      return [finding('V25', 'error', 'goalIndicator', ind.id, field, `Deze indicator verwijst naar ${target.name}, maar daar staat geen indicator die dit meet. Voeg de indicator daar toe of verwijs naar de juiste.`)];
    }
    const mine = windows(env, ind);
    const theirs = windows(env, best);
    const differences: string[] = [];
    if (titleKey(best.indicator) !== titleKey(ind.indicator)) differences.push(`daar heet de indicator ${quote(best.indicator)}`);
    if (mine.length > 0 && theirs.length > 0 && months(mine) !== months(theirs)) differences.push(`het tijdvenster is hier ${months(mine)}, daar ${months(theirs)}`);
    if (differences.length === 0) return [];
    return [
      finding('V25', 'warning', 'goalIndicator', ind.id, 'indicator', `Deze indicator verwijst naar ${target.name}, maar de definities verschillen: ${differences.join('; ')}. Stem definitie en tijdvenster af en laat beide programma's naar dezelfde indicator verwijzen.`),
    ];
  },
};
