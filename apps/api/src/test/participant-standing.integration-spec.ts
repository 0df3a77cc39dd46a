import { addDays, addMonths, Role, todayInAmsterdam } from '@inspraak/domain';
import { refreshStanding } from '@inspraak/api-participants';
import {
  bootTestApp,
  callersFor,
  createOrganisation,
  GraphqlCaller,
  TestApp,
  TestOrganisation,
} from './test-app';
import { joinPool, publishAgreement } from './participant-fixtures';

/**
 * Each participant's standing (the purposes consented to, the latest accepted
 * agreement version and its end date) is kept on their row, in the
 * transaction that adds to the consent or acceptance trail; matching and the
 * pool search read it. These tests change it through the API, compare it with
 * what the trails say, and show that a new agreement version and the passing
 * of dates take effect without any update (the rule is applied when read).
 */
describe('participant standing', () => {
  let testApp: TestApp;
  let organisation: TestOrganisation;
  let callers: Record<Role, GraphqlCaller>;

  beforeAll(async () => {
    testApp = await bootTestApp();
  });
  afterAll(() => testApp.close());
  beforeEach(async () => {
    organisation = await createOrganisation(testApp.dataSource, 'standing');
    callers = await callersFor(testApp.url, organisation);
  });

  /** The employee's standing as kept, and as the trails say it should be. */
  const standing = async () => {
    const [kept] = (await testApp.dataSource.query(
      `SELECT p.consents::text[] AS consents, p.accepted_agreement_version AS version, p.agreement_valid_until::text AS "validUntil"
       FROM participant p JOIN user_account u ON u.id = p.user_id WHERE u.email = $1`,
      [organisation.emails[Role.MEDEWERKER]],
    )) as { consents: string[]; version: number | null; validUntil: string }[];
    const [trails] = (await testApp.dataSource.query(
      `SELECT
         ARRAY(SELECT l.purpose::text FROM (
           SELECT DISTINCT ON (c.purpose) c.purpose, c.granted FROM consent_record c
           WHERE c.participant_id = p.id ORDER BY c.purpose, c.recorded_at DESC, c.id DESC) l
           WHERE granted ORDER BY l.purpose) AS consents,
         (SELECT max(a.version) FROM agreement_acceptance a WHERE a.participant_id = p.id) AS version,
         (SELECT a.valid_until::text FROM agreement_acceptance a WHERE a.participant_id = p.id ORDER BY a.version DESC LIMIT 1) AS "validUntil"
       FROM participant p JOIN user_account u ON u.id = p.user_id WHERE u.email = $1`,
      [organisation.emails[Role.MEDEWERKER]],
    )) as unknown[];
    expect(kept).toEqual(trails);
    return kept!;
  };
  const setConsent = (purpose: string, granted: boolean) =>
    callers[Role.MEDEWERKER].request<{ setMyConsent: { consents: string[] } }>(
      'mutation($p: ConsentPurpose!, $g: Boolean!) { setMyConsent(purpose: $p, granted: $g) { consents } }',
      { p: purpose, g: granted },
    );
  const accept = (version: { id: string; contentHash: string }) =>
    callers[Role.MEDEWERKER].request(
      'mutation($v: ID!, $h: String!) { acceptAgreement(versionId: $v, contentHash: $h) { id } }',
      { v: version.id, h: version.contentHash },
    );
  /** What the advisor's pool search and match say about the employee's agreement. */
  const advisorView = async () => {
    const pool = await callers[Role.ADVISEUR].request<{
      pool: { items: { agreementValid: boolean }[] };
    }>('{ pool { items { agreementValid } } }');
    const match = await callers[Role.ADVISEUR].request<{
      matchParticipants: {
        eligibleCount: number;
        ineligible: { reason: string }[];
      };
    }>(
      `query($need: MatchNeedInput!) { matchParticipants(need: $need) { eligibleCount ineligible { reason } } }`,
      {
        need: {
          skillIds: [],
          themes: [],
          size: 1,
          wayOfTakingPart: 'WORKGROUP',
        },
      },
    );
    return {
      agreementValid: pool.data!.pool.items[0]!.agreementValid,
      eligible: match.data!.matchParticipants.eligibleCount,
      reasons: match.data!.matchParticipants.ineligible.map((i) => i.reason),
    };
  };

  it('follows consents given, withdrawn, on leaving and on joining again', async () => {
    const employee = callers[Role.MEDEWERKER];
    await joinPool(employee, {}, ['SURVEY_PANEL']);
    expect((await standing()).consents).toEqual(['SURVEY_PANEL']);

    expect(
      (await setConsent('WORKGROUP', true)).data?.setMyConsent.consents,
    ).toEqual(['WORKGROUP', 'SURVEY_PANEL']);
    expect((await standing()).consents).toEqual(['WORKGROUP', 'SURVEY_PANEL']);

    await setConsent('SURVEY_PANEL', false);
    expect((await standing()).consents).toEqual(['WORKGROUP']);

    await employee.request('mutation { leavePool { id } }');
    expect((await standing()).consents).toEqual([]);

    await joinPool(employee, {}, ['SOUNDING_BOARD']);
    expect((await standing()).consents).toEqual(['SOUNDING_BOARD']);
  });

  it('keeps both of two consents given at the same moment', async () => {
    await joinPool(callers[Role.MEDEWERKER], {}, []);
    await Promise.all([
      setConsent('WORKGROUP', true),
      setConsent('AMBASSADOR', true),
    ]);
    expect((await standing()).consents).toEqual(['WORKGROUP', 'AMBASSADOR']);
  });

  it('follows acceptances; a new version and passing dates take effect without an update', async () => {
    const advisor = callers[Role.ADVISEUR];
    await joinPool(callers[Role.MEDEWERKER], {}, ['WORKGROUP']);
    expect(await advisorView()).toEqual({
      agreementValid: false,
      eligible: 0,
      reasons: ['NO_AGREEMENT'],
    });

    const v1 = await publishAgreement(advisor, 'Versie 1');
    await accept(v1);
    expect(await standing()).toMatchObject({
      version: 1,
      validUntil: addMonths(todayInAmsterdam(), 12),
    });
    expect(await advisorView()).toEqual({
      agreementValid: true,
      eligible: 1,
      reasons: [],
    });

    // Version 2, with acceptances of version 1 holding up to and including today.
    await publishAgreement(advisor, 'Versie 2', {
      termMonths: 6,
      previousVersionsValidUntil: todayInAmsterdam(),
    });
    expect((await standing()).version).toBe(1);
    expect((await advisorView()).agreementValid).toBe(true);
    // The transition date passes (moved rather than waited for): outdated, with no update to the standing.
    await testApp.dataSource.query(
      `UPDATE agreement_version SET previous_versions_valid_until = $2 WHERE organisation_id = $1 AND version = 2`,
      [organisation.id, addDays(todayInAmsterdam(), -1)],
    );
    expect(await advisorView()).toEqual({
      agreementValid: false,
      eligible: 0,
      reasons: ['AGREEMENT_VERSION_OUTDATED'],
    });

    const current = (
      await advisor.request<{
        currentAgreement: { id: string; contentHash: string };
      }>('{ currentAgreement { id contentHash } }')
    ).data!.currentAgreement;
    await accept(current);
    expect(await standing()).toMatchObject({
      version: 2,
      validUntil: addMonths(todayInAmsterdam(), 6),
    });
    expect((await advisorView()).eligible).toBe(1);

    // The end date passes (moved in the trail, whose standing is then derived again): expired, without any job.
    await testApp.dataSource.query(
      `UPDATE agreement_acceptance SET valid_until = $2 WHERE organisation_id = $1 AND version = 2`,
      [organisation.id, addDays(todayInAmsterdam(), -1)],
    );
    await refreshStanding(testApp.dataSource.manager, organisation.id);
    expect(await advisorView()).toEqual({
      agreementValid: false,
      eligible: 0,
      reasons: ['AGREEMENT_EXPIRED'],
    });
  });
});
