/**
 * The test app over a MemoryStore seeded with the three programmes and a room registry on it:
 * what most app.request() tests start from. The parts are handed out separately because tests
 * edit the store, read the registry and sometimes swap one of them mid-test.
 */
import { DEFAULT_CONFIG } from '../../server/config.ts';
import { createLogger, type Logger } from '../../server/log.ts';
import { MemoryStore } from '../../server/persistence/memory-store.ts';
import { seedMissingProgrammes } from '../../server/seed.ts';
import { RoomRegistry } from '../../server/sync/room-registry.ts';
import { createTestApp, type TestApp } from './test-app.ts';
import { makeTempDir, removeDir } from './temp-dir.ts';

export interface SeededTestApp {
  store: MemoryStore;
  registry: RoomRegistry;
  app: TestApp;
  staticDir: string;
}

/** Without `staticDir`, an empty temporary folder: the app then answers as with no client built. */
export async function seededTestApp(options: { staticDir?: string; log?: Logger } = {}): Promise<SeededTestApp> {
  const log = options.log ?? createLogger('silent');
  const store = new MemoryStore();
  seedMissingProgrammes(store, log);
  const registry = new RoomRegistry(store, DEFAULT_CONFIG, log);
  const staticDir = options.staticDir ?? (await makeTempDir('koers-static-'));
  const app = await createTestApp({ store, registry, staticDir, log });
  return { store, registry, app, staticDir };
}

/**
 * Closes what the test holds now (which may be a swapped-in registry or app). The registry goes
 * first, as it writes its rooms to the store; `staticDir` is removed only when passed, so a
 * folder the test named itself is left alone.
 */
export async function closeSeededTestApp(parts: Omit<SeededTestApp, 'staticDir'> & { staticDir?: string }): Promise<void> {
  await parts.registry.close();
  parts.app.close();
  parts.store.close();
  if (parts.staticDir) await removeDir(parts.staticDir);
}
