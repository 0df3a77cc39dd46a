import { Injectable } from '@nestjs/common';
import type { AuditAction } from '@inspraak/shared';
import {
  applyEvent,
  daysAfter,
  DEADLINE_NAMES,
  DeadlineKind,
  DeadlineSettings,
  isValidItem,
  legalBasis,
  legalWindows,
  meetingNoticeDeadline,
  PROCEDURE_KEEPERS,
  ProcedureEvent,
  ProcedureFacts,
  ProcedureState,
  ProcedureType,
  OVERLEG_REQUEST_DAYS,
  REFUSAL_TEXT,
  firstStepDate,
  stepDateRefusalText,
  todayInAmsterdam,
} from '@inspraak/domain';
import {
  Actor,
  badInput,
  conflict,
  diffFields,
  notFound,
  recordAudit,
  TenantDb,
  TenantScope,
} from '@inspraak/api-core';
import { assertReferenced, checkedCalendarDate } from '@inspraak/api-core';

const TRAJECTORY = { nl: 'Verandertraject', en: 'Change trajectory' };
import {
  CouncilResponseKind,
  Procedure,
  ProcedureEvidence,
  ProcedureLetter,
  ProcedureStep,
  WorSettings,
} from './procedure.entities';
import {
  ProcedureInput,
  ProcedureStepInput,
  WorSettingsInput,
} from './dto/procedure.inputs';
import {
  AttachableSnapshot,
  DeadlineModel,
  ProcedureView,
  PublicProcedure,
  TrajectoryWithoutProcedure,
  UpcomingDeadline,
} from './procedure.models';

export const PROCEDURE = { nl: 'Procedure', en: 'Procedure' };
const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
const FIELDS = [
  'type',
  'item',
  'title',
  'requestReceivedOn',
  'agreedTermDays',
  'meetingRequestedOn',
  'plannedMeetingOn',
  'reasonsStated',
  'consequencesStated',
  'measuresStated',
  'completenessNotes',
  'conditions',
  'trajectoryId',
  'confidential',
  'committee',
  'requestFileName',
] as const;

export const isKeeper = (actor: Actor) =>
  actor.roles.some((r) => PROCEDURE_KEEPERS.includes(r));

export function legalReference(
  procedure: Pick<Procedure, 'type' | 'item'>,
): string {
  const basis = legalBasis(procedure.type);
  if (procedure.type === ProcedureType.COVENANT_ADVICE)
    return `adviesrecht volgens convenant: ${procedure.item ?? ''}`;
  return procedure.item && basis.items.length > 0
    ? `${basis.article} sub ${procedure.item} WOR`
    : `${basis.article} WOR`;
}

export function factsOf(procedure: Procedure): ProcedureFacts {
  return {
    type: procedure.type,
    state: procedure.state,
    requestReceivedOn: procedure.requestReceivedOn,
    meetingDates: procedure.meetingDates,
    response: procedure.response,
    responseSentOn: procedure.responseSentOn,
    deviates: procedure.deviates,
    noticeOn: procedure.noticeOn,
    reasonsReceivedOn: procedure.reasonsReceivedOn,
    suspensionWaived: procedure.suspensionWaived,
    employeesConsulted: procedure.employeesConsulted,
  };
}

