/**
 * The council document's layout as a list of blocks. The Word and the PDF report both render
 * this one outline, so the two cannot drift apart: per goal a "Doel N: ..." heading, the
 * effect, the goal-indicator table; per uitwerking its title, Probleem/aanleiding, the
 * results table and the activities as a numbered list; at the end, when there are any, the rows
 * without a place (orphan-rows.ts) in a table of their own. What is empty is left out, as the
 * council would leave it out: no screen phrases such as "Nog geen activiteiten." in a report.
 * Every text goes through printable(): symbols the report fonts lack become ones they have.
 */
import type { Goal, Programme, SubGoal } from '../../shared/model/types.ts';
import { longDate } from '../../shared/text/dutch.ts';
import { ORPHANS_EXPLANATION, ORPHANS_TITLE, orphanRows } from './orphan-rows.ts';
import { printable } from './printable.ts';
import type { ExportSnapshot } from './snapshot.ts';
import type { ChartImage } from './chart-images.ts';

/** A table cell holds one or more paragraphs (a result with three indicators: three lines). */
type Cell = string[];

interface TableColumn {
  header: string;
  /** Share of the text width, in percent. */
  width: number;
}

export type Block =
  | { type: 'titlePage'; kicker: string; title: string; facts: [string, string][]; contents?: string[] }
  | { type: 'heading'; level: 1 | 2; text: string }
  | { type: 'label'; text: string }
  | { type: 'paragraph'; text: string; empty?: boolean }
  | { type: 'table'; caption: string; columns: TableColumn[]; rows: Cell[][] }
  | { type: 'numberedList'; items: string[] }
  | { type: 'image'; alt: string; image: ChartImage };

/** One part per programme; a combined export starts with a cover part. */
export interface ReportPart {
  programme: Programme | null;
  blocks: Block[];
}

export function reportOutline(snapshot: ExportSnapshot): ReportPart[] {
  const parts: ReportPart[] = [];
  if (snapshot.combined) {
    parts.push({
      programme: null,
      blocks: [
        {
          type: 'titlePage',
          kicker: municipalityLine(snapshot.programmes[0]!),
          title: snapshot.title,
          facts: versionFacts(snapshot),
          contents: snapshot.programmes.map((p) => p.name),
        },
      ],
    });
  }
  for (const programme of snapshot.programmes) parts.push({ programme, blocks: programmeBlocks(programme, snapshot) });
  return printableParts(parts);
}

/** Every text of the parts through printable(), for every outline (this one and the voortgangsrapportage). */
export function printableParts(parts: ReportPart[]): ReportPart[] {
  return parts.map((part) => ({ ...part, blocks: part.blocks.map(printableBlock) }));
}

function printableBlock(block: Block): Block {
  switch (block.type) {
    case 'titlePage':
      return {
        ...block,
        title: printable(block.title),
        facts: block.facts.map(([label, value]) => [label, printable(value)]),
        ...(block.contents ? { contents: block.contents.map(printable) } : {}),
      };
    case 'heading':
    case 'label':
    case 'paragraph':
      return { ...block, text: printable(block.text) };
    case 'numberedList':
      return { ...block, items: block.items.map(printable) };
    case 'table':
      return { ...block, rows: block.rows.map((row) => row.map((cell) => cell.map(printable))) };
    case 'image':
      return { ...block, alt: printable(block.alt) };
  }
}

export function municipalityLine(programme: Programme): string {
  return programme.municipality ? `Gemeente ${programme.municipality}` : 'Uitvoeringsprogramma';
}

export function versionFacts(snapshot: ExportSnapshot): [string, string][] {
  const { version } = snapshot;
  const facts: [string, string][] = [
    ['Versie', version.name],
    ['Status', version.status],
    ['Datum', longDate(version.date)],
  ];
  if (version.documentNumber) facts.push(['Besluitnummer', version.documentNumber]);
  return facts;
}

