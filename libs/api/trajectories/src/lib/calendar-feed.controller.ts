import { createHash } from 'node:crypto';
import {
  Controller,
  Get,
  Header,
  NotFoundException,
  Param,
} from '@nestjs/common';
import { DataSource, In, IsNull } from 'typeorm';
import { CalendarEvent, Role, toICalendar } from '@inspraak/domain';
import {
  CalendarSources,
  MEMBERSHIP_HAS_ACCESS,
  PublicAccess,
} from '@inspraak/api-core';
import {
  ActionItem,
  ActionStatus,
  CalendarFeedToken,
  Meeting,
  MeetingInvitee,
} from './meeting.entities';

const KIND_NAMES = {
  REGIE_TEAM: 'Regieteam',
  WORKGROUP: 'Werkgroep',
  OVERLEGVERGADERING: 'Overlegvergadering',
} as const;

/**
 * The personal iCalendar feed a calendar program subscribes to: the meetings
 * one is invited to and one's open actions. The secret address is the
 * credential (calendar programs cannot log in), so the feed never carries
 * confidential agenda items or action texts (art. 20 WOR): the address may
 * end up on a calendar provider's servers.
 */
@Controller('calendar')
export class CalendarFeedController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sources: CalendarSources,
  ) {}

  @Get(':token')
  @PublicAccess()
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'private, max-age=300')
  async feed(@Param('token') file: string): Promise<string> {
    const token = file.replace(/\.ics$/, '');
    const owner = /^[A-Za-z0-9_-]{43}$/.test(token)
      ? await this.dataSource.manager.findOne(CalendarFeedToken, {
          where: {
            tokenHash: createHash('sha256').update(token).digest('hex'),
          },
        })
      : null;
    if (!owner) throw new NotFoundException();
    const { organisationId, userId } = owner;
    // Someone who left the organisation keeps no view of it, also not through an address they subscribed to earlier.
    const roles = await this.rolesOf(organisationId, userId);
    if (!roles) throw new NotFoundException();
    const manager = this.dataSource.manager;
    const invitations = await manager.find(MeetingInvitee, {
      where: { organisationId, userId },
    });
    const meetings = invitations.length
      ? await manager.find(Meeting, {
          where: {
            organisationId,
            id: In(invitations.map((i) => i.meetingId)),
            // A meeting called off leaves the subscribed calendars.
            cancelledAt: IsNull(),
          },
        })
      : [];
    const actions = await manager.find(ActionItem, {
      where: { organisationId, ownerUserId: userId, status: ActionStatus.OPEN },
    });
    const events: CalendarEvent[] = [
      ...meetings.map((meeting) => {
        const confidential = meeting.agenda.filter(
          (item) => item.confidential,
        ).length;
        const agenda = meeting.agenda
          .filter((item) => !item.confidential)
          .map((item, index) => `${index + 1}. ${item.title}`);
        if (confidential > 0)
          agenda.push(
            `+ ${confidential} vertrouwelijk(e) agendapunt(en): zie Inspraak`,
          );
        return {
          uid: `meeting-${meeting.id}@inspraak`,
          summary: `${KIND_NAMES[meeting.kind]}: ${meeting.title}`,
          description: agenda.length
            ? `Agenda:\n${agenda.join('\n')}`
            : undefined,
          location: meeting.location || undefined,
          start: meeting.startsAt,
          end: meeting.endsAt,
          updatedAt: meeting.createdAt,
        };
      }),
      ...actions.map((action) => ({
        uid: `action-${action.id}@inspraak`,
        summary: action.confidential
          ? 'Afspraak (vertrouwelijk): zie Inspraak'
          : `Afspraak: ${action.description}`,
        day: action.dueOn,
        updatedAt: action.createdAt,
      })),
      // What other contexts put in this person's calendar (e.g. procedure deadlines).
      ...(await this.sources.eventsFor({
        organisationId,
        userId,
        roles,
      })),
    ];
    return toICalendar({ name: 'Inspraak', events });
  }

  /** The person's roles in the organisation, or null when they no longer have access (gone, blocked, left). */
  private async rolesOf(
    organisationId: string,
    userId: string,
  ): Promise<Role[] | null> {
    const rows = (await this.dataSource.query(
      `SELECT m.roles::text[] AS roles FROM membership m
        WHERE m.organisation_id = $1 AND m.user_id = $2 AND ${MEMBERSHIP_HAS_ACCESS}`,
      [organisationId, userId],
    )) as { roles: Role[] }[];
    return rows[0]?.roles ?? null;
  }
}
