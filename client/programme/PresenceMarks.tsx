import { firstName } from '../app/identity.ts';
import type { Peer } from './presence.ts';
import './presence.css';

/**
 * A colleague's cursor: a 2px frame in their colour and a label with their first name, plus a
 * pencil while they edit. Colour is never the only signal: the name is always written.
 */
export function PresenceMarks({ peers }: { peers: readonly Peer[] }) {
  if (peers.length === 0) return null;
  const first = peers[0]!;
  const description = peers
    .map((p) => `${p.user.name} ${p.focus?.editing ? 'bewerkt dit' : 'staat hier'}`)
    .join(', ');
  return (
    <>
      <span
        className={`presence-frame${first.focus?.editing ? ' editing' : ''}`}
        style={{ borderColor: first.user.color }}
        aria-hidden="true"
      />
      <PresenceLabels peers={peers} className="presence-labels" />
      <span className="sr-only">({description})</span>
    </>
  );
}

/** The colleagues' first names in their colours (a pencil while they edit); for the eye only. */
export function PresenceLabels({ peers, className }: { peers: readonly Peer[]; className: string }) {
  return (
    <span className={className} aria-hidden="true">
      {peers.map((peer) => (
        <span
          key={peer.clientId}
          className="presence-label"
          style={{ backgroundColor: peer.user.color }}
          data-presence-user={peer.user.id}
          title={`${peer.user.name}${peer.focus?.editing ? ' bewerkt deze cel' : ''}`}
        >
          {peer.focus?.editing && <PencilIcon />}
          {firstName(peer.user.name)}
        </span>
      ))}
    </span>
  );
}

export function PencilIcon() {
  return (
    <svg className="icon pencil" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M11.7 1.3a1 1 0 0 1 1.4 0l1.6 1.6a1 1 0 0 1 0 1.4L5.4 13.6 1.5 14.5l.9-3.9 9.3-9.3zM3.6 11.2l-.4 1.6 1.6-.4 7.6-7.6-1.2-1.2-7.6 7.6z"
      />
    </svg>
  );
}
