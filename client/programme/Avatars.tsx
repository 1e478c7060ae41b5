import { initials } from '../app/identity.ts';
import type { Peer } from './presence.ts';

export function Avatar({ name, color, self = false }: { name: string; color: string; self?: boolean }) {
  return (
    <span className={`avatar${self ? ' self' : ''}`} style={{ backgroundColor: color }} title={self ? `${name} (jij)` : name} aria-hidden="true">
      {initials(name)}
    </span>
  );
}

/** Who is here: one avatar per person (several tabs of one person count once). */
export function Avatars({ self, peers }: { self: { id: string; name: string; color: string }; peers: readonly Peer[] }) {
  const seen = new Set<string>([self.id]);
  const others = peers.filter((p) => (seen.has(p.user.id) ? false : (seen.add(p.user.id), true)));
  const count = others.length + 1;
  return (
    <div className="avatars">
      <span className="sr-only">{count === 1 ? 'Alleen jij bent hier.' : `${count} mensen hier:`}</span>
      <ul aria-label="Aanwezig in dit programma">
        <li data-user-id={self.id} title={`${self.name} (jij)`}>
          <Avatar name={self.name} color={self.color} self />
          <span className="sr-only">{self.name} (jij)</span>
        </li>
        {others.map((peer) => (
          <li key={peer.user.id} data-user-id={peer.user.id} title={peer.user.name}>
            <Avatar name={peer.user.name} color={peer.user.color} />
            <span className="sr-only">{peer.user.name}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
