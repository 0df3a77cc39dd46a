import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  DEFAULT_PHASES,
  isCalendarDate,
  missingRegieTeamRoles,
  PhaseName,
  phaseListProblem,
  phaseMoveRefusal,
  REGIE_TEAM_ROLE_NAMES,
  RegieTeamRole,
  Role,
} from '@inspraak/domain';
import {
  Actor,
  badInput,
  conflict,
  diffFields,
  notFound,
  recordAudit,
  TenantDb,
  TenantScope,
  checkedCalendarDate,
} from '@inspraak/api-core';
import {
  Phase,
  PhaseSettings,
  RegieTeamMember,
  Trajectory,
  TrajectoryEvent,
  TrajectoryStatus,
} from './trajectory.entities';
import {
  PhaseNameInput,
  RegieTeamSeatInput,
  TrajectoryInput,
  UpdateTrajectoryInput,
} from './dto/trajectory.inputs';
import {
  notify,
  readableTrajectory,
  recordEvent,
  steeredTrajectory,
  TRAJECTORY,
} from './trajectory-access';
import { memberByEmail, peopleByUserId } from './people';
import { TrajectoryView } from './trajectory.models';

const EDITABLE_FIELDS = [
  'title',
  'description',
  'decision',
  'departmentIds',
  'startsOn',
  'endsOn',
  'budgetLine',
  'published',
  'status',
  'ownerUserId',
  'phases',
] as const;

const rolesText = (roles: RegieTeamRole[]) => ({
  nl: roles.map((role) => REGIE_TEAM_ROLE_NAMES[role].nl).join(', '),
  en: roles.map((role) => REGIE_TEAM_ROLE_NAMES[role].en).join(', '),
});

/** Change trajectories: setting them up, their phases, their regie team and their timeline. */
@Injectable()
export class TrajectoriesService {
  constructor(private readonly tenantDb: TenantDb) {}

  async phaseSettings(actor: Actor): Promise<PhaseName[]> {
    const settings = await this.tenantDb
      .scope(actor)
      .manager.findOne(PhaseSettings, {
        where: { organisationId: actor.organisationId },
      });
    return settings?.phases ?? [...DEFAULT_PHASES];
  }

  async updatePhaseSettings(
    actor: Actor,
    phases: PhaseNameInput[],
  ): Promise<PhaseName[]> {
    const cleaned: PhaseName[] = phases.map((phase) => ({
      nl: phase.nl.trim(),
      en: phase.en.trim(),
      decision: phase.decision,
    }));
    const problem = phaseListProblem(cleaned);
    if (problem)
      throw badInput(`PHASES_${problem}`, {
        nl: 'Geef één tot twaalf fasen, elk met een unieke Nederlandse en een Engelse naam van hooguit 60 tekens.',
        en: 'Give one to twelve phases, each with a unique Dutch and an English name of at most 60 characters.',
      });
    return this.tenantDb.transaction(actor, async (scope) => {
      const before = await this.phaseSettings(actor);
      await scope.manager.upsert(
        PhaseSettings,
        { organisationId: scope.organisationId, phases: cleaned },
        ['organisationId'],
      );
      await recordAudit(scope, {
        action: 'trajectory.phase-settings-updated',
        entityType: 'PhaseSettings',
        entityId: scope.organisationId,
        changes: { phases: { from: before, to: cleaned } },
      });
      return cleaned;
    });
  }

  /** The trajectories the caller steers, and every published one. */
  async list(actor: Actor): Promise<TrajectoryView[]> {
    const scope = this.tenantDb.scope(actor);
    const trajectories = await scope
      .repo(Trajectory)
      .queryBuilder('t')
      .andWhere(
        `(t.published OR :advisor OR EXISTS (SELECT 1 FROM regie_team_member m WHERE m.trajectory_id = t.id AND m.user_id = :userId))`,
        {
          advisor: actor.roles.includes(Role.ADVISEUR),
          userId: actor.userId,
        },
      )
      .orderBy('t.createdAt', 'DESC')
      .getMany();
    const teams =
      trajectories.length === 0
        ? []
        : await scope.repo(RegieTeamMember).find({
            where: { trajectoryId: In(trajectories.map((t) => t.id)) },
          });
    return Promise.all(
      trajectories.map((trajectory) =>
        this.view(
          scope,
          {
            trajectory,
            team: teams.filter((m) => m.trajectoryId === trajectory.id),
            steering:
              actor.roles.includes(Role.ADVISEUR) ||
              teams.some(
                (m) =>
                  m.trajectoryId === trajectory.id && m.userId === actor.userId,
              ),
          },
          false,
        ),
      ),
    );
  }

