import { letterFileName } from './letter-section';

describe('letter file names', () => {
  it('are made from the title without accents or spaces', () => {
    expect(
      letterFileName('Reorganisatie Thuiszorg – fase ééN', false, 'PDF'),
    ).toBe('advies-reorganisatie-thuiszorg-fase-een.pdf');
    expect(letterFileName('Roosterregeling', true, 'DOCX')).toBe(
      'besluit-roosterregeling.docx',
    );
    expect(letterFileName('!!!', false, 'DOCX')).toBe('advies-brief.docx');
  });
});
