import { INestApplicationContext } from '@nestjs/common';
import { type SmtpReceiver } from './smtp-receiver';
import { addDays, Role, todayInAmsterdam } from '@inspraak/domain';
import {
  AgreementAcceptance,
  AgreementReminderService,
} from '@inspraak/api-participants';
import {
  bootMailingWorker,
  bootTestApp,
  bootTestWorker,
  callersFor,
  createOrganisation,
  GraphqlCaller,
  MailingWorker,
  TestApp,
  TestOrganisation,
} from './test-app';
import { joinPool, publishAgreement } from './participant-fixtures';
import { chooseMail } from './notification-fixtures';

describe('agreement reminders through the worker, by e-mail and in the app', () => {
  let testApp: TestApp;
  let mailing: MailingWorker;
  let smtp: SmtpReceiver;
  let worker: INestApplicationContext;
  let organisation: TestOrganisation;
  let callers: Record<Role, GraphqlCaller>;

  beforeAll(async () => {
    testApp = await bootTestApp();
    mailing = await bootMailingWorker();
    ({ worker, smtp } = mailing);
  });
  afterAll(async () => {
    await mailing.close();
    await testApp.close();
  });
  beforeEach(async () => {
    organisation = await createOrganisation(testApp.dataSource, 'reminders');
    callers = await callersFor(testApp.url, organisation);
  });

  async function participantWithAgreementUntil(role: Role, validUntil: string) {
    const agreement = await publishAgreement(
      callers[Role.ADVISEUR],
      'Overeenkomst',
    ).catch(
      async () =>
        (
          await callers[Role.ADVISEUR].request<{
            currentAgreement: { id: string; contentHash: string };
          }>('{ currentAgreement { id contentHash } }')
        ).data!.currentAgreement,
    );
    await joinPool(callers[role], {}, ['WORKGROUP']);
    // These tests are about the reminders, mailed at once; the digest has tests of its own.
    await chooseMail(callers[role], { modes: { AGREEMENT: 'IMMEDIATE' } });
    await callers[role].request(
      'mutation($v: ID!, $h: String!) { acceptAgreement(versionId: $v, contentHash: $h) { id } }',
      { v: agreement.id, h: agreement.contentHash },
    );
    await testApp.dataSource
      .getRepository(AgreementAcceptance)
      .update({ organisationId: organisation.id }, { validUntil });
  }

  const mailsTo = (email: string) =>
    smtp.received.filter((m) => m.to.includes(email));
  const notifications = async (caller: GraphqlCaller) =>
    (
      await caller.request<{
        myNotifications: { kind: string; titleNl: string; link: string }[];
      }>('{ myNotifications { kind titleNl link } }')
    ).data!.myNotifications;

  it('reminds 30 days ahead, then 7 days ahead, each once, and tells when the agreement lapsed', async () => {
    const email = organisation.emails[Role.MEDEWERKER];
    const reminders = worker.get(AgreementReminderService);
    await participantWithAgreementUntil(
      Role.MEDEWERKER,
      addDays(todayInAmsterdam(), 20),
    );

    await reminders.sendDue();
    expect(mailsTo(email)).toHaveLength(1);
    expect(mailsTo(email)[0]!.raw).toMatch(/over een maand af/);
    expect(mailsTo(email)[0]!.raw).toContain(
      'https://inspraak.example.nl/participation',
    );
    expect(await notifications(callers[Role.MEDEWERKER])).toEqual([
      {
        kind: 'agreement.expires_in_30_days',
        titleNl: 'Je deelnemersovereenkomst loopt over een maand af',
        link: '/participation',
      },
    ]);

    // Running again (a retry, or the next day) sends nothing new.
    await reminders.sendDue();
    expect(mailsTo(email)).toHaveLength(1);

    await testApp.dataSource
      .getRepository(AgreementAcceptance)
      .update(
        { organisationId: organisation.id },
        { validUntil: addDays(todayInAmsterdam(), 5) },
      );
    await reminders.sendDue();
    expect(mailsTo(email)).toHaveLength(2);
    expect(mailsTo(email)[1]!.raw).toMatch(/over een week af/);

    await testApp.dataSource
      .getRepository(AgreementAcceptance)
      .update(
        { organisationId: organisation.id },
        { validUntil: addDays(todayInAmsterdam(), -1) },
      );
    await reminders.sendDue();
    expect(mailsTo(email)).toHaveLength(3);
    expect(
      (await notifications(callers[Role.MEDEWERKER])).map((n) => n.kind),
    ).toEqual([
      'agreement.lapsed',
      'agreement.expires_in_7_days',
      'agreement.expires_in_30_days',
    ]);
    const standing = await callers[Role.MEDEWERKER].request<{
      myParticipation: { agreement: { valid: boolean } };
    }>('{ myParticipation { agreement { valid } } }');
    expect(standing.data?.myParticipation.agreement.valid).toBe(false);

    const readIds = (
      await callers[Role.MEDEWERKER].request<{
        myNotifications: { id: string }[];
      }>('{ myNotifications { id } }')
    ).data!.myNotifications.map((n) => n.id);
    expect(
      (
        await callers[Role.MEDEWERKER].request(
          'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
          { ids: readIds },
        )
      ).data,
    ).toEqual({ markNotificationsRead: true });
    const read = await callers[Role.MEDEWERKER].request<{
      myNotifications: { readAt: string | null }[];
    }>('{ myNotifications { readAt } }');
    expect(read.data!.myNotifications.every((n) => n.readAt !== null)).toBe(
      true,
    );
  });

  it('sends nothing for agreements that run longer than a month', async () => {
    await participantWithAgreementUntil(
      Role.HR,
      addDays(todayInAmsterdam(), 45),
    );
    await worker.get(AgreementReminderService).sendDue();
    expect(mailsTo(organisation.emails[Role.HR])).toHaveLength(0);
  });

  it('keeps mail in the development outbox, readable by the advisor, when no SMTP server is set', async () => {
    const outboxWorker = await bootTestWorker();
    try {
      await participantWithAgreementUntil(
        Role.OR_LID,
        addDays(todayInAmsterdam(), 3),
      );
      await outboxWorker.get(AgreementReminderService).sendDue();
      const outbox = await callers[Role.ADVISEUR].request<{
        devOutbox: { toAddress: string; subject: string }[];
      }>('{ devOutbox { toAddress subject } }');
      expect(outbox.data?.devOutbox).toEqual([
        {
          toAddress: organisation.emails[Role.OR_LID],
          // In the recipient's language (Dutch unless they chose English for their mail).
          subject: 'Je deelnemersovereenkomst loopt over een week af',
        },
      ]);
      expect(mailsTo(organisation.emails[Role.OR_LID])).toHaveLength(0);
    } finally {
      await outboxWorker.close();
    }
  });
});
