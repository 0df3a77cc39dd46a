import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ProcedureType, todayInAmsterdam } from '@inspraak/domain';
import {
  Actor,
  badInput,
  conflict,
  notFound,
  Organisation,
  recordAudit,
  renderTextDocx,
  renderTextPdf,
  TenantDb,
  TenantScope,
} from '@inspraak/api-core';
import {
  CouncilResponseKind,
  EvidenceKind,
  Procedure,
  ProcedureEvidence,
  ProcedureLetter,
  WorSettings,
} from './procedure.entities';
import { legalReference, ProceduresService } from './procedures.service';

const longDate = (day: string) =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  });

const ADVICE_WORDS: Record<CouncilResponseKind, string> = {
  POSITIVE: 'adviseert positief over',
  NEGATIVE: 'adviseert negatief over',
  CONDITIONAL:
    'adviseert positief, onder de hierboven genoemde voorwaarden, over',
};
const CONSENT_WORDS: Record<CouncilResponseKind, string> = {
  POSITIVE: 'stemt in met',
  NEGATIVE: 'stemt niet in met',
  CONDITIONAL: 'stemt, onder de hierboven genoemde voorwaarden, in met',
};

export const POST_KIND_NAMES: Record<string, { nl: string; en: string }> = {
  PRO: { nl: 'voordelen', en: 'pros' },
  CON: { nl: 'nadelen', en: 'cons' },
  IDEA: { nl: 'ideeën', en: 'ideas' },
  QUESTION: { nl: 'vragen', en: 'questions' },
};

const decimal = (value: number) =>
  value.toLocaleString('nl-NL', { maximumFractionDigits: 1 });

/**
 * What the employees said according to one piece of frozen evidence, read
 * from its content (the same hashed text anyone can verify): the regie team's
 * summary of the board with the contributions per kind, the survey's headline
 * figures per question (the snapshot holds only what the results screen
 * showed, so groups under the threshold stay out), the workgroup's
 * conclusions. Minutes say what the council and director discussed, not the
 * employees: nothing is added for them.
 */
export function whatWasSaid(evidence: ProcedureEvidence): string[] {
  let content: Record<string, unknown>;
  try {
    content = JSON.parse(evidence.content) as Record<string, unknown>;
  } catch {
    return [];
  }
  switch (evidence.kind) {
    case EvidenceKind.BOARD_SUMMARY: {
      const board = content as {
        summary?: string;
        postsPerKind?: { kind: string; count: number }[];
      };
      const kinds = (board.postsPerKind ?? [])
        .filter((k) => k.count > 0)
        .map((k) => `${k.count} ${POST_KIND_NAMES[k.kind]?.nl ?? k.kind}`);
      return [
        ...(board.summary?.trim()
          ? [`Samenvatting van het regieteam: ${board.summary.trim()}`]
          : []),
        ...(kinds.length > 0
          ? [`Inbreng per soort: ${kinds.join(', ')}.`]
          : []),
      ];
    }
    case EvidenceKind.SURVEY_RESULTS: {
      const results = (content as { results?: SnapshotResults }).results;
      if (!results || results.respondents === null) return [];
      return results.questions.flatMap((question) => {
        const summary = question.overall;
        if (!summary) return [];
        const figures = [
          summary.mean !== null && `gemiddeld ${decimal(summary.mean)}`,
          summary.agreePercentage !== null &&
            `${summary.agreePercentage}% eens`,
          summary.enps !== null && `eNPS ${summary.enps}`,
        ].filter(Boolean);
        return figures.length > 0
          ? [
              `${question.text.nl}: ${figures.join(', ')} (${summary.answered} antwoorden).`,
            ]
          : [];
      });
    }
    case EvidenceKind.WORKGROUP_REPORT: {
      const report = (content as { report?: string }).report?.trim();
      return report ? [`Conclusies van de werkgroep: ${report}`] : [];
    }
    default:
      return [];
  }
}

/** The part of a frozen survey results snapshot the letter reads. */
interface SnapshotResults {
  respondents: number | null;
  questions: {
    text: { nl: string; en: string };
    overall: {
      answered: number;
      mean: number | null;
      agreePercentage: number | null;
      enps: number | null;
    } | null;
  }[];
}

/**
 * The draft letter in Dutch from the procedure: letterhead (council,
 * organisation, address), the request, the consultation of employees with the
 * evidence summarised (and its check numbers), the council's conditions and
 * the advice or decision. A line starting with "## " is a heading. Placeholders in [brackets] are for the council to fill in.
 */
