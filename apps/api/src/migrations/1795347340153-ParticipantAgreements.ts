import { MigrationInterface, QueryRunner } from 'typeorm';

export class ParticipantAgreements1795347340153 implements MigrationInterface {
  name = 'ParticipantAgreements1795347340153';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."agreement_version_status" AS ENUM('DRAFT', 'PUBLISHED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "agreement_version" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "version" integer, "status" "public"."agreement_version_status" NOT NULL DEFAULT 'DRAFT', "title" character varying(200) NOT NULL, "markdown" text NOT NULL, "content_hash" character(64), "term_months" smallint NOT NULL, "previous_versions_valid_until" date, "published_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_db3e64e691aef50c031de3c135a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7da7a334df6d65e9b37005fc87" ON "agreement_version"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_17cb74deeb9e0fe47e4d9db7ff" ON "agreement_version"  ("organisation_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "agreement_acceptance" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "participant_id" uuid NOT NULL, "version_id" uuid NOT NULL, "version" integer NOT NULL, "content_hash" character(64) NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "valid_until" date NOT NULL, CONSTRAINT "UQ_dbd27764411e840359c7a5e03ff" UNIQUE ("participant_id", "version_id"), CONSTRAINT "PK_cc7954a0c7daa7ffd32c4ad7e96" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_1bb873950113a8f4153f3ccc4e" ON "agreement_acceptance"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_893b032ce10ad4888ed9a9a7d0" ON "agreement_acceptance"  ("participant_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_028ec8f7dfd0271ee28a954df3" ON "agreement_acceptance"  ("organisation_id", "version_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_agreement_one_draft" ON "agreement_version" ("organisation_id") WHERE "status" = 'DRAFT'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_agreement_version_number" ON "agreement_version" ("organisation_id", "version") WHERE "version" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP INDEX "public"."UQ_agreement_version_number"`,
    );
    await queryRunner.query(`DROP INDEX "public"."UQ_agreement_one_draft"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_028ec8f7dfd0271ee28a954df3"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_893b032ce10ad4888ed9a9a7d0"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_1bb873950113a8f4153f3ccc4e"`,
    );
    await queryRunner.query(`DROP TABLE "agreement_acceptance"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_17cb74deeb9e0fe47e4d9db7ff"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_7da7a334df6d65e9b37005fc87"`,
    );
    await queryRunner.query(`DROP TABLE "agreement_version"`);
    await queryRunner.query(`DROP TYPE "public"."agreement_version_status"`);
  }
}
