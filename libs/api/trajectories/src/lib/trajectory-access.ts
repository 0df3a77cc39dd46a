import { Role } from '@inspraak/domain';
import {
  AppError,
  badInput,
  LocalisedText,
  notFound,
  notifyMany,
  TenantScope,
} from '@inspraak/api-core';
import {
  RegieTeamMember,
  Trajectory,
  TrajectoryEvent,
} from './trajectory.entities';

export const TRAJECTORY = { nl: 'Verandertraject', en: 'Change trajectory' };

export interface TrajectoryContext {
  trajectory: Trajectory;
  team: RegieTeamMember[];
  /** The caller steers it: a regie team member, or the organisation's advisor (who sets trajectories up). */
  steering: boolean;
}

const onlyTheRegieTeam = () =>
  new AppError('FORBIDDEN', 'NOT_IN_REGIE_TEAM', {
    nl: 'Alleen het regieteam van dit traject kan dit doen.',
    en: "Only this trajectory's regie team can do this.",
  });

async function load(
  scope: TenantScope,
  id: string,
): Promise<TrajectoryContext> {
  const trajectory = await scope
    .repo(Trajectory)
    .findOneOrFail({ id }, () => notFound(TRAJECTORY));
  const team = await scope
    .repo(RegieTeamMember)
    .find({ where: { trajectoryId: id }, order: { joinedAt: 'ASC' } });
  const steering =
    scope.actor.roles.includes(Role.ADVISEUR) ||
    team.some((member) => member.userId === scope.actor.userId);
  return { trajectory, team, steering };
}

/** A trajectory the caller may read: steering it, or published. Unpublished ones do not exist for others. */
export async function readableTrajectory(
  scope: TenantScope,
  id: string,
): Promise<TrajectoryContext> {
  const context = await load(scope, id);
  if (!context.steering && !context.trajectory.published)
    throw notFound(TRAJECTORY);
  return context;
}

/** A trajectory the caller steers; others are refused (or, if unpublished, told it does not exist). */
export async function steeredTrajectory(
  scope: TenantScope,
  id: string,
): Promise<TrajectoryContext> {
  const context = await load(scope, id);
  if (!context.steering) {
    if (!context.trajectory.published) throw notFound(TRAJECTORY);
    throw onlyTheRegieTeam();
  }
  return context;
}

/** Adds a line to the trajectory's timeline. */
export async function recordEvent(
  scope: TenantScope,
  trajectoryId: string,
  kind: string,
  text: { nl: string; en: string },
  isPublic = false,
): Promise<void> {
  const events = scope.repo(TrajectoryEvent);
  await events.save(
    events.create({
      trajectoryId,
      kind,
      textNl: text.nl,
      textEn: text.en,
      actorName: scope.actor.displayName,
      public: isPublic,
    }),
  );
}

export interface NotificationText {
  kind: string;
  titleNl: string;
  titleEn: string;
  bodyNl: string;
  bodyEn: string;
  link: string;
}

/** Tells people (the bell, and mail as each chose), in the same transaction as what they are told about. */
export async function notify(
  scope: TenantScope,
  userIds: readonly string[],
  text: NotificationText,
): Promise<void> {
  const recipients = [...new Set(userIds)].filter(
    (userId) => userId !== scope.actor.userId,
  );
  await notifyMany(scope.manager, scope.organisationId, recipients, text);
}

/** Refuses a phase the trajectory does not have. */
export function assertPhase(trajectory: Trajectory, phase: number): void {
  if (
    !Number.isInteger(phase) ||
    phase < 0 ||
    phase >= trajectory.phases.length
  )
    throw badInput('NO_SUCH_PHASE', {
      nl: 'Dit traject heeft die fase niet.',
      en: 'This trajectory has no such phase.',
    });
}

/** A required free text, trimmed; empty or longer than `max` is refused with `reason`, on `field`. */
export function requiredText(
  value: string | null | undefined,
  max: number,
  reason: string,
  field: string,
  text: LocalisedText,
): string {
  const trimmed = value?.trim() ?? '';
  if (trimmed.length === 0 || trimmed.length > max)
    throw badInput(reason, text, [
      {
        field,
        message: {
          nl: `Verplicht, hooguit ${max} tekens.`,
          en: `Required, at most ${max} characters.`,
        },
      },
    ]);
  return trimmed;
}
