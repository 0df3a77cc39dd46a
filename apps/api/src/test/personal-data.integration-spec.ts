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
});
