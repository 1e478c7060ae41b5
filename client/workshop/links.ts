/** Where the werkatelier screens link to inside the app (routes owned by client/app). */
export const workshopsHref = (programmeId: string) => `#/programma/${encodeURIComponent(programmeId)}/werkateliers`;
