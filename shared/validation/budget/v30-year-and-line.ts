/**
 * V30: every amount sits in an explicit year and on a labelled budget line. In Koers a cell
 * always has its year, so what can go wrong is a year outside the table, a line without a name
 * (Dronten's table has an unlabelled € 50.000 row, 000:327-333), a cell or total of a line that
 * was deleted, and a movement that lacks its line, year or amount.
 */
import { finding } from '../finding.ts';
import type { Finding } from '../types.ts';
import type { BudgetRule } from './types.ts';
import { MOVEMENT_NOUN, euro, yearField } from './helpers.ts';

export const v30: BudgetRule = {
  id: 'V30',
  title: 'Bedragen horen bij een jaar en een benoemde regel',
  check({ plan, totals, lines }) {
    const out: Finding[] = [];
    const { yearStart, yearEnd } = plan.settings;
    const withMoney = new Set<string>();
    const gone = new Set<string>();
    const outside = new Map<string, number[]>();
    for (const cell of plan.amounts) {
      if (cell.value === 0) continue;
      if (!lines.has(cell.lineId)) {
        gone.add(cell.lineId);
        continue;
      }
      withMoney.add(cell.lineId);
      if (cell.year < yearStart || cell.year > yearEnd) outside.set(cell.lineId, [...(outside.get(cell.lineId) ?? []), cell.year]);
    }
    for (const m of plan.movements) if (m.lineId !== null && lines.has(m.lineId) && (m.amount ?? 0) > 0) withMoney.add(m.lineId);
    const partsWithMoney = new Set<string>();
    for (const line of plan.lines) if (line.parentId !== null && withMoney.has(line.id)) partsWithMoney.add(line.parentId);
    for (const line of plan.lines) {
      if (line.label.trim() === '' && withMoney.has(line.id)) {
        const own = totals.lineOwn(line.id);
        const amount = euro(own.toegewezen + own.gereserveerd + own.toegekend + own.besteed);
        out.push(finding('V30', 'error', 'budgetLine', line.id, 'label', `Deze regel heeft bedragen (samen ${amount}) maar geen omschrijving. Geef de regel een naam, zodat te zien is waar het geld voor is.`));
      }
      if (line.label.trim() !== '' && withMoney.has(line.id) && partsWithMoney.has(line.id)) {
        const own = totals.lineOwn(line.id);
        const amount = euro(own.toegewezen + own.gereserveerd + own.toegekend + own.besteed);
        out.push(
          finding('V30', 'error', 'budgetLine', line.id, 'label', `Deze regel heeft een eigen bedrag (${amount}) naast onderdelen met bedragen, zonder te zeggen waarvoor. Zet het bedrag op een eigen, benoemde onderdeelregel.`),
        );
      }
      for (const year of new Set(outside.get(line.id) ?? [])) {
        out.push(finding('V30', 'error', 'budgetLine', line.id, yearField(year), `Er staat een bedrag in ${year}, buiten de jaren van de tabel (${yearStart}-${yearEnd}). Zet het in een jaar van de tabel, of verruim de jaren van het plan.`));
      }
    }
    for (const stated of plan.stated) {
      if (stated.lineId !== null && !lines.has(stated.lineId)) gone.add(stated.lineId);
    }
    for (const lineId of gone) {
      out.push(finding('V30', 'error', 'budget', plan.id, `regel:${lineId}`, 'Er staan bedragen bij een regel die niet meer bestaat (verwijderd terwijl een collega er een bedrag in typte). Ze tellen nergens mee; zet ze op een bestaande regel of wis ze.'));
    }
    for (const m of plan.movements) {
      if (m.type === null) {
        out.push(finding('V30', 'error', 'budgetMovement', m.id, 'type', 'Kies de soort mutatie: reservering, verschuiving of overheveling.'));
        continue;
      }
      const noun = MOVEMENT_NOUN[m.type];
      if (m.lineId === null) out.push(finding('V30', 'error', 'budgetMovement', m.id, 'lineId', `Deze ${noun} hoort bij geen regel. Kies de regel.`));
      else if (!lines.has(m.lineId)) out.push(finding('V30', 'error', 'budgetMovement', m.id, 'lineId', `De regel van deze ${noun} bestaat niet meer. Kies een bestaande regel.`));
      if (m.year === null) out.push(finding('V30', 'error', 'budgetMovement', m.id, 'year', `Deze ${noun} heeft geen jaar. Vul het jaar in.`));
      if (m.amount === null || m.amount === 0) out.push(finding('V30', 'error', 'budgetMovement', m.id, 'amount', `Deze ${noun} heeft geen bedrag. Vul het bedrag in.`));
      if (m.type === 'transfer') {
        if (m.toLineId === null) out.push(finding('V30', 'error', 'budgetMovement', m.id, 'toLineId', 'Deze verschuiving gaat naar geen regel. Kies de regel die het geld krijgt.'));
        else if (!lines.has(m.toLineId)) out.push(finding('V30', 'error', 'budgetMovement', m.id, 'toLineId', 'De regel waar deze verschuiving heen gaat bestaat niet meer.'));
        else if (m.toLineId === m.lineId) out.push(finding('V30', 'error', 'budgetMovement', m.id, 'toLineId', 'Deze verschuiving gaat naar dezelfde regel als waar hij vandaan komt.'));
      }
    }
    return out;
  },
};
