import { Question, QuestionOption, SurveyDefinition } from './definition';

export type SurveyTemplateKey = 'PULSE' | 'CHANGE_READINESS' | 'EVALUATION';

export interface SurveyTemplate {
  key: SurveyTemplateKey;
  title: { nl: string; en: string };
  definition: SurveyDefinition;
}

const agree = (key: string, nl: string, en: string): Question => ({
  key,
  kind: 'AGREEMENT_5',
  text: { nl, en },
  required: true,
  options: [],
  condition: null,
});
const open = (
  key: string,
  nl: string,
  en: string,
  condition: Question['condition'] = null,
): Question => ({
  key,
  kind: 'LONG_TEXT',
  text: { nl, en },
  required: false,
  options: [],
  condition,
});
const option = (key: string, nl: string, en: string): QuestionOption => ({
  key,
  label: { nl, en },
});

/** Starting points for HR and the regie team; a survey made from one is a copy that can be edited freely. */
export const SURVEY_TEMPLATES: readonly SurveyTemplate[] = [
  {
    key: 'PULSE',
    title: { nl: 'Pulsmeting', en: 'Pulse survey' },
    definition: {
      sections: [
        {
          key: 'pulse',
          title: { nl: 'Hoe gaat het?', en: 'How are things?' },
          questions: [
            agree(
              'workload',
              'Mijn werkdruk is goed te doen.',
              'My workload is manageable.',
            ),
            agree(
              'informed',
              'Ik word goed geïnformeerd over wat er speelt.',
              'I am well informed about what is going on.',
            ),
            agree(
              'heard',
              'Mijn mening telt mee in mijn team.',
              'My opinion counts in my team.',
            ),
            {
              key: 'enps',
              kind: 'SCALE_0_10',
              text: {
                nl: 'Hoe waarschijnlijk is het dat je onze organisatie aanbeveelt als werkgever?',
                en: 'How likely are you to recommend our organisation as an employer?',
              },
              required: true,
              options: [],
              condition: null,
            },
            open(
              'remarks',
              'Wil je nog iets kwijt?',
              'Anything else you want to say?',
            ),
          ],
        },
      ],
    },
  },
  {
    key: 'CHANGE_READINESS',
    title: { nl: 'Veranderbereidheid', en: 'Change readiness' },
    definition: {
      sections: [
        {
          key: 'understanding',
          title: { nl: 'De verandering', en: 'The change' },
          questions: [
            agree(
              'why',
              'Ik begrijp waarom deze verandering nodig is.',
              'I understand why this change is needed.',
            ),
            agree(
              'impact',
              'Ik weet wat de verandering voor mijn werk betekent.',
              'I know what the change means for my work.',
            ),
            agree(
              'support',
              'Ik sta achter de verandering.',
              'I support the change.',
            ),
            {
              key: 'concern',
              kind: 'SINGLE_CHOICE',
              text: {
                nl: 'Wat is je grootste zorg?',
                en: 'What is your biggest concern?',
              },
              required: false,
              options: [
                option('workload', 'Werkdruk', 'Workload'),
                option('job', 'Mijn functie', 'My job'),
                option('team', 'Mijn team', 'My team'),
                option('none', 'Geen zorgen', 'No concerns'),
              ],
              condition: null,
            },
            open(
              'concern-more',
              'Wat zou je zorg kleiner maken?',
              'What would reduce your concern?',
              { questionKey: 'concern', anyOf: ['workload', 'job', 'team'] },
            ),
          ],
        },
        {
          key: 'involvement',
          title: { nl: 'Betrokkenheid', en: 'Involvement' },
          questions: [
            {
              key: 'ways',
              kind: 'MULTIPLE_CHOICE',
              text: {
                nl: 'Hoe wil je meedenken?',
                en: 'How would you like to take part?',
              },
              required: false,
              options: [
                option('workgroup', 'In een werkgroep', 'In a workgroup'),
                option(
                  'board',
                  'Via voor- en nadelen online',
                  'Through pros and cons online',
                ),
                option('meeting', 'In een bijeenkomst', 'In a meeting'),
              ],
              condition: null,
            },
          ],
        },
      ],
    },
  },
  {
    key: 'EVALUATION',
    title: { nl: 'Evaluatie', en: 'Evaluation' },
    definition: {
      sections: [
        {
          key: 'evaluation',
          title: { nl: 'Terugblik', en: 'Looking back' },
          questions: [
            agree(
              'heard',
              'Ik ben gehoord in dit traject.',
              'I was heard in this trajectory.',
            ),
            agree(
              'clear',
              'Het was duidelijk wat er met mijn inbreng gebeurde.',
              'It was clear what happened with my input.',
            ),
            {
              key: 'priorities',
              kind: 'RANKING',
              text: {
                nl: 'Wat moet de volgende keer beter? Zet in volgorde.',
                en: 'What should be better next time? Put in order.',
              },
              required: false,
              options: [
                option('information', 'Informatie', 'Information'),
                option('time', 'Tijd om mee te doen', 'Time to take part'),
                option('feedback', 'Terugkoppeling', 'Feedback'),
              ],
              condition: null,
            },
            open('went-well', 'Wat ging goed?', 'What went well?'),
            open('improve', 'Wat kan beter?', 'What could be better?'),
          ],
        },
      ],
    },
  },
];
