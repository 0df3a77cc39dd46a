import { Injectable } from '@nestjs/common';
import {
  Args,
  Field,
  GraphQLISODateTime,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Role } from '@inspraak/domain';
import {
  Actor,
  badInput,
  CurrentActor,
  IdArg,
  notFound,
  recordAudit,
  RequireRoles,
  TenantDb,
  TenantScope,
  TenantOwned,
  Cost,
  EXPENSIVE,
} from '@inspraak/api-core';
import { FieldVisibility, Participant } from './participants.entities';
import { PoolFilter, PoolPageInput } from './pool.models';
import { PoolService } from './pool.service';

/** The advisor's private coaching notes about a participant: never shown to anyone else, every read and write audited. */
@ObjectType()
@Entity()
@Index(['organisationId', 'participantId', 'createdAt'])
export class CoachingNote extends TenantOwned {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  participantId!: string;

  @Column('uuid')
  authorUserId!: string;

  @Field()
  @Column('varchar', { length: 2000 })
  text!: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

const PARTICIPANT_NOT_FOUND = () =>
  notFound({ nl: 'Deelnemer', en: 'Participant' });
const MAX_NOTE = 2000;
const EXPORT_LIMIT = 100;

@Injectable()
export class AdvisorToolsService {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly pool: PoolService,
  ) {}

  async notes(actor: Actor, participantId: string): Promise<CoachingNote[]> {
    return this.tenantDb.transaction(actor, async (scope) => {
      await this.participant(scope, participantId);
      const notes = await scope
        .repo(CoachingNote)
        .find({ where: { participantId }, order: { createdAt: 'DESC' } });
      await recordAudit(scope, {
        action: 'coaching-notes.viewed',
        entityType: 'Participant',
        entityId: participantId,
      });
      return notes;
    });
  }

  async addNote(
    actor: Actor,
    participantId: string,
    text: string,
  ): Promise<CoachingNote> {
    const tidy = text.trim();
    if (tidy.length === 0 || tidy.length > MAX_NOTE) {
      throw badInput(
        'INVALID_INPUT',
        {
          nl: `Een notitie heeft 1 tot ${MAX_NOTE} tekens.`,
          en: `A note has 1 to ${MAX_NOTE} characters.`,
        },
        [
          {
            field: 'text',
            message: { nl: 'Ongeldige lengte.', en: 'Invalid length.' },
          },
        ],
      );
    }
    return this.tenantDb.transaction(actor, async (scope) => {
      await this.participant(scope, participantId);
      const repo = scope.repo(CoachingNote);
      const note = await repo.save(
        repo.create({ participantId, authorUserId: actor.userId, text: tidy }),
      );
      await recordAudit(scope, {
        action: 'coaching-note.added',
        entityType: 'Participant',
        entityId: participantId,
        changes: { noteId: note.id },
      });
      return note;
    });
  }

