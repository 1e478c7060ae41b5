/**
 * One GET for as long as a screen shows it, for use inside useEffect. The request is aborted
 * when the screen moves on, and that abort is not an error anyone should read about.
 */
export function loadWhileShown<T>(load: (signal: AbortSignal) => Promise<T>, onValue: (value: T) => void, onError: (error: unknown) => void): () => void {
  const abort = new AbortController();
  load(abort.signal).then(onValue, (error: unknown) => {
    if (!abort.signal.aborted) onError(error);
  });
  return () => abort.abort();
}

/** The Dutch text of a failure: the server's own words (ApiError) when there are any. */
export function messageOf(error: unknown, fallback: string): string {
  return error instanceof Error ? error.message : fallback;
}
