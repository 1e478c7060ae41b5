/** Where a key press lands: the key handlers of client/actions/registry.ts leave text fields alone. */

/** True when typing goes into a text field, where the browser's own undo must win. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'submit', 'reset', 'checkbox', 'radio'].includes(target.type);
  }
  return false;
}
