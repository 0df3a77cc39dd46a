import { Injectable } from '@nestjs/common';
import { Field, ObjectType } from '@nestjs/graphql';
import {
  Actor,
  AppError,
  badInput,
  notFound,
  recordAudit,
  TenantDb,
  TenantScope,
} from '@inspraak/api-core';
import { TrajectoryDocument } from './workgroup.entities';
import { DocumentInput } from './dto/trajectory.inputs';
import { isMember, readableWorkgroup } from './workgroups.service';
import { readableMeeting } from './meetings.service';
import { recordEvent } from './trajectory-access';

export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
const DOCUMENT = { nl: 'Document', en: 'Document' };

@ObjectType()
export class DocumentContent {
  @Field() fileName!: string;
  @Field() mediaType!: string;
  @Field() contentBase64!: string;
}

const notAllowed = () =>
  new AppError('FORBIDDEN', 'NOT_ALLOWED_FOR_DOCUMENT', {
    nl: 'Alleen leden van de werkgroep of genodigden van de vergadering (en het regieteam) kunnen hier documenten bij zetten.',
    en: 'Only workgroup members or meeting invitees (and the regie team) can add documents here.',
  });

/**
 * Documents of workgroups and agenda items. Who may see one is who may see
 * what it belongs to; a confidential agenda item's documents are for the
 * meeting's invitees only.
 */
@Injectable()
export class DocumentsService {
  constructor(private readonly tenantDb: TenantDb) {}

  async add(actor: Actor, input: DocumentInput): Promise<TrajectoryDocument> {
    const content = decodeBase64(input.contentBase64);
    return this.tenantDb.transaction(actor, async (scope) => {
      const target = await this.target(
        scope,
        input.workgroupId ?? null,
        input.meetingId ?? null,
        input.agendaItemId ?? null,
      );
      const repo = scope.repo(TrajectoryDocument);
      const document = await repo.save(
        repo.create({
          trajectoryId: target.trajectoryId,
          workgroupId: input.workgroupId ?? null,
          agendaItemId: input.agendaItemId ?? null,
          fileName: input.fileName.trim().replace(/[\\/]/g, '_'),
          mediaType: input.mediaType.trim() || 'application/octet-stream',
          sizeBytes: content.length,
          content,
          uploadedByUserId: actor.userId,
          uploadedByName: actor.displayName,
        }),
      );
      await recordAudit(scope, {
        action: 'document.added',
        entityType: 'TrajectoryDocument',
        entityId: document.id,
        changes: { fileName: { from: null, to: document.fileName } },
      });
      if (!target.confidential)
        await recordEvent(scope, target.trajectoryId, 'document.added', {
          nl: `Document toegevoegd: ${document.fileName}`,
          en: `Document added: ${document.fileName}`,
        });
      return document;
    });
  }

  async content(actor: Actor, id: string): Promise<DocumentContent> {
    const scope = this.tenantDb.scope(actor);
    const document = await scope
      .repo(TrajectoryDocument)
      .findOneOrFail({ id }, () => notFound(DOCUMENT));
    await this.readable(scope, document);
    return {
      fileName: document.fileName,
      mediaType: document.mediaType,
      contentBase64: document.content.toString('base64'),
    };
  }

  async remove(actor: Actor, id: string): Promise<boolean> {
    return this.tenantDb.transaction(actor, async (scope) => {
      const document = await scope
        .repo(TrajectoryDocument)
        .findOneOrFail({ id }, () => notFound(DOCUMENT));
      const steering = await this.readable(scope, document);
      if (!steering && document.uploadedByUserId !== actor.userId)
        throw notAllowed();
      await scope.repo(TrajectoryDocument).remove(document);
      await recordAudit(scope, {
        action: 'document.removed',
        entityType: 'TrajectoryDocument',
        entityId: id,
        changes: { fileName: { from: document.fileName, to: null } },
      });
      return true;
    });
  }

  /** Throws unless the caller may read the document; tells whether the caller steers its trajectory. */
  private async readable(
    scope: TenantScope,
    document: TrajectoryDocument,
  ): Promise<boolean> {
    if (document.workgroupId) {
      const context = await readableWorkgroup(scope, document.workgroupId);
      if (!context.steering && !isMember(context)) throw notFound(DOCUMENT);
      return context.steering;
    }
    const meetingId = (await scope.manager.query(
      `SELECT id FROM meeting WHERE organisation_id = $1 AND agenda @> $2::jsonb LIMIT 1`,
      [scope.organisationId, JSON.stringify([{ id: document.agendaItemId }])],
    )) as { id: string }[];
    if (!meetingId[0]) throw notFound(DOCUMENT);
    const context = await readableMeeting(scope, meetingId[0].id);
    const item = context.meeting.agenda.find(
      (i) => i.id === document.agendaItemId,
    );
    if (item?.confidential && !context.invited) throw notFound(DOCUMENT);
    return context.steering;
  }

  private async target(
    scope: TenantScope,
    workgroupId: string | null,
    meetingId: string | null,
    agendaItemId: string | null,
  ) {
    if (workgroupId && !meetingId && !agendaItemId) {
      const context = await readableWorkgroup(scope, workgroupId);
      if (!context.steering && !isMember(context)) throw notAllowed();
      return {
        trajectoryId: context.workgroup.trajectoryId,
        confidential: false,
      };
    }
    if (!workgroupId && meetingId && agendaItemId) {
      const context = await readableMeeting(scope, meetingId);
      const item = context.meeting.agenda.find((i) => i.id === agendaItemId);
      if (!item) throw notFound({ nl: 'Agendapunt', en: 'Agenda item' });
      if (!context.invited && (item.confidential || !context.steering))
        throw notAllowed();
      return {
        trajectoryId: context.meeting.trajectoryId,
        confidential: item.confidential,
      };
    }
    throw badInput('DOCUMENT_TARGET', {
      nl: 'Een document hoort bij een werkgroep, of bij een agendapunt van een vergadering.',
      en: "A document belongs to a workgroup, or to a meeting's agenda item.",
    });
  }
}

function decodeBase64(value: string): Buffer {
  const clean = value.replace(/\s/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0)
    throw badInput('INVALID_FILE', {
      nl: 'Het bestand kon niet gelezen worden.',
      en: 'The file could not be read.',
    });
  const content = Buffer.from(clean, 'base64');
  if (content.length === 0)
    throw badInput('EMPTY_FILE', {
      nl: 'Het bestand is leeg.',
      en: 'The file is empty.',
    });
  if (content.length > MAX_DOCUMENT_BYTES)
    throw badInput('FILE_TOO_LARGE', {
      nl: 'Het bestand is groter dan 5 MB.',
      en: 'The file is larger than 5 MB.',
    });
  return content;
}
