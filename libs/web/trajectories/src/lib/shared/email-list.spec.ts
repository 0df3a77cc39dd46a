import { parseEmailList } from './email-list';

describe('parseEmailList', () => {
  it('splits on commas, semicolons and new lines and drops empty entries', () => {
    expect(
      parseEmailList(
        'hr@demo.inspraak.nl, or-lid@demo.inspraak.nl;\nbestuurder@demo.inspraak.nl\n\n,',
      ),
    ).toEqual({
      emails: [
        'hr@demo.inspraak.nl',
        'or-lid@demo.inspraak.nl',
        'bestuurder@demo.inspraak.nl',
      ],
      invalid: [],
    });
  });

  it('takes the address from "Name <address>" as mail programs copy it', () => {
    expect(
      parseEmailList('Sanne de Vries <sanne@demo.inspraak.nl>').emails,
    ).toEqual(['sanne@demo.inspraak.nl']);
  });

  it('keeps each address once, whatever its capitals', () => {
    expect(
      parseEmailList('HR@demo.inspraak.nl\nhr@demo.inspraak.nl').emails,
    ).toEqual(['HR@demo.inspraak.nl']);
  });

  it('reports what is not an address, as typed', () => {
    expect(
      parseEmailList('hr@demo.inspraak.nl, jan de vries, piet@, @x.nl'),
    ).toEqual({
      emails: ['hr@demo.inspraak.nl'],
      invalid: ['jan de vries', 'piet@', '@x.nl'],
    });
  });

  it('gives nothing for an empty field', () => {
    expect(parseEmailList('  \n ')).toEqual({ emails: [], invalid: [] });
  });
});
