import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SURVEY_AUTHORS } from '@inspraak/domain';
import {
  Actor,
  AnyMember,
  badInput,
  CurrentActor,
  IdArg,
  PublicAccess,
  RequireRoles,
  Cost,
  EXPENSIVE,
} from '@inspraak/api-core';
import { AnswerInput, SurveyInput } from './dto/survey.inputs';
import { SurveysService } from './surveys.service';
import {
  AudienceDepartment,
  SurveyResults,
  SurveyTemplateModel,
  SurveyToAnswer,
  SurveyView,
} from './survey.models';
import {
  Dimension,
  DIMENSIONS,
  ResultsView,
  SurveyResultsService,
} from './survey-results.service';
import { SurveyResultSnapshot } from './survey.entities';
import { resultRows, toCsv, toXlsx } from './survey-export';
import { AnsweringService } from './answering.service';

function checkedView(
  breakdown: string | null | undefined,
  filterDimension: string | null,
  filterUnit: string | null,
): ResultsView {
  // An omitted nullable argument arrives as undefined.
  breakdown ??= null;
  filterDimension ??= null;
  filterUnit ??= null;
  const dimensions: string[] = [...DIMENSIONS];
  if (
    breakdown !== null &&
    breakdown !== 'NONE' &&
    !dimensions.includes(breakdown)
  )
    throw badInput('UNKNOWN_BREAKDOWN', {
      nl: 'Uitsplitsen kan naar DEPARTMENT, LOCATION of CONTRACT_TYPE.',
      en: 'Break down by DEPARTMENT, LOCATION or CONTRACT_TYPE.',
    });
  if (
    (filterDimension === null) !== (filterUnit === null) ||
    (filterDimension !== null && !dimensions.includes(filterDimension))
  )
    throw badInput('UNKNOWN_FILTER', {
      nl: 'Op deze groep kan niet gefilterd worden.',
      en: 'This group cannot be filtered on.',
    });
  return {
    breakdown: breakdown as Dimension | 'NONE' | null,
    filter:
      filterDimension && filterUnit !== null
        ? { dimension: filterDimension as Dimension, unitKey: filterUnit }
        : null,
  };
}

/** Building surveys and reading their results: HR, the advisor, the council secretary and the director. */
@Resolver()
@RequireRoles(...SURVEY_AUTHORS)
export class SurveysResolver {
  constructor(
    private readonly surveysService: SurveysService,
    private readonly resultsService: SurveyResultsService,
  ) {}

  @Query(() => [SurveyTemplateModel])
  surveyTemplates(): SurveyTemplateModel[] {
    return this.surveysService.templates();
  }

  @Query(() => [AudienceDepartment], {
    description: 'Departments with their headcount, to choose an audience.',
  })
  surveyAudienceDepartments(@CurrentActor() actor: Actor) {
    return this.surveysService.audienceDepartments(actor);
  }

  @Query(() => [SurveyView])
  surveys(@CurrentActor() actor: Actor) {
    return this.surveysService.list(actor);
  }

  @Query(() => SurveyView)
  survey(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.surveysService.get(actor, id);
  }

  @Mutation(() => SurveyView, {
    description:
      'A new draft: as given, from a template (its questions replace the given ones), or as a copy of another survey.',
  })
  createSurvey(
    @CurrentActor() actor: Actor,
    @Args('input') input: SurveyInput,
    @Args('templateKey', { type: () => String, nullable: true })
    templateKey: string | null,
    @Args('copyOf', { type: () => ID, nullable: true })
    copyOf: string | null,
  ) {
    return this.surveysService.create(actor, input, { templateKey, copyOf });
  }

  @Mutation(() => SurveyView, {
    description:
      'Save a draft; a published survey takes only changes that keep answers comparable (NEEDS_NEW_VERSION otherwise).',
  })
  updateSurvey(
    @CurrentActor() actor: Actor,
    @IdArg() id: string,
    @Args('input') input: SurveyInput,
  ) {
    return this.surveysService.update(actor, id, input);
  }

  @Mutation(() => SurveyView, {
    description:
      'A new version (run) of the survey as a draft; its results are compared with this run.',
  })
  newSurveyVersion(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.surveysService.newVersion(actor, id);
  }

  @Mutation(() => SurveyView)
  @Cost(EXPENSIVE.computed)
  publishSurvey(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.surveysService.publish(actor, id);
  }

  @Mutation(() => SurveyView)
  closeSurvey(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.surveysService.close(actor, id);
  }

  @Mutation(() => SurveyView, {
    description:
      'Remind everyone who has not answered yet (once); nobody learns who that is.',
  })
  remindSurveyNow(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.surveysService.remindNow(actor, id);
  }

