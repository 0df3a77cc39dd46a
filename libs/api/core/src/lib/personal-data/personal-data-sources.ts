import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** The person whose data is exported or erased, within one organisation. */
export interface DataSubject {
  organisationId: string;
  userId: string;
  /** Contexts that address people by e-mail (survey invitations) find them by it. */
  email: string;
}

/**
 * A context's part of a person's data: what it exports (named sections of
 * plain JSON) and how it erases (delete, or keep anonymised what must stay),
 * returning counts for the erasure's audit record.
 */
export interface PersonalDataSource {
  exportFor(
    subject: DataSubject,
    manager: EntityManager,
  ): Promise<Record<string, unknown>>;
  eraseFor(
    subject: DataSubject,
    manager: EntityManager,
  ): Promise<Record<string, number>>;
}

/**
 * Every context that keeps personal data registers here when its module
 * starts, so the participant pool's data-subject export and erasure cover the
 * whole platform without the contexts importing each other (as CalendarSources).
 */
@Injectable()
export class PersonalDataSources {
  private readonly sources: PersonalDataSource[] = [];

  register(source: PersonalDataSource): void {
    this.sources.push(source);
  }

  async exportFor(
    subject: DataSubject,
    manager: EntityManager,
  ): Promise<Record<string, unknown>> {
    const sections: Record<string, unknown> = {};
    for (const source of this.sources)
      Object.assign(sections, await source.exportFor(subject, manager));
    return sections;
  }

  /** Runs inside the erasure's transaction, so a failure leaves nothing half-erased. */
  async eraseFor(
    subject: DataSubject,
    manager: EntityManager,
  ): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const source of this.sources)
      Object.assign(counts, await source.eraseFor(subject, manager));
    return counts;
  }
}
