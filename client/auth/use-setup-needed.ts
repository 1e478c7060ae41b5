/** Whether Koers still waits for its first beheerder; null while asking (or when it cannot tell). */
import { useEffect, useState } from 'react';
import { setupNeeded } from './auth-api.ts';

export function useSetupNeeded(enabled: boolean): boolean | null {
  const [needed, setNeeded] = useState<boolean | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    setupNeeded(controller.signal).then(setNeeded, () => {
      // Unknown: the sign-in page is the safe default, the setup page would only fail on submit.
      if (!controller.signal.aborted) setNeeded(false);
    });
    return () => controller.abort();
  }, [enabled]);
  return enabled ? needed : null;
}
