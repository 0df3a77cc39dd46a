/**
 * Offers a blob as a file download. The link is attached to the document for
 * the click (some browsers ignore clicks on detached links) and the object URL
 * is released after the browser has taken it.
 */
export function downloadBlob(
  document: Document,
  fileName: string,
  blob: Blob,
): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
