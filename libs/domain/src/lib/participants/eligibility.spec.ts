import fc from 'fast-check';
import {
  eligibility,
  IneligibleReason,
  ParticipantAgreement,
  PURPOSES,
  WAYS_OF_TAKING_PART,
} from './eligibility';
import { aParticipant } from './participant.fixtures';

const TODAY = '2026-06-15';

function reasonsOf(result: ReturnType<typeof eligibility>): IneligibleReason[] {
  return result.eligible ? [] : result.reasons;
}

function agreement(
  overrides: Partial<ParticipantAgreement> = {},
): ParticipantAgreement {
  return {
    validUntil: '2027-12-31',
    acceptedVersion: 2,
    currentVersion: 2,
    oldVersionValidUntil: null,
    ...overrides,
  };
}

describe('eligibility', () => {
  it('accepts an active participant with a current agreement and consent', () => {
    expect(eligibility(aParticipant(), 'WORKGROUP', TODAY)).toEqual({
      eligible: true,
    });
  });

  it('treats every way of taking part as a purpose of its own', () => {
    expect(PURPOSES).toEqual(WAYS_OF_TAKING_PART);
  });

  describe('leaving', () => {
    it('refuses someone who left', () => {
      expect(
        eligibility(aParticipant({ status: 'LEFT' }), 'WORKGROUP', TODAY),
      ).toEqual({ eligible: false, reasons: ['LEFT'] });
    });

    it('reports LEFT rather than PAUSED for someone who left during a pause', () => {
      const leftWhilePaused = aParticipant({
        status: 'LEFT',
        pausedUntil: '2026-12-01',
      });
      expect(
        reasonsOf(eligibility(leftWhilePaused, 'WORKGROUP', TODAY)),
      ).toEqual(['LEFT']);
    });
  });

  describe('pausing', () => {
    const pausedUntilDecember = aParticipant({
      status: 'PAUSED',
      pausedUntil: '2026-12-01',
    });

    it('refuses a paused participant before the pause ends', () => {
      expect(
        eligibility(pausedUntilDecember, 'WORKGROUP', '2026-11-30'),
      ).toEqual({
        eligible: false,
        reasons: ['PAUSED'],
      });
    });

    it('makes the participant available again on the pause end date itself', () => {
      expect(
        eligibility(pausedUntilDecember, 'WORKGROUP', '2026-12-01'),
      ).toEqual({
        eligible: true,
      });
      expect(
        eligibility(pausedUntilDecember, 'WORKGROUP', '2026-12-02'),
      ).toEqual({
        eligible: true,
      });
    });

    it('keeps a pause without an end date until the participant ends it', () => {
      const pausedIndefinitely = aParticipant({
        status: 'PAUSED',
        pausedUntil: null,
      });
      expect(
        reasonsOf(eligibility(pausedIndefinitely, 'WORKGROUP', '2027-12-31')),
      ).toEqual(['PAUSED']);
    });

    it('honours a future pause date even when the status was not yet updated', () => {
      const staleStatus = aParticipant({
        status: 'ACTIVE',
        pausedUntil: '2026-07-01',
      });
      expect(reasonsOf(eligibility(staleStatus, 'WORKGROUP', TODAY))).toEqual([
        'PAUSED',
      ]);
    });

    it('ignores a pause date that has passed on an active participant', () => {
      const oldPause = aParticipant({
        status: 'ACTIVE',
        pausedUntil: '2026-01-01',
      });
      expect(eligibility(oldPause, 'WORKGROUP', TODAY)).toEqual({
        eligible: true,
      });
    });

    it('compares across month and year boundaries as calendar dates', () => {
      const untilNewYear = aParticipant({
        status: 'PAUSED',
        pausedUntil: '2027-01-01',
      });
      expect(
        eligibility(untilNewYear, 'WORKGROUP', '2026-12-31').eligible,
      ).toBe(false);
      expect(
        eligibility(untilNewYear, 'WORKGROUP', '2027-01-01').eligible,
      ).toBe(true);
    });
  });

  describe('agreement', () => {
    it('refuses someone who never signed an agreement', () => {
      expect(
        reasonsOf(
          eligibility(aParticipant({ agreement: null }), 'WORKGROUP', TODAY),
        ),
      ).toEqual(['NO_AGREEMENT']);
    });

    it('keeps the agreement valid through its last day and expires it the day after', () => {
      const endsToday = aParticipant({
        agreement: agreement({ validUntil: TODAY }),
      });
      expect(eligibility(endsToday, 'WORKGROUP', TODAY)).toEqual({
        eligible: true,
      });
      expect(
        reasonsOf(eligibility(endsToday, 'WORKGROUP', '2026-06-16')),
      ).toEqual(['AGREEMENT_EXPIRED']);
    });

    it('accepts an agreement without an end date', () => {
      const open = aParticipant({ agreement: agreement({ validUntil: null }) });
      expect(eligibility(open, 'WORKGROUP', '2099-12-31')).toEqual({
        eligible: true,
      });
    });

    describe('after a new version is published', () => {
      const acceptedOld = (oldVersionValidUntil: string | null) =>
        aParticipant({
          agreement: agreement({
            acceptedVersion: 1,
            currentVersion: 2,
            oldVersionValidUntil,
          }),
        });

      it('keeps the old acceptance valid through its grace date', () => {
        expect(eligibility(acceptedOld(TODAY), 'WORKGROUP', TODAY)).toEqual({
          eligible: true,
        });
      });

      it('counts the old acceptance as outdated once the grace date has passed', () => {
        expect(
          reasonsOf(eligibility(acceptedOld('2026-06-14'), 'WORKGROUP', TODAY)),
        ).toEqual(['AGREEMENT_VERSION_OUTDATED']);
      });

      it('keeps the old acceptance valid when no grace date was set', () => {
        expect(eligibility(acceptedOld(null), 'WORKGROUP', TODAY)).toEqual({
          eligible: true,
        });
      });

      it('does not look at the grace date of someone who accepted the current version', () => {
        const current = aParticipant({
          agreement: agreement({ oldVersionValidUntil: '2020-01-01' }),
        });
        expect(eligibility(current, 'WORKGROUP', TODAY)).toEqual({
          eligible: true,
        });
      });

      it('reports both expiry and an outdated version when both apply', () => {
        const both = aParticipant({
          agreement: agreement({
            validUntil: '2026-01-31',
            acceptedVersion: 1,
            currentVersion: 3,
            oldVersionValidUntil: '2026-03-01',
          }),
        });
        expect(reasonsOf(eligibility(both, 'WORKGROUP', TODAY))).toEqual([
          'AGREEMENT_EXPIRED',
          'AGREEMENT_VERSION_OUTDATED',
        ]);
      });
    });
  });

  describe('consent per purpose', () => {
    it('refuses a use the participant did not consent to', () => {
      const surveysOnly = aParticipant({ consents: ['SURVEY_PANEL'] });
      expect(eligibility(surveysOnly, 'SURVEY_PANEL', TODAY)).toEqual({
        eligible: true,
      });
      expect(
        reasonsOf(eligibility(surveysOnly, 'SOUNDING_BOARD', TODAY)),
      ).toEqual(['NO_CONSENT_FOR_PURPOSE']);
    });

    it('accepts consents given as a set', () => {
      const asSet = aParticipant({
        consents: new Set(['AMBASSADOR'] as const),
      });
      expect(eligibility(asSet, 'AMBASSADOR', TODAY)).toEqual({
        eligible: true,
      });
      expect(eligibility(asSet, 'WORKGROUP', TODAY).eligible).toBe(false);
    });

    it('refuses every use once all consent is withdrawn', () => {
      const withdrawn = aParticipant({ consents: [] });
      for (const purpose of PURPOSES) {
        expect(reasonsOf(eligibility(withdrawn, purpose, TODAY))).toEqual([
          'NO_CONSENT_FOR_PURPOSE',
        ]);
      }
    });
  });

  it('lists every reason at once, in a fixed order', () => {
    const everythingWrong = aParticipant({
      status: 'PAUSED',
      pausedUntil: null,
      agreement: agreement({
        validUntil: '2026-01-01',
        acceptedVersion: 1,
        oldVersionValidUntil: '2026-02-01',
      }),
      consents: [],
    });
    expect(reasonsOf(eligibility(everythingWrong, 'WORKGROUP', TODAY))).toEqual(
      [
        'PAUSED',
        'AGREEMENT_EXPIRED',
        'AGREEMENT_VERSION_OUTDATED',
        'NO_CONSENT_FOR_PURPOSE',
      ],
    );
  });

  describe('malformed dates', () => {
    it.each([
      '2026-6-15',
      '15-06-2026',
      '2026-02-30',
      '2026-13-01',
      '2026-06-15T00:00',
      '',
    ])('refuses today = "%s"', (today) => {
      expect(() => eligibility(aParticipant(), 'WORKGROUP', today)).toThrow(
        RangeError,
      );
    });

    it('accepts 29 February only in leap years', () => {
      expect(() =>
        eligibility(aParticipant(), 'WORKGROUP', '2028-02-29'),
      ).not.toThrow();
      expect(() =>
        eligibility(aParticipant(), 'WORKGROUP', '2000-02-29'),
      ).not.toThrow();
      expect(() =>
        eligibility(aParticipant(), 'WORKGROUP', '2100-02-29'),
      ).toThrow(RangeError);
    });

    it('names the participant whose stored date is malformed', () => {
      const broken = aParticipant({ id: 'p-broken', pausedUntil: '1-12-2026' });
      expect(() => eligibility(broken, 'WORKGROUP', TODAY)).toThrow(/p-broken/);
      const brokenAgreement = aParticipant({
        id: 'p-agreement',
        agreement: agreement({ validUntil: '2026/12/31' }),
      });
      expect(() => eligibility(brokenAgreement, 'WORKGROUP', TODAY)).toThrow(
        /p-agreement/,
      );
    });
  });

  describe('properties', () => {
    const day = fc
      .date({
        min: new Date('2020-01-01T00:00:00Z'),
        max: new Date('2030-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((date) => date.toISOString().slice(0, 10));
    const participant = fc.record({
      status: fc.constantFrom('ACTIVE', 'PAUSED', 'LEFT' as const),
      pausedUntil: fc.option(day, { nil: null }),
      agreement: fc.option(
        fc.record({
          validUntil: fc.option(day, { nil: null }),
          acceptedVersion: fc.integer({ min: 1, max: 3 }),
          currentVersion: fc.integer({ min: 1, max: 3 }),
          oldVersionValidUntil: fc.option(day, { nil: null }),
        }),
        { nil: null },
      ),
      consents: fc.subarray([...PURPOSES]),
    });

    it('is eligible exactly when there is no reason, and never repeats a reason', () => {
      fc.assert(
        fc.property(
          participant,
          fc.constantFrom(...PURPOSES),
          day,
          (fields, use, today) => {
            const result = eligibility(aParticipant(fields), use, today);
            if (result.eligible) return;
            expect(result.reasons.length).toBeGreaterThan(0);
            expect(new Set(result.reasons).size).toBe(result.reasons.length);
          },
        ),
      );
    });

    it('never lets a participant who left, has no agreement or no consent through', () => {
      fc.assert(
        fc.property(
          participant,
          fc.constantFrom(...PURPOSES),
          day,
          (fields, use, today) => {
            const result = eligibility(aParticipant(fields), use, today);
            const mustRefuse =
              fields.status === 'LEFT' ||
              fields.agreement === null ||
              !fields.consents.includes(use);
            if (mustRefuse) expect(result.eligible).toBe(false);
          },
        ),
      );
    });
  });
});
