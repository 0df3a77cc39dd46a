import {
  INVITATION_BATCH_SIZE,
  invitationLimiter,
  invitationTokenHash,
  newInvitationToken,
} from './invitation-queue';
import { slugFromName } from './setup-organisation';

describe('invitation helpers', () => {
  it('lets one batch of 50 through per 50/rate seconds', () => {
    expect(INVITATION_BATCH_SIZE).toBe(50);
    expect(invitationLimiter(50)).toEqual({ max: 1, duration: 1000 });
    expect(invitationLimiter(100)).toEqual({ max: 1, duration: 500 });
    expect(invitationLimiter(20)).toEqual({ max: 1, duration: 2500 });
    expect(invitationLimiter(1000)).toEqual({ max: 1, duration: 50 });
  });

  it('makes 256-bit url-safe tokens and keeps only their SHA-256', () => {
    const token = newInvitationToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newInvitationToken()).not.toBe(token);
    expect(invitationTokenHash(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(invitationTokenHash(token)).not.toContain(token);
  });

  it('makes a slug from an organisation name', () => {
    expect(slugFromName('Zorggroep Één & Co.')).toBe('zorggroep-een-co');
    expect(slugFromName('  --  ')).toBe('organisatie');
    expect(slugFromName('a'.repeat(100))).toHaveLength(70);
  });
});
