import { Injectable, computed, inject } from '@angular/core';
import { SearchPeopleDocument, type SearchPeopleQuery } from '@inspraak/shared';
import { Observable, map } from 'rxjs';
import { GraphqlClient } from '../api/graphql-client';
import { I18nService } from '../i18n/i18n.service';

export type FoundPerson = SearchPeopleQuery['searchPeople'][number];

/**
 * What `isp-person-picker` needs, from the API and the dictionaries:
 * `[search]="people.search" [texts]="people.texts()"`.
 */
@Injectable({ providedIn: 'root' })
export class PeopleSearch {
  private readonly graphql = inject(GraphqlClient);
  private readonly i18n = inject(I18nService);

  /** Colleagues with an account whose name holds every word typed (the API asks for at least 2 letters). */
  readonly search = (query: string): Observable<FoundPerson[]> =>
    this.graphql
      .request(SearchPeopleDocument, { input: { query, limit: 8 } })
      .pipe(map((d) => d.searchPeople));

  readonly texts = computed(() => {
    this.i18n.language();
    return {
      searching: this.i18n.translate('participationSteps.personPicker.searching'),
      none: this.i18n.translate('participationSteps.personPicker.none', {
        query: '{query}',
      }),
      results: this.i18n.translate('participationSteps.personPicker.results', {
        count: '{count}',
      }),
      chosen: this.i18n.translate('participationSteps.personPicker.chosen', {
        name: '{name}',
      }),
    };
  });
}
