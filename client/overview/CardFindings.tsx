/**
 * The validation state of one programme on its Overzicht card: open errors and warnings, from
 * the server's run of the same engine the editor uses. A failure to load only hides the line.
 */
import { useEffect, useState } from 'react';
import { formatNumber } from '../../shared/text/dutch.ts';
import { LevelIcon } from '../validation/LevelIcon.tsx';

interface Counts {
  error: number;
  warning: number;
  acknowledged: number;
}

export function CardFindings({ documentId }: { documentId: string }) {
  const [counts, setCounts] = useState<Counts | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/documents/${encodeURIComponent(documentId)}/validation`, { signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<{ counts: Counts }>) : null))
      .then((body) => body && setCounts(body.counts))
      .catch(() => {});
    return () => controller.abort();
  }, [documentId]);

  if (!counts) return null;
  const openWarnings = counts.warning - counts.acknowledged;
  return (
    <p className="card-findings">
      <span>
        <LevelIcon level="error" /> {formatNumber(counts.error)} {counts.error === 1 ? 'fout' : 'fouten'}
      </span>
      <span>
        <LevelIcon level="warning" /> {formatNumber(openWarnings)} {openWarnings === 1 ? 'waarschuwing' : 'waarschuwingen'}
        {counts.acknowledged > 0 && ` (+${formatNumber(counts.acknowledged)} erkend)`}
      </span>
    </p>
  );
}
