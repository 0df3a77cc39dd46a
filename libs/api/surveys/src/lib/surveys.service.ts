import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import {
  comparabilityBreaks,
  definitionProblems,
  effectiveThreshold,
  QuestionKind,
  SURVEY_TEMPLATES,
  SurveyDefinition,
} from '@inspraak/domain';
import {
  Actor,
  badInput,
  conflict,
  notFound,
  QueueName,
  recordAudit,
  TenantDb,
  TenantScope,
  withTimeout,
} from '@inspraak/api-core';
import { assertReferenced } from '@inspraak/api-core';

const TRAJECTORY = { nl: 'Verandertraject', en: 'Change trajectory' };
import {
  InvitationStatus,
  ReportingDimension,
  Survey,
  SurveyInvitation,
  SurveyResponse,
  SurveyAudience,
  SurveyStatus,
} from './survey.entities';
import { formReportingUnits } from './survey-units';
import { SurveyInput } from './dto/survey.inputs';
import {
  AudienceDepartment,
  SurveyTemplateModel,
  SurveyView,
} from './survey.models';
import { assertAudienceReferences, resolveAudience } from './survey-audience';
import { SurveyInbox } from './survey-inbox';

export const SURVEY = { nl: 'Vragenlijst', en: 'Survey' };
export const INVITATION_BATCH_SIZE = 50;
const ENQUEUE_TIMEOUT_MS = 1_500;

/** What a batch sends: the invitations, or their reminders. */
export type SurveyMailKind = 'invite' | 'remind';

export interface InvitationBatchJob {
  organisationId: string;
  surveyId: string;
  invitationIds: string[];
  /** Absent in jobs queued before reminders went through the queue: invitations. */
  kind?: SurveyMailKind;
}

const DEFINITION_TEXT = {
  nl: 'De vragenlijst is nog niet compleet of klopt niet; zie de velden.',
  en: 'The survey is not complete or not consistent; see the fields.',
};

/** Building, publishing, versioning and closing surveys. */
@Injectable()
export class SurveysService {
  private readonly logger = new Logger(SurveysService.name);

  constructor(
    private readonly tenantDb: TenantDb,
    private readonly dataSource: DataSource,
    @InjectQueue(QueueName.SurveyInvitations) private readonly queue: Queue,
    private readonly inbox: SurveyInbox,
  ) {}

  templates(): SurveyTemplateModel[] {
    return SURVEY_TEMPLATES.map((t) => ({
      key: t.key,
      title: t.title,
      sections: t.definition.sections,
    }));
  }

  /** The department tree with headcounts, for choosing an audience (authors need not manage the directory). */
  async audienceDepartments(actor: Actor): Promise<AudienceDepartment[]> {
    return (await this.tenantDb.scope(actor).manager.query(
      `SELECT d.id, d.name, d.parent_id AS "parentId",
              (SELECT count(*)::int FROM employee e WHERE e.organisation_id = d.organisation_id AND e.department_id = d.id AND e.status = 'ACTIVE' AND e.email <> '') AS employees
       FROM department d WHERE d.organisation_id = $1 ORDER BY d.name`,
      [actor.organisationId],
    )) as AudienceDepartment[];
  }

  async list(actor: Actor): Promise<SurveyView[]> {
    const scope = this.tenantDb.scope(actor);
    const surveys = await scope
      .repo(Survey)
      .find({ order: { createdAt: 'DESC' }, take: 200 });
    return Promise.all(surveys.map((s) => this.view(scope, s)));
  }

  async get(actor: Actor, id: string): Promise<SurveyView> {
    const scope = this.tenantDb.scope(actor);
    return this.view(scope, await this.find(scope, id));
  }

