/** The public face of shared/validation: one engine for browser and server. */
export type { Finding, FindingEntityKind, RuleId, Severity, Rule, RuleEnv } from './types.ts';
export { SEVERITY_LABELS } from './types.ts';
export type {
  ValidationContext,
  PriorityInput,
  PriorityList,
  PriorityItem,
  StatedEffectLink,
  OverlapList,
  ChangeRequest,
  Stage,
} from './context.ts';
export { Validator, validateProgramme } from './validator.ts';
export { findingKey } from './finding.ts';
export { RULES } from './rules/index.ts';
export {
  applyAcknowledgements,
  acknowledge,
  findingFingerprint,
  type Acknowledgement,
  type AcknowledgedFinding,
  type AcknowledgementResult,
} from './acknowledgements.ts';
export { adoptionGate, type AdoptionGate } from './rules/v38-adoption-gate.ts';
export { checkAdoptedChanges, COUNCIL_OWNED, type AdoptedChangeInput } from './rules/v37-adopted-fields.ts';
export { councilContext, type AdoptedVersion } from './council-context.ts';
export { deriveEffectLinks, linkedGoals, findProgramme } from './framework.ts';
export { normalizeProgramme } from './normalize.ts';