  /** New participants are flagged for onboarding until the advisor marks them onboarded. */
  async markOnboarded(actor: Actor, participantId: string): Promise<boolean> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const participant = await this.participant(scope, participantId);
      participant.onboardedAt ??= new Date();
      await scope.repo(Participant).save(participant);
      await recordAudit(scope, {
        action: 'participant.onboarded',
        entityType: 'Participant',
        entityId: participantId,
      });
      return true;
    });
  }

  /**
   * The pool as CSV (`;`, UTF-8 with BOM for Excel). A file leaves the
   * platform, so profile fields appear only where the participant allowed
   * colleagues to see them; the rest stays empty.
   */
  async exportCsv(actor: Actor, filter: PoolFilter): Promise<string> {
    const scope = this.tenantDb.scope(actor);
    const rows: string[][] = [
      [
        'naam',
        'email',
        'afdeling',
        'locatie',
        'status',
        'lid sinds',
        'overeenkomst geldig',
        'vaardigheden',
        'thema’s',
        'uren per maand',
        'over mij',
      ],
    ];
    const skillNames = new Map(
      (
        (await scope.manager.query(
          'SELECT id, name FROM skill WHERE organisation_id = $1',
          [scope.organisationId],
        )) as { id: string; name: string }[]
      ).map((s) => [s.id, s.name]),
    );
    for (let offset = 0; ; offset += EXPORT_LIMIT) {
      const page = await this.pool.search(
        actor,
        filter,
        Object.assign(new PoolPageInput(), { offset, limit: EXPORT_LIMIT }),
      );
      if (page.items.length === 0) break;
      const profiles = new Map(
        (
          await scope
            .repo(Participant)
            .queryBuilder('p')
            .andWhere('p.id IN (:...ids)', {
              ids: page.items.map((i) => i.participantId),
            })
            .getMany()
        ).map((p) => [p.id, p]),
      );
      for (const member of page.items) {
        const profile = profiles.get(member.participantId);
        const shown = (
          field: 'skills' | 'themes' | 'availability' | 'about',
          value: string,
        ) =>
          profile?.visibility[field] === FieldVisibility.COLLEAGUES
            ? value
            : '';
        rows.push([
          member.displayName,
          member.email,
          member.departmentName ?? '',
          member.location ?? '',
          member.status,
          new Date(member.joinedAt).toISOString().slice(0, 10),
          member.agreementValid ? 'ja' : 'nee',
          shown(
            'skills',
            member.skillIds
              .map((id) => skillNames.get(id) ?? '')
              .filter(Boolean)
              .join(', '),
          ),
          shown('themes', member.themes.join(', ')),
          shown('availability', String(member.hoursPerMonth)),
          shown('about', profile?.about ?? ''),
        ]);
      }
      if (page.items.length < EXPORT_LIMIT) break;
    }
    await this.tenantDb.transaction(actor, (tx) =>
      recordAudit(tx, {
        action: 'pool.exported',
        entityType: 'Pool',
        entityId: actor.organisationId,
        changes: { rows: rows.length - 1 },
      }),
    );
    return (
      '\uFEFF' +
      rows.map((row) => row.map(csvCell).join(';')).join('\r\n') +
      '\r\n'
    );
  }

  private async participant(
    scope: TenantScope,
    id: string,
  ): Promise<Participant> {
    return scope.repo(Participant).findOneOrFail({ id }, PARTICIPANT_NOT_FOUND);
  }
}

/** Quotes a cell when needed and defuses spreadsheet formulas (=, +, -, @ at the start). */
function csvCell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

@Resolver()
@RequireRoles(Role.ADVISEUR)
export class AdvisorToolsResolver {
  constructor(private readonly tools: AdvisorToolsService) {}

  @Query(() => [CoachingNote], {
    description:
      'Private coaching notes about a participant (advisor only; reading is audited).',
  })
  coachingNotes(
    @CurrentActor() actor: Actor,
    @IdArg('participantId') participantId: string,
  ): Promise<CoachingNote[]> {
    return this.tools.notes(actor, participantId);
  }

  @Mutation(() => CoachingNote)
  addCoachingNote(
    @CurrentActor() actor: Actor,
    @IdArg('participantId') participantId: string,
    @Args('text') text: string,
  ): Promise<CoachingNote> {
    return this.tools.addNote(actor, participantId, text);
  }

  @Mutation(() => Boolean)
  markParticipantOnboarded(
    @CurrentActor() actor: Actor,
    @IdArg('participantId') participantId: string,
  ): Promise<boolean> {
    return this.tools.markOnboarded(actor, participantId);
  }

  @Query(() => String, {
    description:
      'The pool (with the same filters) as CSV; profile fields only where the participant allowed colleagues to see them.',
  })
  @Cost(EXPENSIVE.document)
  poolCsv(
    @CurrentActor() actor: Actor,
    @Args('filter', { nullable: true }) filter?: PoolFilter,
  ): Promise<string> {
    return this.tools.exportCsv(actor, filter ?? new PoolFilter());
  }
}
