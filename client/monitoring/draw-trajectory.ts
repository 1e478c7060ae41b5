/**
 * Draws a trajectory's plain-data description (shared/monitoring/trajectory-chart.ts) with
 * Observable Plot. Plot is imported here only, and this file only through a dynamic import,
 * so the library arrives when the first chart is shown, not with the first script.
 */
import * as Plot from '@observablehq/plot';
import type { PlotMark, PlotSpec } from '../../shared/monitoring/index.ts';

function mark(m: PlotMark): Plot.Markish {
  switch (m.mark) {
    case 'line':
      return Plot.line(m.data, m.options as Plot.LineOptions);
    case 'dot':
      return Plot.dot(m.data, m.options as Plot.DotOptions);
    case 'text':
      return Plot.text(m.data, m.options as Plot.TextOptions);
    case 'ruleX':
      return Plot.ruleX(m.data, m.options as Plot.RuleXOptions);
  }
}

/**
 * The chart is one image with a label and a description (the table beside it has the numbers):
 * Plot's aria-labels on its mark groups ("line", "dot") would name nothing to a screen reader,
 * and on a g without a role they are not allowed.
 */
export function drawTrajectory(spec: PlotSpec, width: number): SVGSVGElement | HTMLElement {
  // Drawn at the width it is shown at, so its text stays at the page's size in a narrow panel.
  const size = width > 0 ? { width, height: Math.round(Math.min(320, Math.max(220, width * 0.6))) } : {};
  // Whole years as ticks, every other one (or fewer) where a year label would not fit.
  const plotWidth = (size.width ?? spec.options.width) - spec.options.marginLeft - spec.options.marginRight;
  const step = Math.max(1, Math.ceil((spec.options.x.ticks.length * 40) / Math.max(plotWidth, 1)));
  const x = { ...spec.options.x, ticks: spec.options.x.ticks.filter((_, i) => i % step === 0) };
  const chart = Plot.plot({ ...(spec.options as Plot.PlotOptions), ...size, x, marks: spec.marks.map(mark) });
  for (const part of chart.querySelectorAll('g[aria-label]')) part.removeAttribute('aria-label');
  chart.setAttribute('role', 'img');
  return chart;
}
