import { MigrationInterface, QueryRunner } from 'typeorm';

export class CoachingNotesAndOnboarding1795348629332
  implements MigrationInterface
{
  name = 'CoachingNotesAndOnboarding1795348629332';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "coaching_note" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "participant_id" uuid NOT NULL, "author_user_id" uuid NOT NULL, "text" character varying(2000) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b86efcfbe1167dac6b5a27d652c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_9de84fadea8dc674a0b0b0327d" ON "coaching_note"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c797cc0f5ecb7c19e87f2302d3" ON "coaching_note"  ("organisation_id", "participant_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "participant" ADD "onboarded_at" TIMESTAMP WITH TIME ZONE`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "participant" DROP COLUMN "onboarded_at"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_c797cc0f5ecb7c19e87f2302d3"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_9de84fadea8dc674a0b0b0327d"`,
    );
    await queryRunner.query(`DROP TABLE "coaching_note"`);
  }
}
