import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { MINIMUM_REPORTING_THRESHOLD } from '@inspraak/domain';
import {
  Actor,
  AppError,
  badInput,
  conflict,
  notFound,
  recordAudit,
  TenantDb,
  TenantScope,
} from '@inspraak/api-core';
import {
  EvaluationRespondent,
  EvaluationResponse,
  PhaseEvaluation,
} from './evaluation.entities';
import { EvaluationAnswerInput } from './dto/trajectory.inputs';
import {
  notify,
  readableTrajectory,
  recordEvent,
  requiredText,
  steeredTrajectory,
  TrajectoryContext,
} from './trajectory-access';
import {
  MembershipStatus,
  Workgroup,
  WorkgroupMembership,
} from './workgroup.entities';

const EVALUATION = { nl: 'Evaluatie', en: 'Evaluation' };

/**
 * The reflection at the end of a phase. Answers are stored without who gave
 * them (who answered is kept apart, to allow one answer each) and are shown
 * only once at least the reporting threshold answered.
 */
@Injectable()
export class EvaluationsService {
  constructor(private readonly tenantDb: TenantDb) {}

  async start(actor: Actor, trajectoryId: string): Promise<PhaseEvaluation> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const context = await steeredTrajectory(scope, trajectoryId);
      const phase = context.trajectory.currentPhase;
      if (await scope.repo(PhaseEvaluation).findOne({ trajectoryId, phase }))
        throw conflict('EVALUATION_EXISTS', {
          nl: 'Deze fase heeft al een evaluatie.',
          en: 'This phase already has an evaluation.',
        });
      const repo = scope.repo(PhaseEvaluation);
      const evaluation = await repo.save(
        repo.create({ trajectoryId, phase, closedAt: null, outcome: null }),
      );
      const phaseName = context.trajectory.phases[phase]!;
      await notify(scope, await this.participants(scope, context), {
        kind: 'evaluation.started',
        titleNl: `Evaluatie van fase ${phaseName.nl}: ${context.trajectory.title}`,
        titleEn: `Evaluation of phase ${phaseName.en}: ${context.trajectory.title}`,
        bodyNl:
          'Wat ging goed, wat kan beter? Je antwoord wordt zonder naam bewaard.',
        bodyEn:
          'What went well, what could be better? Your answer is kept without your name.',
        link: `/trajectories/${trajectoryId}/evaluation`,
      });
      await recordEvent(
        scope,
        trajectoryId,
        'evaluation.started',
        {
          nl: `Evaluatie van fase ${phaseName.nl} gestart`,
          en: `Evaluation of phase ${phaseName.en} started`,
        },
        true,
      );
      return this.present(scope, context, evaluation);
    });
  }

  async evaluations(
    actor: Actor,
    trajectoryId: string,
  ): Promise<PhaseEvaluation[]> {
    const scope = this.tenantDb.scope(actor);
    const context = await readableTrajectory(scope, trajectoryId);
    const evaluations = await scope
      .repo(PhaseEvaluation)
      .find({ where: { trajectoryId }, order: { phase: 'ASC' } });
    return Promise.all(evaluations.map((e) => this.present(scope, context, e)));
  }

  async answer(
    actor: Actor,
    input: EvaluationAnswerInput,
  ): Promise<PhaseEvaluation> {
    const wentWell = input.wentWell.trim();
    const toImprove = input.toImprove.trim();
    if (!wentWell && !toImprove)
      throw badInput('EMPTY_ANSWER', {
        nl: 'Vul minstens één van beide vragen in.',
        en: 'Answer at least one of the two questions.',
      });
    return this.tenantDb.transaction(actor, async (scope) => {
      const evaluation = await scope
        .repo(PhaseEvaluation)
        .findOneOrFail({ id: input.evaluationId }, () => notFound(EVALUATION));
      const context = await readableTrajectory(scope, evaluation.trajectoryId);
      if (evaluation.closedAt)
        throw conflict('EVALUATION_CLOSED', {
          nl: 'Deze evaluatie is gesloten.',
          en: 'This evaluation is closed.',
        });
      if (!(await this.mayAnswer(scope, context)))
        throw new AppError('FORBIDDEN', 'NOT_A_PARTICIPANT', {
          nl: 'Alleen deelnemers aan dit traject (werkgroepen, regieteam) evalueren.',
          en: 'Only participants in this trajectory (workgroups, regie team) evaluate.',
        });
      const inserted = await scope.manager
        .createQueryBuilder()
        .insert()
        .into(EvaluationRespondent)
        .values({
          organisationId: scope.organisationId,
          evaluationId: evaluation.id,
          userId: actor.userId,
        })
        .orIgnore()
        .execute();
      if ((inserted.raw as unknown[]).length === 0)
        throw conflict('ALREADY_ANSWERED', {
          nl: 'Je hebt deze evaluatie al ingevuld.',
          en: 'You already answered this evaluation.',
        });
      await scope.manager.insert(EvaluationResponse, {
        organisationId: scope.organisationId,
        evaluationId: evaluation.id,
        wentWell,
        toImprove,
      });
      return this.present(scope, context, evaluation);
    });
  }

  async close(
    actor: Actor,
    evaluationId: string,
    outcome: string,
  ): Promise<PhaseEvaluation> {
    const text = requiredText(outcome, 20_000, 'OUTCOME_REQUIRED', 'outcome', {
      nl: 'Schrijf de uitkomst van de evaluatie.',
      en: 'Write the outcome of the evaluation.',
    });
    return this.tenantDb.transaction(actor, async (scope) => {
      const evaluation = await scope
        .repo(PhaseEvaluation)
        .findOneOrFail({ id: evaluationId }, () => notFound(EVALUATION));
      const context = await steeredTrajectory(scope, evaluation.trajectoryId);
      const before = evaluation.outcome;
      evaluation.outcome = text;
      evaluation.closedAt ??= new Date();
      const saved = await scope.repo(PhaseEvaluation).save(evaluation);
      await recordAudit(scope, {
        action: 'evaluation.closed',
        entityType: 'PhaseEvaluation',
        entityId: evaluationId,
        changes: { outcome: { from: before, to: text } },
      });
      await recordEvent(
        scope,
        evaluation.trajectoryId,
        'evaluation.closed',
        {
          nl: `Evaluatie van fase ${context.trajectory.phases[evaluation.phase]!.nl} afgerond`,
          en: `Evaluation of phase ${context.trajectory.phases[evaluation.phase]!.en} closed`,
        },
        true,
      );
      return this.present(scope, context, saved);
    });
  }

  /** Workgroup members and the regie team of the trajectory. */
  private async participants(
    scope: TenantScope,
    context: TrajectoryContext,
  ): Promise<string[]> {
    const workgroups = await scope
      .repo(Workgroup)
      .find({ where: { trajectoryId: context.trajectory.id } });
    const members = workgroups.length
      ? await scope.repo(WorkgroupMembership).find({
          where: {
            workgroupId: In(workgroups.map((w) => w.id)),
            status: MembershipStatus.MEMBER,
          },
        })
      : [];
    return [
      ...new Set([
        ...context.team.map((m) => m.userId),
        ...members.map((m) => m.userId),
      ]),
    ];
  }

  private async mayAnswer(
    scope: TenantScope,
    context: TrajectoryContext,
  ): Promise<boolean> {
    return (await this.participants(scope, context)).includes(
      scope.actor.userId,
    );
  }

  private async present(
    scope: TenantScope,
    context: TrajectoryContext,
    evaluation: PhaseEvaluation,
  ): Promise<PhaseEvaluation> {
    const responses = await scope
      .repo(EvaluationResponse)
      .find({ where: { evaluationId: evaluation.id } });
    const answered =
      (await scope
        .repo(EvaluationRespondent)
        .count({ evaluationId: evaluation.id, userId: scope.actor.userId })) >
      0;
    const showAnswers =
      context.steering && responses.length >= MINIMUM_REPORTING_THRESHOLD;
    return Object.assign(evaluation, {
      responseCount: responses.length,
      // Shuffled by text, not stored order, so the order does not reveal who answered when.
      answers: showAnswers
        ? responses
            .map((r) => ({ wentWell: r.wentWell, toImprove: r.toImprove }))
            .sort((a, b) => a.wentWell.localeCompare(b.wentWell))
        : [],
      answeredByMe: answered,
      canAnswer:
        !answered &&
        !evaluation.closedAt &&
        (await this.mayAnswer(scope, context)),
    });
  }
}
