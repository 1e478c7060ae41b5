/**
 * A value made on first use. Intl formatters load ICU locale data when they are made: made at
 * import they cost the server tens of milliseconds before its first HTTP answer (issue 15).
 */
export function once<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}