export function draftLetter(
  procedure: Procedure,
  evidence: ProcedureEvidence[],
  settings: WorSettings,
  organisationName: string,
  today: string,
): string {
  const consent = procedure.type === ProcedureType.CONSENT;
  const request = consent ? 'instemmingsaanvraag' : 'adviesaanvraag';
  const reference = legalReference(procedure);
  const missing = [
    !procedure.reasonsStated && 'de beweegredenen',
    !procedure.consequencesStated && 'de gevolgen voor het personeel',
    !procedure.measuresStated &&
      'de voorgenomen maatregelen voor het personeel',
  ].filter(Boolean) as string[];
  const meetings = procedure.meetingDates.map(longDate);
  const answer = procedure.response
    ? (consent ? CONSENT_WORDS : ADVICE_WORDS)[procedure.response]
    : consent
      ? '[stemt wel / niet in met]'
      : '[adviseert positief / negatief over]';
  return [
    settings.councilName,
    organisationName,
    ...settings.letterheadAddress.split(/\r?\n/).filter(Boolean),
    '',
    'Aan: de bestuurder',
    `Datum: ${longDate(today)}`,
    `Betreft: ${consent ? 'besluit over de instemmingsaanvraag' : 'advies over de adviesaanvraag'} "${procedure.title}" (${reference})`,
    '',
    'Geachte bestuurder,',
    '',
    `Op ${longDate(procedure.requestReceivedOn)} ontvingen wij uw ${request} "${procedure.title}" (${reference}).` +
      (missing.length === 0
        ? ' De aanvraag vermeldt de beweegredenen, de gevolgen voor het personeel en de voorgenomen maatregelen.'
        : ` De aanvraag vermeldt niet: ${missing.join(', ')}; wij vragen u dat aan te vullen.`),
    meetings.length > 0
      ? `Wij bespraken de aanvraag met u in de overlegvergadering${meetings.length > 1 ? 'en' : ''} van ${meetings.join(', ')}.`
      : 'Wij bespraken de aanvraag met u in de overlegvergadering van [datum].',
    '',
    '## Raadpleging van de medewerkers',
    ...(evidence.length > 0
      ? [
          'Wij hebben de medewerkers geraadpleegd. Wat zij inbrachten, samengevat:',
          ...evidence.flatMap((e) => [
            `- ${e.title}: ${e.summary} (controlegetal ${e.contentHash.slice(0, 12)})`,
            ...whatWasSaid(e).map((line) => `  ${line}`),
          ]),
          'De volledige stukken liggen met hun controlegetal (SHA-256) bij de ondernemingsraad ter inzage.',
        ]
      : [
          '[Beschrijf hoe de medewerkers zijn geraadpleegd en wat zij inbrachten.]',
        ]),
    '',
    '## Voorwaarden',
    procedure.conditions.trim() ||
      (procedure.response === CouncilResponseKind.CONDITIONAL
        ? '[De voorwaarden die de ondernemingsraad stelt.]'
        : '[Eventuele voorwaarden, of: geen.]'),
    '',
    consent ? '## Besluit' : '## Advies',
    `De ${settings.councilName.toLowerCase() === 'ondernemingsraad' ? 'ondernemingsraad' : settings.councilName} ${answer} het voorgenomen besluit "${procedure.title}".`,
    procedure.responseSummary ?? '[Toelichting]',
    '',
    consent
      ? 'Wij verzoeken u ons uw besluit en de datum waarop het ingaat schriftelijk mee te delen (art. 27 lid 4 WOR).'
      : 'Wij verzoeken u ons uw besluit zo spoedig mogelijk schriftelijk en, waar het van ons advies afwijkt, gemotiveerd mee te delen (art. 25 lid 5 WOR).',
    '',
    'Met vriendelijke groet,',
    '',
    settings.signatory || '[naam]',
    `namens de ${settings.councilName}`,
  ].join('\n');
}

/** The council's letter on a procedure: generated, edited, exported, archived as final. */
@Injectable()
export class LettersService {
  constructor(
    private readonly tenantDb: TenantDb,
    private readonly procedures: ProceduresService,
  ) {}

