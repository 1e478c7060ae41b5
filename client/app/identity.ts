/**
 * Who is typing, as colleagues see it: the signed-in account's id and name, and a presence
 * colour derived from the id so it stays the same across sessions and devices.
 */
import type { Me } from '../../shared/auth/me.ts';

export interface Identity {
  id: string;
  name: string;
  color: string;
}

/**
 * Presence colours: each has at least 4.5:1 contrast with white (the name label is white
 * text on it) and at least 3:1 against the white grid, so the border is visible.
 */
export const PRESENCE_COLORS = [
  '#1d4ed8', // blauw
  '#b3261e', // rood
  '#047857', // groen
  '#7e22ce', // paars
  '#a14800', // oranje
  '#0e7490', // blauwgroen
  '#be185d', // roze
  '#4d6b00', // olijf
] as const;

export function colorFor(id: string): string {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) | 0;
  return PRESENCE_COLORS[Math.abs(hash) % PRESENCE_COLORS.length]!;
}

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
