import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { INestApplicationContext } from '@nestjs/common';
import { PDFDocument } from 'pdf-lib';
import { unzipSync, strFromU8 } from 'fflate';
import ICAL from 'ical.js';
import { addDays, Role } from '@inspraak/domain';
import {
  DeadlineReminderService,
  ProcedureEvidence,
} from '@inspraak/api-procedures';
import { OutboxMessage } from '@inspraak/api-core';
import {
  bootTestApp,
  bootTestWorker,
  callersFor,
  createOrganisation,
  errorCode,
  errorReason,
  GraphqlCaller,
  TestApp,
  TestOrganisation,
} from './test-app';
import {
  completeRegieTeam,
  createTrajectory,
  post,
} from './trajectory-fixtures';
import { createSurvey } from './survey-fixtures';
import {
  PROCEDURE_FIELDS,
  procedureInput,
  registerProcedure,
  step,
  untilMeeting,
} from './procedure-fixtures';

interface ProcedureShape {
  id: string;
  state: string;
  legalReference: string;
  possibleSteps: string[];
  employeesConsulted: boolean;
  nextDeadline: { kind: string; date: string } | null;
  contentsHidden: boolean;
  deadlines: { kind: string; date: string }[];
  evidence: {
    id: string;
    kind: string;
    title: string;
    summary: string;
    contentHash: string;
  }[];
  letter: {
    draft: string;
    finalText: string | null;
    finalizedOn: string | null;
    finalHash: string | null;
  } | null;
}

