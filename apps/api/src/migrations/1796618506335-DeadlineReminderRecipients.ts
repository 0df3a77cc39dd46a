import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who got a deadline reminder, one row per recipient, so that a run that
 * failed halfway is retried only for those not yet mailed.
 */
export class DeadlineReminderRecipients1796618506335
  implements MigrationInterface
{
  name = 'DeadlineReminderRecipients1796618506335';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "deadline_reminder_recipient" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "procedure_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "deadline" date NOT NULL, "days_before" smallint NOT NULL, "user_id" uuid NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_2103971c235b781aa493a2dfab4" UNIQUE ("procedure_id", "kind", "deadline", "days_before", "user_id"), CONSTRAINT "PK_0247c2c00edfaeef6b702cf3459" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_420565fc897bb3cd6d56f1b4c8" ON "deadline_reminder_recipient"  ("organisation_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP INDEX "public"."IDX_420565fc897bb3cd6d56f1b4c8"`,
    );
    await queryRunner.query(`DROP TABLE "deadline_reminder_recipient"`);
  }
}
