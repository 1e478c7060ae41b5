/**
 * The voortgangsrapportage (GET .../export?format=docx|pdf&report=voortgang) as report blocks:
 * per programme a title page and a summary of the status counts per goal; per goal the counts
 * (never an average), and per indicator its nulmeting, latest measurement, target, status and
 * the explanation (the officer's when they judged it, else the rule's, with the rule beside an
 * override), with its trajectory chart as an image. Result indicators follow per goal in one
 * table, with a chart when they have measurements. Word and PDF render these blocks as they do
 * the programme report.
 */
import type { GoalIndicator, Programme } from '../../shared/model/types.ts';
import { computeProgrammeProgress, PROGRESS_STATUSES, programmeYears, trajectoryOf, trajectoryPlot, type PlacedProgress, type PlotSpec, type ProgressOptions } from '../../shared/monitoring/index.ts';
import { withUnit } from '../../shared/monitoring/progress.ts';
import { measurement } from '../../shared/schema/index.ts';
import { capitalize } from '../../shared/text/dutch.ts';
import { chartImages, type ChartImage } from './chart-images.ts';
import type { PdfRenderer } from './pdf-renderer.ts';
import { municipalityLine, printableParts, versionFacts, type Block, type ReportPart } from './report-outline.ts';
import type { ExportSnapshot } from './snapshot.ts';

export const PROGRESS_REPORT_TITLE = 'Voortgangsrapportage';

type Status = PlacedProgress['status'];
const WORDS = measurement.fields.assessment.labels as Readonly<Record<Status, string>>;
const statusWord = (s: Status) => capitalize(WORDS[s]);

type Counts = Record<Status, number>;

function countsLine(counts: Counts): string {
  return PROGRESS_STATUSES.map((s) => `${WORDS[s]} ${counts[s]}`).join(', ');
}

type ImageBlock = Extract<Block, { type: 'image' }>;

/** A chart to draw, and the block its image goes into once drawn (all in one Chromium page). */
interface Pending {
  spec: PlotSpec;
  slot: ImageBlock;
}

const NOT_DRAWN: ChartImage = { svg: '', png: new Uint8Array(), width: 0, height: 0 };

const SHAPE_WORDS: Readonly<Record<string, string>> = {
  circle: 'rondjes', square: 'vierkantjes', diamond: 'open ruiten', triangle: 'driehoekjes', star: 'ster',
  cross: 'kruisjes', wye: 'Y-tekens', times: 'x-tekens', asterisk: 'sterretjes',
};

/** The legend in words, for paper: "doorgetrokken lijn met rondjes: Metingen (iedereen); ...". */
function legendText(spec: PlotSpec): string {
  const entries = spec.legend.map((l) => {
    const line = l.dash === null ? '' : l.dash === '' ? 'doorgetrokken lijn' : 'onderbroken lijn';
    const shape = l.symbol ? `${SHAPE_WORDS[l.symbol] ?? l.symbol}` : '';
    const look = line && shape ? `${line} met ${shape}` : line || (l.symbol === 'square' && !l.filled ? 'open vierkant' : shape);
    return `${look}: ${l.label}`;
  });
  return `Legenda: ${entries.join('; ')}.`;
}

function indicatorFacts(p: PlacedProgress, years: ProgressOptions, baselineText: string, targetText: string, unit: string | null): string[][][] {
  const t = trajectoryOf(p, years, unit);
  const start = p.start ? `${withUnit(p.start.value, unit)} (${p.start.year})${p.start.fromMeasurement ? ', eerste meting' : ''}` : baselineText.trim() || 'geen nulmeting';
  const latest = p.latest ? `${withUnit(p.latest.value, unit)} (${p.latest.period.label})` : 'nog geen meting';
  const rows: string[][][] = [
    [['Nulmeting'], [start]],
    [['Laatste meting'], [latest]],
    [['Streefwaarde'], [p.target ? (t.target?.text ?? targetText) : targetText.trim() || 'geen streefwaarde']],
    [['Status'], [p.overriddenBy ? `${statusWord(p.status)} (oordeel van de ambtenaar)` : statusWord(p.status)]],
    [[p.overriddenBy ? 'Toelichting van de ambtenaar' : 'Toelichting (rekenregel)'], [p.explanation]],
  ];
  if (p.overriddenBy) rows.push([['Volgens de rekenregel'], [`${statusWord(p.computed)}: ${p.ruleExplanation}`]]);
  return rows;
}

