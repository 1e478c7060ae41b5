/**
 * `npm run migrate-to-postgres` as an operator runs it (the real script, a child process): a
 * SQLite DATA_DIR with documents, versions, history, accounts, sessions and werkateliers is
 * copied into an empty PostgreSQL schema and reads back the same through every store port;
 * a second run changes nothing; a target with other data is refused and left as it was.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setField, userOrigin } from '../../shared/doc/index.ts';
import type { NewHistoryEntry } from '../../server/persistence/document-store.ts';
import { createLogger } from '../../server/log.ts';
import { seedMissingProgrammes } from '../../server/seed.ts';
import { openPostgresStorage, openSqliteStorage, type Storage } from '../../server/storage.ts';
import type { WorkshopOutcome } from '../../shared/workshop/types.ts';
import { Cleanup } from '../helpers/cleanup.ts';
import { createTestSchema, TEST_DATABASE_URL, type TestSchema } from '../helpers/postgres.ts';
import { makeTempDir, removeDir } from '../helpers/temp-dir.ts';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DOC = 'gezond-samenleven';
const cleanup = new Cleanup();
afterEach(() => cleanup.run());

function runScript(env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'server/migrate-to-postgres.ts'],
      { cwd: REPO_ROOT, env: { ...process.env, ...env }, timeout: 120_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

const entry = (n: number, extra: Partial<NewHistoryEntry> = {}): NewHistoryEntry => ({
  documentId: DOC,
  action: 'set',
  kind: 'goal',
  rowId: 'g1',
  field: 'title',
  old: `titel ${n - 1}`,
  new: `titel ${n}`,
  userId: 'u1',
  userName: 'Fleur de Boer',
  at: `2026-02-01T10:00:${String(n).padStart(2, '0')}.000Z`,
  ...extra,
});

const outcome: WorkshopOutcome = {
  workshopId: 'w1', programmeId: DOC, title: 'Avond', scope: { kind: 'programme' }, votingMode: 'stippen', dots: 5,
  closedAt: '2026-03-01T21:00:00.000Z', participantCount: 7, ranking: [], cards: [],
};

/** A SQLite installation with something in every table; answers what a test needs to look up again. */
function fillSqlite(storage: Storage): { token: string; participantToken: string; oidcSession: string; userIds: string[] } {
  const docs = storage.documents;
  seedMissingProgrammes(docs, createLogger('silent'));
  const doc = new Y.Doc();
  for (const update of docs.load(DOC)) Y.applyUpdate(doc, update);
  doc.on('update', (update: Uint8Array) => docs.append(DOC, update));
  for (let n = 1; n <= 30; n++) setField(doc, 'goal', 'g1', 'title', `titel ${n}`, userOrigin('u1'));
  docs.compact(DOC);
  setField(doc, 'goal', 'g2', 'title', 'na de compactie', userOrigin('u1'));
  docs.saveVersion({
    documentId: DOC, name: 'Raadsbesluit', status: 'raad-vastgesteld', date: '2026-02-02', documentNumber: '42', note: '',
    createdAt: '2026-02-02T09:00:00.000Z', createdBy: { id: 'u1', name: 'Fleur de Boer' }, state: Y.encodeStateAsUpdate(doc),
  });
  // The second entry's old value equals the first's new one: SQLite stores it as NULL and reads it back.
  docs.appendHistory([entry(1), entry(2), entry(3, { rowId: 'g2', old: null, new: { a: [1, 'twee'] } })]);
  docs.appendHistory([entry(4, { action: 'remove', field: null, old: { title: 'weg' }, new: null, userId: 'u2', userName: 'Bram' })]);
  doc.destroy();

  const fleur = storage.accounts.createUser({ email: 'fleur@dronten.nl', name: 'Fleur de Boer', passwordHash: 'scrypt$f', grants: [{ scope: '*', role: 'beheerder' }], mustChangePassword: false });
  const bram = storage.accounts.createUser({ email: 'Bram@Dronten.nl', name: 'Bram', passwordHash: 'scrypt$b', grants: [{ scope: DOC, role: 'lezer' }], mustChangePassword: true });
  storage.accounts.setActive(bram.id, false);
  storage.accounts.settingOrInit('cookie_secret', 'het-oude-geheim');
  const token = storage.sessions.start({ kind: 'user', userId: fleur.id }, 3_600_000).token;
  const participantToken = storage.sessions.start({ kind: 'participant', participant: { id: 'd1', name: 'Deelnemer', workshopId: 'w1' } }, 3_600_000).token;
  // Sign-in at a provider: a passwordless account, its identity, a group grant beside a hand-given one, mappings, an OIDC session.
  const anna = storage.accounts.createUser({ email: 'anna@dronten.nl', name: 'Anna', passwordHash: '', grants: [{ scope: DOC, role: 'lezer' }], mustChangePassword: false });
  storage.oidc.link({ issuer: 'https://login.example.nl/v2.0', subject: 'anna-sub', provider: 'dronten', userId: anna.id }, new Date('2026-03-01T08:00:00Z'));
  storage.oidc.addGroupRole({ provider: 'dronten', group: 'Beleid', scope: DOC, role: 'redacteur' }, new Date('2026-03-01T07:00:00Z'));
  storage.oidc.addGroupRole({ provider: 'dronten', group: 'beheer', scope: '*', role: 'beheerder' }, new Date('2026-03-01T07:00:00Z'));
  storage.accounts.syncGroupGrants(anna.id, storage.oidc.grantsFor('dronten', ['Beleid']));
  const oidcSession = storage.sessions.start({ kind: 'user', userId: anna.id, oidc: { provider: 'dronten', idToken: 'eyJ.anna' } }, 3_600_000).id;

  const base = { programmeId: DOC, scope: { kind: 'programme' } as const, title: 'Avond', votingMode: 'stippen' as const, dots: 5, createdBy: { id: fleur.id, name: 'Fleur de Boer' } };
  storage.workshops.create({ ...base, id: 'w1', code: 'AAAABBBB', createdAt: '2026-03-01T19:00:00.000Z', editGrant: true });
  storage.workshops.create({ ...base, id: 'w2', code: 'CCCCDDDD', createdAt: '2026-03-02T19:00:00.000Z', editGrant: false });
  storage.workshops.markClosed('w1', outcome);
  storage.workshops.addDisposition('w1', { cardId: 'c1', disposition: { action: 'niet-verwerkt', reason: 'Past niet' }, by: { id: fleur.id, name: 'Fleur de Boer' }, at: '2026-03-02T10:00:00Z' });
  return { token, participantToken, oidcSession, userIds: [fleur.id, bram.id, anna.id] };
}