/** The procedure's deadlines: the agreed term while the council has not answered, art. 23's two weeks, the invitation to a planned overlegvergadering (art. 14) until it is held, and the legal windows after the decision. */
export function deadlinesOf(
  procedure: Procedure,
  settings: DeadlineSettings,
): DeadlineModel[] {
  const list: { kind: DeadlineKind; date: string }[] = [];
  const open = ![ProcedureState.CLOSED, ProcedureState.WITHDRAWN].includes(
    procedure.state,
  );
  const beforeAnswer = [
    ProcedureState.RECEIVED,
    ProcedureState.IN_PROGRESS,
    ProcedureState.EMPLOYEES_CONSULTED,
    ProcedureState.MEETING_HELD,
  ].includes(procedure.state);
  if (open && beforeAnswer && procedure.agreedTermDays)
    list.push({
      kind: 'AGREED_TERM',
      date: daysAfter(
        procedure.requestReceivedOn,
        procedure.agreedTermDays,
        settings,
      ),
    });
  if (
    open &&
    procedure.meetingRequestedOn &&
    !procedure.meetingDates.some((d) => d >= procedure.meetingRequestedOn!)
  )
    list.push({
      kind: 'OVERLEG_WITHIN_TWO_WEEKS',
      date: daysAfter(
        procedure.meetingRequestedOn,
        OVERLEG_REQUEST_DAYS,
        settings,
      ),
    });
  if (
    open &&
    beforeAnswer &&
    procedure.plannedMeetingOn &&
    !procedure.meetingDates.some((d) => d >= procedure.plannedMeetingOn!)
  )
    list.push({
      kind: 'MEETING_NOTICE',
      date: meetingNoticeDeadline(procedure.plannedMeetingOn),
    });
  if (open) {
    const windows = legalWindows(factsOf(procedure), settings);
    if (windows.suspensionEndsOn)
      list.push({ kind: 'SUSPENSION_ENDS', date: windows.suspensionEndsOn });
    if (windows.appealEndsOn)
      list.push({ kind: 'APPEAL_ENDS', date: windows.appealEndsOn });
    if (windows.nullityEndsOn)
      list.push({ kind: 'NULLITY_ENDS', date: windows.nullityEndsOn });
  }
  return list
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((d) => ({
      ...d,
      nameNl: DEADLINE_NAMES[d.kind].nl,
      nameEn: DEADLINE_NAMES[d.kind].en,
    }));
}

const STEP_KINDS: ProcedureEvent['kind'][] = [
  'START_HANDLING',
  'RECORD_CONSULTATION',
  'RECORD_MEETING',
  'SEND_RESPONSE',
  'RECORD_DECISION',
  'WAIVE_SUSPENSION',
  'CLOSE',
  'WITHDRAW',
];

/** What the audit trail calls each step. */
const STEP_AUDIT_ACTIONS: Record<ProcedureEvent['kind'], AuditAction> = {
  START_HANDLING: 'procedure.start_handling',
  RECORD_CONSULTATION: 'procedure.record_consultation',
  RECORD_MEETING: 'procedure.record_meeting',
  SEND_RESPONSE: 'procedure.send_response',
  RECORD_DECISION: 'procedure.record_decision',
  WAIVE_SUSPENSION: 'procedure.waive_suspension',
  CLOSE: 'procedure.close',
  WITHDRAW: 'procedure.withdraw',
};

/** Works council procedures: registering, the steps of the state machine, deadlines and the views on them. */
@Injectable()
export class ProceduresService {
  constructor(private readonly tenantDb: TenantDb) {}

  async settings(scope: TenantScope): Promise<WorSettings> {
    return (
      (await scope.manager.findOne(WorSettings, {
        where: { organisationId: scope.organisationId },
      })) ??
      Object.assign(new WorSettings(), {
        organisationId: scope.organisationId,
        moveDeadlinesToWorkingDay: false,
        councilName: 'Ondernemingsraad',
        letterheadAddress: '',
        signatory: '',
      })
    );
  }

  async getSettings(actor: Actor): Promise<WorSettings> {
    return this.settings(this.tenantDb.scope(actor));
  }

