/** What the werkatelier routes say to people (Dutch). */
import { JOIN_CODE_LENGTH } from '../../shared/workshop/api.ts';
import { MAX_DOTS } from '../../shared/workshop/types.ts';
import { MAX_TITLE_LENGTH } from '../../shared/workshop/parse.ts';

export const UNKNOWN_CODE = 'Deze code kennen we niet. Kijk nog eens naar de code op het scherm.';
export const WORKSHOP_CLOSED = 'Dit werkatelier is al gesloten.';
export const CODE_EXPIRED = 'Deze code is verlopen: een code werkt één dag na de start. Vraag de facilitator om een nieuw werkatelier.';
export const WORKSHOP_STILL_OPEN = 'Dit werkatelier is nog open. De uitkomst staat vast zodra de facilitator het sluit.';
export const UNKNOWN_WORKSHOP = 'Dit werkatelier bestaat niet (meer).';
export const UNKNOWN_PROGRAMME = 'Dit programma bestaat niet (meer).';
export const NO_WORKSHOP_ACCESS = 'Je hebt geen toegang tot dit werkatelier.';
export const FACILITATORS_ONLY = 'Je rol staat dit niet toe: alleen facilitators en beheerders mogen werkateliers leiden.';
export const EDITORS_OR_FACILITATORS = 'Je rol staat dit niet toe: alleen redacteuren, facilitators en beheerders mogen kaarten verwerken.';
export const NO_EDIT_GRANT =
  'Je mag kaarten niet in de tabel verwerken: dat mogen redacteuren en beheerders, of de facilitator als een redacteur dat bij de start van dit werkatelier heeft toegestaan.';
export const GRANT_NEEDS_EDITOR = 'Alleen een redacteur of beheerder kan facilitators toestaan kaarten in de tabel te verwerken.';
export const BAD_EDIT_GRANT = 'Geef met ja of nee aan of de facilitators kaarten in de tabel mogen verwerken.';
export const ROW_OUTSIDE_SLICE = 'Deze rij hoort niet bij dit werkatelier. Een kaart kan alleen rijen aanpassen waar het werkatelier over gaat.';
export const UNKNOWN_PARTICIPANT = 'Deze deelnemer doet (niet meer) mee aan dit werkatelier.';
export const WORKSHOP_FULL = 'Dit werkatelier is vol. Vraag de facilitator of er nog plaats is.';
export const tooManyJoins = (minutes: number) =>
  `Er zijn vanaf dit adres te veel nieuwe deelnemers aangemeld voor dit werkatelier. Probeer het over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'} opnieuw, of vraag de facilitator.`;
export const NOT_SIGNED_IN = 'Je bent niet aangemeld.';
export const BAD_JSON = 'De inhoud van het verzoek is geen geldige JSON.';
export const BAD_TITLE = `Geef het werkatelier een titel van 1 tot ${MAX_TITLE_LENGTH} tekens.`;
export const BAD_SCOPE = 'Kies waar het werkatelier over gaat: het hele programma, één doel of één uitwerking.';
export const SCOPE_GONE = 'Het gekozen doel of de gekozen uitwerking bestaat niet (meer) in dit programma.';
export const BAD_VOTING_MODE = 'Kies een manier van stemmen: stippen verdelen of een top 10.';
export const BAD_DOTS = `Kies een aantal stippen per deelnemer van 1 tot ${MAX_DOTS}.`;
export const BAD_CODE_INPUT = `Vul de code van ${JOIN_CODE_LENGTH} tekens in die op het scherm staat.`;
export const UNKNOWN_CARD = 'Deze kaart bestaat niet (meer) in dit werkatelier.';
export const UNKNOWN_ROW = 'Deze rij bestaat niet (meer) in het programma.';
export const NOT_A_SUBGOAL = 'Een nieuw resultaat hoort onder een uitwerking. Kies een uitwerking.';
export const FIELD_NOT_EDITABLE = 'Dit veld kan niet vanuit een kaart worden aangepast. Kies een tekstveld van deze rij.';
export const UNKNOWN_COMPARISON =
  'Kies waarmee je wilt vergelijken: with=asd voor de lijst van de ASD, of het id van een ander gesloten werkatelier van dit programma.';
export const COMPARE_WITH_ITSELF = 'Een werkatelier met zichzelf vergelijken zegt niets. Kies de ASD of een ander werkatelier.';
export const UNKNOWN_COMPARE_WORKSHOP = 'Het werkatelier om mee te vergelijken bestaat niet (meer) in dit programma.';
export const COMPARE_WORKSHOP_OPEN = 'Het werkatelier om mee te vergelijken is nog open. Vergelijken kan zodra de facilitator het sluit.';
export const UNKNOWN_EXPORT_FORMAT = 'Onbekend bestandsformaat. Kies xlsx (Excel), docx (Word) of csv.';
export const tooManyGuesses = (seconds: number) =>
  `Te veel verkeerde codes achter elkaar. Wacht ${seconds} ${seconds === 1 ? 'seconde' : 'seconden'} en probeer het dan opnieuw.`;
