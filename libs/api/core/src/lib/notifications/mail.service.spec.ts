import { loadConfig, MailNotConfiguredError } from '../config/app-config';
import {
  MailMessage,
  MailService,
  OUTBOX_HIDDEN_RECIPIENT,
  OUTBOX_LINK_PLACEHOLDER,
  outboxCopy,
} from './mail.service';
import type { DataSource, EntityManager } from 'typeorm';

const TOKEN = 'Ab3_-'.repeat(8) + 'xyz';
const LINK = `https://inspraak.example.nl/s/${TOKEN}`;

function reminder(overrides: Partial<MailMessage> = {}): MailMessage {
  return {
    organisationId: 'org-1',
    to: 'jan.jansen@zorg.example.nl',
    recipientName: 'Jan Jansen',
    subject: 'Herinnering / reminder: Pulsmeting',
    oneTimeLink: LINK,
    confidentialRecipient: true,
    text: ({ name, link }) =>
      `Beste ${name},\n\nJouw persoonlijke link:\n${link}\n\nYour link:\n${link}\n`,
    ...overrides,
  };
}

/** The service with the outbox switched on, recording what it inserts. */
function outboxService() {
  const inserted: unknown[] = [];
  const manager = {
    insert: jest.fn(async (_entity: unknown, row: unknown) => {
      inserted.push(row);
    }),
  } as unknown as EntityManager;
  const service = new MailService(
    { manager } as unknown as DataSource,
    loadConfig({ DEV_OUTBOX: 'true' }),
  );
  return { service, inserted };
}

describe('the development outbox', () => {
  it('keeps a survey reminder without its one-time link, recipient or name', async () => {
    const { service, inserted } = outboxService();
    expect(await service.send(reminder())).toBe('OUTBOX');
    expect(inserted).toHaveLength(1);
    const kept = JSON.stringify(inserted[0]);
    expect(kept).not.toContain(TOKEN);
    expect(kept).not.toContain('/s/');
    expect(kept).not.toContain('jan.jansen');
    expect(kept).not.toContain('Jan');
    expect(inserted[0]).toMatchObject({
      organisationId: 'org-1',
      toAddress: OUTBOX_HIDDEN_RECIPIENT,
      subject: 'Herinnering / reminder: Pulsmeting',
    });
    expect((inserted[0] as { body: string }).body).toBe(
      `Beste collega,\n\nJouw persoonlijke link:\n${OUTBOX_LINK_PLACEHOLDER}\n\nYour link:\n${OUTBOX_LINK_PLACEHOLDER}\n`,
    );
  });

  it('keeps an account invitation or reset mail addressed, but without a usable link', () => {
    const link = `https://inspraak.example.nl/reset-password/${TOKEN}`;
    const copy = outboxCopy(
      reminder({
        oneTimeLink: link,
        confidentialRecipient: false,
        subject: 'Nieuw wachtwoord instellen',
      }),
    );
    expect(copy.toAddress).toBe('jan.jansen@zorg.example.nl');
    expect(copy.body).toContain('Beste Jan Jansen,');
    expect(copy.body).not.toContain(TOKEN);
    expect(copy.body).toContain(OUTBOX_LINK_PLACEHOLDER);
  });

  it('refuses a text that writes the one-time link in instead of taking it from its parts', () => {
    expect(() =>
      outboxCopy(reminder({ text: () => `Klik op ${LINK}` })),
    ).toThrow(/refused/);
  });

  it('keeps other mail as written', () => {
    const copy = outboxCopy({
      organisationId: 'org-1',
      to: 'els@zorg.example.nl',
      recipientName: 'Els',
      subject: 'Actie',
      text: ({ name, link }) => `Beste ${name}, zie /my-participation${link}`,
    });
    expect(copy).toEqual({
      organisationId: 'org-1',
      toAddress: 'els@zorg.example.nl',
      subject: 'Actie',
      body: 'Beste Els, zie /my-participation',
    });
  });
});

describe('starting without a mail server', () => {
  it('refuses without SMTP_URL unless the development outbox is switched on, saying what to set', () => {
    const build = (env: NodeJS.ProcessEnv) =>
      new MailService({} as DataSource, loadConfig(env));
    let error: unknown;
    try {
      build({ DEV_OUTBOX: 'false' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MailNotConfiguredError);
    const message = (error as Error).message;
    expect(message).toContain('SMTP_URL');
    expect(message).toContain('DEV_OUTBOX=true');
    expect(message).not.toContain('\n');
    expect(() => build({ DEV_OUTBOX: 'true' })).not.toThrow();
    expect(() => build({ SMTP_URL: 'smtp://127.0.0.1:2525' })).not.toThrow();
  });
});
