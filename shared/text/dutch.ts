/**
 * Dutch wording in one place, for browser and server alike: capitals, short quotes, counts,
 * lists, dates and numbers, built on Intl with 'nl'; and escaping for HTML built by hand.
 */
export { capitalize, listAnd, listOr, plural, shorten } from './words.ts';
export { formatNumber, plainNumber } from './numbers.ts';
export { DUTCH_TIME_ZONE, formatDate, formatDateTime, formatTime, isoDate, longDate, monthName } from './dates.ts';
export { escapeHtml } from './html.ts';
