import { Role } from '@inspraak/domain';
import {
  addMember,
  bootTestApp,
  callersFor,
  createOrganisation,
  errorCode,
  errorReason,
  GraphqlCaller,
  TestApp,
  TestOrganisation,
} from './test-app';
import { addSkill, joinPool, publishAgreement } from './participant-fixtures';
import {
  callInput,
  completeRegieTeam,
  createTrajectory,
  openCall,
} from './trajectory-fixtures';

interface ApplicantShape {
  membership: {
    id: string;
    status: string;
    motivation: string | null;
    displayName: string;
    userId: string;
  };
  fit: {
    inPool: boolean;
    eligible: boolean;
    explanationNl: string;
    score: number | null;
  };
}

describe('open calls and workgroups', () => {
  let testApp: TestApp;
  let organisation: TestOrganisation;
  let callers: Record<Role, GraphqlCaller>;
  let advisor: GraphqlCaller;
  let trajectoryId: string;
  let skill: string;
  let agreement: { id: string; contentHash: string };

  beforeAll(async () => {
    testApp = await bootTestApp();
    organisation = await createOrganisation(testApp.dataSource, 'workgroups');
    callers = await callersFor(testApp.url, organisation);
    advisor = callers[Role.ADVISEUR];
    trajectoryId = (await createTrajectory(advisor)).id;
    await completeRegieTeam(advisor, trajectoryId, organisation);
    skill = await addSkill(advisor, 'Roosteren');
    agreement = await publishAgreement(advisor, 'Deelnemersovereenkomst');
  });
  afterAll(() => testApp.close());

  /** A new employee in the pool with the skill, a valid agreement and consent for workgroups. */
  async function participant(name: string) {
    const member = await addMember(testApp, organisation, name);
    await joinPool(member.caller, { skillIds: [skill], hoursPerMonth: 8 }, [
      'WORKGROUP',
    ]);
    await member.caller.request(
      'mutation($v: ID!, $h: String!) { acceptAgreement(versionId: $v, contentHash: $h) { id } }',
      { v: agreement.id, h: agreement.contentHash },
    );
    return member;
  }

  const apply = (
    caller: GraphqlCaller,
    workgroupId: string,
    motivation = 'Ik ken de roosters van binnen.',
  ) =>
    caller.request<{ applyToCall: { id: string; status: string } }>(
      'mutation($w: ID!, $m: String!) { applyToCall(workgroupId: $w, motivation: $m) { id status displayName } }',
      { w: workgroupId, m: motivation },
    );
  const applicants = async (caller: GraphqlCaller, workgroupId: string) =>
    caller.request<{ callApplicants: ApplicantShape[] }>(
      'query($w: ID!) { callApplicants(workgroupId: $w) { membership { id status motivation displayName userId } fit { inPool eligible explanationNl score } } }',
      { w: workgroupId },
    );
  const decide = (
    caller: GraphqlCaller,
    membershipId: string,
    accept: boolean,
    note?: string,
  ) =>
    caller.request<{ decideApplication: { status: string } }>(
      'mutation($m: ID!, $a: Boolean!, $n: String) { decideApplication(membershipId: $m, accept: $a, note: $n) { status } }',
      { m: membershipId, a: accept, n: note ?? null },
    );

  it('shows an open call to employees, who apply with a motivation and are told the decision', async () => {
    const workgroupId = await openCall(advisor, trajectoryId, {
      skillIds: [skill],
    });
    const anna = await participant('Anna Jansen');
    const calls = (
      await anna.caller.request<{
        openCalls: {
          id: string;
          skillNames: string[];
          myStatus: string | null;
        }[];
      }>('{ openCalls { id skillNames myStatus } }')
    ).data!.openCalls;
    expect(calls).toContainEqual({
      id: workgroupId,
      skillNames: ['Roosteren'],
      myStatus: null,
    });

    expect(
      (await apply(anna.caller, workgroupId)).data!.applyToCall,
    ).toMatchObject({ status: 'APPLIED', displayName: 'Anna Jansen' });
    expect(errorReason(await apply(anna.caller, workgroupId))).toBe(
      'ALREADY_APPLIED',
    );
    expect(errorReason(await apply(anna.caller, workgroupId, '   '))).toBe(
      'INVALID_MOTIVATION',
    );

    // The regie team (here the HR member) sees the applicant with the pool's explanation.
    const list = (await applicants(callers[Role.HR], workgroupId)).data!
      .callApplicants;
    expect(list).toHaveLength(1);
    expect(list[0]!.membership).toMatchObject({
      status: 'APPLIED',
      motivation: 'Ik ken de roosters van binnen.',
      displayName: 'Anna Jansen',
    });
    expect(list[0]!.fit).toMatchObject({ inPool: true, eligible: true });
    expect(list[0]!.fit.explanationNl).toContain('heeft 1 van 1 vaardigheid');

    // Employees outside the regie team cannot see applicants or decide.
    expect(errorReason(await applicants(anna.caller, workgroupId))).toBe(
      'NOT_IN_REGIE_TEAM',
    );
    expect(
      errorReason(await decide(anna.caller, list[0]!.membership.id, true)),
    ).toBe('NOT_IN_REGIE_TEAM');

    expect(
      (await decide(callers[Role.HR], list[0]!.membership.id, true, 'Welkom!'))
        .data!.decideApplication.status,
    ).toBe('MEMBER');
    expect(
      errorReason(
        await decide(callers[Role.HR], list[0]!.membership.id, false),
      ),
    ).toBe('NOT_AN_OPEN_APPLICATION');
    const notes = (
      await anna.caller.request<{
        myNotifications: { kind: string; bodyNl: string }[];
      }>('{ myNotifications { kind bodyNl } }')
    ).data!.myNotifications;
    expect(notes[0]).toEqual({
      kind: 'workgroup.accepted',
      bodyNl: expect.stringContaining('Welkom!'),
    });
    const mine = (
      await anna.caller.request<{
        myWorkgroups: {
          id: string;
          myStatus: string;
          members: { displayName: string }[];
        }[];
      }>('{ myWorkgroups { id myStatus members { displayName } } }')
    ).data!.myWorkgroups;
    expect(mine).toEqual([
      {
        id: workgroupId,
        myStatus: 'MEMBER',
        members: [{ displayName: 'Anna Jansen' }],
      },
    ]);
  });

  it('tells a declined applicant in the app, with the note', async () => {
    const workgroupId = await openCall(advisor, trajectoryId, {
      name: 'Werkgroep kantine',
    });
    const bas = await addMember(testApp, organisation, 'Bas Bakker');
    const application = (await apply(bas.caller, workgroupId)).data!
      .applyToCall;
    expect(
      (
        await decide(
          advisor,
          application.id,
          false,
          'We zochten iemand van de keuken.',
        )
      ).data!.decideApplication.status,
    ).toBe('DECLINED');
    const notes = (
      await bas.caller.request<{
        myNotifications: {
          kind: string;
          titleNl: string;
          bodyNl: string;
          link: string;
        }[];
      }>('{ myNotifications { kind titleNl bodyNl link } }')
    ).data!.myNotifications;
    expect(notes[0]).toEqual({
      kind: 'workgroup.declined',
      titleNl: 'Je aanmelding voor Werkgroep kantine',
      bodyNl: expect.stringContaining('We zochten iemand van de keuken.'),
      link: '/my-participation',
    });
    const mine = (
      await bas.caller.request<{
        myWorkgroups: { id: string; myStatus: string }[];
      }>('{ myWorkgroups { id myStatus } }')
    ).data!.myWorkgroups;
    expect(mine).toContainEqual({ id: workgroupId, myStatus: 'DECLINED' });
  });

  it('takes no applications once the trajectory is unpublished again: the call is gone for employees', async () => {
    const { id } = await createTrajectory(advisor, { title: 'Verhuizing' });
    const workgroupId = await openCall(advisor, id, {
      name: 'Werkgroep verhuizing',
    });
    const cas = await addMember(testApp, organisation, 'Cas de Vries');
    const openIds = async () =>
      (
        await cas.caller.request<{ openCalls: { id: string }[] }>(
          '{ openCalls { id } }',
        )
      ).data!.openCalls.map((c) => c.id);
    expect(await openIds()).toContain(workgroupId);
    await advisor.request(
      'mutation($id: ID!) { updateTrajectory(id: $id, input: { title: "Verhuizing", status: ACTIVE, published: false }) { id } }',
      { id },
    );
    expect(await openIds()).not.toContain(workgroupId);
    expect(errorCode(await apply(cas.caller, workgroupId))).toBe('NOT_FOUND');
  });

  it('explains why an applicant outside the pool or without consent cannot be matched', async () => {
    const workgroupId = await openCall(advisor, trajectoryId);
    const outsider = await addMember(testApp, organisation, 'Bert Buiten');
    await apply(outsider.caller, workgroupId);
    const noConsent = await addMember(testApp, organisation, 'Cor Zonder');
    await joinPool(noConsent.caller, {}, ['SURVEY_PANEL']);
    await apply(noConsent.caller, workgroupId);
    const fits = Object.fromEntries(
      (await applicants(advisor, workgroupId)).data!.callApplicants.map((a) => [
        a.membership.displayName,
        a.fit,
      ]),
    );
    expect(fits['Bert Buiten']).toEqual({
      inPool: false,
      eligible: false,
      explanationNl: 'zit niet in de participantenpool',
      score: null,
    });
    expect(fits['Cor Zonder']!.eligible).toBe(false);
    expect(fits['Cor Zonder']!.explanationNl).toContain(
      'geen toestemming voor deze vorm',
    );
  });

  it('suggests eligible people from the pool, invites them, and they answer', async () => {
    const workgroupId = await openCall(advisor, trajectoryId, {
      skillIds: [skill],
      size: 2,
    });
    const dana = await participant('Dana de Vries');
    const suggestions = (
      await advisor.request<{
        callSuggestions: {
          userId: string;
          displayName: string;
          fit: { eligible: boolean };
        }[];
      }>(
        'query($w: ID!) { callSuggestions(workgroupId: $w, limit: 50) { userId displayName fit { eligible } } }',
        { w: workgroupId },
      )
    ).data!.callSuggestions;
    expect(suggestions.map((s) => s.userId)).toContain(dana.userId);
    expect(suggestions.every((s) => s.fit.eligible)).toBe(true);

    const invited = await advisor.request<{
      inviteToWorkgroup: { status: string };
    }>(
      'mutation($w: ID!, $u: ID!) { inviteToWorkgroup(workgroupId: $w, userId: $u) { status } }',
      { w: workgroupId, u: dana.userId },
    );
    expect(invited.data!.inviteToWorkgroup.status).toBe('INVITED');
    // Once invited, the person is no longer suggested.
    const again = (
      await advisor.request<{ callSuggestions: { userId: string }[] }>(
        'query($w: ID!) { callSuggestions(workgroupId: $w, limit: 50) { userId } }',
        { w: workgroupId },
      )
    ).data!.callSuggestions;
    expect(again.map((s) => s.userId)).not.toContain(dana.userId);

    const outsider = await addMember(testApp, organisation, 'Eva Extern');
    const notEligible = await advisor.request(
      'mutation($w: ID!, $u: ID!) { inviteToWorkgroup(workgroupId: $w, userId: $u) { status } }',
      { w: workgroupId, u: outsider.userId },
    );
    expect(errorReason(notEligible)).toBe('NOT_ELIGIBLE');

    const answered = await dana.caller.request<{
      respondToInvitation: { status: string };
    }>(
      'mutation($w: ID!) { respondToInvitation(workgroupId: $w, accept: true) { status } }',
      { w: workgroupId },
    );
    expect(answered.data!.respondToInvitation.status).toBe('MEMBER');
    expect(
      errorCode(
        await dana.caller.request(
          'mutation($w: ID!) { respondToInvitation(workgroupId: $w, accept: true) { status } }',
          { w: workgroupId },
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it('refuses members beyond the size, closed calls and past closing dates', async () => {
    const workgroupId = await openCall(advisor, trajectoryId, { size: 1 });
    const first = await addMember(testApp, organisation, 'Fien');
    const second = await addMember(testApp, organisation, 'Gijs');
    await apply(first.caller, workgroupId);
    await apply(second.caller, workgroupId);
    const [a, b] = (await applicants(advisor, workgroupId)).data!
      .callApplicants;
    await decide(advisor, a!.membership.id, true);
    expect(errorReason(await decide(advisor, b!.membership.id, true))).toBe(
      'WORKGROUP_FULL',
    );
    await decide(
      advisor,
      b!.membership.id,
      false,
      'De groep is al vol; volgende keer graag.',
    );
    const told = (
      await second.caller.request<{
        myWorkgroups: {
          id: string;
          myStatus: string;
          myDecisionNote: string | null;
        }[];
      }>('{ myWorkgroups { id myStatus myDecisionNote } }')
    ).data!.myWorkgroups;
    expect(told).toEqual([
      {
        id: workgroupId,
        myStatus: 'DECLINED',
        myDecisionNote: 'De groep is al vol; volgende keer graag.',
      },
    ]);

    const closed = await advisor.request(
      'mutation($id: ID!, $i: CallInput!) { updateCall(id: $id, input: $i, open: false) { callStatus } }',
      { id: workgroupId, i: callInput({ size: 1 }) },
    );
    expect(closed.data).toEqual({ updateCall: { callStatus: 'CLOSED' } });
    const late = await addMember(testApp, organisation, 'Hans');
    expect(errorReason(await apply(late.caller, workgroupId))).toBe(
      'CALL_CLOSED',
    );
    const past = await advisor.request(
      'mutation($t: ID!, $i: CallInput!) { openCall(trajectoryId: $t, input: $i) { id } }',
      { t: trajectoryId, i: callInput({ closesOn: '2020-01-01' }) },
    );
    expect(errorReason(past)).toBe('CLOSING_DATE_PAST');
    const unknownSkill = await advisor.request(
      'mutation($t: ID!, $i: CallInput!) { openCall(trajectoryId: $t, input: $i) { id } }',
      {
        t: trajectoryId,
        i: callInput({ skillIds: ['00000000-0000-4000-8000-000000000000'] }),
      },
    );
    expect(errorReason(unknownSkill)).toBe('UNKNOWN_SKILL');
  });

  it('has a lead, documents for its members only, and a final report', async () => {
    const workgroupId = await openCall(advisor, trajectoryId);
    const lead = await addMember(testApp, organisation, 'Ilse Trekker');
    const outsider = await addMember(testApp, organisation, 'Jan Anders');
    await apply(lead.caller, workgroupId);
    const [application] = (await applicants(advisor, workgroupId)).data!
      .callApplicants;
    await decide(advisor, application!.membership.id, true);
    const notMember = await advisor.request(
      'mutation($w: ID!, $u: ID!) { setWorkgroupLead(workgroupId: $w, userId: $u) { leadUserId } }',
      { w: workgroupId, u: outsider.userId },
    );
    expect(errorReason(notMember)).toBe('LEAD_NOT_A_MEMBER');
    await advisor.request(
      'mutation($w: ID!, $u: ID!) { setWorkgroupLead(workgroupId: $w, userId: $u) { leadUserId } }',
      { w: workgroupId, u: lead.userId },
    );

    const content = Buffer.from('# Notitie\nEerste bevindingen').toString(
      'base64',
    );
    const added = await lead.caller.request<{
      addDocument: { id: string; sizeBytes: number };
    }>(
      'mutation($i: DocumentInput!) { addDocument(input: $i) { id sizeBytes } }',
      {
        i: {
          workgroupId,
          fileName: 'notitie.md',
          mediaType: 'text/markdown',
          contentBase64: content,
        },
      },
    );
    const documentId = added.data!.addDocument.id;
    expect(added.data!.addDocument.sizeBytes).toBe(
      Buffer.from(content, 'base64').length,
    );
    const read = await advisor.request<{
      documentContent: { contentBase64: string; fileName: string };
    }>(
      'query($id: ID!) { documentContent(id: $id) { fileName contentBase64 } }',
      { id: documentId },
    );
    expect(read.data!.documentContent).toEqual({
      fileName: 'notitie.md',
      contentBase64: content,
    });
    expect(
      errorCode(
        await outsider.caller.request(
          'query($id: ID!) { documentContent(id: $id) { fileName } }',
          { id: documentId },
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorReason(
        await outsider.caller.request(
          'mutation($i: DocumentInput!) { addDocument(input: $i) { id } }',
          {
            i: {
              workgroupId,
              fileName: 'x.txt',
              mediaType: 'text/plain',
              contentBase64: content,
            },
          },
        ),
      ),
    ).toBe('NOT_ALLOWED_FOR_DOCUMENT');
    expect(
      errorReason(
        await lead.caller.request(
          'mutation($i: DocumentInput!) { addDocument(input: $i) { id } }',
          {
            i: {
              workgroupId,
              fileName: 'x.txt',
              mediaType: 'text/plain',
              contentBase64: '***',
            },
          },
        ),
      ),
    ).toBe('INVALID_FILE');
    expect(
      errorReason(
        await lead.caller.request(
          'mutation($i: DocumentInput!) { addDocument(input: $i) { id } }',
          {
            i: {
              workgroupId,
              fileName: 'big.bin',
              mediaType: 'application/octet-stream',
              contentBase64: Buffer.alloc(5 * 1024 * 1024 + 1).toString(
                'base64',
              ),
            },
          },
        ),
      ),
    ).toBe('FILE_TOO_LARGE');

    expect(
      errorReason(
        await outsider.caller.request(
          'mutation($w: ID!) { submitWorkgroupReport(workgroupId: $w, report: "x") { id } }',
          { w: workgroupId },
        ),
      ),
    ).toBe('NOT_THE_LEAD');
    const report = await lead.caller.request<{
      submitWorkgroupReport: { finalReport: string };
    }>(
      'mutation($w: ID!) { submitWorkgroupReport(workgroupId: $w, report: "Advies: drie teams.") { finalReport } }',
      { w: workgroupId },
    );
    expect(report.data!.submitWorkgroupReport.finalReport).toBe(
      'Advies: drie teams.',
    );
    // Everyone who sees the trajectory reads the report, but not the members or documents.
    const seenByOutsider = (
      await outsider.caller.request<{
        workgroup: {
          finalReport: string;
          members: unknown[];
          documents: unknown[];
        };
      }>(
        'query($id: ID!) { workgroup(id: $id) { finalReport members { userId } documents { id } } }',
        { id: workgroupId },
      )
    ).data!.workgroup;
    expect(seenByOutsider).toEqual({
      finalReport: 'Advies: drie teams.',
      members: [],
      documents: [],
    });

    const removed = await lead.caller.request(
      'mutation($id: ID!) { removeDocument(id: $id) }',
      { id: documentId },
    );
    expect(removed.data).toEqual({ removeDocument: true });
  });

  it('ends workgroup memberships when a participant leaves the pool', async () => {
    const workgroupId = await openCall(advisor, trajectoryId);
    const kim = await participant('Kim Vertrekt');
    await apply(kim.caller, workgroupId);
    const [application] = (
      await applicants(advisor, workgroupId)
    ).data!.callApplicants.filter(
      (a) => a.membership.displayName === 'Kim Vertrekt',
    );
    await decide(advisor, application!.membership.id, true);
    await kim.caller.request('mutation { leavePool { id } }');
    const after = (
      await applicants(advisor, workgroupId)
    ).data!.callApplicants.find(
      (a) => a.membership.displayName === 'Kim Vertrekt',
    );
    expect(after!.membership.status).toBe('ENDED');
  });
});
