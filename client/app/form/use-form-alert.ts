/**
 * The message of a form's alert region. Each message shown moves focus to the region, also the
 * same message twice (a second wrong password), so a screen reader hears every refusal.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';

export interface FormAlertState {
  message: string | null;
  regionRef: RefObject<HTMLDivElement | null>;
  show(message: string | null): void;
}

export function useFormAlert(): FormAlertState {
  const [message, setMessage] = useState<string | null>(null);
  const [shown, setShown] = useState(0);
  const regionRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (shown > 0) regionRef.current?.focus();
  }, [shown]);

  const show = (text: string | null) => {
    setMessage(text);
    if (text) setShown((n) => n + 1);
  };
  return { message, regionRef, show };
}

/** The caught error's own (Dutch) message, or `fallback` for anything that is not an Error. */
export function messageOf(error: unknown, fallback: string): string {
  return error instanceof Error ? error.message : fallback;
}
