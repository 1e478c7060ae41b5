/**
 * Who is typing, until there are accounts: a display name asked once and kept in
 * localStorage, a random id, and a presence colour derived from the id.
 */

export interface Identity {
  id: string;
  name: string;
  color: string;
}

const STORAGE_KEY = 'koers.identiteit';

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

export function loadIdentity(): Identity | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (!parsed || typeof parsed !== 'object') return null;
    const { id, name } = parsed as Record<string, unknown>;
    if (typeof id !== 'string' || typeof name !== 'string' || !name.trim()) return null;
    return { id, name: name.trim(), color: colorFor(id) };
  } catch {
    return null;
  }
}

export function saveIdentity(name: string, existingId?: string): Identity {
  const id = existingId ?? newId();
  const clean = name.trim().replace(/\s+/g, ' ').slice(0, 60);
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ id, name: clean }));
  } catch {
    // Private mode without storage: the name lasts for this tab only.
  }
  return { id, name: clean, color: colorFor(id) };
}

function newId(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `u-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
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
