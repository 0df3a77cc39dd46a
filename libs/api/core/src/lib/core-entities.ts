import { AuditEntry } from './audit/audit-entry.entity';
import {
  LoginFailure,
  Membership,
  Organisation,
  PasswordResetToken,
  Session,
  UserAccount,
} from './auth/auth.entities';
import {
  Notification,
  OutboxMessage,
} from './notifications/notification.entities';
import {
  NotificationDigest,
  NotificationPreference,
} from './notifications/notification-preferences';

export const CORE_ENTITIES = [
  Organisation,
  UserAccount,
  Membership,
  Session,
  LoginFailure,
  PasswordResetToken,
  AuditEntry,
  Notification,
  OutboxMessage,
  NotificationPreference,
  NotificationDigest,
];
