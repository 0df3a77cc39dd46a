import { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationsAndReminders1795348153877
  implements MigrationInterface
{
  name = 'NotificationsAndReminders1795348153877';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(80) NOT NULL, "title_nl" character varying(200) NOT NULL, "title_en" character varying(200) NOT NULL, "body_nl" text NOT NULL, "body_en" text NOT NULL, "link" character varying(300), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_408236c69c4e1b5cf2248d4eff" ON "notification"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_df39e2c2496fde2bd9041c05de" ON "notification"  ("organisation_id", "user_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "outbox_message" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "to_address" character varying(320) NOT NULL, "subject" character varying(300) NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2f36ee5236f2793f3e7bd554589" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d1179b30896cb907f1410a24f7" ON "outbox_message"  ("organisation_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f9abd9217ca3bef49ac24c436a" ON "outbox_message"  ("organisation_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "agreement_reminder" ("organisation_id" uuid NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "participant_id" uuid NOT NULL, "valid_until" date NOT NULL, "kind" character varying(30) NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_43f1b506302ec7caa5da7786c4a" UNIQUE ("participant_id", "valid_until", "kind"), CONSTRAINT "PK_d7b1e0c6f15ad335f5a37baa574" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c1b5a63ddcc47ee48c39fe2878" ON "agreement_reminder"  ("organisation_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP INDEX "public"."IDX_c1b5a63ddcc47ee48c39fe2878"`,
    );
    await queryRunner.query(`DROP TABLE "agreement_reminder"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_f9abd9217ca3bef49ac24c436a"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_d1179b30896cb907f1410a24f7"`,
    );
    await queryRunner.query(`DROP TABLE "outbox_message"`);
    await queryRunner.query(
      `DROP INDEX "public"."IDX_df39e2c2496fde2bd9041c05de"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_408236c69c4e1b5cf2248d4eff"`,
    );
    await queryRunner.query(`DROP TABLE "notification"`);
  }
}