  async updateSettings(
    actor: Actor,
    input: WorSettingsInput,
  ): Promise<WorSettings> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const before = await this.settings(scope);
      const next = {
        organisationId: scope.organisationId,
        ...input,
        councilName: input.councilName.trim(),
      };
      await scope.manager.upsert(WorSettings, next, ['organisationId']);
      await recordAudit(scope, {
        action: 'procedures.settings-updated',
        entityType: 'WorSettings',
        entityId: scope.organisationId,
        changes: diffFields(before, next as WorSettings, [
          'moveDeadlinesToWorkingDay',
          'councilName',
          'letterheadAddress',
          'signatory',
        ]),
      });
      return this.settings(scope);
    });
  }

  async list(actor: Actor): Promise<ProcedureView[]> {
    const scope = this.tenantDb.scope(actor);
    const procedures = await scope
      .repo(Procedure)
      .find({ order: { requestReceivedOn: 'DESC' }, take: 500 });
    const settings = await this.settings(scope);
    return Promise.all(
      procedures.map((p) => this.view(scope, p, settings, false)),
    );
  }

  async get(actor: Actor, id: string): Promise<ProcedureView> {
    const scope = this.tenantDb.scope(actor);
    return this.view(
      scope,
      await this.find(scope, id),
      await this.settings(scope),
      true,
    );
  }

  async create(actor: Actor, input: ProcedureInput): Promise<ProcedureView> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const repo = scope.repo(Procedure);
      const procedure = repo.create({
        state: ProcedureState.RECEIVED,
        meetingDates: [],
        suspensionWaived: false,
      });
      await this.apply(scope, procedure, input);
      const saved = await repo.save(procedure);
      await this.step(scope, saved, 'REGISTERED', '');
      await recordAudit(scope, {
        action: 'procedure.registered',
        entityType: 'Procedure',
        entityId: saved.id,
        changes: diffFields({} as Procedure, saved, FIELDS),
      });
      return this.view(scope, saved, await this.settings(scope), true);
    });
  }

  async update(
    actor: Actor,
    id: string,
    input: ProcedureInput,
  ): Promise<ProcedureView> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const procedure = await this.find(scope, id);
      if (
        input.type !== procedure.type &&
        procedure.state !== ProcedureState.RECEIVED
      )
        throw conflict('TYPE_FIXED', {
          nl: 'Het soort procedure ligt vast zodra de behandeling begonnen is.',
          en: 'The kind of procedure is fixed once handling has started.',
        });
      const before = { ...procedure } as Procedure;
      await this.apply(scope, procedure, input);
      const firstStep = firstStepDate(factsOf(procedure));
      if (firstStep && procedure.requestReceivedOn > firstStep)
        throw badInput(
          'STEP_DATE_BEFORE_PREVIOUS',
          {
            nl: `De aanvraag kan niet later ontvangen zijn dan de eerste stap die erop volgde (${firstStep}).`,
            en: `The request cannot have been received after the first step that followed it (${firstStep}).`,
          },
          [
            {
              field: 'requestReceivedOn',
              message: {
                nl: `Uiterlijk ${firstStep}.`,
                en: `On ${firstStep} at the latest.`,
              },
            },
          ],
        );
      const saved = await scope.repo(Procedure).save(procedure);
      await recordAudit(scope, {
        action: 'procedure.updated',
        entityType: 'Procedure',
        entityId: id,
        changes: diffFields(before, saved, FIELDS),
      });
      return this.view(scope, saved, await this.settings(scope), true);
    });
  }

  /** Records one step; the domain's state machine decides whether it is allowed now. */
  async advance(
    actor: Actor,
    id: string,
    input: ProcedureStepInput,
  ): Promise<ProcedureView> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const procedure = await this.find(scope, id);
      const settings = await this.settings(scope);
      const today = todayInAmsterdam();
      const on = (value: string | null | undefined, field: string) => {
        const day = checkedCalendarDate(value, field) ?? today;
        if (day > today)
          throw badInput(
            'DATE_IN_FUTURE',
            {
              nl: 'Een stap kan niet in de toekomst gezet zijn.',
              en: 'A step cannot be dated in the future.',
            },
            [
              {
                field,
                message: { nl: 'In de toekomst.', en: 'In the future.' },
              },
            ],
          );
        return day;
      };
      let event: ProcedureEvent;
      switch (input.kind) {
        case 'SEND_RESPONSE':
          if (!input.response)
            throw badInput(
              'RESPONSE_KIND_REQUIRED',
              {
                nl: 'Kies positief, negatief of onder voorwaarden.',
                en: 'Choose positive, negative or conditional.',
              },
              [
                {
                  field: 'response',
                  message: { nl: 'Verplicht.', en: 'Required.' },
                },
              ],
            );
          event = {
            kind: 'SEND_RESPONSE',
            response: input.response,
            on: on(input.on, 'on'),
          };
          break;
        case 'RECORD_MEETING':
          event = { kind: 'RECORD_MEETING', on: on(input.on, 'on') };
          break;
        case 'RECORD_DECISION':
          if (input.deviates == null)
            throw badInput(
              'DEVIATES_REQUIRED',
              {
                nl: 'Geef aan of het besluit afwijkt van het advies.',
                en: 'Say whether the decision deviates from the advice.',
              },
              [
                {
                  field: 'deviates',
                  message: { nl: 'Verplicht.', en: 'Required.' },
                },
              ],
            );
          event = {
            kind: 'RECORD_DECISION',
            deviates: input.deviates,
            noticeOn: on(input.noticeOn, 'noticeOn'),
            reasonsReceivedOn: input.reasonsReceivedOn
              ? on(input.reasonsReceivedOn, 'reasonsReceivedOn')
              : null,
          };
          break;
        case 'CLOSE':
          event = { kind: 'CLOSE', today };
          break;
        default:
          event = {
            kind: input.kind as Exclude<
              ProcedureEvent['kind'],
              'SEND_RESPONSE' | 'RECORD_MEETING' | 'RECORD_DECISION' | 'CLOSE'
            >,
          };
      }
      const result = applyEvent(
        factsOf(procedure),
        event,
        toDeadlineSettings(settings),
      );
      if (!result.ok) {
        if (result.date) {
          const text = stepDateRefusalText(result.date);
          throw badInput(result.refusal, text, [
            { field: result.date.field, message: text },
          ]);
        }
        throw conflict(result.refusal, REFUSAL_TEXT[result.refusal]);
      }
      const before = { ...procedure } as Procedure;
      Object.assign(procedure, {
        state: result.facts.state,
        meetingDates: [...result.facts.meetingDates],
        response: result.facts.response as CouncilResponseKind | null,
        responseSentOn: result.facts.responseSentOn,
        deviates: result.facts.deviates,
        noticeOn: result.facts.noticeOn,
        reasonsReceivedOn: result.facts.reasonsReceivedOn,
        suspensionWaived: result.facts.suspensionWaived,
        employeesConsulted: result.facts.employeesConsulted,
      });
      // The planned meeting took place (perhaps moved): its invitation deadline (art. 14) is no longer ahead.
      if (input.kind === 'RECORD_MEETING' && input.heldAsPlanned)
        procedure.plannedMeetingOn = null;
      if (input.kind === 'SEND_RESPONSE')
        procedure.responseSummary = input.summary?.trim() || null;
      const saved = await scope.repo(Procedure).save(procedure);
      await this.step(scope, saved, input.kind, input.note.trim());
      await recordAudit(scope, {
        action: STEP_AUDIT_ACTIONS[input.kind as ProcedureEvent['kind']],
        entityType: 'Procedure',
        entityId: id,
        changes: diffFields(before, saved, [
          'state',
          'meetingDates',
          'response',
          'responseSentOn',
          'deviates',
          'noticeOn',
          'reasonsReceivedOn',
          'suspensionWaived',
          'employeesConsulted',
          'plannedMeetingOn',
        ] as const),
      });
      return this.view(scope, saved, settings, true);
    });
  }

  async requestDocument(
    actor: Actor,
    id: string,
  ): Promise<{ fileName: string; mediaType: string; contentBase64: string }> {
    const scope = this.tenantDb.scope(actor);
    const procedure = await this.find(scope, id);
    if (procedure.confidential && !isKeeper(actor))
      throw notFound({ nl: 'Document', en: 'Document' });
    const row = await scope.manager.findOne(Procedure, {
      where: { id, organisationId: scope.organisationId },
      select: { id: true, requestContent: true },
    });
    if (!row?.requestContent || !procedure.requestFileName)
      throw notFound({ nl: 'Document', en: 'Document' });
    return {
      fileName: procedure.requestFileName,
      mediaType: procedure.requestMediaType ?? 'application/octet-stream',
      contentBase64: row.requestContent.toString('base64'),
    };
  }

  /** What employees may see: procedures that are not confidential, and what the works council answered. */
  async publicList(actor: Actor): Promise<PublicProcedure[]> {
    const scope = this.tenantDb.scope(actor);
    const procedures = await scope.repo(Procedure).find({
      where: { confidential: false },
      order: { requestReceivedOn: 'DESC' },
      take: 200,
    });
    return procedures.map((p) => ({
      id: p.id,
      type: p.type,
      title: p.title,
      legalReference: legalReference(p),
      state: p.state,
      requestReceivedOn: p.requestReceivedOn,
      response: p.response,
      responseSentOn: p.responseSentOn,
      responseSummary: p.responseSummary,
    }));
  }

  /** Every open procedure's deadlines from today on, soonest first. */
  async upcomingDeadlines(actor: Actor): Promise<UpcomingDeadline[]> {
    const scope = this.tenantDb.scope(actor);
    const settings = toDeadlineSettings(await this.settings(scope));
    const today = todayInAmsterdam();
    const procedures = await scope.repo(Procedure).find({});
    return procedures
      .flatMap((p) =>
        deadlinesOf(p, settings).map((d) => ({
          ...d,
          procedureId: p.id,
          procedureTitle:
            p.confidential && !isKeeper(actor)
              ? 'Vertrouwelijke procedure'
              : p.title,
        })),
      )
      .filter((d) => d.date >= today)
      .sort((a, b) => a.date.localeCompare(b.date));
  }

  /** Survey results snapshots of the organisation, newest first, to attach as evidence (keepers need not be survey authors). */
  async attachableSnapshots(actor: Actor): Promise<AttachableSnapshot[]> {
    return (await this.tenantDb
      .scope(actor)
      .manager.query(
        'SELECT id, title, content_hash AS "contentHash", created_by_name AS "createdByName", created_at AS "createdAt" FROM survey_result_snapshot WHERE organisation_id = $1 ORDER BY created_at DESC LIMIT 100',
        [actor.organisationId],
      )) as AttachableSnapshot[];
  }

  /** Trajectories in a phase marked as the decision phase, without a procedure linked to them. */
  async trajectoriesWithoutProcedure(
    actor: Actor,
  ): Promise<TrajectoryWithoutProcedure[]> {
    const scope = this.tenantDb.scope(actor);
    // Read through the tables: contexts stay independent libraries.
    return (await scope.manager.query(
      `SELECT t.id AS "trajectoryId", t.title, t.phases -> t.current_phase ->> 'nl' AS "phaseNl", t.phases -> t.current_phase ->> 'en' AS "phaseEn"
       FROM trajectory t
       WHERE t.organisation_id = $1 AND t.status = 'ACTIVE'
         AND (t.phases -> t.current_phase -> 'decision') = 'true'::jsonb
         AND NOT EXISTS (SELECT 1 FROM procedure p WHERE p.organisation_id = t.organisation_id AND p.trajectory_id = t.id AND p.state <> 'WITHDRAWN')
       ORDER BY t.title`,
      [scope.organisationId],
    )) as TrajectoryWithoutProcedure[];
  }

  async find(scope: TenantScope, id: string): Promise<Procedure> {
    return scope
      .repo(Procedure)
      .findOneOrFail({ id }, () => notFound(PROCEDURE));
  }

  private async apply(
    scope: TenantScope,
    procedure: Procedure,
    input: ProcedureInput,
  ) {
    const item = input.item?.trim() || null;
    if (!isValidItem(input.type, item))
      throw badInput(
        'INVALID_LEGAL_ITEM',
        {
          nl: 'Kies het onderdeel van het wetsartikel dat bij dit soort procedure hoort.',
          en: 'Choose the part of the article that belongs to this kind of procedure.',
        },
        [
          {
            field: 'item',
            message: {
              nl: 'Past niet bij het soort procedure.',
              en: 'Does not fit the kind of procedure.',
            },
          },
        ],
      );
    checkedCalendarDate(input.requestReceivedOn, 'requestReceivedOn');
    checkedCalendarDate(input.meetingRequestedOn, 'meetingRequestedOn');
    checkedCalendarDate(input.plannedMeetingOn, 'plannedMeetingOn');
    if (
      input.plannedMeetingOn &&
      input.plannedMeetingOn < input.requestReceivedOn
    )
      throw badInput(
        'PLANNED_MEETING_BEFORE_REQUEST',
        {
          nl: 'De overlegvergadering over de aanvraag kan niet vóór de ontvangst ervan gepland zijn.',
          en: 'The consultation meeting on the request cannot be planned before it was received.',
        },
        [
          {
            field: 'plannedMeetingOn',
            message: {
              nl: 'Vóór de ontvangst van de aanvraag.',
              en: 'Before the request was received.',
            },
          },
        ],
      );
    if (input.trajectoryId)
      await assertReferenced(
        scope,
        'trajectory',
        input.trajectoryId,
        TRAJECTORY,
      );
    Object.assign(procedure, {
      type: input.type,
      item,
      title: input.title.trim(),
      requestReceivedOn: input.requestReceivedOn,
      agreedTermDays: input.agreedTermDays ?? null,
      meetingRequestedOn: input.meetingRequestedOn ?? null,
      plannedMeetingOn: input.plannedMeetingOn ?? null,
      reasonsStated: input.reasonsStated,
      consequencesStated: input.consequencesStated,
      measuresStated: input.measuresStated,
      completenessNotes: input.completenessNotes.trim(),
      conditions: input.conditions.trim(),
      trajectoryId: input.trajectoryId ?? null,
      confidential: input.confidential,
      committee: input.committee?.trim() || null,
    });
    if (input.requestContentBase64) {
      const content = Buffer.from(input.requestContentBase64, 'base64');
      if (
        content.length === 0 ||
        content.length > MAX_DOCUMENT_BYTES ||
        !input.requestFileName
      )
        throw badInput('INVALID_DOCUMENT', {
          nl: 'Het document is leeg, te groot (max. 10 MB) of heeft geen naam.',
          en: 'The document is empty, too large (max 10 MB) or has no name.',
        });
      Object.assign(procedure, {
        requestContent: content,
        requestFileName: input.requestFileName.trim(),
        requestMediaType: input.requestMediaType ?? 'application/octet-stream',
      });
    }
  }

  private async step(
    scope: TenantScope,
    procedure: Procedure,
    event: string,
    note: string,
  ) {
    const repo = scope.repo(ProcedureStep);
    await repo.save(
      repo.create({
        procedureId: procedure.id,
        event,
        state: procedure.state,
        actorName: scope.actor.displayName,
        note,
      }),
    );
  }

  async view(
    scope: TenantScope,
    procedure: Procedure,
    settings: WorSettings,
    withDetails: boolean,
  ): Promise<ProcedureView> {
    const deadlineSettings = toDeadlineSettings(settings);
    const deadlines = deadlinesOf(procedure, deadlineSettings);
    const today = todayInAmsterdam();
    const hidden = procedure.confidential && !isKeeper(scope.actor);
    const facts = factsOf(procedure);
    const possibleSteps = STEP_KINDS.filter((kind) => {
      // Probed with today's date: the latest a step can be dated, so the order of dates never hides a step.
      const probe: ProcedureEvent =
        kind === 'SEND_RESPONSE'
          ? { kind, response: 'POSITIVE', on: today }
          : kind === 'RECORD_MEETING'
            ? { kind, on: today }
            : kind === 'RECORD_DECISION'
              ? {
                  kind,
                  deviates: false,
                  noticeOn: today,
                  reasonsReceivedOn: null,
                }
              : kind === 'CLOSE'
                ? { kind, today }
                : { kind };
      return applyEvent(facts, probe, deadlineSettings).ok;
    });
    const view = Object.assign(new ProcedureView(), procedure, {
      legalReference: legalReference(procedure),
      deadlines,
      nextDeadline: deadlines.find((d) => d.date >= today) ?? null,
      contentsHidden: hidden,
      canEdit: isKeeper(scope.actor),
      possibleSteps: isKeeper(scope.actor) ? possibleSteps : [],
      steps: withDetails
        ? await scope.repo(ProcedureStep).find({
            where: { procedureId: procedure.id },
            order: { at: 'ASC' },
          })
        : [],
      evidence:
        withDetails && !hidden
          ? await scope.repo(ProcedureEvidence).find({
              where: { procedureId: procedure.id },
              order: { attachedAt: 'ASC' },
            })
          : [],
      letter:
        withDetails && !hidden
          ? await scope
              .repo(ProcedureLetter)
              .findOne({ procedureId: procedure.id })
          : null,
    });
    if (hidden)
      Object.assign(view, {
        title: 'Vertrouwelijke procedure',
        requestFileName: null,
        completenessNotes: '',
        conditions: '',
        responseSummary: null,
        committee: null,
      });
    return view;
  }
}

export const toDeadlineSettings = (
  settings: WorSettings,
): DeadlineSettings => ({
  moveToWorkingDay: settings.moveDeadlinesToWorkingDay,
});
