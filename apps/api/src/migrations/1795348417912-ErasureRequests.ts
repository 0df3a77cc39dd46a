import { MigrationInterface, QueryRunner } from 'typeorm';

export class ErasureRequests1795348417912 implements MigrationInterface {
  name = 'ErasureRequests1795348417912';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "erasure_request" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "display_name" character varying(200), "status" character varying(20) NOT NULL DEFAULT 'OPEN', "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "handled_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0c34e095458940f9fb9619f92de" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f0f7d7cf828ff77a1d575f2eca" ON "erasure_request"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_922b167a0ff6604e3c8b35683d" ON "erasure_request"  ("organisation_id", "status") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP INDEX "public"."IDX_922b167a0ff6604e3c8b35683d"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_f0f7d7cf828ff77a1d575f2eca"`,
    );
    await queryRunner.query(`DROP TABLE "erasure_request"`);
  }
}
