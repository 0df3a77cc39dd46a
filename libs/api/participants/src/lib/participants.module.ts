import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PARTICIPANT_ENTITIES } from './participants.entities';
import {
  MyParticipationResolver,
  SkillsResolver,
} from './participants.resolver';
import { ParticipantsService } from './participants.service';
import { SkillsService } from './skills.service';

/** The participant pool (participantenorganisatie) as the API serves it. */
@Module({
  imports: [TypeOrmModule.forFeature(PARTICIPANT_ENTITIES)],
  providers: [
    ParticipantsService,
    SkillsService,
    MyParticipationResolver,
    SkillsResolver,
  ],
})
export class ParticipantsApiModule {}
