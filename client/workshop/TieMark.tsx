import { placeLabel } from './contract.ts';

/** A place in a ranking; a shared place shows an equals sign and the word 'gedeeld'. */
export function RankCell({ rank, tied }: { rank: number; tied: boolean }) {
  if (!tied) return <>{rank}</>;
  return (
    <span className="ws-tie">
      <svg className="icon" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">
        <path d="M3 5.5h10M3 10.5h10" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
      </svg>
      {placeLabel({ rank, tied })}
    </span>
  );
}
