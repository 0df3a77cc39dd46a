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

/** File bytes as base64, unchanged (the server checks the encoding). */
export function readFileAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.onload = () => {
      const result = String(reader.result ?? '');
      resolve(result.slice(result.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}
