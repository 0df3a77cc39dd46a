import { randomBytes, createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In, LessThan } from 'typeorm';
import {
  isShortNotice,
  longCalendarDate,
  noticeDays,
  todayInAmsterdam,
} from '@inspraak/domain';
import {
  Actor,
  AppError,
  badInput,
  conflict,
  notFound,
  recordAudit,
  TenantDb,
  TenantScope,
} from '@inspraak/api-core';
import {
  ActionItem,
  ActionStatus,
  CalendarFeedToken,
  Meeting,
  MeetingInvitee,
  MeetingKind,
} from './meeting.entities';
import { TrajectoryDocument, Workgroup } from './workgroup.entities';
import {
  ActionInput,
  MeetingInput,
  MeetingUpdateInput,
  MinutesInput,
} from './dto/trajectory.inputs';
import {
  notify,
  readableTrajectory,
  recordEvent,
  steeredTrajectory,
  TrajectoryContext,
} from './trajectory-access';
import { memberByEmail, peopleByUserId } from './people';
import { checkedCalendarDate } from '@inspraak/api-core';
import {
  isMember,
  readableWorkgroup,
  WorkgroupContext,
} from './workgroups.service';
import { Trajectory } from './trajectory.entities';

export const MEETING = { nl: 'Vergadering', en: 'Meeting' };
const ACTION = { nl: 'Afspraak', en: 'Action' };

export interface MeetingContext extends TrajectoryContext {
  meeting: Meeting;
  invited: boolean;
}

/**
 * A meeting the caller may see: invited, or steering its trajectory (the regie
 * team sees its meetings and those of its workgroups), or a member of its
 * workgroup. Confidential agenda items are for the invitees only.
 */
export async function readableMeeting(
  scope: TenantScope,
  id: string,
): Promise<MeetingContext> {
  const meeting = await scope
    .repo(Meeting)
    .findOneOrFail({ id }, () => notFound(MEETING));
  const invited =
    (await scope
      .repo(MeetingInvitee)
      .count({ meetingId: id, userId: scope.actor.userId })) > 0;
  const trajectory = await scope
    .repo(Trajectory)
    .findOneOrFail({ id: meeting.trajectoryId }, () => notFound(MEETING));
  if (invited) {
    // An invitee may not see the trajectory (unpublished), but one who steers it keeps steering here.
    const steered = await readableTrajectory(scope, meeting.trajectoryId).catch(
      () => null,
    );
    return steered?.steering
      ? { ...steered, meeting, invited }
      : { trajectory, team: [], steering: false, meeting, invited };
  }
  try {
    const context = await readableTrajectory(scope, meeting.trajectoryId);
    if (context.steering) return { ...context, meeting, invited };
    if (
      meeting.workgroupId &&
      isMember(await readableWorkgroup(scope, meeting.workgroupId))
    )
      return { ...context, meeting, invited };
  } catch {
    // Not readable: answered as not found below, like any meeting one may not see.
  }
  throw notFound(MEETING);
}

/**
 * The workgroup whose lead the caller is (and still a member of), so they may
 * plan and change that workgroup's meetings without steering the trajectory.
 */
async function ledWorkgroup(
  scope: TenantScope,
  trajectoryId: string,
  workgroupId: string | null | undefined,
): Promise<WorkgroupContext | null> {
  if (!workgroupId) return null;
  const workgroup = await scope
    .repo(Workgroup)
    .findOne({ id: workgroupId, trajectoryId });
  if (workgroup?.leadUserId !== scope.actor.userId) return null;
  const context = await readableWorkgroup(scope, workgroupId);
  return isMember(context) ? context : null;
}

/** Whether the caller plans this meeting: the regie team, or the lead of its workgroup. */
async function plansMeeting(
  scope: TenantScope,
  context: MeetingContext,
): Promise<boolean> {
  if (context.steering) return true;
  if (context.meeting.kind !== MeetingKind.WORKGROUP) return false;
  return (
    (await ledWorkgroup(
      scope,
      context.meeting.trajectoryId,
      context.meeting.workgroupId,
    )) !== null
  );
}

