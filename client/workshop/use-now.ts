/**
 * A clock that ticks while something needs it (a running timer). One interval for every screen
 * that reads it; it stops when the last one lets go, and a first reader gets the time of now,
 * not of whenever the clock last ran.
 */
import { useSyncExternalStore } from 'react';

const TICK_MS = 250;
let now = Date.now();
let timer: number | undefined;
const readers = new Set<() => void>();

function subscribe(reader: () => void): () => void {
  readers.add(reader);
  if (readers.size === 1) {
    now = Date.now();
    timer = window.setInterval(() => {
      now = Date.now();
      for (const r of [...readers]) r();
    }, TICK_MS);
    reader();
  }
  return () => {
    readers.delete(reader);
    if (readers.size === 0) window.clearInterval(timer);
  };
}

const stopped = () => () => {};
const read = () => now;

export function useNow(active: boolean): number {
  return useSyncExternalStore(active ? subscribe : stopped, read, read);
}
