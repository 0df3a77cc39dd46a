import { PERSONAL_DATA_FIELDS } from '@inspraak/shared';
import { I18N_DICTIONARIES } from '@inspraak/web-core';
import { TestBed } from '@angular/core/testing';
import { overviewWords, toReadableOverview } from './personal-data-overview';

/**
 * An export with every field any context contributes (the integration test
 * `personal-data.integration-spec.ts` checks that the real export holds no
 * other field than PERSONAL_DATA_FIELDS), filled as the API fills it.
 */
const FULL_EXPORT = {
  generatedAt: '2026-12-07T10:15:00.000Z',
  explanation: { nl: 'Alle gegevens', en: 'All data' },
  account: {
    email: 'mila@demo.nl',
    displayName: 'Mila de Vries',
    createdAt: '2026-01-05T08:00:00.000Z',
    roles: ['MEDEWERKER', 'OR_LID'],
  },
  directoryEntry: {
    employeeNumber: 'E-1001',
    firstName: 'Mila',
    lastName: 'de Vries',
    email: 'mila@demo.nl',
    department: 'Zorg',
    location: 'Utrecht',
    jobTitle: 'Verpleegkundige',
    contractType: 'VAST',
    employmentStart: '2019-04-01',
    status: 'ACTIVE',
    leftOn: null,
  },
  participation: {
    status: 'PAUSED',
    pausedUntil: '2027-01-31',
    joinedAt: '2026-02-01T09:30:00.000Z',
    leftAt: null,
    deletionScheduledOn: null,
    skills: ['Planning', 'Excel'],
    tags: ['roosters'],
    themes: ['werkdruk'],
    hoursPerMonth: 6,
    waysOfTakingPart: ['WORKGROUP', 'SOUNDING_BOARD'],
    languages: ['nl', 'en'],
    about: 'Ik denk graag mee.',
    visibility: {
      skills: 'COLLEAGUES',
      themes: 'COLLEAGUES',
      availability: 'ADVISOR_ONLY',
      about: 'ADVISOR_ONLY',
    },
  },
  consents: [
    {
      purpose: 'WORKGROUP',
      granted: true,
      textVersion: 2,
      recordedAt: '2026-02-01T09:30:00.000Z',
    },
  ],
  agreementAcceptances: [
    {
      version: 1,
      contentHash:
        'a3f1c9e2b4d6f8a0c2e4a6b8d0f2a4c6e8b0d2f4a6c8e0b2d4f6a8c0e2b4d6f8',
      acceptedAt: '2026-02-01T09:31:00.000Z',
      validUntil: '2027-02-01',
    },
  ],
  accountHistory: {
    createdAt: '2026-01-05T08:00:00.000Z',
    activatedAt: '2026-01-06T08:00:00.000Z',
    blockedAt: null,
    lastSignInAt: '2026-12-07T08:00:00.000Z',
    passwordChangedAt: '2026-06-01T12:00:00.000Z',
  },
  sessions: [
    {
      device: 'Firefox op Linux',
      signInMethod: 'PASSWORD',
      createdAt: '2026-12-07T08:00:00.000Z',
      lastUsedAt: '2026-12-07T09:00:00.000Z',
      expiresAt: '2026-12-14T08:00:00.000Z',
    },
  ],
  accountInvitations: [
    {
      status: 'ACCEPTED',
      createdAt: '2026-01-05T08:00:00.000Z',
      sentAt: '2026-01-05T08:01:00.000Z',
      acceptedAt: '2026-01-06T08:00:00.000Z',
    },
  ],
  regieTeamSeats: [
    {
      trajectory: 'Nieuwe roosters',
      role: 'MEDEZEGGENSCHAP',
      joinedAt: '2026-03-01T10:00:00.000Z',
    },
  ],
  boardPosts: [
    {
      trajectory: 'Nieuwe roosters',
      phase: 1,
      kind: 'PRO',
      text: 'Minder overdrachten',
      nameHidden: false,
      hidden: false,
      hiddenReason: null,
      response: 'Dank, nemen we mee.',
      createdAt: '2026-03-02T10:00:00.000Z',
    },
  ],
  boardSupports: [{ trajectory: 'Nieuwe roosters', post: 'Vaste teams' }],
  workgroups: [
    {
      workgroup: 'Werkgroep roosters',
      status: 'APPLIED',
      motivation: 'Ik werk al jaren met roosters.',
      decisionNote: null,
      createdAt: '2026-03-03T10:00:00.000Z',
      decidedAt: null,
    },
  ],
  meetingInvitations: [
    { meeting: 'Startbijeenkomst', startsAt: '2026-03-10T13:00:00.000Z' },
  ],
  actions: [
    {
      description: 'Roosters van drie teams verzamelen',
      dueOn: '2026-03-20',
      status: 'OPEN',
      doneAt: null,
      createdAt: '2026-03-10T14:00:00.000Z',
    },
  ],
  evaluationsAnswered: 2,
  calendarFeed: true,
  surveyInvitations: [
    {
      survey: 'Pulsmeting',
      mode: 'CONFIDENTIAL',
      status: 'SENT',
      sentAt: '2026-04-01T08:00:00.000Z',
      remindedAt: null,
      answeredOn: '2026-04-02',
      answers: [
        {
          question: {
            nl: 'Mijn werkdruk is goed te doen.',
            en: 'My workload is manageable.',
          },
          number: 3,
          options: null,
          text: null,
        },
        {
          question: { nl: 'Wat kies je?', en: 'What do you choose?' },
          number: null,
          options: [{ nl: 'Thuiswerken', en: 'Working from home' }],
          text: null,
        },
        {
          question: 'Open vraag',
          number: null,
          options: null,
          text: 'Meer overleg',
        },
      ],
    },
  ],
  notifications: [
    {
      kind: 'workgroup.invited',
      title: 'Uitnodiging voor werkgroep roosters',
      createdAt: '2026-03-04T10:00:00.000Z',
      readAt: null,
    },
  ],
  activity: [
    {
      action: 'participant.profile-updated',
      entityType: 'Participant',
      at: '2026-02-03T10:00:00.000Z',
    },
  ],
};

