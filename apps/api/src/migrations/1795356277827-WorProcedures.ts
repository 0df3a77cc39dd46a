import { MigrationInterface, QueryRunner } from 'typeorm';

export class WorProcedures1795356277827 implements MigrationInterface {
  name = 'WorProcedures1795356277827';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."procedure_type" AS ENUM('ADVICE', 'CONSENT', 'INITIATIVE', 'DIRECTOR_APPOINTMENT', 'COVENANT_ADVICE')`);
    await queryRunner.query(`CREATE TYPE "public"."procedure_state" AS ENUM('RECEIVED', 'IN_PROGRESS', 'EMPLOYEES_CONSULTED', 'MEETING_HELD', 'RESPONSE_SENT', 'DECISION_RECEIVED', 'SUSPENDED', 'CLOSED', 'WITHDRAWN')`);
    await queryRunner.query(`CREATE TYPE "public"."council_response" AS ENUM('POSITIVE', 'NEGATIVE', 'CONDITIONAL')`);
    await queryRunner.query(`CREATE TABLE "procedure" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "type" "public"."procedure_type" NOT NULL, "item" character varying(200), "title" character varying(200) NOT NULL, "request_received_on" date NOT NULL, "request_file_name" character varying(200), "request_media_type" character varying(100), "request_content" bytea, "agreed_term_days" smallint, "meeting_requested_on" date, "reasons_stated" boolean NOT NULL DEFAULT false, "consequences_stated" boolean NOT NULL DEFAULT false, "measures_stated" boolean NOT NULL DEFAULT false, "completeness_notes" text NOT NULL DEFAULT '', "trajectory_id" uuid, "confidential" boolean NOT NULL DEFAULT false, "committee" character varying(200), "state" "public"."procedure_state" NOT NULL DEFAULT 'RECEIVED', "meeting_dates" date array NOT NULL DEFAULT '{}', "response" "public"."council_response", "response_sent_on" date, "response_summary" text, "deviates" boolean, "notice_on" date, "reasons_received_on" date, "suspension_waived" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9888785b528492e7539d96e3894" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_8619326f8b132c26717b86f101" ON "procedure"  ("organisation_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_caea3e05d1e755fc51b1ab178c" ON "procedure"  ("organisation_id", "state") `);
    await queryRunner.query(`CREATE TABLE "procedure_step" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "procedure_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "event" character varying(40) NOT NULL, "state" "public"."procedure_state" NOT NULL, "actor_name" character varying(200) NOT NULL, "note" text NOT NULL DEFAULT '', CONSTRAINT "PK_a726f15085827688a805d874a68" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_1080d0900017af673dedc3b871" ON "procedure_step"  ("organisation_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_0053f70295a9763bc27c9eb838" ON "procedure_step"  ("procedure_id", "at") `);
    await queryRunner.query(`CREATE TYPE "public"."evidence_kind" AS ENUM('SURVEY_RESULTS', 'BOARD_SUMMARY', 'WORKGROUP_REPORT', 'MEETING_MINUTES')`);
    await queryRunner.query(`CREATE TABLE "procedure_evidence" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "procedure_id" uuid NOT NULL, "kind" "public"."evidence_kind" NOT NULL, "source_id" uuid NOT NULL, "title" character varying(300) NOT NULL, "summary" text NOT NULL, "content" text NOT NULL, "content_hash" character(64) NOT NULL, "attached_by_name" character varying(200) NOT NULL, "attached_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_754493e278090e1d7d3b5d9e473" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b4ee3546d06a17f3e331059843" ON "procedure_evidence"  ("organisation_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_c8f019f602e1b88c13d9db41f1" ON "procedure_evidence"  ("procedure_id") `);
    await queryRunner.query(`CREATE TABLE "procedure_letter" ("organisation_id" uuid NOT NULL, "procedure_id" uuid NOT NULL, "draft" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "final_text" text, "finalized_on" date, "final_hash" character(64), CONSTRAINT "PK_cb61c8a68268832c00559ae7cd0" PRIMARY KEY ("procedure_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_12d5a6c3ffcf1a5fe8d96d7fb0" ON "procedure_letter"  ("organisation_id") `);
    await queryRunner.query(`CREATE TABLE "wor_settings" ("organisation_id" uuid NOT NULL, "move_deadlines_to_working_day" boolean NOT NULL DEFAULT false, "council_name" character varying(200) NOT NULL DEFAULT 'Ondernemingsraad', "letterhead_address" text NOT NULL DEFAULT '', "signatory" character varying(200) NOT NULL DEFAULT '', CONSTRAINT "PK_deaac415f83574450c6e6ebe4c2" PRIMARY KEY ("organisation_id"))`);
    await queryRunner.query(`CREATE TABLE "deadline_reminder_sent" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "procedure_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "deadline" date NOT NULL, "days_before" smallint NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_597773d67d14b4b918b64e6f0a9" UNIQUE ("procedure_id", "kind", "deadline", "days_before"), CONSTRAINT "PK_7b7ba25b9d68d6d0998ccea8d11" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_e4ef4f7e145c0b173d5bfa0279" ON "deadline_reminder_sent"  ("organisation_id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_e4ef4f7e145c0b173d5bfa0279"`);
    await queryRunner.query(`DROP TABLE "deadline_reminder_sent"`);
    await queryRunner.query(`DROP TABLE "wor_settings"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_12d5a6c3ffcf1a5fe8d96d7fb0"`);
    await queryRunner.query(`DROP TABLE "procedure_letter"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c8f019f602e1b88c13d9db41f1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b4ee3546d06a17f3e331059843"`);
    await queryRunner.query(`DROP TABLE "procedure_evidence"`);
    await queryRunner.query(`DROP TYPE "public"."evidence_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0053f70295a9763bc27c9eb838"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1080d0900017af673dedc3b871"`);
    await queryRunner.query(`DROP TABLE "procedure_step"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_caea3e05d1e755fc51b1ab178c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8619326f8b132c26717b86f101"`);
    await queryRunner.query(`DROP TABLE "procedure"`);
    await queryRunner.query(`DROP TYPE "public"."council_response"`);
    await queryRunner.query(`DROP TYPE "public"."procedure_state"`);
    await queryRunner.query(`DROP TYPE "public"."procedure_type"`);
  }
}
