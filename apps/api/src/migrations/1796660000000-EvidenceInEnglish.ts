import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A piece of evidence keeps its title and summary in English beside the
 * Dutch, so the English interface does not show Dutch sentences. Evidence
 * frozen before keeps its Dutch summary (its counts were not kept apart from
 * the sentence); the title's fixed opening is translated.
 */
export class EvidenceInEnglish1796660000000 implements MigrationInterface {
  name = 'EvidenceInEnglish1796660000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "procedure_evidence" ADD "title_en" character varying(300)`,
    );
    await queryRunner.query(
      `ALTER TABLE "procedure_evidence" ADD "summary_en" text`,
    );
    await queryRunner.query(
      `UPDATE "procedure_evidence" SET "summary_en" = "summary", "title_en" = left(CASE
         WHEN "title" LIKE 'Vragenlijst: %' THEN 'Survey: ' || substr("title", 14)
         WHEN "title" LIKE 'Voor- en nadelen: %' THEN 'Pros and cons: ' || substr("title", 19)
         WHEN "title" LIKE 'Eindverslag werkgroep %' THEN 'Final report of workgroup ' || substr("title", 23)
         WHEN "title" LIKE 'Notulen: %' THEN 'Minutes: ' || substr("title", 10)
         ELSE "title" END, 300)`,
    );
    await queryRunner.query(
      `ALTER TABLE "procedure_evidence" ALTER COLUMN "title_en" SET NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "procedure_evidence" ALTER COLUMN "summary_en" SET NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "procedure_evidence" DROP COLUMN "summary_en"`,
    );
    await queryRunner.query(
      `ALTER TABLE "procedure_evidence" DROP COLUMN "title_en"`,
    );
  }
}
