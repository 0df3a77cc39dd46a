import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DataSource, LessThanOrEqual } from 'typeorm';
import { todayInAmsterdam } from '@inspraak/domain';
import { AuditEntry, QueueName, JobSchedules } from '@inspraak/api-core';
import { Participant, ParticipationStatus } from './participants.entities';

const EVERY_DAY_MS = 24 * 3_600_000;

/**
 * Deletes the profiles of people who left the pool once their retention
 * period has passed. What stays is anonymous: consent and acceptance records
 * keep only the participant's random id, which no longer leads to a person.
 */
@Injectable()
export class ParticipantRetentionService {
  constructor(private readonly dataSource: DataSource) {}

  async deleteDueProfiles(today = todayInAmsterdam()): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const due = await manager.find(Participant, {
        where: {
          status: ParticipationStatus.LEFT,
          deletionScheduledOn: LessThanOrEqual(today),
        },
        select: { id: true, organisationId: true },
      });
      if (due.length === 0) return 0;
      await manager.delete(
        Participant,
        due.map((p) => p.id),
      );
      await manager.insert(
        AuditEntry,
        due.map((p) => ({
          organisationId: p.organisationId,
          actorUserId: null,
          actorEmail: null,
          action: 'participant.deleted',
          entityType: 'Participant',
          entityId: p.id,
          changes: { reason: 'retention period after leaving' },
        })),
      );
      return due.length;
    });
  }
}

@Processor(QueueName.ParticipantRetention)
export class ParticipantRetentionProcessor
  extends WorkerHost
  implements OnApplicationBootstrap
{
  private readonly logger = new Logger(ParticipantRetentionProcessor.name);

  constructor(
    private readonly retention: ParticipantRetentionService,
    @InjectQueue(QueueName.ParticipantRetention) private readonly queue: Queue,
    private readonly schedules: JobSchedules,
  ) {
    super();
  }

  async onApplicationBootstrap() {
    await this.schedules.keep(
      this.queue,
      'daily-profile-deletion',
      { every: EVERY_DAY_MS },
      'delete-due-profiles',
    );
  }

  async process() {
    const deleted = await this.retention.deleteDueProfiles();
    if (deleted > 0)
      this.logger.log(
        `Deleted ${deleted} participant profiles after their retention period`,
      );
    return { deleted };
  }
}
