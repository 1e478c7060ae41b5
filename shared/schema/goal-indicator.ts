/**
 * An indicator of a goal: the verbatim nulmeting and streefwaarde texts and, beside them, the
 * structured parts an officer confirmed. Each part is its own field, so two officers editing
 * different parts of one cell both keep their change; a part left null is read from the text.
 * The raad adopts everything but the notes.
 */
import { choice, int, number, text } from './fields.ts';
import { defineRowKind } from './row-kind.ts';

/** A structured part of the nulmeting or streefwaarde: the raad's, in a narrow export column. */
interface PartOptions {
  label: string;
  inputLabel?: string;
  hint?: string;
  header: string;
  position: number;
}
const yearPart = ({ header, position, ...o }: PartOptions) => int({ ...o, owner: 'council', column: { header, width: 10, position } });
const numberPart = ({ header, position, ...o }: PartOptions) => number({ ...o, owner: 'council', column: { header, width: 12, position } });

/** The units the validation understands (a measurement offers the same). */
export const UNIT_SUGGESTIONS = { '%': '% (percentage)', aantal: 'aantal', euro: 'euro', dagen: 'dagen', weken: 'weken', score: 'score' } as const;

/** Where a figure holds: this municipality, the region, the country (a measurement has the same choice). */
export const SCOPE_LABELS = { gemeente: 'Gemeente', regio: 'regio', landelijk: 'landelijk' } as const;

/**
 * Koers served one municipality first, and its name was the code for "this municipality"
 * (migrated by shared/doc/migrations/v2-scope-gemeente.ts; old export files still say it).
 */
export const FORMER_SCOPES = { dronten: 'gemeente' } as const;

export const goalIndicator = defineRowKind({
  kind: 'goalIndicator',
  label: 'Indicator bij doel',
  noun: 'indicator',
  sheet: 'Indicatoren',
  parents: ['goal'],
  main: 'indicator',
  fields: {
    indicator: text({ label: 'Indicator', owner: 'council', column: { width: 45, position: 1 } }),
    baseline: text({ label: 'Nulmeting', owner: 'council', column: { width: 45, position: 2 } }),
    target: text({ label: 'Streefwaarde', owner: 'council', column: { width: 45, position: 3 } }),
    source: text({ label: 'Monitoring/bron', owner: 'council', column: { width: 30, position: 4 } }),
    // null, not '': "no unit" is a reading of its own, not an empty cell.
    unit: text({
      label: 'Eenheid',
      owner: 'council',
      empty: null,
      column: { width: 12, position: 5 },
      // The units the validation understands; a unit from an older import stays as it is.
      suggestions: UNIT_SUGGESTIONS,
    }),
    /** How a target is stated: the comparator of a streefwaarde. */
    direction: choice({
      label: 'Vergelijking (streefwaarde)',
      inputLabel: 'Vergelijking',
      owner: 'council',
      column: { header: 'Richting', width: 18, position: 9 },
      labels: {
        increase: 'stijgen',
        decrease: 'dalen',
        min: 'minimaal',
        max: 'maximaal',
        exact: 'precies',
        range: 'bandbreedte',
        maintain: 'behouden',
        maintainOrIncrease: 'behouden of stijgen',
        maintainOrDecrease: 'behouden of dalen',
        relative: 'relatieve verandering',
        shift: 'verschuiving',
      },
      shown: {
        max: 'Maximaal',
        min: 'Minimaal',
        exact: 'Precies',
        range: 'Tussen (bereik)',
        increase: 'Toename',
        decrease: 'Afname',
        maintain: 'Gelijk blijven',
        maintainOrIncrease: 'Gelijk blijven of stijgen',
        maintainOrDecrease: 'Gelijk blijven of dalen',
        relative: 'Relatief t.o.v. de nulmeting',
        shift: 'Verschuiving',
      },
    }),
    status: choice({
      label: 'Status van de indicator',
      owner: 'council',
      column: { header: 'Status', width: 22, position: 15 },
      labels: {
        measurable: 'meetbaar',
        'baseline-pending': 'nulmeting volgt',
        'target-pending': 'streefwaarde volgt',
        'to-be-developed': 'te ontwikkelen',
        'not-measurable': 'niet meetbaar',
        delegated: 'uitgewerkt in ander programma',
        'measurable-from': 'meetbaar vanaf',
      },
      shown: {
        measurable: 'Meetbaar',
        'baseline-pending': 'Nulmeting volgt',
        'target-pending': 'Streefwaarde volgt',
        'to-be-developed': 'Te ontwikkelen',
        'not-measurable': 'Niet meetbaar of niet te bepalen',
        delegated: 'Uitgewerkt in ander programma',
        'measurable-from': 'Meetbaar vanaf',
      },
    }),
    baselineYear: yearPart({ label: 'Jaar van de nulmeting', inputLabel: 'Jaar van de meting', header: 'Nulmeting jaar', position: 6 }),
    baselineValue: numberPart({ label: 'Waarde van de nulmeting', inputLabel: 'Waarde', hint: 'Bijvoorbeeld 3,6 of 1.234,5', header: 'Nulmeting waarde', position: 7 }),
    targetYear: yearPart({ label: 'Doeljaar', header: 'Streefjaar', position: 13 }),
    targetValue: numberPart({ label: 'Waarde van de streefwaarde', inputLabel: 'Waarde', hint: 'Bij een bereik: de ondergrens', header: 'Streefwaarde getal', position: 10 }),
    notes: text({ label: 'Opmerkingen', owner: 'college', column: { header: 'Toelichting', width: 40, position: 19 } }),
    baselineScope: choice({
      label: 'Schaal van de nulmeting',
      inputLabel: 'Schaal',
      owner: 'council',
      column: { header: 'Nulmeting schaal', width: 12, position: 8 },
      labels: SCOPE_LABELS,
      formerly: FORMER_SCOPES,
    }),
    /** Upper bound of a range target ("tussen 78% en 80%": targetValue 78, targetHigh 80). */
    targetHigh: numberPart({ label: 'Bovengrens van de streefwaarde', inputLabel: 'Bovengrens (bij een bereik)', header: 'Streefwaarde bovengrens', position: 11 }),
    /** Signed change of a relative target in percent ("met 50% verminderen" = -50). */
    targetPercent: numberPart({
      label: 'Verandering in % (streefwaarde)',
      inputLabel: 'Verandering in % (bij relatief; afname negatief)',
      hint: 'Bijvoorbeeld -50 voor "met 50% verminderen"',
      header: 'Streefwaarde procent',
      position: 12,
    }),
    polarity: choice({
      label: 'Polariteit',
      owner: 'council',
      column: { width: 16, position: 14 },
      labels: { 'higher-is-better': 'hoger is beter', 'lower-is-better': 'lager is beter' },
    }),
    /** Planned or first-measurable year that goes with `status`. */
    statusYear: yearPart({ label: 'Jaar bij de status', hint: 'Gepland jaar of eerste meetbare jaar', header: 'Status jaar', position: 16 }),
    /** Why an indicator is not measurable. */
    statusReason: text({ label: 'Reden (niet meetbaar)', inputLabel: 'Reden (bij niet meetbaar)', owner: 'council', column: { header: 'Reden niet meetbaar', width: 30, position: 17 } }),
    /** Where a delegated indicator is worked out (programme, goal). */
    statusReference: text({ label: 'Verwijzing (ander programma)', inputLabel: 'Verwijzing (bij ander programma)', owner: 'council', column: { header: 'Uitgewerkt in', width: 30, position: 18 } }),
  },
});
