import type { VotingMode } from '../../shared/workshop/types.ts';
import { formatNumber } from '../../shared/text/dutch.ts';
import { RankCell } from './TieMark.tsx';

export interface RankingLine {
  itemId: string;
  rank: number;
  tied: boolean;
  code: string;
  text: string;
  proposal: boolean;
  score: number;
  voters: number;
}

/** The ranked list, live (presenter) or frozen (outcome): ties share a place and say so. */
export function RankingTable({ lines, mode, caption }: { lines: readonly RankingLine[]; mode: VotingMode; caption: string }) {
  if (lines.length === 0) return <p className="empty">Er is nog niet gestemd.</p>;
  return (
    <table className="ws-table ws-ranking">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Plaats</th>
          <th scope="col">Code</th>
          <th scope="col">Resultaat</th>
          <th scope="col">{mode === 'stippen' ? 'Score (stippen)' : 'Score (punten)'}</th>
          <th scope="col">Stemmers</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.itemId} className={line.tied ? 'ws-tied' : undefined}>
            <td className="ws-num">
              <RankCell rank={line.rank} tied={line.tied} />
            </td>
            <td>{line.code || (line.proposal ? 'Voorstel' : '')}</td>
            <td>
              {line.text}
              {line.proposal && <span className="ws-tag">Voorstel nieuw resultaat</span>}
            </td>
            <td className="ws-num">{formatNumber(line.score)}</td>
            <td className="ws-num">{formatNumber(line.voters)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
