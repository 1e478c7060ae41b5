/**
 * Writes a seed programme into an empty Y.Doc in one transaction. Seed ids are derived from
 * the position in the source (g1, g1-i2, g1-s1-r3...), so they are stable across machines;
 * rows added later get random ids.
 */
import * as Y from 'yjs';
import {
  DIRECTIONS,
  INDICATOR_STATUSES,
  type EntityKind,
  type FieldValue,
} from '../model/entities.ts';
import type { SeedProgramme } from '../seed/types.ts';
import { ID_KEY, ORDER_KEY, PARENT_KEY, SCHEMA_VERSION, metaMap, rowsMap } from './layout.ts';
import { initialKeys } from './order.ts';
import { SEED_ORIGIN, type EditOrigin } from './origin.ts';

export function isEmptyProgramme(doc: Y.Doc): boolean {
  return metaMap(doc).size === 0;
}

export function seedProgramme(doc: Y.Doc, seed: SeedProgramme, origin: EditOrigin = SEED_ORIGIN): void {
  doc.transact(() => {
    const meta = metaMap(doc);
    meta.set('schemaVersion', SCHEMA_VERSION);
    meta.set('id', seed.id);
    meta.set('name', seed.name);
    meta.set('documentNumber', seed.documentNumber);
    meta.set('municipality', seed.municipality);
    meta.set('period', seed.period);
    meta.set('focusAreas', [...seed.focusAreas]);

    const put = (kind: EntityKind, id: string, parentId: string | null, order: string, fields: Record<string, FieldValue>) => {
      const row = new Y.Map<unknown>();
      row.set(ID_KEY, id);
      row.set(PARENT_KEY, parentId);
      row.set(ORDER_KEY, order);
      for (const [k, v] of Object.entries(fields)) row.set(k, v);
      rowsMap(doc, kind).set(id, row);
    };
    const activities = (parentId: string, texts: string[]) => {
      const keys = initialKeys(texts.length);
      texts.forEach((text, a) => put('activity', `${parentId}-a${a + 1}`, parentId, keys[a]!, { text, kind: null }));
    };

    const goalKeys = initialKeys(seed.goals.length);
    seed.goals.forEach((goal, g) => {
      const goalId = `g${g + 1}`;
      put('goal', goalId, null, goalKeys[g]!, {
        code: String(goal.number),
        title: goal.title,
        societalEffect: goal.societalEffect,
      });
      const indicatorKeys = initialKeys(goal.indicators.length);
      goal.indicators.forEach((ind, i) => {
        put('goalIndicator', `${goalId}-i${i + 1}`, goalId, indicatorKeys[i]!, {
          indicator: ind.indicator,
          baseline: ind.baseline ?? '',
          target: ind.target ?? '',
          source: ind.source ?? '',
          unit: ind.unit,
          direction: oneOf(ind.direction, DIRECTIONS),
          status: oneOf(ind.status, INDICATOR_STATUSES),
          baselineYear: ind.baselineYear,
          baselineValue: ind.baselineValue,
          targetYear: ind.targetYear,
          targetValue: ind.targetValue,
          // The toelichting is the college's own; the seed's extractionNote stays out (issue 16).
          notes: '',
          baselineScope: null,
          targetHigh: null,
          targetPercent: null,
          polarity: null,
          statusYear: null,
          statusReason: '',
          statusReference: '',
        });
      });
      const subKeys = initialKeys(goal.subGoals.length);
      goal.subGoals.forEach((sub, s) => {
        const subId = `${goalId}-s${s + 1}`;
        put('subGoal', subId, goalId, subKeys[s]!, { title: sub.title, problem: sub.problem ?? '' });
        const resultKeys = initialKeys(sub.results.length);
        sub.results.forEach((res, r) => {
          const resultId = `${subId}-r${r + 1}`;
          put('result', resultId, subId, resultKeys[r]!, {
            code: res.code,
            text: res.result,
            source: res.source ?? '',
            measurableFrom: res.measurableFrom ?? '',
          });
          const riKeys = initialKeys(res.indicators.length);
          res.indicators.forEach((text, k) =>
            put('resultIndicator', `${resultId}-i${k + 1}`, resultId, riKeys[k]!, { text }),
          );
          activities(resultId, res.activities);
        });
        activities(subId, sub.activities);
      });
    });
    const priorities = seed.priorities ?? [];
    const priorityKeys = initialKeys(priorities.length);
    priorities.forEach((p, i) =>
      put('priority', `p${i + 1}`, null, priorityKeys[i]!, { rank: p.rank, code: p.code, result: p.result, comment: p.comment, tie: p.tie ? 'tie' : null }),
    );
  }, origin);
}

function oneOf(value: string | null, allowed: readonly string[]): string | null {
  return value !== null && allowed.includes(value) ? value : null;
}

