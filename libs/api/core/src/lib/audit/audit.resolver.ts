import {
  Args,
  Field,
  ID,
  Int,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { GraphQLISODateTime } from '@nestjs/graphql';
import { Role } from '@inspraak/domain';
import { IsOptional, IsUUID, Max, Min } from 'class-validator';
import { ArgsType } from '@nestjs/graphql';
import { Actor } from '../auth/actor';
import { CurrentActor, RequireRoles } from '../auth/access.decorators';
import { TenantDb } from '../tenancy/tenant-scope';
import { AuditEntry } from './audit-entry.entity';

@ObjectType('AuditEntry')
export class AuditEntryModel {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) actorEmail!: string | null;
  @Field() action!: string;
  @Field() entityType!: string;
  @Field() entityId!: string;
  /** JSON of the changed fields: `{ field: [before, after] }`. */
  @Field() changes!: string;
  @Field(() => GraphQLISODateTime) at!: Date;
}

@ArgsType()
class AuditLogArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  entityId?: string;
  @Field(() => Int, { defaultValue: 0 }) @Min(0) offset = 0;
  @Field(() => Int, { defaultValue: 50 }) @Min(1) @Max(200) limit = 50;
}

/** The audit trail is read by the participation advisor, who answers for the platform's use. */
@Resolver()
export class AuditResolver {
  constructor(private readonly tenantDb: TenantDb) {}

  @Query(() => [AuditEntryModel])
  @RequireRoles(Role.ADVISEUR)
  async auditLog(
    @CurrentActor() actor: Actor,
    @Args() args: AuditLogArgs,
  ): Promise<AuditEntryModel[]> {
    const entries = await this.tenantDb
      .scope(actor)
      .repo(AuditEntry)
      .find({
        where: args.entityId ? { entityId: args.entityId } : {},
        order: { at: 'DESC' },
        skip: args.offset,
        take: args.limit,
      });
    return entries.map((e) => ({ ...e, changes: JSON.stringify(e.changes) }));
  }
}
