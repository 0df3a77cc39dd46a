import { Injectable } from '@nestjs/common';
import {
  Field,
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
import { GraphQLISODateTime } from '@nestjs/graphql';
import { Role } from '@inspraak/domain';
import {
  Actor,
  AnyMember,
  conflict,
  CurrentActor,
  IdArg,
  notFound,
  Notification,
  NotificationDigest,
  NotificationPreference,
  PersonalDataSources,
  recordAudit,
  RequireRoles,
  TenantDb,
  TenantOwned,
  Cost,
  EXPENSIVE,
} from '@inspraak/api-core';
import { Participant } from './participants.entities';

/**
 * Data-subject rights (AVG art. 15 and 17): a person downloads everything the
 * platform holds about them, and can ask for erasure, which the advisor
 * handles. Erasure deletes the profile and the advisor's coaching notes
 * (which stay out of the export: they are the advisor's, ADVISEUR only); consent and
 * acceptance records stay as anonymous evidence (they only carry the
 * participant's random id). The other contexts (trajectories, surveys) add
 * their parts through `PersonalDataSources`, in the same document and the
 * same erasure transaction.
 */
@ObjectType()
@Entity()
@Index(['organisationId', 'status'])
export class ErasureRequest extends TenantOwned {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  userId!: string;

  /** Shown to the advisor handling the request; kept only while it is open. */
  @Field(() => String, { nullable: true })
  @Column('varchar', { length: 200, nullable: true })
  displayName!: string | null;

  @Field()
  @Column('varchar', { length: 20, default: 'OPEN' })
  status!: 'OPEN' | 'DONE';

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  requestedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  handledAt!: Date | null;
}

@Injectable()
export class PersonalDataService {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly sources: PersonalDataSources,
  ) {}

  /** Everything about the actor in this organisation, as one JSON document. */
  async export(actor: Actor): Promise<string> {
    const scope = this.tenantDb.scope(actor);
    const q = (sql: string, params: unknown[] = []) =>
      scope.manager.query(sql, [scope.organisationId, ...params]) as Promise<
        Record<string, unknown>[]
      >;
    const [account] = await q(
      'SELECT u.email, u.display_name AS "displayName", u.created_at AS "createdAt", m.roles::text[] AS roles FROM user_account u JOIN membership m ON m.user_id = u.id AND m.organisation_id = $1 WHERE u.id = $2',
      [actor.userId],
    );
    const employee = await q(
      `SELECT e.employee_number AS "employeeNumber", e.first_name AS "firstName", e.last_name AS "lastName", e.email, d.name AS department, e.location, e.job_title AS "jobTitle",
              e.contract_type AS "contractType", e.employment_start::text AS "employmentStart", e.status, e.left_on::text AS "leftOn"
       FROM employee e LEFT JOIN department d ON d.id = e.department_id WHERE e.organisation_id = $1 AND e.id = $2`,
      [actor.employeeId],
    );
    const participant = await scope
      .repo(Participant)
      .findOne({ userId: actor.userId });
    const participantId =
      participant?.id ?? '00000000-0000-0000-0000-000000000000';
    const consents = await q(
      'SELECT purpose, granted, text_version AS "textVersion", recorded_at AS "recordedAt" FROM consent_record WHERE organisation_id = $1 AND participant_id = $2 ORDER BY recorded_at',
      [participantId],
    );
    const acceptances = await q(
      'SELECT version, content_hash AS "contentHash", accepted_at AS "acceptedAt", valid_until::text AS "validUntil" FROM agreement_acceptance WHERE organisation_id = $1 AND participant_id = $2 ORDER BY version',
      [participantId],
    );
    const notifications = await q(
      'SELECT kind, title_nl AS "title", created_at AS "createdAt", read_at AS "readAt" FROM notification WHERE organisation_id = $1 AND user_id = $2 ORDER BY created_at',
      [actor.userId],
    );
    const activity = await q(
      `SELECT action, entity_type AS "entityType", at FROM audit_entry WHERE organisation_id = $1 AND (actor_user_id = $2 OR entity_id = $3::text) ORDER BY at`,
      [actor.userId, participantId],
    );
    // Skills by name: the export is read by people, and ids say nothing to them.
    const skills = participant?.skillIds.length
      ? (
          await q(
            'SELECT name FROM skill WHERE organisation_id = $1 AND id = ANY($2::uuid[]) ORDER BY name',
            [participant.skillIds],
          )
        ).map((row) => row['name'] as string)
      : [];
    const document = {
      generatedAt: new Date().toISOString(),
      explanation: {
        nl: 'Alle gegevens die Inspraak over jou bewaart in deze organisatie.',
        en: 'All data Inspraak keeps about you in this organisation.',
      },
      account,
      directoryEntry: employee[0] ?? null,
      participation: participant
        ? {
            status: participant.status,
            pausedUntil: participant.pausedUntil,
            joinedAt: participant.joinedAt,
            leftAt: participant.leftAt,
            deletionScheduledOn: participant.deletionScheduledOn,
            skills,
            tags: participant.tags,
            themes: participant.themes,
            hoursPerMonth: participant.hoursPerMonth,
            waysOfTakingPart: participant.waysOfTakingPart,
            languages: participant.languages,
            about: participant.about,
            visibility: participant.visibility,
          }
        : null,
      consents,
      agreementAcceptances: acceptances,
      ...(await this.sources.exportFor(
        {
          organisationId: scope.organisationId,
          userId: actor.userId,
          email: actor.email,
        },
        scope.manager,
      )),
      notifications,
      activity,
    };
    await this.tenantDb.transaction(actor, (tx) =>
      recordAudit(tx, {
        action: 'personal-data.exported',
        entityType: 'UserAccount',
        entityId: actor.userId,
      }),
    );
    return JSON.stringify(document, null, 2);
  }

  async requestErasure(actor: Actor): Promise<ErasureRequest> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const requests = scope.repo(ErasureRequest);
      const open = await requests.findOne({
        userId: actor.userId,
        status: 'OPEN',
      });
      if (open) return open;
      const request = await requests.save(
        requests.create({
          userId: actor.userId,
          displayName: actor.displayName,
          status: 'OPEN',
          handledAt: null,
        }),
      );
      await recordAudit(scope, {
        action: 'erasure.requested',
        entityType: 'ErasureRequest',
        entityId: request.id,
      });
      return request;
    });
  }

  openRequests(actor: Actor): Promise<ErasureRequest[]> {
    return this.tenantDb
      .scope(actor)
      .repo(ErasureRequest)
      .find({ where: { status: 'OPEN' }, order: { requestedAt: 'ASC' } });
  }

  /** Erases the person's participant profile and closes the request; the account and directory entry belong to HR's administration. */
  async handle(actor: Actor, id: string): Promise<ErasureRequest> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const requests = scope.repo(ErasureRequest);
      const request = await requests.findOneOrFail({ id }, () =>
        notFound({ nl: 'Verzoek', en: 'Request' }),
      );
      if (request.status !== 'OPEN')
        throw conflict('ALREADY_HANDLED', {
          nl: 'Dit verzoek is al afgehandeld.',
          en: 'This request has already been handled.',
        });
      const participant = await scope
        .repo(Participant)
        .findOne({ userId: request.userId });
      if (participant) {
        await scope.manager.query(
          'DELETE FROM coaching_note WHERE organisation_id = $1 AND participant_id = $2',
          [scope.organisationId, participant.id],
        );
        await scope.repo(Participant).remove(participant);
      }
      await scope.manager.delete(Notification, {
        organisationId: scope.organisationId,
        userId: request.userId,
      });
      await scope.manager.delete(NotificationPreference, {
        organisationId: scope.organisationId,
        userId: request.userId,
      });
      await scope.manager.delete(NotificationDigest, {
        organisationId: scope.organisationId,
        userId: request.userId,
      });
      const [account] = (await scope.manager.query(
        'SELECT email FROM user_account WHERE id = $1',
        [request.userId],
      )) as { email: string }[];
      const elsewhere = account
        ? await this.sources.eraseFor(
            {
              organisationId: scope.organisationId,
              userId: request.userId,
              email: account.email,
            },
            scope.manager,
          )
        : {};
      request.status = 'DONE';
      request.handledAt = new Date();
      request.displayName = null;
      const saved = await requests.save(request);
      await recordAudit(scope, {
        action: 'erasure.handled',
        entityType: 'ErasureRequest',
        entityId: id,
        changes: { profileDeleted: participant !== null, ...elsewhere },
      });
      return saved;
    });
  }
}

@Resolver()
export class PersonalDataResolver {
  constructor(private readonly personalData: PersonalDataService) {}

  @Query(() => String, {
    description:
      'Everything the platform holds about me in this organisation, as JSON.',
  })
  @AnyMember()
  @Cost(EXPENSIVE.document)
  myPersonalData(@CurrentActor() actor: Actor): Promise<string> {
    return this.personalData.export(actor);
  }

  @Mutation(() => ErasureRequest, {
    description:
      'Ask for erasure of my participant data; the advisor handles it.',
  })
  @AnyMember()
  requestErasure(@CurrentActor() actor: Actor): Promise<ErasureRequest> {
    return this.personalData.requestErasure(actor);
  }

  @Query(() => [ErasureRequest])
  @RequireRoles(Role.ADVISEUR)
  erasureRequests(@CurrentActor() actor: Actor): Promise<ErasureRequest[]> {
    return this.personalData.openRequests(actor);
  }

  @Mutation(() => ErasureRequest)
  @RequireRoles(Role.ADVISEUR)
  handleErasureRequest(
    @CurrentActor() actor: Actor,
    @IdArg() id: string,
  ): Promise<ErasureRequest> {
    return this.personalData.handle(actor, id);
  }
}
