import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import {
  LocalDatePipe,
  TranslatePipe,
  loadable,
  type TranslationKey,
} from '@inspraak/web-core';
import type { CouncilResponseKind, ProcedureState } from '@inspraak/shared';
import { AlertComponent } from '@inspraak/web-ui';
import {
  ProceduresApi,
  type PublicProcedure,
} from '../data-access/procedures-api';
import { stateKey } from '../shared/labels';
import { isFinished } from '../shared/procedure-rules';

/**
 * /council-procedures ("Procedures van de OR") for every employee: the
 * procedures that are not confidential and what the council answered.
 */
@Component({
  selector: 'isp-council-procedures-page',
  imports: [TranslatePipe, LocalDatePipe, AlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './council-procedures-page.html',
  styleUrl: './council-procedures-page.scss',
})
export class CouncilProceduresPageComponent {
  private readonly api = inject(ProceduresApi);
  protected readonly procedures = loadable<PublicProcedure[]>([]);
  protected readonly stateKey = stateKey;
  protected readonly isFinished = isFinished;

  // The API types PublicProcedure.state and .response as plain strings; their
  // values are those of ProcedureState and CouncilResponseKind.
  protected stateOf(p: PublicProcedure): ProcedureState {
    return p.state as ProcedureState;
  }

  /** The list does not say whether it was advice or consent: the answer in neutral words. */
  protected answerKey(response: string): TranslationKey {
    return `procedures.council.responses.${response as CouncilResponseKind}`;
  }

  constructor() {
    this.procedures.load(this.api.publicProcedures());
  }
}
