import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  LEGAL_BASES,
  PROCEDURE_KEEPERS,
  PROCEDURE_READERS,
  Role,
} from '@inspraak/domain';
import {
  Actor,
  AnyMember,
  badInput,
  CurrentActor,
  IdArg,
  RequireRoles,
  Cost,
  EXPENSIVE,
} from '@inspraak/api-core';
import {
  EvidenceKind,
  ProcedureEvidence,
  ProcedureLetter,
  WorSettings,
} from './procedure.entities';
import {
  ProcedureInput,
  ProcedureStepInput,
  WorSettingsInput,
} from './dto/procedure.inputs';
import {
  AttachableSnapshot,
  EvidenceCheck,
  LegalBasisModel,
  ProcedureView,
  PublicProcedure,
  TrajectoryWithoutProcedure,
  UpcomingDeadline,
} from './procedure.models';
import { ProceduresService } from './procedures.service';
import { EvidenceService } from './evidence.service';
import { LettersService } from './letters.service';
import { DocumentFile } from './procedure.files';

/** Works council procedures: kept by the council (secretary and members), read by the advisor and the director. */
@Resolver()
@RequireRoles(...PROCEDURE_READERS)
export class ProceduresResolver {
  constructor(
    private readonly proceduresService: ProceduresService,
    private readonly evidenceService: EvidenceService,
    private readonly lettersService: LettersService,
  ) {}

  @Query(() => [LegalBasisModel], {
    description:
      'The kinds of procedure and their sub-items (art. 25 a–n, art. 27 a–l …); items to verify are marked.',
  })
  procedureLegalBases(): LegalBasisModel[] {
    return LEGAL_BASES.map((b) => ({
      type: b.type,
      article: b.article,
      nl: b.nl,
      en: b.en,
      items: b.items.map((i) => ({
        key: i.key,
        nl: i.nl,
        en: i.en,
        toVerify: i.verify === true,
      })),
    }));
  }

  @Query(() => [ProcedureView], {
    description: 'Every procedure, with its state and next deadline.',
  })
  procedures(@CurrentActor() actor: Actor) {
    return this.proceduresService.list(actor);
  }

  @Query(() => ProcedureView)
  procedure(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.proceduresService.get(actor, id);
  }

  @Query(() => [UpcomingDeadline], {
    description: 'Deadlines of open procedures from today on.',
  })
  procedureDeadlines(@CurrentActor() actor: Actor) {
    return this.proceduresService.upcomingDeadlines(actor);
  }

  @Query(() => WorSettings)
  worSettings(@CurrentActor() actor: Actor) {
    return this.proceduresService.getSettings(actor);
  }

  @Mutation(() => WorSettings, {
    description:
      'Letterhead and whether deadlines move to the next working day.',
  })
  @RequireRoles(...PROCEDURE_KEEPERS)
  updateWorSettings(
    @CurrentActor() actor: Actor,
    @Args('input') input: WorSettingsInput,
  ) {
    return this.proceduresService.updateSettings(actor, input);
  }

  @Mutation(() => ProcedureView)
  @RequireRoles(...PROCEDURE_KEEPERS)
  registerProcedure(
    @CurrentActor() actor: Actor,
    @Args('input') input: ProcedureInput,
  ) {
    return this.proceduresService.create(actor, input);
  }

  @Mutation(() => ProcedureView)
  @RequireRoles(...PROCEDURE_KEEPERS)
  updateProcedure(
    @CurrentActor() actor: Actor,
    @IdArg() id: string,
    @Args('input') input: ProcedureInput,
  ) {
    return this.proceduresService.update(actor, id, input);
  }

  @Mutation(() => ProcedureView, {
    description:
      'Record the next step; the WOR state machine refuses steps out of order (e.g. advice before an overlegvergadering).',
  })
  @RequireRoles(...PROCEDURE_KEEPERS)
  recordProcedureStep(
    @CurrentActor() actor: Actor,
    @IdArg() id: string,
    @Args('input') input: ProcedureStepInput,
  ) {
    return this.proceduresService.advance(actor, id, input);
  }

