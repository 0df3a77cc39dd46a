import type {
  CouncilResponseKind,
  EvidenceKind,
  ProcedureState,
  ProcedureType,
} from '@inspraak/shared';
import type { TranslationKey } from '@inspraak/web-core';
import { isStepKind, type StepKind } from './procedure-rules';

/** Translation keys for the API's codes, so templates bind typed keys. */
export const typeKey = (type: ProcedureType): TranslationKey =>
  `procedures.types.${type}`;

/** The state's Dutch name ("in behandeling"), English in the English UI. */
export const stateKey = (state: ProcedureState): TranslationKey =>
  `procedures.states.${state}`;

/** "Advies versturen" for advice, "Besluit OR versturen" for consent. */
export const stepKey = (step: StepKind, type: ProcedureType): TranslationKey =>
  step === 'SEND_RESPONSE' && type === 'CONSENT'
    ? 'procedures.steps.SEND_DECISION'
    : `procedures.steps.${step}`;

/** A line of the history: the step as done, or the registration. */
export const eventKey = (event: string): TranslationKey =>
  isStepKind(event)
    ? `procedures.events.${event}`
    : event === 'REGISTERED'
      ? 'procedures.events.REGISTERED'
      : 'procedures.events.OTHER';

/** Advice and consent answer in their own words ("positief advies", "instemming"). */
export const responseKey = (
  response: CouncilResponseKind,
  type: ProcedureType,
): TranslationKey =>
  type === 'CONSENT'
    ? `procedures.responses.consent.${response}`
    : `procedures.responses.advice.${response}`;

export const evidenceKindKey = (kind: EvidenceKind): TranslationKey =>
  `procedures.evidence.kinds.${kind}`;

export const RESPONSE_KINDS: readonly CouncilResponseKind[] = [
  'POSITIVE',
  'NEGATIVE',
  'CONDITIONAL',
];
