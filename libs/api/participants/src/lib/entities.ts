import { AgreementAcceptance, AgreementVersion } from './agreements.entities';
import {
  ConsentRecord,
  Participant,
  ParticipantPoolSettings,
  Skill,
} from './participants.entities';
import { SortitionDraw } from './sortition.entities';
import { AgreementReminder } from './agreement-reminders';
import { ErasureRequest } from './personal-data';
import { CoachingNote } from './advisor-tools';

/** Every entity of the participant pool, for the module and for migrations. */
export const PARTICIPANT_ENTITIES = [
  Skill,
  Participant,
  ConsentRecord,
  ParticipantPoolSettings,
  AgreementVersion,
  AgreementAcceptance,
  SortitionDraw,
  AgreementReminder,
  ErasureRequest,
  CoachingNote,
];
