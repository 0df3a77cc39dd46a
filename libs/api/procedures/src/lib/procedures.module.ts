import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QueueName } from '@inspraak/api-core';
import { PROCEDURE_ENTITIES } from './procedure.entities';
import { ProceduresService } from './procedures.service';
import { EvidenceService } from './evidence.service';
import { LettersService } from './letters.service';
import {
  ProceduresResolver,
  PublicProceduresResolver,
} from './procedures.resolver';
import { ProcedureCalendarSource } from './procedure-calendar';
import {
  DeadlineReminderProcessor,
  DeadlineReminderService,
} from './deadline-reminders';

/** Works council procedures as the API serves them. */
@Module({
  imports: [TypeOrmModule.forFeature([...PROCEDURE_ENTITIES])],
  providers: [
    ProceduresService,
    EvidenceService,
    LettersService,
    ProceduresResolver,
    PublicProceduresResolver,
    ProcedureCalendarSource,
  ],
  exports: [ProceduresService],
})
export class ProceduresApiModule {}

/** The procedures' background work: deadline reminders. */
@Module({
  imports: [
    TypeOrmModule.forFeature([...PROCEDURE_ENTITIES]),
    BullModule.registerQueue({ name: QueueName.DeadlineReminders }),
  ],
  providers: [DeadlineReminderService, DeadlineReminderProcessor],
})
export class ProceduresWorkerModule {}