/** Everything the ports answer, for comparing two storages. */
function snapshot(storage: Storage, tokens: { token: string; participantToken: string; oidcSession: string; userIds: string[] }) {
  const docs = storage.documents;
  return {
    documents: docs.listDocuments().map((id) => ({ id, log: docs.load(id), versions: docs.listVersions(id), history: docs.listHistory(id) })),
    version: docs.listVersions(DOC).map((v) => docs.loadVersion(DOC, v.id)),
    users: storage.accounts.listUsers(),
    credentials: storage.accounts.credentialsOf('BRAM@dronten.nl'),
    admins: storage.accounts.adminsOfAll(),
    users2: tokens.userIds.map((id) => [storage.accounts.user(id), storage.accounts.activeUser(id), storage.accounts.passwordHashOf(id)]),
    session: storage.sessions.find(tokens.token),
    participant: storage.sessions.find(tokens.participantToken),
    oidcSession: storage.sessions.oidcOf(tokens.oidcSession),
    identity: storage.oidc.userOf('https://login.example.nl/v2.0', 'anna-sub'),
    groupRoles: storage.oidc.groupRoles(),
    workshops: storage.workshops.listForProgramme(DOC),
    outcome: storage.workshops.outcome('w1'),
    count: storage.workshops.frozenParticipantCount('w1'),
    dispositions: storage.workshops.dispositions('w1'),
    byCode: storage.workshops.findByCode('CCCCDDDD'),
  };
}