function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => keysOf(item, into));
  else if (value !== null && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) {
      into.add(key);
      keysOf(inner, into);
    }
  return into;
}

function allTexts(sections: ReturnType<typeof toReadableOverview>['sections']) {
  return sections.flatMap((s) => [
    s.title,
    ...[...s.rows, ...s.items.flat()].flatMap((r) => [r.label, r.value]),
  ]);
}

describe('the readable overview of personal data', () => {
  it('is tested against every field any context exports', () => {
    const present = keysOf(FULL_EXPORT);
    const missing = PERSONAL_DATA_FIELDS.filter((f) => !present.has(f));
    expect(missing).toEqual([]);
  });

  it.each([
    ['nl', 'nl-NL'],
    ['en', 'en-GB'],
  ] as const)(
    'in %s: labels every field, shows no camelCase key, id or ISO timestamp',
    (language, locale) => {
      const dictionaries = TestBed.inject(I18N_DICTIONARIES);
      const { sections, unlabelled } = toReadableOverview(
        FULL_EXPORT,
        overviewWords(dictionaries[language].personalData, locale),
      );
      expect(unlabelled).toEqual([]);
      const texts = allTexts(sections);
      const offending = texts.filter(
        (t) =>
          /\b[a-z]+[A-Z]\w*\b/.test(t) ||
          /[0-9a-f]{8}-[0-9a-f]{4}-/i.test(t) ||
          /\d{4}-\d{2}-\d{2}/.test(t) ||
          /\b[A-Z]{2,}_[A-Z_]+\b/.test(t) ||
          /[{}]/.test(t),
      );
      expect(offending).toEqual([]);
    },
  );

  it('shows names, words for codes, human dates and nested objects readably', () => {
    const dictionaries = TestBed.inject(I18N_DICTIONARIES);
    const { sections } = toReadableOverview(
      FULL_EXPORT,
      overviewWords(dictionaries.nl.personalData, 'nl-NL'),
    );
    const participation = sections.find((s) => s.key === 'participation')!;
    const row = (label: string) =>
      participation.rows.find((r) => r.label === label)?.value;
    expect(participation.title).toBe('Deelname');
    expect(row('Gepauzeerd tot')).toBe('31 januari 2027');
    expect(row('Vaardigheden')).toBe('Planning, Excel');
    expect(row('Manieren van meedoen')).toBe('Werkgroep, Klankbordgroep');
    expect(row('Wie wat van je profiel ziet')).toBe(
      'Vaardigheden: Collega’s; Onderwerpen: Collega’s; Beschikbaarheid: Alleen de adviseur; Over mij: Alleen de adviseur',
    );
    expect(row('Lid sinds')).toBe('1 februari 2026 om 10:30');
    const activity = sections.find((s) => s.key === 'activity')!;
    expect(activity.items[0]).toEqual([
      { label: 'Wat er gebeurde', value: 'Profiel bijgewerkt' },
      { label: 'Betreft', value: 'Deelname' },
      { label: 'Wanneer', value: '3 februari 2026 om 11:00' },
    ]);
  });

  it('spells out a field it has no label for, and reports it', () => {
    const dictionaries = TestBed.inject(I18N_DICTIONARIES);
    const { sections, unlabelled } = toReadableOverview(
      { account: { favouriteColour: 'blue', someId: 'x' } },
      overviewWords(dictionaries.en.personalData, 'en-GB'),
    );
    expect(unlabelled).toEqual(['favouriteColour']);
    expect(sections[0]!.rows).toEqual([
      { label: 'Favourite colour', value: 'blue' },
    ]);
  });

  it('shows a survey question and its chosen options as the survey asked them, in the reader’s language', () => {
    const dictionaries = TestBed.inject(I18N_DICTIONARIES);
    const answersIn = (language: 'nl' | 'en', locale: string) =>
      toReadableOverview(
        FULL_EXPORT,
        overviewWords(dictionaries[language].personalData, locale),
      ).sections.find((s) => s.key === 'surveyInvitations')!.items[0]!;
    const answers = (language: 'nl' | 'en', locale: string) =>
      answersIn(language, locale).find(
        (row) =>
          row.label === dictionaries[language].personalData.fields.answers,
      )!.value;
    expect(answers('nl', 'nl-NL')).toContain('Mijn werkdruk is goed te doen.');
    expect(answers('nl', 'nl-NL')).toContain('Thuiswerken');
    expect(answers('en', 'en-GB')).toContain('My workload is manageable.');
    expect(answers('en', 'en-GB')).toContain('Working from home');
    expect(answers('en', 'en-GB')).not.toContain('Thuiswerken');
  });
});
