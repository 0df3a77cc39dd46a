import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { PoolMatcher, QueueName } from '@inspraak/api-core';
import { PoolMatcherService } from './pool-matcher';
import {
  ParticipantRetentionProcessor,
  ParticipantRetentionService,
} from './participant-retention';
import {
  AgreementReminderProcessor,
  AgreementReminderService,
} from './agreement-reminders';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PARTICIPANT_ENTITIES } from './entities';
import {
  MyParticipationResolver,
  SkillsResolver,
} from './participants.resolver';
import { ParticipantsService } from './participants.service';
import { SkillsService } from './skills.service';
import { AgreementsService } from './agreements.service';
import { AgreementsResolver } from './agreements.resolver';
import { PoolService } from './pool.service';
import { PoolResolver } from './pool.resolver';
import { SortitionService } from './sortition.service';
import { SortitionResolver } from './sortition.resolver';
import { PersonalDataResolver, PersonalDataService } from './personal-data';
import { AdvisorToolsResolver, AdvisorToolsService } from './advisor-tools';
import { ColleagueViewResolver, ColleagueViewService } from './colleague-view';

/** The participant pool (participantenorganisatie) as the API serves it. Global: it provides the `PoolMatcher` other contexts use. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([...PARTICIPANT_ENTITIES])],
  exports: [PoolMatcher, PoolService],
  providers: [
    { provide: PoolMatcher, useClass: PoolMatcherService },
    ParticipantsService,
    ColleagueViewService,
    ColleagueViewResolver,
    AdvisorToolsService,
    AdvisorToolsResolver,
    PersonalDataService,
    PersonalDataResolver,
    SkillsService,
    AgreementsService,
    PoolService,
    SortitionService,
    MyParticipationResolver,
    SkillsResolver,
    AgreementsResolver,
    PoolResolver,
    SortitionResolver,
  ],
})
export class ParticipantsApiModule {}

/** The pool's background work, for the worker: deleting profiles after their retention period, agreement reminders. */
@Module({
  imports: [
    TypeOrmModule.forFeature([...PARTICIPANT_ENTITIES]),
    BullModule.registerQueue(
      { name: QueueName.ParticipantRetention },
      { name: QueueName.AgreementReminders },
    ),
  ],
  providers: [
    ParticipantRetentionService,
    ParticipantRetentionProcessor,
    AgreementReminderService,
    AgreementReminderProcessor,
  ],
})
export class ParticipantsWorkerModule {}
