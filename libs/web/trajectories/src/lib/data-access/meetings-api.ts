import { Injectable, inject } from '@angular/core';
import { GraphqlClient } from '@inspraak/web-core';
import {
  AddActionDocument,
  CancelMeetingDocument,
  IssueCalendarFeedDocument,
  MeetingDocument,
  MeetingsDocument,
  MyActionsDocument,
  MyMeetingsDocument,
  OverdueActionsDocument,
  RecordMinutesDocument,
  ScheduleMeetingDocument,
  SetActionDoneDocument,
  TrajectoryActionsDocument,
  UpdateMeetingDocument,
  type ActionInput,
  type ActionItemFieldsFragment,
  type MeetingFieldsFragment,
  type MeetingSummaryFieldsFragment,
  type MeetingInput,
  type MeetingUpdateInput,
  type MinutesInput,
} from '@inspraak/shared';
import { Observable, map } from 'rxjs';

/** A meeting with its agenda, invitees and minutes. */
export type Meeting = MeetingFieldsFragment;
/** A meeting in a list. */
export type MeetingSummary = MeetingSummaryFieldsFragment;
export type AgendaItem = Meeting['agendaItems'][number];
export type ActionItem = ActionItemFieldsFragment;

/** Meetings, their minutes, actions (afspraken) and the calendar feed, through the one GraphQL client. */
@Injectable({ providedIn: 'root' })
export class MeetingsApi {
  private readonly graphql = inject(GraphqlClient);

  meetings(trajectoryId: string): Observable<MeetingSummary[]> {
    return this.graphql
      .request(MeetingsDocument, { trajectoryId })
      .pipe(map((d) => d.meetings));
  }

  /** Every meeting I may see, across trajectories, newest first. */
  myMeetings(): Observable<MeetingSummary[]> {
    return this.graphql
      .request(MyMeetingsDocument, {})
      .pipe(map((d) => d.myMeetings));
  }

  meeting(id: string): Observable<Meeting> {
    return this.graphql
      .request(MeetingDocument, { id })
      .pipe(map((d) => d.meeting));
  }

  schedule(input: MeetingInput): Observable<Meeting> {
    return this.graphql
      .request(ScheduleMeetingDocument, { input })
      .pipe(map((d) => d.scheduleMeeting));
  }

  /** Time, place, agenda and invitees (the regie team, or the workgroup's lead). */
  update(id: string, input: MeetingUpdateInput): Observable<Meeting> {
    return this.graphql
      .request(UpdateMeetingDocument, { id, input })
      .pipe(map((d) => d.updateMeeting));
  }

  cancel(id: string, reason: string): Observable<Meeting> {
    return this.graphql
      .request(CancelMeetingDocument, { id, reason })
      .pipe(map((d) => d.cancelMeeting));
  }

  recordMinutes(input: MinutesInput): Observable<Meeting> {
    return this.graphql
      .request(RecordMinutesDocument, { input })
      .pipe(map((d) => d.recordMinutes));
  }

  /** The trajectory's actions (for those who steer it). */
  trajectoryActions(trajectoryId: string): Observable<ActionItem[]> {
    return this.graphql
      .request(TrajectoryActionsDocument, { trajectoryId })
      .pipe(map((d) => d.trajectoryActions));
  }

  myActions(): Observable<ActionItem[]> {
    return this.graphql
      .request(MyActionsDocument, {})
      .pipe(map((d) => d.myActions));
  }

  /** Every overdue action in the organisation (ADVISEUR). */
  overdueActions(): Observable<ActionItem[]> {
    return this.graphql
      .request(OverdueActionsDocument, {})
      .pipe(map((d) => d.overdueActions));
  }

  addAction(input: ActionInput): Observable<ActionItem> {
    return this.graphql
      .request(AddActionDocument, { input })
      .pipe(map((d) => d.addAction));
  }

  setActionDone(id: string, done: boolean): Observable<ActionItem> {
    return this.graphql
      .request(SetActionDoneDocument, { id, done })
      .pipe(map((d) => d.setActionDone));
  }

  /** A new address of my calendar feed; the previous one stops working. */
  issueCalendarFeed(): Observable<string> {
    return this.graphql
      .request(IssueCalendarFeedDocument, {})
      .pipe(map((d) => d.issueCalendarFeed));
  }
}
