import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each phase says whether it is the decision phase, instead of the advisor's
 * view recognising it by a name starting with "besluit" (organisations rename
 * their phases). Existing phases keep what that rule gave them.
 */
export class DecisionPhaseMarker1796219000000 implements MigrationInterface {
  name = 'DecisionPhaseMarker1796219000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['phase_settings', 'trajectory']) {
      await queryRunner.query(
        `UPDATE "${table}" SET "phases" = (
           SELECT coalesce(jsonb_agg(CASE WHEN phase ? 'decision' THEN phase
                                          ELSE phase || jsonb_build_object('decision', (phase ->> 'nl') ILIKE 'besluit%') END
                                     ORDER BY position), '[]'::jsonb)
           FROM jsonb_array_elements("phases") WITH ORDINALITY AS list(phase, position))`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['phase_settings', 'trajectory']) {
      await queryRunner.query(
        `UPDATE "${table}" SET "phases" = (
           SELECT coalesce(jsonb_agg(phase - 'decision' ORDER BY position), '[]'::jsonb)
           FROM jsonb_array_elements("phases") WITH ORDINALITY AS list(phase, position))`,
      );
    }
  }
}
