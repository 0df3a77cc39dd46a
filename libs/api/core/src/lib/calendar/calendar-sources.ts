import { Injectable } from '@nestjs/common';
import type { CalendarEvent } from '@inspraak/domain';
import type { Role } from '@inspraak/domain';

/** Whose calendar feed is being built. */
export interface CalendarOwner {
  organisationId: string;
  userId: string;
  roles: Role[];
}

/** Something that puts events in people's calendar feeds (meetings and actions, procedure deadlines …). */
export interface CalendarSource {
  eventsFor(owner: CalendarOwner): Promise<CalendarEvent[]>;
}

/**
 * The sources of the personal iCalendar feed. Contexts register theirs when
 * their module starts, so the feed can show them without the contexts
 * importing each other.
 */
@Injectable()
export class CalendarSources {
  private readonly sources: CalendarSource[] = [];

  register(source: CalendarSource): void {
    this.sources.push(source);
  }

  async eventsFor(owner: CalendarOwner): Promise<CalendarEvent[]> {
    return (
      await Promise.all(this.sources.map((s) => s.eventsFor(owner)))
    ).flat();
  }
}
