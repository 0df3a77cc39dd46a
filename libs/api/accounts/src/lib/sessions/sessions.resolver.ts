import {
  Field,
  GraphQLISODateTime,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import {
  Actor,
  AnyMember,
  CurrentActor,
  IdArg,
  notFound,
  SignInMethod,
} from '@inspraak/api-core';

@ObjectType('SessionInfo', {
  description: 'One of your active sessions (a signed-in browser or device).',
})
export class SessionInfoModel {
  @Field(() => ID) id!: string;
  /** The browser's User-Agent, as it introduced itself. */
  @Field(() => String, { nullable: true }) userAgent!: string | null;
  @Field() organisationName!: string;
  @Field(() => SignInMethod) signInMethod!: SignInMethod;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
  @Field(() => GraphQLISODateTime) lastUsedAt!: Date;
  @Field(() => GraphQLISODateTime) expiresAt!: Date;
  @Field({ description: 'The session of this request.' }) current!: boolean;
}

/**
 * A person's own sessions, across their organisations: sessions belong to the
 * person, so this reads and ends only rows with the caller's user id.
 */
@Resolver()
export class SessionsResolver {
  constructor(private readonly dataSource: DataSource) {}

  @Query(() => [SessionInfoModel], {
    description: 'Your active sessions, most recently used first.',
  })
  @AnyMember()
  mySessions(@CurrentActor() actor: Actor): Promise<SessionInfoModel[]> {
    return this.dataSource.query(
      `SELECT s.id, s.user_agent AS "userAgent", o.name AS "organisationName",
              s.sign_in_method AS "signInMethod", s.created_at AS "createdAt",
              s.last_used_at AS "lastUsedAt", s.expires_at AS "expiresAt",
              s.id = $2 AS current
         FROM session s JOIN organisation o ON o.id = s.organisation_id
        WHERE s.user_id = $1 AND s.expires_at > now()
          AND s.last_used_at > now() - make_interval(mins => o.idle_timeout_minutes)
        ORDER BY s.id = $2 DESC, s.last_used_at DESC
        LIMIT 100`,
      [actor.userId, actor.sessionId],
    );
  }

  @Mutation(() => Boolean, {
    description:
      'Ends one of your sessions (the device is signed out at its next request).',
  })
  @AnyMember()
  async endSession(
    @CurrentActor() actor: Actor,
    @IdArg() id: string,
  ): Promise<boolean> {
    const [, count]: [unknown[], number] = await this.dataSource.query(
      `DELETE FROM session WHERE id = $1 AND user_id = $2`,
      [id, actor.userId],
    );
    if (count === 0) throw notFound({ nl: 'Sessie', en: 'Session' });
    return true;
  }

  @Mutation(() => Int, {
    description: 'Ends every session of yours but this one; answers how many.',
  })
  @AnyMember()
  async endOtherSessions(@CurrentActor() actor: Actor): Promise<number> {
    const [, count]: [unknown[], number] = await this.dataSource.query(
      `DELETE FROM session WHERE user_id = $1 AND id <> $2`,
      [actor.userId, actor.sessionId],
    );
    return count;
  }
}
