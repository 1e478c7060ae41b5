/**
 * A live session (its Y.Doc and socket) that exists exactly while a screen shows it. It is opened
 * when React subscribes and destroyed when React unsubscribes, never during render: a render
 * React throws away must not leave a socket open, and StrictMode's second mount gets its own.
 * React reads it as an external store, so the screen renders again once it is open.
 */
import { useSyncExternalStore } from 'react';

export class OpenWhileShown<T extends { destroy(): void }> {
  private value: T | null = null;
  constructor(private readonly open: () => T) {}

  get = (): T | null => this.value;

  subscribe = (changed: () => void): (() => void) => {
    const opened = this.open();
    this.value = opened;
    changed();
    return () => {
      opened.destroy();
      if (this.value === opened) this.value = null;
    };
  };
}

const NOTHING_TO_OPEN = () => () => {};
const NONE = () => null;

/** The opened value, or null before it is open (and while `opening` is null: nothing to show). */
export function useOpenWhileShown<T extends { destroy(): void }>(opening: OpenWhileShown<T> | null): T | null {
  return useSyncExternalStore(opening?.subscribe ?? NOTHING_TO_OPEN, opening?.get ?? NONE, NONE);
}
