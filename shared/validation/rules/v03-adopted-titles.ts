/**
 * V3: effect titles are rendered from one record, never retyped. Without a framework list the
 * canonical text is the most common spelling across the programmes (ties: first by programme id),
 * so every programme sees the same canonical text whichever one is validated.
 */
import { overlapScore, titleKey } from '../../indicator/words.ts';
import { finding } from '../finding.ts';
import { canonicalOrder, frameworkGoals, frameworkOf } from '../framework.ts';
import type { Finding, ProgrammeRule } from '../types.ts';
import { quote } from './helpers.ts';

interface Variant {
  text: string;
  count: number;
  order: number;
}

export const v03: ProgrammeRule = {
  id: 'V3',
  title: 'Effecttitels niet overtypen',
  scope: 'programme',
  check(env) {
    const out: Finding[] = [];
    const programmes = canonicalOrder(frameworkOf(env.programme, env.context.otherProgrammes));
    const adopted = env.context.effects ?? [];
    // Per effect key: the spellings in use and how often.
    const byKey = new Map<string, Variant[]>();
    frameworkGoals(programmes).forEach((g, order) => {
      const key = titleKey(g.effect);
      if (key === '') return;
      const list = byKey.get(key) ?? [];
      const v = list.find((x) => x.text === g.effect);
      if (v) v.count++;
      else list.push({ text: g.effect, count: 1, order });
      byKey.set(key, list);
    });
    const canonical = (key: string): string | null => {
      const fromList = adopted.find((e) => titleKey(e) === key);
      if (fromList) return fromList;
      const list = byKey.get(key);
      if (!list || adopted.length > 0) return null;
      return [...list].sort((a, b) => b.count - a.count || a.order - b.order)[0]?.text ?? null;
    };
    const keys = [...byKey.keys()];
    const weight = (key: string) => byKey.get(key)?.reduce((n, v) => n + v.count, 0) ?? 0;

    for (const goal of env.programme.goals) {
      const text = goal.societalEffect;
      const key = titleKey(text);
      if (key === '') continue;
      const canon = canonical(key);
      if (canon !== null && canon !== text) {
        out.push(finding('V3', 'info', 'goal', goal.id, 'societalEffect', `Het maatschappelijk effect is hier anders gespeld dan het vastgestelde of meest gebruikte ${quote(canon, 90)} (alleen hoofdletters, spaties of leestekens verschillen). Kies het effect uit de lijst in plaats van het over te typen.`));
        continue;
      }
      // A different wording of (probably) the same effect: the rarer spelling is the retyped one.
      const candidates = adopted.length > 0 ? adopted.map((e) => titleKey(e)) : keys;
      for (const other of candidates) {
        if (other === key) continue;
        if (overlapScore(other, key) < 0.8) continue;
        const rarer = adopted.length > 0 || weight(key) < weight(other) || (weight(key) === weight(other) && key > other);
        if (!rarer) continue;
        const shown = adopted.find((e) => titleKey(e) === other) ?? canonical(other) ?? other;
        out.push(finding('V3', 'error', 'goal', goal.id, 'societalEffect', `Het maatschappelijk effect ${quote(text, 90)} wijkt af van ${quote(shown, 90)}. Een effect wordt uit het vastgestelde record overgenomen, niet overgetypt: kies het juiste effect uit de lijst.`));
        break;
      }
    }
    return out;
  },
};
