import { MigrationInterface, QueryRunner } from 'typeorm';

export class SortitionDraws1795347862750 implements MigrationInterface {
  name = 'SortitionDraws1795347862750';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "sortition_draw" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "way_of_taking_part" "public"."way_of_taking_part" NOT NULL, "seats" smallint NOT NULL, "reserves" smallint NOT NULL, "strata_by" character varying(20) array NOT NULL, "seed" character varying(100) NOT NULL, "algorithm_version" character varying(120) NOT NULL, "input" jsonb NOT NULL, "result" jsonb NOT NULL, "created_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_858395164d43adab101401ad6dd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_29151781e08bfc8117f30d53c8" ON "sortition_draw"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7874b64c775ed1e5db588b73cc" ON "sortition_draw"  ("organisation_id", "created_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP INDEX "public"."IDX_7874b64c775ed1e5db588b73cc"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_29151781e08bfc8117f30d53c8"`,
    );
    await queryRunner.query(`DROP TABLE "sortition_draw"`);
  }
}