  async get(actor: Actor, id: string): Promise<TrajectoryView> {
    const scope = this.tenantDb.scope(actor);
    return this.view(scope, await readableTrajectory(scope, id), true);
  }

  async create(actor: Actor, input: TrajectoryInput): Promise<TrajectoryView> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const fields = await this.checkedFields(scope, input, scope.actor.userId);
      const phases: Phase[] = (await this.phaseSettings(actor)).map((p) => ({
        nl: p.nl,
        en: p.en,
        decision: p.decision,
        startsOn: null,
        endsOn: null,
      }));
      const repo = scope.repo(Trajectory);
      const trajectory = await repo.save(
        repo.create({ ...fields, phases, currentPhase: 0 }),
      );
      await recordAudit(scope, {
        action: 'trajectory.created',
        entityType: 'Trajectory',
        entityId: trajectory.id,
        changes: diffFields({} as Trajectory, trajectory, EDITABLE_FIELDS),
      });
      await recordEvent(
        scope,
        trajectory.id,
        'trajectory.created',
        {
          nl: `Traject aangemaakt: ${trajectory.title}`,
          en: `Trajectory created: ${trajectory.title}`,
        },
        true,
      );
      return this.view(scope, { trajectory, team: [], steering: true }, true);
    });
  }

  async update(
    actor: Actor,
    id: string,
    input: UpdateTrajectoryInput,
  ): Promise<TrajectoryView> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const context = await steeredTrajectory(scope, id);
      const { trajectory } = context;
      const before = {
        ...trajectory,
        phases: trajectory.phases.map((p) => ({ ...p })),
      } as Trajectory;
      Object.assign(
        trajectory,
        await this.checkedFields(scope, input, trajectory.ownerUserId),
        {
          status: input.status,
        },
      );
      if (input.phaseDates) {
        if (input.phaseDates.length !== trajectory.phases.length)
          throw badInput('PHASE_DATES_MISMATCH', {
            nl: 'Geef data voor elke fase van het traject.',
            en: "Give dates for each of the trajectory's phases.",
          });
        trajectory.phases = trajectory.phases.map((phase, index) => {
          const dates = input.phaseDates![index]!;
          const startsOn = checkedCalendarDate(
            dates.startsOn,
            `phaseDates.${index}.startsOn`,
          );
          const endsOn = checkedCalendarDate(
            dates.endsOn,
            `phaseDates.${index}.endsOn`,
          );
          if (startsOn && endsOn && endsOn < startsOn)
            throw endBeforeStart(`phaseDates.${index}.endsOn`);
          return { ...phase, startsOn, endsOn };
        });
      }
      const saved = await scope.repo(Trajectory).save(trajectory);
      const changes = diffFields(before, saved, EDITABLE_FIELDS);
      await recordAudit(scope, {
        action: 'trajectory.updated',
        entityType: 'Trajectory',
        entityId: id,
        changes,
      });
      if (before.status !== saved.status)
        await recordEvent(
          scope,
          id,
          'trajectory.status',
          {
            nl: `Status gewijzigd naar ${STATUS_NAMES[saved.status].nl}`,
            en: `Status changed to ${STATUS_NAMES[saved.status].en}`,
          },
          true,
        );
      else if (Object.keys(changes).length > 0)
        await recordEvent(scope, id, 'trajectory.updated', {
          nl: `Gegevens bijgewerkt (${Object.keys(changes).join(', ')})`,
          en: `Details updated (${Object.keys(changes).join(', ')})`,
        });
      return this.view(scope, { ...context, trajectory: saved }, true);
    });
  }

  async movePhase(
    actor: Actor,
    id: string,
    toPhase: number,
  ): Promise<TrajectoryView> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const context = await steeredTrajectory(scope, id);
      const { trajectory, team } = context;
      if (trajectory.status !== TrajectoryStatus.ACTIVE)
        throw conflict('TRAJECTORY_NOT_ACTIVE', {
          nl: 'Dit traject is afgerond of gestopt; de fase verandert niet meer.',
          en: 'This trajectory is completed or cancelled; its phase no longer changes.',
        });
      const refusal = phaseMoveRefusal(
        trajectory.currentPhase,
        toPhase,
        trajectory.phases.length,
        team,
      );
      if (refusal?.reason === 'REGIE_TEAM_INCOMPLETE') {
        const missing = rolesText(refusal.missing);
        throw conflict('REGIE_TEAM_INCOMPLETE', {
          nl: `Het regieteam is nog niet compleet: ${missing.nl} ontbreekt. Een traject gaat pas naar de volgende fase als medezeggenschap, HRM, bestuurder en adviseur participatie alle vier in het regieteam zitten.`,
          en: `The regie team is not complete yet: ${missing.en} missing. A trajectory moves on only when the works council, HR, the director and the participation advisor are all in its regie team.`,
        });
      }
      if (refusal)
        throw badInput(`PHASE_${refusal.reason}`, {
          nl: 'Een traject gaat één fase tegelijk vooruit of terug.',
          en: 'A trajectory moves one phase at a time, forward or back.',
        });
      const from = trajectory.phases[trajectory.currentPhase]!;
      const to = trajectory.phases[toPhase]!;
      trajectory.currentPhase = toPhase;
      const saved = await scope.repo(Trajectory).save(trajectory);
      await recordAudit(scope, {
        action: 'trajectory.phase-moved',
        entityType: 'Trajectory',
        entityId: id,
        changes: { currentPhase: { from: from.nl, to: to.nl } },
      });
      await recordEvent(
        scope,
        id,
        'phase.moved',
        {
          nl: `Fase ${from.nl} → ${to.nl}`,
          en: `Phase ${from.en} → ${to.en}`,
        },
        true,
      );
      return this.view(scope, { ...context, trajectory: saved }, true);
    });
  }

  async addTeamMember(
    actor: Actor,
    input: RegieTeamSeatInput,
  ): Promise<TrajectoryView> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const context = await steeredTrajectory(scope, input.trajectoryId);
      const person = await memberByEmail(scope, input.email);
      if (context.team.some((member) => member.userId === person.userId))
        throw conflict('ALREADY_IN_REGIE_TEAM', {
          nl: `${person.displayName} zit al in het regieteam; iemand heeft één rol per team.`,
          en: `${person.displayName} is already in the regie team; a person holds one role per team.`,
        });
      const repo = scope.repo(RegieTeamMember);
      const seat = await repo.save(
        repo.create({
          trajectoryId: input.trajectoryId,
          userId: person.userId,
          role: input.role,
        }),
      );
      const role = REGIE_TEAM_ROLE_NAMES[input.role];
      await recordAudit(scope, {
        action: 'regie-team.member-added',
        entityType: 'Trajectory',
        entityId: input.trajectoryId,
        changes: {
          member: { from: null, to: `${person.email} (${input.role})` },
        },
      });
      await recordEvent(scope, input.trajectoryId, 'team.added', {
        nl: `${person.displayName} in het regieteam als ${role.nl}`,
        en: `${person.displayName} joined the regie team as ${role.en}`,
      });
      await notify(scope, [person.userId], {
        kind: 'regie-team.added',
        titleNl: `Je zit in het regieteam van ${context.trajectory.title}`,
        titleEn: `You are in the regie team of ${context.trajectory.title}`,
        bodyNl: `Je rol: ${role.nl}.`,
        bodyEn: `Your role: ${role.en}.`,
        link: `/trajectories/${input.trajectoryId}`,
      });
      return this.view(
        scope,
        { ...context, team: [...context.team, seat] },
        true,
      );
    });
  }

  async removeTeamMember(
    actor: Actor,
    trajectoryId: string,
    userId: string,
  ): Promise<TrajectoryView> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const context = await steeredTrajectory(scope, trajectoryId);
      const seat = context.team.find((member) => member.userId === userId);
      if (!seat)
        throw notFound({ nl: 'Regieteamlid', en: 'Regie team member' });
      await scope.repo(RegieTeamMember).remove(seat);
      const person = (await peopleByUserId(scope, [userId])).get(userId);
      await recordAudit(scope, {
        action: 'regie-team.member-removed',
        entityType: 'Trajectory',
        entityId: trajectoryId,
        changes: {
          member: {
            from: `${person?.email ?? userId} (${seat.role})`,
            to: null,
          },
        },
      });
      await recordEvent(scope, trajectoryId, 'team.removed', {
        nl: `${person?.displayName ?? 'Iemand'} uit het regieteam (${REGIE_TEAM_ROLE_NAMES[seat.role].nl})`,
        en: `${person?.displayName ?? 'Someone'} left the regie team (${REGIE_TEAM_ROLE_NAMES[seat.role].en})`,
      });
      return this.view(
        scope,
        {
          ...context,
          team: context.team.filter((m) => m !== seat),
          steering: context.steering,
        },
        true,
      );
    });
  }

  private async view(
    scope: TenantScope,
    context: {
      trajectory: Trajectory;
      team: RegieTeamMember[];
      steering: boolean;
    },
    withTimeline: boolean,
  ): Promise<TrajectoryView> {
    const { trajectory, team, steering } = context;
    const people = await peopleByUserId(scope, [
      ...team.map((m) => m.userId),
      trajectory.ownerUserId,
    ]);
    for (const member of team) {
      member.displayName = people.get(member.userId)?.displayName ?? '—';
      member.email = people.get(member.userId)?.email ?? '';
    }
    const timeline = withTimeline
      ? await scope.repo(TrajectoryEvent).find({
          where: steering
            ? { trajectoryId: trajectory.id }
            : { trajectoryId: trajectory.id, public: true },
          order: { at: 'DESC' },
          take: 200,
        })
      : [];
    const departments = trajectory.departmentIds.length
      ? ((await scope.manager.query(
          'SELECT id, name FROM department WHERE organisation_id = $1 AND id = ANY($2::uuid[]) ORDER BY name',
          [scope.organisationId, trajectory.departmentIds],
        )) as { id: string; name: string }[])
      : [];
    return Object.assign(new TrajectoryView(), trajectory, {
      departments,
      ownerName: people.get(trajectory.ownerUserId)?.displayName ?? '—',
      ownerEmail: steering
        ? (people.get(trajectory.ownerUserId)?.email ?? null)
        : null,
      regieTeam: team,
      missingRoles: missingRegieTeamRoles(team),
      steering,
      timeline,
    });
  }

  /**
   * The checked editable fields. Without `ownerEmail` the owner is `defaultOwnerUserId`: the creator
   * on create and the present owner on update, so editing details never moves ownership silently.
   */
  private async checkedFields(
    scope: TenantScope,
    input: TrajectoryInput,
    defaultOwnerUserId: string,
  ) {
    const startsOn = checkedCalendarDate(input.startsOn, 'startsOn');
    const endsOn = checkedCalendarDate(input.endsOn, 'endsOn');
    if (startsOn && endsOn && endsOn < startsOn) throw endBeforeStart('endsOn');
    const departmentIds = [...new Set(input.departmentIds)];
    if (departmentIds.length > 0) {
      const found = (await scope.manager.query(
        'SELECT count(*)::int AS n FROM department WHERE organisation_id = $1 AND id = ANY($2::uuid[])',
        [scope.organisationId, departmentIds],
      )) as { n: number }[];
      if (found[0]!.n !== departmentIds.length)
        throw badInput(
          'UNKNOWN_DEPARTMENT',
          {
            nl: 'Een van de gekozen afdelingen bestaat niet (meer).',
            en: 'One of the chosen departments does not exist (any more).',
          },
          [
            {
              field: 'departmentIds',
              message: { nl: 'Onbekende afdeling.', en: 'Unknown department.' },
            },
          ],
        );
    }
    const owner = input.ownerEmail?.trim()
      ? (await memberByEmail(scope, input.ownerEmail, 'ownerEmail')).userId
      : defaultOwnerUserId;
    return {
      title: input.title.trim(),
      description: input.description.trim(),
      decision: input.decision.trim(),
      departmentIds,
      startsOn,
      endsOn,
      budgetLine: input.budgetLine?.trim() || null,
      published: input.published,
      ownerUserId: owner,
    };
  }
}

const STATUS_NAMES: Record<TrajectoryStatus, { nl: string; en: string }> = {
  ACTIVE: { nl: 'lopend', en: 'active' },
  COMPLETED: { nl: 'afgerond', en: 'completed' },
  CANCELLED: { nl: 'gestopt', en: 'cancelled' },
};

const endBeforeStart = (field: string) =>
  badInput(
    'END_BEFORE_START',
    {
      nl: 'De einddatum ligt voor de begindatum.',
      en: 'The end date is before the start date.',
    },
    [
      {
        field,
        message: { nl: 'Voor de begindatum.', en: 'Before the start date.' },
      },
    ],
  );

export { TRAJECTORY };
