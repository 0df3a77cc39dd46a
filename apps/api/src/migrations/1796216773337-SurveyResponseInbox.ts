import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sealed inbox between a submit and the results (see
 * `SurveyResponseInbox`): a submit no longer writes the response in the
 * transaction that records the link's use. Responses already stored stay
 * where they are.
 */
export class SurveyResponseInbox1796216773337 implements MigrationInterface {
  name = 'SurveyResponseInbox1796216773337';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "survey_response_inbox" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "survey_id" uuid NOT NULL, "submitted_on" date NOT NULL, "department_id" uuid, "location" character varying(100), "contract_type" character varying(30), "respondent_invitation_id" uuid, "answers" jsonb NOT NULL, CONSTRAINT "PK_7a7ba44886ffae3df12576182a3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_e578527171a9a82ea38814af0c" ON "survey_response_inbox" ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_9f337ca0e3377d20440a91f2f1" ON "survey_response_inbox" ("survey_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP INDEX "public"."IDX_9f337ca0e3377d20440a91f2f1"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_e578527171a9a82ea38814af0c"`,
    );
    await queryRunner.query(`DROP TABLE "survey_response_inbox"`);
  }
}
