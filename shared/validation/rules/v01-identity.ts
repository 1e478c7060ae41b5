/**
 * V1: stable ids are unique; human codes are unique in their scope. Goal numbers run 1..n; result
 * codes are "doel.volgnummer" with the volgnummer running on through the programme (as the ASD
 * cites them: "Doel 3.10"). Duplicate ids are errors; gaps and duplicate codes are warnings.
 */
import { finding } from '../finding.ts';
import type { Finding, ProgrammeRule } from '../types.ts';

const RESULT_CODE = /^\s*(\d+)\.(\d+)\s*$/;

export const v01: ProgrammeRule = {
  id: 'V1',
  title: 'Unieke id\'s en codes',
  scope: 'programme',
  check(env) {
    const out: Finding[] = [];
    for (const [id, list] of env.index.byId) {
      if (id.trim() === '') {
        for (const e of list) out.push(finding('V1', 'error', e.kind, id, null, 'Deze rij heeft geen interne id. Laat de rij opnieuw aanmaken; zonder id kan niemand ernaar verwijzen.'));
        continue;
      }
      for (const e of list.slice(1)) {
        out.push(finding('V1', 'error', e.kind, id, null, `Deze rij heeft dezelfde interne id (${id}) als een andere rij. Verwijder de dubbele rij of laat de beheerder een nieuwe id toekennen.`));
      }
    }

    const goals = env.programme.goals;
    const seenGoalCodes = new Map<string, string>();
    let previous: number | null = null;
    for (const goal of goals) {
      const code = goal.code.trim();
      if (code === '') {
        out.push(finding('V1', 'warning', 'goal', goal.id, 'code', 'Dit doel heeft geen nummer. Geef het doel een nummer dat nog niet gebruikt is.'));
        continue;
      }
      if (seenGoalCodes.has(code)) {
        out.push(finding('V1', 'warning', 'goal', goal.id, 'code', `Doelnummer ${code} komt vaker voor in dit programma. Geef elk doel een eigen nummer.`));
      }
      seenGoalCodes.set(code, goal.id);
      const n = /^\d+$/.test(code) ? Number(code) : null;
      if (n !== null && previous !== null && n > previous + 1) {
        const missing = n - 1 === previous + 1 ? `${previous + 1} ontbreekt` : `${previous + 1} t/m ${n - 1} ontbreken`;
        out.push(finding('V1', 'warning', 'goal', goal.id, 'code', `Na doel ${previous} volgt doel ${n}: nummer ${missing}. Controleer of er een doel is weggevallen, of nummer bewust door.`));
      }
      if (n !== null) previous = n;
    }

    // Result codes: "g.n", g = own goal number, n unique and rising through the programme.
    const codeOwner = new Map<string, string>();
    const numberOwner = new Map<number, string>();
    let lastN: number | null = null;
    let lastCode = '';
    for (const goal of goals) {
      for (const sub of goal.subGoals) {
        for (const res of sub.results) {
          const problems: string[] = [];
          const code = res.code.trim();
          const m = RESULT_CODE.exec(code);
          if (code === '') {
            problems.push('dit resultaat heeft geen code');
          } else if (!m) {
            problems.push(`"${code}" heeft niet de vorm doelnummer.volgnummer (bijvoorbeeld 3.10)`);
          } else {
            const [g, n] = [m[1]!, Number(m[2])];
            if (goal.code.trim() !== '' && g !== goal.code.trim()) problems.push(`het doelnummer ${g} past niet bij doel ${goal.code.trim()}`);
            const dupCode = codeOwner.get(code);
            if (dupCode !== undefined) problems.push(`de code komt vaker voor`);
            else {
              const dupN = numberOwner.get(n);
              if (dupN !== undefined && dupN !== code) problems.push(`volgnummer ${n} is ook gebruikt in ${dupN}`);
            }
            if (lastN !== null && n <= lastN) problems.push(`het volgnummer loopt niet op (na ${lastCode})`);
            else if (lastN !== null && n === lastN + 2) problems.push(`volgnummer ${lastN + 1} ontbreekt na ${lastCode}`);
            else if (lastN !== null && n > lastN + 2) problems.push(`volgnummers ${lastN + 1} t/m ${n - 1} ontbreken na ${lastCode}`);
            codeOwner.set(code, res.id);
            if (!numberOwner.has(n)) numberOwner.set(n, code);
            lastN = n;
            lastCode = code;
          }
          if (problems.length > 0) {
            const text = problems.join('; ');
            out.push(finding('V1', 'warning', 'result', res.id, 'code', `Resultaatcode${code ? ' ' + code : ''}: ${text}. Geef elk resultaat een unieke code (doelnummer.volgnummer, oplopend door het programma); hernummer niet stilzwijgend als anderen, zoals de adviesraad, naar de oude code verwijzen.`));
          }
        }
      }
    }
    return out;
  },
};
