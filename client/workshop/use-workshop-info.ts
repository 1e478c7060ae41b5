/** The REST side of one werkatelier a screen needs: its info and the rows of its slice. */
import { useCallback, useEffect, useState } from 'react';
import type { SliceRow, WorkshopInfo } from '../../shared/workshop/types.ts';
import { ApiError, fetchSlice, fetchWorkshop } from './api.ts';
import { loadWhileShown } from './load.ts';

export interface WorkshopInfoState {
  info: WorkshopInfo | null;
  slice: SliceRow[] | null;
  error: ApiError | null;
  /** Reads the slice again (a row was added to the programme during the werkatelier). */
  reloadSlice(): void;
}

export function useWorkshopInfo(workshopId: string, enabled: boolean): WorkshopInfoState {
  const [info, setInfo] = useState<WorkshopInfo | null>(null);
  const [slice, setSlice] = useState<SliceRow[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [sliceRound, setSliceRound] = useState(0);

  const fail = (e: unknown) => setError(asApiError(e));
  useEffect(() => (enabled ? loadWhileShown((signal) => fetchWorkshop(workshopId, signal), setInfo, fail) : undefined), [workshopId, enabled]);
  useEffect(() => (enabled ? loadWhileShown((signal) => fetchSlice(workshopId, signal), setSlice, fail) : undefined), [workshopId, enabled, sliceRound]);

  const reloadSlice = useCallback(() => setSliceRound((n) => n + 1), []);
  return { info, slice, error, reloadSlice };
}

function asApiError(e: unknown): ApiError {
  return e instanceof ApiError ? e : new ApiError('De gegevens van het werkatelier konden niet worden geladen.', 0);
}
