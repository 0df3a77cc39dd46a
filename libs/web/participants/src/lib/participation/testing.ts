import type {
  AgreementVersion,
  Participation,
  Skill,
} from '../data-access/participants-api';

/** Test data for the participation specs. */
export const SKILLS: Skill[] = [
  { id: 's-excel', name: 'Excel', participantCount: 3 },
  { id: 's-plan', name: 'Planning', participantCount: 5 },
  { id: 's-zorg', name: 'Wondzorg', participantCount: 1 },
];

export function agreementVersion(
  overrides: Partial<AgreementVersion> = {},
): AgreementVersion {
  return {
    id: 'v2',
    version: 2,
    title: 'Deelnemersovereenkomst 2026',
    markdown:
      '# Afspraken\n\nJe doet **vrijwillig** mee.\n\n- Je mag altijd stoppen',
    contentHash: 'hash-v2',
    termMonths: 12,
    previousVersionsValidUntil: null,
    publishedAt: '2026-04-01T09:00:00.000Z',
    status: 'PUBLISHED',
    acceptedCount: 3,
    ...overrides,
  };
}

export function participation(
  overrides: Partial<Participation> = {},
): Participation {
  return {
    id: 'p1',
    status: 'ACTIVE',
    pausedUntil: null,
    skillIds: ['s-plan'],
    tags: ['roosters'],
    themes: ['werkdruk'],
    hoursPerMonth: 6,
    waysOfTakingPart: ['WORKGROUP'],
    languages: ['nl', 'so'],
    about: 'Verpleegkundige op de nachtdienst.',
    consents: ['WORKGROUP', 'SURVEY_PANEL'],
    visibility: {
      skills: 'COLLEAGUES',
      themes: 'ADVISOR_ONLY',
      availability: 'ADVISOR_ONLY',
      about: 'ADVISOR_ONLY',
    },
    joinedAt: '2026-03-01T09:00:00.000Z',
    deletionScheduledOn: null,
    agreement: null,
    ...overrides,
  };
}

export function input(el: HTMLElement, selector: string): HTMLInputElement {
  const found = el.querySelector<HTMLInputElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

export function type(el: HTMLElement, selector: string, value: string): void {
  const field = el.querySelector<
    HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement
  >(selector);
  if (!field) throw new Error(`no ${selector}`);
  field.value = value;
  field.dispatchEvent(
    new Event(field instanceof HTMLSelectElement ? 'change' : 'input'),
  );
}

export function click(el: HTMLElement, selector: string): void {
  const found = el.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  found.click();
}

export function buttonByText(el: HTMLElement, text: string): HTMLButtonElement {
  const button = Array.from(el.querySelectorAll('button')).find(
    (b) => b.textContent?.trim() === text,
  );
  if (!button) throw new Error(`no button "${text}"`);
  return button;
}
