import { AuditEntry } from './audit/audit-entry.entity';
import {
  LoginFailure,
  Membership,
  Organisation,
  Session,
  UserAccount,
} from './auth/auth.entities';

export const CORE_ENTITIES = [
  Organisation,
  UserAccount,
  Membership,
  Session,
  LoginFailure,
  AuditEntry,
];
