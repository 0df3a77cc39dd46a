import { createHash } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { strFromU8, unzipSync } from 'fflate';
import { Role } from '@inspraak/domain';
import { OutboxMessage } from '@inspraak/api-core';
import {
  InvitationStatus,
  SurveyInbox,
  SurveyInvitation,
  SurveyMailer,
} from '@inspraak/api-surveys';
import {
  bootTestApp,
  bootTestWorker,
  callersFor,
  createOrganisation,
  errorReason,
  GraphqlCaller,
  TestApp,
  TestOrganisation,
} from './test-app';
import { createDepartment, createEmployee } from './directory-fixtures';
import { answer, createSurvey, submitByToken } from './survey-fixtures';
import { eventually } from './smtp-receiver';
import { createTrajectory } from './trajectory-fixtures';

interface Summary {
  answered: number;
  mean: number | null;
  distribution: { value: string; count: number }[];
}
interface Results {
  respondents: number | null;
  invited: number;
  responseRate: number | null;
  hiddenGroups: number;
  units: { key: string; label: string; respondents: number; invited: number }[];
  filterOptions: { dimension: string; unitKey: string; label: string }[];
  questions: {
    key: string;
    overall: Summary | null;
    byUnit: { unitKey: string; summary: Summary | null }[];
    texts: string[];
  }[];
}
const RESULT_FIELDS =
  'respondents invited responseRate hiddenGroups units { key label respondents invited } filterOptions { dimension unitKey label } questions { key overall { answered mean distribution { value count } } byUnit { unitKey summary { answered mean distribution { value count } } } texts }';

/**
 * One organisation, 18 respondents (threshold 5):
 *   Logistiek 6 (Zwolle 4, Deventer 2), its sub-department Magazijn 2 (Zwolle),
 *   Inkoop 7 (Zwolle 5, Deventer 2), Juridisch 3 (Deventer).
 * Magazijn rolls up into Logistiek (8); Juridisch (3) is too small alone, so
 * the smallest unit, Inkoop (7), joins it in "Overige" (10).
 */
