import { SurveyMode } from './survey.entities';
import { protectionSentence } from './survey-protection';

describe('protectionSentence', () => {
  it('names the reporting threshold in every mode, in Dutch and English', () => {
    for (const mode of Object.values(SurveyMode)) {
      const sentence = protectionSentence(mode, 7);
      expect(sentence.nl).toContain('minstens 7 mensen');
      expect(sentence.en).toContain('at least 7 people');
    }
  });

  it('promises an identified respondent no more than is true: linked to them, authors see groups only', () => {
    const sentence = protectionSentence(SurveyMode.IDENTIFIED, 5);
    expect(sentence.nl).toMatch(
      /^Op naam: je antwoorden worden met je naam bewaard/,
    );
    expect(sentence.nl).toContain('je eigen gegevens');
    expect(sentence.nl).not.toMatch(/zichtbaar voor de opstellers/);
    expect(sentence.en).not.toMatch(/visible to the authors/);
  });
});
