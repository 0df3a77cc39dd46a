import { TestBed } from '@angular/core/testing';
import { ProgressBarComponent } from './progress-bar';

describe('ProgressBarComponent', () => {
  it('exposes the value to assistive technology, clamped to 0..100', async () => {
    const fixture = TestBed.createComponent(ProgressBarComponent);
    fixture.componentRef.setInput('value', 42.4);
    fixture.componentRef.setInput('label', 'Voortgang');
    fixture.componentRef.setInput('valueText', '21 van 50 rijen');
    await fixture.whenStable();
    const bar = (fixture.nativeElement as HTMLElement).querySelector(
      '[role="progressbar"]',
    );
    expect(bar?.getAttribute('aria-valuenow')).toBe('42');
    expect(bar?.getAttribute('aria-label')).toBe('Voortgang');
    expect(bar?.getAttribute('aria-valuetext')).toBe('21 van 50 rijen');

    fixture.componentRef.setInput('value', 140);
    await fixture.whenStable();
    expect(bar?.getAttribute('aria-valuenow')).toBe('100');
  });
});
