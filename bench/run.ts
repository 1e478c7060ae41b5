/**
 * `npm run bench`: every benchmark, one after the other (never in parallel: they measure time).
 * Each prints its own table; docs/BENCHMARKS.md records the figures with their context.
 */
import { runSyncBench } from './sync.bench.ts';

console.log('# Koers benchmarks\n');
console.log(`node ${process.version}, ${new Date().toISOString()}\n`);

console.log('## Sync: edit-to-remote-apply latency\n');
const sync = await runSyncBench();
console.log('\n' + sync.table + '\n');
process.exit(0);
