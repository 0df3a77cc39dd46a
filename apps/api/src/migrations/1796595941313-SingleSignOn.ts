import { MigrationInterface, QueryRunner } from 'typeorm';

export class SingleSignOn1796595941313 implements MigrationInterface {
  name = 'SingleSignOn1796595941313';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "identity_provider" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "issuer" character varying(500) NOT NULL, "client_id" character varying(200) NOT NULL, "client_secret_encrypted" text, "client_secret_env" character varying(100), "enabled" boolean NOT NULL DEFAULT false, "create_accounts" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5f038d63f2887fd0893ae4c5736" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_619db5f07b0c952884d7a46b60" ON "identity_provider"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_identity_provider_organisation" ON "identity_provider"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "oidc_sign_in_attempt" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "state_hash" character(64) NOT NULL, "browser_hash" character(64) NOT NULL, "nonce" character varying(100) NOT NULL, "code_verifier" character varying(200) NOT NULL, "redirect_uri" character varying(600) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_773b5080718171b70528e50e281" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_aa8856837ef1727f0351d0665f" ON "oidc_sign_in_attempt"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_4d6905cdbcba6d13ecaf458339" ON "oidc_sign_in_attempt"  ("state_hash") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_4ad2359b9480c9dcd7d2f93710" ON "oidc_sign_in_attempt"  ("expires_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP INDEX "public"."IDX_4ad2359b9480c9dcd7d2f93710"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_4d6905cdbcba6d13ecaf458339"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_aa8856837ef1727f0351d0665f"`,
    );
    await queryRunner.query(`DROP TABLE "oidc_sign_in_attempt"`);
    await queryRunner.query(
      `DROP INDEX "public"."UQ_identity_provider_organisation"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_619db5f07b0c952884d7a46b60"`,
    );
    await queryRunner.query(`DROP TABLE "identity_provider"`);
  }
}
