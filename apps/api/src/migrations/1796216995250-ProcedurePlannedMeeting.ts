import { MigrationInterface, QueryRunner } from 'typeorm';

/** The overlegvergadering planned on a procedure, whose invitation has a deadline of its own (art. 14: 7 days ahead). */
export class ProcedurePlannedMeeting1796216995250
  implements MigrationInterface
{
  name = 'ProcedurePlannedMeeting1796216995250';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "procedure" ADD "planned_meeting_on" date`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "procedure" DROP COLUMN "planned_meeting_on"`,
    );
  }
}
