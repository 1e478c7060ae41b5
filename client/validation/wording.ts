/** Dutch words and formats for findings: one place, so cell, tooltip and panel say the same. */
import type { StoredAcknowledgement } from '../../shared/doc/index.ts';
import { formatDateTime } from '../../shared/text/dutch.ts';
import type { MarkLevel } from './finding-index.ts';
import type { ShownFinding } from './live-validation.ts';

export type Level = MarkLevel | 'info';

export const LEVEL_TITLES: Record<Level, string> = {
  error: 'Fout',
  warning: 'Waarschuwing',
  acknowledged: 'Erkende waarschuwing',
  info: 'Info',
};

export function levelOf(f: ShownFinding): Level {
  if (f.severity === 'warning' && f.acknowledgement) return 'acknowledged';
  return f.severity;
}

export function acknowledgementLine(a: StoredAcknowledgement): string {
  return `Erkend door ${a.byName || a.by} op ${formatDateTime(a.at)}`;
}

/** One sentence for screen readers: severity, message and, if so, who acknowledged it and why. */
export function spokenFinding(f: ShownFinding): string {
  const base = `${LEVEL_TITLES[levelOf(f)]}: ${f.message}`;
  return f.acknowledgement ? `${base} ${acknowledgementLine(f.acknowledgement)}. Reden: ${f.acknowledgement.reason}` : base;
}
