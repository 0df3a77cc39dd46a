import { MigrationInterface, QueryRunner } from 'typeorm';

/** The council's conditions for its advice or consent, kept on the procedure for the letter's "Voorwaarden". */
export class ProcedureConditions1796217936290 implements MigrationInterface {
  name = 'ProcedureConditions1796217936290';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "procedure" ADD "conditions" text NOT NULL DEFAULT ''`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "procedure" DROP COLUMN "conditions"`);
  }
}
