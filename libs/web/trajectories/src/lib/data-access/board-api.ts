import { Injectable, inject } from '@angular/core';
import { GraphqlClient } from '@inspraak/web-core';
import {
  AddBoardThemeDocument,
  AssignPostThemeDocument,
  BoardDocument,
  ModeratePostDocument,
  MyPostsDocument,
  PostToBoardDocument,
  RespondToPostDocument,
  SaveBoardSummaryDocument,
  SupportPostDocument,
  type AddBoardThemeMutation,
  type BoardFieldsFragment,
  type BoardPostFieldsFragment,
  type PostInput,
} from '@inspraak/shared';
import { Observable, map } from 'rxjs';

export type Board = BoardFieldsFragment;
export type BoardPost = BoardPostFieldsFragment;
export type BoardTheme = AddBoardThemeMutation['addBoardTheme'];

/** The pros-and-cons board of a trajectory, through the one GraphQL client. */
@Injectable({ providedIn: 'root' })
export class BoardApi {
  private readonly graphql = inject(GraphqlClient);

  /** The board of one phase; `null` is the trajectory's current phase. */
  board(trajectoryId: string, phase: number | null): Observable<Board> {
    return this.graphql
      .request(BoardDocument, { trajectoryId, phase })
      .pipe(map((d) => d.board));
  }

  myPosts(): Observable<BoardPost[]> {
    return this.graphql
      .request(MyPostsDocument, {})
      .pipe(map((d) => d.myPosts));
  }

  post(input: PostInput): Observable<BoardPost> {
    return this.graphql
      .request(PostToBoardDocument, { input })
      .pipe(map((d) => d.postToBoard));
  }

  support(postId: string, support: boolean): Observable<BoardPost> {
    return this.graphql
      .request(SupportPostDocument, { postId, support })
      .pipe(map((d) => d.supportPost));
  }

  respond(postId: string, response: string): Observable<BoardPost> {
    return this.graphql
      .request(RespondToPostDocument, { postId, response })
      .pipe(map((d) => d.respondToPost));
  }

  /** Hides a post with a reason its author sees, or shows it again. */
  moderate(
    postId: string,
    hidden: boolean,
    reason: string | null,
  ): Observable<BoardPost> {
    return this.graphql
      .request(ModeratePostDocument, { postId, hidden, reason })
      .pipe(map((d) => d.moderatePost));
  }

  addTheme(
    trajectoryId: string,
    phase: number,
    name: string,
  ): Observable<BoardTheme> {
    return this.graphql
      .request(AddBoardThemeDocument, { trajectoryId, phase, name })
      .pipe(map((d) => d.addBoardTheme));
  }

  assignTheme(postId: string, themeId: string | null): Observable<BoardPost> {
    return this.graphql
      .request(AssignPostThemeDocument, { postId, themeId })
      .pipe(map((d) => d.assignPostTheme));
  }

  saveSummary(
    trajectoryId: string,
    phase: number,
    text: string,
  ): Observable<Board> {
    return this.graphql
      .request(SaveBoardSummaryDocument, { trajectoryId, phase, text })
      .pipe(map((d) => d.saveBoardSummary));
  }
}
