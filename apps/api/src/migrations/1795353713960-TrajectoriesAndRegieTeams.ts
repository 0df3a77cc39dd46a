import { MigrationInterface, QueryRunner } from 'typeorm';

export class TrajectoriesAndRegieTeams1795353713960
  implements MigrationInterface
{
  name = 'TrajectoriesAndRegieTeams1795353713960';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "phase_settings" ("organisation_id" uuid NOT NULL, "phases" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_74e18c3dca63e02a93ea031e4b8" PRIMARY KEY ("organisation_id"))`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."trajectory_status" AS ENUM('ACTIVE', 'COMPLETED', 'CANCELLED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "trajectory" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(200) NOT NULL, "description" text NOT NULL, "decision" text NOT NULL, "owner_user_id" uuid NOT NULL, "department_ids" uuid array NOT NULL DEFAULT '{}', "phases" jsonb NOT NULL, "current_phase" smallint NOT NULL DEFAULT '0', "status" "public"."trajectory_status" NOT NULL DEFAULT 'ACTIVE', "starts_on" date, "ends_on" date, "budget_line" character varying(200), "published" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_373f211dd1c96fdf1344f604847" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6d1910904b4323c7c11fadf363" ON "trajectory"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_5651d189d17a9bb872d165dd41" ON "trajectory"  ("organisation_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."regie_team_role" AS ENUM('MEDEZEGGENSCHAP', 'HRM', 'BESTUURDER', 'ADVISEUR_PARTICIPATIE')`,
    );
    await queryRunner.query(
      `CREATE TABLE "regie_team_member" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "trajectory_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" "public"."regie_team_role" NOT NULL, "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_0d9c3a1079e4fb2453528693155" UNIQUE ("trajectory_id", "user_id"), CONSTRAINT "PK_9f75b2ce6542372dfa667266106" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_83072c1394406ffcdaf3cfdfb9" ON "regie_team_member"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "trajectory_event" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "trajectory_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" character varying(60) NOT NULL, "text_nl" text NOT NULL, "text_en" text NOT NULL, "actor_name" character varying(200) NOT NULL, "public" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_62e435caf8eec8c323bcb61bb70" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7a184647682fd2700665eb9b27" ON "trajectory_event"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8b89ca1b7ebeb45f0af539cc96" ON "trajectory_event"  ("trajectory_id", "at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."call_status" AS ENUM('OPEN', 'CLOSED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "workgroup" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "trajectory_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "goal" text NOT NULL, "skill_ids" uuid array NOT NULL DEFAULT '{}', "size" smallint NOT NULL, "hours_per_month" smallint NOT NULL, "closes_on" date NOT NULL, "call_status" "public"."call_status" NOT NULL DEFAULT 'OPEN', "lead_user_id" uuid, "final_report" text, "report_submitted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8960dee564802442137d846a550" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f613d0635a0d8426ddcfb6c1b8" ON "workgroup"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_45637e2b780160c53d08732830" ON "workgroup"  ("organisation_id", "trajectory_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."membership_status" AS ENUM('APPLIED', 'INVITED', 'MEMBER', 'DECLINED', 'WITHDRAWN', 'ENDED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "workgroup_membership" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "workgroup_id" uuid NOT NULL, "user_id" uuid NOT NULL, "status" "public"."membership_status" NOT NULL, "motivation" character varying(1000), "decision_note" character varying(1000), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_b5a20b654d67163d7a193434a41" UNIQUE ("workgroup_id", "user_id"), CONSTRAINT "PK_b8602d4142fc11503b44c69c457" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2471de723211cced5586ae51f1" ON "workgroup_membership"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "trajectory_document" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "trajectory_id" uuid NOT NULL, "workgroup_id" uuid, "agenda_item_id" uuid, "file_name" character varying(200) NOT NULL, "media_type" character varying(100) NOT NULL, "size_bytes" integer NOT NULL, "content" bytea NOT NULL, "uploaded_by_user_id" uuid NOT NULL, "uploaded_by_name" character varying(200) NOT NULL, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b89e70c9645b179473e2b25ea18" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_46fa87e09e8cee32dff08fe72d" ON "trajectory_document"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_435de010719a2328237cea61f6" ON "trajectory_document"  ("organisation_id", "agenda_item_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_bc59435360d108f64b1c427505" ON "trajectory_document"  ("organisation_id", "workgroup_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."post_kind" AS ENUM('PRO', 'CON', 'IDEA', 'QUESTION')`,
    );
    await queryRunner.query(
      `CREATE TABLE "board_post" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "trajectory_id" uuid NOT NULL, "phase" smallint NOT NULL, "kind" "public"."post_kind" NOT NULL, "text" character varying(2000) NOT NULL, "author_user_id" uuid NOT NULL, "author_department_id" uuid, "name_hidden" boolean NOT NULL DEFAULT false, "hidden" boolean NOT NULL DEFAULT false, "hidden_reason" character varying(500), "response" text, "responded_at" TIMESTAMP WITH TIME ZONE, "theme_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_49b58dfdcb4daf72283096609f0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_1d15043e5f3f0ae43552ae2269" ON "board_post"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_ebd628812a2e2d4e00e9bec2f5" ON "board_post"  ("organisation_id", "author_user_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b65c672dc79d2dfa282d37ae68" ON "board_post"  ("organisation_id", "trajectory_id", "phase") `,
    );
    await queryRunner.query(
      `CREATE TABLE "board_support" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "post_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "UQ_6b5b4c8f32de2a5b7bd3101f772" UNIQUE ("post_id", "user_id"), CONSTRAINT "PK_813f86ffbe4f7e778288ae17815" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_878135d8bb4fa56c021e56b6a1" ON "board_support"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "board_theme" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "trajectory_id" uuid NOT NULL, "phase" smallint NOT NULL, "name" character varying(120) NOT NULL, CONSTRAINT "UQ_07ab2f4fc9f9da5f126cfe09864" UNIQUE ("trajectory_id", "phase", "name"), CONSTRAINT "PK_de11c859d3b3411e739c2839c0d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d06cb83ccf5d498818ff86fe53" ON "board_theme"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "board_summary" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "trajectory_id" uuid NOT NULL, "phase" smallint NOT NULL, "text" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_9f97d92b23657dd4001dd008384" UNIQUE ("trajectory_id", "phase"), CONSTRAINT "PK_b847d9929f9c6be11322ad15a1a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c1e10f9c881a419dea80daea53" ON "board_summary"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."meeting_kind" AS ENUM('REGIE_TEAM', 'WORKGROUP', 'OVERLEGVERGADERING')`,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "trajectory_id" uuid NOT NULL, "workgroup_id" uuid, "kind" "public"."meeting_kind" NOT NULL, "title" character varying(200) NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "location" character varying(200) NOT NULL DEFAULT '', "agenda" jsonb NOT NULL DEFAULT '[]', "minutes" text, "minutes_recorded_at" TIMESTAMP WITH TIME ZONE, "invited_on" date NOT NULL, "organiser_name" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dccaf9e4c0e39067d82ccc7bb83" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_4f36d62131777f1d8bfa1b9e2a" ON "meeting"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_0f34e7c92d7a6eca8a42109453" ON "meeting"  ("organisation_id", "trajectory_id", "starts_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "meeting_invitee" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "meeting_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "UQ_3897eb70f5d2aee66b082d48a05" UNIQUE ("meeting_id", "user_id"), CONSTRAINT "PK_e24acce90bb02a11e75648f151b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a97cadf64a0971e55f25df2620" ON "meeting_invitee"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."action_status" AS ENUM('OPEN', 'DONE')`,
    );
    await queryRunner.query(
      `CREATE TABLE "action_item" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "trajectory_id" uuid NOT NULL, "meeting_id" uuid, "confidential" boolean NOT NULL DEFAULT false, "description" character varying(1000) NOT NULL, "owner_user_id" uuid NOT NULL, "due_on" date NOT NULL, "status" "public"."action_status" NOT NULL DEFAULT 'OPEN', "done_at" TIMESTAMP WITH TIME ZONE, "last_reminder" character varying(20), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1214f6f4d832c402751617361c0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8e09a44898ca27abc8abb16881" ON "action_item"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d9d1b397ddd2f22688819e1f56" ON "action_item"  ("organisation_id", "status", "due_on") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_311da397e0942978e7fadf88e5" ON "action_item"  ("organisation_id", "owner_user_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "calendar_feed_token" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, CONSTRAINT "UQ_c61bd25e98674606052b2960b20" UNIQUE ("user_id", "organisation_id"), CONSTRAINT "PK_e016889d5c740abfa7277e0431b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e250e2e56d71c69b1e4a1f2323" ON "calendar_feed_token"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_da3743af69f31ffd278f363bce" ON "calendar_feed_token"  ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE TABLE "phase_evaluation" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "trajectory_id" uuid NOT NULL, "phase" smallint NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "closed_at" TIMESTAMP WITH TIME ZONE, "outcome" text, CONSTRAINT "UQ_964be0b77c8c26d376cca3d3cb9" UNIQUE ("trajectory_id", "phase"), CONSTRAINT "PK_695b28d657c82d7361648facba3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_363e0291fd1c90016a8220f873" ON "phase_evaluation"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "evaluation_response" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "evaluation_id" uuid NOT NULL, "went_well" character varying(2000) NOT NULL, "to_improve" character varying(2000) NOT NULL, CONSTRAINT "PK_0da5a99ee61b210d4456497d258" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2f7be10fc8ca0eccf6dee4e9fc" ON "evaluation_response"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "evaluation_respondent" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "evaluation_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "UQ_717c842bb68cab9a13e70ade706" UNIQUE ("evaluation_id", "user_id"), CONSTRAINT "PK_447f341f3696cdfea5d32c2b202" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_401a63034ba42419370e13bb9e" ON "evaluation_respondent"  ("organisation_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP INDEX "public"."IDX_401a63034ba42419370e13bb9e"`,
    );
    await queryRunner.query(`DROP TABLE "evaluation_respondent"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_2f7be10fc8ca0eccf6dee4e9fc"`,
    );
    await queryRunner.query(`DROP TABLE "evaluation_response"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_363e0291fd1c90016a8220f873"`,
    );
    await queryRunner.query(`DROP TABLE "phase_evaluation"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_da3743af69f31ffd278f363bce"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_e250e2e56d71c69b1e4a1f2323"`,
    );
    await queryRunner.query(`DROP TABLE "calendar_feed_token"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_311da397e0942978e7fadf88e5"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_d9d1b397ddd2f22688819e1f56"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_8e09a44898ca27abc8abb16881"`,
    );
    await queryRunner.query(`DROP TABLE "action_item"`);
    await queryRunner.query(`DROP TYPE "public"."action_status"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_a97cadf64a0971e55f25df2620"`,
    );
    await queryRunner.query(`DROP TABLE "meeting_invitee"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_0f34e7c92d7a6eca8a42109453"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_4f36d62131777f1d8bfa1b9e2a"`,
    );
    await queryRunner.query(`DROP TABLE "meeting"`);
    await queryRunner.query(`DROP TYPE "public"."meeting_kind"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_c1e10f9c881a419dea80daea53"`,
    );
    await queryRunner.query(`DROP TABLE "board_summary"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_d06cb83ccf5d498818ff86fe53"`,
    );
    await queryRunner.query(`DROP TABLE "board_theme"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_878135d8bb4fa56c021e56b6a1"`,
    );
    await queryRunner.query(`DROP TABLE "board_support"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_b65c672dc79d2dfa282d37ae68"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_ebd628812a2e2d4e00e9bec2f5"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_1d15043e5f3f0ae43552ae2269"`,
    );
    await queryRunner.query(`DROP TABLE "board_post"`);
    await queryRunner.query(`DROP TYPE "public"."post_kind"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_bc59435360d108f64b1c427505"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_435de010719a2328237cea61f6"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_46fa87e09e8cee32dff08fe72d"`,
    );
    await queryRunner.query(`DROP TABLE "trajectory_document"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_2471de723211cced5586ae51f1"`,
    );
    await queryRunner.query(`DROP TABLE "workgroup_membership"`);
    await queryRunner.query(`DROP TYPE "public"."membership_status"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_45637e2b780160c53d08732830"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_f613d0635a0d8426ddcfb6c1b8"`,
    );
    await queryRunner.query(`DROP TABLE "workgroup"`);
    await queryRunner.query(`DROP TYPE "public"."call_status"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_8b89ca1b7ebeb45f0af539cc96"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_7a184647682fd2700665eb9b27"`,
    );
    await queryRunner.query(`DROP TABLE "trajectory_event"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_83072c1394406ffcdaf3cfdfb9"`,
    );
    await queryRunner.query(`DROP TABLE "regie_team_member"`);
    await queryRunner.query(`DROP TYPE "public"."regie_team_role"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_5651d189d17a9bb872d165dd41"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_6d1910904b4323c7c11fadf363"`,
    );
    await queryRunner.query(`DROP TABLE "trajectory"`);
    await queryRunner.query(`DROP TYPE "public"."trajectory_status"`);
    await queryRunner.query(`DROP TABLE "phase_settings"`);
  }
}
