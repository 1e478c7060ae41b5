/**
 * `npm run bench`: every benchmark, one after the other (never in parallel: they measure time).
 * Each prints its own table; docs/BENCHMARKS.md records the figures with their context.
 * BENCH_ONLY=sync,fanout,validation,history,export,workshop,static,durability,storage,grid,monitoring,budget runs a subset
 * (fanout needs Redis on 127.0.0.1:6379, or BENCH_REDIS_URL).
 */
import { runHistoryBench } from './history.bench.ts';
import { buildKoers } from './processes.ts';
import { runSyncBench } from './sync.bench.ts';

const only = new Set((process.env.BENCH_ONLY ?? 'sync,fanout,validation,history,export,workshop,static,durability,storage,grid,monitoring,budget').split(','));

console.log('# Koers benchmarks\n');
console.log(`node ${process.version}, ${new Date().toISOString()}\n`);
// The server processes run built, as `npm start` runs them.
if (['sync', 'fanout', 'workshop'].some((name) => only.has(name))) buildKoers();

if (only.has('sync')) {
  console.log('## Sync: Koers, the reference and Hocuspocus, interleaved\n');
  const sync = await runSyncBench();
  console.log('\n' + sync.table + '\n');
}

if (only.has('fanout')) {
  console.log('## Fanout: edit-to-remote latency over several processes (Redis)\n');
  const { runFanoutBench } = await import('./fanout.bench.ts');
  console.log((await runFanoutBench()).table + '\n');
}

if (only.has('validation')) {
  console.log('## Validation\n');
  await import('./validation.bench.ts');
  console.log('');
}

if (only.has('history')) {
  console.log('## Versions, differences and history after 10,000 edits\n');
  console.log((await runHistoryBench()).table + '\n');
}

if (only.has('export')) {
  console.log('## Export and import\n');
  const { runExportBench } = await import('./export.bench.ts');
  console.log((await runExportBench()).table + '\n');
}

if (only.has('workshop')) {
  console.log('## Werkatelier: 40 participants join and vote within a minute\n');
  const { runWorkshopBench } = await import('./workshop.bench.ts');
  console.log((await runWorkshopBench()).table + '\n');
}

if (only.has('static')) {
  console.log('## Static files: bytes on the wire (after `npm run build`)\n');
  const { runStaticBench } = await import('./static.bench.ts');
  console.log((await runStaticBench()).table + '\n');
}

if (only.has('durability')) {
  console.log('## Durability: 100 rounds of edit, acknowledgement, SIGKILL, restart\n');
  const { runDurabilityBench } = await import('./durability.bench.ts');
  console.log((await runDurabilityBench()).table + '\n');
}

if (only.has('storage')) {
  console.log('## Storage: durable edits per second, SQLite and PostgreSQL\n');
  const { runStorageBench } = await import('./storage.bench.ts');
  console.log((await runStorageBench()).table + '\n');
}

if (only.has('grid')) {
  console.log('## The programme page in headless Chromium (after `npm run build`)\n');
  const { runGridBench } = await import('./grid.bench.ts');
  console.log((await runGridBench()).table + '\n');
}

if (only.has('monitoring')) {
  console.log('## Monitoring: progress, the voortgangsrapportage and storage with 10 years of quarterly measurements\n');
  const { runMonitoringBench } = await import('./monitoring.bench.ts');
  console.log((await runMonitoringBench()).table + '\n');
}
if (only.has('budget')) {
  console.log('## Budget plans: 500 lines x 10 years, 2,000 movements, 1,000 links\n');
  const { runBudgetBench } = await import('./budget.bench.ts');
  console.log((await runBudgetBench()).table + '\n');
}

process.exit(0);
