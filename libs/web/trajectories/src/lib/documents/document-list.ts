import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  ElementRef,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import type { DocumentInput } from '@inspraak/shared';
import {
  blobFromBase64,
  downloadBlob,
  I18nService,
  LocalDatePipe,
  pageActions,
  readFileAsBase64,
  TranslatePipe,
} from '@inspraak/web-core';
import { from, switchMap } from 'rxjs';
import {
  WorkgroupsApi,
  type TrajectoryDocument,
} from '../data-access/workgroups-api';
import { SectionFeedbackComponent } from '@inspraak/web-ui';

/** The API refuses larger files (MAX_DOCUMENT_BYTES). */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** Where uploaded files go: a workgroup, or an agenda item of a meeting. */
export type DocumentTarget =
  | { workgroupId: string }
  | { meetingId: string; agendaItemId: string };

let nextId = 0;

/** Files of a workgroup or an agenda item: download, upload, and remove for those who steer. */
@Component({
  selector: 'isp-document-list',
  imports: [TranslatePipe, LocalDatePipe, SectionFeedbackComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './document-list.html',
  styleUrl: './document-list.scss',
})
export class DocumentListComponent {
  private readonly api = inject(WorkgroupsApi);
  private readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);
  protected readonly actions = pageActions<'files'>();
  protected readonly id = `documents-${nextId++}`;
  private readonly fileInput =
    viewChild<ElementRef<HTMLInputElement>>('fileInput');

  readonly documents = input.required<readonly TrajectoryDocument[]>();
  readonly target = input.required<DocumentTarget>();
  /** Names what the files belong to, for the upload field's label. */
  readonly label = input.required<string>();
  readonly canUpload = input(false);
  readonly canRemove = input(false);
  readonly changed = output<TrajectoryDocument[]>();

  protected readonly chosen = signal<File | null>(null);
  protected readonly sorted = computed(() =>
    [...this.documents()].sort((a, b) =>
      a.fileName.localeCompare(b.fileName, this.i18n.locale()),
    ),
  );

  protected size(bytes: number): string {
    const locale = this.i18n.locale();
    if (bytes < 1024) return `${bytes} B`;
    if (bytes < 1024 * 1024)
      return `${(bytes / 1024).toLocaleString(locale, { maximumFractionDigits: 0 })} kB`;
    return `${(bytes / 1024 / 1024).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
  }

  protected choose(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0] ?? null;
    this.actions.clear();
    this.chosen.set(file);
  }

  protected upload(event: Event): void {
    event.preventDefault();
    const file = this.chosen();
    if (!file) {
      this.actions.say(
        'files',
        'error',
        this.i18n.translate('trajectories.documents.chooseFirst'),
      );
      this.actions.focus(`#${this.id}-file`);
      return;
    }
    if (file.size > MAX_DOCUMENT_BYTES) {
      this.actions.say(
        'files',
        'error',
        this.i18n.translate('trajectories.documents.tooLarge', { max: 5 }),
      );
      this.actions.focus(`#${this.id}-file`);
      return;
    }
    const target = this.target();
    this.actions.run(
      'files',
      from(readFileAsBase64(file)).pipe(
        switchMap((contentBase64) => {
          const input: DocumentInput = {
            ...target,
            fileName: file.name,
            mediaType: file.type || 'application/octet-stream',
            contentBase64,
          };
          return this.api.addDocument(input);
        }),
      ),
      (added) => {
        this.changed.emit([...this.documents(), added]);
        this.chosen.set(null);
        const field = this.fileInput()?.nativeElement;
        if (field) field.value = '';
        this.actions.focus(`#${this.id}-file`);
        return this.i18n.translate('trajectories.documents.uploaded', {
          name: added.fileName,
        });
      },
    );
  }

  protected download(doc: TrajectoryDocument): void {
    this.actions.run('files', this.api.documentContent(doc.id), (content) => {
      downloadBlob(
        this.document,
        content.fileName,
        blobFromBase64(content.contentBase64, content.mediaType),
      );
    });
  }

  protected remove(doc: TrajectoryDocument): void {
    this.actions.run('files', this.api.removeDocument(doc.id), () => {
      this.changed.emit(this.documents().filter((d) => d.id !== doc.id));
      this.actions.focus(`#${this.id}-heading`);
      return this.i18n.translate('trajectories.documents.removed', {
        name: doc.fileName,
      });
    });
  }
}
