import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QueueName } from '@inspraak/api-core';
import { TRAJECTORY_ENTITIES } from './entities';
import { TrajectoriesService } from './trajectories.service';
import { WorkgroupsService } from './workgroups.service';
import { BoardService } from './board.service';
import { MeetingsService } from './meetings.service';
import { EvaluationsService } from './evaluations.service';
import { DocumentsService } from './documents.service';
import {
  BoardResolver,
  EvaluationsResolver,
  MeetingsResolver,
  TrajectoriesResolver,
  WorkgroupsResolver,
} from './trajectories.resolver';
import { CalendarFeedController } from './calendar-feed.controller';
import { TrajectoryPersonalData } from './trajectory-personal-data';
import {
  ActionReminderProcessor,
  ActionReminderService,
} from './action-reminders';

/** Change trajectories, regie teams, workgroups, boards, meetings and evaluations as the API serves them. */
@Module({
  imports: [TypeOrmModule.forFeature([...TRAJECTORY_ENTITIES])],
  controllers: [CalendarFeedController],
  providers: [
    TrajectoriesService,
    WorkgroupsService,
    BoardService,
    MeetingsService,
    EvaluationsService,
    DocumentsService,
    TrajectoriesResolver,
    WorkgroupsResolver,
    BoardResolver,
    MeetingsResolver,
    EvaluationsResolver,
    TrajectoryPersonalData,
  ],
})
export class TrajectoriesApiModule {}

/** The trajectories' background work, for the worker: reminding owners of actions. */
@Module({
  imports: [
    TypeOrmModule.forFeature([...TRAJECTORY_ENTITIES]),
    BullModule.registerQueue({ name: QueueName.ActionReminders }),
  ],
  providers: [ActionReminderService, ActionReminderProcessor],
})
export class TrajectoriesWorkerModule {}
