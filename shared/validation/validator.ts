/**
 * The engine. validateProgramme() runs every rule; a Validator keeps per-entity and per-goal
 * results and, given the ids that changed, re-runs only the rules that read them. Both paths
 * share the same code and the same final ordering, so their output is identical.
 *
 * It never throws: input is normalised first, every rule runs in its own try/catch, and a
 * crash becomes an "engine" finding (an error, because an unchecked rule may hide one).
 */
import type { Programme } from '../model/types.ts';
import type { ValidationContext } from './context.ts';
import { makeEnv } from './env.ts';
import { finding, orderFindings } from './finding.ts';
import { buildIndex, type ProgrammeIndex } from './model-index.ts';
import { normalizeProgramme } from './normalize.ts';
import { ParseMemo } from './reading.ts';
import { RULES } from './rules/index.ts';
import type { EntityRule, Finding, GoalRule, ProgrammeRule, Rule, RuleEnv } from './types.ts';

const ENTITY_RULES = RULES.filter((r): r is EntityRule => r.scope === 'entity');
const GOAL_RULES = RULES.filter((r): r is GoalRule => r.scope === 'goal');
const PROGRAMME_RULES = RULES.filter((r): r is ProgrammeRule => r.scope === 'programme');

function internal(rule: Rule | null, unit: string, error: unknown): Finding {
  const detail = error instanceof Error ? error.message : String(error);
  const name = rule ? `Controle ${rule.id} (${rule.title})` : 'De controle';
  return finding(
    rule?.id ?? 'V0',
    'error',
    'engine',
    `internal:${rule?.id ?? 'engine'}:${unit}`,
    null,
    `${name} kon niet worden uitgevoerd (interne fout: ${detail.slice(0, 200)}). De uitkomst van deze controle is onbekend; meld dit bij de beheerder.`,
  );
}

function safely(rule: Rule, unit: string, run: () => Finding[]): Finding[] {
  try {
    const out = run();
    return Array.isArray(out) ? out : [];
  } catch (error) {
    return [internal(rule, unit, error)];
  }
}

function metaKey(p: Programme): string {
  return JSON.stringify([p.id, p.name, p.period, p.documentNumber, p.municipality]);
}

export class Validator {
  private context: ValidationContext;
  private readonly memo = new ParseMemo();
  private entityCache = new Map<string, Finding[]>();
  private goalCache = new Map<string, Finding[]>();
  private lastIndex: ProgrammeIndex | null = null;
  private lastMeta: string | null = null;

  constructor(context: ValidationContext = {}) {
    this.context = context ?? {};
  }

  /** A new context (other programmes, priorities, today...) invalidates everything. */
  setContext(context: ValidationContext): void {
    this.context = context ?? {};
    this.reset();
  }

  /** Full run from scratch; fills the caches for later updates. */
  validate(programme: Programme): Finding[] {
    this.reset();
    return this.run(programme, null);
  }

  /** Re-validates after the rows with these ids were added, changed, moved or deleted. */
  update(programme: Programme, changedIds: Iterable<string>): Finding[] {
    let changed: Set<string>;
    try {
      changed = new Set([...changedIds].filter((id) => typeof id === 'string'));
    } catch {
      return this.validate(programme);
    }
    return this.run(programme, changed);
  }

  private reset(): void {
    this.entityCache = new Map();
    this.goalCache = new Map();
    this.lastIndex = null;
    this.lastMeta = null;
  }

  private run(input: Programme, changed: Set<string> | null): Finding[] {
    try {
      const programme = normalizeProgramme(input);
      const index = buildIndex(programme);
      const meta = metaKey(programme);
      if (changed === null || this.lastIndex === null || meta !== this.lastMeta) {
        this.entityCache = new Map();
        this.goalCache = new Map();
        changed = null;
      }
      const env = makeEnv(programme, index, this.context, this.memo);
      const { dirtyEntities, dirtyGoals } = this.dirty(changed, index);
      const out: Finding[] = [];
      this.runEntities(index, env, dirtyEntities, out);
      this.runGoals(programme, env, dirtyGoals, out);
      for (const rule of PROGRAMME_RULES) out.push(...safely(rule, programme.id, () => rule.check(env)));
      this.lastIndex = index;
      this.lastMeta = meta;
      return orderFindings(out, index);
    } catch (error) {
      this.reset();
      return [internal(null, 'engine', error)];
    }
  }

  /** Changed ids, looked up in the new and the previous index (a deleted row is only in the old). */
  private dirty(changed: Set<string> | null, index: ProgrammeIndex): { dirtyEntities: Set<string> | null; dirtyGoals: Set<string> | null } {
    if (changed === null) return { dirtyEntities: null, dirtyGoals: null };
    const dirtyEntities = new Set<string>();
    const dirtyGoals = new Set<string>();
    for (const id of changed) {
      for (const idx of [index, this.lastIndex]) {
        for (const e of idx?.byId.get(id) ?? []) {
          dirtyEntities.add(e.id);
          if (e.goalId !== null) dirtyGoals.add(e.goalId);
        }
      }
    }
    return { dirtyEntities, dirtyGoals };
  }

  private runEntities(index: ProgrammeIndex, env: RuleEnv, dirty: Set<string> | null, out: Finding[]): void {
    const next = new Map<string, Finding[]>();
    for (const [id, entries] of index.byId) {
      let findings = dirty && !dirty.has(id) ? this.entityCache.get(id) : undefined;
      if (!findings) {
        findings = [];
        for (const entry of entries) {
          for (const rule of ENTITY_RULES) {
            if (!rule.kinds.includes(entry.kind)) continue;
            findings.push(...safely(rule, `${entry.kind}:${id}`, () => rule.check(entry, env)));
          }
        }
      }
      next.set(id, findings);
      out.push(...findings);
    }
    this.entityCache = next;
  }

  private runGoals(programme: Programme, env: RuleEnv, dirty: Set<string> | null, out: Finding[]): void {
    const next = new Map<string, Finding[]>();
    const byId = new Map<string, typeof programme.goals>();
    for (const g of programme.goals) byId.set(g.id, [...(byId.get(g.id) ?? []), g]);
    for (const [id, goals] of byId) {
      let findings = dirty && !dirty.has(id) ? this.goalCache.get(id) : undefined;
      if (!findings) {
        findings = [];
        for (const goal of goals) {
          for (const rule of GOAL_RULES) findings.push(...safely(rule, `goal:${id}`, () => rule.check(goal, env)));
        }
      }
      next.set(id, findings);
      out.push(...findings);
    }
    this.goalCache = next;
  }
}

/** Every finding for one programme, from scratch. */
export function validateProgramme(programme: Programme, context: ValidationContext = {}): Finding[] {
  return new Validator(context).validate(programme);
}