  /** A new draft: blank (from the input), from a template, or a copy of an earlier survey. */
  async create(
    actor: Actor,
    input: SurveyInput,
    from: { templateKey?: string | null; copyOf?: string | null },
  ): Promise<SurveyView> {
    return this.tenantDb.transaction(actor, async (scope) => {
      let definition = toDefinition(input);
      if (from.templateKey) {
        const template = SURVEY_TEMPLATES.find(
          (t) => t.key === from.templateKey,
        );
        if (!template)
          throw badInput('UNKNOWN_TEMPLATE', {
            nl: 'Dat sjabloon bestaat niet.',
            en: 'That template does not exist.',
          });
        definition = structuredClone(template.definition);
      } else if (from.copyOf) {
        definition = structuredClone(
          (await this.find(scope, from.copyOf)).definition,
        );
      }
      const survey = await this.save(
        scope,
        scope.repo(Survey).create({
          seriesId: randomUUID(),
          run: 1,
          createdByUserId: actor.userId,
          status: SurveyStatus.DRAFT,
        }),
        input,
        definition,
      );
      await recordAudit(scope, {
        action: 'survey.created',
        entityType: 'Survey',
        entityId: survey.id,
        changes: {
          title: { from: null, to: survey.title },
          from: from.templateKey ?? from.copyOf ?? null,
        },
      });
      return this.view(scope, survey);
    });
  }

