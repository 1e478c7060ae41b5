/**
 * Validation speed on the three Dronten programmes. Run: npx tsx bench/validation.bench.ts
 *
 *   full         validate all three programmes from scratch (new Validator, cold parse memo),
 *                with the cross-programme context (other programmes, ASD priorities)
 *   incremental  one cell edited (a streefwaarde), then validator.update() with the changed id
 *
 * Targets: full under 20 ms, incremental under 2 ms (median and p95 after warm-up).
 */
import * as Y from 'yjs';
import { observeProgramme, readProgramme, seedProgramme, setField, userOrigin } from '../shared/doc/index.ts';
import type { Programme } from '../shared/model/types.ts';
import priorities from '../shared/seed/asd-priorities.json';
import { SEED_PROGRAMMES } from '../shared/seed/programmes.ts';
import { Validator, validateProgramme, type PriorityInput, type ValidationContext } from '../shared/validation/index.ts';

const WARMUP = 30;
const RUNS = 300;

function stats(samples: number[]): { median: number; p95: number; max: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: at(0.5), p95: at(0.95), max: s[s.length - 1]! };
}

function measure(fn: () => void): number[] {
  for (let i = 0; i < WARMUP; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

const docs = SEED_PROGRAMMES.map((seed) => {
  const doc = new Y.Doc();
  seedProgramme(doc, seed);
  return doc;
});
const programmes: Programme[] = docs.map((d) => readProgramme(d));
const contextFor = (p: Programme): ValidationContext => ({
  otherProgrammes: programmes.filter((o) => o.id !== p.id),
  priorities: priorities as PriorityInput,
  today: '2026-03-01',
});

let findings = 0;
const full = measure(() => {
  findings = 0;
  for (const p of programmes) findings += validateProgramme(p, contextFor(p)).length;
});

// Incremental: edit one streefwaarde in Gezond Samenleven back and forth.
const doc = docs[1]!;
const validator = new Validator(contextFor(programmes[1]!));
validator.validate(readProgramme(doc));
let changed = new Set<string>();
observeProgramme(doc, (change) => {
  changed = change.rowIds;
});
const alice = userOrigin('bench', 'Bench');
let flip = false;
let readMs: number[] = [];
const incremental: number[] = [];
for (let i = 0; i < WARMUP + RUNS; i++) {
  flip = !flip;
  setField(doc, 'goalIndicator', 'g3-i2', 'target', flip ? '2%' : 'Maximaal 2%', alice);
  const r0 = performance.now();
  const programme = readProgramme(doc);
  const r1 = performance.now();
  validator.update(programme, changed);
  const r2 = performance.now();
  if (i >= WARMUP) {
    readMs.push(r1 - r0);
    incremental.push(r2 - r1);
  }
}

const rows = [
  ['full, 3 programmes', stats(full)],
  ['incremental, 1 edit', stats(incremental)],
  ['(readProgramme, 1 doc)', stats(readMs)],
] as const;
const fmt = (n: number) => n.toFixed(2).padStart(8);
console.log(`validation benchmark: ${RUNS} runs after ${WARMUP} warm-up, ${findings} findings per full run`);
console.log('case                       median ms   p95 ms   max ms');
for (const [name, s] of rows) console.log(`${name.padEnd(26)}${fmt(s.median)}${fmt(s.p95)}${fmt(s.max)}`);
console.log(`targets: full < 20 ms, incremental < 2 ms -> ${stats(full).p95 < 20 && stats(incremental).p95 < 2 ? 'met' : 'NOT met'} (p95)`);
