/** The public face of shared/indicator: reading verbatim indicator cells. */
export type * from './types.ts';
export { parseDutchNumber, formatDutchNumber, type DutchNumber } from './number.ts';
export { parseCell, parseBaseline, parseTarget, parseIndicatorText, unitFromIndicatorText, MAX_PARSE_LENGTH, type ParseOptions, type ParsedIndicatorText } from './parse.ts';
export { parseMeasurableFrom } from './status.ts';
export { describeCell, describeComparator, describeStatus } from './describe.ts';
export { describePeriod } from './period.ts';
export { lexiconPolarity, inferPolarity, targetMovement, polarityFromMovement, POLARITY_LABELS, type Movement, type PolarityInference, type LexiconHit } from './polarity.ts';
export { wordingDirection } from './wording.ts';
export { impliedTarget, fullPeriodMeasures, type ImpliedTarget } from './implied.ts';
export { fold, contentWords, overlapScore, titleKey } from './words.ts';
