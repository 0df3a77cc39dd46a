import {
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
} from '@nestjs/graphql';
import { BoundedList } from '@inspraak/api-core';
import { DepartmentRepresentation } from '@inspraak/api-participants';
import { UpcomingDeadline } from '@inspraak/api-procedures';

/** A trajectory named in a figure, with how many things wait in it. */
@ObjectType()
export class DashboardTrajectoryCount {
  @Field(() => ID) trajectoryId!: string;
  @Field() title!: string;
  @Field(() => Int) count!: number;
}

/** A workgroup named in a figure (its applications to decide on), with its trajectory. */
@ObjectType()
export class DashboardWorkgroupCount {
  @Field(() => ID) trajectoryId!: string;
  @Field() title!: string;
  @Field(() => ID) workgroupId!: string;
  @Field() workgroupName!: string;
  @Field(() => Int) count!: number;
}

/** A survey named in a figure, with how many things wait in it (e.g. invitations that could not be mailed). */
@ObjectType()
export class DashboardSurveyCount {
  @Field(() => ID) surveyId!: string;
  @Field() title!: string;
  @Field(() => Int) count!: number;
}

/** What the advisor must act on now; every list is empty when nothing waits. */
@ObjectType()
export class AdvisorNeedsAction {
  /** Applications to workgroup calls nobody has decided on, per workgroup. */
  @BoundedList(10)
  @Field(() => [DashboardWorkgroupCount])
  applicationsWaiting!: DashboardWorkgroupCount[];
  /** Open actions past their due date (confidential ones left out, as on the trajectories page). */
  @Field(() => Int) overdueActions!: number;
  /** Active trajectories whose regie team lacks a role; `count` is the number of roles missing. */
  @BoundedList(10)
  @Field(() => [DashboardTrajectoryCount])
  regieTeamsIncomplete!: DashboardTrajectoryCount[];
  /** Trajectories in their decision phase without a WOR procedure. */
  @BoundedList(10)
  @Field(() => [DashboardTrajectoryCount])
  decisionWithoutProcedure!: DashboardTrajectoryCount[];
  @Field(() => Int) erasureRequests!: number;
  /** Visible board posts without a regie-team response, per trajectory. */
  @BoundedList(10)
  @Field(() => [DashboardTrajectoryCount])
  postsWithoutResponse!: DashboardTrajectoryCount[];
  /** Survey invitations that could not be mailed, per survey. */
  @BoundedList(10)
  @Field(() => [DashboardSurveyCount])
  failedSurveyMails!: DashboardSurveyCount[];
  /** Account invitations that could not be mailed. */
  @Field(() => Int) failedAccountInvitations!: number;
}

/** An active trajectory in its current phase. */
@ObjectType()
export class DashboardTrajectoryPhase {
  @Field(() => ID) trajectoryId!: string;
  @Field() title!: string;
  @Field(() => Int) phaseIndex!: number;
  @Field() phaseNl!: string;
  @Field() phaseEn!: string;
  /** Days since the trajectory entered this phase (or was created, for its first phase). */
  @Field(() => Int) daysInPhase!: number;
}

@ObjectType()
export class PoolHealth {
  @Field(() => Int) active!: number;
  @Field(() => Int) paused!: number;
  /** Joined in the last 30 days and not onboarded yet. */
  @Field(() => Int) newAwaitingOnboarding!: number;
  /** Version of the latest published agreement; null before any was published. */
  @Field(() => Int, { nullable: true }) latestAgreementVersion!: number | null;
  /** Participants still in the pool who accepted the latest version. */
  @Field(() => Int) acceptedLatest!: number;
  /** Participants whose accepted agreement ends within 30 days. */
  @Field(() => Int) agreementsEndingSoon!: number;
  /** The pool service's own representation rule, per department. */
  @BoundedList(20)
  @Field(() => [DepartmentRepresentation])
  representation!: DepartmentRepresentation[];
}

/** A survey that runs: counts as its authors' own page shows them (responses only from the threshold on). */
@ObjectType()
export class RunningSurvey {
  @Field(() => ID) surveyId!: string;
  @Field() title!: string;
  @Field(() => Int) invited!: number;
  /** Null below the survey's threshold: a small count watched over time says who answered when. */
  @Field(() => Int, { nullable: true }) answered!: number | null;
  @Field(() => Int) waitingForRelease!: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) closesAt!: Date | null;
}

/** The first question with a headline figure, as the published results show it. */
@ObjectType()
export class SurveyHeadline {
  @Field() questionNl!: string;
  @Field() questionEn!: string;
  /** AGREE (percentage that agrees), ENPS, or MEAN. */
  @Field() measure!: string;
  @Field(() => Float) value!: number;
  /** The same figure in the previous run of the series; null unless both runs are published. */
  @Field(() => Float, { nullable: true }) previous!: number | null;
}

/** A closed survey's published figures; null figures where the anonymity rule withholds them. */
@ObjectType()
export class ClosedSurvey {
  @Field(() => ID) surveyId!: string;
  @Field() title!: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) closedAt!: Date | null;
  @Field(() => Int) run!: number;
  @Field(() => Int) invited!: number;
  @Field(() => Int, { nullable: true }) respondents!: number | null;
  @Field(() => Int, { nullable: true }) responseRate!: number | null;
  @Field(() => SurveyHeadline, { nullable: true })
  headline!: SurveyHeadline | null;
}