describe('survey results: live, suppressed, exported as shown', () => {
  let testApp: TestApp;
  let worker: INestApplicationContext;
  let organisation: TestOrganisation;
  let hr: GraphqlCaller;
  let surveyId: string;
  const departments: Record<string, string> = {};

  beforeAll(async () => {
    testApp = await bootTestApp();
    worker = await bootTestWorker();
    organisation = await createOrganisation(testApp.dataSource, 'results');
    hr = (await callersFor(testApp.url, organisation))[Role.HR];
    departments['Logistiek'] = await createDepartment(hr, 'Logistiek');
    departments['Magazijn'] = await createDepartment(
      hr,
      'Magazijn',
      departments['Logistiek'],
    );
    departments['Inkoop'] = await createDepartment(hr, 'Inkoop');
    departments['Juridisch'] = await createDepartment(hr, 'Juridisch');
    const people: [string, string, number][] = [
      ['Logistiek', 'Zwolle', 4],
      ['Logistiek', 'Deventer', 2],
      ['Magazijn', 'Zwolle', 2],
      ['Inkoop', 'Zwolle', 5],
      ['Inkoop', 'Deventer', 2],
      ['Juridisch', 'Deventer', 3],
    ];
    const groupOf = new Map<string, string>();
    for (const [department, location, count] of people)
      for (let i = 0; i < count; i++)
        groupOf.set(
          (
            await createEmployee(hr, {
              departmentId: departments[department],
              location,
            })
          ).email,
          department,
        );
    surveyId = (await createSurvey(hr, {}, {})).id;
    await hr.request('mutation($id: ID!) { publishSurvey(id: $id) { id } }', {
      id: surveyId,
    });
    const invitations = await testApp.dataSource
      .getRepository(SurveyInvitation)
      .find({ where: { surveyId } });
    await worker.get(SurveyMailer).sendBatch({
      organisationId: organisation.id,
      surveyId,
      invitationIds: invitations.map((i) => i.id),
    });
    await eventually(
      async () =>
        (await testApp.dataSource
          .getRepository(SurveyInvitation)
          .count({ where: { surveyId, status: InvitationStatus.SENT } })) ===
        invitations.length,
    );
    const mails = await testApp.dataSource
      .getRepository(OutboxMessage)
      .find({ where: { organisationId: organisation.id } });
    // Mood: Juridisch answers 1, Inkoop 3, Logistiek and Magazijn 5. The eNPS question only Juridisch answers.
    const mood: Record<string, number> = {
      Juridisch: 1,
      Inkoop: 3,
      Logistiek: 5,
      Magazijn: 5,
    };
    for (const mail of mails) {
      const token = /\/s\/([A-Za-z0-9_-]{43})/.exec(mail.body)?.[1];
      const department = groupOf.get(mail.toAddress);
      if (!token || !department) continue;
      const answers = [answer('mood', mood[department]!)];
      if (department === 'Juridisch')
        answers.push(answer('enps', 2), answer('remark', 'Te weinig juristen'));
      if (department === 'Logistiek')
        answers.push(
          answer('remark', `Logistiek ${mail.toAddress.slice(0, 4)}`),
        );
      const submitted = await submitByToken(
        new GraphqlCaller(testApp.url),
        token,
        answers,
      );
      if (!submitted.data) throw new Error(JSON.stringify(submitted.errors));
    }
    // Answers reach the results from the inbox in groups; move all 18 now, as closing would.
    await worker.get(SurveyInbox).releaseAll(organisation.id, surveyId);
  });
  afterAll(async () => {
    await worker.close();
    await testApp.close();
  });

  const results = async (
    breakdown: string,
    filter?: { dimension: string; unitKey: string },
  ) => {
    const response = await hr.request<{ surveyResults: Results }>(
      `query($id: ID!, $b: String!, $d: String, $u: String) { surveyResults(id: $id, breakdown: $b, filterDimension: $d, filterUnit: $u) { ${RESULT_FIELDS} } }`,
      {
        id: surveyId,
        b: breakdown,
        d: filter?.dimension ?? null,
        u: filter?.unitKey ?? null,
      },
    );
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.surveyResults;
  };

  it('rolls small departments up into their parent and hides what a total would reveal', async () => {
    const view = await results('DEPARTMENT');
    expect(view.respondents).toBe(18);
    expect(view.responseRate).toBe(100);
    expect(view.units.map((u) => [u.label, u.respondents])).toEqual([
      ['Overige', 10],
      ['Logistiek, Magazijn', 8],
    ]);
    const mood = view.questions.find((q) => q.key === 'mood')!;
    expect(mood.overall!.mean).toBe(
      Math.round(((3 * 7 + 1 * 3 + 5 * 8) / 18) * 10) / 10,
    );
    expect(mood.byUnit.map((u) => u.summary?.mean)).toEqual([
      Math.round(((3 * 7 + 1 * 3) / 10) * 10) / 10,
      5,
    ]);
    // Juridisch's own mean (1) appears nowhere.
    expect(JSON.stringify(view)).not.toContain('Juridisch"');
  });

  it('never shows answers of a group under the threshold: not for a question few answered, not their open answers', async () => {
    const view = await results('DEPARTMENT');
    const enps = view.questions.find((q) => q.key === 'enps')!;
    // Only the three in Juridisch answered: nothing at all is shown.
    expect(enps.overall).toBeNull();
    expect(enps.byUnit.every((u) => u.summary === null)).toBe(true);
    const remark = view.questions.find((q) => q.key === 'remark')!;
    // 3 + 6 = 9 open answers overall: listed, alphabetically.
    expect(remark.texts).toHaveLength(9);
    expect(remark.texts).toEqual(
      [...remark.texts].sort((a, b) => a.localeCompare(b, 'nl')),
    );
    const logistiek = view.filterOptions.find(
      (f) => f.dimension === 'DEPARTMENT' && f.label.startsWith('Logistiek'),
    )!;
    // Filtered on either unit: Overige has 3 remarks, so neither list is shown — Logistiek's 6 next to all 9 would single out Overige's 3.
    const overige = view.filterOptions.find(
      (f) => f.dimension === 'DEPARTMENT' && f.label === 'Overige',
    )!;
    expect(
      (await results('NONE', overige)).questions.find(
        (q) => q.key === 'remark',
      )!.texts,
    ).toEqual([]);
    expect(
      (await results('NONE', logistiek)).questions.find(
        (q) => q.key === 'remark',
      )!.texts,
    ).toEqual([]);
    // Filtered on Logistiek, the agreement question (8 answered there, 10 elsewhere) is shown.
    expect(
      (await results('NONE', logistiek)).questions.find(
        (q) => q.key === 'mood',
      )!.overall,
    ).toMatchObject({ answered: 8, mean: 5 });
  });

  it('gives a differencing attack across two filters nothing: department × location cells that would reveal two people stay hidden', async () => {
    const view = await results('LOCATION');
    expect(view.units.map((u) => [u.label, u.respondents])).toEqual([
      ['Zwolle', 11],
      ['Deventer', 7],
    ]);
    const logistiek = view.filterOptions.find(
      (f) => f.dimension === 'DEPARTMENT' && f.label.startsWith('Logistiek'),
    )!;
    const deventer = view.filterOptions.find(
      (f) => f.dimension === 'LOCATION' && f.unitKey === 'Deventer',
    )!;
    const zwolle = view.filterOptions.find(
      (f) => f.dimension === 'LOCATION' && f.unitKey === 'Zwolle',
    )!;
    // Naively, Logistiek × Zwolle (6) next to Logistiek (8) gives Logistiek × Deventer: 2 people.
    const byLocation = await results('LOCATION', logistiek);
    expect(byLocation.respondents).toBe(8);
    expect(byLocation.units).toEqual([]);
    const byDepartmentInDeventer = await results('DEPARTMENT', deventer);
    expect(byDepartmentInDeventer.units).toEqual([]);
    const byDepartmentInZwolle = await results('DEPARTMENT', zwolle);
    expect(byDepartmentInZwolle.units).toEqual([]);
    // Every number any view shows concerns at least five people.
    for (const v of [
      byLocation,
      byDepartmentInDeventer,
      byDepartmentInZwolle,
      await results('DEPARTMENT'),
      await results('LOCATION'),
      await results('CONTRACT_TYPE'),
    ]) {
      if (v.respondents !== null)
        expect(v.respondents).toBeGreaterThanOrEqual(5);
      for (const unit of v.units)
        expect(unit.respondents).toBeGreaterThanOrEqual(5);
      for (const question of v.questions) {
        if (question.overall)
          expect(question.overall.answered).toBeGreaterThanOrEqual(5);
        for (const unit of question.byUnit)
          if (unit.summary)
            expect(unit.summary.answered).toBeGreaterThanOrEqual(5);
      }
    }
    expect(
      errorReason(
        await hr.request(
          'query($id: ID!) { surveyResults(id: $id, breakdown: "DEPARTMENT", filterDimension: "DEPARTMENT", filterUnit: "x") { respondents } }',
          { id: surveyId },
        ),
      ),
    ).toBe('FILTER_IS_BREAKDOWN');
    expect(
      errorReason(
        await hr.request(
          'query($id: ID!) { surveyResults(id: $id, breakdown: "LOCATION", filterDimension: "DEPARTMENT", filterUnit: "nope") { respondents } }',
          { id: surveyId },
        ),
      ),
    ).toBe('UNKNOWN_FILTER');
  });

  it('exports exactly what the screen shows, as CSV and XLSX', async () => {
    const view = await results('DEPARTMENT');
    const csv = (
      await hr.request<{ surveyResultsCsv: string }>(
        'query($id: ID!) { surveyResultsCsv(id: $id, breakdown: "DEPARTMENT") }',
        { id: surveyId },
      )
    ).data!.surveyResultsCsv;
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Vraag;Soort;Groep;Beantwoord;Gemiddelde;Eens (%);eNPS;Verdeling',
    );
    const mood = view.questions.find((q) => q.key === 'mood')!;
    expect(lines).toContain(
      `Ik werk hier met plezier.;AGREEMENT_5;Iedereen;18;${mood.overall!.mean};${Math.round((8 / 18) * 100)};;${mood.overall!.distribution.map((d) => `${d.value}:${d.count}`).join(' ')}`,
    );
    expect(lines).toContain(
      `Ik werk hier met plezier.;AGREEMENT_5;Overige;10;${mood.byUnit[0]!.summary!.mean};0;;1:3 2:0 3:7 4:0 5:0`,
    );
    expect(lines).toContain(
      'Zou je ons aanbevelen?;SCALE_0_10;Iedereen;minder dan 5;;;;',
    );
    expect(csv).not.toContain('Juridisch');

    const xlsx = (
      await hr.request<{ surveyResultsXlsx: string }>(
        'query($id: ID!) { surveyResultsXlsx(id: $id, breakdown: "DEPARTMENT") }',
        { id: surveyId },
      )
    ).data!.surveyResultsXlsx;
    const files = unzipSync(Buffer.from(xlsx, 'base64'));
    expect(Object.keys(files).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/_rels/workbook.xml.rels',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    const rows = [...sheet.matchAll(/<row r="\d+">(.*?)<\/row>/g)].map((m) =>
      [
        ...m[1]!.matchAll(
          /<c r="[A-Z]+\d+"(?: t="inlineStr")?>(?:<is><t xml:space="preserve">(.*?)<\/t><\/is>|<v>(.*?)<\/v>)<\/c>/g,
        ),
      ].map((c) => (c[1] ?? c[2])!.replace(/&amp;/g, '&')),
    );
    expect(rows.map((r) => r.join(';'))).toEqual(lines);
  });

  it('freezes a snapshot with a hash anyone can check, attached to a trajectory', async () => {
    const trajectory = await createTrajectory(
      (await callersFor(testApp.url, organisation))[Role.ADVISEUR],
    );
    const snapshot = (
      await hr.request<{
        snapshotSurveyResults: {
          id: string;
          content: string;
          contentHash: string;
          trajectoryId: string;
        };
      }>(
        'mutation($id: ID!, $t: ID) { snapshotSurveyResults(id: $id, trajectoryId: $t) { id content contentHash trajectoryId } }',
        { id: surveyId, t: trajectory.id },
      )
    ).data!.snapshotSurveyResults;
    expect(snapshot.trajectoryId).toBe(trajectory.id);
    expect(createHash('sha256').update(snapshot.content).digest('hex')).toBe(
      snapshot.contentHash,
    );
    expect(JSON.parse(snapshot.content).results.respondents).toBe(18);
    const listed = (
      await hr.request<{ surveyResultSnapshots: { id: string }[] }>(
        'query($id: ID!) { surveyResultSnapshots(id: $id) { id } }',
        { id: surveyId },
      )
    ).data!.surveyResultSnapshots;
    expect(listed.map((s) => s.id)).toEqual([snapshot.id]);
  });

  it('shows nothing while fewer than the threshold answered', async () => {
    const small = await createDepartment(hr, 'Klein');
    await createEmployee(hr, { departmentId: small });
    const { id } = await createSurvey(hr, {
      audience: {
        kind: 'DEPARTMENTS',
        departmentIds: [small],
        includeSubDepartments: false,
        emails: [],
      },
    });
    await hr.request('mutation($id: ID!) { publishSurvey(id: $id) { id } }', {
      id,
    });
    const view = (
      await hr.request<{ surveyResults: Results }>(
        `query($id: ID!) { surveyResults(id: $id) { ${RESULT_FIELDS} } }`,
        { id },
      )
    ).data!.surveyResults;
    expect(view).toMatchObject({
      respondents: null,
      responseRate: null,
      units: [],
      filterOptions: [],
    });
    expect(view.questions.every((q) => q.overall === null)).toBe(true);
  });
});