  /**
   * Saves a draft as given. A published survey keeps its questions
   * comparable: only wording, the introduction, the closing and reminder
   * times change; anything else asks for a new version.
   */
  async update(
    actor: Actor,
    id: string,
    input: SurveyInput,
  ): Promise<SurveyView> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const survey = await this.find(scope, id);
      if (survey.status === SurveyStatus.CLOSED)
        throw conflict('SURVEY_CLOSED', {
          nl: 'Deze vragenlijst is gesloten; maak een nieuwe versie.',
          en: 'This survey is closed; make a new version.',
        });
      const definition = toDefinition(input);
      if (survey.status === SurveyStatus.PUBLISHED) {
        // An end time that passed closes the survey (the worker's minute job); moving it back and forth would let a small group out of the inbox.
        if (survey.closesAt && survey.closesAt <= new Date())
          throw conflict('SURVEY_CLOSED', {
            nl: 'De sluitingstijd van deze vragenlijst is voorbij; hij wordt gesloten.',
            en: 'This survey has passed its closing time; it is being closed.',
          });
        if (input.closesAt && input.closesAt <= new Date())
          throw badInput(
            'CLOSES_IN_PAST',
            {
              nl: 'De sluitingstijd ligt in het verleden. Sluit de vragenlijst met "Sluiten".',
              en: 'The closing time is in the past. Close the survey with "Close".',
            },
            [
              {
                field: 'closesAt',
                message: { nl: 'In het verleden.', en: 'In the past.' },
              },
            ],
          );
        const breaks = comparabilityBreaks(survey.definition, definition);
        if (breaks.length > 0)
          throw conflict('NEEDS_NEW_VERSION', {
            nl: `Deze wijziging maakt antwoorden onvergelijkbaar (${breaks.map((b) => b.questionKey).join(', ')}). Maak een nieuwe versie.`,
            en: `This change makes answers incomparable (${breaks.map((b) => b.questionKey).join(', ')}). Make a new version.`,
          });
        if (
          input.mode !== survey.mode ||
          effectiveThreshold(input.threshold) !== survey.threshold ||
          (input.reportBy != null && input.reportBy !== survey.reportBy) ||
          JSON.stringify(toAudience(input.audience)) !==
            JSON.stringify(toAudience(survey.audience))
        )
          throw conflict('PUBLISHED_SETTINGS_FIXED', {
            nl: 'Modus, drempel, doelgroep en uitsplitsing van een gepubliceerde vragenlijst liggen vast.',
            en: 'Mode, threshold, audience and breakdown of a published survey are fixed.',
          });
      }
      const saved = await this.save(scope, survey, input, definition);
      await recordAudit(scope, {
        action: 'survey.updated',
        entityType: 'Survey',
        entityId: id,
        changes: { title: { from: survey.title, to: saved.title } },
      });
      return this.view(scope, saved);
    });
  }

  /** A new run of the survey (a new version), as a draft in the same series. */
  async newVersion(actor: Actor, id: string): Promise<SurveyView> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const source = await this.find(scope, id);
      const latest = await scope.repo(Survey).find({
        where: { seriesId: source.seriesId },
        order: { run: 'DESC' },
        take: 1,
      });
      const repo = scope.repo(Survey);
      const copy = await repo.save(
        repo.create({
          ...pick(source),
          definition: structuredClone(source.definition),
          audience: structuredClone(source.audience),
          seriesId: source.seriesId,
          run: (latest[0]?.run ?? source.run) + 1,
          status: SurveyStatus.DRAFT,
          createdByUserId: actor.userId,
          closesAt: null,
          remindAt: null,
          remindedAt: null,
          publishedAt: null,
          closedAt: null,
        }),
      );
      await recordAudit(scope, {
        action: 'survey.new-version',
        entityType: 'Survey',
        entityId: copy.id,
        changes: { run: { from: source.run, to: copy.run } },
      });
      return this.view(scope, copy);
    });
  }

  /** Publishes: fixes the audience as invitations and queues them for the worker. */
  async publish(actor: Actor, id: string): Promise<SurveyView> {
    const published = await this.tenantDb.transaction(actor, async (scope) => {
      const survey = await this.find(scope, id);
      if (survey.status !== SurveyStatus.DRAFT)
        throw conflict('ALREADY_PUBLISHED', {
          nl: 'Deze vragenlijst is al gepubliceerd.',
          en: 'This survey is already published.',
        });
      const problems = definitionProblems(survey.definition);
      if (problems.length > 0)
        throw badInput(
          'INVALID_SURVEY',
          DEFINITION_TEXT,
          problems.map((p) => ({
            field: p.path,
            message: PROBLEM_TEXT[p.reason],
          })),
        );
      if (survey.closesAt && survey.closesAt <= new Date())
        throw badInput(
          'CLOSES_IN_PAST',
          {
            nl: 'De sluitingstijd ligt in het verleden.',
            en: 'The closing time is in the past.',
          },
          [
            {
              field: 'closesAt',
              message: { nl: 'In het verleden.', en: 'In the past.' },
            },
          ],
        );
      const invitees = await resolveAudience(scope, survey.audience);
      if (invitees.length === 0)
        throw badInput('EMPTY_AUDIENCE', {
          nl: 'Er is niemand om uit te nodigen.',
          en: 'There is nobody to invite.',
        });
      for (let i = 0; i < invitees.length; i += 1000)
        await scope.manager.insert(
          SurveyInvitation,
          invitees.slice(i, i + 1000).map((invitee) => ({
            ...invitee,
            organisationId: scope.organisationId,
            surveyId: id,
            status: InvitationStatus.PENDING,
          })),
        );
      await formReportingUnits(scope.manager, scope.organisationId, survey);
      survey.status = SurveyStatus.PUBLISHED;
      survey.publishedAt = new Date();
      const saved = await scope.repo(Survey).save(survey);
      await recordAudit(scope, {
        action: 'survey.published',
        entityType: 'Survey',
        entityId: id,
        changes: { invited: { from: 0, to: invitees.length } },
      });
      return saved;
    });
    await this.enqueuePending(published.organisationId, published.id);
    return this.get(actor, id);
  }

  async close(actor: Actor, id: string): Promise<SurveyView> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const survey = await this.find(scope, id);
      if (survey.status !== SurveyStatus.PUBLISHED)
        throw conflict('NOT_RUNNING', {
          nl: 'Alleen een lopende vragenlijst kan sluiten.',
          en: 'Only a running survey can close.',
        });
      survey.status = SurveyStatus.CLOSED;
      survey.closedAt = new Date();
      const saved = await scope.repo(Survey).save(survey);
      // The results are complete at closing: every answer still waiting moves now, and every response gets its unit.
      await this.inbox.finish(scope.manager, scope.organisationId, id);
      await recordAudit(scope, {
        action: 'survey.closed',
        entityType: 'Survey',
        entityId: id,
        changes: {
          status: { from: SurveyStatus.PUBLISHED, to: SurveyStatus.CLOSED },
        },
      });
      return this.view(scope, saved);
    });
  }

  /** Reminds those who have not answered, now (the worker sends; nobody is told who they are). */
  async remindNow(actor: Actor, id: string): Promise<SurveyView> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const survey = await this.find(scope, id);
      if (survey.status !== SurveyStatus.PUBLISHED)
        throw conflict('NOT_RUNNING', {
          nl: 'Alleen een lopende vragenlijst kan herinneren.',
          en: 'Only a running survey can remind.',
        });
      if (survey.remindedAt)
        throw conflict('ALREADY_REMINDED', {
          nl: 'Er is al een herinnering verstuurd.',
          en: 'A reminder was already sent.',
        });
      survey.remindAt = new Date();
      await recordAudit(scope, {
        action: 'survey.remind-requested',
        entityType: 'Survey',
        entityId: id,
        changes: {},
      });
      return this.view(scope, await scope.repo(Survey).save(survey));
    });
  }

  /**
   * Queues the survey's pending invitations (or reminders) in batches. Safe
   * to repeat: the job id names the batch's first invitation and its
   * attempts so far, so BullMQ keeps one job per batch and try; and the
   * worker claims each one before sending. Never waits long for Redis: the
   * worker's sweep queues what is still pending.
   */
  async enqueuePending(
    organisationId: string,
    surveyId: string,
    manager: EntityManager = this.dataSource.manager,
    kind: SurveyMailKind = 'invite',
  ): Promise<number> {
    const pending = await manager.find(SurveyInvitation, {
      where:
        kind === 'invite'
          ? { organisationId, surveyId, status: InvitationStatus.PENDING }
          : {
              organisationId,
              surveyId,
              reminderStatus: InvitationStatus.PENDING,
            },
      select: { id: true, attempts: true, reminderAttempts: true },
      order: { id: 'ASC' },
    });
    let queued = 0;
    for (let i = 0; i < pending.length; i += INVITATION_BATCH_SIZE) {
      const batch = pending.slice(i, i + INVITATION_BATCH_SIZE);
      const invitationIds = batch.map((p) => p.id);
      const tried =
        kind === 'invite' ? batch[0]!.attempts : batch[0]!.reminderAttempts;
      try {
        await withTimeout(
          this.queue.add(
            kind,
            {
              organisationId,
              surveyId,
              invitationIds,
              kind,
            } satisfies InvitationBatchJob,
            {
              jobId: `${kind}-${invitationIds[0]}-${invitationIds.length}-${tried}`,
            },
          ),
          ENQUEUE_TIMEOUT_MS,
          'Redis',
        );
        queued += invitationIds.length;
      } catch (error) {
        this.logger.warn(
          `Survey ${surveyId}: ${kind === 'invite' ? 'invitations' : 'reminders'} not queued yet (${(error as Error).message}); the sweep will`,
        );
        break;
      }
    }
    return queued;
  }

  async find(scope: TenantScope, id: string): Promise<Survey> {
    return scope.repo(Survey).findOneOrFail({ id }, () => notFound(SURVEY));
  }

  private async save(
    scope: TenantScope,
    survey: Survey,
    input: SurveyInput,
    definition: SurveyDefinition,
  ): Promise<Survey> {
    const problems = definitionProblems(definition).filter(
      (p) => p.reason !== 'NO_QUESTIONS',
    );
    if (problems.length > 0)
      throw badInput(
        'INVALID_SURVEY',
        DEFINITION_TEXT,
        problems.map((p) => ({
          field: p.path,
          message: PROBLEM_TEXT[p.reason],
        })),
      );
    if (input.trajectoryId)
      await assertReferenced(
        scope,
        'trajectory',
        input.trajectoryId,
        TRAJECTORY,
      );
    const audience = toAudience(input.audience);
    await assertAudienceReferences(scope, audience);
    Object.assign(survey, {
      title: input.title.trim(),
      introduction: input.introduction.trim(),
      mode: input.mode,
      threshold: effectiveThreshold(input.threshold),
      audience,
      reportBy:
        input.reportBy ?? survey.reportBy ?? ReportingDimension.DEPARTMENT,
      trajectoryId: input.trajectoryId ?? null,
      closesAt: input.closesAt ?? null,
      remindAt: input.remindAt ?? null,
      definition,
    });
    return scope.repo(Survey).save(survey);
  }

  async view(scope: TenantScope, survey: Survey): Promise<SurveyView> {
    const counts = (await scope.manager.query(
      `SELECT status::text, count(*)::int AS n FROM survey_invitation WHERE organisation_id = $1 AND survey_id = $2 GROUP BY status`,
      [scope.organisationId, survey.id],
    )) as { status: InvitationStatus; n: number }[];
    const count = (status: InvitationStatus) =>
      counts.find((c) => c.status === status)?.n ?? 0;
    const previous =
      survey.run > 1
        ? await scope
            .repo(Survey)
            .findOne({ seriesId: survey.seriesId, run: survey.run - 1 })
        : null;
    const responses = await scope
      .repo(SurveyResponse)
      .count({ surveyId: survey.id });
    return Object.assign(new SurveyView(), survey, {
      sections: survey.definition.sections,
      invitedCount: counts.reduce((sum, c) => sum + c.n, 0),
      sentCount: count(InvitationStatus.SENT),
      failedCount: count(InvitationStatus.FAILED),
      // As the results' response: a count under the threshold, watched over time, says when each answer came.
      responseCount:
        responses >= effectiveThreshold(survey.threshold) ? responses : null,
      previousRunId: previous?.id ?? null,
    });
  }
}

