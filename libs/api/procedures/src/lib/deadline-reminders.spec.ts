import { deadlineReminderText } from './deadline-reminders';

const agreedTerm = {
  date: '2026-12-16',
  nameNl: 'Afgesproken adviestermijn',
  nameEn: 'Agreed term',
};

describe('the words of a deadline reminder', () => {
  it.each([
    ['2026-12-02', 'over 14 dagen', 'in 14 days'],
    ['2026-12-09', 'over 7 dagen', 'in 7 days'],
    ['2026-12-15', 'morgen', 'tomorrow'],
    ['2026-12-16', 'vandaag', 'today'],
  ])('on %s say the deadline is %s', (today, nl, en) => {
    expect(deadlineReminderText('Nieuw rooster', agreedTerm, today)).toEqual({
      titleNl: `Termijn ${nl}: Afgesproken adviestermijn`,
      titleEn: `Deadline ${en}: Agreed term`,
      bodyNl: `Nieuw rooster: Afgesproken adviestermijn op 16 december 2026 (${nl}).`,
      bodyEn: `Nieuw rooster: Agreed term on 16 December 2026 (${en}).`,
    });
  });

  it('counts the days really left when the 7-day reminder is caught up later', () => {
    const text = deadlineReminderText(
      'Nieuw rooster',
      agreedTerm,
      '2026-12-11',
    );
    expect(text.titleNl).toBe(
      'Termijn over 5 dagen: Afgesproken adviestermijn',
    );
    expect(text.titleEn).toBe('Deadline in 5 days: Agreed term');
  });
});
