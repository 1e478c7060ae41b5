/**
 * What a budget line can pay for in the programmes this user can read: per goal its results
 * and activities, each named as it stands alone ("Resultaat 1.2: ..."), for the link form and
 * for naming an existing link.
 */
import type { Programme } from '../../shared/model/types.ts';
import { rowNameText } from '../../shared/schema/row-name.ts';
import { shorten } from '../../shared/text/dutch.ts';

interface LinkableRow {
  rowId: string;
  rowKind: 'result' | 'activity';
  name: string;
}

export interface LinkableGroup {
  label: string;
  rows: LinkableRow[];
}

export function linkableRows(programme: Programme): LinkableGroup[] {
  return programme.goals.map((goal) => {
    const rows: LinkableRow[] = [];
    for (const sub of goal.subGoals) {
      for (const result of sub.results) {
        rows.push({ rowId: result.id, rowKind: 'result', name: shorten(rowNameText('result', result), 90) });
        for (const a of result.activities) rows.push({ rowId: a.id, rowKind: 'activity', name: `– ${shorten(rowNameText('activity', a), 86)}` });
      }
      for (const a of sub.activities) rows.push({ rowId: a.id, rowKind: 'activity', name: shorten(rowNameText('activity', a), 90) });
    }
    return { label: shorten(rowNameText('goal', goal), 80), rows };
  });
}

/** "Bestaanszekerheid – Resultaat 1.2: ...", or the ids when the programme is not readable here. */
export function linkNamer(programmes: readonly Programme[] | null): (programmeId: string, rowId: string) => string {
  const names = new Map<string, string>();
  for (const programme of programmes ?? []) {
    for (const group of linkableRows(programme)) for (const row of group.rows) names.set(`${programme.id}/${row.rowId}`, row.name.replace(/^– /, ''));
  }
  return (programmeId, rowId) => names.get(`${programmeId}/${rowId}`) ?? `${programmeId} / ${rowId}`;
}
