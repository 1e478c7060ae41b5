/**
 * Who is typing, as colleagues see it: the signed-in account's id and name, and a presence
 * colour derived from the id so it stays the same across sessions and devices.
 */
import type { Me } from '../../shared/auth/me.ts';
import { colorFor } from '../../shared/presence-colours.ts';

export interface Identity {
  id: string;
  name: string;
  color: string;
}

export { PRESENCE_COLORS, colorFor } from '../../shared/presence-colours.ts';

export function identityOf(me: Pick<Me, 'id' | 'name'>): Identity {
  return { id: me.id, name: me.name, color: colorFor(me.id) };
}

export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return '?';
  const first = parts[0]!.charAt(0);
  const last = parts.length > 1 ? parts[parts.length - 1]!.charAt(0) : '';
  return (first + last).toUpperCase();
}
