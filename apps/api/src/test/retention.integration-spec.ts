import { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  AuditEntry,
  LoginFailure,
  PasswordResetToken,
  QueueName,
  RetentionService,
  Session,
} from '@inspraak/api-core';
import {
  ConsentPurpose,
  ConsentRecord,
  FieldVisibility,
  Participant,
  ParticipantRetentionService,
  ParticipationStatus,
} from '@inspraak/api-participants';
import { addDays, todayInAmsterdam } from '@inspraak/domain';
import { bootTestWorker, createOrganisation } from './test-app';

describe('retention housekeeping in the worker', () => {
  let worker: INestApplicationContext;
  let dataSource: DataSource;

  beforeAll(async () => {
    worker = await bootTestWorker();
    dataSource = worker.get(DataSource);
  });
  afterAll(() => worker.close());

  it('schedules an hourly purge', async () => {
    const queue = worker.get<Queue>(getQueueToken(QueueName.Retention));
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers.map((s) => s.key)).toContain('hourly-purge');
  });

  it('deletes expired sessions and day-old failed logins, and keeps the rest', async () => {
    const organisation = await createOrganisation(dataSource, 'retention');
    const hash = () => createHash('sha256').update(randomUUID()).digest('hex');
    const userId = randomUUID();
    const hourAgo = new Date(Date.now() - 3_600_000);
    const expired = await dataSource.getRepository(Session).save({
      organisationId: organisation.id,
      userId,
      tokenHash: hash(),
      expiresAt: hourAgo,
    });
    const live = await dataSource.getRepository(Session).save({
      organisationId: organisation.id,
      userId,
      tokenHash: hash(),
      expiresAt: new Date(Date.now() + 3_600_000),
    });
    // Unused for longer than the organisation's idle timeout (120 minutes): ended already, so deleted.
    const idle = await dataSource.getRepository(Session).save({
      organisationId: organisation.id,
      userId,
      tokenHash: hash(),
      expiresAt: new Date(Date.now() + 3_600_000),
      lastUsedAt: new Date(Date.now() - 3 * 3_600_000),
    });
    const spentReset = await dataSource.getRepository(PasswordResetToken).save({
      userId,
      tokenHash: hash(),
      expiresAt: new Date(Date.now() - 25 * 3_600_000),
    });
    const openReset = await dataSource.getRepository(PasswordResetToken).save({
      userId,
      tokenHash: hash(),
      expiresAt: new Date(Date.now() + 3_600_000),
    });
    const emailKey = `retention-${randomUUID()}@example.nl`;
    const old = await dataSource.getRepository(LoginFailure).save({
      emailKey,
      ipAddress: '192.0.2.1',
      attemptedAt: new Date(Date.now() - 25 * 3_600_000),
    });
    const recent = await dataSource
      .getRepository(LoginFailure)
      .save({ emailKey, ipAddress: '192.0.2.1', attemptedAt: hourAgo });

    const purged = await worker.get(RetentionService).purge();
    expect(purged.sessions).toBeGreaterThanOrEqual(1);
    expect(purged.loginFailures).toBeGreaterThanOrEqual(1);
    expect(
      await dataSource
        .getRepository(Session)
        .findOne({ where: { id: expired.id } }),
    ).toBeNull();
    expect(
      await dataSource
        .getRepository(Session)
        .findOne({ where: { id: live.id } }),
    ).not.toBeNull();
    expect(
      await dataSource
        .getRepository(Session)
        .findOne({ where: { id: idle.id } }),
    ).toBeNull();
    expect(
      await dataSource
        .getRepository(PasswordResetToken)
        .findOne({ where: { id: spentReset.id } }),
    ).toBeNull();
    expect(
      await dataSource
        .getRepository(PasswordResetToken)
        .findOne({ where: { id: openReset.id } }),
    ).not.toBeNull();
    expect(
      await dataSource
        .getRepository(LoginFailure)
        .findOne({ where: { id: old.id } }),
    ).toBeNull();
    expect(
      await dataSource
        .getRepository(LoginFailure)
        .findOne({ where: { id: recent.id } }),
    ).not.toBeNull();
  });

  it('deletes the profile of someone who left once the retention period has passed, keeping only anonymous records', async () => {
    const organisation = await createOrganisation(
      dataSource,
      'profile-retention',
    );
    const participants = dataSource.getRepository(Participant);
    const base: Partial<Participant> = {
      organisationId: organisation.id,
      skillIds: [],
      tags: [],
      themes: [],
      hoursPerMonth: 4,
      waysOfTakingPart: [],
      languages: [],
      about: 'x',
      visibility: {
        skills: FieldVisibility.COLLEAGUES,
        themes: FieldVisibility.COLLEAGUES,
        availability: FieldVisibility.ADVISOR_ONLY,
        about: FieldVisibility.ADVISOR_ONLY,
      },
    };
    const due = await participants.save({
      ...base,
      userId: randomUUID(),
      status: ParticipationStatus.LEFT,
      deletionScheduledOn: addDays(todayInAmsterdam(), -1),
    });
    const notYet = await participants.save({
      ...base,
      userId: randomUUID(),
      status: ParticipationStatus.LEFT,
      deletionScheduledOn: addDays(todayInAmsterdam(), 5),
    });
    const active = await participants.save({
      ...base,
      userId: randomUUID(),
      status: ParticipationStatus.ACTIVE,
    });
    await dataSource.getRepository(ConsentRecord).save({
      organisationId: organisation.id,
      participantId: due.id!,
      purpose: ConsentPurpose.SURVEY_PANEL,
      granted: false,
      textVersion: 'v',
    });

    expect(
      await worker.get(ParticipantRetentionService).deleteDueProfiles(),
    ).toBeGreaterThanOrEqual(1);
    expect(await participants.findOneBy({ id: due.id! })).toBeNull();
    expect(await participants.findOneBy({ id: notYet.id! })).not.toBeNull();
    expect(await participants.findOneBy({ id: active.id! })).not.toBeNull();
    // The consent trail stays, but only as an id that no longer leads to a person.
    expect(
      await dataSource
        .getRepository(ConsentRecord)
        .countBy({ participantId: due.id! }),
    ).toBe(1);
    const audit = await dataSource.getRepository(AuditEntry).findOneBy({
      organisationId: organisation.id,
      entityId: due.id!,
      action: 'participant.deleted',
    });
    expect(audit?.actorUserId).toBeNull();
  });
});
