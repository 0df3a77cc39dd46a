import { INestApplicationContext } from '@nestjs/common';
import ICAL from 'ical.js';
import { addDays, Role, todayInAmsterdam } from '@inspraak/domain';
import { ActionItem, ActionReminderService } from '@inspraak/api-trajectories';
import {
  addMember,
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
import { registerProcedure } from './procedure-fixtures';
import {
  completeRegieTeam,
  createTrajectory,
  daysFromNow,
  openCall,
  scheduleMeeting,
} from './trajectory-fixtures';

interface MeetingShape {
  id: string;
  title: string;
  invited: boolean;
  shortNotice: boolean;
  minutes: string | null;
  agendaItems: {
    id: string;
    title: string;
    confidential: boolean;
    decision: string | null;
  }[];
  invitees: { displayName: string }[];
}
const MEETING_FIELDS =
  'id title invited shortNotice minutes agendaItems { id title confidential decision } invitees { displayName }';

describe('meetings, actions and the calendar feed', () => {
  let testApp: TestApp;
  let organisation: TestOrganisation;
  let callers: Record<Role, GraphqlCaller>;
  let advisor: GraphqlCaller;
  let director: GraphqlCaller;
  let employee: GraphqlCaller;
  let trajectoryId: string;

  beforeAll(async () => {
    testApp = await bootTestApp({ PUBLIC_URL: 'http://calendar.test' });
    organisation = await createOrganisation(testApp.dataSource, 'meetings');
    callers = await callersFor(testApp.url, organisation);
    advisor = callers[Role.ADVISEUR];
    director = callers[Role.BESTUURDER];
    employee = callers[Role.MEDEWERKER];
    trajectoryId = (await createTrajectory(advisor)).id;
    await completeRegieTeam(advisor, trajectoryId, organisation);
  });
  afterAll(() => testApp.close());

  const meeting = (caller: GraphqlCaller, id: string) =>
    caller.request<{ meeting: MeetingShape }>(
      `query($id: ID!) { meeting(id: $id) { ${MEETING_FIELDS} } }`,
      { id },
    );

  /** An overlegvergadering the director plans with one OR member invited: an open item, then a confidential one. */
  async function meetingWithConfidentialItem() {
    const scheduled = await scheduleMeeting(director, {
      trajectoryId,
      kind: 'OVERLEGVERGADERING',
      inviteeEmails: [organisation.emails[Role.OR_LID]],
      agenda: [
        { title: 'Planning', notes: '', confidential: false },
        { title: 'Personele gevolgen', notes: '', confidential: true },
      ],
    });
    const [open, secret] = scheduled.data!.scheduleMeeting.agendaItems;
    return {
      id: scheduled.data!.scheduleMeeting.id,
      open: open!,
      secret: secret!,
    };
  }

  it('warns when a meeting is announced less than seven days ahead (art. 14 WOR)', async () => {
    const soon = await scheduleMeeting(director, {
      trajectoryId,
      startsAt: daysFromNow(3),
      endsAt: daysFromNow(3, 11),
    });
    expect(soon.data!.scheduleMeeting).toMatchObject({
      shortNotice: true,
      noticeDays: 3,
    });
    const later = await scheduleMeeting(director, { trajectoryId });
    expect(later.data!.scheduleMeeting).toMatchObject({
      shortNotice: false,
      noticeDays: 10,
    });
  });

  it('refuses bad meetings: end before start, unknown invitees, a workgroup meeting without workgroup', async () => {
    expect(
      errorReason(
        await scheduleMeeting(director, {
          trajectoryId,
          endsAt: daysFromNow(10, 9),
        }),
      ),
    ).toBe('INVALID_MEETING_TIMES');
    const unknown = await scheduleMeeting(director, {
      trajectoryId,
      inviteeEmails: ['ghost@nowhere.test'],
    });
    expect(errorReason(unknown)).toBe('NO_SUCH_MEMBER');
    expect(unknown.errors![0]!.extensions!.fields![0]!.field).toBe(
      'inviteeEmails.0',
    );
    expect(
      errorReason(
        await scheduleMeeting(director, { trajectoryId, kind: 'WORKGROUP' }),
      ),
    ).toBe('WORKGROUP_REQUIRED');
    expect(errorReason(await scheduleMeeting(employee, { trajectoryId }))).toBe(
      'NOT_IN_REGIE_TEAM',
    );
  });

  it('keeps confidential agenda items (art. 20) from everyone outside the meeting, even the regie team', async () => {
    const scheduled = await scheduleMeeting(director, {
      trajectoryId,
      kind: 'OVERLEGVERGADERING',
      inviteeEmails: [organisation.emails[Role.OR_LID]],
      agenda: [
        { title: 'Voortgang', notes: '', confidential: false },
        {
          title: 'Namen boventallige medewerkers',
          notes: 'Lijst volgt',
          confidential: true,
        },
      ],
    });
    const id = scheduled.data!.scheduleMeeting.id;
    const invited = (await meeting(callers[Role.OR_LID], id)).data!.meeting;
    expect(invited.agendaItems.map((i) => i.title)).toEqual([
      'Voortgang',
      'Namen boventallige medewerkers',
    ]);
    // The advisor steers the trajectory but was not invited.
    const outsider = (await meeting(advisor, id)).data!.meeting;
    expect(outsider.invited).toBe(false);
    expect(outsider.agendaItems.map((i) => i.title)).toEqual(['Voortgang']);
    expect(JSON.stringify(outsider)).not.toContain('boventallig');
    // Employees outside the regie team do not see the meeting at all.
    expect(errorCode(await meeting(employee, id))).toBe('NOT_FOUND');
    const confidentialId = invited.agendaItems[1]!.id;
    const decision = await advisor.request(
      'mutation($i: MinutesInput!) { recordMinutes(input: $i) { id } }',
      {
        i: {
          meetingId: id,
          minutes: 'x',
          decisions: [{ agendaItemId: confidentialId, decision: 'y' }],
        },
      },
    );
    expect(errorReason(decision)).toBe('NOT_INVITED');
  });

  it("keeps a confidential item's minutes for the invitees: not for the regie team outside the meeting, not in the audit text, not in evidence", async () => {
    const { id, open, secret } = await meetingWithConfidentialItem();
    const ITEM_FIELDS = 'agendaItems { id title minutes decision } minutes';
    type Minuted = {
      minutes: string | null;
      agendaItems: { id: string; minutes: string | null }[];
    };
    const recorded = await director.request<{ recordMinutes: Minuted }>(
      `mutation($i: MinutesInput!) { recordMinutes(input: $i) { ${ITEM_FIELDS} } }`,
      {
        i: {
          meetingId: id,
          minutes: 'Algemeen: iedereen aanwezig.',
          decisions: [
            {
              agendaItemId: open!.id,
              decision: 'Planning vastgesteld',
              minutes: 'Planning besproken.',
            },
            {
              agendaItemId: secret!.id,
              decision: 'Vertrouwelijk besluit',
              minutes: 'Drie functies vervallen bij Inkoop.',
            },
          ],
        },
      },
    );
    expect(recorded.data!.recordMinutes.agendaItems).toEqual([
      expect.objectContaining({ id: open!.id, minutes: 'Planning besproken.' }),
      expect.objectContaining({
        id: secret!.id,
        minutes: 'Drie functies vervallen bij Inkoop.',
      }),
    ]);
    const read = (caller: GraphqlCaller) =>
      caller.request<{ meeting: Minuted }>(
        `query($id: ID!) { meeting(id: $id) { ${ITEM_FIELDS} } }`,
        { id },
      );
    expect(
      JSON.stringify((await read(callers[Role.OR_LID])).data!.meeting),
    ).toContain('Drie functies vervallen');
    // The advisor steers but was not invited: the general minutes and the open item only.
    const outsider = (await read(advisor)).data!.meeting;
    expect(outsider.minutes).toBe('Algemeen: iedereen aanwezig.');
    expect(outsider.agendaItems).toEqual([
      expect.objectContaining({ id: open!.id, minutes: 'Planning besproken.' }),
    ]);
    expect(JSON.stringify(outsider)).not.toContain('functies');
    // The advisor recording the general minutes again leaves the confidential item's minutes alone.
    await advisor.request(
      'mutation($i: MinutesInput!) { recordMinutes(input: $i) { id } }',
      {
        i: {
          meetingId: id,
          minutes: 'Algemeen: iedereen aanwezig. Aangevuld.',
          decisions: [
            { agendaItemId: open!.id, decision: 'Planning vastgesteld' },
          ],
        },
      },
    );
    const after = (await read(callers[Role.OR_LID])).data!.meeting;
    expect(after.agendaItems.map((i) => i.minutes)).toEqual([
      'Planning besproken.',
      'Drie functies vervallen bij Inkoop.',
    ]);
    const audit = await advisor.request<{ auditLog: { changes: string }[] }>(
      'query($id: ID) { auditLog(entityId: $id) { changes } }',
      { id },
    );
    expect(JSON.stringify(audit.data!.auditLog)).toContain(
      'Planning besproken.',
    );
    expect(JSON.stringify(audit.data!.auditLog)).not.toContain('functies');
    // Evidence for a procedure freezes the general minutes and the open items only.
    const secretary = callers[Role.OR_SECRETARIS];
    const procedure = await registerProcedure(secretary, { trajectoryId });
    const evidence = await secretary.request<{
      attachEvidence: { content: string };
    }>(
      'mutation($p: ID!, $s: ID!) { attachEvidence(procedureId: $p, kind: MEETING_MINUTES, sourceId: $s) { content } }',
      { p: procedure.id, s: id },
    );
    expect(evidence.errors).toBeUndefined();
    expect(evidence.data!.attachEvidence.content).toContain(
      'iedereen aanwezig',
    );
    expect(JSON.parse(evidence.data!.attachEvidence.content).items).toEqual([
      {
        title: 'Planning',
        decision: 'Planning vastgesteld',
        minutes: 'Planning besproken.',
      },
    ]);
    expect(evidence.data!.attachEvidence.content).not.toContain('functies');
    expect(evidence.data!.attachEvidence.content).not.toContain(
      'Vertrouwelijk besluit',
    );
  });

  it('takes a meeting as evidence only once it has minutes outside its confidential items', async () => {
    const { id, open, secret } = await meetingWithConfidentialItem();
    const secretary = callers[Role.OR_SECRETARIS];
    const procedure = await registerProcedure(secretary, { trajectoryId });
    const attach = () =>
      secretary.request<{ attachEvidence: { summary: string } }>(
        'mutation($p: ID!, $s: ID!) { attachEvidence(procedureId: $p, kind: MEETING_MINUTES, sourceId: $s) { summary } }',
        { p: procedure.id, s: id },
      );
    expect(errorReason(await attach())).toBe('NO_MINUTES');
    const minute = (agendaItemId: string, minutes: string) =>
      director.request(
        'mutation($i: MinutesInput!) { recordMinutes(input: $i) { id } }',
        {
          i: {
            meetingId: id,
            minutes: '',
            decisions: [{ agendaItemId, decision: '', minutes }],
          },
        },
      );
    await minute(secret.id, 'Alleen voor genodigden.');
    expect(errorReason(await attach())).toBe('NO_MINUTES');
    await minute(open.id, 'Planning doorgenomen.');
    const attached = await attach();
    expect(attached.errors).toBeUndefined();
    expect(attached.data!.attachEvidence.summary).toBe(
      'Planning: Planning doorgenomen.',
    );
  });

  it("shows a workgroup's meeting to its members without an invitation, and to nobody outside", async () => {
    const workgroupId = await openCall(advisor, trajectoryId, {
      name: 'Werkgroep planning',
    });
    const member = await addMember(testApp, organisation, 'Wim Werkgroep');
    const outsider = await addMember(testApp, organisation, 'Olga Buiten');
    const applied = await member.caller.request<{
      applyToCall: { id: string };
    }>(
      'mutation($w: ID!) { applyToCall(workgroupId: $w, motivation: "Graag") { id } }',
      { w: workgroupId },
    );
    await advisor.request(
      'mutation($m: ID!) { decideApplication(membershipId: $m, accept: true) { status } }',
      { m: applied.data!.applyToCall.id },
    );
    const scheduled = await scheduleMeeting(director, {
      trajectoryId,
      kind: 'WORKGROUP',
      workgroupId,
      title: 'Werkgroep planning, eerste overleg',
    });
    const id = scheduled.data!.scheduleMeeting.id;
    const seen = (await meeting(member.caller, id)).data!.meeting;
    expect(seen).toMatchObject({
      title: 'Werkgroep planning, eerste overleg',
      invited: false,
    });
    const listed = await member.caller.request<{ meetings: { id: string }[] }>(
      'query($t: ID!) { meetings(trajectoryId: $t) { id } }',
      { t: trajectoryId },
    );
    expect(listed.data!.meetings.map((m) => m.id)).toEqual([id]);
    expect(errorCode(await meeting(outsider.caller, id))).toBe('NOT_FOUND');
    const outsiderList = await outsider.caller.request<{
      meetings: { id: string }[];
    }>('query($t: ID!) { meetings(trajectoryId: $t) { id } }', {
      t: trajectoryId,
    });
    expect(outsiderList.data!.meetings).toEqual([]);
    // Across trajectories, by the same rule: /meetings lists it for the member, not for the outsider.
    const mine = (caller: GraphqlCaller) =>
      caller.request<{ myMeetings: { id: string }[] }>('{ myMeetings { id } }');
    expect(
      (await mine(member.caller)).data!.myMeetings.map((m) => m.id),
    ).toContain(id);
    expect(
      (await mine(outsider.caller)).data!.myMeetings.map((m) => m.id),
    ).not.toContain(id);
  });

  it("keeps documents with agenda items: a confidential item's only for the invitees", async () => {
    const { id: meetingId, open, secret } = await meetingWithConfidentialItem();
    const orMember = callers[Role.OR_LID];
    const addDocument = (
      caller: GraphqlCaller,
      agendaItemId: string,
      fileName: string,
    ) =>
      caller.request<{ addDocument: { id: string } }>(
        'mutation($i: DocumentInput!) { addDocument(input: $i) { id } }',
        {
          i: {
            meetingId,
            agendaItemId,
            fileName,
            mediaType: 'text/plain',
            contentBase64: Buffer.from(`Inhoud van ${fileName}`).toString(
              'base64',
            ),
          },
        },
      );
    const read = (caller: GraphqlCaller, id: string) =>
      caller.request<{ documentContent: { fileName: string } }>(
        'query($id: ID!) { documentContent(id: $id) { fileName } }',
        { id },
      );
    // The advisor steers but was not invited: the open item's documents, not the confidential one's.
    const planning = (await addDocument(advisor, open!.id, 'planning.txt'))
      .data!.addDocument.id;
    expect(
      errorReason(await addDocument(advisor, secret!.id, 'namen.txt')),
    ).toBe('NOT_ALLOWED_FOR_DOCUMENT');
    const names = (await addDocument(orMember, secret!.id, 'namen.txt')).data!
      .addDocument.id;
    expect((await read(orMember, names)).data!.documentContent.fileName).toBe(
      'namen.txt',
    );
    expect(
      (await read(orMember, planning)).data!.documentContent.fileName,
    ).toBe('planning.txt');
    expect(errorCode(await read(advisor, names))).toBe('NOT_FOUND');
    expect(errorCode(await read(employee, planning))).toBe('NOT_FOUND');
    const items = (id: GraphqlCaller) =>
      id.request<{
        meeting: {
          agendaItems: { title: string; documents: { fileName: string }[] }[];
        };
      }>(
        'query($id: ID!) { meeting(id: $id) { agendaItems { title documents { fileName } } } }',
        { id: meetingId },
      );
    expect((await items(orMember)).data!.meeting.agendaItems).toEqual([
      { title: 'Planning', documents: [{ fileName: 'planning.txt' }] },
      { title: 'Personele gevolgen', documents: [{ fileName: 'namen.txt' }] },
    ]);
    expect((await items(advisor)).data!.meeting.agendaItems).toEqual([
      { title: 'Planning', documents: [{ fileName: 'planning.txt' }] },
    ]);
    // The timeline names the open item's document, not the confidential one.
    const timeline = await advisor.request<{
      trajectory: { timeline: { textNl: string }[] };
    }>('query($id: ID!) { trajectory(id: $id) { timeline { textNl } } }', {
      id: trajectoryId,
    });
    const lines = timeline.data!.trajectory.timeline.map((e) => e.textNl);
    expect(lines).toContain('Document toegevoegd: planning.txt');
    expect(lines.join('\n')).not.toContain('namen.txt');
  });

  const update = (
    caller: GraphqlCaller,
    id: string,
    input: Record<string, unknown>,
  ) =>
    caller.request<{
      updateMeeting: {
        location: string;
        shortNotice: boolean;
        canEdit: boolean;
        agendaItems: { id: string; title: string; decision: string | null }[];
        invitees: { displayName: string }[];
      };
    }>(
      'mutation($id: ID!, $i: MeetingUpdateInput!) { updateMeeting(id: $id, input: $i) { location shortNotice canEdit agendaItems { id title decision } invitees { displayName } } }',
      {
        id,
        i: {
          title: 'Regieteam overleg',
          startsAt: daysFromNow(10),
          endsAt: daysFromNow(10, 11),
          location: 'Zaal 3',
          inviteeEmails: [],
          agenda: [],
          ...input,
        },
      },
    );
  const kindsOf = async (caller: GraphqlCaller) =>
    (
      await caller.request<{ myNotifications: { kind: string }[] }>(
        '{ myNotifications { kind } }',
      )
    ).data!.myNotifications.map((n) => n.kind);

  it('changes a meeting: time, place, agenda and invitees; items keep their decisions and the people concerned are told', async () => {
    const guest = await addMember(testApp, organisation, 'Gijs Gast');
    const scheduled = await scheduleMeeting(director, {
      trajectoryId,
      inviteeEmails: [guest.email, organisation.emails[Role.MEDEWERKER]],
      agenda: [{ title: 'Planning', notes: '', confidential: false }],
    });
    const id = scheduled.data!.scheduleMeeting.id;
    const itemId = scheduled.data!.scheduleMeeting.agendaItems[0]!.id;
    expect(scheduled.data!.scheduleMeeting.shortNotice).toBe(false);
    await director.request(
      'mutation($i: MinutesInput!) { recordMinutes(input: $i) { id } }',
      {
        i: {
          meetingId: id,
          minutes: '',
          decisions: [{ agendaItemId: itemId, decision: 'Vastgesteld' }],
        },
      },
    );
    const changed = await update(director, id, {
      startsAt: daysFromNow(3),
      endsAt: daysFromNow(3, 11),
      location: 'Zaal 5',
      inviteeEmails: [organisation.emails[Role.MEDEWERKER]],
      agenda: [
        {
          id: itemId,
          title: 'Planning herzien',
          notes: '',
          confidential: false,
        },
        { title: 'Rondvraag', notes: '', confidential: false },
      ],
    });
    expect(changed.errors).toBeUndefined();
    const result = changed.data!.updateMeeting;
    expect(result.location).toBe('Zaal 5');
    // Moved to three days ahead, the invitation counts from today: short notice.
    expect(result.shortNotice).toBe(true);
    expect(result.agendaItems).toEqual([
      { id: itemId, title: 'Planning herzien', decision: 'Vastgesteld' },
      { id: expect.any(String), title: 'Rondvraag', decision: null },
    ]);
    expect(result.invitees.map((i) => i.displayName)).not.toContain(
      'Gijs Gast',
    );
    expect(await kindsOf(employee)).toContain('meeting.changed');
    expect(await kindsOf(guest.caller)).toContain('meeting.uninvited');
    expect(errorCode(await meeting(guest.caller, id))).toBe('NOT_FOUND');
    const audit = await advisor.request<{ auditLog: { action: string }[] }>(
      'query($id: ID) { auditLog(entityId: $id) { action } }',
      { id },
    );
    expect(audit.data!.auditLog.map((e) => e.action)).toContain(
      'meeting.updated',
    );

    // An invitee who does not plan the meeting cannot change it; an unknown item is refused.
    expect(errorReason(await update(employee, id, {}))).toBe(
      'NOT_MEETING_PLANNER',
    );
    expect(
      errorCode(
        await update(director, id, {
          agenda: [
            {
              id: '00000000-0000-4000-8000-000000000000',
              title: 'X',
              notes: '',
              confidential: false,
            },
          ],
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorReason(
        await update(director, id, {
          endsAt: daysFromNow(3, 9),
          startsAt: daysFromNow(3),
        }),
      ),
    ).toBe('INVALID_MEETING_TIMES');
  });

  it('lets only invitees change a meeting with confidential items, so nobody outside invites themselves to them', async () => {
    const scheduled = await scheduleMeeting(director, {
      trajectoryId,
      agenda: [{ title: 'Namen', notes: '', confidential: true }],
    });
    const id = scheduled.data!.scheduleMeeting.id;
    expect((await meeting(advisor, id)).data!.meeting).toMatchObject({
      invited: false,
    });
    const refused = await update(advisor, id, {
      inviteeEmails: [organisation.emails[Role.ADVISEUR]],
    });
    expect(errorReason(refused)).toBe('NOT_INVITED');
    const canEdit = await advisor.request<{ meeting: { canEdit: boolean } }>(
      'query($id: ID!) { meeting(id: $id) { canEdit } }',
      { id },
    );
    expect(canEdit.data!.meeting.canEdit).toBe(false);
  });

  it('calls a meeting off with a reason: invitees are told, it takes no changes or minutes and leaves the feed', async () => {
    const scheduled = await scheduleMeeting(director, {
      trajectoryId,
      title: 'Overleg dat vervalt',
      inviteeEmails: [organisation.emails[Role.MEDEWERKER]],
    });
    const id = scheduled.data!.scheduleMeeting.id;
    const cancel = (caller: GraphqlCaller, reason: string) =>
      caller.request<{
        cancelMeeting: { cancelledAt: string | null; cancelReason: string };
      }>(
        'mutation($id: ID!, $r: String!) { cancelMeeting(id: $id, reason: $r) { cancelledAt cancelReason } }',
        { id, r: reason },
      );
    expect(errorReason(await cancel(director, '  '))).toBe(
      'INVALID_CANCEL_REASON',
    );
    expect(errorReason(await cancel(employee, 'Geen zin'))).toBe(
      'NOT_MEETING_PLANNER',
    );
    const cancelled = await cancel(director, 'De bestuurder is ziek.');
    expect(cancelled.data!.cancelMeeting).toMatchObject({
      cancelledAt: expect.any(String),
      cancelReason: 'De bestuurder is ziek.',
    });
    const notes = (
      await employee.request<{
        myNotifications: { kind: string; bodyNl: string }[];
      }>('{ myNotifications { kind bodyNl } }')
    ).data!.myNotifications;
    expect(notes.find((n) => n.kind === 'meeting.cancelled')?.bodyNl).toContain(
      'De bestuurder is ziek.',
    );
    expect(errorReason(await cancel(director, 'Nogmaals'))).toBe(
      'MEETING_CANCELLED',
    );
    expect(errorReason(await update(director, id, {}))).toBe(
      'MEETING_CANCELLED',
    );
    expect(
      errorReason(
        await director.request(
          'mutation($m: ID!) { recordMinutes(input: { meetingId: $m, minutes: "x" }) { id } }',
          { m: id },
        ),
      ),
    ).toBe('MEETING_CANCELLED');
    const feedUrl = (
      await employee.request<{ issueCalendarFeed: string }>(
        'mutation { issueCalendarFeed }',
      )
    ).data!.issueCalendarFeed;
    const feed = await (
      await fetch(
        `${testApp.url.replace(/\/graphql$/, '')}${new URL(feedUrl).pathname}`,
      )
    ).text();
    expect(feed).toContain('BEGIN:VCALENDAR');
    expect(feed).not.toContain(`meeting-${id}@inspraak`);
  });

  it("lets a workgroup's lead plan and change that workgroup's meetings, and no others", async () => {
    const workgroupId = await openCall(advisor, trajectoryId, {
      name: 'Werkgroep lead',
    });
    const other = await openCall(advisor, trajectoryId, {
      name: 'Werkgroep anders',
    });
    const lead = await addMember(testApp, organisation, 'Lotte Trekker');
    const member = await addMember(testApp, organisation, 'Mees Lid');
    for (const person of [lead, member]) {
      const applied = await person.caller.request<{
        applyToCall: { id: string };
      }>(
        'mutation($w: ID!) { applyToCall(workgroupId: $w, motivation: "Graag") { id } }',
        { w: workgroupId },
      );
      await advisor.request(
        'mutation($m: ID!) { decideApplication(membershipId: $m, accept: true) { status } }',
        { m: applied.data!.applyToCall.id },
      );
    }
    await advisor.request(
      'mutation($w: ID!, $u: ID!) { setWorkgroupLead(workgroupId: $w, userId: $u) { leadUserId } }',
      { w: workgroupId, u: lead.userId },
    );
    const own = await scheduleMeeting(lead.caller, {
      trajectoryId,
      kind: 'WORKGROUP',
      workgroupId,
      title: 'Werkgroep lead, overleg 1',
      inviteeEmails: [member.email],
    });
    expect(own.errors).toBeUndefined();
    const id = own.data!.scheduleMeeting.id;
    expect(
      errorReason(await scheduleMeeting(lead.caller, { trajectoryId })),
    ).toBe('NOT_IN_REGIE_TEAM');
    expect(
      errorReason(
        await scheduleMeeting(lead.caller, {
          trajectoryId,
          kind: 'WORKGROUP',
          workgroupId: other,
        }),
      ),
    ).toBe('NOT_IN_REGIE_TEAM');
    const moved = await update(lead.caller, id, {
      title: 'Werkgroep lead, overleg 1',
      location: 'Kantine',
      inviteeEmails: [member.email],
    });
    expect(moved.data!.updateMeeting).toMatchObject({
      location: 'Kantine',
      canEdit: true,
    });
    const seenByMember = await member.caller.request<{
      meeting: { canEdit: boolean; invitees: { email: string | null }[] };
    }>('query($id: ID!) { meeting(id: $id) { canEdit invitees { email } } }', {
      id,
    });
    expect(seenByMember.data!.meeting.canEdit).toBe(false);
    // Addresses are for those who change the list.
    expect(seenByMember.data!.meeting.invitees.map((i) => i.email)).toEqual([
      null,
      null,
    ]);
    const seenByLead = await lead.caller.request<{
      meeting: { invitees: { email: string | null }[] };
    }>('query($id: ID!) { meeting(id: $id) { invitees { email } } }', { id });
    expect(
      seenByLead.data!.meeting.invitees.map((i) => i.email).sort(),
    ).toEqual([lead.email, member.email].sort());
    expect(errorReason(await update(member.caller, id, {}))).toBe(
      'NOT_MEETING_PLANNER',
    );
  });

  it('records minutes and decisions, and actions with an owner and due date', async () => {
    const scheduled = await scheduleMeeting(director, {
      trajectoryId,
      agenda: [{ title: 'Planning', notes: '', confidential: false }],
    });
    const id = scheduled.data!.scheduleMeeting.id;
    const itemId = scheduled.data!.scheduleMeeting.agendaItems[0]!.id;
    const recorded = await director.request<{ recordMinutes: MeetingShape }>(
      `mutation($i: MinutesInput!) { recordMinutes(input: $i) { ${MEETING_FIELDS} } }`,
      {
        i: {
          meetingId: id,
          minutes: 'Iedereen aanwezig.',
          decisions: [
            { agendaItemId: itemId, decision: 'Planning vastgesteld' },
          ],
        },
      },
    );
    expect(recorded.data!.recordMinutes.minutes).toBe('Iedereen aanwezig.');
    expect(recorded.data!.recordMinutes.agendaItems[0]!.decision).toBe(
      'Planning vastgesteld',
    );

    const action = await director.request<{
      addAction: {
        id: string;
        ownerName: string;
        overdue: boolean;
        status: string;
      };
    }>(
      'mutation($i: ActionInput!) { addAction(input: $i) { id ownerName overdue status } }',
      {
        i: {
          trajectoryId,
          meetingId: id,
          agendaItemId: itemId,
          description: 'Planning rondsturen',
          ownerEmail: organisation.emails[Role.MEDEWERKER],
          dueOn: addDays(todayInAmsterdam(), 5),
        },
      },
    );
    expect(action.data!.addAction).toMatchObject({
      overdue: false,
      status: 'OPEN',
    });
    // The regie team sees the trajectory's actions; the employee, not in it, sees their own.
    const theirs = await employee.request<{
      trajectoryActions: { id: string }[];
    }>('query($t: ID!) { trajectoryActions(trajectoryId: $t) { id } }', {
      t: trajectoryId,
    });
    expect(theirs.data!.trajectoryActions.map((a) => a.id)).toContain(
      action.data!.addAction.id,
    );
    const mine = (
      await employee.request<{
        myActions: { id: string; description: string }[];
      }>('{ myActions { id description } }')
    ).data!.myActions;
    expect(mine).toContainEqual({
      id: action.data!.addAction.id,
      description: 'Planning rondsturen',
    });
    const done = await employee.request<{ setActionDone: { status: string } }>(
      'mutation($id: ID!) { setActionDone(id: $id, done: true) { status } }',
      { id: action.data!.addAction.id },
    );
    expect(done.data!.setActionDone.status).toBe('DONE');
    const badDate = await director.request(
      'mutation($i: ActionInput!) { addAction(input: $i) { id } }',
      {
        i: {
          trajectoryId,
          description: 'x',
          ownerEmail: organisation.emails[Role.MEDEWERKER],
          dueOn: '2027-02-30',
        },
      },
    );
    expect(errorReason(badDate)).toBe('INVALID_DATE');
  });

  it("shows the advisor every overdue action, but not a confidential one's text to someone outside its meeting", async () => {
    const scheduled = await scheduleMeeting(director, {
      trajectoryId,
      agenda: [{ title: 'Geheim', notes: '', confidential: true }],
    });
    const meetingId = scheduled.data!.scheduleMeeting.id;
    const itemId = scheduled.data!.scheduleMeeting.agendaItems[0]!.id;
    const add = (description: string, agendaItemId: string | null) =>
      director.request<{ addAction: { id: string } }>(
        'mutation($i: ActionInput!) { addAction(input: $i) { id } }',
        {
          i: {
            trajectoryId,
            meetingId,
            agendaItemId,
            description,
            ownerEmail: organisation.emails[Role.HR],
            dueOn: addDays(todayInAmsterdam(), 1),
          },
        },
      );
    const open = (await add('Gewone afspraak', null)).data!.addAction.id;
    const secret = (await add('Geheime afspraak', itemId)).data!.addAction.id;
    await testApp.dataSource
      .getRepository(ActionItem)
      .update([open, secret], { dueOn: addDays(todayInAmsterdam(), -3) });
    const overdue = (
      await advisor.request<{
        overdueActions: { id: string; overdue: boolean }[];
      }>('{ overdueActions { id overdue } }')
    ).data!.overdueActions;
    expect(overdue).toContainEqual({ id: open, overdue: true });
    expect(overdue.map((a) => a.id)).not.toContain(secret);
  });

  it('serves a personal iCalendar feed that a standard parser reads, without confidential items, and a new address disables the old', async () => {
    const scheduled = await scheduleMeeting(director, {
      trajectoryId,
      title: 'Overleg; fase 2, deel 1',
      inviteeEmails: [organisation.emails[Role.MEDEWERKER]],
      agenda: [
        { title: 'Open punt', notes: '', confidential: false },
        { title: 'Reorganisatie namen', notes: '', confidential: true },
      ],
    });
    const feedUrl = (
      await employee.request<{ issueCalendarFeed: string }>(
        'mutation { issueCalendarFeed }',
      )
    ).data!.issueCalendarFeed;
    expect(feedUrl).toMatch(
      /^http:\/\/calendar\.test\/calendar\/[A-Za-z0-9_-]{43}\.ics$/,
    );
    const local = feedUrl.replace(
      'http://calendar.test',
      testApp.url.replace(/\/graphql$/, ''),
    );
    const response = await fetch(local);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/calendar');
    const text = await response.text();
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    const event = events.find(
      (e) => e.uid === `meeting-${scheduled.data!.scheduleMeeting.id}@inspraak`,
    )!;
    expect(event.summary).toBe('Regieteam: Overleg; fase 2, deel 1');
    expect(event.description).toContain('1. Open punt');
    expect(text).not.toContain('Reorganisatie namen');
    expect(event.startDate.toJSDate().toISOString()).toBe(daysFromNow(10));

    await employee.request('mutation { issueCalendarFeed }');
    expect((await fetch(local)).status).toBe(404);
    expect(
      (await fetch(local.replace(/[^/]+\.ics$/, 'not-a-token.ics'))).status,
    ).toBe(404);
  });

  it('answers 404 for the feed of someone who is blocked or no longer a member of the organisation', async () => {
    const leaver = await addMember(testApp, organisation, 'Vertrokken Collega');
    const feedUrl = (
      await leaver.caller.request<{ issueCalendarFeed: string }>(
        'mutation { issueCalendarFeed }',
      )
    ).data!.issueCalendarFeed;
    const local = feedUrl.replace(
      'http://calendar.test',
      testApp.url.replace(/\/graphql$/, ''),
    );
    expect((await fetch(local)).status).toBe(200);
    // Blocked by the advisor: the feed stops, and comes back when the block is lifted.
    await testApp.dataSource.query(
      'UPDATE membership SET blocked_at = now() WHERE organisation_id = $1 AND user_id = $2',
      [organisation.id, leaver.userId],
    );
    expect((await fetch(local)).status).toBe(404);
    await testApp.dataSource.query(
      'UPDATE membership SET blocked_at = NULL WHERE organisation_id = $1 AND user_id = $2',
      [organisation.id, leaver.userId],
    );
    expect((await fetch(local)).status).toBe(200);
    await testApp.dataSource.query(
      'DELETE FROM membership WHERE organisation_id = $1 AND user_id = $2',
      [organisation.id, leaver.userId],
    );
    expect((await fetch(local)).status).toBe(404);
  });
});

describe('action reminders through the worker', () => {
  let testApp: TestApp;
  let worker: INestApplicationContext;
  let mailing: MailingWorker;
  let smtp: SmtpReceiver;

  beforeAll(async () => {
    testApp = await bootTestApp();
    mailing = await bootMailingWorker();
    ({ worker, smtp } = mailing);
  });
  afterAll(async () => {
    await mailing.close();
    await testApp.close();
  });

  /** A fresh organisation with one trajectory; the employee will own the actions and receive their reminders. */
  async function actionOwnerSetup(label: string, title: string) {
    const organisation = await createOrganisation(testApp.dataSource, label);
    const callers = await callersFor(testApp.url, organisation);
    const trajectoryId = (
      await createTrajectory(callers[Role.ADVISEUR], { title })
    ).id;
    const ownerEmail = organisation.emails[Role.MEDEWERKER];
    // Reminders mailed at once; the digest has tests of its own.
    await chooseMail(callers[Role.MEDEWERKER], {
      modes: { ACTION: 'IMMEDIATE' },
    });
    return {
      organisation,
      callers,
      trajectoryId,
      ownerEmail,
      reminders: worker.get(ActionReminderService),
      mails: () => smtp.received.filter((m) => m.to.includes(ownerEmail)),
    };
  }

  it('reminds the owner once when an action is due soon and once when overdue, in the app and by e-mail', async () => {
    const { callers, trajectoryId, ownerEmail, reminders, mails } =
      await actionOwnerSetup('actions', 'Nieuw rooster');
    const action = await callers[Role.ADVISEUR].request<{
      addAction: { id: string };
    }>('mutation($i: ActionInput!) { addAction(input: $i) { id } }', {
      i: {
        trajectoryId,
        description: 'Roosters verzamelen',
        ownerEmail,
        dueOn: addDays(todayInAmsterdam(), 2),
      },
    });
    const actionId = action.data!.addAction.id;
    const kinds = async () =>
      (
        await callers[Role.MEDEWERKER].request<{
          myNotifications: { kind: string }[];
        }>('{ myNotifications { kind } }')
      ).data!.myNotifications.map((n) => n.kind);

    await reminders.sendDue();
    await reminders.sendDue();
    expect(mails()).toHaveLength(1);
    expect(mails()[0]!.raw).toContain('Roosters verzamelen');
    expect((await kinds()).filter((k) => k === 'action.due_soon')).toHaveLength(
      1,
    );

    // Three days later it is overdue: one more reminder, once.
    await reminders.sendDue(addDays(todayInAmsterdam(), 3));
    await reminders.sendDue(addDays(todayInAmsterdam(), 4));
    expect(mails()).toHaveLength(2);
    expect((await kinds()).filter((k) => k === 'action.overdue')).toHaveLength(
      1,
    );

    // Done actions are not reminded.
    await callers[Role.MEDEWERKER].request(
      'mutation($id: ID!) { setActionDone(id: $id, done: true) { id } }',
      { id: actionId },
    );
    await testApp.dataSource
      .getRepository(ActionItem)
      .update(actionId, { lastReminder: null });
    await reminders.sendDue();
    expect(mails()).toHaveLength(2);
  });

  it('reminds of a confidential action without its text, and the feed leaves the text out too', async () => {
    const {
      organisation,
      callers,
      trajectoryId,
      ownerEmail,
      reminders,
      mails,
    } = await actionOwnerSetup('secret-actions', 'Herindeling');
    const director = callers[Role.BESTUURDER];
    await completeRegieTeam(callers[Role.ADVISEUR], trajectoryId, organisation);
    const scheduled = await scheduleMeeting(director, {
      trajectoryId,
      inviteeEmails: [ownerEmail],
      agenda: [{ title: 'Boventalligheid', notes: '', confidential: true }],
    });
    const secret = await director.request<{ addAction: { id: string } }>(
      'mutation($i: ActionInput!) { addAction(input: $i) { id } }',
      {
        i: {
          trajectoryId,
          meetingId: scheduled.data!.scheduleMeeting.id,
          agendaItemId: scheduled.data!.scheduleMeeting.agendaItems[0]!.id,
          description: 'Gesprekken met boventalligen plannen',
          ownerEmail,
          dueOn: addDays(todayInAmsterdam(), 1),
        },
      },
    );
    expect(secret.errors).toBeUndefined();
    await reminders.sendDue();
    expect(mails()).toHaveLength(1);
    // Quoted-printable breaks long lines: read the decoded text.
    const body = mailText(mails()[0]!);
    expect(body).toContain('een vertrouwelijke afspraak');
    expect(body.toLowerCase()).not.toContain('boventallig');
    const notices = (
      await callers[Role.MEDEWERKER].request<{
        myNotifications: { kind: string; bodyNl: string }[];
      }>('{ myNotifications { kind bodyNl } }')
    ).data!.myNotifications;
    expect(JSON.stringify(notices)).not.toContain('boventallig');
    const feedUrl = (
      await callers[Role.MEDEWERKER].request<{ issueCalendarFeed: string }>(
        'mutation { issueCalendarFeed }',
      )
    ).data!.issueCalendarFeed;
    const feed = await (
      await fetch(
        `${testApp.url.replace(/\/graphql$/, '')}${new URL(feedUrl).pathname}`,
      )
    ).text();
    expect(feed).toContain('Afspraak (vertrouwelijk): zie Inspraak');
    expect(feed).not.toContain('Boventalligheid');
    expect(feed.toLowerCase()).not.toContain('boventallig');
    await callers[Role.MEDEWERKER].request(
      'mutation($id: ID!) { setActionDone(id: $id, done: true) { id } }',
      { id: secret.data!.addAction.id },
    );
  });
});
