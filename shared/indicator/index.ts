/** The public face of shared/indicator: reading verbatim indicator cells. */
export type * from './types.ts';
export { parseDutchNumber, formatDutchNumber } from './number.ts';
export { parseCell, parseBaseline, parseTarget, parseIndicatorText } from './parse.ts';
export { parseMeasurableFrom } from './status.ts';
export { describeStatus } from './describe.ts';
export { describePeriod } from './period.ts';
export { lexiconPolarity, inferPolarity, targetMovement, type Movement } from './polarity.ts';
export { wordingDirection } from './wording.ts';
export { impliedTarget } from './implied.ts';
