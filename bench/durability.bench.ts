/**
 * Durability loop: 100 rounds of edit, acknowledgement (a second client received it), SIGKILL
 * of the real server process and restart on the same SQLite file; after every restart each
 * acknowledged edit must be served. Reports rounds, edits and losses (target: 0 lost).
 * Environment: BENCH_DURABILITY_ROUNDS (100). Run alone: npx tsx bench/durability.bench.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDurabilityRounds } from '../tests/helpers/durability-rounds.ts';
import { markdownTable } from './stats.ts';

const ROUNDS = Number(process.env.BENCH_DURABILITY_ROUNDS ?? 100);

export async function runDurabilityBench(): Promise<{ table: string; lost: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'koers-bench-kill-'));
  try {
    const figures = await runDurabilityRounds({
      dataDir: dir,
      docId: 'kansengelijkheid',
      rounds: ROUNDS,
      onRound: (round, f) => {
        if (round % 10 === 0) console.log(`  round ${round}: ${f.edits} acknowledged edits, ${f.lost} lost`);
      },
    });
    for (const loss of figures.losses) console.log(`  LOST: ${loss}`);
    const table = markdownTable(
      ['rounds (SIGKILL + restart)', 'acknowledged edits', 'lost', 'total s', 's per round'],
      [[String(figures.rounds), String(figures.edits), String(figures.lost), (figures.ms / 1000).toFixed(1), (figures.ms / 1000 / figures.rounds).toFixed(2)]],
    );
    return { table, lost: figures.lost };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log((await runDurabilityBench()).table);
  process.exit(0);
}
