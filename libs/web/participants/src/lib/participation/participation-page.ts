import { PersonalDataPanelComponent } from '../personal-data/personal-data-panel';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { I18nService, LocalDatePipe, TranslatePipe } from '@inspraak/web-core';
import { AlertComponent } from '@inspraak/web-ui';
import { forkJoin } from 'rxjs';
import {
  ParticipantsApi,
  type AgreementVersion,
  type Participation,
  type Skill,
} from '../data-access/participants-api';
import { JoinFlowComponent } from './join-flow';
import { MyParticipationComponent } from './my-participation';

type View = 'loading' | 'failed' | 'join' | 'left' | 'member';

/** "Meedoen": join the pool, or manage your place in it. */
@Component({
  selector: 'isp-participation-page',
  imports: [
    RouterLink,
    TranslatePipe,
    LocalDatePipe,
    AlertComponent,
    JoinFlowComponent,
    MyParticipationComponent,
    PersonalDataPanelComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './participation-page.html',
  styleUrl: './participation-page.scss',
})
export class ParticipationPageComponent {
  private readonly api = inject(ParticipantsApi);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');

  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly participation = signal<Participation | null>(null);
  protected readonly skills = signal<Skill[]>([]);
  protected readonly agreement = signal<AgreementVersion | null>(null);
  protected readonly rejoining = signal(false);
  protected readonly success = signal<string | null>(null);

  protected readonly view = computed<View>(() => {
    if (this.loading()) return 'loading';
    if (this.loadError()) return 'failed';
    const participation = this.participation();
    if (!participation) return 'join';
    if (participation.status === 'LEFT')
      return this.rejoining() ? 'join' : 'left';
    return 'member';
  });

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.loadError.set(null);
    forkJoin({
      participation: this.api.myParticipation(),
      skills: this.api.skills(),
      agreement: this.api.currentAgreement(),
    })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ({ participation, skills, agreement }) => {
          this.participation.set(participation);
          this.skills.set(skills);
          this.agreement.set(agreement);
          this.loading.set(false);
        },
        error: (e: unknown) => {
          this.loadError.set(this.i18n.errorMessage(e));
          this.loading.set(false);
        },
      });
  }

  protected onJoined(participation: Participation): void {
    this.participation.set(participation);
    this.rejoining.set(false);
    this.success.set(this.i18n.translate('participants.join.joined'));
    this.focusHeading();
  }

  protected onChanged(participation: Participation): void {
    const wasMember = this.participation()?.status !== 'LEFT';
    this.participation.set(participation);
    this.success.set(null);
    if (wasMember && participation.status === 'LEFT') {
      afterNextRender(
        () =>
          this.host.nativeElement
            .querySelector<HTMLElement>('#left-heading')
            ?.focus(),
        { injector: this.injector },
      );
    }
  }

  protected rejoin(): void {
    this.success.set(null);
    this.rejoining.set(true);
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector<HTMLElement>('#join-step-heading')
          ?.focus(),
      { injector: this.injector },
    );
  }

  private focusHeading(): void {
    afterNextRender(() => this.heading()?.nativeElement.focus(), {
      injector: this.injector,
    });
  }
}
