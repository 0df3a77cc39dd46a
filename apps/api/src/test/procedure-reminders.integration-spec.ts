import { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import {
  addDays,
  longCalendarDate,
  Role,
  todayInAmsterdam,
} from '@inspraak/domain';
import { QueueName } from '@inspraak/api-core';
import {
  addMember,
  bootMailingWorker,
  bootTestApp,
  callersFor,
  createOrganisation,
  GraphqlCaller,
  MailingWorker,
  TestApp,
  TestOrganisation,
} from './test-app';
import { eventually, mailText, type SmtpReceiver } from './smtp-receiver';
import { registerProcedure } from './procedure-fixtures';

/**
 * The deadline reminders as they really run: the API registers procedures,
 * the worker's BullMQ processor picks up the job, and the mail arrives at an
 * SMTP server. Today's date is the real one, so each procedure's agreed term
 * is set to end a given number of days from today.
 */
describe('procedure deadline reminders through the queue, by e-mail and in the app', () => {
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
    organisation = await createOrganisation(testApp.dataSource, 'wor-mail');
    callers = await callersFor(testApp.url, organisation);
  });
  afterAll(async () => {
    await mailing.close();
    await testApp.close();
  });

  /** Queues a run of the deadline-reminder job and waits until the worker finished it. */
  async function runReminderJob(): Promise<void> {
    const queue = worker.get<Queue>(getQueueToken(QueueName.DeadlineReminders));
    const job = await queue.add('send-due-deadline-reminders', {});
    await eventually(async () => {
      const state = await job.getState();
      if (state === 'failed') throw new Error(job.failedReason);
      return state === 'completed';
    }, 5 * 60_000);
  }

  const mailsTo = (email: string) =>
    smtp.received.filter((m) => m.to.includes(email)).map(mailText);
  const notifications = async (caller: GraphqlCaller) =>
    (
      await caller.request<{
        myNotifications: { kind: string; titleNl: string; link: string }[];
      }>('{ myNotifications { kind titleNl link } }')
    ).data!.myNotifications;

  it('tells the OR secretary and the advisor 14, 7 and 1 day(s) before and on the day, each once, with the days really left', async () => {
    const today = todayInAmsterdam();
    const secretary = callers[Role.OR_SECRETARIS];
    // Agreed terms from a request 30 days ago that end N days from today; 5 days: the 7-day reminder caught up late.
    const procedures: Partial<Record<number, string>> = {};
    for (const daysLeft of [14, 7, 1, 0, 5])
      procedures[daysLeft] = (
        await registerProcedure(secretary, {
          title: daysLeft === 0 ? 'Geheime fusie' : `Termijn over ${daysLeft}`,
          confidential: daysLeft === 0,
          requestReceivedOn: addDays(today, -30),
          agreedTermDays: 30 + daysLeft,
        })
      ).id;

    // A planned overlegvergadering in 8 days: its invitation is due tomorrow (art. 14).
    const planned = (
      await registerProcedure(secretary, {
        title: 'Overleg gepland',
        requestReceivedOn: today,
        agreedTermDays: null,
        plannedMeetingOn: addDays(today, 8),
      })
    ).id;

    await runReminderJob();

    const term = 'Afgesproken adviestermijn';
    const invite = 'Uiterlijk uitnodigen voor de overlegvergadering (art. 14)';
    const expected: [string, string, string, string][] = [
      // procedure, kind, title, the deadline as the mail names it
      [
        procedures[14]!,
        'procedure.deadline-14',
        `Termijn over 14 dagen: ${term}`,
        `${term} op ${longCalendarDate(addDays(today, 14), 'nl')}`,
      ],
      [
        procedures[7]!,
        'procedure.deadline-7',
        `Termijn over 7 dagen: ${term}`,
        `${term} op ${longCalendarDate(addDays(today, 7), 'nl')}`,
      ],
      [
        procedures[1]!,
        'procedure.deadline-1',
        `Termijn morgen: ${term}`,
        `${term} op ${longCalendarDate(addDays(today, 1), 'nl')}`,
      ],
      [
        procedures[0]!,
        'procedure.deadline-0',
        `Termijn vandaag: ${term}`,
        `${term} op ${longCalendarDate(today, 'nl')}`,
      ],
      [
        procedures[5]!,
        'procedure.deadline-7',
        `Termijn over 5 dagen: ${term}`,
        `${term} op ${longCalendarDate(addDays(today, 5), 'nl')}`,
      ],
      [
        planned,
        'procedure.deadline-1',
        `Termijn morgen: ${invite}`,
        `${invite} op ${longCalendarDate(addDays(today, 1), 'nl')}`,
      ],
    ];
    for (const role of [Role.OR_SECRETARIS, Role.ADVISEUR]) {
      await eventually(
        () => mailsTo(organisation.emails[role]).length >= expected.length,
      );
      const mails = mailsTo(organisation.emails[role]);
      expect(mails).toHaveLength(expected.length);
      const inApp = await notifications(callers[role]);
      expect(inApp).toHaveLength(expected.length);
      for (const [procedureId, kind, titleNl, named] of expected) {
        const link = `/procedures/${procedureId}`;
        expect(inApp.filter((n) => n.link === link)).toEqual([
          { kind, titleNl, link },
        ]);
        const mail = mails.filter((m) =>
          m.includes(`https://inspraak.example.nl${link}`),
        );
        expect(mail).toHaveLength(1);
        expect(mail[0]).toContain(named);
      }
    }
    // A confidential procedure is named only to the council.
    const advisorMails = mailsTo(organisation.emails[Role.ADVISEUR]).join('\n');
    expect(advisorMails).not.toContain('Geheime fusie');
    expect(advisorMails).toContain('Vertrouwelijke procedure');
    expect(
      mailsTo(organisation.emails[Role.OR_SECRETARIS]).join('\n'),
    ).toContain('Geheime fusie');
    for (const role of [Role.MEDEWERKER, Role.OR_LID, Role.BESTUURDER]) {
      expect(mailsTo(organisation.emails[role])).toEqual([]);
      expect(await notifications(callers[role])).toEqual([]);
    }

    // The next run (the hourly job, or a retry) sends nothing again.
    await runReminderJob();
    for (const role of [Role.OR_SECRETARIS, Role.ADVISEUR]) {
      expect(mailsTo(organisation.emails[role])).toHaveLength(expected.length);
      expect(await notifications(callers[role])).toHaveLength(expected.length);
    }
  });

  it('mails each recipient once when the mail server refuses one of them and the job is retried', async () => {
    const other = await createOrganisation(testApp.dataSource, 'wor-refused');
    const otherCallers = await callersFor(testApp.url, other);
    const advisors = [
      await addMember(testApp, other, 'Tweede Adviseur', [Role.ADVISEUR]),
      await addMember(testApp, other, 'Derde Adviseur', [Role.ADVISEUR]),
    ];
    const recipients = [
      other.emails[Role.OR_SECRETARIS],
      other.emails[Role.ADVISEUR],
      ...advisors.map((a) => a.email),
    ];
    const procedure = await registerProcedure(
      otherCallers[Role.OR_SECRETARIS],
      {
        title: 'Termijn met een weigerende mailserver',
        requestReceivedOn: addDays(todayInAmsterdam(), -30),
        agreedTermDays: 37,
      },
    );
    // The third of the four mails is refused: the first attempt fails after two were sent.
    smtp.refuseOnce(3);
    await runReminderJob();
    const link = `https://inspraak.example.nl/procedures/${procedure.id}`;
    const received = (email: string) =>
      mailsTo(email).filter((m) => m.includes(link)).length;
    await eventually(() => recipients.every((r) => received(r) > 0));
    expect(recipients.map(received)).toEqual([1, 1, 1, 1]);
    for (const role of [Role.OR_SECRETARIS, Role.ADVISEUR]) {
      const inApp = await notifications(otherCallers[role]);
      expect(
        inApp.filter((n) => n.link === `/procedures/${procedure.id}`),
      ).toHaveLength(1);
    }
    // The next hourly run sends nobody anything again.
    await runReminderJob();
    expect(recipients.map(received)).toEqual([1, 1, 1, 1]);
  });

  it('reminds no council secretary who is blocked', async () => {
    const blocked = await addMember(
      testApp,
      organisation,
      'Geblokkeerde Secretaris',
      [Role.OR_SECRETARIS],
    );
    await testApp.dataSource.query(
      'UPDATE membership SET blocked_at = now() WHERE organisation_id = $1 AND user_id = $2',
      [organisation.id, blocked.userId],
    );
    const before = mailsTo(organisation.emails[Role.OR_SECRETARIS]).length;
    await registerProcedure(callers[Role.OR_SECRETARIS], {
      title: 'Termijn voor wie niet geblokkeerd is',
      requestReceivedOn: addDays(todayInAmsterdam(), -30),
      agreedTermDays: 44,
    });
    await runReminderJob();
    await eventually(
      () => mailsTo(organisation.emails[Role.OR_SECRETARIS]).length > before,
    );
    expect(mailsTo(blocked.email)).toEqual([]);
  });
});
