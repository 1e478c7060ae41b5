/** The outcome as two plain tables (ranking and cards), the one shape behind every export format. */
import { describeDisposition, latestDispositions } from '../../../shared/workshop/disposition.ts';
import { CARD_TYPE_LABELS, VOTING_MODE_LABELS, type CardDispositionRecord, type WorkshopOutcome } from '../../../shared/workshop/types.ts';
import { longDate } from '../../../shared/text/dutch.ts';
import { dutchDate } from '../../export/snapshot.ts';

type Cell = string | number;

export interface Table {
  name: string;
  headers: string[];
  /** Relative widths, for Excel and Word. */
  widths: number[];
  rows: Cell[][];
}

export interface OutcomeTables {
  title: string;
  facts: [string, string][];
  ranking: Table;
  cards: Table;
}

const RANKING_HEADERS = ['Plaats', 'Gedeelde plaats', 'Code', 'Resultaat', 'Score', 'Stemmers'];
const CARD_HEADERS = ['Type', 'Bij rij', 'Tekst', 'Naam', 'Verwerking'];

export function outcomeTables(outcome: WorkshopOutcome, programmeName: string, dispositions: readonly CardDispositionRecord[]): OutcomeTables {
  const latest = latestDispositions(dispositions);
  const scoreLabel = outcome.votingMode === 'stippen' ? `stippen (${outcome.dots} per deelnemer)` : 'punten (plaats 1 = 10 ... plaats 10 = 1)';
  return {
    title: `Werkatelier: ${outcome.title}`,
    facts: [
      ['Programma', programmeName || outcome.programmeId],
      ['Gesloten op', longDate(dutchDate(new Date(outcome.closedAt)))],
      ['Deelnemers', String(outcome.participantCount)],
      ['Manier van stemmen', VOTING_MODE_LABELS[outcome.votingMode]],
      ['Score', scoreLabel],
      ['Kaarten', String(outcome.cards.length)],
    ],
    ranking: {
      name: 'Rangorde',
      headers: RANKING_HEADERS,
      widths: [8, 12, 8, 60, 8, 10],
      rows: outcome.ranking.map((item) => [
        item.rank,
        item.tied ? 'ja' : 'nee',
        item.code,
        item.proposal ? `Voorstel nieuw resultaat: ${item.text}` : item.text,
        item.score,
        item.voters,
      ]),
    },
    cards: {
      name: 'Kaarten',
      headers: CARD_HEADERS,
      widths: [14, 30, 50, 18, 40],
      rows: outcome.cards.map((card) => {
        const done = latest.get(card.id);
        return [
          CARD_TYPE_LABELS[card.type],
          [card.rowCode, card.rowText].filter(Boolean).join(' ') || '(rij staat niet meer in het programma)',
          card.text,
          card.authorName,
          done ? describeDisposition(done.disposition) : 'Nog niet besproken',
        ];
      }),
    },
  };
}
