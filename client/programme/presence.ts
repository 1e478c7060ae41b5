/** Remote presence from y-protocols awareness: who is here and which cell they are in. */
import { createContext, useContext } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { PRESENCE_COLORS } from '../app/identity.ts';

interface PeerUser {
  id: string;
  name: string;
  color: string;
}

export interface Peer {
  clientId: number;
  user: PeerUser;
  focus: { rowId: string; colId: string; editing: boolean } | null;
}

const COLOR = /^#[0-9a-fA-F]{6}$/;

/** Other clients' states, validated: awareness content comes from other browsers. */
export function readPeers(awareness: Awareness): Peer[] {
  const peers: Peer[] = [];
  awareness.getStates().forEach((state, clientId) => {
    if (clientId === awareness.clientID) return;
    const user = parseUser(state.user);
    if (!user) return;
    peers.push({ clientId, user, focus: parseFocus(state.focus) });
  });
  peers.sort((a, b) => a.user.name.localeCompare(b.user.name, 'nl') || a.clientId - b.clientId);
  return peers;
}

function parseUser(value: unknown): PeerUser | null {
  if (!value || typeof value !== 'object') return null;
  const { id, name, color } = value as Record<string, unknown>;
  if (typeof id !== 'string' || typeof name !== 'string' || !name.trim()) return null;
  return { id, name: name.trim().slice(0, 60), color: typeof color === 'string' && COLOR.test(color) ? color : '#5b6470' };
}

function parseFocus(value: unknown): Peer['focus'] {
  if (!value || typeof value !== 'object') return null;
  const { rowId, colId, editing } = value as Record<string, unknown>;
  if (typeof rowId !== 'string' || typeof colId !== 'string') return null;
  return { rowId, colId, editing: editing === true };
}

export type PresenceIndex = ReadonlyMap<string, readonly Peer[]>;

export function presenceKey(rowId: string, colId: string): string {
  return `${rowId}\u0001${colId}`;
}

export function indexPresence(peers: readonly Peer[]): PresenceIndex {
  const index = new Map<string, Peer[]>();
  for (const peer of peers) {
    if (!peer.focus) continue;
    const key = presenceKey(peer.focus.rowId, peer.focus.colId);
    const list = index.get(key);
    if (list) list.push(peer);
    else index.set(key, [peer]);
  }
  return index;
}

export const PresenceContext = createContext<PresenceIndex>(new Map());

export function usePresenceAt(rowId: string | undefined, colId: string | undefined): readonly Peer[] {
  const index = useContext(PresenceContext);
  if (!rowId || !colId) return NONE;
  return index.get(presenceKey(rowId, colId)) ?? NONE;
}

const NONE: readonly Peer[] = [];

/**
 * Two people in one colour would be confusing: the later arrival (higher client id) moves to a
 * colour nobody uses. The new colour, or null when there is no clash (or no free colour).
 */
export function colourAfterClash(peers: readonly Peer[], self: { id: string; clientId: number; color: string }): string | null {
  const clash = peers.some((p) => p.user.id !== self.id && p.user.color === self.color && p.clientId < self.clientId);
  if (!clash) return null;
  const used = new Set(peers.map((p) => p.user.color));
  return PRESENCE_COLORS.find((c) => !used.has(c)) ?? null;
}
