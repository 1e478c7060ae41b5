/**
 * Guard fuzz: 20,000 hostile frames per role against the real server process (a redacteur and
 * a lezer on the programme, a participant in an open werkatelier, and sockets without a valid
 * session). While the frames fly, an honest editor keeps editing and a bystander must receive
 * each edit within a generous bound. Afterwards the process is still up, and what is stored and
 * served is exactly what the honest editor wrote: the stored row count grew by the honest edits
 * only, the replayed log equals the bystander's programme and holds no fuzz content.
 *
 * Frames go out in small batches, each followed by a queryAwareness probe: the next batch goes
 * out when the server answered it (every frame was judged and let through) or closed the socket
 * (a frame was refused; a fresh socket takes the next batch). Seeds are pinned and printed.
 *
 * A guard that refused everything would pass all of that, so the redacteur's legitimate
 * deletes go through the same server afterwards: one row with what hangs below it, a whole
 * goal, and an offline page's work across two goals, live and as sync step 2. Each must be
 * accepted, stored once and seen by the bystander.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { deleteRow, readProgramme, setField, userOrigin } from '../../shared/doc/index.ts';
import type { EntityKind } from '../../shared/model/entities.ts';
import { MESSAGE_TYPE } from '../../shared/protocol.ts';
import type { Programme } from '../../shared/model/types.ts';
import { Cleanup } from '../helpers/cleanup.ts';
import { FUZZ_MARKER, hostileFrame, honestFrame, type FuzzFrame } from '../helpers/fuzz-frames.ts';
import { createProcessUser, createProcessWorkshop, joinProcessWorkshop } from '../helpers/process-users.ts';
import { spawnServerProcess, type ServerProcess } from '../helpers/server-process.ts';
import { makeTempDir, removeDir } from '../helpers/temp-dir.ts';
import { connectClient, type TestClient } from '../helpers/test-client.ts';
import { waitUntil, withTimeout } from '../helpers/wait.ts';
import { updateFrame } from '../helpers/wire.ts';

const DOC = 'bestaanszekerheid';
const SEED = 20261203;
const FRAMES_PER_ROLE = Number(process.env.FUZZ_FRAMES ?? 20_000);
const SOCKETS_PER_ROLE = 8;
const BATCH = 8;
const RELAY_BOUND_MS = 5_000;
const PROBE = Uint8Array.from([MESSAGE_TYPE.queryAwareness]);
const cleanup = new Cleanup();

interface RoleFigures {
  /** Frames sent. */
  frames: number;
  /** Frames the server certainly judged: every frame of an answered batch, one per refusal. */
  judged: number;
  refused: number;
  accepted: number;
  sockets: number;
  closeCodes: Record<string, number>;
  /** Update frames the server did not refuse, by kind: each is a hole unless it changed nothing. */
  acceptedUpdates: Record<string, number>;
  kinds: Record<string, number>;
}

/** Opens a socket with this cookie (none when null); resolves once open, or null if closed first. */
async function open(url: string, cookie: string | null): Promise<WebSocket | null> {
  const ws = new WebSocket(url, cookie ? { headers: { cookie } } : {});
  ws.binaryType = 'arraybuffer';
  ws.on('error', () => {});
  return withTimeout(
    new Promise<WebSocket | null>((resolve) => {
      ws.once('open', () => resolve(ws));
      ws.once('close', () => resolve(null));
    }),
    20_000,
    `a socket to ${url}`,
  );
}

/**
 * Sends a batch of frames and then the probe; resolves with the close code, or null when the
 * probe was answered (every frame of the batch was judged and none refused).
 */
function judge(ws: WebSocket, batch: FuzzFrame[]): Promise<number | null> {
  return withTimeout(
    new Promise<number | null>((resolve) => {
      const onMessage = (data: ArrayBuffer) => {
        if (new Uint8Array(data)[0] === MESSAGE_TYPE.awareness) done(null);
      };
      const onClose = (code: number) => done(code);
      const done = (result: number | null) => {
        ws.off('message', onMessage);
        ws.off('close', onClose);
        resolve(result);
      };
      ws.on('message', onMessage);
      ws.on('close', onClose);
      if (ws.readyState !== ws.OPEN) return done(1006);
      for (const frame of batch) if (ws.readyState === ws.OPEN) ws.send(frame.data, { binary: typeof frame.data !== 'string' });
      if (ws.readyState === ws.OPEN) ws.send(PROBE);
    }),
    30_000,
    `the server to judge a batch of ${batch.map((f) => f.kind).join(', ')}`,
  );
}

