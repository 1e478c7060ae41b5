/**
 * Where a finding lives on screen: the grid cell (or the text block above a table) it marks and
 * jumps to, the goal it counts for in the rail, and a Dutch label of its position
 * ("Doel 1 · indicator 2 · Streefwaarde"). Findings carry entity ids; only the programme knows
 * which table and column show them.
 */
import type { Programme } from '../../shared/model/types.ts';
import type { CellRef } from '../programme/session.ts';
import { ORDER_FIELD } from '../council/section-write.ts';
import { goal as goalKind } from '../../shared/schema/index.ts';
import { columnHeading, RESULT_INDICATORS_COLUMN } from '../programme/column-labels.ts';
import { ORPHANS_GROUP, orphanFocus } from '../programme/orphans/orphan-place.ts';
import { rowNameText } from '../../shared/schema/row-name.ts';

export interface Place {
  /** The cell or text block to mark and focus; null for findings about the programme as a whole. */
  target: CellRef | null;
  goalId: string | null;
  /** The goal as the rail shows it: "Doel 1: ...". */
  goalLabel: string | null;
  /** Position inside the goal, with the column: "indicator 2 · Streefwaarde". */
  label: string;
}

/** Structured parts of a goal indicator are edited in, and marked on, the cell they belong to. */
export const INDICATOR_COLUMN: Record<string, string> = {
  indicator: 'indicator',
  baseline: 'baseline',
  baselineValue: 'baseline',
  baselineYear: 'baseline',
  baselineScope: 'baseline',
  status: 'baseline',
  statusYear: 'baseline',
  statusReason: 'baseline',
  statusReference: 'baseline',
  target: 'target',
  targetValue: 'target',
  targetYear: 'target',
  targetHigh: 'target',
  targetPercent: 'target',
  direction: 'target',
  source: 'source',
};

const PRIORITIES_GROUP = 'Prioriteiten';
const PRIORITY_COLUMNS: ReadonlySet<string> = new Set(['rank', 'code', 'result', 'comment', 'tie']);

interface Entry {
  goalId: string | null;
  goalLabel: string;
  make(field: string | null): { target: CellRef; label: string };
}

function measurementLabel(period: string): string {
  return `meting ${period.trim() || '(zonder periode)'}`;
}

/** A measurement's field by its schema label ("Waarde", "Oordeel over de voortgang"). */
function fieldLabel(kind: 'measurement', field: string): string | null {
  return columnHeading(kind, field) ?? null;
}

function join(...parts: (string | null | undefined)[]): string {
  return parts.filter((p) => p).join(' · ');
}

/** Indexes every row of the programme once; `place()` then answers per finding. */
export class Places {
  private readonly entries = new Map<string, Entry>();

  constructor(programme: Programme) {
    for (const goal of programme.goals) {
      const goalId = goal.id;
      const goalLabel = `Doel ${goal.code || '?'}: ${goal.title || 'zonder titel'}`;
      const add = (id: string, make: Entry['make']) => this.entries.set(id, { goalId, goalLabel, make });
      add(goal.id, (field) => {
        const colId = field === 'code' || field === 'societalEffect' ? field : 'title';
        const label =
          colId === 'societalEffect'
            ? columnHeading('goal', colId)!
            : field === ORDER_FIELD
              ? `Plaats van het ${goalKind.noun}`
              : `${columnHeading('goal', 'title')!} van het ${goalKind.noun}`;
        return { target: { rowId: goal.id, colId }, label };
      });
      goal.indicators.forEach((ind, i) => {
        add(ind.id, (field) => {
          const colId = (field && INDICATOR_COLUMN[field]) ?? 'indicator';
          return { target: { rowId: ind.id, colId }, label: join(`indicator ${i + 1}`, columnHeading('goalIndicator', colId)) };
        });
        // A measurement has no grid cell of its own: its finding marks the indicator it measures.
        for (const m of ind.measurements) {
          add(m.id, (field) => ({ target: { rowId: ind.id, colId: 'indicator' }, label: join(`indicator ${i + 1}`, measurementLabel(m.period), field ? fieldLabel('measurement', field) : null) }));
        }
      });
      goal.subGoals.forEach((sub, s) => {
        const subLabel = `uitwerking ${s + 1}`;
        add(sub.id, (field) => {
          const colId = field === 'problem' ? 'problem' : 'title';
          return { target: { rowId: sub.id, colId }, label: join(subLabel, columnHeading('subGoal', colId)) };
        });
        sub.activities.forEach((act, a) => {
          add(act.id, (field) => {
            const colId = field === 'kind' ? 'kind' : 'text';
            return { target: { rowId: act.id, colId }, label: join(subLabel, `activiteit ${a + 1}`, colId === 'kind' ? columnHeading('activity', colId) : null) };
          });
        });
        for (const result of sub.results) {
          const resultLabel = `resultaat ${result.code || '(zonder code)'}`;
          add(result.id, (field) => {
            const colId = field && ['code', 'text', 'source', 'measurableFrom', RESULT_INDICATORS_COLUMN].includes(field) ? field : 'text';
            return { target: { rowId: result.id, colId }, label: join(subLabel, resultLabel, colId === 'text' ? null : columnHeading('result', colId)) };
          });
          result.indicators.forEach((ri, r) => {
            add(ri.id, () => ({
              target: { rowId: result.id, colId: 'indicatorsText' },
              label: join(subLabel, resultLabel, `indicator op resultaat ${r + 1}`),
            }));
            for (const m of ri.measurements) {
              add(m.id, (field) => ({
                target: { rowId: result.id, colId: 'indicatorsText' },
                label: join(subLabel, resultLabel, `indicator op resultaat ${r + 1}`, measurementLabel(m.period), field ? fieldLabel('measurement', field) : null),
              }));
            }
          });
          // Activities under a result have no table of their own: they point at the result.
          result.activities.forEach((act, a) => {
            add(act.id, () => ({ target: { rowId: result.id, colId: 'text' }, label: join(subLabel, resultLabel, `activiteit ${a + 1}`) }));
          });
        }
      });
    }
    // The advisory body's ranking: its own table after the goals, its own group in the panel.
    for (const p of programme.priorities ?? []) {
      const label = `plaats ${p.rank ?? '?'}${p.code ? ` (${p.code})` : ''}`;
      this.entries.set(p.id, {
        goalId: null,
        goalLabel: PRIORITIES_GROUP,
        make: (field) => ({ target: { rowId: p.id, colId: PRIORITY_COLUMNS.has(field ?? '') ? field! : 'result' }, label: join(label, field ? (columnHeading('priority', field) ?? null) : null) }),
      });
    }
    // Rows without a place have no cell: they point at their line under "Zonder plaats".
    for (const orphan of programme.orphans ?? []) {
      const label = rowNameText(orphan.kind, orphan.row);
      this.entries.set(orphan.id, { goalId: null, goalLabel: ORPHANS_GROUP, make: () => ({ target: orphanFocus(orphan.id), label }) });
    }
  }

  place(finding: { entityId: string; field: string | null }): Place {
    const entry = this.entries.get(finding.entityId);
    if (!entry) return { target: null, goalId: null, goalLabel: null, label: 'Programma' };
    const { target, label } = entry.make(finding.field);
    return { target, goalId: entry.goalId, goalLabel: entry.goalLabel, label };
  }
}
