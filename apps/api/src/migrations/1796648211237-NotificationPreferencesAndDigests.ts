import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notification preferences per person (digest daily/weekly/off, mail
 * language, mail mode per category), one record per digest sent, and on each
 * notification what happens by mail and when it went.
 */
export class NotificationPreferencesAndDigests1796648211237
  implements MigrationInterface
{
  name = 'NotificationPreferencesAndDigests1796648211237';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification_preference" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "digest" character varying(10) NOT NULL DEFAULT 'DAILY', "language" character varying(2) NOT NULL DEFAULT 'nl', "modes" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "UQ_0bb1201a963b786fe5c67f05a1e" UNIQUE ("organisation_id", "user_id"), CONSTRAINT "PK_ba8d816b10f3dcfcd2e71ce5776" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_018d08ab9e9c689ea890ea9988" ON "notification_preference"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_digest" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "period" character varying(10) NOT NULL, "item_count" integer NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_c1d5d5da4cb7c8b17bd3cf6692a" UNIQUE ("organisation_id", "user_id", "period"), CONSTRAINT "PK_2c7b26f22e8e8ef9774d9878736" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_6c7d1eb1309665f0fde9fb84b6" ON "notification_digest"  ("organisation_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD "mail" character varying(10) NOT NULL DEFAULT 'NONE'`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD "mailed_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_notification_waiting_for_mail" ON "notification" ("organisation_id", "user_id") WHERE "mailed_at" IS NULL AND "mail" <> 'NONE'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP INDEX "public"."IDX_notification_waiting_for_mail"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" DROP COLUMN "mailed_at"`,
    );
    await queryRunner.query(`ALTER TABLE "notification" DROP COLUMN "mail"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_6c7d1eb1309665f0fde9fb84b6"`,
    );
    await queryRunner.query(`DROP TABLE "notification_digest"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_018d08ab9e9c689ea890ea9988"`,
    );
    await queryRunner.query(`DROP TABLE "notification_preference"`);
  }
}
