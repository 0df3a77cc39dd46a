import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  AnswerValue,
  Answers,
  checkResponse,
  SurveyDefinition,
  todayInAmsterdam,
} from '@inspraak/domain';
import {
  Actor,
  badInput,
  conflict,
  notFound,
  TenantDb,
} from '@inspraak/api-core';
import {
  ReportingDimension,
  Survey,
  SurveyInvitation,
  SurveyMode,
  SurveyStatus,
  SurveyTokenUse,
} from './survey.entities';
import { AnswerInput } from './dto/survey.inputs';
import { SurveyToAnswer } from './survey.models';
import { protectionSentence } from './survey-protection';
import { surveyTokenHash } from './survey-invitations';
import { SurveyInbox } from './survey-inbox';

const LINK = { nl: 'Deze link', en: 'This link' };

const closed = () =>
  conflict('SURVEY_CLOSED', {
    nl: 'Deze vragenlijst is gesloten; antwoorden kan niet meer.',
    en: 'This survey is closed; answers are no longer accepted.',
  });

/**
 * Answering, with a one-time link (no account) or from inside the app. A
 * response is stored exactly once: the link's use is recorded (with the day
 * only, apart from the answer) in the same transaction that puts the answer
 * in the inbox, and a second submit finds it. The inbox (`SurveyInbox`)
 * later moves answers into the results in groups, in a transaction of their
 * own, so nothing in the database ties an answer to its link's use.
 */
@Injectable()
export class AnsweringService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tenantDb: TenantDb,
    private readonly inbox: SurveyInbox,
  ) {}

  async byToken(token: string): Promise<SurveyToAnswer> {
    const { invitation, survey } = await this.resolveToken(
      this.dataSource.manager,
      token,
    );
    return this.present(this.dataSource.manager, survey, invitation);
  }

  async submitByToken(token: string, given: AnswerInput[]): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const { invitation, survey } = await this.resolveToken(manager, token);
      await this.store(manager, survey, invitation, given);
      return true;
    });
  }

  /** Surveys I am invited to (by my e-mail address), newest first. */
  async mine(actor: Actor): Promise<SurveyToAnswer[]> {
    const manager = this.tenantDb.scope(actor).manager;
    const invitations = await manager
      .createQueryBuilder(SurveyInvitation, 'i')
      .innerJoin(
        Survey,
        's',
        's.id = i.surveyId AND s.organisationId = i.organisationId',
      )
      .where(
        'i.organisationId = :org AND i.email = :email AND s.status <> :draft',
        {
          org: actor.organisationId,
          email: actor.email.toLowerCase(),
          draft: SurveyStatus.DRAFT,
        },
      )
      .getMany();
    const result: SurveyToAnswer[] = [];
    for (const invitation of invitations) {
      const survey = await manager.findOneOrFail(Survey, {
        where: { id: invitation.surveyId },
      });
      result.push(await this.present(manager, survey, invitation));
    }
    return result.sort(
      (a, b) =>
        Number(b.open) - Number(a.open) || a.title.localeCompare(b.title),
    );
  }

  async mineOne(actor: Actor, surveyId: string): Promise<SurveyToAnswer> {
    const manager = this.tenantDb.scope(actor).manager;
    const { invitation, survey } = await this.myInvitation(
      manager,
      actor,
      surveyId,
    );
    return this.present(manager, survey, invitation);
  }

  async submitMine(
    actor: Actor,
    surveyId: string,
    given: AnswerInput[],
  ): Promise<boolean> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const { invitation, survey } = await this.myInvitation(
        scope.manager,
        actor,
        surveyId,
      );
      await this.store(scope.manager, survey, invitation, given);
      return true;
    });
  }

  /**
   * Never locks the invitation: a row lock writes the submitting
   * transaction's id into the row (xmax), the same id the inbox row gets.
   * The unique link use is what makes a second submit fail.
   */
  private async myInvitation(
    manager: EntityManager,
    actor: Actor,
    surveyId: string,
  ) {
    const invitation = await manager.findOne(SurveyInvitation, {
      where: {
        organisationId: actor.organisationId,
        surveyId,
        email: actor.email.toLowerCase(),
      },
    });
    const survey = invitation
      ? await manager.findOne(Survey, {
          where: { id: surveyId, organisationId: actor.organisationId },
        })
      : null;
    if (!invitation || !survey || survey.status === SurveyStatus.DRAFT)
      throw notFound({ nl: 'Vragenlijst', en: 'Survey' });
    return { invitation, survey };
  }

  private async resolveToken(manager: EntityManager, token: string) {
    const invitation = /^[A-Za-z0-9_-]{43}$/.test(token)
      ? await manager.findOne(SurveyInvitation, {
          where: { tokenHash: surveyTokenHash(token) },
        })
      : null;
    const survey = invitation
      ? await manager.findOne(Survey, {
          where: {
            id: invitation.surveyId,
            organisationId: invitation.organisationId,
          },
        })
      : null;
    // An unknown, replaced or malformed link: one answer for all, so links cannot be probed.
    if (!invitation || !survey) throw notFound(LINK);
    return { invitation, survey };
  }

  private async store(
    manager: EntityManager,
    survey: Survey,
    invitation: SurveyInvitation,
    given: AnswerInput[],
  ) {
    // Closing waits for this submit (and this submit sees a close that came first): no answer reaches the inbox after the close moved everything, so units, once shown, never change.
    const [current] = (await manager.query(
      'SELECT status, closes_at AS "closesAt" FROM survey WHERE id = $1 AND organisation_id = $2 FOR SHARE',
      [survey.id, survey.organisationId],
    )) as Pick<Survey, 'status' | 'closesAt'>[];
    if (!current || !isOpen({ ...survey, ...current } as Survey))
      throw closed();
    const checked = checkAnswers(survey.definition, given);
    const used = (await manager.query(
      `INSERT INTO survey_token_use (organisation_id, survey_id, invitation_id, used_on) VALUES ($1, $2, $3, $4) ON CONFLICT (invitation_id) DO NOTHING RETURNING id`,
      [survey.organisationId, survey.id, invitation.id, todayInAmsterdam()],
    )) as { id: string }[];
    if (used.length === 0)
      throw conflict('ALREADY_ANSWERED', {
        nl: 'Met deze uitnodiging is al geantwoord; een antwoord telt één keer.',
        en: 'This invitation was already used; an answer counts once.',
      });
    await this.inbox.deposit(
      manager,
      survey,
      // Anonymous: nothing links the answer to the invitation.
      survey.mode === SurveyMode.ANONYMOUS ? null : invitation.id,
      {
        unitKey: invitation.unitKey ?? legacyGroupKey(survey, invitation),
        tokenUseId: used[0]!.id,
        answers: checked,
      },
    );
  }

  private async present(
    manager: EntityManager,
    survey: Survey,
    invitation: SurveyInvitation,
  ): Promise<SurveyToAnswer> {
    const used = await manager.count(SurveyTokenUse, {
      where: { invitationId: invitation.id },
    });
    return respondentPage(survey, {
      alreadyAnswered: used > 0,
      open: isOpen(survey),
    });
  }
}

