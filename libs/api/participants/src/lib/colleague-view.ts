import { Injectable } from '@nestjs/common';
import {
  Args,
  Field,
  ID,
  Int,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { Actor, AnyMember, CurrentActor, TenantDb } from '@inspraak/api-core';
import {
  FieldVisibility,
  ParticipationStatus,
  type ProfileVisibility,
} from './participants.entities';
import { PoolPageInput } from './pool.models';

/** A participant as a colleague sees them: a field is null unless the participant chose to show it to colleagues. */
@ObjectType()
export class ColleagueProfile {
  @Field(() => ID) participantId!: string;
  @Field() displayName!: string;
  @Field(() => String, { nullable: true }) departmentName!: string | null;
  /** Where they work, from the directory, like the department. */
  @Field(() => String, { nullable: true }) location!: string | null;
  @Field(() => [String], { nullable: true }) skills!: string[] | null;
  /** Free tags: shown with the skills (the profile asks who may see "skills and tags"). */
  @Field(() => [String], { nullable: true }) tags!: string[] | null;
  @Field(() => [String], { nullable: true }) themes!: string[] | null;
  @Field(() => Int, { nullable: true }) hoursPerMonth!: number | null;
  @Field(() => String, { nullable: true }) about!: string | null;
}

@ObjectType()
export class ColleaguePage {
  @Field(() => [ColleagueProfile]) items!: ColleagueProfile[];
  @Field(() => Int) total!: number;
}

interface Row {
  participantId: string;
  displayName: string;
  departmentName: string | null;
  location: string | null;
  skills: string[];
  tags: string[];
  themes: string[];
  hoursPerMonth: number;
  about: string;
  visibility: ProfileVisibility;
}

/** Who else takes part, as colleagues may see them: only active participants, only the fields they opened up. */
@Injectable()
export class ColleagueViewService {
  constructor(private readonly tenantDb: TenantDb) {}

  async list(
    actor: Actor,
    search: string | undefined,
    page: PoolPageInput,
  ): Promise<ColleaguePage> {
    const scope = this.tenantDb.scope(actor);
    const params: unknown[] = [
      scope.organisationId,
      ParticipationStatus.ACTIVE,
    ];
    let filter = '';
    if (search?.trim()) {
      params.push(`%${search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      filter = `AND u.display_name ILIKE $${params.length}`;
    }
    const from = `FROM participant p JOIN user_account u ON u.id = p.user_id
      LEFT JOIN employee e ON e.id = p.employee_id AND e.organisation_id = p.organisation_id
      LEFT JOIN department d ON d.id = e.department_id AND d.organisation_id = p.organisation_id
      WHERE p.organisation_id = $1 AND p.status = $2 ${filter}`;
    const [{ total }] = (await scope.manager.query(
      `SELECT count(*)::int AS total ${from}`,
      params,
    )) as [{ total: number }];
    const rows = (await scope.manager.query(
      `SELECT p.id AS "participantId", u.display_name AS "displayName", d.name AS "departmentName", e.location,
              ARRAY(SELECT s.name FROM skill s WHERE s.id = ANY (p.skill_ids) AND s.organisation_id = p.organisation_id ORDER BY s.name) AS skills,
              p.tags, p.themes, p.hours_per_month AS "hoursPerMonth", p.about, p.visibility
       ${from} ORDER BY u.display_name, p.id LIMIT ${page.limit} OFFSET ${page.offset}`,
      params,
    )) as Row[];
    const shown = <T>(
      row: Row,
      field: keyof ProfileVisibility,
      value: T,
    ): T | null =>
      row.visibility[field] === FieldVisibility.COLLEAGUES ? value : null;
    return {
      total,
      items: rows.map((row) => ({
        participantId: row.participantId,
        displayName: row.displayName,
        departmentName: row.departmentName,
        location: row.location,
        skills: shown(row, 'skills', row.skills),
        tags: shown(row, 'skills', row.tags),
        themes: shown(row, 'themes', row.themes),
        hoursPerMonth: shown(row, 'availability', row.hoursPerMonth),
        about: shown(row, 'about', row.about),
      })),
    };
  }
}

@Resolver()
export class ColleagueViewResolver {
  constructor(private readonly view: ColleagueViewService) {}

  @Query(() => ColleaguePage, {
    description:
      'Active participants as colleagues see them: only the fields each chose to show.',
  })
  @AnyMember()
  colleagues(
    @CurrentActor() actor: Actor,
    @Args('search', { type: () => String, nullable: true }) search?: string,
    @Args('page', { nullable: true }) page?: PoolPageInput,
  ): Promise<ColleaguePage> {
    return this.view.list(
      actor,
      search?.slice(0, 200),
      page ?? new PoolPageInput(),
    );
  }
}
