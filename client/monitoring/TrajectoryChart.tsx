/**
 * An indicator's trajectory chart in the Metingen panel: SVG drawn by Observable Plot (loaded
 * on first use), a legend in words and shapes, and the same numbers "Als tabel". The chart's
 * data comes from shared/monitoring (trajectoryOf, trajectoryPlot); a colleague's measurement
 * changes the progress, and so the chart, live.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { trajectoryOf, trajectoryPlot, type LegendEntry, type PlacedProgress, type ProgressOptions } from '../../shared/monitoring/index.ts';


const SAMPLE = { width: 36, height: 14 };

function LegendSample({ entry }: { entry: LegendEntry }) {
  const y = SAMPLE.height / 2;
  const s = 4;
  const shape: Record<string, string> = {
    circle: '', square: `M${18 - s},${y - s}h${2 * s}v${2 * s}h${-2 * s}z`, diamond: `M18,${y - s - 1}l${s + 1},${s + 1}l${-s - 1},${s + 1}l${-s - 1},${-s - 1}z`,
    triangle: `M18,${y - s}l${s},${2 * s}h${-2 * s}z`, star: `M18,${y - 5}l1.5,3.5h3.5l-2.8,2.2l1,3.6l-3.2,-2.1l-3.2,2.1l1,-3.6l-2.8,-2.2h3.5z`,
    cross: `M${18 - s},${y - 1}h${2 * s}v2h${-2 * s}zM17,${y - s}h2v${2 * s}h-2z`, wye: `M18,${y}l0,${-s}M18,${y}l${s},${s}M18,${y}l${-s},${s}`,
    times: `M${18 - s},${y - s}l${2 * s},${2 * s}M${18 + s},${y - s}l${-2 * s},${2 * s}`, asterisk: `M18,${y - s}v${2 * s}M${18 - s},${y}h${2 * s}`,
  };
  return (
    <svg width={SAMPLE.width} height={SAMPLE.height} aria-hidden="true" focusable="false" className="chart-legend-sample">
      {entry.dash !== null && <line x1={0} x2={SAMPLE.width} y1={y} y2={y} stroke="currentColor" strokeWidth={2} strokeDasharray={entry.dash || undefined} />}
      {entry.symbol === 'circle' && <circle cx={18} cy={y} r={4} fill={entry.filled ? 'currentColor' : 'none'} stroke="currentColor" />}
      {entry.symbol && entry.symbol !== 'circle' && <path d={shape[entry.symbol] ?? ''} fill={entry.filled ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth={1.5} />}
    </svg>
  );
}

export function TrajectoryChart({ progress, years, code }: { progress: PlacedProgress; years: ProgressOptions; code: string }) {
  const trajectory = useMemo(() => trajectoryOf(progress, years), [progress, years]);
  const spec = useMemo(() => trajectoryPlot(trajectory, `Verloop van indicator ${code}`), [trajectory, code]);
  const holder = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  const empty = trajectory.rows.length === 0;

  useEffect(() => {
    const into = holder.current;
    if (!into || empty) return;
    let live = true;
    import('./draw-trajectory.ts').then(
      ({ drawTrajectory }) => {
        if (!live) return;
        into.replaceChildren(drawTrajectory(spec, into.clientWidth));
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [spec, empty]);

  if (empty) return <p className="muted">Nog niets om te tekenen: er is geen nulmeting, meting of streefwaarde met een getal.</p>;
  return (
    <figure className="trajectory" data-indicator={progress.indicatorId}>
      <figcaption className="trajectory-caption">{trajectory.summary}</figcaption>
      <div ref={holder} className="trajectory-chart" data-points={trajectory.series.reduce((n, s) => n + s.points.length, 0)}>
        <p className="muted">{failed ? 'De grafiek kon niet worden geladen; de tabel hieronder geeft dezelfde getallen.' : 'Grafiek laden…'}</p>
      </div>
      <ul className="chart-legend" aria-label="Legenda">
        {spec.legend.map((entry) => (
          <li key={entry.label}>
            <LegendSample entry={entry} /> {entry.label}
          </li>
        ))}
      </ul>
      <details className="trajectory-table">
        <summary>Als tabel</summary>
        <table className="trajectory-values">
          <caption className="sr-only">Verloop van indicator {code}: nulmeting, metingen, tussendoelen en streefwaarde</caption>
          <thead>
            <tr>
              <th scope="col">Periode</th>
              <th scope="col">Wat</th>
              <th scope="col">Waarde</th>
            </tr>
          </thead>
          <tbody>
            {trajectory.rows.map((r, i) => (
              <tr key={i}>
                <td>{r.period}</td>
                <td>{r.what}</td>
                <td className="cell-number">{r.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
