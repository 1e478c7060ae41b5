/**
 * A trajectory as an Observable Plot description that is plain data (marks by name, their data
 * and options; no functions), so the browser (client/monitoring) and the report's Chromium page
 * (server/export) draw the same chart from it. Readable in black and white: every series has its
 * own dash pattern and marker shape and is named beside its last point; colour is never used.
 */
import type { Trajectory } from './trajectory.ts';

type Datum = Record<string, string | number>;

export interface PlotMark {
  mark: 'line' | 'dot' | 'text' | 'ruleX';
  data: Datum[];
  options: Record<string, string | number>;
}

export interface LegendEntry {
  label: string;
  /** SVG stroke-dasharray of its line; '' for a solid line; null for no line. */
  dash: string | null;
  symbol: string | null;
  filled: boolean;
}

export interface PlotSpec {
  options: {
    width: number;
    height: number;
    marginLeft: number;
    marginRight: number;
    ariaLabel: string;
    ariaDescription: string;
    x: { label: string; ticks: number[]; tickFormat: string; domain: [number, number] };
    y: { label: string | null; grid: boolean; nice: boolean };
    style: { fontFamily: string; fontSize: string; background: string; color: string; overflow: string };
  };
  marks: PlotMark[];
  legend: LegendEntry[];
}

/** Dash patterns and shapes for the subgroups, in turn; the headline is solid with circles. */
const SUBGROUP_DASHES = ['2,3', '9,3,2,3', '1,3', '12,4', '5,2,1,2,1,2'];
const SUBGROUP_SYMBOLS = ['square', 'triangle', 'cross', 'wye', 'times', 'asterisk'];
const PATH_DASH = '6,4';

export function trajectoryPlot(t: Trajectory, title: string, size: { width: number; height: number } = { width: 560, height: 280 }): PlotSpec {
  const marks: PlotMark[] = [];
  const legend: LegendEntry[] = [];
  const tip = (what: string, label: string, value: string) => `${what} ${label}: ${value}`;
  const rowValue = new Map(t.rows.map((r) => [`${r.what}|${r.period}`, r.value]));

  if (t.path) {
    marks.push({ mark: 'line', data: t.path.map((p) => ({ at: p.at, value: p.value })), options: { x: 'at', y: 'value', stroke: 'currentColor', strokeOpacity: 0.75, strokeWidth: 1.5, strokeDasharray: PATH_DASH } });
    legend.push({ label: 'Verwacht pad (rechte lijn naar de streefwaarde)', dash: PATH_DASH, symbol: null, filled: false });
  }
  if (t.intermediate.length > 0) {
    marks.push({ mark: 'dot', data: t.intermediate.map((p) => ({ at: p.at, value: p.value, title: tip('Tussendoel', p.label, rowValue.get(`Tussendoel (volgens het rechte pad)|${p.label}`) ?? '') })), options: { x: 'at', y: 'value', symbol: 'diamond', r: 4, stroke: 'currentColor', fill: 'none', title: 'title' } });
    legend.push({ label: 'Tussendoel per jaar (volgens het pad)', dash: null, symbol: 'diamond', filled: false });
  }
  t.series.forEach((s, i) => {
    const dash = s.headline ? '' : SUBGROUP_DASHES[(i - (t.series[0]?.headline ? 1 : 0)) % SUBGROUP_DASHES.length]!;
    const symbol = s.headline ? 'circle' : SUBGROUP_SYMBOLS[(i - (t.series[0]?.headline ? 1 : 0)) % SUBGROUP_SYMBOLS.length]!;
    const what = s.headline ? 'Meting' : `Meting ${s.name}`;
    const data = s.points.map((p) => ({ at: p.at, value: p.value, title: tip(what, p.label, rowValue.get(`${what}|${p.label}`) ?? String(p.value)) }));
    const strokeWidth = s.headline ? 2.5 : 1.5;
    marks.push({ mark: 'line', data, options: { x: 'at', y: 'value', stroke: 'currentColor', strokeWidth, ...(dash ? { strokeDasharray: dash } : {}) } });
    marks.push({ mark: 'dot', data, options: { x: 'at', y: 'value', symbol, r: s.headline ? 4 : 3.5, stroke: 'currentColor', fill: 'currentColor', title: 'title' } });
    const last = s.points.at(-1)!;
    marks.push({ mark: 'text', data: [{ at: last.at, value: last.value, name: s.name }], options: { x: 'at', y: 'value', text: 'name', dx: 8, textAnchor: 'start', fontSize: 11 } });
    legend.push({ label: s.headline ? 'Metingen (iedereen)' : `Metingen ${s.name}`, dash, symbol, filled: true });
  });
  if (t.start) {
    marks.push({ mark: 'dot', data: [{ at: t.start.at, value: t.start.value, title: tip(t.start.fromMeasurement ? 'Eerste meting' : 'Nulmeting', t.start.label, rowValue.get(`Nulmeting|${t.start.label}`) ?? rowValue.get(`Eerste meting (start)|${t.start.label}`) ?? '') }], options: { x: 'at', y: 'value', symbol: 'square', r: 6, stroke: 'currentColor', fill: 'none', strokeWidth: 2, title: 'title' } });
    legend.push({ label: t.start.fromMeasurement ? 'Start (eerste meting)' : 'Nulmeting', dash: null, symbol: 'square', filled: false });
  }
  if (t.target) {
    if (Number.isFinite(t.target.low) && Number.isFinite(t.target.high) && t.target.low !== t.target.high) {
      marks.push({ mark: 'ruleX', data: [{ at: t.target.at, low: t.target.low, high: t.target.high }], options: { x: 'at', y1: 'low', y2: 'high', stroke: 'currentColor', strokeWidth: 3 } });
    }
    marks.push({ mark: 'dot', data: [{ at: t.target.at, value: t.target.value, title: `Streefwaarde: ${t.target.text}` }], options: { x: 'at', y: 'value', symbol: 'star', r: 7, stroke: 'currentColor', fill: 'currentColor', title: 'title' } });
    marks.push({ mark: 'text', data: [{ at: t.target.at, value: t.target.value, text: `Streefwaarde ${t.target.text}` }], options: { x: 'at', y: 'value', text: 'text', dy: -12, textAnchor: 'end', fontSize: 11 } });
    legend.push({ label: 'Streefwaarde', dash: null, symbol: 'star', filled: true });
  }

  const times = [t.start?.at, t.target?.at, ...t.series.flatMap((s) => s.points.map((p) => p.at))].filter((x): x is number => x !== undefined);
  const from = times.length ? Math.floor(Math.min(...times)) : 2025;
  const to = times.length ? Math.ceil(Math.max(...times)) : from + 1;
  const ticks: number[] = [];
  for (let y = from; y <= to; y++) ticks.push(y);
  return {
    options: {
      width: size.width,
      height: size.height,
      marginLeft: 56,
      marginRight: 72,
      ariaLabel: title,
      ariaDescription: t.summary,
      x: { label: 'Jaar', ticks, tickFormat: 'd', domain: [from, Math.max(to, from + 1)] },
      y: { label: t.unit, grid: true, nice: true },
      style: { fontFamily: 'Arial, "Liberation Sans", "DejaVu Sans", sans-serif', fontSize: '12px', background: 'transparent', color: 'currentColor', overflow: 'visible' },
    },
    marks,
    legend,
  };
}
