import { TestBed } from '@angular/core/testing';
import { CountTilesComponent } from './count-tiles';

describe('CountTilesComponent', () => {
  it('lists each number with its name and test id', async () => {
    const fixture = TestBed.createComponent(CountTilesComponent);
    fixture.componentRef.setInput('tiles', [
      { label: 'Verstuurd', value: 4, testId: 'count-sent' },
      { label: 'Mislukt', value: 0, testId: 'count-failed' },
    ]);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(
      Array.from(el.querySelectorAll('dt')).map((dt) => dt.textContent),
    ).toEqual(['Verstuurd', 'Mislukt']);
    expect(el.querySelector('[data-testid="count-sent"]')?.textContent).toBe(
      '4',
    );
    expect(el.querySelector('[data-testid="count-failed"]')?.textContent).toBe(
      '0',
    );
  });

  it('keeps tiles a column wide unless told to stretch them', async () => {
    const fixture = TestBed.createComponent(CountTilesComponent);
    fixture.componentRef.setInput('tiles', []);
    await fixture.whenStable();
    const dl = (fixture.nativeElement as HTMLElement).querySelector('dl');
    expect(dl?.style.gridTemplateColumns).toBe(
      'repeat(auto-fill, minmax(8rem, 1fr))',
    );
    fixture.componentRef.setInput('minTileWidth', '9rem');
    fixture.componentRef.setInput('stretch', true);
    await fixture.whenStable();
    expect(dl?.style.gridTemplateColumns).toBe(
      'repeat(auto-fit, minmax(9rem, 1fr))',
    );
  });
});
