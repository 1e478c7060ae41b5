/**
 * Ten rounds of edit, acknowledgement, SIGKILL of the real server process and restart on the
 * same SQLite file: no acknowledged edit may be missing after any restart. The 100-round
 * version is the benchmark bench/durability.bench.ts (too long for every CI run).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Cleanup } from '../helpers/cleanup.ts';
import { runDurabilityRounds } from '../helpers/durability-rounds.ts';
import { makeTempDir, removeDir } from '../helpers/temp-dir.ts';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

describe('durability loop', () => {
  it('10 hard kills right after acknowledged edits lose none of them', { timeout: 240_000 }, async () => {
    const dir = await makeTempDir('koers-kill-loop-');
    cleanup.add(() => removeDir(dir));

    const figures = await runDurabilityRounds({ dataDir: dir, docId: 'kansengelijkheid', rounds: 10 });

    console.log(`durability loop: ${figures.rounds} rounds, ${figures.edits} acknowledged edits, ${figures.lost} lost, ${figures.ms} ms`);
    expect(figures.losses).toEqual([]);
    expect(figures).toMatchObject({ rounds: 10, edits: 60, lost: 0 });
  });
});
