import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';

/** A PDF as a reader sees it: its pages, and its text when poppler's `pdftotext` is installed (pdf-lib cannot extract text). */
export async function readPdf(
  bytes: Buffer,
): Promise<{ pages: number; text: string | null }> {
  const pages = (await PDFDocument.load(bytes)).getPageCount();
  const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
  writeFileSync(join(dir, 'file.pdf'), bytes);
  const extracted = spawnSync('pdftotext', [join(dir, 'file.pdf'), '-'], {
    encoding: 'utf8',
  });
  return {
    pages,
    text: extracted.error || extracted.status !== 0 ? null : extracted.stdout,
  };
}

/** Opens a DOCX in LibreOffice (headless, a profile of its own) and returns the PDF it makes of it; fails when it cannot. */
export function convertDocxWithLibreOffice(docx: Buffer): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'docx-'));
  writeFileSync(join(dir, 'letter.docx'), docx);
  const converted = spawnSync(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${dir}/profile`,
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      join(dir, 'letter.docx'),
    ],
    // Ten minutes: LibreOffice is slow on a busy machine (a synchronous call, so it needs a limit of its own).
    { encoding: 'utf8', timeout: 10 * 60_000 },
  );
  if (converted.error || converted.status !== 0)
    throw new Error(
      `LibreOffice could not open the DOCX: ${converted.error?.message ?? converted.stderr}`,
    );
  return readFileSync(join(dir, 'letter.pdf'));
}