/**
 * Several sockets take batches from one queue, each socket opened afresh after a refusal. A
 * refusal ends the batch at the refused frame: the server ignores what follows on a closed
 * socket, so `judged` counts a refused batch's frames up to the first that could be refused.
 */
async function fuzzRole(url: string, cookie: string, frames: FuzzFrame[]): Promise<RoleFigures> {
  const figures: RoleFigures = { frames: 0, judged: 0, refused: 0, accepted: 0, sockets: 0, closeCodes: {}, acceptedUpdates: {}, kinds: {} };
  let next = 0;
  const worker = async () => {
    let ws: WebSocket | null = null;
    while (next < frames.length) {
      const batch = frames.slice(next, next + BATCH);
      next += batch.length;
      for (const frame of batch) figures.kinds[frame.kind] = (figures.kinds[frame.kind] ?? 0) + 1;
      if (!ws) {
        ws = await open(url, cookie);
        figures.sockets++;
      }
      const code = ws ? await judge(ws, batch) : 4401;
      figures.frames += batch.length;
      if (code === null) {
        figures.accepted += batch.length;
        figures.judged += batch.length;
        for (const frame of batch) {
          if (frame.kind.startsWith('update:') && frame.kind !== 'update:bytes') figures.acceptedUpdates[frame.kind] = (figures.acceptedUpdates[frame.kind] ?? 0) + 1;
        }
      } else {
        figures.refused++;
        figures.judged++;
        figures.closeCodes[code] = (figures.closeCodes[code] ?? 0) + 1;
        ws?.terminate();
        ws = null;
      }
    }
    ws?.terminate();
  };
  await Promise.all(Array.from({ length: SOCKETS_PER_ROLE }, worker));
  return figures;
}

/** Without a session the server refuses at the upgrade: frames are sent in batches before the close. */
async function fuzzWithoutSession(url: string, frames: FuzzFrame[]): Promise<RoleFigures> {
  const figures: RoleFigures = { frames: 0, judged: 0, refused: 0, accepted: 0, sockets: 0, closeCodes: {}, acceptedUpdates: {}, kinds: {} };
  for (let start = 0; start < frames.length; start += 200) {
    const batch = frames.slice(start, start + 200);
    const cookie = (start / 200) % 2 === 0 ? null : `koers_sessie=${FUZZ_MARKER}${start}.vervalst; koers_deelnemer=${FUZZ_MARKER}x`;
    const ws = new WebSocket(url, cookie ? { headers: { cookie } } : {});
    ws.on('error', () => {});
    figures.sockets++;
    const code = await withTimeout(
      new Promise<number>((resolve) => {
        ws.once('open', () => {
          for (const frame of batch) if (ws.readyState === ws.OPEN) ws.send(frame.data, { binary: typeof frame.data !== 'string' });
        });
        ws.once('close', (c) => resolve(c));
      }),
      20_000,
      'the refusal of a socket without a session',
    );
    figures.frames += batch.length;
    figures.refused++;
    figures.closeCodes[code] = (figures.closeCodes[code] ?? 0) + 1;
    for (const frame of batch) figures.kinds[frame.kind] = (figures.kinds[frame.kind] ?? 0) + 1;
  }
  return figures;
}

function framesFor(base: Uint8Array, honest: Uint8Array, seed: number, editor = false): FuzzFrame[] {
  return fc.sample(hostileFrame(base, honest, seed, editor), { seed, numRuns: FRAMES_PER_ROLE });
}

/** Every row of a programme with the goal it is under (goals themselves included). */
function rowsOf(programme: Programme): { kind: EntityKind; id: string; goalId: string }[] {
  const out: { kind: EntityKind; id: string; goalId: string }[] = [];
  for (const goal of programme.goals) {
    const at = (kind: EntityKind, id: string) => out.push({ kind, id, goalId: goal.id });
    at('goal', goal.id);
    for (const i of goal.indicators) at('goalIndicator', i.id);
    for (const sub of goal.subGoals) {
      at('subGoal', sub.id);
      for (const a of sub.activities) at('activity', a.id);
      for (const r of sub.results) {
        at('result', r.id);
        for (const i of r.indicators) at('resultIndicator', i.id);
        for (const a of r.activities) at('activity', a.id);
      }
    }
  }
  return out;
}

