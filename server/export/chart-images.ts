/**
 * The voortgangsrapportage's charts as images: each trajectory's plain-data Plot description
 * (shared/monitoring/trajectory-chart.ts) drawn by Observable Plot in a page of the export's
 * Chromium (the same library and marks as in the browser), read back as SVG (for the PDF and
 * Word) and rasterised to PNG (Word's fallback: older versions show no SVG). One page draws all
 * charts of a report. Plot and d3 come from node_modules as UMD scripts; the page is offline.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PlotSpec } from '../../shared/monitoring/index.ts';
import type { Page } from 'playwright-core';
import type { PdfRenderer } from './pdf-renderer.ts';

export interface ChartImage {
  svg: string;
  /** Empty when not asked for (the PDF shows the SVG). */
  png: Uint8Array;
  /** CSS pixels (the PNG has twice as many). */
  width: number;
  height: number;
}

let scripts: string[] | null = null;
/**
 * Pixels per CSS pixel in the PNG. The PNG is Word's fallback (Word 2019 and later show the SVG);
 * 1.5 is sharp enough on paper, and rasterising at 2 doubled the report's drawing time.
 */
const PNG_SCALE = 1.5;

/** Plot's UMD bundle and the d3 bundle it expects as a global, found beside Plot's own files. */
function umdScripts(): string[] {
  if (scripts) return scripts;
  const plotEntry = createRequire(import.meta.url).resolve('@observablehq/plot');
  const plotRoot = join(dirname(plotEntry), '..');
  const plot = join(plotRoot, 'dist', 'plot.umd.min.js');
  const d3 = [join(plotRoot, 'node_modules', 'd3', 'dist', 'd3.min.js'), join(plotRoot, '..', '..', 'd3', 'dist', 'd3.min.js')].find((p) => existsSync(p));
  if (!d3 || !existsSync(plot)) throw new Error(`Observable Plot's UMD bundle or d3 not found beside ${plotRoot}`);
  scripts = [d3, plot];
  return scripts;
}

const PAGE = '<!doctype html><html lang="nl"><head><meta charset="utf-8"></head><body></body></html>';

export async function chartImages(pdf: PdfRenderer, specs: readonly PlotSpec[], withPng: boolean): Promise<ChartImage[]> {
  if (specs.length === 0) return [];
  const prepare = async (page: Page) => {
    await page.setContent(PAGE);
    for (const path of umdScripts()) await page.addScriptTag({ path });
  };
  return pdf.withDrawingPage(prepare, async (page) => {
    // The same marks as client/monitoring/draw-trajectory.ts; this copy runs inside the page.
    // Each chart is rasterised in the page (SVG as an image onto a canvas at PNG_SCALE):
    // all at once, and far quicker than a screenshot per chart.
    const drawn = await page.evaluate(async ({ list, scale }: { list: PlotSpec[]; scale: number | null }) => {
      const Plot = (globalThis as unknown as { Plot: Record<string, (...args: unknown[]) => SVGSVGElement> }).Plot;
      return Promise.all(
        list.map(async (spec) => {
          const chart = Plot.plot!({ ...spec.options, marks: spec.marks.map((m) => Plot[m.mark]!(m.data, m.options)) });
          for (const part of chart.querySelectorAll('g[aria-label]')) part.removeAttribute('aria-label');
          chart.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
          chart.setAttribute('role', 'img');
          const svg = chart.outerHTML;
          const { width, height } = spec.options;
          if (scale === null) return { svg, width, height, png: '' };
          const image = new Image(width, height);
          image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
          await image.decode();
          const canvas = document.createElement('canvas');
          canvas.width = Math.round(width * scale);
          canvas.height = Math.round(height * scale);
          const context = canvas.getContext('2d')!;
          context.fillStyle = 'white';
          context.fillRect(0, 0, canvas.width, canvas.height);
          context.drawImage(image, 0, 0, canvas.width, canvas.height);
          return { svg, width, height, png: canvas.toDataURL('image/png').slice('data:image/png;base64,'.length) };
        }),
      );
    }, { list: specs as PlotSpec[], scale: withPng ? PNG_SCALE : null });
    return drawn.map((d) => ({ ...d, png: new Uint8Array(Buffer.from(d.png, 'base64')) }));
  });
}
