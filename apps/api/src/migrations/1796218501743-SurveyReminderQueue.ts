import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders are sent like invitations, through the worker's queue: each
 * invitation carries its reminder's state and attempts, and when it was last
 * claimed (so a claim a crash left behind is taken back). Reminders already
 * sent count as SENT.
 */
export class SurveyReminderQueue1796218501743 implements MigrationInterface {
  name = 'SurveyReminderQueue1796218501743';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "survey_invitation" ADD "reminder_status" "public"."invitation_status"`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_invitation" ADD "reminder_attempts" smallint NOT NULL DEFAULT '0'`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_invitation" ADD "claimed_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `UPDATE "survey_invitation" SET "reminder_status" = 'SENT', "reminder_attempts" = 1 WHERE "reminded_at" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d98a7624d9f9ede8c154849c31" ON "survey_invitation" ("survey_id", "reminder_status") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP INDEX "public"."IDX_d98a7624d9f9ede8c154849c31"`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_invitation" DROP COLUMN "claimed_at"`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_invitation" DROP COLUMN "reminder_attempts"`,
    );
    await queryRunner.query(
      `ALTER TABLE "survey_invitation" DROP COLUMN "reminder_status"`,
    );
  }
}
