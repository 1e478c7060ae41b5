/**
 * Lets the event loop run pending socket work between the heavy steps of an export or import,
 * so a colleague's edits keep flowing while a large file is built.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
