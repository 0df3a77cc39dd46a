import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether the employees were consulted becomes a fact of its own, so that it
 * can be recorded after the first overlegvergadering too. Procedures that
 * recorded the step (or still stand in that stage) keep it.
 */
export class ProcedureEmployeesConsulted1796650000000
  implements MigrationInterface
{
  name = 'ProcedureEmployeesConsulted1796650000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "procedure" ADD "employees_consulted" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `UPDATE "procedure" p SET "employees_consulted" = true WHERE p."state" = 'EMPLOYEES_CONSULTED' OR EXISTS (SELECT 1 FROM "procedure_step" s WHERE s."procedure_id" = p."id" AND s."event" = 'RECORD_CONSULTATION')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "procedure" DROP COLUMN "employees_consulted"`,
    );
  }
}
