/**
 * The wire vocabulary between the sync server and its clients, as plain data so the
 * client can show a Dutch message for every way the server may end a connection.
 *
 * Message types are those of y-websocket (the server speaks its protocol unchanged).
 * Close codes follow y-websocket's convention: 4400-4499 are permanent (the client stops
 * reconnecting: reconnecting cannot help), every other code is transient (the client
 * reconnects with backoff and catches up through sync step 1/2).
 * Close reasons on the wire are short ASCII tokens: a WebSocket close reason is at most
 * 123 bytes, and the client maps codes to the Dutch text below.
 */

export const MESSAGE_TYPE = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
} as const;

export const SYNC_STEP = {
  step1: 0,
  step2: 1,
  update: 2,
} as const;

export interface CloseSpec {
  readonly code: number;
  readonly reason: string;
  /** Shown to the user (Dutch). */
  readonly message: string;
}

export const CLOSE = {
  badMessage: {
    code: 4400,
    reason: 'bad-message',
    message: 'De server kon een bericht van deze pagina niet lezen en heeft de verbinding verbroken. Herlaad de pagina.',
  },
  notSignedIn: {
    code: 4401,
    reason: 'not-signed-in',
    message: 'Je bent niet (meer) aangemeld. Meld je opnieuw aan om verder te werken.',
  },
  forbidden: {
    code: 4403,
    reason: 'forbidden',
    message: 'Je hebt geen toegang (meer) tot dit programma. Vraag een beheerder om een rol.',
  },
  workshopClosed: {
    code: 4410,
    reason: 'workshop-closed',
    message: 'Dit werkatelier is gesloten. Bedankt voor je inbreng!',
  },
  participantRemoved: {
    code: 4411,
    reason: 'participant-removed',
    message: 'De facilitator heeft je uit dit werkatelier gehaald. Je kaarten blijven staan; je stem telt niet meer mee.',
  },
  rightsChanged: {
    code: 4001,
    reason: 'rights-changed',
    message: 'Je rechten zijn gewijzigd. We verbinden opnieuw met je nieuwe rechten.',
  },
  unknownDocument: {
    code: 4404,
    reason: 'unknown-document',
    message: 'Dit programma bestaat niet (meer). Kies een ander programma in de lijst.',
  },
  messageTooLarge: {
    code: 4413,
    reason: 'message-too-large',
    message: 'Deze wijziging is te groot om op te slaan. Herlaad de pagina en probeer het in kleinere stappen.',
  },
  textFrame: {
    code: 4415,
    reason: 'binary-only',
    message: 'De verbinding is verbroken omdat deze pagina een onbekend soort bericht stuurde. Herlaad de pagina.',
  },
  updateRejected: {
    code: 4422,
    reason: 'update-rejected',
    message:
      'De server heeft een wijziging geweigerd omdat die niet in een programmatabel past. Herlaad de pagina; je laatste wijziging is mogelijk niet bewaard.',
  },
  storageQuota: {
    code: 4429,
    reason: 'storage-quota',
    message:
      'Je hebt het afgelopen uur zoveel gewijzigd dat de server tijdelijk niets meer van je opslaat. Je laatste wijziging is niet bewaard. Herlaad de pagina over een tijdje, of vraag de beheerder om hulp.',
  },
  documentFull: {
    code: 4430,
    reason: 'document-full',
    message:
      'Dit programma is zo groot geworden dat de server er niets meer bij opslaat; verwijderen kan nog wel. Je laatste wijziging is niet bewaard. Vraag de beheerder om hulp.',
  },
  storageFailed: {
    code: 4503,
    reason: 'storage-unavailable',
    message: 'De server kon je wijziging even niet opslaan. We proberen het automatisch opnieuw.',
  },
  slowConsumer: {
    code: 4508,
    reason: 'slow-consumer',
    message: 'De verbinding was te traag om bij te blijven. We verbinden opnieuw en halen alles bij.',
  },
  missingDependency: {
    code: 4509,
    reason: 'resync',
    message: 'Je wijzigingen liepen voor op de server. We verbinden opnieuw en brengen alles gelijk.',
  },
  serverShutdown: {
    code: 1001,
    reason: 'server-shutdown',
    message: 'De server wordt herstart. We verbinden automatisch opnieuw.',
  },
} as const satisfies Record<string, CloseSpec>;

/** The Dutch text for a close code from the server, or null for codes the server never sends. */
export function closeMessage(code: number): string | null {
  for (const spec of Object.values(CLOSE) as CloseSpec[]) if (spec.code === code) return spec.message;
  return null;
}
