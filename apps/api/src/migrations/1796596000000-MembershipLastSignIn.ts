import { MigrationInterface, QueryRunner } from 'typeorm';

/** When someone last signed in to an organisation, for the accounts page. */
export class MembershipLastSignIn1796596000000 implements MigrationInterface {
  name = 'MembershipLastSignIn1796596000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "membership" ADD "last_sign_in_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `UPDATE "membership" m SET "last_sign_in_at" = (SELECT max(s."created_at") FROM "session" s
        WHERE s."user_id" = m."user_id" AND s."organisation_id" = m."organisation_id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "membership" DROP COLUMN "last_sign_in_at"`,
    );
  }
}
