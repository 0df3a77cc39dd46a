import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  TranslatePipe,
  loadable,
  type TranslationKey,
} from '@inspraak/web-core';
import { AlertComponent } from '@inspraak/web-ui';
import { AnsweringApi, type MySurveyItem } from '../data-access/answering-api';

/** /my-surveys ("Mijn vragenlijsten"): the surveys I am invited to, open ones first. */
@Component({
  selector: 'isp-my-surveys-page',
  imports: [RouterLink, TranslatePipe, AlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-surveys-page.html',
  styleUrl: './my-surveys-page.scss',
})
export class MySurveysPageComponent {
  private readonly api = inject(AnsweringApi);
  protected readonly surveys = loadable<MySurveyItem[]>([]);

  constructor() {
    this.surveys.load(this.api.mine());
  }

  protected stateKey(item: MySurveyItem): TranslationKey {
    if (item.alreadyAnswered) return 'surveys.mine.answered';
    return item.open ? 'surveys.mine.open' : 'surveys.mine.closed';
  }

  protected modeKey(item: MySurveyItem): TranslationKey {
    return `surveys.modes.${item.mode as 'ANONYMOUS' | 'CONFIDENTIAL' | 'IDENTIFIED'}.label`;
  }
}