function programmeBlocks(programme: Programme, snapshot: ExportSnapshot): Block[] {
  const facts: [string, string][] = [];
  if (programme.period) facts.push(['Periode', programme.period]);
  if (programme.documentNumber) facts.push(['Documentnummer', programme.documentNumber]);
  facts.push(...versionFacts(snapshot));
  if (programme.focusAreas.length > 0) facts.push(['Aandachtsgebieden', programme.focusAreas.join(', ')]);
  const blocks: Block[] = [{ type: 'titlePage', kicker: municipalityLine(programme), title: programme.name || programme.id, facts }];
  const targetHeader = targetColumnHeader(programme.period);
  for (const goal of programme.goals) blocks.push(...goalBlocks(goal, targetHeader));
  if (programme.goals.length === 0) blocks.push({ type: 'paragraph', text: 'Dit programma heeft nog geen doelen.', empty: true });
  blocks.push(...orphanBlocks(programme));
  return blocks;
}

function orphanBlocks(programme: Programme): Block[] {
  const rows = orphanRows(programme);
  if (rows.length === 0) return [];
  return [
    { type: 'heading', level: 1, text: ORPHANS_TITLE },
    { type: 'paragraph', text: ORPHANS_EXPLANATION },
    {
      type: 'table',
      caption: ORPHANS_TITLE,
      columns: [
        { header: 'Soort', width: 20 },
        { header: 'Tekst', width: 45 },
        { header: 'Alle velden', width: 35 },
      ],
      rows: rows.map((r) => [
        [`${r.depth > 0 ? `${'  '.repeat(r.depth - 1)}↳ ` : ''}${r.kind}${r.code ? ` ${r.code}` : ''}`],
        [r.text || '(zonder tekst)'],
        r.fields ? r.fields.split('\n') : [''],
      ]),
    },
  ];
}

/** "Streefwaarde 2028" from the period "2025-2028", as the council document heads it. */
function targetColumnHeader(period: string): string {
  const end = /(\d{4})\s*$/.exec(period)?.[1];
  return end ? `Streefwaarde ${end}` : 'Streefwaarde';
}

function goalBlocks(goal: Goal, targetHeader: string): Block[] {
  const name = goal.code ? `Doel ${goal.code}` : 'Doel';
  const blocks: Block[] = [{ type: 'heading', level: 1, text: goal.title ? `${name}: ${goal.title}` : name }];
  if (goal.societalEffect) {
    blocks.push({ type: 'label', text: 'Maatschappelijk effect' }, { type: 'paragraph', text: goal.societalEffect });
  }
  if (goal.indicators.length > 0) {
    blocks.push({
      type: 'table',
      caption: `Indicatoren bij ${name.toLowerCase()}`,
      columns: [
        { header: 'Indicator', width: 28 },
        { header: 'Nulmeting', width: 27 },
        { header: targetHeader, width: 27 },
        { header: 'Monitoring/bron', width: 18 },
      ],
      rows: goal.indicators.map((i) => [[i.indicator], [i.baseline], [i.target], [i.source]]),
    });
  }
  for (const sub of goal.subGoals) blocks.push(...subGoalBlocks(sub));
  return blocks;
}

function subGoalBlocks(sub: SubGoal): Block[] {
  const blocks: Block[] = [{ type: 'heading', level: 2, text: sub.title || 'Uitwerking' }];
  if (sub.problem) blocks.push({ type: 'label', text: 'Probleem/aanleiding' }, { type: 'paragraph', text: sub.problem });
  if (sub.results.length > 0) {
    blocks.push({
      type: 'table',
      caption: 'Resultaten',
      columns: [
        { header: 'Resultaat', width: 38 },
        { header: 'Indicator op resultaat', width: 40 },
        { header: 'Bron', width: 22 },
      ],
      rows: sub.results.map((r) => [
        [r.code ? `${r.code} ${r.text}` : r.text, ...(r.measurableFrom ? [`Meetbaar vanaf: ${r.measurableFrom}`] : [])],
        r.indicators.length > 0 ? r.indicators.map((i) => i.text) : [''],
        [r.source],
      ]),
    });
  }
  const activities = [
    ...sub.activities.map((a) => activityText(a.text, a.kind)),
    ...sub.results.flatMap((r) => r.activities.map((a) => `${activityText(a.text, a.kind)} (bij resultaat ${r.code || r.text})`)),
  ];
  if (activities.length > 0) blocks.push({ type: 'label', text: 'Activiteiten' }, { type: 'numberedList', items: activities });
  return blocks;
}

function activityText(text: string, kind: string | null): string {
  return kind === 'new' ? `${text} (nieuw)` : text;
}
