import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { todayInAmsterdam } from '@inspraak/domain';
import {
  Actor,
  AppError,
  badInput,
  conflict,
  diffFields,
  notFound,
  PoolMatcher,
  PoolNeed,
  recordAudit,
  TenantDb,
  TenantScope,
} from '@inspraak/api-core';
import {
  Applicant,
  CallStatus,
  MembershipStatus,
  Suggestion,
  TrajectoryDocument,
  Workgroup,
  WorkgroupMembership,
} from './workgroup.entities';
import { Trajectory, TrajectoryStatus } from './trajectory.entities';
import { CallInput } from './dto/trajectory.inputs';
import {
  notify,
  readableTrajectory,
  recordEvent,
  requiredText,
  steeredTrajectory,
  TrajectoryContext,
} from './trajectory-access';
import { peopleByUserId } from './people';
import { WorkgroupView } from './workgroup.models';
import { checkedCalendarDate } from '@inspraak/api-core';

export const WORKGROUP = { nl: 'Werkgroep', en: 'Workgroup' };
const CALL_FIELDS = [
  'name',
  'goal',
  'skillIds',
  'size',
  'hoursPerMonth',
  'closesOn',
  'callStatus',
] as const;

/** A workgroup with the caller's relation to it and its trajectory. */
export interface WorkgroupContext extends TrajectoryContext {
  workgroup: Workgroup;
  membership: WorkgroupMembership | null;
}

async function workgroupAndMembership(scope: TenantScope, id: string) {
  const workgroup = await scope
    .repo(Workgroup)
    .findOneOrFail({ id }, () => notFound(WORKGROUP));
  const membership = await scope
    .repo(WorkgroupMembership)
    .findOne({ workgroupId: id, userId: scope.actor.userId });
  return { workgroup, membership };
}

/** Loads a workgroup the caller may see: steering its trajectory, related to it, or its trajectory is published. */
export async function readableWorkgroup(
  scope: TenantScope,
  id: string,
): Promise<WorkgroupContext> {
  const { workgroup, membership } = await workgroupAndMembership(scope, id);
  try {
    return {
      ...(await readableTrajectory(scope, workgroup.trajectoryId)),
      workgroup,
      membership,
    };
  } catch (error) {
    // Someone invited to (or a member of) a workgroup of an unpublished trajectory still sees that workgroup.
    if (!membership) throw error;
    const trajectory = await scope
      .repo(Trajectory)
      .findOneOrFail({ id: workgroup.trajectoryId }, () => notFound(WORKGROUP));
    return { trajectory, team: [], steering: false, workgroup, membership };
  }
}

/** A workgroup whose trajectory the caller steers. */
export async function steeredWorkgroup(
  scope: TenantScope,
  id: string,
): Promise<WorkgroupContext> {
  const { workgroup, membership } = await workgroupAndMembership(scope, id);
  return {
    ...(await steeredTrajectory(scope, workgroup.trajectoryId)),
    workgroup,
    membership,
  };
}

export const isMember = (context: WorkgroupContext) =>
  context.membership?.status === MembershipStatus.MEMBER;

const onlyMembers = () =>
  new AppError('FORBIDDEN', 'NOT_A_WORKGROUP_MEMBER', {
    nl: 'Alleen leden van de werkgroep en het regieteam kunnen dit.',
    en: 'Only members of the workgroup and the regie team can do this.',
  });