function programmeBlocks(programme: Programme, snapshot: ExportSnapshot, pending: Pending[]): Block[] {
  const progress = computeProgrammeProgress(programme);
  const years = programmeYears(programme);
  const byId = new Map(progress.indicators.map((p) => [p.indicatorId, p]));
  const chart = (p: PlacedProgress, title: string, unit: string | null): Block[] => {
    const t = trajectoryOf(p, years, unit);
    if (t.rows.length === 0) return [];
    const slot: ImageBlock = { type: 'image', alt: `${title}. ${t.summary}`, image: NOT_DRAWN };
    const spec = trajectoryPlot(t, title);
    pending.push({ spec, slot });
    return [slot, { type: 'paragraph', text: legendText(spec) }];
  };

  const facts: [string, string][] = [];
  if (programme.period) facts.push(['Periode', programme.period]);
  facts.push(...versionFacts(snapshot));
  const blocks: Block[] = [{ type: 'titlePage', kicker: `${PROGRESS_REPORT_TITLE} · ${municipalityLine(programme)}`, title: programme.name || programme.id, facts }];
  blocks.push(
    { type: 'heading', level: 1, text: 'Samenvatting' },
    {
      type: 'paragraph',
      text: 'Per doel het aantal indicatoren per status: op koers, risico, achter of onbekend. Koers telt statussen en middelt ze nooit. De status volgt uit de nulmeting, de metingen en de streefwaarde (een rechte lijn van de nulmeting naar de streefwaarde in het doeljaar), tenzij de ambtenaar er met een toelichting anders over oordeelt.',
    },
    { type: 'label', text: 'Status per doel' },
    {
      type: 'table',
      caption: 'Status per doel',
      columns: [{ header: 'Doel', width: 36 }, ...PROGRESS_STATUSES.map((s) => ({ header: statusWord(s), width: 12 })), { header: 'Bij resultaten', width: 16 }],
      rows: progress.goals.map((g) => {
        const goal = programme.goals.find((x) => x.id === g.goalId)!;
        return [[`Doel ${goal.code}: ${goal.title}`], ...PROGRESS_STATUSES.map((s) => [String(g.counts[s])]), [countsLine(g.resultCounts)]];
      }),
    },
  );
  for (const goal of programme.goals) {
    const rollup = progress.goals.find((g) => g.goalId === goal.id)!;
    blocks.push({ type: 'heading', level: 1, text: `Doel ${goal.code || '?'}: ${goal.title || 'titel nog niet ingevuld'}` });
    blocks.push({ type: 'paragraph', text: `Indicatoren bij dit doel: ${countsLine(rollup.counts)}. Indicatoren bij de resultaten: ${countsLine(rollup.resultCounts)}.` });
    goal.indicators.forEach((ind: GoalIndicator) => {
      const p = byId.get(ind.id);
      if (!p) return;
      const title = `Indicator ${p.code}: ${ind.indicator || '(zonder tekst)'}`;
      blocks.push({ type: 'heading', level: 2, text: title });
      blocks.push({ type: 'table', caption: title, columns: [{ header: 'Onderdeel', width: 28 }, { header: 'Stand', width: 72 }], rows: indicatorFacts(p, years, ind.baseline, ind.target, p.target?.unit ?? null) });
      blocks.push(...chart(p, title, p.target?.unit ?? null));
    });
    if (goal.indicators.length === 0) blocks.push({ type: 'paragraph', text: 'Nog geen indicatoren bij dit doel.', empty: true });
    const results = goal.subGoals.flatMap((sub) => sub.results.flatMap((r) => r.indicators.map((ind) => ({ r, ind, p: byId.get(ind.id) })))).filter((x) => x.p);
    if (results.length > 0) {
      blocks.push({ type: 'label', text: 'Indicatoren bij de resultaten' });
      blocks.push({
        type: 'table',
        caption: 'Indicatoren bij de resultaten',
        columns: [{ header: 'Indicator', width: 34 }, { header: 'Laatste meting', width: 16 }, { header: 'Status', width: 12 }, { header: 'Toelichting', width: 38 }],
        rows: results.map(({ ind, p }) => [[`${p!.code} ${ind.text}`], [p!.latest ? `${withUnit(p!.latest.value, null)} (${p!.latest.period.label})` : 'nog geen meting'], [statusWord(p!.status)], [p!.explanation]]),
      });
      for (const { ind, p } of results) if (p!.series.length > 0) blocks.push(...chart(p!, `Indicator ${p!.code}: ${ind.text}`, null));
    }
  }
  return blocks;
}

/** The report's parts with every chart drawn (one Chromium page for all of them). */
export async function progressReportParts(snapshot: ExportSnapshot, pdf: PdfRenderer, format: 'docx' | 'pdf'): Promise<ReportPart[]> {
  const pending: Pending[] = [];
  const parts: ReportPart[] = [];
  if (snapshot.combined) {
    parts.push({ programme: null, blocks: [{ type: 'titlePage', kicker: PROGRESS_REPORT_TITLE, title: snapshot.title, facts: versionFacts(snapshot), contents: snapshot.programmes.map((p) => p.name) }] });
  }
  for (const programme of snapshot.programmes) parts.push({ programme, blocks: programmeBlocks(programme, snapshot, pending) });
  // Word gets each chart's PNG as a fallback beside the SVG; the PDF needs only the SVG.
  const images = await chartImages(pdf, pending.map((p) => p.spec), format === 'docx');
  pending.forEach((p, i) => (p.slot.image = images[i]!));
  return printableParts(parts);
}
