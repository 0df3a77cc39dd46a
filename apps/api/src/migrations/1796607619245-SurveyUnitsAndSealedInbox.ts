import { MigrationInterface, QueryRunner } from 'typeorm';

export class SurveyUnitsAndSealedInbox1796607619245
  implements MigrationInterface
{
  name = 'SurveyUnitsAndSealedInbox1796607619245';

  /**
   * Responses keep only a reporting unit (for existing ones: their
   * department, which the results map into its unit) and the day of their
   * release (for existing ones: the last day their survey received one);
   * answers waiting in the inbox are released once, as they are, because
   * the migration cannot seal them.
   */
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."reporting_dimension" AS ENUM('DEPARTMENT', 'LOCATION', 'CONTRACT_TYPE')`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey" ADD "report_by" "public"."reporting_dimension" NOT NULL DEFAULT 'DEPARTMENT'`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_invitation" ADD "unit_key" character varying(100)`,
    );
    await queryRunner.query(
      `CREATE TABLE "survey_reporting_unit" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "survey_id" uuid NOT NULL, "key" character varying(100) NOT NULL, "group_keys" character varying(100) array NOT NULL, "invited" integer NOT NULL, "position" smallint NOT NULL, CONSTRAINT "UQ_055bb7baaded5f98410689386d3" UNIQUE ("survey_id", "key"), CONSTRAINT "PK_19d98f6e40a0613eb7b1d62fd45" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a667caf91f80a61749b41c5cbd" ON "survey_reporting_unit"  ("organisation_id") `,
    );

    await queryRunner.query(
      `ALTER TABLE "survey_response" ADD "released_on" date`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_response" ADD "unit_key" character varying(100)`,
    );
    await queryRunner.query(
      `UPDATE "survey_response" r SET unit_key = coalesce(r.department_id::text, ''),
         released_on = (SELECT max(o.submitted_on) FROM "survey_response" o WHERE o.survey_id = r.survey_id)`,
    );
    await queryRunner.query(
      `CREATE TEMPORARY TABLE "released_inbox" AS SELECT w.*, gen_random_uuid() AS response_id FROM "survey_response_inbox" w ORDER BY random()`,
    );
    await queryRunner.query(
      `INSERT INTO "survey_response" (id, organisation_id, survey_id, submitted_on, released_on, unit_key, respondent_invitation_id)
       SELECT response_id, organisation_id, survey_id, current_date, current_date, coalesce(department_id::text, ''), respondent_invitation_id FROM "released_inbox"`,
    );
    await queryRunner.query(
      `INSERT INTO "survey_answer" (organisation_id, survey_id, response_id, question_key, number_value, option_keys, text_value)
       SELECT w.organisation_id, w.survey_id, w.response_id, e.key, (e.value->>'number')::smallint,
              CASE WHEN e.value ? 'options' THEN ARRAY(SELECT jsonb_array_elements_text(e.value->'options'))::varchar[] END,
              e.value->>'text'
       FROM "released_inbox" w CROSS JOIN LATERAL jsonb_each(w.answers) e`,
    );
    await queryRunner.query(`DROP TABLE "released_inbox"`);
    await queryRunner.query(`DELETE FROM "survey_response_inbox"`);

    await queryRunner.query(
      `DROP INDEX "public"."IDX_c8b40a3ba8650dd910da2f8b35"`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_response" ALTER COLUMN "released_on" SET NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_response" ALTER COLUMN "unit_key" SET NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_response" DROP COLUMN "submitted_on"`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_response" DROP COLUMN "department_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_response" DROP COLUMN "location"`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_response" DROP COLUMN "contract_type"`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_cd623f0c78e2422e9f6fee0b07" ON "survey_response"  ("survey_id", "unit_key") `,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_response_inbox" DROP COLUMN "submitted_on"`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_response_inbox" DROP COLUMN "department_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_response_inbox" DROP COLUMN "answers"`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_response_inbox" DROP COLUMN "location"`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_response_inbox" DROP COLUMN "contract_type"`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_response_inbox" ADD "sealed" bytea NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP INDEX "public"."IDX_cd623f0c78e2422e9f6fee0b07"`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_response_inbox" DROP COLUMN "sealed"`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_response" DROP COLUMN "unit_key"`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_response" DROP COLUMN "released_on"`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_invitation" DROP COLUMN "unit_key"`,
    );
    await queryRunner.query(`ALTER TABLE "survey" DROP COLUMN "report_by"`);
    await queryRunner.query(`DROP TYPE "public"."reporting_dimension"`);
    await queryRunner.query(
      `ALTER TABLE "survey_response_inbox" ADD "contract_type" character varying(30)`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_response_inbox" ADD "location" character varying(100)`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_response_inbox" ADD "answers" jsonb NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_response_inbox" ADD "department_id" uuid`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_response_inbox" ADD "submitted_on" date NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_response" ADD "contract_type" character varying(30)`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_response" ADD "location" character varying(100)`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_response" ADD "department_id" uuid`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_response" ADD "submitted_on" date NOT NULL`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_a667caf91f80a61749b41c5cbd"`,
    );
    await queryRunner.query(`DROP TABLE "survey_reporting_unit"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_c8b40a3ba8650dd910da2f8b35" ON "survey_response" USING btree ("department_id", "survey_id") `,
    );
  }
}
