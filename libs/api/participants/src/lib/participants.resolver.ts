import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@inspraak/domain';
import {
  Actor,
  AnyMember,
  CurrentActor,
  IdArg,
  RequireRoles,
} from '@inspraak/api-core';
import { ConsentPurpose, Participant, Skill } from './participants.entities';
import { JoinPoolInput, ProfileInput } from './dto/participants.inputs';
import { ParticipantsService } from './participants.service';
import { SkillsService } from './skills.service';

/** An employee's own participation. Every role is an employee too, so every member may join. */
@Resolver()
@AnyMember()
export class MyParticipationResolver {
  constructor(private readonly participants: ParticipantsService) {}

  @Query(() => Participant, {
    nullable: true,
    description: 'My place in the participant pool, or null.',
  })
  myParticipation(@CurrentActor() actor: Actor): Promise<Participant | null> {
    return this.participants.mine(actor);
  }

  @Mutation(() => Participant)
  joinPool(
    @CurrentActor() actor: Actor,
    @Args('input') input: JoinPoolInput,
  ): Promise<Participant> {
    return this.participants.join(actor, input);
  }

  @Mutation(() => Participant)
  updateMyProfile(
    @CurrentActor() actor: Actor,
    @Args('input') input: ProfileInput,
  ): Promise<Participant> {
    return this.participants.updateProfile(actor, input);
  }

  @Mutation(() => Participant)
  pauseMyParticipation(
    @CurrentActor() actor: Actor,
    @Args('until') until: string,
  ): Promise<Participant> {
    return this.participants.pause(actor, until);
  }

  @Mutation(() => Participant)
  resumeMyParticipation(@CurrentActor() actor: Actor): Promise<Participant> {
    return this.participants.resume(actor);
  }

  @Mutation(() => Participant, {
    description:
      'Leave the pool; the profile is deleted after the retention period (deletionScheduledOn).',
  })
  leavePool(@CurrentActor() actor: Actor): Promise<Participant> {
    return this.participants.leave(actor);
  }

  @Mutation(() => Participant)
  setMyConsent(
    @CurrentActor() actor: Actor,
    @Args('purpose', { type: () => ConsentPurpose }) purpose: ConsentPurpose,
    @Args('granted') granted: boolean,
  ): Promise<Participant> {
    return this.participants.setConsent(actor, purpose, granted);
  }
}

/** The skill catalogue: everyone picks from it, the advisor curates it. */
@Resolver()
export class SkillsResolver {
  constructor(private readonly catalogue: SkillsService) {}

  @Query(() => [Skill])
  @AnyMember()
  skills(@CurrentActor() actor: Actor): Promise<Skill[]> {
    return this.catalogue.list(actor);
  }

  @Mutation(() => Skill)
  @RequireRoles(Role.ADVISEUR)
  addSkill(
    @CurrentActor() actor: Actor,
    @Args('name') name: string,
  ): Promise<Skill> {
    return this.catalogue.add(actor, name);
  }

  @Mutation(() => Skill)
  @RequireRoles(Role.ADVISEUR)
  renameSkill(
    @CurrentActor() actor: Actor,
    @IdArg() id: string,
    @Args('name') name: string,
  ): Promise<Skill> {
    return this.catalogue.rename(actor, id, name);
  }

  @Mutation(() => Skill, {
    description:
      'Merge a duplicate into another skill; returns the skill that stays.',
  })
  @RequireRoles(Role.ADVISEUR)
  mergeSkills(
    @CurrentActor() actor: Actor,
    @IdArg('duplicateId') duplicateId: string,
    @IdArg('intoId') intoId: string,
  ): Promise<Skill> {
    return this.catalogue.merge(actor, duplicateId, intoId);
  }
}