async function setUp(): Promise<{ dir: string; schema: TestSchema; env: Record<string, string> }> {
  const dir = await makeTempDir('koers-to-pg-');
  cleanup.add(() => removeDir(dir));
  const schema = createTestSchema({ migrate: false });
  cleanup.add(() => schema.drop());
  return { dir, schema, env: { DATA_DIR: dir, KOERS_DATABASE_URL: TEST_DATABASE_URL, KOERS_DATABASE_SCHEMA: schema.schema } };
}

describe('npm run migrate-to-postgres', () => {
  it('copies every table, reads back the same through every port and continues the numbering; once the target has changed, a second run refuses and leaves it as it is', async () => {
    const { dir, schema, env } = await setUp();
    const sqlite = openSqliteStorage(join(dir, 'koers.sqlite'));
    const tokens = fillSqlite(sqlite);
    const expected = snapshot(sqlite, tokens);
    sqlite.close();

    const first = await runScript(env);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Gekopieerd en gecontroleerd');
    expect(first.stdout).toMatch(/updates\s+\d+\s+\d+/);

    const pg = openPostgresStorage({ url: TEST_DATABASE_URL, schema: schema.schema });
    cleanup.add(() => pg.close());
    expect(snapshot(pg, tokens)).toEqual(expected);
    expect(expected.oidcSession).toEqual({ provider: 'dronten', idToken: 'eyJ.anna' });
    expect(expected.users.find((u) => u.email === 'anna@dronten.nl')).toMatchObject({ passwordless: true, providers: ['dronten'], groupGrants: [{ scope: DOC, role: 'redacteur' }] });
    expect(pg.accounts.settingOrInit('cookie_secret', 'een-nieuw-geheim')).toBe('het-oude-geheim');

    // New rows continue after the copied ones.
    const maxUpdate = schema.sql<{ n: number }>('SELECT max(seq) AS n FROM updates')[0]!.n;
    expect(pg.documents.append(DOC, Uint8Array.from([0, 0]))).toBeGreaterThan(maxUpdate);
    const maxHistory = Math.max(...expected.documents.flatMap((d) => d.history.map((h) => h.seq)));
    pg.documents.appendHistory([entry(5)]);
    expect(pg.documents.listHistory(DOC)[0]!.seq).toBeGreaterThan(maxHistory);
    pg.workshops.addDisposition('w1', { cardId: 'c2', disposition: { action: 'niet-verwerkt', reason: 'Later' }, by: { id: 'x', name: 'X' }, at: '2026-03-03T10:00:00Z' });
    expect(pg.workshops.dispositions('w1').map((d) => d.cardId)).toEqual(['c1', 'c2']);
    expect(pg.sessions.start({ kind: 'user', userId: tokens.userIds[0]! }, 1000).ended).toEqual([]);

    // The target changed since (the lines above): a second run refuses and leaves it as it is.
    const counts = () => schema.sql('SELECT (SELECT count(*) FROM updates) AS u, (SELECT count(*) FROM history) AS h, (SELECT count(*) FROM sessions) AS s');
    const before = counts();
    const refused = await runScript(env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/Niet gekopieerd: PostgreSQL already holds Koers data that is not a copy of this SQLite file/);
    expect(counts()).toEqual(before);
  });

  it('run twice on the same copy, the second run reports it and writes nothing', async () => {
    const { dir, schema, env } = await setUp();
    const sqlite = openSqliteStorage(join(dir, 'koers.sqlite'));
    seedMissingProgrammes(sqlite.documents, createLogger('silent'));
    sqlite.close();
    expect((await runScript(env)).code).toBe(0);
    const rows = schema.sql('SELECT seq, doc FROM updates ORDER BY seq');
    const again = await runScript(env);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Deze kopie stond er al');
    expect(schema.sql('SELECT seq, doc FROM updates ORDER BY seq')).toEqual(rows);
  });

  it('refuses without a SQLite file or without KOERS_DATABASE_URL, and says why', async () => {
    const { dir, env } = await setUp();
    const missing = await runScript(env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(`there is no SQLite file at ${join(dir, 'koers.sqlite')}`);
    const noUrl = await runScript({ ...env, KOERS_DATABASE_URL: '' });
    expect(noUrl.code).toBe(1);
    expect(noUrl.stderr).toContain('Zet KOERS_DATABASE_URL');
  });
});
