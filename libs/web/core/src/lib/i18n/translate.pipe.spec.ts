import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { I18nService } from './i18n.service';
import { TranslatePipe } from './translate.pipe';

@Component({
  selector: 'isp-host',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p>{{ 'common.save' | translate }}</p>
    <p>{{ 'home.welcome' | translate: { name: 'Sam' } }}</p>`,
})
class HostComponent {}

describe('TranslatePipe', () => {
  beforeEach(() => localStorage.clear());

  it('renders the current language and refreshes an OnPush view when the language changes', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const text = () =>
      Array.from(
        fixture.nativeElement.querySelectorAll('p') as NodeListOf<HTMLElement>,
      ).map((p) => p.textContent);
    expect(text()).toEqual(['Opslaan', 'Welkom, Sam']);

    TestBed.inject(I18nService).setLanguage('en');
    await fixture.whenStable();
    expect(text()).toEqual(['Save', 'Welcome, Sam']);
  });
});
