/** Building, keying, merging and ordering findings. */
import type { Finding, FindingEntityKind, RuleId, Severity } from './types.ts';
import type { ProgrammeIndex } from './model-index.ts';

function findingKey(ruleId: RuleId, entityId: string, field: string | null): string {
  return `${ruleId}|${entityId}|${field ?? ''}`;
}

export function finding(
  ruleId: RuleId,
  severity: Severity,
  entityKind: FindingEntityKind,
  entityId: string,
  field: string | null,
  message: string,
): Finding {
  return { ruleId, severity, entityKind, entityId, field, message, key: findingKey(ruleId, entityId, field) };
}

function ruleNumber(id: string): number {
  const n = Number(id.slice(1));
  return Number.isFinite(n) ? n : Number.MAX_SAFE_INTEGER;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** One finding per key: a rule that found two things about one cell says both in one message. */
function mergeSameKey(findings: Finding[]): Finding[] {
  const byKey = new Map<string, Finding>();
  for (const f of findings) {
    const seen = byKey.get(f.key);
    if (!seen) {
      byKey.set(f.key, f);
    } else if (!seen.message.includes(f.message)) {
      const severity = SEVERITY_RANK[f.severity] < SEVERITY_RANK[seen.severity] ? f.severity : seen.severity;
      byKey.set(f.key, { ...seen, severity, message: `${seen.message} ${f.message}` });
    }
  }
  return [...byKey.values()];
}

function cmp(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Document order, then rule number, then field: the same list whatever order rules ran in. */
export function orderFindings(findings: Finding[], index: ProgrammeIndex): Finding[] {
  const sorted = [...findings].sort(
    (a, b) =>
      cmp(a.entityKind === 'engine' ? 1 : 0, b.entityKind === 'engine' ? 1 : 0) ||
      cmp(index.positionOf(a.entityId, a.entityKind), index.positionOf(b.entityId, b.entityKind)) ||
      cmp(a.entityId, b.entityId) ||
      cmp(ruleNumber(a.ruleId), ruleNumber(b.ruleId)) ||
      cmp(a.field ?? '', b.field ?? '') ||
      cmp(SEVERITY_RANK[a.severity], SEVERITY_RANK[b.severity]) ||
      cmp(a.message, b.message),
  );
  return mergeSameKey(sorted);
}
