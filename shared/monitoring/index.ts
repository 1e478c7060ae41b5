/** The public face of shared/monitoring: measurement periods, indicator codes and progress. */
export { parsePeriod, comparePeriods } from './period.ts';
export { indicatorPlaces, type IndicatorKind } from './codes.ts';
export { computeIndicatorProgress, programmeYears, PROGRESS_STATUSES, type IndicatorProgress, type ProgressOptions } from './progress.ts';
export { computeProgrammeProgress, emptyCounts, ProgressTracker, type ProgrammeProgress, type PlacedProgress } from './rollup.ts';
export { truthKey } from './truth.ts';
export { trajectoryOf } from './trajectory.ts';
export { trajectoryPlot, type PlotSpec, type PlotMark, type LegendEntry } from './trajectory-chart.ts';
export { dueItems, type DueItem } from './due.ts';
export { measurementsInBaseline } from './baseline-series.ts';
