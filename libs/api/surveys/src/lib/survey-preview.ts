import { Injectable } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SURVEY_AUTHORS } from '@inspraak/domain';
import {
  Actor,
  CurrentActor,
  IdArg,
  notFound,
  RequireRoles,
  TenantDb,
  Cost,
  EXPENSIVE,
} from '@inspraak/api-core';
import { Survey } from './survey.entities';
import { AnswerInput } from './dto/survey.inputs';
import { SurveyToAnswer } from './survey.models';
import { checkAnswers, respondentPage } from './answering.service';

/**
 * The respondent's page for the survey's authors, to try it before and
 * while it runs: the same form without an invitation, and a check of the
 * answers exactly as a submit checks them. Nothing is stored: no link's
 * use, no answer, no audit entry (only reads), so a preview can never count
 * as a response or tell anything about one.
 */
@Injectable()
export class SurveyPreviewService {
  constructor(private readonly tenantDb: TenantDb) {}

  async preview(actor: Actor, id: string): Promise<SurveyToAnswer> {
    // A draft or closed survey can be tried too: the preview takes answers whatever the status.
    return respondentPage(await this.find(actor, id), {
      alreadyAnswered: false,
      open: true,
    });
  }

  /** Throws BAD_USER_INPUT with the same fields as a real submit; true when the answers would be accepted. */
  async check(
    actor: Actor,
    id: string,
    given: AnswerInput[],
  ): Promise<boolean> {
    checkAnswers((await this.find(actor, id)).definition, given);
    return true;
  }

  private find(actor: Actor, id: string): Promise<Survey> {
    return this.tenantDb
      .scope(actor)
      .repo(Survey)
      .findOneOrFail({ id }, () =>
        notFound({ nl: 'Vragenlijst', en: 'Survey' }),
      );
  }
}

/** The survey preview: the authors (as for building surveys) see and try the respondent's page; nothing is stored. */
@Resolver()
@RequireRoles(...SURVEY_AUTHORS)
export class SurveyPreviewResolver {
  constructor(private readonly previews: SurveyPreviewService) {}

  @Query(() => SurveyToAnswer, {
    description:
      "The respondent's page of a survey (draft or published), without an invitation.",
  })
  @Cost(EXPENSIVE.computed)
  surveyPreview(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.previews.preview(actor, id);
  }

  @Mutation(() => Boolean, {
    description:
      'Checks answers in the preview exactly as a submit would; stores nothing.',
  })
  @Cost(EXPENSIVE.computed)
  checkSurveyPreviewAnswers(
    @CurrentActor() actor: Actor,
    @IdArg() id: string,
    @Args('answers', { type: () => [AnswerInput] }) answers: AnswerInput[],
  ) {
    return this.previews.check(actor, id, answers);
  }
}
