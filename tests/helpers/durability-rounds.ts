/**
 * The durability loop shared by tests/server/durability-loop.test.ts (10 rounds) and
 * bench/durability.bench.ts (100 rounds): edit, wait for the acknowledgement, SIGKILL the
 * real server process, restart it on the same SQLite file, check every acknowledged edit.
 *
 * Acknowledged means what durability.test.ts and server-process.test.ts mean: a second client
 * received the edit through the server, which relays only after the append has committed.
 */
import * as Y from 'yjs';
import { addRow, readProgramme, setField, userOrigin } from '../../shared/doc/index.ts';
import type { Programme } from '../../shared/model/types.ts';
import { spawnServerProcess, type ServerProcess } from './server-process.ts';
import { connectClient, type TestClient } from './test-client.ts';
import { waitUntil } from './wait.ts';

export interface DurabilityFigures {
  rounds: number;
  /** Acknowledged edits across all rounds. */
  edits: number;
  /** Acknowledged edits missing after a restart (checked after every restart, counted once). */
  lost: number;
  /** Human-readable descriptions of the first few losses. */
  losses: string[];
  ms: number;
}

const EDITS_PER_ROUND = 5;

function goalsById(programme: Programme): Map<string, Programme['goals'][number]> {
  return new Map(programme.goals.map((g) => [g.id, g]));
}

async function fetchProgramme(p: ServerProcess, docId: string): Promise<Programme> {
  const response = await fetch(`${p.url}/api/documents/${docId}`, { headers: { cookie: p.adminCookie } });
  if (response.status !== 200) throw new Error(`GET /api/documents/${docId}: ${response.status}`);
  return (await response.json()) as Programme;
}

export async function runDurabilityRounds({
  dataDir,
  docId,
  rounds,
  onRound,
}: {
  dataDir: string;
  docId: string;
  rounds: number;
  onRound?: (round: number, figures: DurabilityFigures) => void;
}): Promise<DurabilityFigures> {
  const started = performance.now();
  // The latest acknowledged title per goal (an earlier one is checked at the restart before it
  // is overwritten) and every acknowledged new row with its indicator text.
  const titles = new Map<string, string>();
  const rows = new Map<string, { goalId: string; indicator: string }>();
  const missing = new Set<string>();
  const figures: DurabilityFigures = { rounds: 0, edits: 0, lost: 0, losses: [], ms: 0 };
  const lose = (what: string) => {
    if (missing.has(what)) return;
    missing.add(what);
    figures.lost++;
    if (figures.losses.length < 10) figures.losses.push(what);
  };
  const check = (programme: Programme) => {
    const goals = goalsById(programme);
    for (const [goalId, title] of titles) if (goals.get(goalId)?.title !== title) lose(`goal ${goalId} title "${title}"`);
    for (const [rowId, { goalId, indicator }] of rows) {
      if (!goals.get(goalId)?.indicators.some((i) => i.id === rowId && i.indicator === indicator)) lose(`indicator ${rowId} "${indicator}" under ${goalId}`);
    }
  };

  for (let round = 1; round <= rounds; round++) {
    const p = await spawnServerProcess({ dataDir });
    const clients: TestClient[] = [];
    try {
      // What the restarted server serves must hold every edit acknowledged before any kill.
      check(await fetchProgramme(p, docId));
      const [a, b] = [connectClient(p.syncUrl, docId, { cookie: p.adminCookie }), connectClient(p.syncUrl, docId, { cookie: p.adminCookie })];
      clients.push(a, b);
      await Promise.all([a.whenSynced(30_000), b.whenSynced(30_000)]);
      check(b.programme());

      const goals = a.programme().goals;
      const newTitles: Array<[string, string]> = [];
      for (let n = 0; n < EDITS_PER_ROUND; n++) {
        const goal = goals[(round + n) % goals.length]!;
        const title = `ronde ${round} bewerking ${n}`;
        setField(a.doc, 'goal', goal.id, 'title', title, userOrigin('a'));
        newTitles.push([goal.id, title]);
      }
      const goalId = goals[round % goals.length]!.id;
      const indicator = `toegevoegd in ronde ${round}`;
      const rowId = addRow(a.doc, 'goalIndicator', goalId, userOrigin('a'), { fields: { indicator } });

      const sent = JSON.stringify(readProgramme(a.doc));
      await waitUntil(() => JSON.stringify(b.programme()) === sent, { timeoutMs: 30_000, what: `round ${round} to be acknowledged` });
      for (const [id, title] of newTitles) titles.set(id, title);
      rows.set(rowId, { goalId, indicator });
      figures.edits += newTitles.length + 1;

      p.child.kill('SIGKILL');
      const exit = await p.exited;
      if (exit.signal !== 'SIGKILL') throw new Error(`round ${round}: the server ended with ${exit.code ?? exit.signal}, not by the kill`);
    } finally {
      for (const c of clients) c.destroy();
      await p.stop('SIGKILL');
    }
    figures.rounds = round;
    onRound?.(round, figures);
  }

  // The last kill is checked by one more start, straight from the stored log as well.
  const last = await spawnServerProcess({ dataDir });
  try {
    const served = await fetchProgramme(last, docId);
    check(served);
    const fresh = connectClient(last.syncUrl, docId, { cookie: last.adminCookie });
    try {
      await fresh.whenSynced(30_000);
      const replica = new Y.Doc();
      Y.applyUpdate(replica, Y.encodeStateAsUpdate(fresh.doc));
      check(readProgramme(replica));
    } finally {
      fresh.destroy();
    }
  } finally {
    await last.stop('SIGKILL');
  }
  figures.ms = Math.round(performance.now() - started);
  return figures;
}