function checkMeetingTimes(startsAt: Date, endsAt: Date): void {
  if (
    !(endsAt > startsAt) ||
    endsAt.getTime() - startsAt.getTime() > 24 * 3_600_000
  )
    throw badInput(
      'INVALID_MEETING_TIMES',
      {
        nl: 'Het einde moet na het begin liggen, op dezelfde of de volgende dag.',
        en: 'The end must be after the start, within a day.',
      },
      [
        {
          field: 'endsAt',
          message: {
            nl: 'Na het begin, binnen een dag.',
            en: 'After the start, within a day.',
          },
        },
      ],
    );
}

/** The invitees: the organiser and everyone named, by e-mail address, as a map of user id to name. */
async function inviteesOf(
  scope: TenantScope,
  emails: readonly string[],
): Promise<Map<string, string>> {
  const invitees = new Map<string, string>();
  invitees.set(scope.actor.userId, scope.actor.displayName);
  for (const [index, email] of emails.entries()) {
    const person = await memberByEmail(scope, email, `inviteeEmails.${index}`);
    invitees.set(person.userId, person.displayName);
  }
  return invitees;
}

const whenText = (startsAt: Date) => ({
  nl: startsAt.toLocaleString('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    dateStyle: 'full',
    timeStyle: 'short',
  }),
  en: startsAt.toLocaleString('en-GB', {
    timeZone: 'Europe/Amsterdam',
    dateStyle: 'full',
    timeStyle: 'short',
  }),
});

/** Meetings, their agendas and minutes, action items (afspraken) and the personal calendar feed. */
@Injectable()
export class MeetingsService {
  constructor(private readonly tenantDb: TenantDb) {}

  async schedule(actor: Actor, input: MeetingInput): Promise<Meeting> {
    return this.tenantDb.transaction(actor, async (scope) => {
      // A workgroup's lead plans that workgroup's meetings; everything else is the regie team's.
      const context =
        (input.kind === MeetingKind.WORKGROUP &&
          (await ledWorkgroup(scope, input.trajectoryId, input.workgroupId))) ||
        (await steeredTrajectory(scope, input.trajectoryId));
      if (input.kind === MeetingKind.WORKGROUP) {
        const workgroup = input.workgroupId
          ? await scope.repo(Workgroup).findOne({
              id: input.workgroupId,
              trajectoryId: input.trajectoryId,
            })
          : null;
        if (!workgroup)
          throw badInput(
            'WORKGROUP_REQUIRED',
            {
              nl: 'Kies de werkgroep van dit traject die vergadert.',
              en: "Choose the trajectory's workgroup that meets.",
            },
            [
              {
                field: 'workgroupId',
                message: {
                  nl: 'Verplicht voor een werkgroepvergadering.',
                  en: 'Required for a workgroup meeting.',
                },
              },
            ],
          );
      }
      checkMeetingTimes(input.startsAt, input.endsAt);
      const invitees = await inviteesOf(scope, input.inviteeEmails);
      const repo = scope.repo(Meeting);
      const meeting = await repo.save(
        repo.create({
          trajectoryId: input.trajectoryId,
          workgroupId:
            input.kind === MeetingKind.WORKGROUP ? input.workgroupId! : null,
          kind: input.kind,
          title: input.title.trim(),
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          location: input.location.trim(),
          agenda: input.agenda.map((item) => ({
            id: randomUUID(),
            title: item.title.trim(),
            notes: item.notes.trim(),
            confidential: item.confidential,
            decision: null,
          })),
          invitedOn: todayInAmsterdam(),
          organiserName: actor.displayName,
          minutes: null,
          minutesRecordedAt: null,
          cancelledAt: null,
          cancelReason: null,
        }),
      );
      await scope.manager.insert(
        MeetingInvitee,
        [...invitees.keys()].map((userId) => ({
          organisationId: scope.organisationId,
          meetingId: meeting.id,
          userId,
        })),
      );
      const day = todayInAmsterdam(meeting.startsAt);
      await this.tell(
        scope,
        [...invitees.keys()],
        'meeting.invited',
        meeting,
        {
          nl: 'Uitnodiging',
          en: 'Invitation',
        },
        context.trajectory.title,
      );
      await recordAudit(scope, {
        action: 'meeting.scheduled',
        entityType: 'Meeting',
        entityId: meeting.id,
        changes: {
          title: { from: null, to: meeting.title },
          startsAt: { from: null, to: meeting.startsAt.toISOString() },
        },
      });
      await recordEvent(scope, input.trajectoryId, 'meeting.scheduled', {
        nl: `Vergadering gepland: ${meeting.title} (${day})${isShortNotice(meeting.invitedOn, day) ? ' — korter dan 7 dagen van tevoren' : ''}`,
        en: `Meeting scheduled: ${meeting.title} (${day})${isShortNotice(meeting.invitedOn, day) ? ' — less than 7 days notice' : ''}`,
      });
      return this.present(scope, { ...context, meeting, invited: true });
    });
  }

