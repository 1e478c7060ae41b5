/** What sign-in and user management say to people (Dutch). */
import { MIN_PASSWORD_LENGTH } from '../../shared/auth/me.ts';

export const NOT_SIGNED_IN = 'Je bent niet aangemeld.';
export const WRONG_CREDENTIALS = 'E-mailadres of wachtwoord klopt niet.';
export const MISSING_CREDENTIALS = 'Vul je e-mailadres en wachtwoord in.';
export const tooManyAttempts = (seconds: number) => `Te veel mislukte pogingen. Probeer het over ${seconds} seconden opnieuw.`;
export const NO_PROGRAMME_ACCESS = 'Je hebt geen toegang tot dit programma.';
export const EDITORS_ONLY = 'Je rol staat dit niet toe: alleen redacteuren en beheerders mogen dit.';
export const MANAGERS_ONLY = 'Je rol staat dit niet toe: alleen beheerders mogen gebruikers beheren.';
export const SCOPE_NOT_MANAGED = 'Je mag alleen rollen geven of afnemen voor programma’s die je zelf beheert.';
export const SETUP_REFUSED = 'Deze inrichtlink is niet (meer) geldig. Er is al een beheerder, of de link klopt niet.';
export const EMAIL_TAKEN = 'Er bestaat al een account met dit e-mailadres.';
export const BAD_EMAIL = 'Vul een geldig e-mailadres in.';
export const BAD_NAME = 'Vul een naam in (hoogstens 200 tekens).';
export const SHORT_PASSWORD = `Kies een wachtwoord van minstens ${MIN_PASSWORD_LENGTH} tekens.`;
export const LONG_PASSWORD = 'Kies een wachtwoord van hoogstens 1000 tekens.';
export const BAD_GRANTS = 'De rollen zijn ongeldig: geef een lijst van { scope, role } met een bekende rol.';
export const LAST_ADMIN = 'Dit is de laatste beheerder van alle programma’s; die rol kan niet worden afgenomen. Maak eerst iemand anders beheerder.';
export const UNKNOWN_USER = 'Deze gebruiker bestaat niet.';
export const BAD_JSON = 'De inhoud van het verzoek is geen geldige JSON.';
export const ACCOUNTS_ONLY = 'Alleen wie met een account is aangemeld heeft een wachtwoord om te wijzigen.';
export const MISSING_CURRENT_PASSWORD = 'Vul je huidige wachtwoord in.';
export const WRONG_CURRENT_PASSWORD = 'Je huidige wachtwoord klopt niet.';
export const SAME_PASSWORD = 'Kies een ander wachtwoord dan je huidige.';
export const RESET_NOT_MANAGED = 'Je mag alleen het wachtwoord resetten van gebruikers die alleen rollen hebben in programma’s die je zelf beheert.';
export const RESET_OWN_PASSWORD = 'Je eigen wachtwoord wijzig je via ‘Wachtwoord wijzigen’, met je huidige wachtwoord.';
