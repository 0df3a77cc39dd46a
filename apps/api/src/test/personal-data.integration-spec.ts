import { Role } from '@inspraak/domain';
import { AuditEntry } from '@inspraak/api-core';
import { ConsentRecord } from '@inspraak/api-participants';
import {
  bootTestApp,
  callersFor,
  createOrganisation,
  errorReason,
  GraphqlCaller,
  TestApp,
  TestOrganisation,
} from './test-app';
import { createEmployee } from './directory-fixtures';
import { joinPool, publishAgreement } from './participant-fixtures';
import { createTrajectory, openCall, post } from './trajectory-fixtures';
import {
  PERSONAL_DATA_DOCUMENT_KEYS,
  PERSONAL_DATA_FIELDS,
} from '@inspraak/shared';

/**
 * Every key of an export, at any depth, that the readable overview has no
 * label for (ids are left out of it; answers are keyed by question).
 */
function unlabelledKeys(value: unknown, into = new Set<string>()): string[] {
  const known = new Set<string>([
    ...PERSONAL_DATA_FIELDS,
    ...PERSONAL_DATA_DOCUMENT_KEYS,
  ]);
  if (Array.isArray(value)) value.forEach((item) => unlabelledKeys(item, into));
  else if (isTextInBothLanguages(value)) return [...into].sort();
  else if (value !== null && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'explanation') continue;
      if (!known.has(key) && key !== 'id' && !/[a-z]Ids?$/.test(key))
        into.add(key);
      unlabelledKeys(inner, into);
    }
  return [...into].sort();
}

/** `{ nl, en }`: one text in both languages, which the overview shows in the reader's (not two fields). */
function isTextInBothLanguages(value: unknown): boolean {
  return (
    value !== null &&
    typeof value === 'object' &&
    Object.keys(value).sort().join() === 'en,nl'
  );
}

/** A confidential survey the person was invited to and answered, written as the answering path would. */
async function answeredConfidentialSurvey(
  testApp: TestApp,
  organisationId: string,
  email: string,
): Promise<{ invitationId: string }> {
  const q = (sql: string, params: unknown[]) =>
    testApp.dataSource.query(sql, params) as Promise<{ id: string }[]>;
  const [survey] = await q(
    `INSERT INTO survey (organisation_id, title, introduction, definition, status, mode, threshold, audience, series_id, run, created_by_user_id)
     VALUES ($1, 'Pulsmeting', '', $2, 'PUBLISHED', 'CONFIDENTIAL', 5, '{"kind":"EVERYONE"}', gen_random_uuid(), 1, gen_random_uuid())
     RETURNING id`,
    [
      organisationId,
      JSON.stringify({
        sections: [
          {
            key: 's1',
            title: { nl: 'Samenwerken', en: 'Working together' },
            questions: [
              {
                key: 'open',
                kind: 'LONG_TEXT',
                text: { nl: 'Wat kan er beter?', en: 'What could be better?' },
                required: false,
                options: [],
                condition: null,
              },
            ],
          },
        ],
      }),
    ],
  );
  const [invitation] = await q(
    `INSERT INTO survey_invitation (organisation_id, survey_id, email, display_name, token_hash, status, attempts, sent_at)
     VALUES ($1, $2, $3, 'Medewerker', repeat('c', 64), 'SENT', 1, now()) RETURNING id`,
    [organisationId, survey!.id, email],
  );
  await q(
    `INSERT INTO survey_token_use (organisation_id, survey_id, invitation_id, used_on) VALUES ($1, $2, $3, current_date) RETURNING id`,
    [organisationId, survey!.id, invitation!.id],
  );
  const [response] = await q(
    `INSERT INTO survey_response (organisation_id, survey_id, released_on, unit_key, respondent_invitation_id) VALUES ($1, $2, current_date, '', $3) RETURNING id`,
    [organisationId, survey!.id, invitation!.id],
  );
  await q(
    `INSERT INTO survey_answer (organisation_id, survey_id, response_id, question_key, text_value) VALUES ($1, $2, $3, 'open', 'Meer overleg graag') RETURNING id`,
    [organisationId, survey!.id, response!.id],
  );
  return { invitationId: invitation!.id };
}

