/** Moved to server/http/allowed-origin.ts: /sync and the REST writes share one Origin rule. */
export { originAllowed } from '../http/allowed-origin.ts';
