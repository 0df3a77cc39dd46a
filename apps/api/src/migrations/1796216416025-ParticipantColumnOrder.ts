import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rebuilds `participant` with the columns the match reads for every
 * participant first: fixed-width and never null, then fixed-width nullable,
 * then the arrays it tests, then the rest. PostgreSQL reads a row's columns
 * in order up to the last one a query needs, and can jump straight to a
 * column only while everything before it is fixed-width and not null; with
 * the standing and the masks at the end, behind the free text and the
 * visibility JSON, that walk was a sixth of the match's pass over 50,000
 * participants (bench). Nothing references the table, so it is copied,
 * swapped and given back its constraints and indexes under their names.
 */
export class ParticipantColumnOrder1796216416025 implements MigrationInterface {
  name = 'ParticipantColumnOrder1796216416025';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "participant_reordered" (
      "organisation_id" uuid NOT NULL,
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "user_id" uuid NOT NULL,
      "status" "public"."participation_status" NOT NULL DEFAULT 'ACTIVE',
      "hours_per_month" smallint NOT NULL DEFAULT '0',
      "consent_mask" integer GENERATED ALWAYS AS (participant_consent_mask(consents)) STORED NOT NULL,
      "way_mask" integer GENERATED ALWAYS AS (participant_way_mask(ways_of_taking_part)) STORED NOT NULL,
      "skill_mask" bigint GENERATED ALWAYS AS (participant_uuid_mask(skill_ids)) STORED NOT NULL,
      "theme_mask" bigint GENERATED ALWAYS AS (participant_text_mask(themes)) STORED NOT NULL,
      "employee_id" uuid,
      "accepted_agreement_version" integer,
      "paused_until" date,
      "agreement_valid_until" date,
      "skill_ids" uuid array NOT NULL DEFAULT '{}',
      "themes" character varying(80) array NOT NULL DEFAULT '{}',
      "consents" "public"."consent_purpose" array NOT NULL DEFAULT '{}',
      "ways_of_taking_part" "public"."way_of_taking_part" array NOT NULL DEFAULT '{}',
      "tags" character varying(60) array NOT NULL DEFAULT '{}',
      "languages" character varying(8) array NOT NULL DEFAULT '{}',
      "about" character varying(1000) NOT NULL DEFAULT '',
      "visibility" jsonb NOT NULL,
      "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "left_at" TIMESTAMP WITH TIME ZONE,
      "deletion_scheduled_on" date,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "onboarded_at" TIMESTAMP WITH TIME ZONE
    )`);
    const columns = `"organisation_id", "id", "user_id", "status", "hours_per_month", "employee_id",
      "accepted_agreement_version", "paused_until", "agreement_valid_until", "skill_ids", "themes",
      "consents", "ways_of_taking_part", "tags", "languages", "about", "visibility", "joined_at",
      "left_at", "deletion_scheduled_on", "updated_at", "onboarded_at"`;
    await queryRunner.query(
      `INSERT INTO "participant_reordered" (${columns}) SELECT ${columns} FROM "participant"`,
    );
    await queryRunner.query(`DROP TABLE "participant"`);
    await queryRunner.query(
      `ALTER TABLE "participant_reordered" RENAME TO "participant"`,
    );
    await queryRunner.query(
      `ALTER TABLE "participant" ADD CONSTRAINT "PK_64da4237f502041781ca15d4c41" PRIMARY KEY ("id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "participant" ADD CONSTRAINT "UQ_8a27954e5a62975e1636c31dd8c" UNIQUE ("organisation_id", "user_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8095f5efdf5fbc81674b3c459f" ON "participant" ("organisation_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_40357eec7fe4b23b7834493d3c" ON "participant" ("employee_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d08a5175539ae24be9cb4cac5f" ON "participant" ("organisation_id", "status")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_participant_skill_ids" ON "participant" USING gin ("skill_ids")`,
    );
  }

  public async down(): Promise<void> {
    // Column order carries no meaning for the schema; there is nothing to undo.
  }
}
