import { downloadBlob } from './download-blob';

describe('downloadBlob', () => {
  it('clicks an attached link to the blob under the given name, then cleans up', () => {
    jest.useFakeTimers();
    const revoke = jest.fn();
    Object.assign(URL, {
      createObjectURL: jest.fn(() => 'blob:file'),
      revokeObjectURL: revoke,
    });
    const clicked: { name: string; attached: boolean }[] = [];
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(function (this: HTMLAnchorElement) {
        clicked.push({
          name: this.download,
          attached: document.body.contains(this),
        });
      });
    downloadBlob(
      document,
      'gegevens.json',
      new Blob(['{}'], { type: 'application/json' }),
    );
    expect(clicked).toEqual([{ name: 'gegevens.json', attached: true }]);
    expect(document.body.querySelector('a')).toBeNull();
    jest.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:file');
    click.mockRestore();
    jest.useRealTimers();
  });
});
