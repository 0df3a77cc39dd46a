import {
  addMonths,
  longCalendarDate,
  Role,
  todayInAmsterdam,
} from '@inspraak/domain';
import { AgreementAcceptance } from '@inspraak/api-participants';
import { PDFDocument } from 'pdf-lib';
import {
  bootTestApp,
  callersFor,
  createOrganisation,
  errorCode,
  errorReason,
  GraphqlCaller,
  TestApp,
  TestOrganisation,
} from './test-app';
import { joinPool, publishAgreement } from './participant-fixtures';

interface Standing {
  acceptedVersion: number | null;
  validUntil: string | null;
  currentVersion: number | null;
  needsAcceptance: boolean;
  previousVersionValidUntil: string | null;
  valid: boolean;
}

describe('participant agreements: versions, publication, acceptance', () => {
  let testApp: TestApp;
  let organisation: TestOrganisation;
  let callers: Record<Role, GraphqlCaller>;

  beforeAll(async () => {
    testApp = await bootTestApp();
  });
  afterAll(() => testApp.close());
  beforeEach(async () => {
    organisation = await createOrganisation(testApp.dataSource, 'agreement');
    callers = await callersFor(testApp.url, organisation);
  });

  const standing = async (caller: GraphqlCaller) =>
    (
      await caller.request<{ myParticipation: { agreement: Standing } }>(
        '{ myParticipation { agreement { acceptedVersion validUntil currentVersion needsAcceptance previousVersionValidUntil valid } } }',
      )
    ).data!.myParticipation.agreement;
  const accept = (
    caller: GraphqlCaller,
    version: { id: string; contentHash: string },
  ) =>
    caller.request<{
      acceptAgreement: {
        version: number;
        validUntil: string;
        contentHash: string;
      };
    }>(
      'mutation($v: ID!, $h: String!) { acceptAgreement(versionId: $v, contentHash: $h) { version validUntil contentHash } }',
      {
        v: version.id,
        h: version.contentHash,
      },
    );

  it('publishes a draft as version 1 with a fixed hash; an employee accepts it and it holds for its term', async () => {
    const advisor = callers[Role.ADVISEUR];
    const employee = callers[Role.MEDEWERKER];
    await joinPool(employee);
    expect(await standing(employee)).toMatchObject({
      acceptedVersion: null,
      currentVersion: null,
      needsAcceptance: false,
      valid: false,
    });

    const v1 = await publishAgreement(advisor, 'Deelnemersovereenkomst', {
      termMonths: 12,
    });
    expect(v1.version).toBe(1);
    expect(v1.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await standing(employee)).toMatchObject({
      acceptedVersion: null,
      currentVersion: 1,
      needsAcceptance: true,
      valid: false,
    });

    const accepted = await accept(employee, v1);
    expect(accepted.data?.acceptAgreement).toEqual({
      version: 1,
      validUntil: addMonths(todayInAmsterdam(), 12),
      contentHash: v1.contentHash,
    });
    expect(await standing(employee)).toEqual({
      acceptedVersion: 1,
      validUntil: addMonths(todayInAmsterdam(), 12),
      currentVersion: 1,
      needsAcceptance: false,
      previousVersionValidUntil: null,
      valid: true,
    });
    // Accepting again changes nothing.
    expect((await accept(employee, v1)).data?.acceptAgreement.validUntil).toBe(
      addMonths(todayInAmsterdam(), 12),
    );
    expect(
      await testApp.dataSource
        .getRepository(AgreementAcceptance)
        .count({ where: { organisationId: organisation.id } }),
    ).toBe(1);
  });

  it('gives the participant the text they accepted as a PDF, and nobody else', async () => {
    const advisor = callers[Role.ADVISEUR];
    const employee = callers[Role.MEDEWERKER];
    await joinPool(employee);
    const v1 = await publishAgreement(
      advisor,
      'Deelnemersovereenkomst “Samen”',
    );
    expect(
      errorCode(
        await employee.request(
          'query($v: ID!) { myAcceptedAgreementPdf(versionId: $v) }',
          { v: v1.id },
        ),
      ),
    ).toBe('NOT_FOUND');
    await accept(employee, v1);
    const response = await employee.request<{ myAcceptedAgreementPdf: string }>(
      'query($v: ID!) { myAcceptedAgreementPdf(versionId: $v) }',
      { v: v1.id },
    );
    const bytes = Buffer.from(response.data!.myAcceptedAgreementPdf, 'base64');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
    expect(pdf.getTitle()).toBe('Deelnemersovereenkomst "Samen" (versie 1)');
    await joinPool(callers[Role.HR]);
    expect(
      errorCode(
        await callers[Role.HR].request(
          'query($v: ID!) { myAcceptedAgreementPdf(versionId: $v) }',
          { v: v1.id },
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it('refuses an acceptance of a text other than the published one, of a superseded version, or by a non-participant', async () => {
    const advisor = callers[Role.ADVISEUR];
    const employee = callers[Role.MEDEWERKER];
    const v1 = await publishAgreement(advisor, 'Versie 1');
    expect(errorCode(await accept(employee, v1))).toBe('NOT_FOUND');
    await joinPool(employee);
    expect(
      errorReason(
        await accept(employee, { id: v1.id, contentHash: 'f'.repeat(64) }),
      ),
    ).toBe('AGREEMENT_TEXT_DIFFERS');
    await publishAgreement(advisor, 'Versie 2');
    expect(errorReason(await accept(employee, v1))).toBe(
      'AGREEMENT_SUPERSEDED',
    );
  });

  it('asks everyone to accept a new version while the old acceptance holds until the set date, and shows who accepted', async () => {
    const advisor = callers[Role.ADVISEUR];
    const [early, late] = [callers[Role.MEDEWERKER], callers[Role.HR]];
    await joinPool(early);
    await joinPool(late);
    const v1 = await publishAgreement(advisor, 'Versie 1');
    await accept(early, v1);
    await accept(late, v1);

    const transition = addMonths(todayInAmsterdam(), 1);
    const v2 = await publishAgreement(advisor, 'Versie 2', {
      previousVersionsValidUntil: transition,
    });
    expect(v2.version).toBe(2);
    // Everyone in the pool is asked in the app, with until when their acceptance holds.
    const asked = await late.request<{
      myNotifications: { titleNl: string; bodyNl: string; link: string }[];
    }>('{ myNotifications { titleNl bodyNl link } }');
    expect(asked.data?.myNotifications).toContainEqual({
      titleNl: 'Nieuwe deelnemersovereenkomst (versie 2)',
      bodyNl: `Lees en aanvaard versie 2 bij Meedoen. Je huidige akkoord geldt tot ${longCalendarDate(transition, 'nl')}.`,
      link: '/participation',
    });
    expect(
      (
        await callers[Role.BESTUURDER].request<{
          myNotifications: { titleNl: string }[];
        }>('{ myNotifications { titleNl } }')
      ).data?.myNotifications.map((n) => n.titleNl),
    ).not.toContain('Nieuwe deelnemersovereenkomst (versie 2)');
    expect(await standing(late)).toMatchObject({
      acceptedVersion: 1,
      currentVersion: 2,
      needsAcceptance: true,
      previousVersionValidUntil: transition,
      valid: true,
    });
    await accept(early, v2);
    expect(await standing(early)).toMatchObject({
      acceptedVersion: 2,
      needsAcceptance: false,
      valid: true,
    });

    const rows = await advisor.request<{
      agreementAcceptances: {
        displayName: string;
        acceptedAt: string | null;
      }[];
    }>(
      'query($v: ID!) { agreementAcceptances(versionId: $v) { displayName acceptedAt } }',
      { v: v2.id },
    );
    expect(
      rows.data?.agreementAcceptances.map((r) => [
        r.displayName.split(' ')[0],
        r.acceptedAt !== null,
      ]),
    ).toEqual([
      ['MEDEWERKER', true],
      ['HR', false],
    ]);
    const versions = await advisor.request<{
      agreementVersions: {
        version: number;
        acceptedCount: number;
        status: string;
      }[];
    }>('{ agreementVersions { version acceptedCount status } }');
    expect(versions.data?.agreementVersions).toEqual([
      { version: 2, acceptedCount: 1, status: 'PUBLISHED' },
      { version: 1, acceptedCount: 2, status: 'PUBLISHED' },
    ]);
  });

  it('without a transition date, an old acceptance holds until its own end date', async () => {
    const advisor = callers[Role.ADVISEUR];
    const employee = callers[Role.MEDEWERKER];
    await joinPool(employee);
    await accept(employee, await publishAgreement(advisor, 'Versie 1'));
    await publishAgreement(advisor, 'Versie 2', {
      previousVersionsValidUntil: null,
    });
    expect(await standing(employee)).toMatchObject({
      acceptedVersion: 1,
      needsAcceptance: true,
      previousVersionValidUntil: null,
      valid: true,
    });
  });

  it('refuses to publish without a draft, an empty text, or a transition date in the past', async () => {
    const advisor = callers[Role.ADVISEUR];
    expect(
      errorCode(
        await advisor.request('mutation { publishAgreementDraft { id } }'),
      ),
    ).toBe('NOT_FOUND');
    await advisor.request(
      'mutation { saveAgreementDraft(input: { title: "Leeg", markdown: "   ", termMonths: 12 }) { id } }',
    );
    expect(
      errorReason(
        await advisor.request('mutation { publishAgreementDraft { id } }'),
      ),
    ).toBe('EMPTY_AGREEMENT');
    await advisor.request(
      'mutation { saveAgreementDraft(input: { title: "Vol", markdown: "Tekst", termMonths: 12 }) { id } }',
    );
    expect(
      errorReason(
        await advisor.request(
          'mutation { publishAgreementDraft(previousVersionsValidUntil: "2020-01-01") { id } }',
        ),
      ),
    ).toBe('INVALID_TRANSITION_DATE');
    const badTerm = await advisor.request(
      'mutation { saveAgreementDraft(input: { title: "X", markdown: "Tekst", termMonths: 0 }) { id } }',
    );
    expect(errorCode(badTerm)).toBe('BAD_USER_INPUT');
    const drafts = await advisor.request<{
      agreementVersions: { status: string; title: string }[];
    }>('{ agreementVersions { status title } }');
    expect(drafts.data?.agreementVersions).toEqual([
      { status: 'DRAFT', title: 'Vol' },
    ]);
  });
});
