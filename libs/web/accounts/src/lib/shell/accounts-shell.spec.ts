import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { AccountsShellComponent } from './accounts-shell';

@Component({ template: '' })
class EmptyPage {}

describe('AccountsShellComponent', () => {
  it('names the section navigation and marks the invite page as current', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          {
            path: 'accounts',
            component: AccountsShellComponent,
            children: [
              { path: '', component: EmptyPage },
              { path: 'invite', component: EmptyPage },
            ],
          },
        ]),
      ],
    });
    const harness = await RouterTestingHarness.create('/accounts/invite');
    const nav = (harness.routeNativeElement as HTMLElement).querySelector(
      'nav',
    );
    expect(nav?.getAttribute('aria-label')).toBe('Accounts');
    const anchors = Array.from(nav?.querySelectorAll('a') ?? []);
    expect(
      anchors.map((a) => [a.getAttribute('href'), a.textContent?.trim()]),
    ).toEqual([
      ['/accounts', 'Overzicht'],
      ['/accounts/invite', 'Uitnodigen'],
    ]);
    expect(anchors[1].getAttribute('aria-current')).toBe('page');
    expect(anchors[0].getAttribute('aria-current')).toBeNull();
  });
});
