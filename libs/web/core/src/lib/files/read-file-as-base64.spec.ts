import { blobFromBase64, readFileAsBase64 } from './read-file-as-base64';

describe('file contents as base64', () => {
  it('reads a file as base64 without the data-URL prefix', async () => {
    const file = new Blob(['notulen ✓'], { type: 'text/plain' });
    const base64 = await readFileAsBase64(file);
    expect(base64).not.toContain(',');
    expect(
      new TextDecoder().decode(
        Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)),
      ),
    ).toBe('notulen ✓');
  });

  it('turns base64 back into the same bytes with the given type', async () => {
    const blob = blobFromBase64(btoa('%PDF-1.7'), 'application/pdf');
    expect(blob.type).toBe('application/pdf');
    expect(blob.size).toBe(8);
    expect(await readFileAsBase64(blob)).toBe(btoa('%PDF-1.7'));
  });
});