  @Query(() => SurveyResults, {
    description:
      "Results as the survey publishes them: overall while it runs; once closed also per reporting unit of its one dimension (reportBy), or one unit's figures (filter).",
  })
  @Cost(EXPENSIVE.computed)
  surveyResults(
    @CurrentActor() actor: Actor,
    @IdArg() id: string,
    @Args('breakdown', {
      type: () => String,
      nullable: true,
      description: "NONE, or the survey's reporting dimension (the default).",
    })
    breakdown: string | null,
    @Args('filterDimension', { type: () => String, nullable: true })
    filterDimension: string | null,
    @Args('filterUnit', { type: () => String, nullable: true })
    filterUnit: string | null,
  ) {
    const view = checkedView(breakdown, filterDimension, filterUnit);
    return this.resultsService.results(actor, id, view);
  }

  @Query(() => String, {
    description:
      'The same results as CSV for the language\'s Excel (nl: ;-separated with decimal comma, en: ,-separated with decimal point; UTF-8 with BOM), with labels.',
  })
  @Cost(EXPENSIVE.document)
  async surveyResultsCsv(
    @CurrentActor() actor: Actor,
    @IdArg() id: string,
    @Args('breakdown', {
      type: () => String,
      nullable: true,
      description: "NONE, or the survey's reporting dimension (the default).",
    })
    breakdown: string | null,
    @Args('filterDimension', { type: () => String, nullable: true })
    filterDimension: string | null,
    @Args('filterUnit', { type: () => String, nullable: true })
    filterUnit: string | null,
    @Args('language', { defaultValue: 'nl' }) language: string,
  ) {
    const view = checkedView(breakdown, filterDimension, filterUnit);
    const chosen = language === 'en' ? 'en' : 'nl';
    return toCsv(
      resultRows(await this.resultsService.results(actor, id, view), chosen),
      chosen,
    );
  }

  @Query(() => String, {
    description:
      'The same results as an XLSX workbook (one sheet per view, with labels), base64.',
  })
  @Cost(EXPENSIVE.document)
  async surveyResultsXlsx(
    @CurrentActor() actor: Actor,
    @IdArg() id: string,
    @Args('breakdown', {
      type: () => String,
      nullable: true,
      description: "NONE, or the survey's reporting dimension (the default).",
    })
    breakdown: string | null,
    @Args('filterDimension', { type: () => String, nullable: true })
    filterDimension: string | null,
    @Args('filterUnit', { type: () => String, nullable: true })
    filterUnit: string | null,
    @Args('language', { defaultValue: 'nl' }) language: string,
  ) {
    const view = checkedView(breakdown, filterDimension, filterUnit);
    return Buffer.from(
      await toXlsx(
        await this.resultsService.results(actor, id, view),
        language === 'en' ? 'en' : 'nl',
      ),
    ).toString('base64');
  }

  @Mutation(() => SurveyResultSnapshot, {
    description:
      "Freeze the results (as shown) with a content hash, attached to a trajectory (default: the survey's).",
  })
  @Cost(EXPENSIVE.computed)
  snapshotSurveyResults(
    @CurrentActor() actor: Actor,
    @IdArg() id: string,
    @Args('trajectoryId', { type: () => ID, nullable: true })
    trajectoryId: string | null,
  ) {
    return this.resultsService.snapshot(actor, id, trajectoryId);
  }

  @Query(() => [SurveyResultSnapshot])
  surveyResultSnapshots(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.resultsService.snapshots(actor, id);
  }
}

/** Answering: with the one-time link (no account) or from inside the app. */
@Resolver()
export class AnsweringResolver {
  constructor(private readonly answering: AnsweringService) {}

  @Query(() => SurveyToAnswer, {
    description: 'The survey behind a one-time link.',
  })
  @PublicAccess()
  surveyByToken(@Args('token') token: string) {
    return this.answering.byToken(token);
  }

  @Mutation(() => Boolean, {
    description: 'Submit with the one-time link; exactly once.',
  })
  @PublicAccess()
  submitSurveyByToken(
    @Args('token') token: string,
    @Args('answers', { type: () => [AnswerInput] }) answers: AnswerInput[],
  ) {
    return this.answering.submitByToken(token, answers);
  }

  @Query(() => [SurveyToAnswer], { description: 'Surveys I am invited to.' })
  @AnyMember()
  mySurveys(@CurrentActor() actor: Actor) {
    return this.answering.mine(actor);
  }

  @Query(() => SurveyToAnswer)
  @AnyMember()
  mySurvey(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.answering.mineOne(actor, id);
  }

  @Mutation(() => Boolean, {
    description: 'Submit from inside the app; exactly once.',
  })
  @AnyMember()
  submitMySurvey(
    @CurrentActor() actor: Actor,
    @IdArg() id: string,
    @Args('answers', { type: () => [AnswerInput] }) answers: AnswerInput[],
  ) {
    return this.answering.submitMine(actor, id, answers);
  }
}