  async meetings(actor: Actor, trajectoryId: string): Promise<Meeting[]> {
    const scope = this.tenantDb.scope(actor);
    const context = await readableTrajectory(scope, trajectoryId);
    const all = await scope
      .repo(Meeting)
      .find({ where: { trajectoryId }, order: { startsAt: 'DESC' } });
    const invitedTo = new Set(
      all.length
        ? (
            await scope.repo(MeetingInvitee).find({
              where: {
                meetingId: In(all.map((m) => m.id)),
                userId: actor.userId,
              },
            })
          ).map((i) => i.meetingId)
        : [],
    );
    const visible: Meeting[] = [];
    for (const meeting of all) {
      if (invitedTo.has(meeting.id) || context.steering)
        visible.push(
          await this.present(scope, {
            ...context,
            meeting,
            invited: invitedTo.has(meeting.id),
          }),
        );
      else if (meeting.workgroupId) {
        const workgroup = await readableWorkgroup(
          scope,
          meeting.workgroupId,
        ).catch(() => null);
        if (workgroup && isMember(workgroup))
          visible.push(
            await this.present(scope, { ...context, meeting, invited: false }),
          );
      }
    }
    return visible;
  }

  /**
   * The meetings of every trajectory the person may read, by the same rule
   * as one trajectory's list (`meetings`), newest first. Trajectories are few
   * per organisation; one the person may not read adds nothing (only that
   * refusal is passed over: a failing database still fails the request).
   */
  async myMeetings(actor: Actor): Promise<Meeting[]> {
    const trajectories = await this.tenantDb
      .scope(actor)
      .repo(Trajectory)
      .find({});
    const lists = [];
    for (const trajectory of trajectories)
      lists.push(
        await this.meetings(actor, trajectory.id).catch((error: unknown) => {
          if (error instanceof AppError) return [] as Meeting[];
          throw error;
        }),
      );
    return lists
      .flat()
      .sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime());
  }

  async meeting(actor: Actor, id: string): Promise<Meeting> {
    const scope = this.tenantDb.scope(actor);
    return this.present(scope, await readableMeeting(scope, id));
  }

  /**
   * The general minutes, and the decision and minutes per agenda item, by the
   * regie team or an invitee. A confidential item's minutes stay with the item,
   * so they reach only the invitees and never the audit text or evidence.
   */
  async recordMinutes(actor: Actor, input: MinutesInput): Promise<Meeting> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const context = await readableMeeting(scope, input.meetingId);
      if (!context.invited && !context.steering) throw onlyInvitees();
      const { meeting } = context;
      if (meeting.cancelledAt) throw meetingCancelled();
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      for (const decision of input.decisions) {
        const item = meeting.agenda.find((i) => i.id === decision.agendaItemId);
        if (!item) throw notFound({ nl: 'Agendapunt', en: 'Agenda item' });
        if (item.confidential && !context.invited) throw onlyInvitees();
        item.decision = decision.decision.trim() || null;
        if (decision.minutes !== undefined && decision.minutes !== null) {
          const before = item.minutes ?? null;
          item.minutes = decision.minutes.trim() || null;
          if (before !== item.minutes)
            changes[`item:${item.id}`] = item.confidential
              ? { from: 'vertrouwelijk', to: 'vertrouwelijk gewijzigd' }
              : { from: before, to: item.minutes };
        }
      }
      const before = meeting.minutes;
      meeting.minutes = input.minutes.trim() || null;
      meeting.minutesRecordedAt = new Date();
      const saved = await scope.repo(Meeting).save(meeting);
      await recordAudit(scope, {
        action: 'meeting.minutes-recorded',
        entityType: 'Meeting',
        entityId: meeting.id,
        changes: { minutes: { from: before, to: saved.minutes }, ...changes },
      });
      await recordEvent(scope, meeting.trajectoryId, 'meeting.minutes', {
        nl: `Notulen vastgelegd: ${meeting.title}`,
        en: `Minutes recorded: ${meeting.title}`,
      });
      return this.present(scope, { ...context, meeting: saved });
    });
  }

  /**
   * Changes the time, place, agenda and invitees. Items keep their decision,
   * minutes and documents; new invitees are invited, removed ones told, the
   * others told of a new time or place. A new time counts as a new invitation
   * for the notice rule. An agenda with confidential items changes only by an
   * invitee: otherwise someone outside could invite themselves to them.
   */
  async updateMeeting(
    actor: Actor,
    id: string,
    input: MeetingUpdateInput,
  ): Promise<Meeting> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const context = await readableMeeting(scope, id);
      const { meeting } = context;
      if (!(await plansMeeting(scope, context))) throw notPlanner();
      if (meeting.cancelledAt) throw meetingCancelled();
      if (meeting.agenda.some((i) => i.confidential) && !context.invited)
        throw onlyInvitees();
      checkMeetingTimes(input.startsAt, input.endsAt);
      const agenda = input.agenda.map((item, index) => {
        const existing = item.id
          ? meeting.agenda.find((i) => i.id === item.id)
          : undefined;
        if (item.id && !existing)
          throw notFound({
            nl: `Agendapunt ${index + 1}`,
            en: `Agenda item ${index + 1}`,
          });
        return {
          id: existing?.id ?? randomUUID(),
          title: item.title.trim(),
          notes: item.notes.trim(),
          confidential: item.confidential,
          decision: existing?.decision ?? null,
          minutes: existing?.minutes ?? null,
        };
      });
      const removed = meeting.agenda.filter(
        (old) => !agenda.some((item) => item.id === old.id),
      );
      if (
        removed.length > 0 &&
        (await scope
          .repo(TrajectoryDocument)
          .count({ agendaItemId: In(removed.map((i) => i.id)) })) > 0
      )
        throw conflict('AGENDA_ITEM_HAS_DOCUMENTS', {
          nl: 'Een agendapunt met documenten gaat niet van de agenda; verwijder eerst de documenten.',
          en: 'An agenda item with documents stays on the agenda; remove its documents first.',
        });
      const invitees = await inviteesOf(scope, input.inviteeEmails);
      const before = await scope
        .repo(MeetingInvitee)
        .find({ where: { meetingId: id } });
      const beforeIds = new Set(before.map((i) => i.userId));
      const added = [...invitees.keys()].filter((u) => !beforeIds.has(u));
      const dropped = before.filter((i) => !invitees.has(i.userId));
      const stayed = [...invitees.keys()].filter((u) => beforeIds.has(u));
      const moved =
        meeting.startsAt.getTime() !== input.startsAt.getTime() ||
        meeting.endsAt.getTime() !== input.endsAt.getTime() ||
        meeting.location !== input.location.trim();
      const previous = {
        title: meeting.title,
        startsAt: meeting.startsAt.toISOString(),
        endsAt: meeting.endsAt.toISOString(),
        location: meeting.location,
      };
      if (meeting.startsAt.getTime() !== input.startsAt.getTime())
        meeting.invitedOn = todayInAmsterdam();
      Object.assign(meeting, {
        title: input.title.trim(),
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        location: input.location.trim(),
        agenda,
      });
      const saved = await scope.repo(Meeting).save(meeting);
      for (const invitee of dropped)
        await scope.repo(MeetingInvitee).remove(invitee);
      if (added.length > 0)
        await scope.manager.insert(
          MeetingInvitee,
          added.map((userId) => ({
            organisationId: scope.organisationId,
            meetingId: id,
            userId,
          })),
        );
      const title = context.trajectory.title;
      await this.tell(
        scope,
        added,
        'meeting.invited',
        saved,
        {
          nl: 'Uitnodiging',
          en: 'Invitation',
        },
        title,
      );
      if (moved)
        await this.tell(
          scope,
          stayed,
          'meeting.changed',
          saved,
          {
            nl: 'Gewijzigd',
            en: 'Changed',
          },
          title,
        );
      await notify(
        scope,
        dropped.map((i) => i.userId),
        {
          kind: 'meeting.uninvited',
          titleNl: `Niet meer uitgenodigd: ${saved.title}`,
          titleEn: `No longer invited: ${saved.title}`,
          bodyNl: `Je staat niet meer op de lijst van genodigden. Traject: ${title}.`,
          bodyEn: `You are no longer on the list of invitees. Trajectory: ${title}.`,
          link: '/my-participation',
        },
      );
      const people = await peopleByUserId(scope, [
        ...added,
        ...dropped.map((i) => i.userId),
      ]);
      await recordAudit(scope, {
        action: 'meeting.updated',
        entityType: 'Meeting',
        entityId: id,
        changes: {
          title: { from: previous.title, to: saved.title },
          startsAt: {
            from: previous.startsAt,
            to: saved.startsAt.toISOString(),
          },
          endsAt: { from: previous.endsAt, to: saved.endsAt.toISOString() },
          location: { from: previous.location, to: saved.location },
          agendaItems: {
            from: removed.length ? `${removed.length} weg` : null,
            to: agenda.length,
          },
          invitees: {
            from: dropped.map((i) => people.get(i.userId)?.email ?? i.userId),
            to: added.map((u) => people.get(u)?.email ?? u),
          },
        },
      });
      await recordEvent(scope, saved.trajectoryId, 'meeting.updated', {
        nl: `Vergadering gewijzigd: ${saved.title} (${todayInAmsterdam(saved.startsAt)})`,
        en: `Meeting changed: ${saved.title} (${todayInAmsterdam(saved.startsAt)})`,
      });
      return this.present(scope, {
        ...context,
        meeting: saved,
        invited: invitees.has(actor.userId),
      });
    });
  }

  /** Calls a meeting off with a reason the invitees are told; it keeps its record but leaves the calendar feed. */
  async cancelMeeting(
    actor: Actor,
    id: string,
    reason: string,
  ): Promise<Meeting> {
    const text = reason.trim();
    if (!text || text.length > 1000)
      throw badInput(
        'INVALID_CANCEL_REASON',
        {
          nl: 'Schrijf kort waarom de vergadering niet doorgaat (hooguit 1000 tekens).',
          en: 'Write briefly why the meeting is called off (at most 1000 characters).',
        },
        [{ field: 'reason', message: { nl: 'Verplicht.', en: 'Required.' } }],
      );
    return this.tenantDb.transaction(actor, async (scope) => {
      const context = await readableMeeting(scope, id);
      const { meeting } = context;
      if (!(await plansMeeting(scope, context))) throw notPlanner();
      if (meeting.cancelledAt) throw meetingCancelled();
      meeting.cancelledAt = new Date();
      meeting.cancelReason = text;
      const saved = await scope.repo(Meeting).save(meeting);
      const invitees = await scope
        .repo(MeetingInvitee)
        .find({ where: { meetingId: id } });
      const when = whenText(saved.startsAt);
      await notify(
        scope,
        invitees.map((i) => i.userId),
        {
          kind: 'meeting.cancelled',
          titleNl: `Gaat niet door: ${saved.title}`,
          titleEn: `Called off: ${saved.title}`,
          bodyNl: `${when.nl}. Reden: ${text}`,
          bodyEn: `${when.en}. Reason: ${text}`,
          link: `/meetings/${id}`,
        },
      );
      await recordAudit(scope, {
        action: 'meeting.cancelled',
        entityType: 'Meeting',
        entityId: id,
        changes: { cancelReason: { from: null, to: text } },
      });
      await recordEvent(scope, saved.trajectoryId, 'meeting.cancelled', {
        nl: `Vergadering gaat niet door: ${saved.title}`,
        en: `Meeting called off: ${saved.title}`,
      });
      return this.present(scope, { ...context, meeting: saved });
    });
  }

  /** Tells people in the app about a meeting (invited, changed), with its time, place and trajectory. */
  private async tell(
    scope: TenantScope,
    userIds: string[],
    kind: string,
    meeting: Meeting,
    label: { nl: string; en: string },
    trajectoryTitle: string,
  ): Promise<void> {
    if (userIds.length === 0) return;
    const when = whenText(meeting.startsAt);
    const place = meeting.location ? `, ${meeting.location}` : '';
    await notify(scope, userIds, {
      kind,
      titleNl: `${label.nl}: ${meeting.title}`,
      titleEn: `${label.en}: ${meeting.title}`,
      bodyNl: `${when.nl}${place}. Traject: ${trajectoryTitle}.`,
      bodyEn: `${when.en}${place}. Trajectory: ${trajectoryTitle}.`,
      link: `/meetings/${meeting.id}`,
    });
  }

  async addAction(actor: Actor, input: ActionInput): Promise<ActionItem> {
    return this.tenantDb.transaction(actor, async (scope) => {
      let confidential = false;
      if (input.meetingId) {
        const context = await readableMeeting(scope, input.meetingId);
        if (context.meeting.trajectoryId !== input.trajectoryId)
          throw notFound(MEETING);
        if (!context.invited && !context.steering) throw onlyInvitees();
        if (input.agendaItemId) {
          const item = context.meeting.agenda.find(
            (i) => i.id === input.agendaItemId,
          );
          if (!item) throw notFound({ nl: 'Agendapunt', en: 'Agenda item' });
          if (item.confidential && !context.invited) throw onlyInvitees();
          confidential = item.confidential;
        }
      } else {
        await steeredTrajectory(scope, input.trajectoryId);
      }
      const dueOn = checkedCalendarDate(input.dueOn, 'dueOn')!;
      const owner = await memberByEmail(scope, input.ownerEmail, 'ownerEmail');
      const repo = scope.repo(ActionItem);
      const action = await repo.save(
        repo.create({
          trajectoryId: input.trajectoryId,
          meetingId: input.meetingId ?? null,
          confidential,
          description: input.description.trim(),
          ownerUserId: owner.userId,
          dueOn,
          status: ActionStatus.OPEN,
          lastReminder: null,
          doneAt: null,
        }),
      );
      await recordAudit(scope, {
        action: 'action.added',
        entityType: 'ActionItem',
        entityId: action.id,
        changes: {
          description: { from: null, to: action.description },
          owner: { from: null, to: owner.email },
          dueOn: { from: null, to: dueOn },
        },
      });
      await notify(scope, [owner.userId], {
        kind: 'action.assigned',
        titleNl: `Nieuwe afspraak voor jou (uiterlijk ${longCalendarDate(dueOn, 'nl')})`,
        titleEn: `New action for you (due ${longCalendarDate(dueOn, 'en')})`,
        bodyNl: confidential
          ? 'Een vertrouwelijke afspraak uit een vergadering.'
          : action.description,
        bodyEn: confidential
          ? 'A confidential action from a meeting.'
          : action.description,
        link: '/my-participation',
      });
      return this.presentActions(scope, [action]).then((list) => list[0]!);
    });
  }

  async completeAction(
    actor: Actor,
    id: string,
    done: boolean,
  ): Promise<ActionItem> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const action = await scope
        .repo(ActionItem)
        .findOneOrFail({ id }, () => notFound(ACTION));
      if (action.ownerUserId !== actor.userId)
        await steeredTrajectory(scope, action.trajectoryId);
      const before = action.status;
      action.status = done ? ActionStatus.DONE : ActionStatus.OPEN;
      action.doneAt = done ? new Date() : null;
      const saved = await scope.repo(ActionItem).save(action);
      await recordAudit(scope, {
        action: 'action.status-changed',
        entityType: 'ActionItem',
        entityId: id,
        changes: { status: { from: before, to: saved.status } },
      });
      return (await this.presentActions(scope, [saved]))[0]!;
    });
  }

  async myActions(actor: Actor): Promise<ActionItem[]> {
    const scope = this.tenantDb.scope(actor);
    return this.presentActions(
      scope,
      await scope.repo(ActionItem).find({
        where: { ownerUserId: actor.userId },
        order: { dueOn: 'ASC' },
      }),
    );
  }

  /** A trajectory's actions: all for its regie team, otherwise one's own and those of one's meetings; confidential ones only for the invitees of their meeting and the owner. */
  async actions(actor: Actor, trajectoryId: string): Promise<ActionItem[]> {
    const scope = this.tenantDb.scope(actor);
    const context = await readableTrajectory(scope, trajectoryId);
    const all = await scope
      .repo(ActionItem)
      .find({ where: { trajectoryId }, order: { dueOn: 'ASC' } });
    // Others than the regie team see their own actions and those of meetings they were invited to.
    const invitedTo = context.steering
      ? null
      : new Set(
          (
            await scope
              .repo(MeetingInvitee)
              .find({ where: { userId: actor.userId } })
          ).map((i) => i.meetingId),
        );
    const visible = invitedTo
      ? all.filter(
          (a) =>
            a.ownerUserId === actor.userId ||
            (a.meetingId !== null && invitedTo.has(a.meetingId)),
        )
      : all;
    return this.presentActions(
      scope,
      await this.withoutConfidential(scope, visible),
    );
  }

  /** The advisor's view of every overdue action in the organisation. */
  async overdueActions(actor: Actor): Promise<ActionItem[]> {
    const scope = this.tenantDb.scope(actor);
    const actions = await scope.repo(ActionItem).find({
      where: {
        status: ActionStatus.OPEN,
        dueOn: LessThan(todayInAmsterdam()),
      },
      order: { dueOn: 'ASC' },
    });
    return this.presentActions(
      scope,
      await this.withoutConfidential(scope, actions),
    );
  }

  /** A new personal feed address; it replaces (and disables) the previous one. */
  async issueCalendarFeed(actor: Actor, publicUrl: string): Promise<string> {
    return this.tenantDb.transaction(actor, async (scope) => {
      // Only the hash is kept, so an address cannot be shown twice: each request makes a new one and the old one stops working.
      const existing = await scope
        .repo(CalendarFeedToken)
        .findOne({ userId: actor.userId });
      const token = randomBytes(32).toString('base64url');
      const tokenHash = createHash('sha256').update(token).digest('hex');
      if (existing) await scope.repo(CalendarFeedToken).remove(existing);
      await scope.manager.insert(CalendarFeedToken, {
        organisationId: scope.organisationId,
        userId: actor.userId,
        tokenHash,
      });
      await recordAudit(scope, {
        action: 'calendar-feed.issued',
        entityType: 'CalendarFeedToken',
        entityId: actor.userId,
        changes: {},
      });
      return `${publicUrl}/calendar/${token}.ics`;
    });
  }

  private async withoutConfidential(
    scope: TenantScope,
    actions: ActionItem[],
  ): Promise<ActionItem[]> {
    const meetingIds = [
      ...new Set(
        actions
          .filter((a) => a.confidential && a.meetingId)
          .map((a) => a.meetingId!),
      ),
    ];
    const invitedTo = new Set(
      meetingIds.length
        ? (
            await scope.repo(MeetingInvitee).find({
              where: {
                meetingId: In(meetingIds),
                userId: scope.actor.userId,
              },
            })
          ).map((i) => i.meetingId)
        : [],
    );
    return actions.filter(
      (a) =>
        !a.confidential ||
        a.ownerUserId === scope.actor.userId ||
        (a.meetingId !== null && invitedTo.has(a.meetingId)),
    );
  }

  async presentActions(
    scope: TenantScope,
    actions: ActionItem[],
  ): Promise<ActionItem[]> {
    const people = await peopleByUserId(
      scope,
      actions.map((a) => a.ownerUserId),
    );
    const trajectoryIds = [...new Set(actions.map((a) => a.trajectoryId))];
    const trajectories = trajectoryIds.length
      ? await scope.repo(Trajectory).find({ where: { id: In(trajectoryIds) } })
      : [];
    const titles = new Map(trajectories.map((t) => [t.id, t.title]));
    const today = todayInAmsterdam();
    return actions.map((a) =>
      Object.assign(a, {
        ownerName: people.get(a.ownerUserId)?.displayName ?? '—',
        trajectoryTitle: titles.get(a.trajectoryId) ?? '',
        overdue: a.status === ActionStatus.OPEN && a.dueOn < today,
      }),
    );
  }

  async present(scope: TenantScope, context: MeetingContext): Promise<Meeting> {
    const { meeting, invited } = context;
    const invitees = await scope
      .repo(MeetingInvitee)
      .find({ where: { meetingId: meeting.id } });
    const people = await peopleByUserId(
      scope,
      invitees.map((i) => i.userId),
    );
    const visibleItems = meeting.agenda.filter(
      (item) => invited || !item.confidential,
    );
    const documents = visibleItems.length
      ? await scope.repo(TrajectoryDocument).find({
          where: { agendaItemId: In(visibleItems.map((i) => i.id)) },
          order: { uploadedAt: 'ASC' },
        })
      : [];
    const day = todayInAmsterdam(meeting.startsAt);
    const canEdit =
      !meeting.cancelledAt &&
      (invited || !meeting.agenda.some((item) => item.confidential)) &&
      (await plansMeeting(scope, context));
    return Object.assign(meeting, {
      agendaItems: visibleItems.map((item) => ({
        ...item,
        documents: documents.filter((d) => d.agendaItemId === item.id),
      })),
      invitees: invitees
        .map((i) => ({
          userId: i.userId,
          displayName: people.get(i.userId)?.displayName ?? '—',
          email: canEdit ? (people.get(i.userId)?.email ?? null) : null,
        }))
        .sort((a, b) => a.displayName.localeCompare(b.displayName)),
      shortNotice: isShortNotice(meeting.invitedOn, day),
      noticeDays: noticeDays(meeting.invitedOn, day),
      invited,
      canEdit,
    });
  }
}

const onlyInvitees = () =>
  new AppError('FORBIDDEN', 'NOT_INVITED', {
    nl: 'Alleen wie voor deze vergadering is uitgenodigd kan dit.',
    en: 'Only people invited to this meeting can do this.',
  });

const notPlanner = () =>
  new AppError('FORBIDDEN', 'NOT_MEETING_PLANNER', {
    nl: 'Alleen het regieteam, of de trekker van de werkgroep voor haar vergaderingen, wijzigt deze vergadering.',
    en: "Only the regie team, or the workgroup's lead for its meetings, changes this meeting.",
  });

const meetingCancelled = () =>
  conflict('MEETING_CANCELLED', {
    nl: 'Deze vergadering gaat niet door; ze verandert niet meer.',
    en: 'This meeting was called off; it no longer changes.',
  });
