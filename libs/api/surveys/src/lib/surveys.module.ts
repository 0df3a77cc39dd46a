import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QueueName } from '@inspraak/api-core';
import { SURVEY_ENTITIES } from './survey.entities';
import { SurveysService } from './surveys.service';
import { SurveyResultsService } from './survey-results.service';
import { AnsweringService } from './answering.service';
import { AnsweringResolver, SurveysResolver } from './surveys.resolver';
import { SurveyPersonalData } from './survey-personal-data';
import { SurveyInbox } from './survey-inbox';
import { SurveyPreviewResolver, SurveyPreviewService } from './survey-preview';
import { AnswerSeal } from './answer-seal';
import {
  SurveyHousekeepingProcessor,
  SurveyInvitationProcessor,
  SurveyMailer,
} from './survey-invitations';

const QUEUES = BullModule.registerQueue(
  { name: QueueName.SurveyInvitations },
  { name: QueueName.SurveyHousekeeping },
);

/** Surveys as the API serves them: building, publishing (queueing invitations), answering and results. */
@Module({
  imports: [TypeOrmModule.forFeature([...SURVEY_ENTITIES]), QUEUES],
  providers: [
    SurveysService,
    SurveyResultsService,
    AnsweringService,
    AnswerSeal,
    SurveyInbox,
    SurveysResolver,
    AnsweringResolver,
    SurveyPreviewService,
    SurveyPreviewResolver,
    SurveyPersonalData,
  ],
  // The dashboard shows survey figures only through these services' rules.
  exports: [SurveysService, SurveyResultsService, AnsweringService],
})
export class SurveysApiModule {}

/** The surveys' background work: sending invitations and reminders, closing at the end time, moving answers out of the inbox. */
@Module({
  imports: [TypeOrmModule.forFeature([...SURVEY_ENTITIES]), QUEUES],
  providers: [
    SurveysService,
    AnswerSeal,
    SurveyInbox,
    SurveyMailer,
    SurveyInvitationProcessor,
    SurveyHousekeepingProcessor,
  ],
})
export class SurveysWorkerModule {}
