import {
  Field,
  Float,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
} from '@nestjs/graphql';
import { BoundedList } from '@inspraak/api-core';
import { ReportingDimension, Survey } from './survey.entities';

@ObjectType()
export class LocalText {
  @Field() nl!: string;
  @Field() en!: string;
}

@ObjectType()
export class QuestionOptionModel {
  @Field() key!: string;
  @Field(() => LocalText) label!: LocalText;
}

@ObjectType()
export class ShowConditionModel {
  @Field() questionKey!: string;
  @Field(() => [String]) anyOf!: string[];
}

@ObjectType('SurveyQuestion')
export class QuestionModel {
  @Field() key!: string;
  @Field() kind!: string;
  @Field(() => LocalText) text!: LocalText;
  @Field() required!: boolean;
  @BoundedList(5)
  @Field(() => [QuestionOptionModel])
  options!: QuestionOptionModel[];
  @Field(() => ShowConditionModel, { nullable: true })
  condition!: ShowConditionModel | null;
}

@ObjectType('SurveySection')
export class SectionModel {
  @Field() key!: string;
  @Field(() => LocalText) title!: LocalText;
  @BoundedList(8) @Field(() => [QuestionModel]) questions!: QuestionModel[];
}

@ObjectType()
export class SurveyTemplateModel {
  @Field() key!: string;
  @Field(() => LocalText) title!: LocalText;
  @BoundedList(3) @Field(() => [SectionModel]) sections!: SectionModel[];
}

/** A survey as its authors see it. */
@ObjectType('SurveyView')
export class SurveyView extends Survey {
  @BoundedList(3) @Field(() => [SectionModel]) sections!: SectionModel[];
  @Field(() => Int) invitedCount!: number;
  @Field(() => Int) sentCount!: number;
  @Field(() => Int) failedCount!: number;
  /** How many answered, once at least the threshold did (null before: a count of 1, 2… would say when each answer came). */
  @Field(() => Int, { nullable: true }) responseCount!: number | null;
  @Field(() => ID, { nullable: true }) previousRunId!: string | null;
}

/** What a respondent sees: the questions and how their answer is protected. */
@ObjectType()
export class SurveyToAnswer {
  @Field(() => ID) surveyId!: string;
  @Field() title!: string;
  @Field() introduction!: string;
  @Field() mode!: string;
  /** One sentence on how the answer is protected, in Dutch and English. */
  @Field(() => LocalText) protection!: LocalText;
  @BoundedList(3) @Field(() => [SectionModel]) sections!: SectionModel[];
  @Field() alreadyAnswered!: boolean;
  @Field() open!: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) closesAt!: Date | null;
}

