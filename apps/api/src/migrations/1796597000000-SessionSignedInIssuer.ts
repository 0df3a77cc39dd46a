import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A single sign-on session remembers the issuer that signed it in, so only
 * organisations trusting that issuer accept it. Sessions started through
 * single sign-on before this have no issuer and end.
 */
export class SessionSignedInIssuer1796597000000 implements MigrationInterface {
  name = 'SessionSignedInIssuer1796597000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "session" ADD "signed_in_issuer" character varying(500)`,
    );
    await queryRunner.query(
      `DELETE FROM "session" WHERE "sign_in_method" = 'OIDC'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "session" DROP COLUMN "signed_in_issuer"`,
    );
  }
}
