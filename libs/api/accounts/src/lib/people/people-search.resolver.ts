import {
  Args,
  Field,
  ID,
  InputType,
  Int,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { IsInt, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import {
  Actor,
  AnyMember,
  CurrentActor,
  MEMBERSHIP_HAS_ACCESS,
  TenantDb,
} from '@inspraak/api-core';

/** Fewer letters than this find too many people to be a choice. */
export const PEOPLE_SEARCH_MIN_LENGTH = 2;
export const PEOPLE_SEARCH_MAX_RESULTS = 20;

@InputType()
export class PeopleSearchInput {
  /** Part of a name; every word must occur in it. */
  @Field()
  @IsString()
  @MinLength(PEOPLE_SEARCH_MIN_LENGTH)
  @MaxLength(100)
  query!: string;

  @Field(() => Int, { defaultValue: 8 })
  @IsInt()
  @Min(1)
  @Max(PEOPLE_SEARCH_MAX_RESULTS)
  limit = 8;
}

/** Someone with an account in the organisation, as a person picker shows them. */
@ObjectType()
export class PersonOption {
  @Field(() => ID) userId!: string;
  @Field() displayName!: string;
  /** What the operations that take a person by address (regie team, owner, action) need. */
  @Field() email!: string;
  @Field(() => String, { nullable: true }) departmentName!: string | null;
  @Field(() => String, { nullable: true }) jobTitle!: string | null;
}

/**
 * Choose a colleague by name instead of typing an exact address. Any member
 * may search (a regie team member can be an employee), only people with a
 * working account in the caller's organisation are found, a few at a time.
 */
@Resolver()
export class PeopleSearchResolver {
  constructor(private readonly tenantDb: TenantDb) {}

  @Query(() => [PersonOption], {
    description:
      'Colleagues with an account whose name contains every word of the query (at least 2 letters), by name, at most 20.',
  })
  @AnyMember()
  async searchPeople(
    @CurrentActor() actor: Actor,
    @Args('input') input: PeopleSearchInput,
  ): Promise<PersonOption[]> {
    const words = input.query
      .trim()
      .split(/\s+/)
      .filter((word) => word.length > 0)
      .slice(0, 5)
      .map((word) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    if (words.join('').replace(/%/g, '').length < PEOPLE_SEARCH_MIN_LENGTH)
      return [];
    const scope = this.tenantDb.scope(actor);
    const conditions = words.map(
      (_, i) => `u.display_name ILIKE $${i + 3} ESCAPE '\\'`,
    );
    return (await scope.manager.query(
      `SELECT u.id AS "userId", u.display_name AS "displayName", u.email, d.name AS "departmentName", e.job_title AS "jobTitle"
         FROM membership m
         JOIN user_account u ON u.id = m.user_id
         LEFT JOIN employee e ON e.id = m.employee_id AND e.organisation_id = m.organisation_id
         LEFT JOIN department d ON d.id = e.department_id AND d.organisation_id = m.organisation_id
        WHERE m.organisation_id = $1 AND ${MEMBERSHIP_HAS_ACCESS} AND ${conditions.join(' AND ')}
        ORDER BY u.display_name, u.id LIMIT $2`,
      [scope.organisationId, input.limit, ...words],
    )) as PersonOption[];
  }
}
