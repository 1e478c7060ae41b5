/** A key combination an action answers to, with how the shortcut help writes it. */

export interface KeyPress {
  key: string;
  code?: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

export interface Shortcut {
  /** As the help shows it: "Alt+N". */
  keys: string;
  /** For aria-keyshortcuts: "Alt+N". */
  aria: string;
  matches(event: KeyPress): boolean;
}

/** Alt with a key (by `key`, or by `code` so Alt+N works on layouts where Alt changes the character). */
export function alt(keys: string, aria: string, ...names: string[]): Shortcut {
  return {
    keys,
    aria,
    matches: (e) => e.altKey && !e.ctrlKey && !e.metaKey && names.some((n) => e.key === n || e.code === n),
  };
}

/** Ctrl (or Cmd on a Mac) with a letter; `shift` says whether Shift must be held or must not be. */
export function ctrl(keys: string, aria: string, letter: string, shift: boolean): Shortcut {
  return {
    keys,
    aria,
    matches: (e) => (e.ctrlKey || e.metaKey) && !e.altKey && e.shiftKey === shift && e.key.toLowerCase() === letter,
  };
}

/** Keys the browser itself delivers as an event (copy, paste): shown in the help, matched by no key handler. */
export function browserKeys(keys: string, aria: string): Shortcut {
  return { keys, aria, matches: () => false };
}

/** The first action whose shortcut matches the key press. */
export function actionForKey<A extends { shortcuts?: readonly Shortcut[] }>(event: KeyPress, actions: readonly A[]): A | null {
  return actions.find((a) => a.shortcuts?.some((s) => s.matches(event))) ?? null;
}
