import { ParticipantSnapshot } from './eligibility';

/**
 * A participant who is eligible for every purpose on any day in 2026, so each
 * test only spells out what it changes. Used by the specs; not exported.
 */
export function aParticipant(
  overrides: Partial<ParticipantSnapshot> = {},
): ParticipantSnapshot {
  return {
    id: 'p-001',
    departmentId: 'dep-logistiek',
    location: 'Utrecht',
    contractType: 'VAST',
    skills: [],
    themes: [],
    hoursPerMonth: 4,
    preferredWays: ['WORKGROUP'],
    languages: ['nl'],
    status: 'ACTIVE',
    pausedUntil: null,
    agreement: {
      validUntil: '2027-12-31',
      acceptedVersion: 2,
      currentVersion: 2,
      oldVersionValidUntil: null,
    },
    consents: ['WORKGROUP', 'SOUNDING_BOARD', 'SURVEY_PANEL', 'AMBASSADOR'],
    joinedOn: '2025-03-01',
    ...overrides,
  };
}
