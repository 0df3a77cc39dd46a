import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  CalendarEvent,
  PROCEDURE_KEEPERS,
  PROCEDURE_READERS,
} from '@inspraak/domain';
import {
  CalendarOwner,
  CalendarSource,
  CalendarSources,
} from '@inspraak/api-core';
import { Procedure, WorSettings } from './procedure.entities';
import { deadlinesOf, toDeadlineSettings } from './procedures.service';

/** Puts the deadlines of open procedures in the calendar feeds of those who read procedures. */
@Injectable()
export class ProcedureCalendarSource implements CalendarSource, OnModuleInit {
  constructor(
    private readonly sources: CalendarSources,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit() {
    this.sources.register(this);
  }

  async eventsFor(owner: CalendarOwner): Promise<CalendarEvent[]> {
    if (!owner.roles.some((r) => PROCEDURE_READERS.includes(r))) return [];
    const keeper = owner.roles.some((r) => PROCEDURE_KEEPERS.includes(r));
    const settings = await this.dataSource.manager.findOne(WorSettings, {
      where: { organisationId: owner.organisationId },
    });
    const procedures = await this.dataSource.manager
      .createQueryBuilder(Procedure, 'p')
      .where(
        "p.organisationId = :org AND p.state NOT IN ('CLOSED', 'WITHDRAWN')",
        { org: owner.organisationId },
      )
      .getMany();
    return procedures.flatMap((procedure) =>
      deadlinesOf(procedure, {
        moveToWorkingDay: settings
          ? toDeadlineSettings(settings).moveToWorkingDay
          : false,
      }).map((deadline) => ({
        uid: `deadline-${procedure.id}-${deadline.kind}@inspraak`,
        // The feed address may reach calendar providers: a confidential procedure is not named, whoever reads the feed.
        summary: `${deadline.nameNl}: ${procedure.confidential ? 'vertrouwelijke procedure' : procedure.title}`,
        description:
          keeper && !procedure.confidential
            ? `Procedure: ${procedure.title}`
            : undefined,
        day: deadline.date,
        updatedAt: procedure.updatedAt,
      })),
    );
  }
}
