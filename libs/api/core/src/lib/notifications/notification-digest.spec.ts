import { digestMailText, isoWeek } from './notification-digest';
import { categoryOf, mailModeFor } from './notification-preferences';

describe('isoWeek', () => {
  it('names the ISO week, also around the turn of the year', () => {
    expect(isoWeek('2026-12-07')).toBe('2026-W50');
    expect(isoWeek('2027-01-01')).toBe('2026-W53');
    expect(isoWeek('2025-12-29')).toBe('2026-W01');
  });
});

describe('mail modes', () => {
  it('holds legal deadlines at "immediately" whatever is stored', () => {
    expect(categoryOf('procedure.deadline-7')).toBe('LEGAL_DEADLINE');
    expect(
      mailModeFor('procedure.deadline-0', { LEGAL_DEADLINE: 'NEVER' } as never),
    ).toBe('IMMEDIATE');
    expect(mailModeFor('action.due_soon', {})).toBe('DIGEST');
    expect(mailModeFor('action.due_soon', { ACTION: 'NEVER' } as never)).toBe(
      'NEVER',
    );
    expect(categoryOf('meeting.invited')).toBe('OTHER');
  });
});

describe('digestMailText', () => {
  const item = {
    id: 'n1',
    titleNl: 'Afspraak over tijd',
    titleEn: 'Action overdue',
    bodyNl: 'Tekst',
    bodyEn: 'Text',
    link: '/my-participation',
  };
  it('writes one mail in the chosen language with each item and its link', () => {
    const en = digestMailText([item], 'en', 'https://x.nl');
    expect(en.subject).toBe('Inspraak: 1 new notification');
    expect(en.text('Mo')).toContain('Dear Mo');
    expect(en.text('Mo')).toContain(
      '- Action overdue\n  Text\n  https://x.nl/my-participation',
    );
    const nl = digestMailText(
      [item, { ...item, id: 'n2' }],
      'nl',
      'https://x.nl',
    );
    expect(nl.subject).toBe('Inspraak: 2 nieuwe meldingen');
    expect(nl.text('Mo')).toContain('Beste Mo');
  });
});