@ObjectType()
export class ValueCountModel {
  @Field() value!: string;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class MeanRankModel {
  @Field() option!: string;
  @Field(() => Float) meanRank!: number;
}

@ObjectType('QuestionSummary')
export class QuestionSummaryModel {
  @Field(() => Int) answered!: number;
  @BoundedList(11)
  @Field(() => [ValueCountModel])
  distribution!: ValueCountModel[];
  @Field(() => Float, { nullable: true }) mean!: number | null;
  @Field(() => Int, { nullable: true }) agreePercentage!: number | null;
  @Field(() => Int, { nullable: true }) enps!: number | null;
  @BoundedList(5) @Field(() => [MeanRankModel]) meanRanks!: MeanRankModel[];
}

@ObjectType()
export class UnitSummary {
  @Field() unitKey!: string;
  /** Null when this question's answers in this group are suppressed. */
  @Field(() => QuestionSummaryModel, { nullable: true })
  summary!: QuestionSummaryModel | null;
  /** True when the anonymity rules withhold this cell (too few answered it, or hidden so nothing can be derived): never an empty or zero figure. */
  @Field() withheld!: boolean;
}

@ObjectType()
export class QuestionResult {
  @Field() key!: string;
  @Field() kind!: string;
  @Field(() => LocalText) text!: LocalText;
  @BoundedList(5)
  @Field(() => [QuestionOptionModel])
  options!: QuestionOptionModel[];
  /** Everyone in the view (the filter, or the whole survey); null under the threshold. */
  @Field(() => QuestionSummaryModel, { nullable: true })
  overall!: QuestionSummaryModel | null;
  @BoundedList(6) @Field(() => [UnitSummary]) byUnit!: UnitSummary[];
  /** Open answers, only when at least the threshold answered and the view lists them (`textsShown`); in alphabetical order, so the order says nothing about who or when. */
  @Field(() => [String]) texts!: string[];
  /** The same question in the previous run, overall, when both are shown. */
  @Field(() => QuestionSummaryModel, { nullable: true })
  previous!: QuestionSummaryModel | null;
}

@ObjectType()
export class ResultUnit {
  @Field() key!: string;
  /** Names of the groups in this unit ("Logistiek, Magazijn"); "Overige" for the others. */
  @Field() label!: string;
  /** Departments: how many units above it in the tree (0 at the top). */
  @Field(() => Int) depth!: number;
  @Field(() => Int) respondents!: number;
  @Field(() => Int) invited!: number;
}

@ObjectType()
export class FilterOption {
  @Field() dimension!: string;
  @Field() unitKey!: string;
  @Field() label!: string;
}

/** One question in one run of a series, as that run's own results publish it overall. */
@ObjectType()
export class TrendPoint {
  @Field() questionKey!: string;
  /** The run's published overall figures; null when that run withholds them. */
  @Field(() => QuestionSummaryModel, { nullable: true })
  summary!: QuestionSummaryModel | null;
  /** True when that run withholds this question (under the threshold, or nothing released yet). */
  @Field() withheld!: boolean;
}

/** One run of a survey's series, with what its own results page publishes overall. */
@ObjectType()
export class TrendRun {
  @Field(() => ID) surveyId!: string;
  @Field(() => Int) run!: number;
  @Field() status!: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) closedAt!: Date | null;
  /** Per question of the run being viewed, by key (a question the run did not ask is withheld there). */
  @BoundedList(10) @Field(() => [TrendPoint]) points!: TrendPoint[];
}

@ObjectType()
export class SurveyResults {
  @Field(() => ID) surveyId!: string;
  @Field() title!: string;
  @Field(() => Int) threshold!: number;
  @Field(() => Int) invited!: number;
  /** Null under the threshold. */
  @Field(() => Int, { nullable: true }) respondents!: number | null;
  @Field(() => Int, { nullable: true }) responseRate!: number | null;
  /** The survey's one reporting dimension: the only breakdown it offers. */
  @Field(() => ReportingDimension) reportBy!: ReportingDimension;
  /** Whether units are published: only once the survey is closed and every answer is in. */
  @Field() breakdownShown!: boolean;
  /** Answers submitted but not yet released into the results (they are released in groups of at least the threshold). */
  @Field(() => Int) waitingForRelease!: number;
  /** While running: how many answers must wait before the next group is released (the threshold stays behind). */
  @Field(() => Int, { nullable: true }) nextReleaseAt!: number | null;
  /** The breakdown of this view: the survey's reporting dimension, or NONE. */
  @Field() breakdown!: string;
  @Field(() => FilterOption, { nullable: true }) filter!: FilterOption | null;
  /** The breakdown's units shown in this view. */
  @BoundedList(6) @Field(() => [ResultUnit]) units!: ResultUnit[];
  /** Units of the breakdown not shown on their own (under the threshold, or hidden so nothing can be derived). */
  @Field(() => Int) hiddenGroups!: number;
  @BoundedList(10) @Field(() => [QuestionResult]) questions!: QuestionResult[];
  /** Whether this view lists open answers: always (everyone, or one unit of the one dimension). */
  @Field() textsShown!: boolean;
  /** Units that can be filtered on (after close). */
  @BoundedList(15) @Field(() => [FilterOption]) filterOptions!: FilterOption[];
  @Field(() => ID, { nullable: true }) previousRunId!: string | null;
  /** The published runs of the survey's series up to this one (oldest first), each with its own published overall figures; empty in a filtered view. */
  @BoundedList(4) @Field(() => [TrendRun]) trend!: TrendRun[];
}

/** A department to target, as survey authors see the tree. */
@ObjectType()
export class AudienceDepartment {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => ID, { nullable: true }) parentId!: string | null;
  /** Active employees with an e-mail address directly in this department. */
  @Field(() => Int) employees!: number;
}