@ObjectType()
export class SurveysOverview {
  @BoundedList(5) @Field(() => [RunningSurvey]) running!: RunningSurvey[];
  @BoundedList(3) @Field(() => [ClosedSurvey]) latestClosed!: ClosedSurvey[];
}

@ObjectType()
export class ProcedureStateCount {
  @Field() state!: string;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class ProceduresOverview {
  @BoundedList(9)
  @Field(() => [ProcedureStateCount])
  byState!: ProcedureStateCount[];
  /** The next legal deadlines of open procedures, soonest first (at most five). */
  @BoundedList(5)
  @Field(() => [UpcomingDeadline])
  nextDeadlines!: UpcomingDeadline[];
}

/** The advisor's home page. */
@ObjectType()
export class AdvisorDashboard {
  @Field(() => AdvisorNeedsAction) needsAction!: AdvisorNeedsAction;
  @BoundedList(10)
  @Field(() => [DashboardTrajectoryPhase])
  trajectories!: DashboardTrajectoryPhase[];
  @Field(() => PoolHealth) pool!: PoolHealth;
  @Field(() => SurveysOverview) surveys!: SurveysOverview;
  @Field(() => ProceduresOverview) procedures!: ProceduresOverview;
}

/** A trajectory whose regie team the person sits in, with what the team must do next. */
@ObjectType()
export class RegieTrajectory {
  @Field(() => ID) trajectoryId!: string;
  @Field() title!: string;
  @Field() phaseNl!: string;
  @Field() phaseEn!: string;
  @Field(() => [String]) missingRoles!: string[];
  @Field(() => Int) applicationsWaiting!: number;
  @Field(() => Int) postsWithoutResponse!: number;
  @Field(() => Int) openActions!: number;
  @Field(() => Int) overdueActions!: number;
  @Field(() => GraphQLISODateTime, { nullable: true })
  nextMeetingAt!: Date | null;
}

@ObjectType()
export class RegieSection {
  @BoundedList(5)
  @Field(() => [RegieTrajectory])
  trajectories!: RegieTrajectory[];
}

/** A meeting to prepare: an overlegvergadering planned for a procedure, or one scheduled in a trajectory. */
@ObjectType()
export class MeetingToPrepare {
  @Field() date!: string;
  @Field() title!: string;
  /** Where to prepare it: the procedure or the meeting. */
  @Field(() => ID, { nullable: true }) procedureId!: string | null;
  @Field(() => ID, { nullable: true }) meetingId!: string | null;
}

@ObjectType()
export class SecretarySection {
  @Field(() => ProceduresOverview) procedures!: ProceduresOverview;
  @BoundedList(5)
  @Field(() => [MeetingToPrepare])
  meetingsToPrepare!: MeetingToPrepare[];
}

/** A procedure in which the council has answered and the director's decision is awaited. */
@ObjectType()
export class ProcedureAwaitingDecision {
  @Field(() => ID) procedureId!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) responseSentOn!: string | null;
}

@ObjectType()
export class GovernanceSection {
  @Field(() => SurveysOverview) surveys!: SurveysOverview;
  @BoundedList(5)
  @Field(() => [ProcedureAwaitingDecision])
  awaitingDecision!: ProcedureAwaitingDecision[];
}

@ObjectType()
export class DashboardNamedItem {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) detailNl!: string | null;
  @Field(() => String, { nullable: true }) detailEn!: string | null;
  /** A date that matters (e.g. when a survey closes). */
  @Field(() => GraphQLISODateTime, { nullable: true }) date!: Date | null;
}

@ObjectType()
export class EmployeeSection {
  /** Published, active trajectories: what is happening in the organisation. */
  @BoundedList(5)
  @Field(() => [DashboardNamedItem])
  happening!: DashboardNamedItem[];
  @BoundedList(5)
  @Field(() => [DashboardNamedItem])
  surveysToAnswer!: DashboardNamedItem[];
  @Field(() => Int) openCalls!: number;
  /** In the pool without a valid acceptance of the current agreement. */
  @Field() agreementToAccept!: boolean;
  @Field(() => Int) myOpenActions!: number;
  @Field(() => Int) myOverdueActions!: number;
  /** ACTIVE, PAUSED, or null when not in the pool. */
  @Field(() => String, { nullable: true }) poolStatus!: string | null;
  @Field(() => Int) workgroups!: number;
  @Field(() => Int) regieTeams!: number;
}

/** Everyone's home page: one section per role the person holds (null for the others). */
@ObjectType()
export class MyDashboard {
  @Field(() => RegieSection, { nullable: true }) regie!: RegieSection | null;
  @Field(() => SecretarySection, { nullable: true })
  secretary!: SecretarySection | null;
  @Field(() => GovernanceSection, { nullable: true })
  governance!: GovernanceSection | null;
  @Field(() => EmployeeSection) employee!: EmployeeSection;
}
