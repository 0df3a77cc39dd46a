import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795344377954 implements MigrationInterface {
  name = 'Initial1795344377954';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "organisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "slug" character varying(80) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_b800a0efd2f9f19719d0c4d793" ON "organisation"  ("slug") `,
    );
    await queryRunner.query(
      `CREATE TABLE "user_account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(320) NOT NULL, "display_name" character varying(200) NOT NULL, "password_hash" character varying(255) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6acfec7285fdf9f463462de3e9f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_56a0e4bcec2b5411beafa47ffa" ON "user_account"  ("email") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."role" AS ENUM('ADVISEUR', 'HR', 'OR_LID', 'OR_SECRETARIS', 'BESTUURDER', 'MEDEWERKER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "membership" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "roles" "public"."role" array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_83b51efdef81bac87874f7f2ebd" UNIQUE ("organisation_id", "user_id"), CONSTRAINT "PK_83c1afebef3059472e7c37e8de8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_be659e88cd5ed71eef6d4122aa" ON "membership"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e9c72e8d29784031c96f5c6af8" ON "membership"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "session" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_701cb1f435a29daa15b97b563c" ON "session"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_a83507eb0338ac037780e02f2b" ON "session"  ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_30e98e8746699fb9af235410af" ON "session"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "login_failure" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email_key" character varying(320) NOT NULL, "ip_address" character varying(64) NOT NULL, "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5df78140d5d3f4afc249d879cdf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_df47f131af308058d960f4f3fa" ON "login_failure"  ("ip_address", "attempted_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_87011cf29354acc4bbdc836bf0" ON "login_failure"  ("email_key", "attempted_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_entry" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "actor_user_id" uuid, "actor_email" character varying(320), "action" character varying(80) NOT NULL, "entity_type" character varying(80) NOT NULL, "entity_id" character varying(80) NOT NULL, "changes" jsonb NOT NULL DEFAULT '{}', "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8cf6e342d6a6c0a41055792122" ON "audit_entry"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_5e5485fb7cff988c80cd517e03" ON "audit_entry"  ("organisation_id", "at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_11d19acb4efeb531fa623265e3" ON "audit_entry"  ("organisation_id", "entity_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "department" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "parent_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_d6c3c5fc5fc70af6a7a0c50841b" UNIQUE ("organisation_id", "parent_id", "name"), CONSTRAINT "PK_9a2213262c1593bffb581e382f5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c84ade69c16ffb4806bc12ecea" ON "department"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_110d56d702b0880fe9b005878e" ON "department"  ("parent_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."contract_type" AS ENUM('VAST', 'TIJDELIJK', 'OPROEP', 'INHUUR', 'STAGE')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."employment_status" AS ENUM('ACTIVE', 'LEFT')`,
    );
    await queryRunner.query(
      `CREATE TABLE "employee" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "employee_number" character varying(50) NOT NULL, "first_name" character varying(100) NOT NULL, "last_name" character varying(150) NOT NULL, "email" character varying(320) NOT NULL, "department_id" uuid, "location" character varying(100), "job_title" character varying(150), "contract_type" "public"."contract_type", "employment_start" date, "status" "public"."employment_status" NOT NULL DEFAULT 'ACTIVE', "left_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_2c9df6f4a3c9d0a36f309cbeb09" UNIQUE ("organisation_id", "email"), CONSTRAINT "UQ_dc436786a03ec9ccc4b84a2489e" UNIQUE ("organisation_id", "employee_number"), CONSTRAINT "PK_3c2bc72f03fd5abbbc5ac169498" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_1a976738512ea17ae3f4628e38" ON "employee"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d62835db8c0aec1d18a5a92754" ON "employee"  ("department_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_4b073a128e43453741732aa083" ON "employee"  ("organisation_id", "last_name") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."import_mode" AS ENUM('FULL', 'PARTIAL')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."import_status" AS ENUM('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "employee_import" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "file_name" character varying(255) NOT NULL, "mode" "public"."import_mode" NOT NULL, "status" "public"."import_status" NOT NULL DEFAULT 'QUEUED', "content" bytea, "progress" integer NOT NULL DEFAULT '0', "total_rows" integer NOT NULL DEFAULT '0', "processed_rows" integer NOT NULL DEFAULT '0', "created_count" integer NOT NULL DEFAULT '0', "updated_count" integer NOT NULL DEFAULT '0', "unchanged_count" integer NOT NULL DEFAULT '0', "marked_left_count" integer NOT NULL DEFAULT '0', "error_count" integer NOT NULL DEFAULT '0', "errors" jsonb NOT NULL DEFAULT '[]', "failure_code" character varying(80), "created_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_3a775dfd1c008b88abdd54f3ecd" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_697568d81c8559a9d5e13c7065" ON "employee_import"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_1e231805ae340152988097af27" ON "employee_import"  ("organisation_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "department" ADD CONSTRAINT "FK_110d56d702b0880fe9b005878e9" FOREIGN KEY ("parent_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "employee" ADD CONSTRAINT "FK_d62835db8c0aec1d18a5a927549" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "employee" DROP CONSTRAINT "FK_d62835db8c0aec1d18a5a927549"`,
    );
    await queryRunner.query(
      `ALTER TABLE "department" DROP CONSTRAINT "FK_110d56d702b0880fe9b005878e9"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_1e231805ae340152988097af27"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_697568d81c8559a9d5e13c7065"`,
    );
    await queryRunner.query(`DROP TABLE "employee_import"`);
    await queryRunner.query(`DROP TYPE "public"."import_status"`);
    await queryRunner.query(`DROP TYPE "public"."import_mode"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_4b073a128e43453741732aa083"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_d62835db8c0aec1d18a5a92754"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_1a976738512ea17ae3f4628e38"`,
    );
    await queryRunner.query(`DROP TABLE "employee"`);
    await queryRunner.query(`DROP TYPE "public"."employment_status"`);
    await queryRunner.query(`DROP TYPE "public"."contract_type"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_110d56d702b0880fe9b005878e"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_c84ade69c16ffb4806bc12ecea"`,
    );
    await queryRunner.query(`DROP TABLE "department"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_11d19acb4efeb531fa623265e3"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_5e5485fb7cff988c80cd517e03"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_8cf6e342d6a6c0a41055792122"`,
    );
    await queryRunner.query(`DROP TABLE "audit_entry"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_87011cf29354acc4bbdc836bf0"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_df47f131af308058d960f4f3fa"`,
    );
    await queryRunner.query(`DROP TABLE "login_failure"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_30e98e8746699fb9af235410af"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_a83507eb0338ac037780e02f2b"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_701cb1f435a29daa15b97b563c"`,
    );
    await queryRunner.query(`DROP TABLE "session"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_e9c72e8d29784031c96f5c6af8"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_be659e88cd5ed71eef6d4122aa"`,
    );
    await queryRunner.query(`DROP TABLE "membership"`);
    await queryRunner.query(`DROP TYPE "public"."role"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_56a0e4bcec2b5411beafa47ffa"`,
    );
    await queryRunner.query(`DROP TABLE "user_account"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_b800a0efd2f9f19719d0c4d793"`,
    );
    await queryRunner.query(`DROP TABLE "organisation"`);
  }
}
