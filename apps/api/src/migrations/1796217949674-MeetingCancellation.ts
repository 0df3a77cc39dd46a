import { MigrationInterface, QueryRunner } from 'typeorm';

/** A meeting can be called off, with a reason for the invitees. */
export class MeetingCancellation1796217949674 implements MigrationInterface {
  name = 'MeetingCancellation1796217949674';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "meeting" ADD "cancelled_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `ALTER TABLE "meeting" ADD "cancel_reason" character varying(1000)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "meeting" DROP COLUMN "cancel_reason"`,
    );
    await queryRunner.query(`ALTER TABLE "meeting" DROP COLUMN "cancelled_at"`);
  }
}
