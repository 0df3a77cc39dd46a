import { Injectable } from '@nestjs/common';
import { DataSource, LessThan } from 'typeorm';
import { LoginFailure, Session } from '../auth/auth.entities';

/** Failed-login records serve the rate limit (minutes) and abuse inquiries (a day); then they go. */
export const LOGIN_FAILURE_RETENTION_HOURS = 24;

/** Deletes what the platform no longer needs to keep: expired sessions and old failed-login records (e-mail, IP). */
@Injectable()
export class RetentionService {
  constructor(private readonly dataSource: DataSource) {}

  async purge(
    now: Date = new Date(),
  ): Promise<{ sessions: number; loginFailures: number }> {
    const sessions = await this.dataSource
      .getRepository(Session)
      .delete({ expiresAt: LessThan(now) });
    const cutoff = new Date(
      now.getTime() - LOGIN_FAILURE_RETENTION_HOURS * 3_600_000,
    );
    const loginFailures = await this.dataSource
      .getRepository(LoginFailure)
      .delete({ attemptedAt: LessThan(cutoff) });
    return {
      sessions: sessions.affected ?? 0,
      loginFailures: loginFailures.affected ?? 0,
    };
  }
}
