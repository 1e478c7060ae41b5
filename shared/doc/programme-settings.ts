/**
 * A programme's settings and its archive mark, kept in the doc's meta so every open page sees
 * a change at once and versions carry them. Only the server writes them (PATCH settings,
 * POST archive): they are not in META_FIELDS, so the update guard refuses them from clients,
 * and a redacteur cannot archive or re-period a programme over /sync. Settings that were never
 * set read as defaults derived from the stored period ("2025-2028"), so the seeded Dronten
 * programmes need no migration.
 */
import type * as Y from 'yjs';
import { DEFAULT_SETTINGS_WORDS, periodText, type LevelLabels, type ProgrammeSettings } from '../programmes/settings.ts';
import { META_FIELDS, metaMap } from './layout.ts';
import type { EditOrigin } from './origin.ts';

const SETTINGS_KEY = 'settings';
const ARCHIVED_KEY = 'archived';

export interface ArchiveMark {
  /** ISO time of archiving. */
  at: string;
  byName: string;
  /** The version taken just before. */
  versionId: string;
}

function yearsOf(period: string): { start: number; end: number } | null {
  const match = /^\s*(\d{4})\s*-\s*(\d{4})\s*$/.exec(period);
  return match ? { start: Number(match[1]), end: Number(match[2]) } : null;
}

export function readSettings(doc: Y.Doc): ProgrammeSettings {
  const meta = metaMap(doc);
  const stored = (meta.get(SETTINGS_KEY) ?? {}) as Partial<ProgrammeSettings>;
  const period = typeof meta.get('period') === 'string' ? (meta.get('period') as string) : '';
  const years = yearsOf(period);
  const start = typeof stored.periodStart === 'number' ? stored.periodStart : (years?.start ?? null);
  const end = typeof stored.periodEnd === 'number' ? stored.periodEnd : (years?.end ?? null);
  const text = (v: unknown, fallback: string) => (typeof v === 'string' ? v : fallback);
  const levels = (stored.levelLabels ?? {}) as Partial<LevelLabels>;
  return {
    municipality: text(meta.get('municipality'), ''),
    periodStart: start,
    periodEnd: end,
    baselineHeader: text(stored.baselineHeader, start === null ? 'Nulmeting' : `Nulmeting ${start}`),
    targetHeader: text(stored.targetHeader, end === null ? 'Streefwaarde' : `Streefwaarde ${end}`),
    advisoryBody: text(stored.advisoryBody, DEFAULT_SETTINGS_WORDS.advisoryBody),
    council: text(stored.council, DEFAULT_SETTINGS_WORDS.council),
    levelLabels: {
      opgave: text(levels.opgave, DEFAULT_SETTINGS_WORDS.levelLabels.opgave),
      doel: text(levels.doel, DEFAULT_SETTINGS_WORDS.levelLabels.doel),
      uitwerking: text(levels.uitwerking, DEFAULT_SETTINGS_WORDS.levelLabels.uitwerking),
      resultaat: text(levels.resultaat, DEFAULT_SETTINGS_WORDS.levelLabels.resultaat),
    },
  };
}

/** Writes checked settings; municipality and period also go to their own meta keys, which validation and export read. */
export function writeSettings(doc: Y.Doc, settings: ProgrammeSettings, origin: EditOrigin): void {
  doc.transact(() => {
    const meta = metaMap(doc);
    const { municipality, ...rest } = settings;
    meta.set('municipality', municipality);
    if (settings.periodStart !== null && settings.periodEnd !== null) meta.set('period', periodText(settings.periodStart, settings.periodEnd));
    meta.set(SETTINGS_KEY, { ...rest, levelLabels: { ...rest.levelLabels } });
  }, origin);
}

/** Calls back whenever the settings (or the meta keys they read) change. */
export function observeSettings(doc: Y.Doc, onChange: (settings: ProgrammeSettings) => void): () => void {
  const meta = metaMap(doc);
  const listener = (event: Y.YMapEvent<unknown>) => {
    if (event.keysChanged.has(SETTINGS_KEY) || event.keysChanged.has('period') || event.keysChanged.has('municipality')) onChange(readSettings(doc));
  };
  meta.observe(listener);
  return () => meta.unobserve(listener);
}

export function readArchiveMark(doc: Y.Doc): ArchiveMark | null {
  const value = metaMap(doc).get(ARCHIVED_KEY) as Partial<ArchiveMark> | undefined;
  return value && typeof value.at === 'string' && typeof value.versionId === 'string'
    ? { at: value.at, byName: typeof value.byName === 'string' ? value.byName : '', versionId: value.versionId }
    : null;
}

/** Taken out of the archive: editable again for whoever has the right. */
export function clearArchiveMark(doc: Y.Doc, origin: EditOrigin): void {
  doc.transact(() => metaMap(doc).delete(ARCHIVED_KEY), origin);
}

/** A new name; the id stays. Written by the server, like the settings beside it. */
export function renameProgramme(doc: Y.Doc, name: string, origin: EditOrigin): void {
  const key: (typeof META_FIELDS)[number] = 'name';
  doc.transact(() => metaMap(doc).set(key, name), origin);
}

export function markArchived(doc: Y.Doc, mark: ArchiveMark, origin: EditOrigin): void {
  doc.transact(() => metaMap(doc).set(ARCHIVED_KEY, { ...mark }), origin);
}

export function observeArchiveMark(doc: Y.Doc, onChange: (mark: ArchiveMark | null) => void): () => void {
  const meta = metaMap(doc);
  const listener = (event: Y.YMapEvent<unknown>) => {
    if (event.keysChanged.has(ARCHIVED_KEY)) onChange(readArchiveMark(doc));
  };
  meta.observe(listener);
  return () => meta.unobserve(listener);
}

/** Writes a blank programme's meta: a new document with no rows. */
export function seedBlankProgramme(doc: Y.Doc, id: string, name: string, settings: ProgrammeSettings, schemaVersion: number, origin: EditOrigin): void {
  doc.transact(() => {
    const meta = metaMap(doc);
    meta.set('schemaVersion', schemaVersion);
    meta.set('id', id);
    meta.set('name', name);
    meta.set('documentNumber', '');
    meta.set('focusAreas', []);
  }, origin);
  writeSettings(doc, settings, origin);
}
