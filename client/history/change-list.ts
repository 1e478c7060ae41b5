/**
 * The differences between two readings of a programme as a list a person reads (and that a
 * "wijzigingen ten opzichte van de vastgestelde versie" annex can print): grouped per goal in
 * document order, each line in Dutch with the goal and result codes of where it is.
 */
import type { DiffRow, ProgrammeDiff } from '../../shared/history/index.ts';
import { fieldLabel, pathText, rowText, valueText } from './wording.ts';

export type ChangeKind = 'added' | 'changed' | 'moved' | 'removed' | 'programme';

export interface ChangeLine {
  kind: ChangeKind;
  /** Where: "Doel 3 › Resultaat 3.10" (empty for the programme itself). */
  path: string;
  /** What: "Resultaat 3.10: Meer inwoners …", "Indicator bij doel: …". */
  subject: string;
  /** The field that changed, for cell changes. */
  field: string | null;
  old: string | null;
  new: string | null;
  /** The row (and field) to jump to, when it still exists. */
  rowId: string | null;
  fieldKey: string | null;
}

export interface ChangeGroup {
  /** "Doel 3" or "Programma". */
  title: string;
  lines: ChangeLine[];
}

export const CHANGE_KIND_LABELS: Record<ChangeKind, string> = {
  added: 'Nieuw',
  changed: 'Gewijzigd',
  moved: 'Verplaatst',
  removed: 'Verwijderd',
  programme: 'Programma',
};

const META_LABELS: Record<string, string> = {
  name: 'Naam',
  documentNumber: 'Documentnummer',
  municipality: 'Gemeente',
  period: 'Periode',
  focusAreas: 'Aandachtsgebieden',
};

export function changeGroups(diff: ProgrammeDiff): ChangeGroup[] {
  const groups: ChangeGroup[] = [];
  const groupOf = (title: string) => {
    let group = groups.find((g) => g.title === title);
    if (!group) groups.push((group = { title, lines: [] }));
    return group;
  };
  const metaText = (v: string | string[]) => (Array.isArray(v) ? v.join(', ') || '(leeg)' : valueText('', v));
  for (const m of diff.meta) {
    groupOf('Programma').lines.push({
      kind: 'programme',
      path: '',
      subject: 'Programma',
      field: META_LABELS[m.field] ?? m.field,
      old: metaText(m.old),
      new: metaText(m.new),
      rowId: null,
      fieldKey: null,
    });
  }
  const goalTitle = (code: string | null) => (code ? `Doel ${code}` : 'Programma');
  for (const row of diff.added) {
    // A new goal or result brings its rows along: one line for the subtree.
    if (row.withParent) continue;
    groupOf(goalTitle(row.path.goalCode)).lines.push(line('added', row, { rowId: row.id }));
  }
  for (const c of diff.changed) {
    groupOf(goalTitle(c.path.goalCode)).lines.push(
      line('changed', c, {
        field: fieldLabel(c.kind, c.field),
        old: valueText(c.field, c.old),
        new: valueText(c.field, c.new),
        rowId: c.id,
        fieldKey: c.field,
      }),
    );
  }
  for (const m of diff.moved) {
    groupOf(goalTitle(m.path.goalCode)).lines.push(
      line('moved', m, m.reparented ? { old: pathText(m.fromPath) || 'Programma', new: pathText(m.path) || 'Programma', rowId: m.id } : { rowId: m.id }),
    );
  }
  for (const row of diff.removed) {
    if (row.withParent) continue;
    groupOf(goalTitle(row.path.goalCode)).lines.push(line('removed', row, {}));
  }
  return groups;
}

function line(kind: ChangeKind, row: DiffRow, extra: Partial<ChangeLine>): ChangeLine {
  return {
    kind,
    path: pathText(row.path),
    subject: rowText(row),
    field: null,
    old: null,
    new: null,
    rowId: null,
    fieldKey: null,
    ...extra,
  };
}

export function changeCounts(diff: ProgrammeDiff): string {
  const parts = [
    [diff.changed.length, 'gewijzigde cel', 'gewijzigde cellen'],
    [diff.added.filter((r) => !r.withParent).length, 'nieuwe rij', 'nieuwe rijen'],
    [diff.removed.filter((r) => !r.withParent).length, 'verwijderde rij', 'verwijderde rijen'],
    [diff.moved.length, 'verplaatste rij', 'verplaatste rijen'],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  if (diff.meta.length > 0) said.push(`${diff.meta.length} ${diff.meta.length === 1 ? 'programmagegeven' : 'programmagegevens'}`);
  return said.length === 0 ? 'Geen verschillen.' : said.join(', ') + '.';
}
