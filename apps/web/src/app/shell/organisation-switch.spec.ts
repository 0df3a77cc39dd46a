import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { SwitchOrganisationDocument } from '@inspraak/shared';
import {
  ApiError,
  GraphqlClient,
  SessionService,
  type Viewer,
} from '@inspraak/web-core';
import { of, throwError, type Observable } from 'rxjs';
import { OrganisationSwitch } from './organisation-switch';

const DEMO = { id: 'o1', name: 'Zorggroep Demo' };
const NORTH = { id: 'o2', name: 'Thuiszorg Noord' };

function viewerIn(
  organisation: { id: string; name: string },
  organisations: { id: string; name: string }[],
): Viewer {
  return {
    userId: 'u1',
    email: 'adviseur@demo.inspraak.nl',
    displayName: 'Ada Adviseur',
    roles: ['ADVISEUR', 'MEDEWERKER'],
    organisation,
    organisations: organisations.map((o) => ({
      ...o,
      roles: ['ADVISEUR', 'MEDEWERKER'],
    })),
    signInMethod: 'PASSWORD',
  };
}

describe('OrganisationSwitch', () => {
  const request = jest.fn<Observable<unknown>, unknown[]>();

  async function setup(viewer: Viewer) {
    request.mockReset();
    const current = signal<Viewer | null>(viewer);
    const session = {
      viewer: current,
      replaceViewer: jest.fn((v: Viewer) => current.set(v)),
    };
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: GraphqlClient, useValue: { request } },
        { provide: SessionService, useValue: session },
      ],
    });
    const navigate = jest
      .spyOn(TestBed.inject(Router), 'navigateByUrl')
      .mockResolvedValue(true);
    const fixture = TestBed.createComponent(OrganisationSwitch);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const switchTo = async (id: string) => {
      const select = el.querySelector<HTMLSelectElement>('select');
      if (!select) throw new Error('no select');
      select.value = id;
      select.dispatchEvent(new Event('change'));
      el.querySelector('form')?.dispatchEvent(new Event('submit'));
      await fixture.whenStable();
    };
    return { el, session, navigate, switchTo };
  }

  it('is not there for a person in one organisation', async () => {
    const { el } = await setup(viewerIn(DEMO, [DEMO]));
    expect(el.querySelector('select')).toBeNull();
    expect(el.textContent?.trim()).toBe('');
  });

  it('shows the current organisation in a labelled list', async () => {
    const { el } = await setup(viewerIn(DEMO, [DEMO, NORTH]));
    const select = el.querySelector<HTMLSelectElement>('#organisation-switch');
    expect(
      el.querySelector('label[for="organisation-switch"]')?.textContent,
    ).toContain('Organisatie');
    expect(Array.from(select?.options ?? []).map((o) => o.text.trim())).toEqual(
      ['Zorggroep Demo', 'Thuiszorg Noord'],
    );
    expect(select?.value).toBe('o1');
  });

  it('switches with the button, continues as the new viewer and goes to the start page', async () => {
    const switched = viewerIn(NORTH, [DEMO, NORTH]);
    request.mockReturnValue(of({ switchOrganisation: switched }));
    const { session, navigate, switchTo } = await setup(
      viewerIn(DEMO, [DEMO, NORTH]),
    );
    request.mockReturnValue(of({ switchOrganisation: switched }));
    await switchTo('o2');
    expect(request).toHaveBeenCalledWith(SwitchOrganisationDocument, {
      organisationId: 'o2',
    });
    expect(session.replaceViewer).toHaveBeenCalledWith(switched);
    expect(navigate).toHaveBeenCalledWith('/');
  });

  it('does nothing when the current organisation is chosen', async () => {
    const { switchTo } = await setup(viewerIn(DEMO, [DEMO, NORTH]));
    await switchTo('o1');
    expect(request).not.toHaveBeenCalled();
  });

  it('says so when switching fails', async () => {
    const { el, session, switchTo } = await setup(
      viewerIn(DEMO, [DEMO, NORTH]),
    );
    request.mockReturnValue(
      throwError(() => new ApiError('FORBIDDEN', 'Geen toegang.', null)),
    );
    await switchTo('o2');
    expect(el.querySelector('[role="alert"]')?.textContent).toContain(
      'Wisselen van organisatie is niet gelukt.',
    );
    expect(session.replaceViewer).not.toHaveBeenCalled();
  });
});
