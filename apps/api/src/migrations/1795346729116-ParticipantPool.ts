import { MigrationInterface, QueryRunner } from 'typeorm';

export class ParticipantPool1795346729116 implements MigrationInterface {
  name = 'ParticipantPool1795346729116';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "skill" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(100) NOT NULL, "merged_into_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a0d33334424e64fb78dc3ce7196" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_cae6cbbea32d1511409acc9f7c" ON "skill"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b5b7227cf366db1b7cd4f76204" ON "skill"  ("organisation_id", "name") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."participation_status" AS ENUM('ACTIVE', 'PAUSED', 'LEFT')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."way_of_taking_part" AS ENUM('WORKGROUP', 'SOUNDING_BOARD', 'SURVEY_PANEL', 'AMBASSADOR')`,
    );
    await queryRunner.query(
      `CREATE TABLE "participant" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "employee_id" uuid, "status" "public"."participation_status" NOT NULL DEFAULT 'ACTIVE', "paused_until" date, "skill_ids" uuid array NOT NULL DEFAULT '{}', "tags" character varying(60) array NOT NULL DEFAULT '{}', "themes" character varying(80) array NOT NULL DEFAULT '{}', "hours_per_month" smallint NOT NULL DEFAULT '0', "ways_of_taking_part" "public"."way_of_taking_part" array NOT NULL DEFAULT '{}', "languages" character varying(8) array NOT NULL DEFAULT '{}', "about" character varying(1000) NOT NULL DEFAULT '', "visibility" jsonb NOT NULL, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "left_at" TIMESTAMP WITH TIME ZONE, "deletion_scheduled_on" date, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_8a27954e5a62975e1636c31dd8c" UNIQUE ("organisation_id", "user_id"), CONSTRAINT "PK_64da4237f502041781ca15d4c41" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8095f5efdf5fbc81674b3c459f" ON "participant"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_40357eec7fe4b23b7834493d3c" ON "participant"  ("employee_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d08a5175539ae24be9cb4cac5f" ON "participant"  ("organisation_id", "status") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_participant_skill_ids" ON "participant" USING gin ("skill_ids")`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."consent_purpose" AS ENUM('WORKGROUP', 'SOUNDING_BOARD', 'SURVEY_PANEL', 'AMBASSADOR')`,
    );
    await queryRunner.query(
      `CREATE TABLE "consent_record" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "participant_id" uuid NOT NULL, "purpose" "public"."consent_purpose" NOT NULL, "granted" boolean NOT NULL, "text_version" character varying(40) NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b357c35aea3aa0be4647282324f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c394a9c842aa095f9a33f42763" ON "consent_record"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_9757b23148beaf8a745198f84d" ON "consent_record"  ("organisation_id", "participant_id", "purpose", "recorded_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "participant_pool_settings" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "profile_retention_days" smallint NOT NULL DEFAULT '30', CONSTRAINT "UQ_382f0ceda0438531f6dcb8ea515" UNIQUE ("organisation_id"), CONSTRAINT "PK_4821c3349bfce726479ddd23d60" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_382f0ceda0438531f6dcb8ea51" ON "participant_pool_settings"  ("organisation_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP INDEX "public"."IDX_382f0ceda0438531f6dcb8ea51"`,
    );
    await queryRunner.query(`DROP TABLE "participant_pool_settings"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_9757b23148beaf8a745198f84d"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_c394a9c842aa095f9a33f42763"`,
    );
    await queryRunner.query(`DROP TABLE "consent_record"`);
    await queryRunner.query(`DROP TYPE "public"."consent_purpose"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_d08a5175539ae24be9cb4cac5f"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_40357eec7fe4b23b7834493d3c"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_8095f5efdf5fbc81674b3c459f"`,
    );
    await queryRunner.query(`DROP INDEX "public"."IDX_participant_skill_ids"`);
    await queryRunner.query(`DROP TABLE "participant"`);
    await queryRunner.query(`DROP TYPE "public"."way_of_taking_part"`);
    await queryRunner.query(`DROP TYPE "public"."participation_status"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_b5b7227cf366db1b7cd4f76204"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_cae6cbbea32d1511409acc9f7c"`,
    );
    await queryRunner.query(`DROP TABLE "skill"`);
  }
}
