import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each participant's standing (current consents, latest accepted agreement
 * version and its end date) on the participant row, filled from the trails;
 * from now on kept by `refreshStanding` whenever a trail grows.
 */
export class ParticipantStanding1795354437919 implements MigrationInterface {
  name = 'ParticipantStanding1795354437919';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "participant" ADD "consents" "public"."consent_purpose" array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(
      `ALTER TABLE "participant" ADD "accepted_agreement_version" integer`,
    );
    await queryRunner.query(
      `ALTER TABLE "participant" ADD "agreement_valid_until" date`,
    );
    // The rule as it stands at this migration (participant-standing.ts keeps the live copy).
    await queryRunner.query(
      `UPDATE "participant" p SET
         consents = coalesce((
           SELECT array_agg(l.purpose ORDER BY l.purpose) FROM (
             SELECT DISTINCT ON (c.purpose) c.purpose, c.granted FROM consent_record c
             WHERE c.organisation_id = p.organisation_id AND c.participant_id = p.id
             ORDER BY c.purpose, c.recorded_at DESC, c.id DESC) l
           WHERE l.granted), '{}'),
         (accepted_agreement_version, agreement_valid_until) = (
           SELECT a.version, a.valid_until FROM agreement_acceptance a
           WHERE a.organisation_id = p.organisation_id AND a.participant_id = p.id
           ORDER BY a.version DESC LIMIT 1)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "participant" DROP COLUMN "agreement_valid_until"`,
    );
    await queryRunner.query(
      `ALTER TABLE "participant" DROP COLUMN "accepted_agreement_version"`,
    );
    await queryRunner.query(`ALTER TABLE "participant" DROP COLUMN "consents"`);
  }
}
