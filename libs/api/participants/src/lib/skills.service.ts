import { Injectable } from '@nestjs/common';
import {
  Actor,
  badInput,
  conflict,
  notFound,
  recordAudit,
  TenantDb,
  TenantScope,
} from '@inspraak/api-core';
import { ParticipationStatus, Skill } from './participants.entities';

const MAX_SKILL_NAME = 100;
const SKILL_NOT_FOUND = () => notFound({ nl: 'Vaardigheid', en: 'Skill' });

/** The organisation's skill catalogue, curated by the advisor: add, rename, merge duplicates. */
@Injectable()
export class SkillsService {
  constructor(private readonly tenantDb: TenantDb) {}

  async list(actor: Actor): Promise<Skill[]> {
    const scope = this.tenantDb.scope(actor);
    const skills = await scope
      .repo(Skill)
      .queryBuilder('s')
      .andWhere('s.mergedIntoId IS NULL')
      .orderBy('lower(s.name)', 'ASC')
      .getMany();
    const counts: { skillId: string; count: string }[] =
      await scope.manager.query(
        `SELECT skill_id AS "skillId", count(*) AS count FROM participant, unnest(skill_ids) AS skill_id
       WHERE organisation_id = $1 AND status <> $2 GROUP BY skill_id`,
        [scope.organisationId, ParticipationStatus.LEFT],
      );
    const bySkill = new Map(counts.map((c) => [c.skillId, Number(c.count)]));
    for (const skill of skills)
      skill.participantCount = bySkill.get(skill.id) ?? 0;
    return skills;
  }

  async add(actor: Actor, name: string): Promise<Skill> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const tidy = await this.freeName(scope, name, null);
      const repo = scope.repo(Skill);
      const skill = await repo.save(
        repo.create({ name: tidy, mergedIntoId: null }),
      );
      await recordAudit(scope, {
        action: 'skill.added',
        entityType: 'Skill',
        entityId: skill.id,
        changes: { name: tidy },
      });
      return skill;
    });
  }

  async rename(actor: Actor, id: string, name: string): Promise<Skill> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const skill = await this.current(scope, id);
      const tidy = await this.freeName(scope, name, id);
      const before = skill.name;
      skill.name = tidy;
      const saved = await scope.repo(Skill).save(skill);
      await recordAudit(scope, {
        action: 'skill.renamed',
        entityType: 'Skill',
        entityId: id,
        changes: { name: [before, tidy] },
      });
      return saved;
    });
  }

  /** Folds a duplicate into another skill: everyone who had either now has the one that stays. */
  async merge(
    actor: Actor,
    duplicateId: string,
    intoId: string,
  ): Promise<Skill> {
    if (duplicateId === intoId) {
      throw badInput('MERGE_INTO_ITSELF', {
        nl: 'Een vaardigheid kan niet met zichzelf worden samengevoegd.',
        en: 'A skill cannot be merged into itself.',
      });
    }
    return this.tenantDb.transaction(actor, async (scope) => {
      const duplicate = await this.current(scope, duplicateId);
      const target = await this.current(scope, intoId);
      duplicate.mergedIntoId = target.id;
      await scope.repo(Skill).save(duplicate);
      const [, moved] = (await scope.manager.query(
        `UPDATE participant SET skill_ids = ARRAY(SELECT DISTINCT unnest(array_replace(skill_ids, $1::uuid, $2::uuid)))
         WHERE organisation_id = $3 AND $1::uuid = ANY(skill_ids)`,
        [duplicate.id, target.id, scope.organisationId],
      )) as [unknown, number];
      await recordAudit(scope, {
        action: 'skill.merged',
        entityType: 'Skill',
        entityId: duplicate.id,
        changes: { into: target.id, name: duplicate.name, participants: moved },
      });
      return target;
    });
  }

  private async current(scope: TenantScope, id: string): Promise<Skill> {
    const skill = await scope
      .repo(Skill)
      .findOneOrFail({ id }, SKILL_NOT_FOUND);
    if (skill.mergedIntoId)
      throw conflict('SKILL_MERGED', {
        nl: 'Deze vaardigheid is al samengevoegd.',
        en: 'This skill has already been merged.',
      });
    return skill;
  }

  private async freeName(
    scope: TenantScope,
    name: string,
    selfId: string | null,
  ): Promise<string> {
    const tidy = name.trim().replace(/\s+/g, ' ');
    if (tidy.length === 0)
      throw badInput(
        'INVALID_INPUT',
        { nl: 'Geef de vaardigheid een naam.', en: 'Give the skill a name.' },
        [
          {
            field: 'name',
            message: {
              nl: 'Dit veld is verplicht.',
              en: 'This field is required.',
            },
          },
        ],
      );
    if (tidy.length > MAX_SKILL_NAME) {
      throw badInput(
        'INVALID_INPUT',
        { nl: 'De naam is te lang.', en: 'The name is too long.' },
        [
          {
            field: 'name',
            message: {
              nl: `Hoogstens ${MAX_SKILL_NAME} tekens.`,
              en: `At most ${MAX_SKILL_NAME} characters.`,
            },
          },
        ],
      );
    }
    const same = await scope
      .repo(Skill)
      .queryBuilder('s')
      .andWhere('lower(s.name) = lower(:name) AND s.mergedIntoId IS NULL', {
        name: tidy,
      })
      .getOne();
    if (same && same.id !== selfId)
      throw conflict('SKILL_EXISTS', {
        nl: `De vaardigheid "${tidy}" bestaat al.`,
        en: `The skill "${tidy}" already exists.`,
      });
    return tidy;
  }
}
