import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { of } from 'rxjs';
import { GraphqlClient } from '../api/graphql-client';
import { PERSONAL_STORAGE_PREFIX } from './personal-storage';
import { SessionService } from './session.service';

describe('SessionService', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'login', children: [] }]),
        {
          provide: GraphqlClient,
          useValue: {
            request: () => of({ logout: true }),
            unauthenticated$: of(),
          },
        },
      ],
    });
  });

  it('continues as the viewer a switch of organisation or an accepted invitation answers with', () => {
    const session = TestBed.inject(SessionService);
    session.replaceViewer({
      userId: 'u1',
      email: 'x@demo.inspraak.nl',
      displayName: 'X',
      roles: ['ADVISEUR', 'MEDEWERKER'],
      organisation: { id: 'o2', name: 'Thuiszorg Noord' },
      organisations: [
        { id: 'o1', name: 'Zorggroep Demo', roles: ['MEDEWERKER'] },
        {
          id: 'o2',
          name: 'Thuiszorg Noord',
          roles: ['ADVISEUR', 'MEDEWERKER'],
        },
      ],
      signInMethod: 'PASSWORD',
    });
    expect(session.isAuthenticated()).toBe(true);
    expect(session.isLoaded()).toBe(true);
    expect(session.viewer()?.organisation.name).toBe('Thuiszorg Noord');
    expect(session.hasAnyRole(['ADVISEUR'])).toBe(true);
  });

  it('removes this person’s unsent work from the browser at logout, and nothing else', () => {
    localStorage.setItem(`${PERSONAL_STORAGE_PREFIX}survey-progress.x`, '{}');
    localStorage.setItem('inspraak.language', 'en');
    TestBed.inject(SessionService).logout().subscribe();
    expect(
      localStorage.getItem(`${PERSONAL_STORAGE_PREFIX}survey-progress.x`),
    ).toBeNull();
    expect(localStorage.getItem('inspraak.language')).toBe('en');
  });
});