  async generate(actor: Actor, procedureId: string): Promise<ProcedureLetter> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const procedure = await this.procedures.find(scope, procedureId);
      const letter = await this.editable(scope, procedureId);
      const evidence = await scope
        .repo(ProcedureEvidence)
        .find({ where: { procedureId }, order: { attachedAt: 'ASC' } });
      const organisation = await scope.manager.findOneOrFail(Organisation, {
        where: { id: scope.organisationId },
      });
      const text = draftLetter(
        procedure,
        evidence,
        await this.procedures.settings(scope),
        organisation.name,
        todayInAmsterdam(),
      );
      const saved = await this.saveDraft(scope, letter, procedureId, text);
      await recordAudit(scope, {
        action: 'procedure.letter-generated',
        entityType: 'Procedure',
        entityId: procedureId,
        changes: {},
      });
      return saved;
    });
  }

  async save(
    actor: Actor,
    procedureId: string,
    text: string,
  ): Promise<ProcedureLetter> {
    if (text.trim().length === 0 || text.length > 100_000)
      throw badInput('INVALID_LETTER', {
        nl: 'De brief is leeg of te lang.',
        en: 'The letter is empty or too long.',
      });
    return this.tenantDb.transaction(actor, async (scope) => {
      await this.procedures.find(scope, procedureId);
      const letter = await this.editable(scope, procedureId);
      const saved = await this.saveDraft(scope, letter, procedureId, text);
      await recordAudit(scope, {
        action: 'procedure.letter-edited',
        entityType: 'Procedure',
        entityId: procedureId,
        changes: {},
      });
      return saved;
    });
  }

  /** Archives the draft as the final letter, with today's date and its hash; it cannot change afterwards. */
  async finalize(actor: Actor, procedureId: string): Promise<ProcedureLetter> {
    return this.tenantDb.transaction(actor, async (scope) => {
      await this.procedures.find(scope, procedureId);
      const letter = await this.editable(scope, procedureId);
      if (!letter) throw notFound({ nl: 'Conceptbrief', en: 'Draft letter' });
      letter.finalText = letter.draft;
      letter.finalizedOn = todayInAmsterdam();
      letter.finalHash = createHash('sha256')
        .update(letter.draft)
        .digest('hex');
      const saved = await scope.repo(ProcedureLetter).save(letter);
      await recordAudit(scope, {
        action: 'procedure.letter-final',
        entityType: 'Procedure',
        entityId: procedureId,
        changes: { finalHash: { from: null, to: saved.finalHash } },
      });
      return saved;
    });
  }

  /** The letter (the final one once archived, else the draft) as DOCX or PDF, base64. */
  async export(
    actor: Actor,
    procedureId: string,
    format: 'DOCX' | 'PDF',
  ): Promise<string> {
    const scope = this.tenantDb.scope(actor);
    const procedure = await this.procedures.find(scope, procedureId);
    const view = await this.procedures.view(
      scope,
      procedure,
      await this.procedures.settings(scope),
      false,
    );
    if (view.contentsHidden) throw notFound({ nl: 'Brief', en: 'Letter' });
    const letter = await scope.repo(ProcedureLetter).findOne({ procedureId });
    if (!letter) throw notFound({ nl: 'Brief', en: 'Letter' });
    const document = {
      title: `${procedure.type === ProcedureType.CONSENT ? 'Besluit' : 'Advies'}: ${procedure.title}`,
      text: letter.finalText ?? letter.draft,
    };
    const bytes =
      format === 'DOCX'
        ? renderTextDocx(document)
        : await renderTextPdf(document);
    return Buffer.from(bytes).toString('base64');
  }

  private async editable(
    scope: TenantScope,
    procedureId: string,
  ): Promise<ProcedureLetter | null> {
    const letter = await scope.repo(ProcedureLetter).findOne({ procedureId });
    if (letter?.finalText)
      throw conflict('LETTER_FINAL', {
        nl: 'De brief is definitief gearchiveerd en verandert niet meer.',
        en: 'The letter is archived as final and no longer changes.',
      });
    return letter;
  }

  private async saveDraft(
    scope: TenantScope,
    letter: ProcedureLetter | null,
    procedureId: string,
    text: string,
  ): Promise<ProcedureLetter> {
    const repo = scope.repo(ProcedureLetter);
    const next =
      letter ??
      repo.create({
        procedureId,
        finalText: null,
        finalizedOn: null,
        finalHash: null,
      });
    next.draft = text;
    return repo.save(next);
  }
}
