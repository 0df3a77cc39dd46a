import { Injectable, inject } from '@angular/core';
import { GraphqlClient } from '@inspraak/web-core';
import {
  AdvisorDashboardDocument,
  MyDashboardDocument,
  type AdvisorDashboardQuery,
  type DashboardProceduresFieldsFragment,
  type DashboardSurveysFieldsFragment,
  type MyDashboardQuery,
} from '@inspraak/shared';
import { Observable, map } from 'rxjs';

export type AdvisorDashboard = AdvisorDashboardQuery['advisorDashboard'];
export type MyDashboard = MyDashboardQuery['myDashboard'];
export type DashboardSurveys = DashboardSurveysFieldsFragment;
export type DashboardProcedures = DashboardProceduresFieldsFragment;
export type PhaseRow = AdvisorDashboard['trajectories'][number];
export type Representation = AdvisorDashboard['pool']['representation'];

/** The home page's two queries: the advisor's dashboard and everyone's own sections. */
@Injectable({ providedIn: 'root' })
export class DashboardApi {
  private readonly graphql = inject(GraphqlClient);

  advisor(): Observable<AdvisorDashboard> {
    return this.graphql
      .request(AdvisorDashboardDocument, {})
      .pipe(map((d) => d.advisorDashboard));
  }

  mine(): Observable<MyDashboard> {
    return this.graphql
      .request(MyDashboardDocument, {})
      .pipe(map((d) => d.myDashboard));
  }
}
