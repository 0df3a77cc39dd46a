import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { I18nService } from '@inspraak/web-core';
import { SurveyPrivacyPageComponent } from './survey-privacy-page';

describe('SurveyPrivacyPageComponent', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
  });

  function render() {
    const fixture = TestBed.createComponent(SurveyPrivacyPageComponent);
    fixture.detectChanges();
    const el = fixture.nativeElement as HTMLElement;
    return {
      headings: Array.from(el.querySelectorAll('h1, h2')).map((h) =>
        h.textContent?.trim(),
      ),
      items: Array.from(el.querySelectorAll('li')).map(
        (li) => li.textContent?.trim() ?? '',
      ),
    };
  }

  it('tells the works council, under headings and in lists, what is stored, who sees what, the threshold, the margin, what was given up and the limits', () => {
    const { headings, items } = render();
    expect(headings).toEqual([
      'Hoe we antwoorden op vragenlijsten beschermen',
      'Wat we bewaren',
      'Wie wat kan zien',
      'De drempel',
      'De beschermingsmarge',
      'Wat we daarvoor hebben opgegeven',
      'Waar de bescherming ophoudt',
    ]);
    expect(items.length).toBeGreaterThan(20);
    expect(items.join(' ')).toContain('met alleen de dag');
    expect(items.join(' ')).toContain('Eén indeling per vragenlijst');
    // Every text is a sentence, not a missing key.
    for (const item of items) expect(item).not.toMatch(/^surveyAnonymity\./);
  });

  it('speaks English when the language is English', () => {
    TestBed.inject(I18nService).setLanguage('en');
    const { headings } = render();
    expect(headings[0]).toBe('How we protect survey answers');
    expect(headings).toContain('The protection margin');
  });
});
