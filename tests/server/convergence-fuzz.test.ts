/**
 * Convergence fuzz: 5 real y-websocket clients on the real server, seeded random operations
 * as the client makes them (shared/doc/operations.ts): field edits, row adds, moves and
 * deletes at every level, disconnects with offline edits and reconnects. At the end every
 * client, a fresh client and the REST JSON are equal, and every row in the Y.Doc is reachable:
 * in the tree or in the `orphans` list (item 1 of issue 11). Seeds are pinned and printed.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addRow, deleteRow, DocError, moveRow, setField, userOrigin } from '../../shared/doc/index.ts';
import { allRows } from '../../shared/doc/rows.ts';
import { checkFieldValue, EDITABLE_FIELDS, ENTITY_KINDS, PARENT_KINDS, type EntityKind } from '../../shared/model/entities.ts';
import type { Programme } from '../../shared/model/types.ts';
import { Cleanup } from '../helpers/cleanup.ts';
import type { TestClient } from '../helpers/test-client.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';
import { waitUntil } from '../helpers/wait.ts';

const RUNS = [
  { seed: 20261204, docId: 'gezond-samenleven', ops: 1_000 },
  { seed: 20261205, docId: 'kansengelijkheid', ops: 1_000 },
];
const CLIENTS = 5;
const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const ACTIONS = ['field', 'field', 'field', 'add', 'add', 'move', 'delete', 'offline', 'online', 'pause'] as const;
const op = fc.record({
  client: fc.nat({ max: CLIENTS - 1 }),
  action: fc.constantFrom(...ACTIONS),
  pick: fc.nat(),
  other: fc.nat(),
  text: fc.string({ maxLength: 12 }),
});
type Op = { client: number; action: (typeof ACTIONS)[number]; pick: number; other: number; text: string };

/** Per kind, the fields a plain text is valid for: what the grid's text cells edit. */
const TEXT_FIELDS = Object.fromEntries(
  ENTITY_KINDS.map((kind) => [kind, Object.keys(EDITABLE_FIELDS[kind]).filter((field) => checkFieldValue(kind, field, 'tekst') === null)]),
) as Record<EntityKind, string[]>;

interface RowRef {
  kind: EntityKind;
  id: string;
  parentId: string | null;
}

const CHILD_LISTS: Record<string, EntityKind> = { indicators: 'goalIndicator', subGoals: 'subGoal', results: 'result', activities: 'activity' };

/** The rows a user sees in the tree, with their kinds (result indicators are `indicators` under a result). */
function visibleRows(programme: Pick<Programme, 'goals'>): RowRef[] {
  const rows: RowRef[] = [];
  const walk = (node: Record<string, unknown>, kind: EntityKind, parentId: string | null) => {
    rows.push({ kind, id: node.id as string, parentId });
    for (const [list, childKind] of Object.entries(CHILD_LISTS)) {
      const children = node[list];
      if (!Array.isArray(children)) continue;
      const realKind = list === 'indicators' && kind === 'result' ? 'resultIndicator' : childKind;
      for (const child of children as Array<Record<string, unknown>>) walk(child, realKind, node.id as string);
    }
  };
  for (const goal of programme.goals) walk(goal as unknown as Record<string, unknown>, 'goal', null);
  return rows;
}

/** Every id anywhere in a JSON value: the tree and the orphans with what hangs below them. */
function idsIn(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) idsIn(v, into);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.id === 'string') into.add(record.id);
    for (const v of Object.values(record)) idsIn(v, into);
  }
  return into;
}

function apply(c: TestClient, o: Op, n: number): string {
  const origin = userOrigin(`fuzz-${o.client}`);
  const rows = visibleRows(c.programme());
  const target = rows.length > 0 ? rows[o.pick % rows.length]! : null;
  switch (o.action) {
    case 'field': {
      if (!target) return 'skip';
      const fields = TEXT_FIELDS[target.kind];
      if (fields.length === 0) return 'skip';
      setField(c.doc, target.kind, target.id, fields[o.other % fields.length]!, `${o.text} ${n}`, origin);
      return 'field';
    }
    case 'add': {
      const kind = ENTITY_KINDS[o.other % ENTITY_KINDS.length]!;
      const parents = PARENT_KINDS[kind];
      if (parents.includes('programme')) {
        addRow(c.doc, kind, null, origin);
        return 'add';
      }
      const candidates = rows.filter((r) => parents.includes(r.kind));
      if (candidates.length === 0) return 'skip';
      addRow(c.doc, kind, candidates[o.pick % candidates.length]!.id, origin);
      return 'add';
    }
    case 'move': {
      if (!target) return 'skip';
      const siblings = rows.filter((r) => r.kind === target.kind && r.parentId === target.parentId && r.id !== target.id);
      const after = o.other % 3 === 0 || siblings.length === 0 ? null : siblings[o.other % siblings.length]!.id;
      moveRow(c.doc, target.kind, target.id, after, origin);
      return 'move';
    }
    case 'delete': {
      if (!target || rows.length < 8) return 'skip';
      deleteRow(c.doc, target.kind, target.id, origin);
      return 'delete';
    }
    case 'offline':
      c.provider.disconnect();
      return 'offline';
    case 'online':
      c.provider.connect();
      return 'online';
    case 'pause':
      return 'pause';
  }
}