const pick = (s: Survey) => ({
  title: s.title,
  introduction: s.introduction,
  mode: s.mode,
  threshold: s.threshold,
  reportBy: s.reportBy,
  trajectoryId: s.trajectoryId,
});

/** The audience as stored (and compared): ids and addresses once each, addresses in lower case. */
function toAudience(
  audience: Omit<SurveyAudience, 'trajectoryId'> & {
    trajectoryId?: string | null;
  },
): SurveyAudience {
  return {
    kind: audience.kind,
    departmentIds: [...new Set(audience.departmentIds)].sort(),
    includeSubDepartments: audience.includeSubDepartments,
    trajectoryId: audience.trajectoryId ?? null,
    emails: [
      ...new Set(audience.emails.map((e) => e.trim().toLowerCase())),
    ].sort(),
  };
}

export function toDefinition(input: SurveyInput): SurveyDefinition {
  return {
    sections: input.sections.map((section) => ({
      key: section.key.trim(),
      title: { nl: section.title.nl.trim(), en: section.title.en.trim() },
      questions: section.questions.map((q) => ({
        key: q.key.trim(),
        kind: q.kind as QuestionKind,
        text: { nl: q.text.nl.trim(), en: q.text.en.trim() },
        required: q.required,
        options: q.options.map((o) => ({
          key: o.key.trim(),
          label: { nl: o.label.nl.trim(), en: o.label.en.trim() },
        })),
        condition: q.condition
          ? { questionKey: q.condition.questionKey, anyOf: q.condition.anyOf }
          : null,
      })),
    })),
  };
}

