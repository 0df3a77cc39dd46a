import { INestApplicationContext } from '@nestjs/common';
import {
  addDays,
  longCalendarDate,
  Role,
  todayInAmsterdam,
} from '@inspraak/domain';
import {
  Notification,
  NotificationCenter,
  NotificationDigestService,
} from '@inspraak/api-core';
import { ActionReminderService } from '@inspraak/api-trajectories';
import { DeadlineReminderService } from '@inspraak/api-procedures';
import {
  bootMailingWorker,
  bootTestApp,
  callersFor,
  createOrganisation,
  errorCode,
  errorReason,
  GraphqlCaller,
  MailingWorker,
  TestApp,
  TestOrganisation,
} from './test-app';
import { mailText, type SmtpReceiver } from './smtp-receiver';
import { chooseMail } from './notification-fixtures';
import { createTrajectory } from './trajectory-fixtures';
import { registerProcedure } from './procedure-fixtures';

/** 09:00 in Amsterdam on the given day (after the digest's morning hour, whatever the clock says now). */
const morningOf = (day: string) => new Date(`${day}T08:00:00Z`);

describe('one place for notifications: the bell, preferences and the e-mail digest', () => {
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
    organisation = await createOrganisation(testApp.dataSource, 'notices');
    callers = await callersFor(testApp.url, organisation);
  });

  const mailsTo = (role: Role) =>
    smtp.received.filter((m) => m.to.includes(organisation.emails[role]));
  const userIdOf = async (role: Role) =>
    (
      await callers[role].request<{ viewer: { userId: string } }>(
        '{ viewer { userId } }',
      )
    ).data!.viewer.userId;
  const unread = async (role: Role) =>
    (
      await callers[role].request<{ myUnreadNotificationCount: number }>(
        '{ myUnreadNotificationCount }',
      )
    ).data!.myUnreadNotificationCount;
  const tell = async (role: Role, title: string, kind = 'test.note') =>
    worker.get(NotificationCenter).notify(testApp.dataSource.manager, {
      organisationId: organisation.id,
      userId: await userIdOf(role),
      kind,
      titleNl: `${title} (nl)`,
      titleEn: `${title} (en)`,
      bodyNl: 'Tekst',
      bodyEn: 'Text',
      link: '/notifications',
    });

  it('keeps preferences per person, with legal deadlines held at "immediately"', async () => {
    const preferences =
      '{ myNotificationPreferences { digest language categories { category mode locked } } }';
    const before = await callers[Role.MEDEWERKER].request<{
      myNotificationPreferences: {
        digest: string;
        categories: { category: string; mode: string; locked: boolean }[];
      };
    }>(preferences);
    expect(before.data!.myNotificationPreferences.digest).toBe('DAILY');
    expect(
      before.data!.myNotificationPreferences.categories.find(
        (c) => c.category === 'LEGAL_DEADLINE',
      ),
    ).toEqual({ category: 'LEGAL_DEADLINE', mode: 'IMMEDIATE', locked: true });

    await chooseMail(callers[Role.MEDEWERKER], {
      digest: 'WEEKLY',
      language: 'en',
      modes: { ACTION: 'NEVER', AGREEMENT: 'IMMEDIATE' },
    });
    const mine = (
      await callers[Role.MEDEWERKER].request<{
        myNotificationPreferences: {
          digest: string;
          language: string;
          categories: { category: string; mode: string }[];
        };
      }>(preferences)
    ).data!.myNotificationPreferences;
    expect(mine.digest).toBe('WEEKLY');
    expect(mine.language).toBe('en');
    expect(
      Object.fromEntries(mine.categories.map((c) => [c.category, c.mode])),
    ).toMatchObject({
      ACTION: 'NEVER',
      AGREEMENT: 'IMMEDIATE',
      ACCOUNT: 'DIGEST',
    });
    // Someone else's stay the defaults.
    const theirs = await callers[Role.OR_LID].request<{
      myNotificationPreferences: { digest: string; language: string };
    }>(preferences);
    expect(theirs.data!.myNotificationPreferences).toMatchObject({
      digest: 'DAILY',
      language: 'nl',
    });

    const legalToDigest = await callers[Role.OR_SECRETARIS].request(
      'mutation { updateMyNotificationPreferences(input: { digest: DAILY, language: "nl", categories: [{ category: LEGAL_DEADLINE, mode: DIGEST }] }) { digest } }',
    );
    expect(errorReason(legalToDigest)).toBe('LEGAL_DEADLINES_IMMEDIATE');
    const badLanguage = await callers[Role.OR_SECRETARIS].request(
      'mutation { updateMyNotificationPreferences(input: { digest: DAILY, language: "xx", categories: [] }) { digest } }',
    );
    expect(badLanguage.errors).toBeDefined();
    expect(errorCode(badLanguage)).not.toBe('INTERNAL_SERVER_ERROR');
  });

  it('puts an event in the bell and, with the digest chosen, mails nothing until the digest: one mail in their language, once', async () => {
    await chooseMail(callers[Role.MEDEWERKER], { language: 'en' });
    const advisor = callers[Role.ADVISEUR];
    const trajectoryId = (await createTrajectory(advisor, { title: 'Rooster' }))
      .id;
    const dueOn = addDays(todayInAmsterdam(), 2);
    const added = await advisor.request(
      'mutation($i: ActionInput!) { addAction(input: $i) { id } }',
      {
        i: {
          trajectoryId,
          description: 'Roosters verzamelen',
          ownerEmail: organisation.emails[Role.MEDEWERKER],
          dueOn,
        },
      },
    );
    expect(added.errors).toBeUndefined();
    await worker.get(ActionReminderService).sendDue();

    const inBell = (
      await callers[Role.MEDEWERKER].request<{
        myNotifications: { kind: string; titleEn: string; link: string }[];
      }>('{ myNotifications { kind titleEn link } }')
    ).data!.myNotifications;
    // Assigning the action told them too (made in the request, so mailed by the job if at all).
    expect(inBell).toEqual([
      {
        kind: 'action.due_soon',
        titleEn: `Action due soon (${longCalendarDate(dueOn, 'en')})`,
        link: '/my-participation',
      },
      {
        kind: 'action.assigned',
        titleEn: `New action for you (due ${longCalendarDate(dueOn, 'en')})`,
        link: '/my-participation',
      },
    ]);
    expect(await unread(Role.MEDEWERKER)).toBe(2);
    expect(mailsTo(Role.MEDEWERKER)).toEqual([]);

    const digests = worker.get(NotificationDigestService);
    const today = todayInAmsterdam();
    // Before the morning hour nothing goes.
    expect(await digests.sendDue(new Date(`${today}T03:00:00Z`))).toBe(0);
    await digests.sendDue(morningOf(today));
    expect(mailsTo(Role.MEDEWERKER)).toHaveLength(1);
    const mail = mailsTo(Role.MEDEWERKER)[0]!;
    expect(mail.raw).toMatch(/Subject: Inspraak: 2 new notifications/);
    const text = mailText(mail);
    expect(text).toContain('Dear ');
    expect(text).toContain(
      `Action due soon (${longCalendarDate(dueOn, 'en')})`,
    );
    expect(text).toContain('Roosters verzamelen');
    expect(text).toContain('https://inspraak.example.nl/my-participation');
    expect(text).not.toContain('Beste');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);

    // Again (a retry, a second worker): nothing. A new item waits for the next day.
    expect(await digests.sendDue(morningOf(today))).toBe(0);
    await tell(Role.MEDEWERKER, 'Later vandaag');
    expect(await digests.sendDue(morningOf(today))).toBe(0);
    expect(mailsTo(Role.MEDEWERKER)).toHaveLength(1);
    await Promise.all([
      digests.sendDue(morningOf(addDays(today, 1))),
      digests.sendDue(morningOf(addDays(today, 1))),
    ]);
    expect(mailsTo(Role.MEDEWERKER)).toHaveLength(2);
    expect(mailText(mailsTo(Role.MEDEWERKER)[1]!)).toContain(
      'Later vandaag (en)',
    );
    expect(mailText(mailsTo(Role.MEDEWERKER)[1]!)).not.toContain(
      'Roosters verzamelen',
    );
  });

  it('leaves read notifications and people who switched the digest off out of it, in Dutch by default', async () => {
    await chooseMail(callers[Role.OR_LID], { digest: 'OFF' });
    await tell(Role.OR_LID, 'Niet mailen');
    await tell(Role.HR, 'Wel mailen');
    await tell(Role.BESTUURDER, 'Al gelezen');
    await callers[Role.BESTUURDER].request(
      'mutation { markAllNotificationsRead }',
    );
    await worker
      .get(NotificationDigestService)
      .sendDue(morningOf(todayInAmsterdam()));
    expect(mailsTo(Role.OR_LID)).toEqual([]);
    expect(mailsTo(Role.BESTUURDER)).toEqual([]);
    expect(mailsTo(Role.HR)).toHaveLength(1);
    expect(mailsTo(Role.HR)[0]!.raw).toMatch(
      /Subject: Inspraak: 1 nieuwe melding/,
    );
    expect(mailText(mailsTo(Role.HR)[0]!)).toContain('Wel mailen (nl)');
    expect(await unread(Role.OR_LID)).toBe(1);
  });

  it('mails the legal deadline reminders at once, whatever the person chose', async () => {
    await chooseMail(callers[Role.OR_SECRETARIS], {
      digest: 'OFF',
      modes: {
        ACTION: 'NEVER',
        AGREEMENT: 'NEVER',
        ACCOUNT: 'NEVER',
        OTHER: 'NEVER',
      },
    });
    const today = todayInAmsterdam();
    await registerProcedure(callers[Role.OR_SECRETARIS], {
      title: 'Reorganisatie',
      requestReceivedOn: addDays(today, -30),
      agreedTermDays: 31,
    });
    await worker.get(DeadlineReminderService).sendDue();
    const mails = mailsTo(Role.OR_SECRETARIS).map(mailText);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toContain(
      `op ${longCalendarDate(addDays(today, 1), 'nl')} (morgen)`,
    );
  });

  it('mails a notification made in a request at once through the worker, once, for whoever wants it so', async () => {
    await chooseMail(callers[Role.MEDEWERKER], {
      language: 'en',
      modes: { ACTION: 'IMMEDIATE' },
    });
    const advisor = callers[Role.ADVISEUR];
    const trajectoryId = (await createTrajectory(advisor, { title: 'Kantine' }))
      .id;
    const dueOn = addDays(todayInAmsterdam(), 10);
    for (const owner of [Role.MEDEWERKER, Role.HR])
      await advisor.request(
        'mutation($i: ActionInput!) { addAction(input: $i) { id } }',
        {
          i: {
            trajectoryId,
            description: `Menu kiezen ${owner}`,
            ownerEmail: organisation.emails[owner],
            dueOn,
          },
        },
      );
    // Not in the request itself: the worker's mail job sends it.
    expect(mailsTo(Role.MEDEWERKER)).toEqual([]);
    const digests = worker.get(NotificationDigestService);
    await digests.sendWaitingImmediate();
    await digests.sendWaitingImmediate();
    expect(mailsTo(Role.MEDEWERKER)).toHaveLength(1);
    expect(mailsTo(Role.MEDEWERKER)[0]!.raw).toContain(
      `Subject: New action for you (due ${longCalendarDate(dueOn, 'en')})`,
    );
    expect(mailText(mailsTo(Role.MEDEWERKER)[0]!)).toContain(
      'Menu kiezen MEDEWERKER',
    );
    // HR kept the default: the digest, not a mail at once.
    expect(mailsTo(Role.HR)).toEqual([]);
  });

  it('counts unread, marks one and all read, a page at a time, and nobody else reads or marks mine', async () => {
    for (const n of [1, 2, 3]) await tell(Role.MEDEWERKER, `Melding ${n}`);
    await tell(Role.OR_LID, 'Van een ander');
    const me = callers[Role.MEDEWERKER];
    expect(await unread(Role.MEDEWERKER)).toBe(3);

    const page = (offset: number, limit: number) =>
      me.request<{ myNotifications: { id: string; titleNl: string }[] }>(
        'query($o: Int!, $l: Int!) { myNotifications(offset: $o, limit: $l) { id titleNl } }',
        { o: offset, l: limit },
      );
    const first = (await page(0, 2)).data!.myNotifications;
    const second = (await page(2, 2)).data!.myNotifications;
    expect([...first, ...second].map((n) => n.titleNl)).toEqual([
      'Melding 3 (nl)',
      'Melding 2 (nl)',
      'Melding 1 (nl)',
    ]);
    expect(errorReason(await page(0, 1000))).toBe('INVALID_PAGE');
    expect(errorReason(await page(-1, 10))).toBe('INVALID_PAGE');

    // Another member cannot mark mine, one by one or all at once, and does not see them.
    const other = callers[Role.OR_LID];
    await other.request(
      'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
      { ids: [first[0]!.id] },
    );
    expect(
      (await other.request('mutation { markAllNotificationsRead }')).data,
    ).toEqual({ markAllNotificationsRead: 1 });
    expect(await unread(Role.MEDEWERKER)).toBe(3);
    const theirs = (
      await other.request<{ myNotifications: { id: string }[] }>(
        '{ myNotifications { id } }',
      )
    ).data!.myNotifications.map((n) => n.id);
    expect(theirs).not.toContain(first[0]!.id);

    await me.request(
      'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
      { ids: [first[0]!.id] },
    );
    expect(await unread(Role.MEDEWERKER)).toBe(2);
    expect(
      (await me.request('mutation { markAllNotificationsRead }')).data,
    ).toEqual({ markAllNotificationsRead: 2 });
    expect(await unread(Role.MEDEWERKER)).toBe(0);
    const stored = await testApp.dataSource
      .getRepository(Notification)
      .countBy({ organisationId: organisation.id });
    expect(stored).toBe(4);
  });
});