describe('data-subject rights: export and erasure', () => {
  let testApp: TestApp;
  let organisation: TestOrganisation;
  let callers: Record<Role, GraphqlCaller>;

  beforeAll(async () => {
    testApp = await bootTestApp();
  });
  afterAll(() => testApp.close());
  beforeEach(async () => {
    organisation = await createOrganisation(testApp.dataSource, 'subject');
    callers = await callersFor(testApp.url, organisation);
  });

  it('exports everything held about the person: account, directory entry, profile, consents, acceptances, activity', async () => {
    const employee = callers[Role.MEDEWERKER];
    await createEmployee(callers[Role.ADVISEUR], {
      email: organisation.emails[Role.MEDEWERKER],
      jobTitle: 'Verpleegkundige',
    });
    const agreement = await publishAgreement(
      callers[Role.ADVISEUR],
      'Overeenkomst',
    );
    await joinPool(employee, { about: 'Ik denk graag mee over roosters.' }, [
      'WORKGROUP',
    ]);
    await employee.request(
      'mutation($v: ID!, $h: String!) { acceptAgreement(versionId: $v, contentHash: $h) { id } }',
      { v: agreement.id, h: agreement.contentHash },
    );

    const response = await employee.request<{ myPersonalData: string }>(
      '{ myPersonalData }',
    );
    const data = JSON.parse(response.data!.myPersonalData) as Record<
      string,
      unknown
    > & {
      account: { email: string; roles: string[] };
      directoryEntry: { jobTitle: string };
      participation: { about: string };
      consents: { purpose: string; granted: boolean }[];
      agreementAcceptances: { version: number; contentHash: string }[];
      activity: { action: string }[];
    };
    expect(data.account).toMatchObject({
      email: organisation.emails[Role.MEDEWERKER],
      roles: ['MEDEWERKER'],
    });
    expect(data.directoryEntry.jobTitle).toBe('Verpleegkundige');
    // Every field has a label in the readable overview (PERSONAL_DATA_FIELDS); skills by name, not id.
    expect(unlabelledKeys(data)).toEqual([]);
    expect(data.participation).not.toHaveProperty('skillIds');
    expect(data.participation).toHaveProperty('skills', []);
    expect(data.participation.about).toBe('Ik denk graag mee over roosters.');
    expect(data.consents).toEqual([
      expect.objectContaining({ purpose: 'WORKGROUP', granted: true }),
    ]);
    expect(data.agreementAcceptances).toEqual([
      expect.objectContaining({
        version: 1,
        contentHash: agreement.contentHash,
      }),
    ]);
    expect(data.activity.map((a) => a.action)).toEqual(
      expect.arrayContaining(['participant.joined', 'agreement.accepted']),
    );
    // The export itself is on the record.
    expect(
      await testApp.dataSource.getRepository(AuditEntry).countBy({
        organisationId: organisation.id,
        action: 'personal-data.exported',
      }),
    ).toBe(1);
  });

  it('lets a person ask for erasure once, and the advisor erase the profile, keeping only anonymous evidence', async () => {
    const employee = callers[Role.OR_LID];
    const participantId = (await joinPool(employee, {}, ['SURVEY_PANEL'])).data!
      .joinPool['id'] as string;
    const first = await employee.request<{
      requestErasure: { id: string; status: string };
    }>('mutation { requestErasure { id status } }');
    const again = await employee.request<{ requestErasure: { id: string } }>(
      'mutation { requestErasure { id } }',
    );
    expect(again.data?.requestErasure.id).toBe(first.data?.requestErasure.id);

    const advisor = callers[Role.ADVISEUR];
    const open = await advisor.request<{
      erasureRequests: { id: string; displayName: string }[];
    }>('{ erasureRequests { id displayName } }');
    expect(open.data?.erasureRequests).toEqual([
      {
        id: first.data!.requestErasure.id,
        displayName: expect.stringMatching(/^OR_LID/),
      },
    ]);

    const handled = await advisor.request<{
      handleErasureRequest: { status: string; displayName: string | null };
    }>(
      'mutation($id: ID!) { handleErasureRequest(id: $id) { status displayName } }',
      { id: first.data!.requestErasure.id },
    );
    expect(handled.data?.handleErasureRequest).toEqual({
      status: 'DONE',
      displayName: null,
    });
    expect((await employee.request('{ myParticipation { id } }')).data).toEqual(
      { myParticipation: null },
    );
    expect(
      await testApp.dataSource
        .getRepository(ConsentRecord)
        .countBy({ participantId }),
    ).toBeGreaterThan(0);
    expect(
      (
        await advisor.request<{ erasureRequests: unknown[] }>(
          '{ erasureRequests { id } }',
        )
      ).data?.erasureRequests,
    ).toEqual([]);
    expect(
      errorReason(
        await advisor.request(
          'mutation($id: ID!) { handleErasureRequest(id: $id) { id } }',
          { id: first.data!.requestErasure.id },
        ),
      ),
    ).toBe('ALREADY_HANDLED');
  });

  it('exports and erases what the other contexts keep too: board, workgroups, coaching notes, survey invitations and answers', async () => {
    const employee = callers[Role.MEDEWERKER];
    const advisor = callers[Role.ADVISEUR];
    const email = organisation.emails[Role.MEDEWERKER];
    const participantId = (await joinPool(employee, {}, ['WORKGROUP'])).data!
      .joinPool['id'] as string;
    const trajectory = await createTrajectory(advisor);
    const ownPost = await post(employee, trajectory.id, 'Minder overdrachten');
    const othersPost = await post(
      callers[Role.HR],
      trajectory.id,
      'Vaste teams',
    );
    await employee.request(
      'mutation($p: ID!) { supportPost(postId: $p, support: true) { id } }',
      { p: othersPost },
    );
    const call = await openCall(advisor, trajectory.id);
    await employee.request(
      'mutation($w: ID!) { applyToCall(workgroupId: $w, motivation: "Ik werk al tien jaar in de roosters.") { id } }',
      { w: call },
    );
    await advisor.request(
      'mutation($p: ID!) { addCoachingNote(participantId: $p, text: "Wil graag een werkgroep leiden.") { id } }',
      { p: participantId },
    );
    const { invitationId } = await answeredConfidentialSurvey(
      testApp,
      organisation.id,
      email,
    );

    const exported = JSON.parse(
      (await employee.request<{ myPersonalData: string }>('{ myPersonalData }'))
        .data!.myPersonalData,
    ) as Record<string, unknown>;
    expect(unlabelledKeys(exported)).toEqual([]);
    expect(exported['boardPosts']).toEqual([
      expect.objectContaining({ text: 'Minder overdrachten', kind: 'PRO' }),
    ]);
    expect(exported['boardSupports']).toEqual([
      expect.objectContaining({ post: 'Vaste teams' }),
    ]);
    expect(exported['workgroups']).toEqual([
      expect.objectContaining({
        status: 'APPLIED',
        motivation: 'Ik werk al tien jaar in de roosters.',
      }),
    ]);
    // The advisor's coaching notes stay the advisor's (ADVISEUR only).
    expect(JSON.stringify(exported)).not.toContain('werkgroep leiden');
    expect(exported['surveyInvitations']).toEqual([
      expect.objectContaining({
        survey: 'Pulsmeting',
        mode: 'CONFIDENTIAL',
        // The question as the survey asked it, not the key it is stored by.
        answers: [
          {
            question: { nl: 'Wat kan er beter?', en: 'What could be better?' },
            number: null,
            options: null,
            text: 'Meer overleg graag',
          },
        ],
      }),
    ]);

    const request = await employee.request<{ requestErasure: { id: string } }>(
      'mutation { requestErasure { id } }',
    );
    const handled = await advisor.request(
      'mutation($id: ID!) { handleErasureRequest(id: $id) { status } }',
      { id: request.data!.requestErasure.id },
    );
    expect(handled.data).toEqual({ handleErasureRequest: { status: 'DONE' } });

    const one = async (sql: string, params: unknown[]) =>
      (
        (await testApp.dataSource.query(sql, params)) as Record<
          string,
          unknown
        >[]
      )[0];
    // The post stays for the consultation, under a pseudonym that is no account, its name hidden.
    const kept = await one(
      'SELECT p.author_user_id AS author, p.name_hidden AS hidden, u.id AS account FROM board_post p LEFT JOIN user_account u ON u.id = p.author_user_id WHERE p.id = $1',
      [ownPost],
    );
    expect(kept).toMatchObject({ hidden: true, account: null });
    const person = await one('SELECT id FROM user_account WHERE email = $1', [
      email,
    ]);
    expect(kept!['author']).not.toBe(person!['id']);
    expect(
      await one(
        `SELECT (SELECT count(*) FROM board_support WHERE post_id = $1)::int AS supports,
                (SELECT count(*) FROM workgroup_membership WHERE workgroup_id = $2)::int AS memberships,
                (SELECT count(*) FROM coaching_note WHERE participant_id = $3)::int AS notes`,
        [othersPost, call, participantId],
      ),
    ).toEqual({ supports: 0, memberships: 0, notes: 0 });
    // The invitation keeps only what response rates need; the answer stays, unlinked.
    expect(
      await one(
        `SELECT i.email LIKE 'erased-%@invalid' AS anonymised, i.display_name AS name, i.token_hash AS token,
                (SELECT count(*) FROM survey_response r WHERE r.respondent_invitation_id = i.id)::int AS linked,
                (SELECT count(*) FROM survey_answer a WHERE a.survey_id = i.survey_id)::int AS answers
         FROM survey_invitation i WHERE i.id = $1`,
        [invitationId],
      ),
    ).toEqual({
      anonymised: true,
      name: '',
      token: null,
      linked: 0,
      answers: 1,
    });
    const audit = await testApp.dataSource.getRepository(AuditEntry).findOneBy({
      organisationId: organisation.id,
      action: 'erasure.handled',
    });
    expect(audit?.changes).toMatchObject({
      profileDeleted: true,
      boardSupports: 1,
      workgroupMemberships: 1,
      boardPostsPseudonymised: 1,
      surveyInvitationsAnonymised: 1,
      surveyAnswersUnlinked: 1,
    });
  });
});