/** The group an invitation from before reporting units were stored is counted in: sealed with the answer, mapped into its unit when the survey closes. */
function legacyGroupKey(survey: Survey, invitation: SurveyInvitation): string {
  const group =
    survey.reportBy === ReportingDimension.LOCATION
      ? invitation.location
      : survey.reportBy === ReportingDimension.CONTRACT_TYPE
        ? invitation.contractType
        : invitation.departmentId;
  return group ?? '';
}

/**
 * Checks given answers against a survey's questions exactly as a submit
 * does (one value per answer, the domain's response check, hidden
 * questions' answers dropped) and returns what would be stored; throws
 * `BAD_USER_INPUT` with a field per problem. Stores nothing: the survey
 * preview uses it too.
 */
export function checkAnswers(
  definition: SurveyDefinition,
  given: AnswerInput[],
): Answers {
  const answers: Answers = {};
  for (const answer of given) {
    const set = [
      answer.number != null,
      answer.options != null,
      answer.text != null,
    ].filter(Boolean).length;
    if (set !== 1 || answers[answer.questionKey])
      throw badInput(
        'INVALID_ANSWER',
        {
          nl: 'Elk antwoord heeft precies één waarde.',
          en: 'Each answer has exactly one value.',
        },
        [
          {
            field: answer.questionKey,
            message: { nl: 'Ongeldig antwoord.', en: 'Invalid answer.' },
          },
        ],
      );
    answers[answer.questionKey] = (
      answer.number != null
        ? { number: answer.number }
        : answer.options != null
          ? { options: answer.options }
          : { text: answer.text! }
    ) as AnswerValue;
  }
  const checked = checkResponse(definition, answers);
  if (checked.problems.length > 0)
    throw badInput(
      'INVALID_RESPONSE',
      {
        nl: 'Niet alle vragen zijn goed beantwoord.',
        en: 'Not all questions are answered correctly.',
      },
      checked.problems.map((p) => ({
        field: p.questionKey,
        message: ANSWER_PROBLEM_TEXT[p.reason],
      })),
    );
  return checked.answers;
}

/** The respondent's page of a survey: what the answer form shows (also the authors' preview). */
export function respondentPage(
  survey: Survey,
  state: { alreadyAnswered: boolean; open: boolean },
): SurveyToAnswer {
  return {
    surveyId: survey.id,
    title: survey.title,
    introduction: survey.introduction,
    mode: survey.mode,
    protection: protectionSentence(survey.mode, survey.threshold),
    sections: survey.definition.sections,
    ...state,
    closesAt: survey.closesAt,
  };
}

export const isOpen = (survey: Survey) =>
  survey.status === SurveyStatus.PUBLISHED &&
  (!survey.closesAt || survey.closesAt > new Date());

const ANSWER_PROBLEM_TEXT: Record<string, { nl: string; en: string }> = {
  REQUIRED: {
    nl: 'Deze vraag is verplicht.',
    en: 'This question is required.',
  },
  INVALID: {
    nl: 'Dit antwoord past niet bij de vraag.',
    en: 'This answer does not fit the question.',
  },
  TOO_LONG: { nl: 'Dit antwoord is te lang.', en: 'This answer is too long.' },
  UNKNOWN_QUESTION: {
    nl: 'Deze vraag bestaat niet.',
    en: 'This question does not exist.',
  },
};
