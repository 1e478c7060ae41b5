import type { ConnectionState } from '../doc-session/connection-state.ts';

const LABELS: Record<ConnectionState['kind'], string> = {
  connecting: 'Verbinden…',
  connected: 'Verbonden',
  reconnecting: 'Opnieuw verbinden…',
  offline: 'Offline',
  closed: 'Verbinding verbroken',
};

/** Always visible in the top bar; text plus a shape, never colour alone. */
export function ConnectionStatus({ state }: { state: ConnectionState }) {
  return (
    <div className={`connection connection-${state.kind}`} role="status" aria-live="polite" data-state={state.kind}>
      <span className="connection-dot" aria-hidden="true" />
      <span className="connection-label">{LABELS[state.kind]}</span>
    </div>
  );
}
