/** The public face of shared/validation: one engine for browser and server. */
export type { Finding, Severity } from './types.ts';
export { SEVERITY_LABELS } from './types.ts';
export type {
  ValidationContext,
  StatedEffectLink,
  OverlapList,
} from './context.ts';
export { Validator, validateProgramme } from './validator.ts';
export { RULES } from './rules/index.ts';
export {
  applyAcknowledgements,
  acknowledge,
  findingFingerprint,
  type AcknowledgedFinding,
} from './acknowledgements.ts';
export { adoptionGate } from './rules/v38-adoption-gate.ts';
export { checkAdoptedChanges, COUNCIL_OWNED } from './rules/v37-adopted-fields.ts';
export { councilContext, type AdoptedVersion } from './council-context.ts';
export { deriveEffectLinks } from './framework.ts';
export { validateBudget } from './budget/index.ts';