/** Open calls, applications, invitations, members, the lead and the final report of workgroups. */
@Injectable()
export class WorkgroupsService {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly matcher: PoolMatcher,
  ) {}

  async openCall(
    actor: Actor,
    trajectoryId: string,
    input: CallInput,
  ): Promise<WorkgroupView> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const context = await steeredTrajectory(scope, trajectoryId);
      if (context.trajectory.status !== TrajectoryStatus.ACTIVE)
        throw conflict('TRAJECTORY_NOT_ACTIVE', {
          nl: 'Dit traject is afgerond of gestopt.',
          en: 'This trajectory is completed or cancelled.',
        });
      const repo = scope.repo(Workgroup);
      const workgroup = await repo.save(
        repo.create({
          trajectoryId,
          ...(await this.checkedCall(scope, input)),
          callStatus: CallStatus.OPEN,
        }),
      );
      await recordAudit(scope, {
        action: 'workgroup.call-opened',
        entityType: 'Workgroup',
        entityId: workgroup.id,
        changes: diffFields({} as Workgroup, workgroup, CALL_FIELDS),
      });
      await recordEvent(
        scope,
        trajectoryId,
        'call.opened',
        {
          nl: `Oproep geopend voor werkgroep ${workgroup.name} (sluit ${workgroup.closesOn})`,
          en: `Call opened for workgroup ${workgroup.name} (closes ${workgroup.closesOn})`,
        },
        true,
      );
      return this.view(scope, { ...context, workgroup, membership: null });
    });
  }

  async updateCall(
    actor: Actor,
    id: string,
    input: CallInput,
    open: boolean,
  ): Promise<WorkgroupView> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const context = await steeredWorkgroup(scope, id);
      const before = { ...context.workgroup } as Workgroup;
      Object.assign(context.workgroup, await this.checkedCall(scope, input), {
        callStatus: open ? CallStatus.OPEN : CallStatus.CLOSED,
      });
      const saved = await scope.repo(Workgroup).save(context.workgroup);
      await recordAudit(scope, {
        action: 'workgroup.call-updated',
        entityType: 'Workgroup',
        entityId: id,
        changes: diffFields(before, saved, CALL_FIELDS),
      });
      if (before.callStatus !== saved.callStatus)
        await recordEvent(
          scope,
          saved.trajectoryId,
          open ? 'call.reopened' : 'call.closed',
          {
            nl: `Oproep voor ${saved.name} ${open ? 'heropend' : 'gesloten'}`,
            en: `Call for ${saved.name} ${open ? 'reopened' : 'closed'}`,
          },
          true,
        );
      return this.view(scope, { ...context, workgroup: saved });
    });
  }

  /** Calls employees can apply to now: open, not past their closing date, of an active published trajectory. */
  async openCalls(actor: Actor): Promise<WorkgroupView[]> {
    const scope = this.tenantDb.scope(actor);
    const workgroups = await scope
      .repo(Workgroup)
      .queryBuilder('w')
      .andWhere("w.callStatus = 'OPEN' AND w.closesOn >= :today", {
        today: todayInAmsterdam(),
      })
      .andWhere(
        "EXISTS (SELECT 1 FROM trajectory t WHERE t.id = w.trajectory_id AND t.published AND t.status = 'ACTIVE')",
      )
      .orderBy('w.closesOn', 'ASC')
      .getMany();
    return this.views(scope, workgroups);
  }

  async workgroups(
    actor: Actor,
    trajectoryId: string,
  ): Promise<WorkgroupView[]> {
    const scope = this.tenantDb.scope(actor);
    await readableTrajectory(scope, trajectoryId);
    const workgroups = await scope
      .repo(Workgroup)
      .find({ where: { trajectoryId }, order: { createdAt: 'ASC' } });
    return this.views(scope, workgroups);
  }

  async workgroup(actor: Actor, id: string): Promise<WorkgroupView> {
    const scope = this.tenantDb.scope(actor);
    return this.view(scope, await readableWorkgroup(scope, id));
  }

  /** Workgroups the caller is a member of, invited to or applied to. */
  async mine(actor: Actor): Promise<WorkgroupView[]> {
    const scope = this.tenantDb.scope(actor);
    const memberships = await scope.repo(WorkgroupMembership).find({
      where: {
        userId: actor.userId,
        status: In([
          MembershipStatus.MEMBER,
          MembershipStatus.INVITED,
          MembershipStatus.APPLIED,
          MembershipStatus.DECLINED,
        ]),
      },
    });
    if (memberships.length === 0) return [];
    const workgroups = await scope.repo(Workgroup).find({
      where: { id: In(memberships.map((m) => m.workgroupId)) },
      order: { createdAt: 'DESC' },
    });
    return this.views(scope, workgroups);
  }

  async apply(
    actor: Actor,
    workgroupId: string,
    motivation: string,
  ): Promise<WorkgroupMembership> {
    const text = requiredText(
      motivation,
      1000,
      'INVALID_MOTIVATION',
      'motivation',
      {
        nl: 'Schrijf een korte motivatie (hooguit 1000 tekens).',
        en: 'Write a short motivation (at most 1000 characters).',
      },
    );
    return this.tenantDb.transaction(actor, async (scope) => {
      const context = await readableWorkgroup(scope, workgroupId);
      const { workgroup, trajectory } = context;
      if (
        workgroup.callStatus !== CallStatus.OPEN ||
        workgroup.closesOn < todayInAmsterdam() ||
        trajectory.status !== TrajectoryStatus.ACTIVE
      )
        throw conflict('CALL_CLOSED', {
          nl: 'Deze oproep is gesloten; aanmelden kan niet meer.',
          en: 'This call is closed; you can no longer apply.',
        });
      const membership = await this.relate(
        scope,
        context,
        MembershipStatus.APPLIED,
        {
          allowFrom: [MembershipStatus.WITHDRAWN, MembershipStatus.ENDED],
          motivation: text,
        },
      );
      await notify(
        scope,
        context.team.map((m) => m.userId),
        {
          kind: 'workgroup.applied',
          titleNl: `Nieuwe aanmelding voor ${workgroup.name}`,
          titleEn: `New application for ${workgroup.name}`,
          bodyNl: `${actor.displayName} meldde zich aan.`,
          bodyEn: `${actor.displayName} applied.`,
          link: `/trajectories/${trajectory.id}/workgroups/${workgroup.id}`,
        },
      );
      await recordEvent(scope, trajectory.id, 'workgroup.applied', {
        nl: `Aanmelding voor ${workgroup.name}`,
        en: `Application for ${workgroup.name}`,
      });
      return Object.assign(membership, { displayName: actor.displayName });
    });
  }

  /** Withdraws an application or invitation, or leaves the workgroup. */
  async withdraw(
    actor: Actor,
    workgroupId: string,
  ): Promise<WorkgroupMembership> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const context = await readableWorkgroup(scope, workgroupId);
      const membership = context.membership;
      if (
        !membership ||
        ![
          MembershipStatus.APPLIED,
          MembershipStatus.MEMBER,
          MembershipStatus.INVITED,
        ].includes(membership.status)
      )
        throw notFound({ nl: 'Aanmelding', en: 'Application' });
      const wasMember = membership.status === MembershipStatus.MEMBER;
      membership.status = wasMember
        ? MembershipStatus.ENDED
        : MembershipStatus.WITHDRAWN;
      membership.decidedAt = new Date();
      if (wasMember && context.workgroup.leadUserId === actor.userId) {
        context.workgroup.leadUserId = null;
        await scope.repo(Workgroup).save(context.workgroup);
      }
      const saved = await scope.repo(WorkgroupMembership).save(membership);
      await recordEvent(
        scope,
        context.trajectory.id,
        wasMember ? 'workgroup.left' : 'workgroup.withdrawn',
        {
          nl: `${actor.displayName} ${wasMember ? 'verliet' : 'trok zich terug uit'} ${context.workgroup.name}`,
          en: `${actor.displayName} ${wasMember ? 'left' : 'withdrew from'} ${context.workgroup.name}`,
        },
      );
      return Object.assign(saved, { displayName: actor.displayName });
    });
  }

  async applicants(actor: Actor, workgroupId: string): Promise<Applicant[]> {
    const scope = this.tenantDb.scope(actor);
    const { workgroup } = await steeredWorkgroup(scope, workgroupId);
    const memberships = await scope.repo(WorkgroupMembership).find({
      where: { workgroupId },
      order: { createdAt: 'ASC' },
    });
    const fits = await this.matcher.fitOf(
      actor,
      this.needOf(workgroup),
      memberships.map((m) => m.userId),
    );
    const people = await peopleByUserId(
      scope,
      memberships.map((m) => m.userId),
    );
    return memberships.map((membership) => ({
      membership: Object.assign(membership, {
        displayName: people.get(membership.userId)?.displayName ?? '—',
      }),
      fit: fits.get(membership.userId)!,
    }));
  }

  async decide(
    actor: Actor,
    membershipId: string,
    accept: boolean,
    note: string | null,
  ): Promise<WorkgroupMembership> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const membership = await scope
        .repo(WorkgroupMembership)
        .findOneOrFail({ id: membershipId }, () =>
          notFound({ nl: 'Aanmelding', en: 'Application' }),
        );
      const context = await steeredWorkgroup(scope, membership.workgroupId);
      if (membership.status !== MembershipStatus.APPLIED)
        throw conflict('NOT_AN_OPEN_APPLICATION', {
          nl: 'Over deze aanmelding is al beslist of ze is ingetrokken.',
          en: 'This application was already decided or withdrawn.',
        });
      if (accept) await this.assertRoom(scope, context.workgroup);
      membership.status = accept
        ? MembershipStatus.MEMBER
        : MembershipStatus.DECLINED;
      membership.decisionNote = note?.trim().slice(0, 1000) || null;
      membership.decidedAt = new Date();
      const saved = await scope.repo(WorkgroupMembership).save(membership);
      const person = (await peopleByUserId(scope, [membership.userId])).get(
        membership.userId,
      );
      await recordAudit(scope, {
        action: accept
          ? 'workgroup.application-accepted'
          : 'workgroup.application-declined',
        entityType: 'WorkgroupMembership',
        entityId: membershipId,
        changes: {
          status: { from: MembershipStatus.APPLIED, to: saved.status },
        },
      });
      await recordEvent(
        scope,
        context.trajectory.id,
        accept ? 'workgroup.accepted' : 'workgroup.declined',
        {
          nl: `${person?.displayName ?? 'Aanmelding'} ${accept ? 'toegelaten tot' : 'niet toegelaten tot'} ${context.workgroup.name}`,
          en: `${person?.displayName ?? 'Applicant'} ${accept ? 'accepted into' : 'declined for'} ${context.workgroup.name}`,
        },
      );
      const noteText = saved.decisionNote ? `\n\n${saved.decisionNote}` : '';
      await notify(
        scope,
        [membership.userId],
        accept
          ? {
              kind: 'workgroup.accepted',
              titleNl: `Je doet mee met ${context.workgroup.name}`,
              titleEn: `You are in ${context.workgroup.name}`,
              bodyNl: `Het regieteam van ${context.trajectory.title} heeft je aanmelding geaccepteerd.${noteText}`,
              bodyEn: `The regie team of ${context.trajectory.title} accepted your application.${noteText}`,
              link: `/trajectories/${context.trajectory.id}/workgroups/${context.workgroup.id}`,
            }
          : {
              kind: 'workgroup.declined',
              titleNl: `Je aanmelding voor ${context.workgroup.name}`,
              titleEn: `Your application for ${context.workgroup.name}`,
              bodyNl: `Het regieteam heeft je deze keer niet gekozen. Dank voor je aanmelding.${noteText}`,
              bodyEn: `The regie team did not choose you this time. Thank you for applying.${noteText}`,
              link: '/my-participation',
            },
      );
      return Object.assign(saved, { displayName: person?.displayName ?? '—' });
    });
  }

  async suggestions(
    actor: Actor,
    workgroupId: string,
    limit: number,
  ): Promise<Suggestion[]> {
    const scope = this.tenantDb.scope(actor);
    const { workgroup } = await steeredWorkgroup(scope, workgroupId);
    const related = new Set(
      (await scope.repo(WorkgroupMembership).find({ where: { workgroupId } }))
        .filter(
          (m) =>
            m.status !== MembershipStatus.WITHDRAWN &&
            m.status !== MembershipStatus.ENDED,
        )
        .map((m) => m.userId),
    );
    const fits = await this.matcher.suggest(
      actor,
      this.needOf(workgroup),
      limit + related.size,
    );
    return fits
      .filter((fit) => !related.has(fit.userId))
      .slice(0, limit)
      .map((fit) => ({
        userId: fit.userId,
        displayName: fit.displayName,
        departmentName: fit.departmentName,
        fit,
      }));
  }

  async invite(
    actor: Actor,
    workgroupId: string,
    userId: string,
  ): Promise<WorkgroupMembership> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const context = await steeredWorkgroup(scope, workgroupId);
      const person = (await peopleByUserId(scope, [userId])).get(userId);
      if (!person) throw notFound({ nl: 'Medewerker', en: 'Employee' });
      const fit = (
        await this.matcher.fitOf(actor, this.needOf(context.workgroup), [
          userId,
        ])
      ).get(userId)!;
      if (!fit.eligible)
        throw conflict('NOT_ELIGIBLE', {
          nl: `${person.displayName} kan nu niet gevraagd worden: ${fit.explanationNl}.`,
          en: `${person.displayName} cannot be asked now: ${fit.explanationEn}.`,
        });
      const existing = await scope
        .repo(WorkgroupMembership)
        .findOne({ workgroupId, userId });
      const membership = await this.relate(
        scope,
        { ...context, membership: existing },
        MembershipStatus.INVITED,
        {
          allowFrom: [
            MembershipStatus.WITHDRAWN,
            MembershipStatus.ENDED,
            MembershipStatus.DECLINED,
          ],
          userId,
        },
      );
      await notify(scope, [userId], {
        kind: 'workgroup.invited',
        titleNl: `Uitnodiging voor werkgroep ${context.workgroup.name}`,
        titleEn: `Invitation to workgroup ${context.workgroup.name}`,
        bodyNl: `Het regieteam van ${context.trajectory.title} vraagt je mee te doen: ${context.workgroup.goal}`,
        bodyEn: `The regie team of ${context.trajectory.title} asks you to join: ${context.workgroup.goal}`,
        link: '/my-participation',
      });
      await recordEvent(scope, context.trajectory.id, 'workgroup.invited', {
        nl: `${person.displayName} uitgenodigd voor ${context.workgroup.name}`,
        en: `${person.displayName} invited to ${context.workgroup.name}`,
      });
      return Object.assign(membership, { displayName: person.displayName });
    });
  }

  async respondToInvitation(
    actor: Actor,
    workgroupId: string,
    accept: boolean,
  ): Promise<WorkgroupMembership> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const membership = await scope
        .repo(WorkgroupMembership)
        .findOne({ workgroupId, userId: actor.userId });
      if (!membership || membership.status !== MembershipStatus.INVITED)
        throw notFound({ nl: 'Uitnodiging', en: 'Invitation' });
      const workgroup = await scope
        .repo(Workgroup)
        .findOneOrFail({ id: workgroupId }, () => notFound(WORKGROUP));
      if (accept) await this.assertRoom(scope, workgroup);
      membership.status = accept
        ? MembershipStatus.MEMBER
        : MembershipStatus.DECLINED;
      membership.decidedAt = new Date();
      const saved = await scope.repo(WorkgroupMembership).save(membership);
      await recordEvent(
        scope,
        workgroup.trajectoryId,
        accept ? 'workgroup.joined' : 'workgroup.invitation-declined',
        {
          nl: `${actor.displayName} ${accept ? 'doet mee met' : 'sloeg de uitnodiging af voor'} ${workgroup.name}`,
          en: `${actor.displayName} ${accept ? 'joined' : 'declined the invitation to'} ${workgroup.name}`,
        },
      );
      return Object.assign(saved, { displayName: actor.displayName });
    });
  }

  async setLead(
    actor: Actor,
    workgroupId: string,
    userId: string,
  ): Promise<WorkgroupView> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const context = await steeredWorkgroup(scope, workgroupId);
      const membership = await scope
        .repo(WorkgroupMembership)
        .findOne({ workgroupId, userId });
      if (membership?.status !== MembershipStatus.MEMBER)
        throw badInput('LEAD_NOT_A_MEMBER', {
          nl: 'De trekker moet lid zijn van de werkgroep.',
          en: 'The lead must be a member of the workgroup.',
        });
      const before = context.workgroup.leadUserId;
      context.workgroup.leadUserId = userId;
      const saved = await scope.repo(Workgroup).save(context.workgroup);
      await recordAudit(scope, {
        action: 'workgroup.lead-set',
        entityType: 'Workgroup',
        entityId: workgroupId,
        changes: { leadUserId: { from: before, to: userId } },
      });
      return this.view(scope, { ...context, workgroup: saved });
    });
  }

  async submitReport(
    actor: Actor,
    workgroupId: string,
    report: string,
  ): Promise<WorkgroupView> {
    const text = requiredText(report, 100_000, 'INVALID_REPORT', 'report', {
      nl: 'Het eindverslag is leeg of te lang.',
      en: 'The final report is empty or too long.',
    });
    return this.tenantDb.transaction(actor, async (scope) => {
      const context = await readableWorkgroup(scope, workgroupId);
      if (!context.steering && context.workgroup.leadUserId !== actor.userId)
        throw new AppError('FORBIDDEN', 'NOT_THE_LEAD', {
          nl: 'Alleen de trekker van de werkgroep of het regieteam legt het eindverslag vast.',
          en: "Only the workgroup's lead or the regie team records the final report.",
        });
      const before = context.workgroup.finalReport;
      context.workgroup.finalReport = text;
      context.workgroup.reportSubmittedAt = new Date();
      const saved = await scope.repo(Workgroup).save(context.workgroup);
      await recordAudit(scope, {
        action: 'workgroup.report-submitted',
        entityType: 'Workgroup',
        entityId: workgroupId,
        changes: { finalReport: { from: before, to: text } },
      });
      await recordEvent(
        scope,
        context.trajectory.id,
        'workgroup.report',
        {
          nl: `Eindverslag van ${saved.name} vastgelegd`,
          en: `Final report of ${saved.name} recorded`,
        },
        true,
      );
      return this.view(scope, { ...context, workgroup: saved });
    });
  }

  /** Documents of a workgroup: for its members and the regie team. */
  assertWorkgroupInsider(context: WorkgroupContext): void {
    if (!context.steering && !isMember(context)) throw onlyMembers();
  }

  private async relate(
    scope: TenantScope,
    context: WorkgroupContext,
    status: MembershipStatus,
    options: {
      allowFrom: MembershipStatus[];
      motivation?: string;
      userId?: string;
    },
  ): Promise<WorkgroupMembership> {
    const repo = scope.repo(WorkgroupMembership);
    const existing = context.membership;
    if (existing && !options.allowFrom.includes(existing.status))
      throw conflict(
        `ALREADY_${existing.status}`,
        ALREADY_TEXT[existing.status],
      );
    const membership =
      existing ??
      repo.create({
        workgroupId: context.workgroup.id,
        userId: options.userId ?? scope.actor.userId,
      });
    Object.assign(membership, {
      status,
      motivation: options.motivation ?? membership.motivation ?? null,
      decidedAt: null,
      decisionNote: null,
    });
    return repo.save(membership);
  }

  private async assertRoom(
    scope: TenantScope,
    workgroup: Workgroup,
  ): Promise<void> {
    const members = await scope
      .repo(WorkgroupMembership)
      .count({ workgroupId: workgroup.id, status: MembershipStatus.MEMBER });
    if (members >= workgroup.size)
      throw conflict('WORKGROUP_FULL', {
        nl: `De werkgroep is vol (${workgroup.size} leden). Vergroot de werkgroep eerst.`,
        en: `The workgroup is full (${workgroup.size} members). Enlarge it first.`,
      });
  }

  private needOf(workgroup: Workgroup): PoolNeed {
    return {
      skillIds: workgroup.skillIds,
      themes: [],
      size: workgroup.size,
      hoursPerMonth: workgroup.hoursPerMonth,
      wayOfTakingPart: 'WORKGROUP',
    };
  }

  private async checkedCall(scope: TenantScope, input: CallInput) {
    const closesOn = checkedCalendarDate(input.closesOn, 'closesOn')!;
    if (closesOn < todayInAmsterdam())
      throw badInput(
        'CLOSING_DATE_PAST',
        {
          nl: 'De sluitingsdatum ligt in het verleden.',
          en: 'The closing date is in the past.',
        },
        [
          {
            field: 'closesOn',
            message: { nl: 'In het verleden.', en: 'In the past.' },
          },
        ],
      );
    const skillIds = [...new Set(input.skillIds)];
    if (skillIds.length > 0) {
      const found = (await scope.manager.query(
        'SELECT count(*)::int AS n FROM skill WHERE organisation_id = $1 AND id = ANY($2::uuid[]) AND merged_into_id IS NULL',
        [scope.organisationId, skillIds],
      )) as { n: number }[];
      if (found[0]!.n !== skillIds.length)
        throw badInput(
          'UNKNOWN_SKILL',
          {
            nl: 'Een gevraagde vaardigheid staat niet in de catalogus.',
            en: 'A skill asked for is not in the catalogue.',
          },
          [
            {
              field: 'skillIds',
              message: { nl: 'Onbekende vaardigheid.', en: 'Unknown skill.' },
            },
          ],
        );
    }
    return {
      name: input.name.trim(),
      goal: input.goal.trim(),
      skillIds,
      size: input.size,
      hoursPerMonth: input.hoursPerMonth,
      closesOn,
    };
  }

  private async views(
    scope: TenantScope,
    workgroups: Workgroup[],
  ): Promise<WorkgroupView[]> {
    const views: WorkgroupView[] = [];
    for (const workgroup of workgroups)
      views.push(
        await this.view(scope, await readableWorkgroup(scope, workgroup.id)),
      );
    return views;
  }

  async view(
    scope: TenantScope,
    context: WorkgroupContext,
  ): Promise<WorkgroupView> {
    const { workgroup, trajectory, steering } = context;
    const insider = steering || isMember(context);
    const memberships = await scope.repo(WorkgroupMembership).find({
      where: { workgroupId: workgroup.id, status: MembershipStatus.MEMBER },
      order: { decidedAt: 'ASC' },
    });
    const people = await peopleByUserId(
      scope,
      memberships.map((m) => m.userId),
    );
    const skills = workgroup.skillIds.length
      ? ((await scope.manager.query(
          'SELECT id, name FROM skill WHERE organisation_id = $1 AND id = ANY($2::uuid[]) ORDER BY name',
          [scope.organisationId, workgroup.skillIds],
        )) as { name: string }[])
      : [];
    const documents = insider
      ? await scope.repo(TrajectoryDocument).find({
          where: { workgroupId: workgroup.id },
          order: { uploadedAt: 'ASC' },
        })
      : [];
    return Object.assign(new WorkgroupView(), workgroup, {
      trajectoryTitle: trajectory.title,
      memberCount: memberships.length,
      skillNames: skills.map((s) => s.name),
      myStatus: context.membership?.status ?? null,
      myDecisionNote: context.membership?.decisionNote ?? null,
      myMembershipId: context.membership?.id ?? null,
      canManage: steering,
      members: insider
        ? memberships.map((m) =>
            Object.assign(m, {
              displayName: people.get(m.userId)?.displayName ?? '—',
            }),
          )
        : [],
      documents,
      // The report becomes visible to everyone who may see the trajectory once recorded.
    });
  }
}

const ALREADY_TEXT: Record<MembershipStatus, { nl: string; en: string }> = {
  APPLIED: {
    nl: 'Er is al een aanmelding.',
    en: 'There already is an application.',
  },
  INVITED: {
    nl: 'Er is al een uitnodiging; beantwoord die.',
    en: 'There already is an invitation; answer it.',
  },
  MEMBER: {
    nl: 'Al lid van deze werkgroep.',
    en: 'Already a member of this workgroup.',
  },
  DECLINED: {
    nl: 'Over deze aanmelding is al beslist.',
    en: 'This application was already decided.',
  },
  WITHDRAWN: { nl: 'Ingetrokken.', en: 'Withdrawn.' },
  ENDED: {
    nl: 'Het lidmaatschap is beëindigd.',
    en: 'The membership has ended.',
  },
};