const PROBLEM_TEXT: Record<string, { nl: string; en: string }> = {
  NO_QUESTIONS: {
    nl: 'Voeg minstens één vraag toe.',
    en: 'Add at least one question.',
  },
  TOO_MANY: {
    nl: 'Te veel vragen of onderdelen.',
    en: 'Too many questions or sections.',
  },
  DUPLICATE_KEY: {
    nl: 'Deze sleutel komt twee keer voor.',
    en: 'This key occurs twice.',
  },
  MISSING_TEXT: {
    nl: 'Vul de tekst in het Nederlands en het Engels in.',
    en: 'Fill in the text in Dutch and English.',
  },
  TEXT_TOO_LONG: { nl: 'De tekst is te lang.', en: 'The text is too long.' },
  OPTIONS_REQUIRED: {
    nl: 'Geef 2 tot 20 antwoordopties.',
    en: 'Give 2 to 20 options.',
  },
  OPTIONS_NOT_ALLOWED: {
    nl: 'Dit soort vraag heeft geen opties.',
    en: 'This kind of question has no options.',
  },
  CONDITION_UNKNOWN_QUESTION: {
    nl: 'De voorwaarde noemt een onbekende vraag.',
    en: 'The condition names an unknown question.',
  },
  CONDITION_NOT_EARLIER: {
    nl: 'Een voorwaarde kan alleen naar een eerdere vraag verwijzen.',
    en: 'A condition can only refer to an earlier question.',
  },
  CONDITION_UNSUPPORTED_KIND: {
    nl: 'Een voorwaarde kan niet op een open vraag of rangschikking.',
    en: 'A condition cannot be on an open or ranking question.',
  },
  CONDITION_UNKNOWN_VALUE: {
    nl: 'De voorwaarde noemt een antwoord dat niet bestaat.',
    en: 'The condition names an answer that does not exist.',
  },
};
