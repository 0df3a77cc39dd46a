import { TestBed } from '@angular/core/testing';
import { of, Subject } from 'rxjs';
import { PoolAdminApi } from '../data-access/pool-admin-api';
import { agreementVersion, buttonByText, type } from '../participation/testing';
import { AgreementsPageComponent } from './agreements-page';

const DRAFT = agreementVersion({
  id: 'v3',
  version: null,
  status: 'DRAFT',
  contentHash: null,
  publishedAt: null,
  acceptedCount: 0,
  title: 'Concept 2027',
  markdown: '# Nieuw\n\nMet **meer** uitleg.',
});
const V2 = agreementVersion();

describe('AgreementsPageComponent', () => {
  const api = {
    agreementVersions: jest.fn(),
    saveAgreementDraft: jest.fn(),
    publishAgreementDraft: jest.fn(),
    agreementAcceptances: jest.fn(),
  };

  beforeEach(() => {
    localStorage.clear();
    jest.clearAllMocks();
    api.agreementVersions.mockReturnValue(of([DRAFT, V2]));
    TestBed.configureTestingModule({
      providers: [{ provide: PoolAdminApi, useValue: api }],
    });
  });

  async function setup() {
    const fixture = TestBed.createComponent(AgreementsPageComponent);
    await fixture.whenStable();
    return {
      el: fixture.nativeElement as HTMLElement,
      stable: () => fixture.whenStable(),
    };
  }

  it('edits the draft with a live preview and saves title, text and term', async () => {
    api.saveAgreementDraft.mockImplementation((input) =>
      of({ ...DRAFT, ...input }),
    );
    const { el, stable } = await setup();
    expect(el.querySelector<HTMLInputElement>('#agreement-title')?.value).toBe(
      'Concept 2027',
    );
    expect(el.querySelector('.preview strong')?.textContent).toBe('meer');

    type(el, '#agreement-title', ' Overeenkomst 2027 ');
    type(el, '#agreement-markdown', '## Afspraken\n\n- **Vrijwillig**');
    type(el, '#agreement-term', '24');
    await stable();
    expect(el.querySelector('.preview h4')?.textContent).toContain('Afspraken');
    expect(el.querySelector('.preview li strong')?.textContent).toBe(
      'Vrijwillig',
    );
    // Unsaved edits are not published.
    expect(buttonByText(el, 'Concept publiceren').disabled).toBe(true);

    buttonByText(el, 'Concept opslaan').click();
    await stable();
    expect(api.saveAgreementDraft).toHaveBeenCalledWith({
      title: 'Overeenkomst 2027',
      markdown: '## Afspraken\n\n- **Vrijwillig**',
      termMonths: 24,
    });
    expect(el.querySelector('[role="status"]')?.textContent).toContain(
      'Het concept is opgeslagen.',
    );
    expect(buttonByText(el, 'Concept publiceren').disabled).toBe(false);
  });

  it('keeps what the advisor typed when the versions arrive later', async () => {
    const slow = new Subject<ReturnType<typeof agreementVersion>[]>();
    api.agreementVersions.mockReturnValue(slow);
    const { el, stable } = await setup();
    type(el, '#agreement-title', 'Mijn nieuwe titel');
    slow.next([V2]);
    slow.complete();
    await stable();
    expect(el.querySelector<HTMLInputElement>('#agreement-title')?.value).toBe(
      'Mijn nieuwe titel',
    );
  });

  it('refuses a term outside 1–60 at the field', async () => {
    const { el, stable } = await setup();
    type(el, '#agreement-term', '61');
    buttonByText(el, 'Concept opslaan').click();
    await stable();
    expect(api.saveAgreementDraft).not.toHaveBeenCalled();
    expect(el.querySelector('#agreement-term-error')?.textContent).toContain(
      'Vul een heel getal van 1 tot en met 60 in.',
    );
  });

  it('publishes the saved draft with the transition date after confirming', async () => {
    api.publishAgreementDraft.mockReturnValue(
      of({ ...DRAFT, version: 3, status: 'PUBLISHED' }),
    );
    const { el, stable } = await setup();
    type(el, '#agreement-transition', '2099-12-31');
    await stable();
    buttonByText(el, 'Concept publiceren').click();
    await stable();
    const dialog = el.querySelector('dialog');
    expect(dialog?.hasAttribute('open')).toBe(true);
    expect(dialog?.textContent).toContain('Nieuwe versie publiceren?');
    api.agreementVersions.mockReturnValue(
      of([{ ...DRAFT, version: 3, status: 'PUBLISHED' }, V2]),
    );
    buttonByText(dialog as HTMLElement, 'Ja, publiceren').click();
    await stable();
    expect(api.publishAgreementDraft).toHaveBeenCalledWith('2099-12-31');
    expect(el.querySelector('[role="status"]')?.textContent).toContain(
      'Versie 3 is gepubliceerd.',
    );
  });

  it('publishes without a transition date as null, and refuses a date in the past', async () => {
    api.publishAgreementDraft.mockReturnValue(
      of({ ...DRAFT, version: 3, status: 'PUBLISHED' }),
    );
    const { el, stable } = await setup();
    type(el, '#agreement-transition', '2001-01-01');
    await stable();
    buttonByText(el, 'Concept publiceren').click();
    await stable();
    expect(el.querySelector('dialog')?.hasAttribute('open')).toBeFalsy();
    expect(
      el.querySelector('#agreement-transition-error')?.textContent,
    ).toContain('Kies een geldige datum na vandaag');

    type(el, '#agreement-transition', '');
    await stable();
    buttonByText(el, 'Concept publiceren').click();
    await stable();
    buttonByText(
      el.querySelector('dialog') as HTMLElement,
      'Ja, publiceren',
    ).click();
    await stable();
    expect(api.publishAgreementDraft).toHaveBeenCalledWith(null);
  });

  it('says an earlier published version was replaced by the latest one', async () => {
    const V1 = agreementVersion({ id: 'v1', version: 1 });
    api.agreementVersions.mockReturnValue(of([V2, V1]));
    const { el } = await setup();
    const rows = el.querySelectorAll('.versions-table tbody tr');
    expect(rows[0].textContent).toContain('Gepubliceerd');
    expect(rows[1].textContent).toContain('Vervangen');
    expect(rows[1].textContent).not.toContain('Gepubliceerd');
  });

  it('lists versions with accepted counts and shows who accepted and who did not yet', async () => {
    api.agreementAcceptances.mockReturnValue(
      of([
        {
          participantId: 'a',
          displayName: 'Anna',
          acceptedAt: '2026-04-02T09:00:00.000Z',
        },
        { participantId: 'b', displayName: 'Bram', acceptedAt: null },
      ]),
    );
    const { el, stable } = await setup();
    const rows = el.querySelectorAll('.versions-table tbody tr');
    expect(rows[0].textContent).toContain('Concept');
    expect(rows[1].textContent).toContain('Gepubliceerd');
    expect(rows[1].textContent).toContain('3');

    buttonByText(el, 'Wie (versie 2)').click();
    await stable();
    expect(api.agreementAcceptances).toHaveBeenCalledWith('v2');
    const card = el.querySelector('.acceptances') as HTMLElement;
    expect(card.textContent).toContain('1 geaccepteerd, 1 nog niet.');
    const people = card.querySelectorAll('tbody tr');
    expect(people[0].textContent).toContain('Bram');
    expect(people[0].textContent).toContain('Nog niet');
    expect(people[1].textContent).toContain('Anna');
    expect(people[1].textContent).toContain('2 apr 2026');
  });
});