describe('WOR procedures', () => {
  let testApp: TestApp;
  let worker: INestApplicationContext;
  let organisation: TestOrganisation;
  let callers: Record<Role, GraphqlCaller>;
  let secretary: GraphqlCaller;

  beforeAll(async () => {
    testApp = await bootTestApp({ PUBLIC_URL: 'http://inspraak.test' });
    worker = await bootTestWorker();
    organisation = await createOrganisation(testApp.dataSource, 'procedures');
    callers = await callersFor(testApp.url, organisation);
    secretary = callers[Role.OR_SECRETARIS];
  });
  afterAll(async () => {
    await worker.close();
    await testApp.close();
  });

  const get = async (caller: GraphqlCaller, id: string) => {
    const response = await caller.request<{ procedure: ProcedureShape }>(
      `query($id: ID!) { procedure(id: $id) { ${PROCEDURE_FIELDS} } }`,
      { id },
    );
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.procedure;
  };

  it('registers an advice request under art. 25 lid 1 sub e linked to a trajectory, and refuses advice before an overlegvergadering', async () => {
    const trajectory = await createTrajectory(callers[Role.ADVISEUR]);
    const { id } = await registerProcedure(secretary, {
      trajectoryId: trajectory.id,
    });
    const registered = await get(secretary, id);
    expect(registered).toMatchObject({
      state: 'RECEIVED',
      legalReference: 'art. 25 lid 1 sub e WOR',
      possibleSteps: [
        'START_HANDLING',
        'RECORD_CONSULTATION',
        'RECORD_MEETING',
        'WITHDRAW',
      ],
    });
    // The agreed term of 42 days from 5 January.
    expect(registered.deadlines).toEqual([
      { kind: 'AGREED_TERM', date: '2026-02-16' },
    ]);

    await step(secretary, id, { kind: 'START_HANDLING' });
    const early = await step(secretary, id, {
      kind: 'SEND_RESPONSE',
      response: 'NEGATIVE',
      on: '2026-02-01',
    });
    expect(errorCode(early)).toBe('CONFLICT');
    expect(errorReason(early)).toBe('MEETING_REQUIRED');
    expect(early.errors![0]!.message).toContain('overlegvergadering');
    expect((await get(secretary, id)).state).toBe('IN_PROGRESS');

    await step(secretary, id, { kind: 'RECORD_MEETING', on: '2026-02-10' });
    const sent = await step(secretary, id, {
      kind: 'SEND_RESPONSE',
      response: 'NEGATIVE',
      on: '2026-02-12',
      summary: 'Negatief: eerst een sociaal plan.',
    });
    expect(sent.data!.recordProcedureStep.state).toBe('RESPONSE_SENT');
  });

  it('refuses bad input with stable reasons', async () => {
    expect(
      errorReason(
        await secretary.request(
          'mutation($i: ProcedureInput!) { registerProcedure(input: $i) { id } }',
          { i: procedureInput({ item: 'z' }) },
        ),
      ),
    ).toBe('INVALID_LEGAL_ITEM');
    expect(
      errorReason(
        await secretary.request(
          'mutation($i: ProcedureInput!) { registerProcedure(input: $i) { id } }',
          { i: procedureInput({ type: 'INITIATIVE', item: 'a' }) },
        ),
      ),
    ).toBe('INVALID_LEGAL_ITEM');
    expect(
      errorReason(
        await secretary.request(
          'mutation($i: ProcedureInput!) { registerProcedure(input: $i) { id } }',
          { i: procedureInput({ requestReceivedOn: '2026-02-30' }) },
        ),
      ),
    ).toBe('INVALID_DATE');
    expect(
      errorCode(
        await secretary.request(
          'mutation($i: ProcedureInput!) { registerProcedure(input: $i) { id } }',
          {
            i: procedureInput({
              trajectoryId: '00000000-0000-4000-8000-000000000000',
            }),
          },
        ),
      ),
    ).toBe('NOT_FOUND');
    const { id } = await registerProcedure(secretary);
    expect(
      errorReason(
        await step(secretary, id, {
          kind: 'RECORD_MEETING',
          on: addDays(new Date().toISOString().slice(0, 10), 3),
        }),
      ),
    ).toBe('DATE_IN_FUTURE');
    expect(errorCode(await step(secretary, id, { kind: 'NONSENSE' }))).toBe(
      'BAD_USER_INPUT',
    );
    // Only the council keeps procedures.
    expect(
      errorCode(
        await callers[Role.ADVISEUR].request(
          'mutation($i: ProcedureInput!) { registerProcedure(input: $i) { id } }',
          { i: procedureInput() },
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it('refuses a step dated before the step it follows, naming that step and its day', async () => {
    const { id } = await registerProcedure(secretary, {
      requestReceivedOn: '2026-01-05',
    });
    await step(secretary, id, { kind: 'START_HANDLING' });
    const beforeRequest = await step(secretary, id, {
      kind: 'RECORD_MEETING',
      on: '2026-01-04',
    });
    expect(errorCode(beforeRequest)).toBe('BAD_USER_INPUT');
    expect(errorReason(beforeRequest)).toBe('STEP_DATE_BEFORE_PREVIOUS');
    expect(beforeRequest.errors![0]!.message).toBe(
      'Deze datum ligt vóór de ontvangst van de aanvraag (5 januari 2026).',
    );
    expect(
      beforeRequest.errors![0]!.extensions!.fields!.map((f) => f.field),
    ).toEqual(['on']);
    await step(secretary, id, { kind: 'RECORD_MEETING', on: '2026-02-10' });
    expect(
      errorReason(
        await step(secretary, id, {
          kind: 'SEND_RESPONSE',
          response: 'NEGATIVE',
          on: '2026-01-20',
        }),
      ),
    ).toBe('STEP_DATE_BEFORE_PREVIOUS');
    await step(secretary, id, {
      kind: 'SEND_RESPONSE',
      response: 'NEGATIVE',
      on: '2026-02-12',
    });
    const noticeBeforeAdvice = await step(secretary, id, {
      kind: 'RECORD_DECISION',
      deviates: true,
      noticeOn: '2026-02-11',
    });
    expect(noticeBeforeAdvice.errors![0]!.message).toBe(
      'Deze datum ligt vóór het advies of besluit van de OR (12 februari 2026).',
    );
    const reasonsBeforeNotice = await step(secretary, id, {
      kind: 'RECORD_DECISION',
      deviates: true,
      noticeOn: '2026-02-20',
      reasonsReceivedOn: '2026-02-19',
    });
    expect(errorReason(reasonsBeforeNotice)).toBe('STEP_DATE_BEFORE_PREVIOUS');
    expect((await get(secretary, id)).state).toBe('RESPONSE_SENT');
    // Nor can the request be moved after the steps that followed it.
    const moved = await secretary.request(
      'mutation($id: ID!, $i: ProcedureInput!) { updateProcedure(id: $id, input: $i) { id } }',
      { id, i: procedureInput({ requestReceivedOn: '2026-02-11' }) },
    );
    expect(errorReason(moved)).toBe('STEP_DATE_BEFORE_PREVIOUS');
  });

  it('shows the last day to invite to a planned overlegvergadering (art. 14: 7 days ahead) until it is held', async () => {
    const { id } = await registerProcedure(secretary, {
      requestReceivedOn: '2026-01-05',
      agreedTermDays: 42,
      plannedMeetingOn: '2026-02-10',
    });
    expect((await get(secretary, id)).deadlines).toEqual([
      { kind: 'MEETING_NOTICE', date: '2026-02-03' },
      { kind: 'AGREED_TERM', date: '2026-02-16' },
    ]);
    // An earlier meeting does not count as the planned one; the planned one does.
    await step(secretary, id, { kind: 'RECORD_MEETING', on: '2026-01-20' });
    expect((await get(secretary, id)).deadlines[0]!.kind).toBe(
      'MEETING_NOTICE',
    );
    const held = await step(secretary, id, {
      kind: 'RECORD_MEETING',
      on: '2026-02-10',
    });
    expect(held.data!.recordProcedureStep.deadlines).toEqual([
      { kind: 'AGREED_TERM', date: '2026-02-16' },
    ]);
    expect(
      errorReason(
        await secretary.request(
          'mutation($i: ProcedureInput!) { registerProcedure(input: $i) { id } }',
          {
            i: procedureInput({
              requestReceivedOn: '2026-01-05',
              plannedMeetingOn: '2026-01-04',
            }),
          },
        ),
      ),
    ).toBe('PLANNED_MEETING_BEFORE_REQUEST');
  });

  it('drops the art. 14 invitation deadline once the planned overlegvergadering was held earlier than planned', async () => {
    const { id } = await registerProcedure(secretary, {
      requestReceivedOn: '2026-01-05',
      agreedTermDays: 90,
      plannedMeetingOn: '2099-03-10',
    });
    expect((await get(secretary, id)).nextDeadline).toEqual({
      kind: 'MEETING_NOTICE',
      date: '2099-03-03',
    });
    const held = await step(secretary, id, {
      kind: 'RECORD_MEETING',
      on: '2026-02-01',
      heldAsPlanned: true,
    });
    expect(held.data!.recordProcedureStep.deadlines).toEqual([
      { kind: 'AGREED_TERM', date: '2026-04-05' },
    ]);
    expect((await get(secretary, id)).nextDeadline).toBeNull();
  });

  it('records the consultation of employees after the overlegvergadering, once, without moving the stage back', async () => {
    const { id } = await registerProcedure(secretary);
    await step(secretary, id, { kind: 'START_HANDLING' });
    await step(secretary, id, { kind: 'RECORD_MEETING', on: '2026-02-10' });
    const met = await get(secretary, id);
    expect(met.state).toBe('MEETING_HELD');
    expect(met.employeesConsulted).toBe(false);
    expect(met.possibleSteps).toContain('RECORD_CONSULTATION');
    const consulted = await step(secretary, id, {
      kind: 'RECORD_CONSULTATION',
    });
    expect(consulted.data!.recordProcedureStep.state).toBe('MEETING_HELD');
    const after = await get(secretary, id);
    expect(after.employeesConsulted).toBe(true);
    expect(after.possibleSteps).not.toContain('RECORD_CONSULTATION');
    expect(after.possibleSteps).toContain('SEND_RESPONSE');
    expect(
      errorReason(await step(secretary, id, { kind: 'RECORD_CONSULTATION' })),
    ).toBe('ALREADY_RECORDED');
  });

  it("starts the one-month suspension and appeal window when the director's decision deviates, with month ends", async () => {
    const { id } = await registerProcedure(secretary);
    await untilMeeting(secretary, id, '2026-01-15');
    await step(secretary, id, {
      kind: 'SEND_RESPONSE',
      response: 'NEGATIVE',
      on: '2026-01-20',
    });
    const decided = await step(secretary, id, {
      kind: 'RECORD_DECISION',
      deviates: true,
      noticeOn: '2026-01-31',
      reasonsReceivedOn: '2026-02-03',
    });
    expect(decided.data!.recordProcedureStep).toEqual({
      state: 'SUSPENDED',
      deadlines: [
        { kind: 'SUSPENSION_ENDS', date: '2026-02-28' },
        { kind: 'APPEAL_ENDS', date: '2026-03-03' },
      ],
    });
    // Waiving ends the suspension; the appeal month stays.
    const waived = await step(secretary, id, { kind: 'WAIVE_SUSPENSION' });
    expect(waived.data!.recordProcedureStep).toEqual({
      state: 'DECISION_RECEIVED',
      deadlines: [{ kind: 'APPEAL_ENDS', date: '2026-03-03' }],
    });
  });

  it('moves deadlines that end on a weekend or public holiday to the next working day when the organisation chooses so', async () => {
    const otherOrg = await createOrganisation(testApp.dataSource, 'holidays');
    const council = (await callersFor(testApp.url, otherOrg))[
      Role.OR_SECRETARIS
    ];
    await council.request(
      'mutation { updateWorSettings(input: { moveDeadlinesToWorkingDay: true, councilName: "Ondernemingsraad" }) { moveDeadlinesToWorkingDay } }',
    );
    const monthEnd = await registerProcedure(council);
    await untilMeeting(council, monthEnd.id, '2026-01-15');
    await step(council, monthEnd.id, {
      kind: 'SEND_RESPONSE',
      response: 'NEGATIVE',
      on: '2026-01-20',
    });
    // 28 February 2026 is a Saturday.
    expect(
      (
        await step(council, monthEnd.id, {
          kind: 'RECORD_DECISION',
          deviates: true,
          noticeOn: '2026-01-31',
          reasonsReceivedOn: '2026-01-31',
        })
      ).data!.recordProcedureStep.deadlines,
    ).toEqual([
      { kind: 'SUSPENSION_ENDS', date: '2026-03-02' },
      { kind: 'APPEAL_ENDS', date: '2026-03-02' },
    ]);
    const kingsDay = await registerProcedure(council);
    await untilMeeting(council, kingsDay.id, '2026-03-10');
    await step(council, kingsDay.id, {
      kind: 'SEND_RESPONSE',
      response: 'NEGATIVE',
      on: '2026-03-12',
    });
    // 27 April 2026 is King's Day; 26 November + 1 month = 26 December, Boxing Day → Monday 28 December.
    expect(
      (
        await step(council, kingsDay.id, {
          kind: 'RECORD_DECISION',
          deviates: true,
          noticeOn: '2026-03-27',
          reasonsReceivedOn: '2026-03-27',
        })
      ).data!.recordProcedureStep.deadlines.map((d) => d.date),
    ).toEqual(['2026-04-28', '2026-04-28']);
  });

  it('freezes evidence from a survey and a pros-and-cons board, verifiable against its hash', async () => {
    const advisor = callers[Role.ADVISEUR];
    const trajectory = await createTrajectory(advisor);
    await post(callers[Role.MEDEWERKER], trajectory.id, 'Kortere lijnen');
    await advisor.request(
      'mutation($t: ID!) { saveBoardSummary(trajectoryId: $t, phase: 0, text: "Vooral kortere lijnen genoemd.") { phase } }',
      { t: trajectory.id },
    );
    const survey = await createSurvey(callers[Role.HR], {
      trajectoryId: trajectory.id,
    });
    const snapshot = (
      await callers[Role.HR].request<{
        snapshotSurveyResults: { id: string; contentHash: string };
      }>(
        'mutation($id: ID!) { snapshotSurveyResults(id: $id) { id contentHash } }',
        { id: survey.id },
      )
    ).data!.snapshotSurveyResults;

    // Council members who do not author surveys find it in the organisation's list.
    expect(
      (
        await callers[Role.OR_LID].request<{
          attachableSnapshots: { id: string; title: string }[];
        }>('{ attachableSnapshots { id title createdByName } }')
      ).data!.attachableSnapshots,
    ).toContainEqual({
      id: snapshot.id,
      title: expect.any(String),
      createdByName: expect.any(String),
    });
    const { id } = await registerProcedure(secretary, {
      trajectoryId: trajectory.id,
    });
    type Attached = {
      id: string;
      contentHash: string;
      title: string;
      titleEn: string;
      summary: string;
      summaryEn: string;
    };
    const fromSurvey = await secretary.request<{ attachEvidence: Attached }>(
      'mutation($p: ID!, $s: ID!) { attachEvidence(procedureId: $p, kind: SURVEY_RESULTS, sourceId: $s) { id contentHash title titleEn summary summaryEn } }',
      { p: id, s: snapshot.id },
    );
    expect(fromSurvey.data!.attachEvidence.contentHash).toBe(
      snapshot.contentHash,
    );
    // Both languages are frozen with the evidence: the English interface shows no Dutch sentence.
    expect(fromSurvey.data!.attachEvidence).toMatchObject({
      title: expect.stringMatching(/^Vragenlijst: /),
      titleEn: expect.stringMatching(/^Survey: /),
      summary: expect.stringMatching(/uitgenodigd/),
      summaryEn: expect.stringMatching(/invited/),
    });
    const fromBoard = await secretary.request<{ attachEvidence: Attached }>(
      'mutation($p: ID!, $s: ID!) { attachEvidence(procedureId: $p, kind: BOARD_SUMMARY, sourceId: $s, phase: 0) { id contentHash title titleEn summary summaryEn } }',
      { p: id, s: trajectory.id },
    );
    expect(fromBoard.data!.attachEvidence).toMatchObject({
      title: expect.stringMatching(/^Voor- en nadelen: /),
      titleEn: expect.stringMatching(/^Pros and cons: /),
      summary: expect.stringMatching(/bijdrage/),
      summaryEn: expect.stringMatching(/contribution/),
    });
    expect(fromBoard.data!.attachEvidence.summaryEn).not.toMatch(
      /bijdrage|deelnemers|voordelen|nadelen/,
    );
    const listed = await get(secretary, id);
    expect(listed.evidence.map((e) => e.kind)).toEqual([
      'SURVEY_RESULTS',
      'BOARD_SUMMARY',
    ]);
    for (const evidence of listed.evidence) {
      const check = await callers[Role.ADVISEUR].request<{
        verifyEvidence: {
          valid: boolean;
          storedHash: string;
          recomputedHash: string;
        };
      }>(
        'query($id: ID!) { verifyEvidence(id: $id) { valid storedHash recomputedHash } }',
        { id: evidence.id },
      );
      expect(check.data!.verifyEvidence).toEqual({
        valid: true,
        storedHash: evidence.contentHash,
        recomputedHash: evidence.contentHash,
      });
    }
    // Tampered with in the database: the check says so.
    await testApp.dataSource
      .getRepository(ProcedureEvidence)
      .update(listed.evidence[1]!.id, { content: '{"summary":"anders"}' });
    expect(
      (
        await secretary.request<{ verifyEvidence: { valid: boolean } }>(
          'query($id: ID!) { verifyEvidence(id: $id) { valid } }',
          { id: listed.evidence[1]!.id },
        )
      ).data!.verifyEvidence.valid,
    ).toBe(false);
    // Workgroup report and minutes that do not exist yet are refused clearly.
    const workgroup = (
      await advisor.request<{ openCall: { id: string } }>(
        'mutation($t: ID!) { openCall(trajectoryId: $t, input: { name: "W", goal: "G", size: 2, hoursPerMonth: 2, closesOn: "2099-01-01" }) { id } }',
        { t: trajectory.id },
      )
    ).data!.openCall;
    expect(
      errorReason(
        await secretary.request(
          'mutation($p: ID!, $s: ID!) { attachEvidence(procedureId: $p, kind: WORKGROUP_REPORT, sourceId: $s) { id } }',
          { p: id, s: workgroup.id },
        ),
      ),
    ).toBe('NO_REPORT');
  });

  it('generates the draft letter, exports it as DOCX and PDF that LibreOffice opens, and archives the final letter', async () => {
    const { id } = await registerProcedure(secretary, {
      conditions: 'Er komt een sociaal plan vóór 1 juni.',
    });
    await untilMeeting(secretary, id);
    await step(secretary, id, {
      kind: 'SEND_RESPONSE',
      response: 'CONDITIONAL',
      on: '2026-02-12',
      summary: 'Positief, mits er een sociaal plan komt.',
    });
    await secretary.request(
      'mutation { updateWorSettings(input: { moveDeadlinesToWorkingDay: false, councilName: "Ondernemingsraad", letterheadAddress: "Postbus 1\\n1234 AB Utrecht", signatory: "J. de Vries, voorzitter" }) { councilName } }',
    );
    const generated = (
      await secretary.request<{ generateProcedureLetter: { draft: string } }>(
        'mutation($p: ID!) { generateProcedureLetter(procedureId: $p) { draft } }',
        { p: id },
      )
    ).data!.generateProcedureLetter.draft;
    expect(generated).toContain('art. 25 lid 1 sub e WOR');
    // The letterhead: the council, the organisation (from the organisation itself) and the address.
    expect(generated.split('\n').slice(0, 3)).toEqual([
      'Ondernemingsraad',
      organisation.name,
      'Postbus 1',
    ]);
    expect(generated).toContain(
      '## Voorwaarden\nEr komt een sociaal plan vóór 1 juni.\n',
    );
    expect(generated).toContain(
      'De aanvraag vermeldt niet: de voorgenomen maatregelen voor het personeel',
    );
    expect(generated).toContain(
      'adviseert positief, onder de hierboven genoemde voorwaarden, over het voorgenomen besluit',
    );
    expect(generated).toContain('10 februari 2026');
    const edited = `${generated}\n\n## Nawoord\nMet dank aan de werkgroep.`;
    await secretary.request(
      'mutation($p: ID!, $t: String!) { saveProcedureLetter(procedureId: $p, text: $t) { draft } }',
      { p: id, t: edited },
    );

    const file = async (format: string) =>
      Buffer.from(
        (
          await secretary.request<{ procedureLetterFile: string }>(
            'query($p: ID!, $f: String!) { procedureLetterFile(procedureId: $p, format: $f) }',
            { p: id, f: format },
          )
        ).data!.procedureLetterFile,
        'base64',
      );
    const docx = await file('DOCX');
    const documentXml = strFromU8(unzipSync(docx)['word/document.xml']!);
    expect(documentXml).toContain('Er komt een sociaal plan vóór 1 juni.');
    expect(documentXml).toContain('Met dank aan de werkgroep.');
    const pdf = await file('PDF');
    expect((await PDFDocument.load(pdf)).getPageCount()).toBeGreaterThanOrEqual(
      1,
    );
    // LibreOffice opens both: it converts the DOCX to PDF and the PDF draws.
    const dir = mkdtempSync(join(tmpdir(), 'letter-'));
    writeFileSync(join(dir, 'advies.docx'), docx);
    // Not execFileSync: a synchronous call stops the API in this process too, and after a long stop
    // (LibreOffice on a busy machine) the next request went out on a kept-alive connection that the
    // server closed at that very moment (ECONNRESET). No time limit of its own: the test's bounds it.
    await promisify(execFile)('soffice', [
      '--headless',
      `-env:UserInstallation=file://${dir}/profile`,
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      join(dir, 'advies.docx'),
    ]);
    expect(existsSync(join(dir, 'advies.pdf'))).toBe(true);
    expect(
      (
        await PDFDocument.load(readFileSync(join(dir, 'advies.pdf')))
      ).getPageCount(),
    ).toBeGreaterThanOrEqual(1);

    const final = (
      await secretary.request<{
        finalizeProcedureLetter: {
          finalText: string;
          finalizedOn: string;
          finalHash: string;
        };
      }>(
        'mutation($p: ID!) { finalizeProcedureLetter(procedureId: $p) { finalText finalizedOn finalHash } }',
        { p: id },
      )
    ).data!.finalizeProcedureLetter;
    expect(final.finalText).toBe(edited);
    expect(final.finalHash).toMatch(/^[0-9a-f]{64}$/);
    expect(
      errorReason(
        await secretary.request(
          'mutation($p: ID!, $t: String!) { saveProcedureLetter(procedureId: $p, text: $t) { draft } }',
          { p: id, t: 'anders' },
        ),
      ),
    ).toBe('LETTER_FINAL');
  });

  it('reminds the council secretary and the advisor before a deadline and on the day, each step once', async () => {
    const org = await createOrganisation(
      testApp.dataSource,
      'deadline-reminders',
    );
    const people = await callersFor(testApp.url, org);
    const { id } = await registerProcedure(people[Role.OR_SECRETARIS], {
      requestReceivedOn: '2026-01-05',
      agreedTermDays: 42,
    });
    const reminders = worker.get(DeadlineReminderService);
    const kinds = async (caller: GraphqlCaller) =>
      (
        await caller.request<{
          myNotifications: { kind: string; link: string }[];
        }>('{ myNotifications { kind link } }')
      ).data!.myNotifications;
    // The agreed term ends 16 February 2026. (Other organisations' procedures may be reminded too: count this one's notices.)
    const count = async () => (await kinds(people[Role.OR_SECRETARIS])).length;
    for (const [day, expected] of [
      ['2026-01-31', 0],
      ['2026-02-02', 1],
      ['2026-02-02', 1],
      ['2026-02-10', 2],
      ['2026-02-15', 3],
      ['2026-02-16', 4],
      ['2026-02-17', 4],
    ] as const) {
      await reminders.sendDue(day);
      expect(await count()).toBe(expected);
    }
    for (const role of [Role.OR_SECRETARIS, Role.ADVISEUR])
      expect((await kinds(people[role])).map((n) => n.kind).sort()).toEqual([
        'procedure.deadline-0',
        'procedure.deadline-1',
        'procedure.deadline-14',
        'procedure.deadline-7',
      ]);
    expect(await kinds(people[Role.MEDEWERKER])).toEqual([]);
    expect((await kinds(people[Role.OR_SECRETARIS]))[0]!.link).toBe(
      `/procedures/${id}`,
    );
    const mails = await testApp.dataSource
      .getRepository(OutboxMessage)
      .find({ where: { organisationId: org.id } });
    expect(
      mails.filter((m) => m.toAddress === org.emails[Role.OR_SECRETARIS]),
    ).toHaveLength(4);
  });

  it('keeps confidential procedures to the council, shows employees what the council advised, and lists trajectories in their decision phase without a procedure', async () => {
    const org = await createOrganisation(testApp.dataSource, 'views');
    const people = await callersFor(testApp.url, org);
    const open = await registerProcedure(people[Role.OR_SECRETARIS], {
      title: 'Nieuw rooster',
    });
    await untilMeeting(people[Role.OR_SECRETARIS], open.id);
    await step(people[Role.OR_SECRETARIS], open.id, {
      kind: 'SEND_RESPONSE',
      response: 'POSITIVE',
      on: '2026-02-12',
      summary: 'Positief advies.',
    });
    const secret = await registerProcedure(people[Role.OR_SECRETARIS], {
      title: 'Geheime fusie',
      confidential: true,
      type: 'ADVICE',
      item: 'b',
    });
    await people[Role.OR_SECRETARIS].request(
      'mutation($p: ID!) { generateProcedureLetter(procedureId: $p) { draft } }',
      { p: secret.id },
    );

    const publicList = (
      await people[Role.MEDEWERKER].request<{
        publicProcedures: {
          type: string;
          title: string;
          response: string;
          responseSummary: string | null;
        }[];
      }>('{ publicProcedures { type title response responseSummary } }')
    ).data!.publicProcedures;
    expect(publicList).toEqual([
      {
        type: 'ADVICE',
        title: 'Nieuw rooster',
        response: 'POSITIVE',
        responseSummary: 'Positief advies.',
      },
    ]);
    // The council can attach a survey snapshot without being a survey author.
    expect(
      (
        await people[Role.OR_LID].request<{ attachableSnapshots: unknown[] }>(
          '{ attachableSnapshots { id } }',
        )
      ).data!.attachableSnapshots,
    ).toEqual([]);
    expect(
      errorCode(await people[Role.MEDEWERKER].request('{ procedures { id } }')),
    ).toBe('FORBIDDEN');
    const seenByAdvisor = await get(people[Role.ADVISEUR], secret.id);
    expect(seenByAdvisor.contentsHidden).toBe(true);
    const titles = (
      await people[Role.ADVISEUR].request<{
        procedures: { id: string; title: string }[];
      }>('{ procedures { id title } }')
    ).data!.procedures;
    expect(titles.find((p) => p.id === secret.id)!.title).toBe(
      'Vertrouwelijke procedure',
    );
    expect(JSON.stringify(titles)).not.toContain('Geheime fusie');
    expect(seenByAdvisor.letter).toBeNull();
    expect(
      errorCode(
        await people[Role.ADVISEUR].request(
          'query($p: ID!) { procedureLetterFile(procedureId: $p, format: "PDF") }',
          { p: secret.id },
        ),
      ),
    ).toBe('NOT_FOUND');
    expect((await get(people[Role.OR_LID], secret.id)).letter).not.toBeNull();

    const trajectory = await createTrajectory(people[Role.ADVISEUR], {
      title: 'In besluitvorming',
    });
    await completeRegieTeam(people[Role.ADVISEUR], trajectory.id, org);
    for (const phase of [1, 2])
      await people[Role.ADVISEUR].request(
        'mutation($id: ID!, $p: Int!) { moveTrajectoryPhase(id: $id, toPhase: $p) { id } }',
        { id: trajectory.id, p: phase },
      );
    const lacking = async () =>
      (
        await people[Role.ADVISEUR].request<{
          trajectoriesWithoutProcedure: {
            trajectoryId: string;
            phaseNl: string;
          }[];
        }>('{ trajectoriesWithoutProcedure { trajectoryId phaseNl } }')
      ).data!.trajectoriesWithoutProcedure;
    expect(await lacking()).toEqual([
      { trajectoryId: trajectory.id, phaseNl: 'Besluitvorming' },
    ]);
    await registerProcedure(people[Role.OR_SECRETARIS], {
      trajectoryId: trajectory.id,
    });
    expect(await lacking()).toEqual([]);
  });

  it('finds trajectories in the phase marked as the decision phase, whatever the organisation calls it', async () => {
    const org = await createOrganisation(testApp.dataSource, 'decision-phase');
    const people = await callersFor(testApp.url, org);
    const advisor = people[Role.ADVISEUR];
    const saved = await advisor.request<{
      updatePhaseSettings: { nl: string; decision: boolean }[];
    }>(
      'mutation($p: [PhaseNameInput!]!) { updatePhaseSettings(phases: $p) { nl decision } }',
      {
        p: [
          { nl: 'Koers', en: 'Course', decision: false },
          {
            nl: 'Keuze van de directie',
            en: "Director's choice",
            decision: true,
          },
          // Named like a decision, not marked as one: the name no longer counts.
          { nl: 'Besluit uitvoeren', en: 'Carry out', decision: false },
        ],
      },
    );
    expect(saved.data!.updatePhaseSettings.map((p) => p.decision)).toEqual([
      false,
      true,
      false,
    ]);
    const trajectory = await createTrajectory(advisor, { title: 'Hernoemd' });
    await completeRegieTeam(advisor, trajectory.id, org);
    const moveTo = (phase: number) =>
      advisor.request(
        'mutation($id: ID!, $p: Int!) { moveTrajectoryPhase(id: $id, toPhase: $p) { id } }',
        { id: trajectory.id, p: phase },
      );
    const lacking = async () =>
      (
        await advisor.request<{
          trajectoriesWithoutProcedure: { title: string; phaseNl: string }[];
        }>('{ trajectoriesWithoutProcedure { title phaseNl } }')
      ).data!.trajectoriesWithoutProcedure;
    expect(await lacking()).toEqual([]);
    await moveTo(1);
    expect(await lacking()).toEqual([
      { title: 'Hernoemd', phaseNl: 'Keuze van de directie' },
    ]);
    await moveTo(2);
    expect(await lacking()).toEqual([]);

    // Changing the list later leaves the running trajectory's own phases alone.
    await advisor.request(
      'mutation($p: [PhaseNameInput!]!) { updatePhaseSettings(phases: $p) { nl } }',
      { p: [{ nl: 'Alles', en: 'Everything', decision: true }] },
    );
    await moveTo(1);
    expect(await lacking()).toEqual([
      { title: 'Hernoemd', phaseNl: 'Keuze van de directie' },
    ]);
  });

  it("puts procedure deadlines in the council's calendar feed, without naming confidential procedures", async () => {
    const org = await createOrganisation(testApp.dataSource, 'feed');
    const people = await callersFor(testApp.url, org);
    await registerProcedure(people[Role.OR_SECRETARIS], {
      title: 'Zichtbaar',
      requestReceivedOn: '2026-11-01',
      agreedTermDays: 60,
      plannedMeetingOn: '2027-01-12',
    });
    await registerProcedure(people[Role.OR_SECRETARIS], {
      title: 'Heel geheim',
      confidential: true,
      requestReceivedOn: '2026-11-01',
      agreedTermDays: 30,
    });
    const feedUrl = (
      await people[Role.OR_SECRETARIS].request<{ issueCalendarFeed: string }>(
        'mutation { issueCalendarFeed }',
      )
    ).data!.issueCalendarFeed;
    const text = await (
      await fetch(feedUrl.replace('http://inspraak.test', testApp.url))
    ).text();
    const events = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    expect(
      events.map((e) => `${e.startDate.toString()} ${e.summary}`).sort(),
    ).toEqual([
      '2026-12-01 Afgesproken adviestermijn: vertrouwelijke procedure',
      '2026-12-31 Afgesproken adviestermijn: Zichtbaar',
      '2027-01-05 Uiterlijk uitnodigen voor de overlegvergadering (art. 14): Zichtbaar',
    ]);
    expect(text).not.toContain('Heel geheim');
    const employeeFeed = (
      await people[Role.MEDEWERKER].request<{ issueCalendarFeed: string }>(
        'mutation { issueCalendarFeed }',
      )
    ).data!.issueCalendarFeed;
    expect(
      await (
        await fetch(employeeFeed.replace('http://inspraak.test', testApp.url))
      ).text(),
    ).not.toContain('adviestermijn');
  });
});