async function server(): Promise<TestServer> {
  const s = await startTestServer();
  cleanup.add(() => s.dispose());
  return s;
}

describe('convergence fuzz', () => {
  it(`${RUNS.reduce((n, r) => n + r.ops, 0)} operations by 5 clients converge everywhere, and no row is lost`, { timeout: 300_000 }, async () => {
    const s = await server();
    for (const { seed, docId, ops: count } of RUNS) {
      const started = performance.now();
      const clients = Array.from({ length: CLIENTS }, () => {
        const c = s.connect(docId, { maxBackoffTime: 200 });
        cleanup.add(() => c.destroy());
        return c;
      });
      await Promise.all(clients.map((c) => c.whenSynced()));
      const ops = fc.sample(op, { seed, numRuns: count });
      const tally: Record<string, number> = {};
      try {
        for (const [n, o] of ops.entries()) {
          let done: string;
          try {
            done = apply(clients[o.client]!, o, n);
          } catch (error) {
            // A row a colleague just deleted: the client shows a message and changes nothing.
            if (!(error instanceof DocError)) throw error;
            done = `refused:${error.code}`;
          }
          tally[done] = (tally[done] ?? 0) + 1;
          // Let the network interleave: sometimes a tick, sometimes long enough for a round trip.
          await new Promise((resolve) => setTimeout(resolve, o.action === 'pause' ? 30 : n % 4 === 0 ? 1 : 0));
        }
        for (const c of clients) c.provider.connect();
        const stopped = () => clients.map((c, i) => ({ client: i, terminal: c.terminal, closes: c.closes })).filter((c) => c.closes.length > 0 || c.terminal);
        await waitUntil(
          () => {
            const states = clients.map((c) => JSON.stringify(c.programme()));
            return clients.every((c) => c.provider.synced) && states.every((st) => st === states[0]);
          },
          { timeoutMs: 60_000, what: `the ${CLIENTS} clients to converge` },
        ).catch((error: unknown) => {
          throw new Error(`${String(error)}; sockets closed by the server: ${JSON.stringify(stopped())}`, { cause: error });
        });
        for (const c of clients) expect(c.terminal, `a client was stopped for good (seed ${seed})`).toBeNull();
        const expected = clients[0]!.programme();
        await expect.poll(async () => JSON.stringify(await s.fetchProgramme(docId)), { timeout: 20_000, interval: 50 }).toBe(JSON.stringify(expected));
        const fresh = s.connect(docId);
        cleanup.add(() => fresh.destroy());
        await fresh.whenSynced();
        expect(fresh.programme(), `fresh client (seed ${seed})`).toEqual(expected);
        const served = await s.fetchProgramme(docId);
        expect(served, `REST JSON (seed ${seed})`).toEqual(expected);
        for (const c of clients) expect(Y.encodeStateVector(c.doc)).toEqual(Y.encodeStateVector(fresh.doc));

        // Reachability: every row in the Y.Doc shows up in the tree, the ranking beside it, or the orphans list.
        const reachable = idsIn({ goals: served.goals, priorities: served.priorities ?? [], orphans: (served as { orphans?: unknown }).orphans ?? [] });
        const inDoc = ENTITY_KINDS.flatMap((kind) => allRows(fresh.doc, kind).map((r) => `${kind}:${r.id}`));
        const unreachable = inDoc.filter((key) => !reachable.has(key.split(':')[1]!));
        console.log(
          `convergence fuzz seed ${seed} on ${docId}: ${count} operations ${JSON.stringify(tally)}, ${inDoc.length} rows in the doc, ` +
            `${unreachable.length} unreachable, ${Math.round(performance.now() - started)} ms`,
        );
        expect(unreachable, `rows in the Y.Doc but in no tree and no orphans list (seed ${seed})`).toEqual([]);
      } catch (error) {
        console.log(`convergence fuzz failed: seed ${seed}, doc ${docId}, ${count} operations`);
        throw error;
      } finally {
        for (const c of clients) c.destroy();
      }
    }
  });
});
