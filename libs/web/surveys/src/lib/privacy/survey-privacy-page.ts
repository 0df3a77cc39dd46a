import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe, type TranslationKey } from '@inspraak/web-core';

interface PrivacySection {
  id: string;
  heading: TranslationKey;
  /** A sentence that leads into the list, when the list finishes it. */
  lead?: TranslationKey;
  items: TranslationKey[];
  /** A sentence after the list. */
  after?: TranslationKey;
}

const at = (key: string) => `surveyAnonymity.page.${key}` as TranslationKey;
const section = (
  id: string,
  items: string[],
  around: { lead?: string; after?: string } = {},
): PrivacySection => ({
  id,
  heading: at(`${id}.heading`),
  lead: around.lead ? at(`${id}.${around.lead}`) : undefined,
  items: items.map((item) => at(`${id}.${item}`)),
  after: around.after ? at(`${id}.${around.after}`) : undefined,
});

/**
 * /privacy/vragenlijsten: how survey answers are protected, in plain words for the
 * works council before it consents (WOR art. 27 lid 1 sub k and l) and for
 * every respondent. Outside the shell and without an account, so a one-time
 * link's page can point to it too. It states the API's rules
 * (libs/domain/src/lib/anonymity/survey-publication.ts); change both together.
 */
@Component({
  selector: 'isp-survey-privacy-page',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './survey-privacy-page.html',
  styleUrl: './survey-privacy-page.scss',
})
export class SurveyPrivacyPageComponent {
  protected readonly sections: readonly PrivacySection[] = [
    section('stored', [
      'invitations',
      'linkUse',
      'answers',
      'waiting',
      'progress',
      'modes',
    ]),
    section('access', [
      'authorsRunning',
      'authorsClosed',
      'nobody',
      'links',
      'yourself',
    ]),
    section('threshold', ['minimum', 'units', 'release']),
    section('margin', ['views', 'overTime', 'runs', 'exports'], {
      lead: 'rule',
      after: 'difference',
    }),
    section('givenUp', [
      'oneDimension',
      'noLiveBreakdown',
      'noCrossFilters',
      'lag',
      'hiddenUnits',
    ]),
    section('limits', ['sameAnswer', 'colluding', 'linkDay']),
  ];
}