  @Query(() => DocumentFile)
  @Cost(EXPENSIVE.document)
  procedureRequestDocument(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.proceduresService.requestDocument(actor, id);
  }

  @Mutation(() => ProcedureEvidence, {
    description:
      'Freeze a survey results snapshot, a pros-and-cons summary (sourceId: the trajectory; phase: default current), a workgroup report or meeting minutes into the procedure.',
  })
  @RequireRoles(...PROCEDURE_KEEPERS)
  @Cost(EXPENSIVE.document)
  attachEvidence(
    @CurrentActor() actor: Actor,
    @IdArg('procedureId') procedureId: string,
    @Args('kind', { type: () => EvidenceKind }) kind: EvidenceKind,
    @IdArg('sourceId') sourceId: string,
    @Args('phase', { type: () => Int, nullable: true }) phase: number | null,
  ) {
    return this.evidenceService.attach(
      actor,
      procedureId,
      kind,
      sourceId,
      phase ?? null,
    );
  }

  @Query(() => [AttachableSnapshot], {
    description: 'Survey results snapshots that can be attached as evidence.',
  })
  @RequireRoles(...PROCEDURE_KEEPERS)
  attachableSnapshots(@CurrentActor() actor: Actor) {
    return this.proceduresService.attachableSnapshots(actor);
  }

  @Query(() => EvidenceCheck, {
    description: 'Recompute the SHA-256 of stored evidence.',
  })
  @Cost(EXPENSIVE.computed)
  verifyEvidence(@CurrentActor() actor: Actor, @IdArg() id: string) {
    return this.evidenceService.verify(actor, id);
  }

  @Mutation(() => ProcedureLetter, {
    description:
      'Generate the draft advice or consent letter in Dutch from the procedure and its evidence.',
  })
  @RequireRoles(...PROCEDURE_KEEPERS)
  @Cost(EXPENSIVE.document)
  generateProcedureLetter(
    @CurrentActor() actor: Actor,
    @IdArg('procedureId') procedureId: string,
  ) {
    return this.lettersService.generate(actor, procedureId);
  }

  @Mutation(() => ProcedureLetter)
  @RequireRoles(...PROCEDURE_KEEPERS)
  saveProcedureLetter(
    @CurrentActor() actor: Actor,
    @IdArg('procedureId') procedureId: string,
    @Args('text') text: string,
  ) {
    return this.lettersService.save(actor, procedureId, text);
  }

  @Mutation(() => ProcedureLetter, {
    description: 'Archive the letter as final, with its date and hash.',
  })
  @RequireRoles(...PROCEDURE_KEEPERS)
  @Cost(EXPENSIVE.document)
  finalizeProcedureLetter(
    @CurrentActor() actor: Actor,
    @IdArg('procedureId') procedureId: string,
  ) {
    return this.lettersService.finalize(actor, procedureId);
  }

  @Query(() => String, {
    description: 'The letter (final once archived) as DOCX or PDF, base64.',
  })
  @Cost(EXPENSIVE.document)
  procedureLetterFile(
    @CurrentActor() actor: Actor,
    @IdArg('procedureId') procedureId: string,
    @Args('format') format: string,
  ) {
    if (format !== 'DOCX' && format !== 'PDF')
      throw badInput('UNKNOWN_FORMAT', {
        nl: 'Kies DOCX of PDF.',
        en: 'Choose DOCX or PDF.',
      });
    return this.lettersService.export(actor, procedureId, format);
  }

  @Query(() => [TrajectoryWithoutProcedure], {
    description: 'Trajectories in their decision phase without a procedure.',
  })
  @RequireRoles(Role.ADVISEUR)
  trajectoriesWithoutProcedure(@CurrentActor() actor: Actor) {
    return this.proceduresService.trajectoriesWithoutProcedure(actor);
  }
}

/** What employees see: procedures that are not confidential and what the works council said. */
@Resolver()
export class PublicProceduresResolver {
  constructor(private readonly proceduresService: ProceduresService) {}

  @Query(() => [PublicProcedure])
  @AnyMember()
  publicProcedures(@CurrentActor() actor: Actor) {
    return this.proceduresService.publicList(actor);
  }
}
