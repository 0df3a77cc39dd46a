import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Role } from '@inspraak/shared';
import { SessionService } from '@inspraak/web-core';
import { HomePage } from './home-page';

describe('HomePage', () => {
  it('welcomes the user with organisation and roles, without a directory link for employees', async () => {
    localStorage.clear();
    const roles: Role[] = ['MEDEWERKER', 'OR_LID'];
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        {
          provide: SessionService,
          useValue: {
            viewer: signal({
              userId: 'u',
              email: 'm@x.nl',
              displayName: 'Mo',
              roles,
              organisation: { id: 'o', name: 'Demo BV' },
            }),
            hasAnyRole: (wanted: readonly Role[]) =>
              wanted.some((r) => roles.includes(r)),
          },
        },
      ],
    });
    const fixture = TestBed.createComponent(HomePage);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('h1')?.textContent).toContain('Welkom, Mo');
    expect(el.textContent).toContain('Demo BV');
    expect(
      Array.from(el.querySelectorAll('li')).map((li) => li.textContent?.trim()),
    ).toEqual(['Medewerker', 'OR-lid']);
    expect(el.querySelector('a[href="/directory"]')).toBeNull();
  });
});
