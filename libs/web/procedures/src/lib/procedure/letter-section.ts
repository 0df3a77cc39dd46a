import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import {
  I18nService,
  LocalDatePipe,
  TranslatePipe,
  blobFromBase64,
  downloadBlob,
  pageActions,
} from '@inspraak/web-core';
import {
  ConfirmDialogComponent,
  SectionFeedbackComponent,
} from '@inspraak/web-ui';
import {
  ProceduresApi,
  type LetterFormat,
  type Procedure,
} from '../data-access/procedures-api';
import { fileSlug, letterBlocks, shortHash } from '../shared/procedure-rules';

const MEDIA_TYPES: Record<LetterFormat, string> = {
  DOCX: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  PDF: 'application/pdf',
};

/** "advies-reorganisatie-thuiszorg.pdf" from the procedure's title. */
export function letterFileName(
  title: string,
  consent: boolean,
  format: LetterFormat,
): string {
  const slug = fileSlug(title);
  return `${consent ? 'besluit' : 'advies'}-${slug || 'brief'}.${format.toLowerCase()}`;
}

/**
 * The council's letter: drafted by the API from the procedure and its
 * evidence, edited here as text ("## " starts a heading), exported as DOCX and
 * PDF, and archived as final (read-only, with its date and hash).
 */
@Component({
  selector: 'isp-letter-section',
  imports: [
    ReactiveFormsModule,
    TranslatePipe,
    LocalDatePipe,
    ConfirmDialogComponent,
    SectionFeedbackComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './letter-section.html',
  styleUrl: './letter-section.scss',
})
export class LetterSectionComponent {
  private readonly api = inject(ProceduresApi);
  private readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);
  protected readonly actions = pageActions<'letter'>();
  protected readonly shortHash = shortHash;

  readonly procedure = input.required<Procedure>();
  readonly changed = output<void>();

  protected readonly letter = computed(() => this.procedure().letter);
  protected readonly final = computed(() => !!this.letter()?.finalText);
  protected readonly text = new FormControl('', { nonNullable: true });
  private readonly textValue = toSignal(this.text.valueChanges, {
    initialValue: '',
  });
  protected readonly preview = computed(() =>
    letterBlocks(
      this.final() ? (this.letter()?.finalText ?? '') : this.textValue(),
    ),
  );
  protected readonly confirming = signal<'generate' | 'finalize' | null>(null);

  constructor() {
    // A new or saved letter from the API replaces what the editor shows; the
    // same letter coming back with the procedure (after adding evidence) keeps the edits.
    let shown: string | null = null;
    effect(() => {
      const letter = this.letter();
      const version = letter ? letter.updatedAt : '';
      if (version === shown) return;
      shown = version;
      this.text.reset(letter?.draft ?? '');
    });
  }

  protected generate(): void {
    if (this.letter()) this.confirming.set('generate');
    else this.doGenerate();
  }

  protected confirmed(): void {
    const what = this.confirming();
    this.confirming.set(null);
    if (what === 'generate') this.doGenerate();
    if (what === 'finalize') this.doFinalize();
  }

  private doGenerate(): void {
    this.actions.run(
      'letter',
      this.api.generateLetter(this.procedure().id),
      () => {
        this.changed.emit();
        this.actions.focus('#letter-text');
        return this.i18n.translate('procedures.letter.generated');
      },
    );
  }

  protected save(): void {
    this.actions.run(
      'letter',
      this.api.saveLetter(this.procedure().id, this.text.value),
      () => {
        this.text.markAsPristine();
        this.changed.emit();
        return this.i18n.translate('procedures.letter.saved');
      },
    );
  }

  protected finalize(): void {
    if (this.text.dirty) {
      this.actions.clear();
      this.actions.say(
        'letter',
        'warning',
        this.i18n.translate('procedures.letter.saveFirst'),
      );
      return;
    }
    this.confirming.set('finalize');
  }

  private doFinalize(): void {
    this.actions.run(
      'letter',
      this.api.finalizeLetter(this.procedure().id),
      () => {
        this.changed.emit();
        return this.i18n.translate('procedures.letter.finalized');
      },
    );
  }

  protected download(format: LetterFormat): void {
    const p = this.procedure();
    const unsaved = this.text.dirty && !this.final();
    this.actions.run('letter', this.api.letterFile(p.id, format), (base64) => {
      downloadBlob(
        this.document,
        letterFileName(p.title, p.type === 'CONSENT', format),
        blobFromBase64(base64, MEDIA_TYPES[format]),
      );
      if (unsaved)
        this.actions.say(
          'letter',
          'warning',
          this.i18n.translate('procedures.letter.downloadedSaved'),
        );
    });
  }
}
