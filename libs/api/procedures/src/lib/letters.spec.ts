import { ProcedureType } from '@inspraak/domain';
import { draftLetter } from './letters.service';
import {
  EvidenceKind,
  Procedure,
  ProcedureEvidence,
  WorSettings,
} from './procedure.entities';

const procedure = Object.assign(new Procedure(), {
  type: ProcedureType.ADVICE,
  item: 'e',
  title: 'Nieuwe teamindeling',
  requestReceivedOn: '2026-01-05',
  reasonsStated: true,
  consequencesStated: true,
  measuresStated: true,
  meetingDates: ['2026-02-10'],
  conditions: '',
  response: null,
  responseSummary: null,
});
const settings = Object.assign(new WorSettings(), {
  councilName: 'Ondernemingsraad',
  letterheadAddress: '',
  signatory: 'A. de Vries',
});
const evidence = (kind: EvidenceKind, content: unknown) =>
  Object.assign(new ProcedureEvidence(), {
    kind,
    title: kind,
    summary: 'samenvatting',
    content: JSON.stringify(content),
    contentHash: 'a'.repeat(64),
  });

describe('the draft advice letter', () => {
  it('says what the employees said: the board summary and contributions per kind, the survey figures per question and the workgroup conclusions', () => {
    const letter = draftLetter(
      procedure,
      [
        evidence(EvidenceKind.BOARD_SUMMARY, {
          summary: 'Vooral kortere lijnen genoemd.',
          postsPerKind: [
            { kind: 'CON', count: 2 },
            { kind: 'PRO', count: 5 },
          ],
        }),
        evidence(EvidenceKind.SURVEY_RESULTS, {
          results: {
            respondents: 12,
            questions: [
              {
                text: { nl: 'Ik kan mijn werk aan', en: 'I can cope' },
                overall: {
                  answered: 12,
                  mean: 2.75,
                  agreePercentage: 40,
                  enps: null,
                },
              },
              {
                text: { nl: 'Te weinig antwoorden', en: 'Too few' },
                overall: null,
              },
            ],
          },
        }),
        evidence(EvidenceKind.WORKGROUP_REPORT, {
          report: 'De werkgroep adviseert een proefperiode van drie maanden.',
        }),
      ],
      settings,
      'Zorg BV',
      '2026-03-01',
    );
    expect(letter).toContain(
      'Samenvatting van het regieteam: Vooral kortere lijnen genoemd.',
    );
    expect(letter).toContain('Inbreng per soort: 2 nadelen, 5 voordelen.');
    expect(letter).toContain(
      'Ik kan mijn werk aan: gemiddeld 2,8, 40% eens (12 antwoorden).',
    );
    expect(letter).not.toContain('Te weinig antwoorden');
    expect(letter).toContain(
      'Conclusies van de werkgroep: De werkgroep adviseert een proefperiode van drie maanden.',
    );
  });

  it('adds no figures from a survey under the threshold', () => {
    const letter = draftLetter(
      procedure,
      [
        evidence(EvidenceKind.SURVEY_RESULTS, {
          results: {
            respondents: null,
            questions: [
              {
                text: { nl: 'Vraag', en: 'Question' },
                overall: {
                  answered: 3,
                  mean: 4,
                  agreePercentage: 100,
                  enps: null,
                },
              },
            ],
          },
        }),
      ],
      settings,
      'Zorg BV',
      '2026-03-01',
    );
    expect(letter).not.toContain('gemiddeld');
  });
});
