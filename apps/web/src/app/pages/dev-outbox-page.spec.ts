import { TestBed } from '@angular/core/testing';
import { GraphqlClient } from '@inspraak/web-core';
import { of } from 'rxjs';
import { DevOutboxPage } from './dev-outbox-page';
import { shownMail, type OutboxMail } from './dev-outbox';

const TOKEN = 'Ab3_-'.repeat(8) + 'xyz';

function mail(overrides: Partial<OutboxMail> = {}): OutboxMail {
  return {
    id: 'm1',
    toAddress: 'jan@demo.inspraak.nl',
    subject: 'Herinnering / reminder: Pulsmeting',
    body: `Beste Jan,\n\nJouw persoonlijke link:\nhttps://inspraak.example.nl/s/${TOKEN}\n`,
    createdAt: '2026-03-02T09:30:00.000Z',
    ...overrides,
  };
}

describe('shownMail', () => {
  it('hides a survey mail’s one-time link and its recipient', () => {
    const shown = shownMail(mail(), '[verborgen]');
    expect(TOKEN).toHaveLength(43);
    expect(shown.body).not.toContain(TOKEN);
    expect(shown.body).toContain('Jouw persoonlijke link:\n[verborgen]\n');
    expect(shown.to).toBeNull();
  });

  it('shows other mail as it was kept', () => {
    const other = mail({
      subject: 'Je overeenkomst loopt af',
      body: 'Bekijk https://inspraak.example.nl/participation',
    });
    expect(shownMail(other, '[verborgen]')).toEqual({
      id: 'm1',
      to: 'jan@demo.inspraak.nl',
      subject: 'Je overeenkomst loopt af',
      body: 'Bekijk https://inspraak.example.nl/participation',
      createdAt: '2026-03-02T09:30:00.000Z',
    });
  });
});

describe('DevOutboxPage', () => {
  async function setup(inUse: boolean, mails: OutboxMail[]) {
    TestBed.configureTestingModule({
      providers: [
        {
          provide: GraphqlClient,
          useValue: {
            request: (document: {
              definitions: { name?: { value: string } }[];
            }) =>
              of(
                document.definitions[0]?.name?.value === 'DevOutboxInUse'
                  ? { devOutboxInUse: inUse }
                  : { devOutbox: mails },
              ),
          },
        },
      ],
    });
    const fixture = TestBed.createComponent(DevOutboxPage);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('warns that links are personal and that production uses SMTP, and hides survey links and recipients', async () => {
    const el = await setup(true, [
      mail(),
      mail({
        id: 'm2',
        toAddress: 'els@demo.inspraak.nl',
        subject: 'Actie',
        body: 'Je actie is over tijd.',
      }),
    ]);
    expect(el.querySelector('h1')?.textContent).toContain(
      'Uitgaande e-mail (ontwikkeling)',
    );
    const warning = el.querySelector('isp-alert')?.textContent ?? '';
    expect(warning).toContain('In productie stel je SMTP in');
    expect(warning).toContain('persoonlijk');
    expect(el.textContent).not.toContain(TOKEN);
    expect(el.textContent).not.toContain('jan@demo.inspraak.nl');
    expect(el.textContent).toContain('verborgen (persoonlijke vragenlijst)');
    expect(el.textContent).toContain('els@demo.inspraak.nl');
    expect(el.querySelectorAll('article h2')).toHaveLength(2);
  });

  it('says when mail goes through SMTP and nothing was kept', async () => {
    const el = await setup(false, []);
    expect(el.textContent).toContain('E-mail gaat via de mailserver (SMTP).');
    expect(el.textContent).toContain('Er is nog geen e-mail bewaard.');
  });
});
