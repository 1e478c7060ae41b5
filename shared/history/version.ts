/**
 * A named version: a frozen, immutable state of one programme with the decision it belongs to
 * (concept, ASD-advies, college- or raadsbesluit, a P&C product). The state itself stays on the
 * server; this is what lists and forms see.
 */

export const VERSION_STATUSES = [
  'concept',
  'asd-advies',
  'college-vastgesteld',
  'raad-vastgesteld',
  'jaarplan',
  'voortgangsrapportage',
  'jaarstukken',
] as const;

export type VersionStatus = (typeof VERSION_STATUSES)[number];

/** How each status reads in Dutch, for lists and exports. */
export const VERSION_STATUS_LABELS: Record<VersionStatus, string> = {
  concept: 'Concept',
  'asd-advies': 'ASD-advies',
  'college-vastgesteld': 'Vastgesteld door het college',
  'raad-vastgesteld': 'Vastgesteld door de raad',
  jaarplan: 'Jaarplan',
  voortgangsrapportage: 'Voortgangsrapportage',
  jaarstukken: 'Jaarstukken',
};

export interface VersionAuthor {
  id: string;
  name: string;
}

/** What a person fills in when freezing a version. */
export interface VersionInput {
  name: string;
  status: VersionStatus;
  /** Decision or publication date, yyyy-mm-dd. */
  date: string;
  /** Registration number of the decision document; empty for a concept without one. */
  documentNumber: string;
  note: string;
}

/** A version as listed: everything but the frozen state. */
export interface VersionInfo extends VersionInput {
  id: string;
  documentId: string;
  /** ISO 8601 instant the version was frozen. */
  createdAt: string;
  createdBy: VersionAuthor;
}

export function isVersionStatus(value: unknown): value is VersionStatus {
  return typeof value === 'string' && (VERSION_STATUSES as readonly string[]).includes(value);
}
