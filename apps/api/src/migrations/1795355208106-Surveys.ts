import { MigrationInterface, QueryRunner } from 'typeorm';

export class Surveys1795355208106 implements MigrationInterface {
  name = 'Surveys1795355208106';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."survey_status" AS ENUM('DRAFT', 'PUBLISHED', 'CLOSED')`);
    await queryRunner.query(`CREATE TYPE "public"."survey_mode" AS ENUM('ANONYMOUS', 'CONFIDENTIAL', 'IDENTIFIED')`);
    await queryRunner.query(`CREATE TABLE "survey" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "introduction" text NOT NULL DEFAULT '', "definition" jsonb NOT NULL, "status" "public"."survey_status" NOT NULL DEFAULT 'DRAFT', "mode" "public"."survey_mode" NOT NULL DEFAULT 'ANONYMOUS', "threshold" smallint NOT NULL DEFAULT '5', "audience" jsonb NOT NULL, "trajectory_id" uuid, "series_id" uuid NOT NULL, "run" smallint NOT NULL DEFAULT '1', "closes_at" TIMESTAMP WITH TIME ZONE, "remind_at" TIMESTAMP WITH TIME ZONE, "reminded_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "created_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f0da32b9181e9c02ecf0be11ed3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_d06591910f3d3a7b01e9e274e4" ON "survey"  ("organisation_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_dafe75ccb45a2140cfc8c48732" ON "survey"  ("organisation_id", "created_at") `);
    await queryRunner.query(`CREATE TYPE "public"."invitation_status" AS ENUM('PENDING', 'SENDING', 'SENT', 'FAILED')`);
    await queryRunner.query(`CREATE TABLE "survey_invitation" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "survey_id" uuid NOT NULL, "email" character varying(320) NOT NULL, "display_name" character varying(200) NOT NULL, "department_id" uuid, "location" character varying(100), "contract_type" character varying(30), "token_hash" character(64), "status" "public"."invitation_status" NOT NULL DEFAULT 'PENDING', "attempts" smallint NOT NULL DEFAULT '0', "last_error" character varying(500), "sent_at" TIMESTAMP WITH TIME ZONE, "reminded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_a464630ed82a556b8c8300c65c2" UNIQUE ("survey_id", "email"), CONSTRAINT "PK_cec5c4bf3e2b8193d2b88f11c22" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_efb9beb4726df646090abd8989" ON "survey_invitation"  ("organisation_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c01b54a7a3aeefadd4d435a90b" ON "survey_invitation"  ("token_hash") WHERE token_hash IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_148f965952f84d142f4640e32b" ON "survey_invitation"  ("survey_id", "status") `);
    await queryRunner.query(`CREATE TABLE "survey_token_use" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "survey_id" uuid NOT NULL, "invitation_id" uuid NOT NULL, "used_on" date NOT NULL, CONSTRAINT "UQ_c1d54cba39874541801eefb75b0" UNIQUE ("invitation_id"), CONSTRAINT "PK_8a3cc2bc54d93e33cec6b0399a4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_073bb9194984382ead40215975" ON "survey_token_use"  ("organisation_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_83a919ac8fc3ccbac52b3bce94" ON "survey_token_use"  ("survey_id") `);
    await queryRunner.query(`CREATE TABLE "survey_response" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "survey_id" uuid NOT NULL, "submitted_on" date NOT NULL, "department_id" uuid, "location" character varying(100), "contract_type" character varying(30), "respondent_invitation_id" uuid, CONSTRAINT "PK_d9326eb52bf8b23d56a39ce419a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b0126a512b8576f94d6693674a" ON "survey_response"  ("organisation_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_c8b40a3ba8650dd910da2f8b35" ON "survey_response"  ("survey_id", "department_id") `);
    await queryRunner.query(`CREATE TABLE "survey_answer" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "survey_id" uuid NOT NULL, "response_id" uuid NOT NULL, "question_key" character varying(60) NOT NULL, "number_value" smallint, "option_keys" character varying(60) array, "text_value" text, CONSTRAINT "PK_5a2a931b95ad2a866f8bc039db9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_4053f1b126a53d925ae5b2c255" ON "survey_answer"  ("organisation_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_a7223b9109e9d9e0009e8bbc89" ON "survey_answer"  ("response_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_2e7ba9afa40e7020a718312683" ON "survey_answer"  ("survey_id", "question_key") `);
    await queryRunner.query(`CREATE TABLE "survey_result_snapshot" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "survey_id" uuid NOT NULL, "trajectory_id" uuid, "title" character varying(200) NOT NULL, "content" text NOT NULL, "content_hash" character(64) NOT NULL, "created_by_name" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b5547faf128e9b918ee4c75cfc7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_bb2ac53c3bc6a3dbce2ddc4515" ON "survey_result_snapshot"  ("organisation_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_bb2ac53c3bc6a3dbce2ddc4515"`);
    await queryRunner.query(`DROP TABLE "survey_result_snapshot"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2e7ba9afa40e7020a718312683"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a7223b9109e9d9e0009e8bbc89"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4053f1b126a53d925ae5b2c255"`);
    await queryRunner.query(`DROP TABLE "survey_answer"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c8b40a3ba8650dd910da2f8b35"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b0126a512b8576f94d6693674a"`);
    await queryRunner.query(`DROP TABLE "survey_response"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_83a919ac8fc3ccbac52b3bce94"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_073bb9194984382ead40215975"`);
    await queryRunner.query(`DROP TABLE "survey_token_use"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_148f965952f84d142f4640e32b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c01b54a7a3aeefadd4d435a90b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_efb9beb4726df646090abd8989"`);
    await queryRunner.query(`DROP TABLE "survey_invitation"`);
    await queryRunner.query(`DROP TYPE "public"."invitation_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_dafe75ccb45a2140cfc8c48732"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d06591910f3d3a7b01e9e274e4"`);
    await queryRunner.query(`DROP TABLE "survey"`);
    await queryRunner.query(`DROP TYPE "public"."survey_mode"`);
    await queryRunner.query(`DROP TYPE "public"."survey_status"`);
  }
}
