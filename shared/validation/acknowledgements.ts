/**
 * Warning acknowledgements: {key, reason, by, at} matched to findings by their stable key. An
 * acknowledgement may carry the finding's fingerprint; if the finding has changed since (other
 * numbers in the message), the acknowledgement no longer applies and the warning shows again.
 * Errors cannot be acknowledged: they have to be solved.
 */
import type { Finding } from './types.ts';

export interface Acknowledgement {
  key: string;
  reason: string;
  by: string;
  /** ISO timestamp. */
  at: string;
  fingerprint?: string;
}

export type AcknowledgedFinding = Finding & { acknowledgement?: Acknowledgement };

export interface AcknowledgementResult {
  findings: AcknowledgedFinding[];
  /** Acknowledgements that match no current warning (solved, or the finding changed). */
  stale: Acknowledgement[];
  /** Acknowledgements aimed at errors or infos, which cannot be acknowledged. */
  rejected: Acknowledgement[];
}

/** A short hash of the message, so an acknowledgement can tell the finding it was given for. */
export function findingFingerprint(f: Finding): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < f.message.length; i++) {
    h ^= f.message.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export function acknowledge(f: Finding, reason: string, by: string, at: string): Acknowledgement {
  return { key: f.key, reason, by, at, fingerprint: findingFingerprint(f) };
}

export function applyAcknowledgements(findings: readonly Finding[], acknowledgements: readonly Acknowledgement[]): AcknowledgementResult {
  const byKey = new Map<string, Acknowledgement>();
  for (const a of acknowledgements) {
    if (a && typeof a.key === 'string' && typeof a.reason === 'string' && a.reason.trim() !== '') byKey.set(a.key, a);
  }
  const used = new Set<Acknowledgement>();
  const rejected: Acknowledgement[] = [];
  const out = findings.map((f): AcknowledgedFinding => {
    const a = byKey.get(f.key);
    if (!a) return f;
    if (f.severity !== 'warning') {
      rejected.push(a);
      used.add(a);
      return f;
    }
    if (a.fingerprint !== undefined && a.fingerprint !== findingFingerprint(f)) return f;
    used.add(a);
    return { ...f, acknowledgement: a };
  });
  const stale = [...byKey.values()].filter((a) => !used.has(a));
  return { findings: out, stale, rejected };
}
