import { Injectable } from '@nestjs/common';
import { DataSource, LessThan } from 'typeorm';
import {
  LoginFailure,
  PasswordResetToken,
  Session,
} from '../auth/auth.entities';

/** Failed-login records serve the rate limit (minutes) and abuse inquiries (a day); then they go. */
export const LOGIN_FAILURE_RETENTION_HOURS = 24;

/**
 * Deletes what the platform no longer needs to keep: sessions past their
 * lifetime or their organisation's idle timeout, old failed-login records
 * (e-mail, IP) and reset links a day after they stopped working.
 */
@Injectable()
export class RetentionService {
  constructor(private readonly dataSource: DataSource) {}

  async purge(
    now: Date = new Date(),
  ): Promise<{ sessions: number; loginFailures: number }> {
    const expired = await this.dataSource
      .getRepository(Session)
      .delete({ expiresAt: LessThan(now) });
    // TypeORM answers a DELETE with [rows, count].
    const [, idle]: [unknown[], number] = await this.dataSource.query(
      `DELETE FROM session s USING organisation o
        WHERE o.id = s.organisation_id
          AND s.last_used_at < $1::timestamptz - make_interval(mins => o.idle_timeout_minutes)`,
      [now],
    );
    const sessions = { affected: (expired.affected ?? 0) + idle };
    const cutoff = new Date(
      now.getTime() - LOGIN_FAILURE_RETENTION_HOURS * 3_600_000,
    );
    const loginFailures = await this.dataSource
      .getRepository(LoginFailure)
      .delete({ attemptedAt: LessThan(cutoff) });
    await this.dataSource.getRepository(PasswordResetToken).delete({
      expiresAt: LessThan(cutoff),
    });
    return {
      sessions: sessions.affected,
      loginFailures: loginFailures.affected ?? 0,
    };
  }
}