const LEGITIMATE = fc.record({
  shape: fc.oneof({ arbitrary: fc.constant('row' as const), weight: 3 }, { arbitrary: fc.constant('across' as const), weight: 2 }, { arbitrary: fc.constant('goal' as const), weight: 1 }),
  picks: fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { minLength: 2, maxLength: 2 }),
  step: fc.constantFrom('update' as const, 'step2' as const),
});

function storedLog(p: ServerProcess, dataDir: string, docId: string): Uint8Array[] {
  const db = new Database(join(dataDir, 'koers.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare<[string], { data: Buffer }>('SELECT data FROM updates WHERE doc = ? ORDER BY seq').all(docId).map((r) => new Uint8Array(r.data));
  } finally {
    db.close();
  }
}

function replay(updates: Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  for (const update of updates) Y.applyUpdate(doc, update);
  return doc;
}

describe('guard fuzz on /sync', () => {
  let p: ServerProcess;
  let dataDir: string;
  let writer: TestClient;
  let bystander: TestClient;
  let workshopDoc: string;
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    dataDir = await makeTempDir('koers-guard-fuzz-');
    cleanup.add(() => removeDir(dataDir));
    p = await spawnServerProcess({ dataDir, env: { LOG_LEVEL: 'error' } });
    cleanup.add(() => p.stop('SIGKILL'));
    cookies.redacteur = await createProcessUser(p, 'Redacteur Fuzz', 'redacteur-fuzz@koers.test', [{ scope: DOC, role: 'redacteur' }]);
    cookies.lezer = await createProcessUser(p, 'Lezer Fuzz', 'lezer-fuzz@koers.test', [{ scope: DOC, role: 'lezer' }]);
    const workshop = await createProcessWorkshop(p, DOC);
    workshopDoc = workshop.docId;
    cookies.participant = await joinProcessWorkshop(p, workshop.code, 'Deelnemer Fuzz');
    writer = connectClient(p.syncUrl, DOC, { cookie: p.adminCookie });
    bystander = connectClient(p.syncUrl, DOC, { cookie: p.adminCookie });
    cleanup.add(() => writer.destroy());
    cleanup.add(() => bystander.destroy());
    await Promise.all([writer.whenSynced(), bystander.whenSynced()]);
  }, 120_000);
  afterAll(() => cleanup.run());

  it(`${FRAMES_PER_ROLE} frames per role: the server stays up, relays on, stores nothing of them`, { timeout: 600_000 }, async () => {
    const started = performance.now();
    const rowsBefore = { programme: storedLog(p, dataDir, DOC).length, workshop: storedLog(p, dataDir, workshopDoc).length };

    const participantClient = connectClient(p.syncUrl, workshopDoc, { cookie: cookies.participant });
    await participantClient.whenSynced();
    const workshopBase = Y.encodeStateAsUpdate(participantClient.doc);
    const workshopBefore = JSON.stringify(participantClient.doc.toJSON());
    participantClient.destroy();
    const programmeBase = Y.encodeStateAsUpdate(writer.doc);
    // Off-schema even when a garble leaves it intact (an unknown root), so no damaged frame is a legitimate edit.
    const honestProgramme = honestFrame(programmeBase, (doc) => doc.getMap(`${FUZZ_MARKER}root`).set('naam', `${FUZZ_MARKER}naam`));
    const honestWorkshop = honestFrame(workshopBase, (doc) => doc.getMap(`${FUZZ_MARKER}root`).set('x', 1));

    const generating = performance.now();
    const roles = [
      { role: 'redacteur (edit)', seed: SEED + 1, url: `${p.syncUrl}/${DOC}`, cookie: cookies.redacteur!, frames: framesFor(programmeBase, honestProgramme, SEED + 1, true) },
      { role: 'lezer (comment)', seed: SEED + 2, url: `${p.syncUrl}/${DOC}`, cookie: cookies.lezer!, frames: framesFor(programmeBase, honestProgramme, SEED + 2) },
      { role: 'deelnemer (participate)', seed: SEED + 3, url: `${p.syncUrl}/${workshopDoc}`, cookie: cookies.participant!, frames: framesFor(workshopBase, honestWorkshop, SEED + 3) },
      { role: 'zonder sessie', seed: SEED + 4, url: `${p.syncUrl}/${DOC}`, cookie: null, frames: framesFor(programmeBase, honestProgramme, SEED + 4) },
    ];
    const generatedMs = Math.round(performance.now() - generating);
    // The honest editor edits every 300 ms; each edit must reach the bystander within the bound.
    let relayEdits = 0;
    let slowest = 0;
    let fuzzing = true;
    let relayFailure: string | null = null;
    const relayLoop = (async () => {
      while (fuzzing) {
        relayEdits++;
        const title = `eerlijke bewerking ${relayEdits}`;
        // Chosen among the goals that exist now: if a hostile frame got through and deleted
        // some, the relay is still measured (the comparison at the end reports the damage).
        const goals = writer.programme().goals.map((g) => g.id);
        const goal = goals[relayEdits % goals.length]!;
        const sent = performance.now();
        setField(writer.doc, 'goal', goal, 'title', title, userOrigin('writer'));
        await withTimeout(
          new Promise<void>((resolve) => {
            const check = () => {
              if (bystander.programme().goals.find((g) => g.id === goal)?.title === title) {
                bystander.doc.off('update', check);
                resolve();
              }
            };
            bystander.doc.on('update', check);
            check();
          }),
          RELAY_BOUND_MS,
          `honest edit ${relayEdits} to reach the bystander during the fuzz`,
        );
        slowest = Math.max(slowest, performance.now() - sent);
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
    })().catch((error: unknown) => {
      relayFailure = `honest edit ${relayEdits}: ${String(error)}`;
    });

    // All roles at once: the server judges frames from every kind of sender side by side.
    let results: Array<{ role: string; seed: number; ms: number; figures: RoleFigures }>;
    try {
      results = await Promise.all(
        roles.map(async ({ role, seed, url, cookie, frames }) => {
          const t = performance.now();
          try {
            const figures = cookie === null ? await fuzzWithoutSession(url, frames) : await fuzzRole(url, cookie, frames);
            return { role, seed, figures, ms: Math.round(performance.now() - t) };
          } catch (error) {
            throw new Error(`guard fuzz for ${role} failed (seed ${seed}, FUZZ_FRAMES=${FRAMES_PER_ROLE}): ${String(error)}`, { cause: error });
          }
        }),
      );
    } finally {
      fuzzing = false;
      await relayLoop;
    }

    const health = await fetch(`${p.url}/api/health`);
    expect(health.status).toBe(200);
    expect(p.child.exitCode).toBeNull();
    const served = (await (await fetch(`${p.url}/api/documents/${DOC}`, { headers: { cookie: p.adminCookie } })).json()) as Programme;
    const fresh = connectClient(p.syncUrl, DOC, { cookie: p.adminCookie });
    await fresh.whenSynced();
    const freshState = fresh.programme();
    fresh.destroy();
    const stored = storedLog(p, dataDir, DOC);
    const replayed = replay(stored);
    const workshopStored = replay(storedLog(p, dataDir, workshopDoc));
    const figures = {
      seconds: Math.round((performance.now() - started) / 100) / 10,
      generatedMs,
      relayEdits,
      slowestRelayMs: Math.round(slowest),
      rows: { before: rowsBefore, after: { programme: stored.length, workshop: storedLog(p, dataDir, workshopDoc).length } },
      roles: results.map(({ role, seed, ms, figures: f }) => ({ role, seed, ms, frames: f.frames, judged: f.judged, refused: f.refused, accepted: f.accepted, sockets: f.sockets, closeCodes: f.closeCodes, acceptedUpdates: f.acceptedUpdates })),
    };
    console.log(`guard fuzz (seed ${SEED}): ${JSON.stringify(figures, null, 1)}`);

    expect(relayFailure, `the honest editor during the fuzz (seed ${SEED})`).toBeNull();
    for (const r of results) expect(r.figures.frames, r.role).toBe(FRAMES_PER_ROLE);
    expect(slowest).toBeLessThan(RELAY_BOUND_MS);
    // Nothing rejected is stored: only the honest edits added rows, and every copy agrees.
    // What got in besides the honest editor's updates, for the report when the count is off.
    const foreign = stored.slice(rowsBefore.programme).flatMap((update) => {
      const { structs, ds } = Y.decodeUpdate(update);
      // An honest title edit is a new item of the writer plus the delete of the value it replaced.
      if (structs.length > 0 && structs.every((st) => st.id.client === writer.doc.clientID)) return [];
      return [{ bytes: update.length, structs: structs.map((st) => `${st.constructor.name}@${st.id.client}`).slice(0, 5), deletes: [...ds.clients.keys()], deleted: [...ds.clients.entries()].map(([client, ranges]) => `${client}:${ranges.map((r) => `${r.clock}+${r.len}`).join(',')}`), hex: Buffer.from(update).toString('hex').slice(0, 80) }];
    });
    expect(stored.length, `stored rows (seed ${SEED}); foreign updates stored: ${JSON.stringify(foreign, null, 1)}`).toBe(rowsBefore.programme + relayEdits);
    expect(figures.rows.after.workshop, `stored werkatelier rows (seed ${SEED})`).toBe(rowsBefore.workshop);
    expect(served).toEqual(bystander.programme());
    expect(freshState).toEqual(bystander.programme());
    expect(readProgramme(replayed)).toEqual(bystander.programme());
    expect(writer.programme()).toEqual(bystander.programme());
    expect(JSON.stringify(replayed.toJSON())).not.toContain(FUZZ_MARKER);
    expect([...replayed.share.keys()].filter((k) => k !== 'meta' && !k.startsWith('rows:') && !k.startsWith('notes:'))).toEqual([]);
    expect(JSON.stringify(workshopStored.toJSON())).toBe(workshopBefore);
  });

  it('legitimate deletes of a redacteur pass the same guard: one row, a whole goal, offline work across goals', { timeout: 120_000 }, async () => {
    const url = `${p.syncUrl}/${DOC}`;
    const rowsBefore = storedLog(p, dataDir, DOC).length;
    const sent: string[] = [];
    let ws = await open(url, cookies.redacteur!);
    for (const { shape, picks, step } of fc.sample(LEGITIMATE, { seed: SEED + 5, numRuns: 24 })) {
      const scratch = new Y.Doc();
      Y.applyUpdate(scratch, Y.encodeStateAsUpdate(bystander.doc));
      const rows = rowsOf(readProgramme(scratch));
      const goals = rows.filter((r) => r.kind === 'goal');
      const leaves = rows.filter((r) => r.kind === 'goalIndicator' || r.kind === 'resultIndicator' || r.kind === 'activity');
      const pick = <T,>(list: T[], at: number) => list[Math.floor(at * list.length)]!;
      let targets: typeof rows;
      const others = rows.filter((r) => r.kind !== 'goal');
      // Half the goals stay, so every shape keeps something to delete.
      if (shape === 'goal' && goals.length > 2) targets = [pick(goals, picks[0]!)];
      else if (shape === 'across' && new Set(leaves.map((l) => l.goalId)).size > 1) {
        const first = pick(leaves, picks[0]!);
        targets = [first, pick(leaves.filter((l) => l.goalId !== first.goalId), picks[1]!)];
      } else if (others.length > 0) targets = [pick(others, picks[0]!)];
      else break;
      const updates: Uint8Array[] = [];
      scratch.on('update', (u: Uint8Array) => updates.push(u));
      scratch.transact(() => targets.forEach((t) => deleteRow(scratch, t.kind, t.id, userOrigin('redacteur'))));
      scratch.destroy();
      const what = `${shape} (${targets.map((t) => `${t.kind} ${t.id}`).join(', ')}) as ${step}, seed ${SEED + 5}`;
      const code = await judge(ws!, [{ kind: 'legitimate', data: updateFrame(Y.mergeUpdates(updates), step) }]);
      expect(code, `the guard refused a legitimate delete: ${what}`).toBeNull();
      sent.push(what);
      const gone = new Set(targets.map((t) => t.id));
      await waitUntil(() => !rowsOf(bystander.programme()).some((r) => gone.has(r.id)), { what: `the bystander to see ${what}` });
      if (ws!.readyState !== ws!.OPEN) ws = await open(url, cookies.redacteur!);
    }
    ws?.terminate();
    expect(sent.some((s) => s.startsWith('goal')) && sent.some((s) => s.startsWith('across')) && sent.some((s) => s.startsWith('row'))).toBe(true);
    const stored = storedLog(p, dataDir, DOC);
    expect(stored.length, sent.join('\n')).toBe(rowsBefore + sent.length);
    expect(readProgramme(replay(stored))).toEqual(bystander.programme());
    await waitUntil(() => JSON.stringify(writer.programme()) === JSON.stringify(bystander.programme()), { what: 'the writer to agree' });
    expect((await fetch(`${p.url}/api/health`)).status).toBe(200);
  });
});
