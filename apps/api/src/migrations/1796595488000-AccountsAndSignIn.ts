import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts of real organisations: a membership belongs to a directory entry
 * and can wait for its invitation to be accepted, be blocked, or end when the
 * entry leaves; sessions know when they were last used and how they began;
 * single-use password reset links; invitation mail as a queue.
 */
export class AccountsAndSignIn1796595488000 implements MigrationInterface {
  name = 'AccountsAndSignIn1796595488000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "password_reset_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_838af121380dfe3a6330e04f5bb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7eabb22ed38459ffc24dc8b415" ON "password_reset_token"  ("user_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_a802f319abf4af2432d629dfe5" ON "password_reset_token"  ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."account_invitation_status" AS ENUM('PENDING', 'SENDING', 'SENT', 'FAILED', 'ACCEPTED', 'REVOKED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "account_invitation" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "membership_id" uuid NOT NULL, "run_id" uuid NOT NULL, "status" "public"."account_invitation_status" NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "claimed_at" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "token_hash" character(64), "expires_at" TIMESTAMP WITH TIME ZONE, "accepted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_25f527dbcc0338b7a7f563e3a6e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e334dbee7b5cdf6f21e76934ca" ON "account_invitation"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_1a39a4775a66d942da5e6bff14" ON "account_invitation"  ("membership_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_26ceadf96372357fd5f0df040f" ON "account_invitation"  ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_account_invitation_waiting" ON "account_invitation"  ("membership_id") WHERE status IN ('PENDING', 'SENDING')`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_76f0aacc3e8c0fb495912adc06" ON "account_invitation"  ("organisation_id", "run_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "account_invitation_run" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_by_user_id" uuid NOT NULL, "invitation_count" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_25aa056fff105391704bd801306" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_072cc48b2fe7093507d685fe08" ON "account_invitation_run"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c35eb3821bb1dda1966c7d7875" ON "account_invitation_run"  ("organisation_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation" ADD "email_domains" character varying(253) array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation" ADD "password_login_allowed" boolean NOT NULL DEFAULT true`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation" ADD "idle_timeout_minutes" integer NOT NULL DEFAULT '120'`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_account" ADD "password_changed_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TABLE "membership" ADD "employee_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "membership" ADD "activated_at" TIMESTAMP WITH TIME ZONE DEFAULT now()`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD "blocked_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "session" ADD "last_used_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`,
    );
    await queryRunner.query(
      `ALTER TABLE "session" ADD "user_agent" character varying(300)`,
    );
    await queryRunner.query(
      `ALTER TABLE "session" ADD "sign_in_method" character varying(20) NOT NULL DEFAULT 'PASSWORD'`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_account" ALTER COLUMN "password_hash" DROP NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "UQ_c5cd8a381eaeb88141910d72cf1" UNIQUE ("organisation_id", "employee_id")`,
    );
    // Every employee holds MEDEWERKER from now on.
    await queryRunner.query(
      `UPDATE "membership" SET "roles" = array_append("roles", 'MEDEWERKER') WHERE NOT ('MEDEWERKER' = ANY("roles"))`,
    );
    // Accounts made before the link existed are linked once to the entry with their address; from now on the link, not the address, counts.
    await queryRunner.query(`UPDATE "membership" m SET "employee_id" = e."id"
      FROM "user_account" u, "employee" e
      WHERE u."id" = m."user_id" AND e."organisation_id" = m."organisation_id" AND e."email" = u."email" AND m."employee_id" IS NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "membership" DROP CONSTRAINT "UQ_c5cd8a381eaeb88141910d72cf1"`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_account" ALTER COLUMN "password_hash" SET NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "session" DROP COLUMN "sign_in_method"`,
    );
    await queryRunner.query(`ALTER TABLE "session" DROP COLUMN "user_agent"`);
    await queryRunner.query(`ALTER TABLE "session" DROP COLUMN "last_used_at"`);
    await queryRunner.query(
      `ALTER TABLE "membership" DROP COLUMN "blocked_at"`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" DROP COLUMN "activated_at"`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" DROP COLUMN "employee_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_account" DROP COLUMN "password_changed_at"`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation" DROP COLUMN "idle_timeout_minutes"`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation" DROP COLUMN "password_login_allowed"`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation" DROP COLUMN "email_domains"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_c35eb3821bb1dda1966c7d7875"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_072cc48b2fe7093507d685fe08"`,
    );
    await queryRunner.query(`DROP TABLE "account_invitation_run"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_76f0aacc3e8c0fb495912adc06"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."UQ_account_invitation_waiting"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_26ceadf96372357fd5f0df040f"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_1a39a4775a66d942da5e6bff14"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_e334dbee7b5cdf6f21e76934ca"`,
    );
    await queryRunner.query(`DROP TABLE "account_invitation"`);
    await queryRunner.query(`DROP TYPE "public"."account_invitation_status"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_a802f319abf4af2432d629dfe5"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_7eabb22ed38459ffc24dc8b415"`,
    );
    await queryRunner.query(`DROP TABLE "password_reset_token"`);
  }
}
