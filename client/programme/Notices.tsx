import type { Notice } from './session.ts';

/** Short messages after an action (a refused edit, a deleted row). Read out by screen readers. */
export function Notices({ notices, onDismiss }: { notices: readonly Notice[]; onDismiss(id: number): void }) {
  return (
    <div className="notices" aria-live="polite" aria-relevant="additions">
      {notices.map((n) => (
        <div key={n.id} className={`notice ${n.tone}`} role={n.tone === 'error' ? 'alert' : undefined}>
          <span>{n.message}</span>
          <button type="button" className="icon-button" onClick={() => onDismiss(n.id)} aria-label="Melding sluiten">
            <span aria-hidden="true">×</span>
          </button>
        </div>
      ))}
    </div>
  );
}
