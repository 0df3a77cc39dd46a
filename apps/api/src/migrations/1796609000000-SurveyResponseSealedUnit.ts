import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A released response's reporting unit stays sealed until its survey closes
 * (see `SurveyResponse.unitKey`). Responses released before keep their key;
 * closing maps every response into its unit.
 */
export class SurveyResponseSealedUnit1796609000000
  implements MigrationInterface
{
  name = 'SurveyResponseSealedUnit1796609000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "survey_response" ADD "sealed_unit" bytea`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_response" ALTER COLUMN "unit_key" DROP NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "survey_response" SET unit_key = '' WHERE unit_key IS NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_response" ALTER COLUMN "unit_key" SET NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_response" DROP COLUMN "sealed_unit"`,
    );
  }
}
