import { PDFDocument, PDFFont, StandardFonts } from 'pdf-lib';
import { winAnsi, wrap } from '@inspraak/api-core';

export interface AgreementPdfContent {
  organisationName: string;
  participantName: string;
  title: string;
  version: number;
  contentHash: string;
  acceptedAt: Date;
  validUntil: string;
  markdown: string;
}

const PAGE = { width: 595.28, height: 841.89, margin: 56 };

/**
 * The accepted agreement as a PDF: the text as published (Markdown markup
 * reduced to plain text) and a statement of who accepted which version, when,
 * with the content hash that identifies the exact text.
 */
export async function renderAgreementPdf(
  content: AgreementPdfContent,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(winAnsi(`${content.title} (versie ${content.version})`));
  pdf.setCreator('Inspraak');
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const width = PAGE.width - 2 * PAGE.margin;
  let page = pdf.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  const write = (text: string, font: PDFFont, size: number, gapAfter = 4) => {
    for (const line of wrap(winAnsi(text), font, size, width)) {
      if (y < PAGE.margin + size) {
        page = pdf.addPage([PAGE.width, PAGE.height]);
        y = PAGE.height - PAGE.margin;
      }
      page.drawText(line, { x: PAGE.margin, y, size, font });
      y -= size * 1.35;
    }
    y -= gapAfter;
  };

  write(content.organisationName, regular, 10);
  write(content.title, bold, 18, 8);
  for (const block of content.markdown.split(/\n{2,}/)) {
    const heading = /^(#{1,6})\s+(.*)$/.exec(block.trim());
    if (heading)
      write(heading[2] ?? '', bold, heading[1]!.length === 1 ? 14 : 12, 4);
    else
      write(
        block.replace(/^\s*[-*]\s+/gm, '- ').replace(/[*_`]/g, ''),
        regular,
        11,
        6,
      );
  }
  y -= 12;
  write('Aanvaarding / Acceptance', bold, 12);
  write(`Deelnemer / Participant: ${content.participantName}`, regular, 10, 0);
  write(`Versie / Version: ${content.version}`, regular, 10, 0);
  write(
    `Aanvaard op / Accepted on: ${content.acceptedAt.toISOString()}`,
    regular,
    10,
    0,
  );
  write(
    `Geldig tot en met / Valid until: ${content.validUntil}`,
    regular,
    10,
    0,
  );
  write(
    `SHA-256 van de tekst / of the text: ${content.contentHash}`,
    regular,
    9,
    0,
  );
  return pdf.save();
}
