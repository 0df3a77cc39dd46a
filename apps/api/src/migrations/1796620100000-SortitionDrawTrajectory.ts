import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A fair draw may be made for a trajectory (optional), so its next step can
 * be to invite the people drawn to that trajectory's workgroup or call.
 * No foreign key: the participants context reads trajectories through their
 * table only, and a draw stays on record if the trajectory is removed.
 */
export class SortitionDrawTrajectory1796620100000
  implements MigrationInterface
{
  name = 'SortitionDrawTrajectory1796620100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "sortition_draw" ADD "trajectory_id" uuid`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "sortition_draw" DROP COLUMN "trajectory_id"`,
    );
  }
}
