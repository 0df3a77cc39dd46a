import { Inject } from '@nestjs/common';
import {
  Args,
  Field,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { Role } from '@inspraak/domain';
import {
  Actor,
  AnyMember,
  APP_CONFIG,
  AppConfig,
  CurrentActor,
  IdArg,
  RequireRoles,
  Cost,
  EXPENSIVE,
} from '@inspraak/api-core';
import {
  ActionInput,
  CallInput,
  DocumentInput,
  EvaluationAnswerInput,
  MeetingInput,
  MeetingUpdateInput,
  MinutesInput,
  PhaseNameInput,
  PostInput,
  RegieTeamSeatInput,
  TrajectoryInput,
  UpdateTrajectoryInput,
} from './dto/trajectory.inputs';
import { TrajectoriesService } from './trajectories.service';
import { TrajectoryView } from './trajectory.models';
import { WorkgroupsService } from './workgroups.service';
import { WorkgroupView } from './workgroup.models';
import {
  Applicant,
  Suggestion,
  TrajectoryDocument,
  WorkgroupMembership,
} from './workgroup.entities';
import { BoardService } from './board.service';
import { Board, BoardPost, BoardTheme } from './board.entities';
import { MeetingsService } from './meetings.service';
import { ActionItem, Meeting } from './meeting.entities';
import { EvaluationsService } from './evaluations.service';
import { PhaseEvaluation } from './evaluation.entities';
import { DocumentContent, DocumentsService } from './documents.service';

@ObjectType('PhaseDefinition')
class PhaseDefinition {
  @Field() nl!: string;
  @Field() en!: string;
  @Field({
    description:
      "The phase in which the director decides: the advisor's view lists trajectories in it without a WOR procedure.",
  })
  decision!: boolean;
}

/**
 * Change trajectories and their regie teams. Every member may call these; the
 * services decide per trajectory: its regie team (and the advisor) steer,
 * others see only what is published.
 */
@Resolver()
@AnyMember()
export class TrajectoriesResolver {
  constructor(private readonly trajectoriesService: TrajectoriesService) {}

  @Query(() => [PhaseDefinition], {
    description: "The organisation's phases for new trajectories.",
  })
  phaseSettings(@CurrentActor() actor: Actor) {
    return this.trajectoriesService.phaseSettings(actor);
  }

  @Mutation(() => [PhaseDefinition])
  @RequireRoles(Role.ADVISEUR)
  updatePhaseSettings(
    @CurrentActor() actor: Actor,
    @Args('phases', { type: () => [PhaseNameInput] }) phases: PhaseNameInput[],
  ) {
    return this.trajectoriesService.updatePhaseSettings(actor, phases);
  }

  @Query(() => [TrajectoryView], {
    description: 'Trajectories I steer, and every published one.',
  })
  trajectories(@CurrentActor() actor: Actor) {
    return this.trajectoriesService.list(actor);
  }

  @Query(() => TrajectoryView)
  trajectory(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.trajectoriesService.get(actor, id);
  }

  @Mutation(() => TrajectoryView)
  @RequireRoles(Role.ADVISEUR)
  createTrajectory(
    @CurrentActor() actor: Actor,
    @Args('input') input: TrajectoryInput,
  ) {
    return this.trajectoriesService.create(actor, input);
  }

  @Mutation(() => TrajectoryView)
  updateTrajectory(
    @CurrentActor() actor: Actor,
    @IdArg() id: string,
    @Args('input') input: UpdateTrajectoryInput,
  ) {
    return this.trajectoriesService.update(actor, id, input);
  }

  @Mutation(() => TrajectoryView, {
    description:
      'Move one phase forward or back; refused while the regie team lacks one of its four roles and the trajectory is in its first phase.',
  })
  moveTrajectoryPhase(
    @CurrentActor() actor: Actor,
    @IdArg() id: string,
    @Args('toPhase', { type: () => Int }) toPhase: number,
  ) {
    return this.trajectoriesService.movePhase(actor, id, toPhase);
  }

  @Mutation(() => TrajectoryView)
  addRegieTeamMember(
    @CurrentActor() actor: Actor,
    @Args('input') input: RegieTeamSeatInput,
  ) {
    return this.trajectoriesService.addTeamMember(actor, input);
  }

  @Mutation(() => TrajectoryView)
  removeRegieTeamMember(
    @CurrentActor() actor: Actor,
    @IdArg('trajectoryId') trajectoryId: string,
    @IdArg('userId') userId: string,
  ) {
    return this.trajectoriesService.removeTeamMember(
      actor,
      trajectoryId,
      userId,
    );
  }
}

/** Open calls and workgroups. */
@Resolver()
@AnyMember()
export class WorkgroupsResolver {
  constructor(
    private readonly workgroupsService: WorkgroupsService,
    private readonly documents: DocumentsService,
  ) {}

  @Mutation(() => WorkgroupView, {
    description: 'Open a call for a new workgroup of the trajectory.',
  })
  openCall(
    @CurrentActor() actor: Actor,
    @IdArg('trajectoryId') trajectoryId: string,
    @Args('input') input: CallInput,
  ) {
    return this.workgroupsService.openCall(actor, trajectoryId, input);
  }

  @Mutation(() => WorkgroupView, {
    description: 'Change a call; open: false closes it.',
  })
  updateCall(
    @CurrentActor() actor: Actor,
    @IdArg() id: string,
    @Args('input') input: CallInput,
    @Args('open') open: boolean,
  ) {
    return this.workgroupsService.updateCall(actor, id, input, open);
  }

  @Query(() => [WorkgroupView], { description: 'Calls I can apply to now.' })
  openCalls(@CurrentActor() actor: Actor) {
    return this.workgroupsService.openCalls(actor);
  }

  @Query(() => [WorkgroupView])
  workgroups(
    @CurrentActor() actor: Actor,
    @IdArg('trajectoryId') trajectoryId: string,
  ) {
    return this.workgroupsService.workgroups(actor, trajectoryId);
  }

  @Query(() => WorkgroupView)
  workgroup(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.workgroupsService.workgroup(actor, id);
  }

  @Query(() => [WorkgroupView], {
    description: 'Workgroups I am in, invited to or applied to.',
  })
  myWorkgroups(@CurrentActor() actor: Actor) {
    return this.workgroupsService.mine(actor);
  }

  @Mutation(() => WorkgroupMembership)
  applyToCall(
    @CurrentActor() actor: Actor,
    @IdArg('workgroupId') workgroupId: string,
    @Args('motivation') motivation: string,
  ) {
    return this.workgroupsService.apply(actor, workgroupId, motivation);
  }

  @Mutation(() => WorkgroupMembership, {
    description:
      'Withdraw my application or invitation, or leave the workgroup.',
  })
  leaveWorkgroup(
    @CurrentActor() actor: Actor,
    @IdArg('workgroupId') workgroupId: string,
  ) {
    return this.workgroupsService.withdraw(actor, workgroupId);
  }

  @Query(() => [Applicant], {
    description:
      "Applicants and invitees with how they fit the call (the participant pool's matcher).",
  })
  callApplicants(
    @CurrentActor() actor: Actor,
    @IdArg('workgroupId') workgroupId: string,
  ) {
    return this.workgroupsService.applicants(actor, workgroupId);
  }

  @Mutation(() => WorkgroupMembership)
  decideApplication(
    @CurrentActor() actor: Actor,
    @IdArg('membershipId') membershipId: string,
    @Args('accept') accept: boolean,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
  ) {
    return this.workgroupsService.decide(actor, membershipId, accept, note);
  }

  @Query(() => [Suggestion], {
    description:
      'People the participant pool suggests for the call, not yet related to it.',
  })
  @Cost(EXPENSIVE.computed)
  callSuggestions(
    @CurrentActor() actor: Actor,
    @IdArg('workgroupId') workgroupId: string,
    @Args('limit', { type: () => Int, defaultValue: 10 }) limit: number,
  ) {
    return this.workgroupsService.suggestions(
      actor,
      workgroupId,
      Math.min(Math.max(limit, 1), 50),
    );
  }

  @Mutation(() => WorkgroupMembership)
  inviteToWorkgroup(
    @CurrentActor() actor: Actor,
    @IdArg('workgroupId') workgroupId: string,
    @IdArg('userId') userId: string,
  ) {
    return this.workgroupsService.invite(actor, workgroupId, userId);
  }

  @Mutation(() => WorkgroupMembership)
  respondToInvitation(
    @CurrentActor() actor: Actor,
    @IdArg('workgroupId') workgroupId: string,
    @Args('accept') accept: boolean,
  ) {
    return this.workgroupsService.respondToInvitation(
      actor,
      workgroupId,
      accept,
    );
  }

  @Mutation(() => WorkgroupView)
  setWorkgroupLead(
    @CurrentActor() actor: Actor,
    @IdArg('workgroupId') workgroupId: string,
    @IdArg('userId') userId: string,
  ) {
    return this.workgroupsService.setLead(actor, workgroupId, userId);
  }

  @Mutation(() => WorkgroupView)
  submitWorkgroupReport(
    @CurrentActor() actor: Actor,
    @IdArg('workgroupId') workgroupId: string,
    @Args('report') report: string,
  ) {
    return this.workgroupsService.submitReport(actor, workgroupId, report);
  }

  @Mutation(() => TrajectoryDocument)
  addDocument(
    @CurrentActor() actor: Actor,
    @Args('input') input: DocumentInput,
  ) {
    return this.documents.add(actor, input);
  }

  @Query(() => DocumentContent)
  @Cost(EXPENSIVE.document)
  documentContent(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.documents.content(actor, id);
  }

  @Mutation(() => Boolean)
  removeDocument(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.documents.remove(actor, id);
  }
}

/** The pros-and-cons board. */
@Resolver()
@AnyMember()
export class BoardResolver {
  constructor(private readonly boardsService: BoardService) {}

  @Query(() => Board, {
    description:
      "A trajectory's board in one phase (default: the current phase).",
  })
  board(
    @CurrentActor() actor: Actor,
    @IdArg('trajectoryId') trajectoryId: string,
    @Args('phase', { type: () => Int, nullable: true }) phase: number | null,
  ) {
    return this.boardsService.board(actor, trajectoryId, phase);
  }

  @Query(() => [BoardPost], {
    description: 'My posts, with the answers to them.',
  })
  myPosts(@CurrentActor() actor: Actor) {
    return this.boardsService.mine(actor);
  }

  @Mutation(() => BoardPost)
  postToBoard(@CurrentActor() actor: Actor, @Args('input') input: PostInput) {
    return this.boardsService.post(actor, input);
  }

  @Mutation(() => BoardPost)
  supportPost(
    @CurrentActor() actor: Actor,
    @IdArg('postId') postId: string,
    @Args('support') support: boolean,
  ) {
    return this.boardsService.support(actor, postId, support);
  }

  @Mutation(() => BoardPost)
  respondToPost(
    @CurrentActor() actor: Actor,
    @IdArg('postId') postId: string,
    @Args('response') response: string,
  ) {
    return this.boardsService.respond(actor, postId, response);
  }

  @Mutation(() => BoardPost, {
    description:
      'Hide a post (with a reason its author sees) or show it again.',
  })
  moderatePost(
    @CurrentActor() actor: Actor,
    @IdArg('postId') postId: string,
    @Args('hidden') hidden: boolean,
    @Args('reason', { type: () => String, nullable: true })
    reason: string | null,
  ) {
    return this.boardsService.moderate(actor, postId, hidden, reason);
  }

  @Mutation(() => BoardTheme)
  addBoardTheme(
    @CurrentActor() actor: Actor,
    @IdArg('trajectoryId') trajectoryId: string,
    @Args('phase', { type: () => Int }) phase: number,
    @Args('name') name: string,
  ) {
    return this.boardsService.addTheme(actor, trajectoryId, phase, name);
  }

  @Mutation(() => BoardPost)
  assignPostTheme(
    @CurrentActor() actor: Actor,
    @IdArg('postId') postId: string,
    @Args('themeId', { type: () => String, nullable: true })
    themeId: string | null,
  ) {
    return this.boardsService.assignTheme(actor, postId, themeId);
  }

  @Mutation(() => Board)
  saveBoardSummary(
    @CurrentActor() actor: Actor,
    @IdArg('trajectoryId') trajectoryId: string,
    @Args('phase', { type: () => Int }) phase: number,
    @Args('text') text: string,
  ) {
    return this.boardsService.saveSummary(actor, trajectoryId, phase, text);
  }
}

/** Meetings, actions (afspraken) and the personal calendar feed. */
@Resolver()
@AnyMember()
export class MeetingsResolver {
  constructor(
    private readonly meetingsService: MeetingsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Mutation(() => Meeting, {
    description:
      'Schedule a meeting and invite people; shortNotice warns when there are fewer than 7 days (art. 14 WOR).',
  })
  scheduleMeeting(
    @CurrentActor() actor: Actor,
    @Args('input') input: MeetingInput,
  ) {
    return this.meetingsService.schedule(actor, input);
  }

  @Mutation(() => Meeting, {
    description:
      'Change the time, place, agenda (items keep decisions, minutes and documents) and invitees; by the regie team or the workgroup lead.',
  })
  updateMeeting(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: MeetingUpdateInput,
  ) {
    return this.meetingsService.updateMeeting(actor, id, input);
  }

  @Mutation(() => Meeting, {
    description: 'Call a meeting off, with a reason the invitees are told.',
  })
  cancelMeeting(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason') reason: string,
  ) {
    return this.meetingsService.cancelMeeting(actor, id, reason);
  }

  @Query(() => [Meeting])
  meetings(
    @CurrentActor() actor: Actor,
    @IdArg('trajectoryId') trajectoryId: string,
  ) {
    return this.meetingsService.meetings(actor, trajectoryId);
  }

  @Query(() => [Meeting], {
    description:
      'Every meeting the person may see, across trajectories (invited, steering its trajectory, or member of its workgroup), newest first.',
  })
  @Cost(EXPENSIVE.computed)
  myMeetings(@CurrentActor() actor: Actor) {
    return this.meetingsService.myMeetings(actor);
  }

  @Query(() => Meeting)
  meeting(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.meetingsService.meeting(actor, id);
  }

  @Mutation(() => Meeting)
  recordMinutes(
    @CurrentActor() actor: Actor,
    @Args('input') input: MinutesInput,
  ) {
    return this.meetingsService.recordMinutes(actor, input);
  }

  @Mutation(() => ActionItem)
  addAction(@CurrentActor() actor: Actor, @Args('input') input: ActionInput) {
    return this.meetingsService.addAction(actor, input);
  }

  @Mutation(() => ActionItem)
  setActionDone(
    @CurrentActor() actor: Actor,
    @IdArg() id: string,
    @Args('done') done: boolean,
  ) {
    return this.meetingsService.completeAction(actor, id, done);
  }

  @Query(() => [ActionItem])
  myActions(@CurrentActor() actor: Actor) {
    return this.meetingsService.myActions(actor);
  }

  @Query(() => [ActionItem])
  trajectoryActions(
    @CurrentActor() actor: Actor,
    @IdArg('trajectoryId') trajectoryId: string,
  ) {
    return this.meetingsService.actions(actor, trajectoryId);
  }

  @Query(() => [ActionItem], {
    description: 'Every overdue action in the organisation.',
  })
  @RequireRoles(Role.ADVISEUR)
  overdueActions(@CurrentActor() actor: Actor) {
    return this.meetingsService.overdueActions(actor);
  }

  @Mutation(() => String, {
    description:
      'A new address of my calendar feed (iCalendar); the previous one stops working.',
  })
  issueCalendarFeed(@CurrentActor() actor: Actor) {
    return this.meetingsService.issueCalendarFeed(
      actor,
      this.config.PUBLIC_URL.replace(/\/$/, ''),
    );
  }
}

/** Reflection at the end of a phase. */
@Resolver()
@AnyMember()
export class EvaluationsResolver {
  constructor(private readonly evaluationsService: EvaluationsService) {}

  @Mutation(() => PhaseEvaluation, {
    description:
      "Start the reflection on the trajectory's current phase; its participants are asked.",
  })
  startEvaluation(
    @CurrentActor() actor: Actor,
    @IdArg('trajectoryId') trajectoryId: string,
  ) {
    return this.evaluationsService.start(actor, trajectoryId);
  }

  @Query(() => [PhaseEvaluation])
  evaluations(
    @CurrentActor() actor: Actor,
    @IdArg('trajectoryId') trajectoryId: string,
  ) {
    return this.evaluationsService.evaluations(actor, trajectoryId);
  }

  @Mutation(() => PhaseEvaluation)
  answerEvaluation(
    @CurrentActor() actor: Actor,
    @Args('input') input: EvaluationAnswerInput,
  ) {
    return this.evaluationsService.answer(actor, input);
  }

  @Mutation(() => PhaseEvaluation)
  closeEvaluation(
    @CurrentActor() actor: Actor,
    @IdArg() id: string,
    @Args('outcome') outcome: string,
  ) {
    return this.evaluationsService.close(actor, id, outcome);
  }
}
