import { downloadBlob } from '@inspraak/web-core';

/** Offer text as a file download. A BOM makes Excel read the CSV as UTF-8. */
export function downloadTextFile(
  document: Document,
  fileName: string,
  content: string,
  type = 'text/csv;charset=utf-8',
): void {
  downloadBlob(document, fileName, new Blob(['\uFEFF', content], { type }));
}

// Re-exported from web-core (the one place for it) so this folder's spec can keep mocking it here.
export { readFileAsBase64 } from '@inspraak/web-core';
