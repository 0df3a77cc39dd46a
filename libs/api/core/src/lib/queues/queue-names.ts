/** Every BullMQ queue of the platform, named in one place for the API (producers) and the worker (processors). */
export enum QueueName {
  DirectoryImport = 'directory-import',
  /** Scheduled housekeeping: retention of sessions and login records. */
  Retention = 'retention',
  /** Daily: deletes the profiles of participants whose retention period after leaving has passed. */
  ParticipantRetention = 'participant-retention',
  /** Daily: reminders 30 and 7 days before a participant agreement ends, and notice when it lapsed. */
  AgreementReminders = 'agreement-reminders',
  /** Hourly: reminds owners of actions (afspraken) due soon or overdue. */
  ActionReminders = 'action-reminders',
  /** Survey invitations in batches, rate-limited; each invitation is sent at most once. */
  SurveyInvitations = 'survey-invitations',
  /** Every minute: closing surveys at their end time, reminders, queueing invitations Redis missed. */
  SurveyHousekeeping = 'survey-housekeeping',
  /** Hourly: reminders 14, 7 and 1 day(s) before works council procedure deadlines, and on the day. */
  DeadlineReminders = 'deadline-reminders',
  /** Account invitations in batches, rate-limited; each invitation is mailed at most once. */
  AccountInvitations = 'account-invitations',
  /** "Wachtwoord vergeten" mail, sent by the worker so the answer does not tell whether an address is known. */
  PasswordResets = 'password-resets',
  /** Hourly: each person's daily or weekly digest of the notifications waiting for it. */
  NotificationDigests = 'notification-digests',
}

export const ALL_QUEUES: readonly QueueName[] = Object.values(QueueName);

/** Retries with exponential backoff; completed jobs are trimmed, failed ones kept for inspection. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 24 * 3600, count: 1000 },
  removeOnFail: { age: 14 * 24 * 3600 },
} as const;
