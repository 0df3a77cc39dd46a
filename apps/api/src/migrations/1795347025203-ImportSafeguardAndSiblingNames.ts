import { MigrationInterface, QueryRunner } from 'typeorm';

export class ImportSafeguardAndSiblingNames1795347025203
  implements MigrationInterface
{
  name = 'ImportSafeguardAndSiblingNames1795347025203';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "department" DROP CONSTRAINT "UQ_d6c3c5fc5fc70af6a7a0c50841b"`,
    );
    // NULLS NOT DISTINCT (PostgreSQL 15+) makes top-level names unique too; lower() makes "ICT" and "ict" the same.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_department_sibling_name" ON "department" ("organisation_id", "parent_id", lower("name")) NULLS NOT DISTINCT`,
    );
    await queryRunner.query(
      `ALTER TABLE "employee_import" ADD "allow_many_leavers" boolean NOT NULL DEFAULT false`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "employee_import" DROP COLUMN "allow_many_leavers"`,
    );
    await queryRunner.query(`DROP INDEX "public"."UQ_department_sibling_name"`);
    await queryRunner.query(
      `ALTER TABLE "department" ADD CONSTRAINT "UQ_d6c3c5fc5fc70af6a7a0c50841b" UNIQUE ("organisation_id", "name", "parent_id")`,
    );
  }
}
