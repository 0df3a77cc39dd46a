import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  I18nService,
  TranslatePipe,
  type TranslationKey,
} from '@inspraak/web-core';
import {
  AlertComponent,
  FormFieldComponent,
  PagerComponent,
  describedBy,
  pageRange,
} from '@inspraak/web-ui';
import {
  catchError,
  debounceTime,
  distinctUntilChanged,
  map,
  of,
  switchMap,
  tap,
} from 'rxjs';
import {
  ParticipantsApi,
  type Colleague,
  type ColleaguePage,
} from '../data-access/participants-api';

export const COLLEAGUES_PAGE_SIZE = 24;
export const COLLEAGUE_SEARCH_DEBOUNCE_MS = 300;
/** The API reads at most this much of a search. */
const SEARCH_MAX_LENGTH = 200;

interface Shown {
  page: ColleaguePage;
  offset: number;
  search: string;
}

/** Who else takes part in the pool, as each of them chose to be seen by colleagues. */
@Component({
  selector: 'isp-colleagues-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
    AlertComponent,
    FormFieldComponent,
    PagerComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './colleagues-page.html',
  styleUrl: './colleagues-page.scss',
})
export class ColleaguesPageComponent {
  private readonly api = inject(ParticipantsApi);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly describedBy = describedBy;
  protected readonly pageSize = COLLEAGUES_PAGE_SIZE;
  protected readonly searchMaxLength = SEARCH_MAX_LENGTH;
  protected readonly searchControl = new FormControl('', { nonNullable: true });

  protected readonly shown = signal<Shown | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  private readonly search = signal('');
  private readonly offset = signal(0);

  /** Said once the list is there (a live region), so a search is heard as well as seen. */
  protected readonly resultText = computed(() => {
    const shown = this.shown();
    if (!shown) return '';
    const { total } = shown.page;
    if (total === 0)
      return shown.search
        ? this.i18n.translate('participants.colleagues.noneFor', {
            search: shown.search,
          })
        : this.i18n.translate('participants.colleagues.empty');
    return this.i18n.translate(
      total === 1
        ? 'participants.colleagues.resultsOne'
        : 'participants.colleagues.resultsOther',
      { total },
    );
  });

  protected readonly summary = computed(() => {
    const shown = this.shown();
    return shown
      ? this.i18n.translate(
          'common.pageSummary',
          pageRange(shown.page.total, shown.offset, shown.page.items.length),
        )
      : '';
  });

  constructor() {
    this.searchControl.valueChanges
      .pipe(
        map((value) => value.trim()),
        debounceTime(COLLEAGUE_SEARCH_DEBOUNCE_MS),
        distinctUntilChanged(),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((value) => {
        this.search.set(value);
        this.offset.set(0);
      });

    const query = computed(() => ({
      search: this.search(),
      offset: this.offset(),
    }));
    toObservable(query)
      .pipe(
        tap(() => this.loading.set(true)),
        // A newer search or page replaces an answer still on its way.
        switchMap(({ search, offset }) =>
          this.api
            .colleagues(search || null, { offset, limit: COLLEAGUES_PAGE_SIZE })
            .pipe(
              map((page) => ({
                shown: { page, offset, search } as Shown,
                error: null,
              })),
              catchError((e: unknown) =>
                of({ shown: null, error: this.i18n.errorMessage(e) }),
              ),
            ),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe(({ shown, error }) => {
        this.loading.set(false);
        this.error.set(error);
        if (shown) this.shown.set(shown);
      });
  }

  protected goTo(offset: number): void {
    this.offset.set(offset);
  }

  /** The skills and themes the person shows colleagues, each only when there are any. */
  protected listsOf(
    colleague: Colleague,
  ): { label: TranslationKey; values: string[] }[] {
    const lists: { label: TranslationKey; values: string[] | null }[] = [
      { label: 'participants.colleagues.skills', values: colleague.skills },
      { label: 'participants.colleagues.tags', values: colleague.tags },
      { label: 'participants.colleagues.themes', values: colleague.themes },
    ];
    return lists.filter(
      (list): list is { label: TranslationKey; values: string[] } =>
        !!list.values?.length,
    );
  }

  /** Whether the person shares anything beyond name and department. */
  protected sharesProfile(colleague: Colleague): boolean {
    return (
      !!colleague.skills?.length ||
      !!colleague.tags?.length ||
      !!colleague.themes?.length ||
      colleague.hoursPerMonth !== null ||
      !!colleague.about
    );
  }
}
