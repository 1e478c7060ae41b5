/**
 * Values and per-field errors of a form of text fields. Errors found before sending are shown
 * on their fields and the first one (in form order) takes focus; an error disappears as soon as
 * its field is edited, so a stale message never sits next to a corrected value.
 */
import { useCallback, useRef, useState } from 'react';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export function useFormFields<F extends string>(order: readonly F[]) {
  const empty = () => Object.fromEntries(order.map((f) => [f, ''])) as Record<F, string>;
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const inputs = useRef<Partial<Record<F, HTMLInputElement | null>>>({});

  // Stable, so a page can focus its first field in a mount effect that lists it.
  const focus = useCallback((field: F) => inputs.current[field]?.focus(), []);

  /** Shows `found` on the fields; true when there is nothing to fix. */
  const accept = (found: FieldErrors<F>): boolean => {
    setErrors(found);
    const first = order.find((f) => found[f]);
    if (first) focus(first);
    return !first;
  };

  /** What a FormField needs for `field`. */
  const bind = (field: F) => ({
    value: values[field],
    error: errors[field],
    inputRef: (el: HTMLInputElement | null) => {
      inputs.current[field] = el;
    },
    onChange: (value: string) => {
      setValues((v) => ({ ...v, [field]: value }));
      if (errors[field]) setErrors((prev) => ({ ...prev, [field]: undefined }));
    },
  });

  return { values, accept, bind, focus, reset: () => setValues(empty()) };
}
