/**
 * Presence colours: each has at least 4.5:1 contrast with white (the name label is white
 * text on it) and at least 3:1 against the white grid, so the border is visible. Shared because
 * the server stamps presence colours too: a socket cannot pick one outside this palette.
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

/** Derived from the user id, so a colleague keeps one colour across sessions and devices. */
export function colorFor(id: string): string {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) | 0;
  return PRESENCE_COLORS[Math.abs(hash) % PRESENCE_COLORS.length]!;
}
