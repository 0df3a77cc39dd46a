import { IsNull } from 'typeorm';
import { INestApplicationContext } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Notification, OutboxMessage } from '@inspraak/api-core';
import { Role } from '@inspraak/domain';
import {
  bootTestApp,
  bootTestWorker,
  callersFor,
  createOrganisation,
  errorCode,
  GraphqlCaller,
  TestApp,
  TestOrganisation,
} from './test-app';
import {
  csvBase64,
  createDepartment,
  createEmployee,
  EMPLOYEE_FIELDS,
} from './directory-fixtures';
import { operationsOf } from './schema-walk';
import {
  expectTrajectoryWorldIntact,
  TrajectoryWorld,
  trajectoryTenancyAttempts,
  trajectoryWorld,
} from './tenancy-trajectories';
import { createTrajectory } from './trajectory-fixtures';
import {
  expectProcedureWorldIntact,
  ProcedureWorld,
  procedureTenancyAttempts,
  procedureWorld,
} from './tenancy-procedures';
import {
  expectSurveyWorldIntact,
  SurveyWorld,
  surveyTenancyAttempts,
  surveyWorld,
} from './tenancy-surveys';
import {
  AccountWorld,
  accountTenancyAttempts,
  accountWorld,
  expectAccountWorldIntact,
} from './tenancy-accounts';
import {
  PARTICIPANT_FIELDS,
  addSkill,
  joinPool,
  profile,
  publishAgreement,
} from './participant-fixtures';

/**
 * Organisation A's advisor (who may do everything in the directory) aims every
 * operation at organisation B's data. Nothing of B may be read or changed.
 */
describe('organisations are kept apart', () => {
  let testApp: TestApp;
  let a: GraphqlCaller;
  let b: GraphqlCaller;
  let ids: {
    department: string;
    childDepartment: string;
    employee: string;
    import: string;
    skill: string;
    otherSkill: string;
    ownSkill: string;
  };
  let bParticipant: Record<string, unknown>;
  let worker: INestApplicationContext;
  let bAgreement: { id: string; contentHash: string };
  let bDrawId: string | undefined;
  let bNotification: string;
  let bErasureRequestId: string | undefined;
  /** An open erasure request in B, by B's employee (not B's advisor, whose participation is checked at the end). */
  const erasureRequestInB = async (): Promise<string> =>
    (bErasureRequestId ??= (
      await bEmployee.request<{ requestErasure: { id: string } }>(
        'mutation { requestErasure { id } }',
      )
    ).data!.requestErasure.id);
  let bEmployee: GraphqlCaller;
  let bWorld: TrajectoryWorld;
  let bSurveys: SurveyWorld;
  let bProcedures: ProcedureWorld;
  let bAccounts: AccountWorld;
  let aOrganisation: TestOrganisation;
  let aSecretary: GraphqlCaller;
  let bSecretary: GraphqlCaller;
  let bHr: GraphqlCaller;
  let aTrajectoryId: string | undefined;
  let bOutboxMessage: string;
  /** B's identity provider (a row: B's advisor would need a live issuer), for the single sign-on attempts; B's organisation id. */
  let bSsoOrganisation: Promise<string> | undefined;
  const ssoProviderInB = (): Promise<string> =>
    (bSsoOrganisation ??= (async () => {
      const viewer = await b.request<{
        viewer: { organisation: { id: string } };
      }>('{ viewer { organisation { id } } }');
      const id = viewer.data!.viewer.organisation.id;
      await testApp.dataSource.query(
        `INSERT INTO identity_provider (organisation_id, issuer, client_id, enabled) VALUES ($1, 'https://idp.tenant-b.test', 'b', true)`,
        [id],
      );
      return id;
    })());
  /** An invitation run in B (of B's own advisor account, already active: nobody is mailed). */
  let bInvitationRun: Promise<string> | undefined;
  const invitationRunInB = (): Promise<string> =>
    (bInvitationRun ??= b
      .request<{
        inviteEmployees: { id: string };
      }>(
        'mutation($d: ID!) { inviteEmployees(input: { departmentIds: [$d] }) { id } }',
        { d: ids.childDepartment },
      )
      .then((response) => response.data!.inviteEmployees.id));
  /** One draw in B, made when the first draw-related attempt needs it. */
  const drawInB = async (): Promise<string> =>
    (bDrawId ??= (
      await b.request<{ drawSortition: { draw: { id: string } } }>(
        'mutation { drawSortition(input: { title: "Klankbord B", seats: 1, strataBy: ["department"] }) { draw { id } } }',
      )
    ).data!.drawSortition.draw.id);

  beforeAll(async () => {
    testApp = await bootTestApp();
    worker = await bootTestWorker();
    aOrganisation = await createOrganisation(testApp.dataSource, 'tenant-a');
    const aCallers = await callersFor(testApp.url, aOrganisation);
    a = aCallers[Role.ADVISEUR];
    aSecretary = aCallers[Role.OR_SECRETARIS];
    const bOrganisation = await createOrganisation(
      testApp.dataSource,
      'tenant-b',
    );
    const bCallers = await callersFor(testApp.url, bOrganisation);
    b = bCallers[Role.ADVISEUR];
    bEmployee = bCallers[Role.MEDEWERKER];
    bSecretary = bCallers[Role.OR_SECRETARIS];
    bHr = bCallers[Role.HR];
    const department = await createDepartment(b, 'Geheim B');
    const childDepartment = await createDepartment(b, 'Sub B', department);
    const employee = await createEmployee(b, {
      departmentId: department,
      firstName: 'Bea',
    });
    const started = await b.request<{ startEmployeeImport: { id: string } }>(
      'mutation($i: StartEmployeeImportInput!) { startEmployeeImport(input: $i) { id } }',
      {
        i: {
          fileName: 'b.csv',
          mode: 'PARTIAL',
          contentBase64: csvBase64([
            'personeelsnummer;voornaam;achternaam;email;afdeling',
            '1;Bo;B;bo@b.nl;Geheim B',
          ]),
        },
      },
    );
    const skill = await addSkill(b, 'Roosteren B');
    const otherSkill = await addSkill(b, 'Plannen B');
    bAgreement = await publishAgreement(b, 'Overeenkomst B');
    const bOrganisationId = (
      await b.request<{
        viewer: { organisation: { id: string }; userId: string };
      }>('{ viewer { userId organisation { id } } }')
    ).data!.viewer;
    bNotification = (
      await testApp.dataSource.getRepository(Notification).save({
        organisationId: bOrganisationId.organisation.id,
        userId: bOrganisationId.userId,
        kind: 'test',
        titleNl: 'B',
        titleEn: 'B',
        bodyNl: 'B',
        bodyEn: 'B',
        link: null,
      })
    ).id;
    bOutboxMessage = (
      await testApp.dataSource.getRepository(OutboxMessage).save({
        organisationId: bOrganisationId.organisation.id,
        toAddress: 'b@b.nl',
        subject: 'B',
        body: 'B',
      })
    ).id;
    bParticipant = (
      await joinPool(b, { skillIds: [skill, otherSkill] }, [
        'SURVEY_PANEL',
        'SOUNDING_BOARD',
      ])
    ).data!.joinPool;
    await b.request(
      'mutation($v: ID!, $h: String!) { acceptAgreement(versionId: $v, contentHash: $h) { id } }',
      { v: bAgreement.id, h: bAgreement.contentHash },
    );
    bParticipant = (
      await b.request<{ myParticipation: Record<string, unknown> }>(
        `{ myParticipation { ${PARTICIPANT_FIELDS} } }`,
      )
    ).data!.myParticipation;
    ids = {
      department,
      childDepartment,
      employee: employee.id,
      import: started.data!.startEmployeeImport.id,
      skill,
      otherSkill,
      ownSkill: await addSkill(a, 'Roosteren A'),
    };
    bWorld = await trajectoryWorld(b, bEmployee, bOrganisation);
    bSurveys = await surveyWorld(b, bWorld.trajectoryId);
    bAccounts = await accountWorld(b, bOrganisation.emails[Role.HR]);
    bProcedures = await procedureWorld(
      bSecretary,
      bHr,
      bSurveys.publishedId,
      bWorld.trajectoryId,
    );
  });
  afterAll(async () => {
    await worker.close();
    await testApp.close();
  });

  const attempts: Record<string, () => Promise<void>> = {
    ...trajectoryTenancyAttempts(
      () => a,
      () => bWorld,
      async () => (aTrajectoryId ??= (await createTrajectory(a)).id),
    ),
    ...surveyTenancyAttempts(
      () => a,
      () => bSurveys,
    ),
    ...accountTenancyAttempts(
      () => a,
      () => bAccounts,
    ),
    ...procedureTenancyAttempts(
      () => a,
      () => aSecretary,
      () => bProcedures,
    ),
    'Query.viewer': async () => {
      const response = await a.request<{
        viewer: { organisation: { name: string } };
      }>('{ viewer { organisation { name } } }');
      expect(response.data?.viewer.organisation.name).toMatch(/^tenant-a /);
    },
    'Mutation.login': async () => {
      // The organisation comes from the account's membership, never from the caller: there is nothing to aim.
      const response = await new GraphqlCaller(testApp.url).request(
        'mutation { login(input: { email: "x@y.nl", password: "nope" }) { userId } }',
      );
      expect(errorCode(response)).toBe('UNAUTHENTICATED');
    },
    'Mutation.logout': async () => {
      const other = new GraphqlCaller(testApp.url);
      // Logging out only ends one's own session.
      expect(errorCode(await other.request('mutation { logout }'))).toBe(
        'UNAUTHENTICATED',
      );
    },
    'Query.departments': async () => {
      const response = await a.request<{ departments: { id: string }[] }>(
        '{ departments { id } }',
      );
      expect(response.data).toBeDefined();
      expect(response.data!.departments.map((d) => d.id)).not.toContain(
        ids.department,
      );
    },
    'Query.employees': async () => {
      const all = await a.request<{
        employees: { items: { id: string }[]; total: number };
      }>('{ employees(page: { limit: 100 }) { total items { id } } }');
      expect(all.data?.employees.items.map((e) => e.id)).not.toContain(
        ids.employee,
      );
      const byDepartment = await a.request<{ employees: { total: number } }>(
        'query($d: ID) { employees(filter: { departmentId: $d }) { total } }',
        { d: ids.department },
      );
      expect(byDepartment.data?.employees.total).toBe(0);
      const bySearch = await a.request<{ employees: { total: number } }>(
        '{ employees(filter: { search: "Bea" }) { total } }',
      );
      expect(bySearch.data?.employees.total).toBe(0);
    },
    'Query.employee': async () => {
      const response = await a.request(
        'query($id: ID!) { employee(id: $id) { id } }',
        { id: ids.employee },
      );
      expect(response.data).toEqual({ employee: null });
    },
    'Query.employeeImport': async () => {
      const response = await a.request(
        'query($id: ID!) { employeeImport(id: $id) { id } }',
        { id: ids.import },
      );
      expect(response.data).toEqual({ employeeImport: null });
    },
    'Query.employeeImports': async () => {
      const response = await a.request<{ employeeImports: { id: string }[] }>(
        '{ employeeImports { id } }',
      );
      expect(response.data?.employeeImports.map((i) => i.id)).not.toContain(
        ids.import,
      );
    },
    'Query.auditLog': async () => {
      const response = await a.request<{ auditLog: unknown[] }>(
        'query($id: ID) { auditLog(entityId: $id) { id } }',
        { id: ids.employee },
      );
      expect(response.data?.auditLog).toEqual([]);
    },
    'Mutation.createDepartment': async () => {
      const response = await a.request(
        'mutation($p: ID) { createDepartment(input: { name: "Inbraak", parentId: $p }) { id } }',
        { p: ids.department },
      );
      expect(errorCode(response)).toBe('NOT_FOUND');
    },
    'Mutation.updateDepartment': async () => {
      const response = await a.request(
        'mutation($id: ID!) { updateDepartment(id: $id, input: { name: "Overgenomen" }) { id } }',
        { id: ids.department },
      );
      expect(errorCode(response)).toBe('NOT_FOUND');
      // Nor may A hang its own department under one of B's.
      const own = await createDepartment(a, 'Eigen A');
      const underForeign = await a.request(
        'mutation($id: ID!, $p: ID) { updateDepartment(id: $id, input: { name: "Eigen A", parentId: $p }) { id } }',
        { id: own, p: ids.department },
      );
      expect(errorCode(underForeign)).toBe('NOT_FOUND');
    },
    'Mutation.deleteDepartment': async () => {
      const response = await a.request(
        'mutation($id: ID!) { deleteDepartment(id: $id) }',
        { id: ids.childDepartment },
      );
      expect(errorCode(response)).toBe('NOT_FOUND');
    },
    'Mutation.createEmployee': async () => {
      const response = await a.request(
        'mutation($d: ID) { createEmployee(input: { employeeNumber: "X1", firstName: "X", lastName: "Y", email: "x1@a.nl", departmentId: $d }) { id } }',
        { d: ids.department },
      );
      expect(errorCode(response)).toBe('NOT_FOUND');
    },
    'Mutation.updateEmployee': async () => {
      const response = await a.request(
        'mutation($id: ID!) { updateEmployee(id: $id, input: { employeeNumber: "X2", firstName: "X", lastName: "Y", email: "x2@a.nl" }) { id } }',
        { id: ids.employee },
      );
      expect(errorCode(response)).toBe('NOT_FOUND');
      // Nor may A place its own employee in one of B's departments.
      const own = await createEmployee(a);
      const intoForeign = await a.request(
        'mutation($id: ID!, $d: ID) { updateEmployee(id: $id, input: { employeeNumber: "X3", firstName: "X", lastName: "Y", email: "x3@a.nl", departmentId: $d }) { id } }',
        { id: own.id, d: ids.department },
      );
      expect(errorCode(intoForeign)).toBe('NOT_FOUND');
    },
    'Mutation.markEmployeeLeft': async () => {
      const response = await a.request(
        'mutation($id: ID!) { markEmployeeLeft(id: $id) { id } }',
        { id: ids.employee },
      );
      expect(errorCode(response)).toBe('NOT_FOUND');
    },
    'Mutation.deleteEmployee': async () => {
      const response = await a.request(
        'mutation($id: ID!) { deleteEmployee(id: $id) }',
        { id: ids.employee },
      );
      expect(errorCode(response)).toBe('NOT_FOUND');
    },
    'Mutation.startEmployeeImport': async () => {
      // A full import in A marks A's absent employees as left; B's employee must stay untouched (checked below).
      const response = await a.request(
        'mutation($i: StartEmployeeImportInput!) { startEmployeeImport(input: $i) { id } }',
        {
          i: {
            fileName: 'a.csv',
            mode: 'FULL',
            contentBase64: csvBase64([
              'personeelsnummer;voornaam;achternaam;email;afdeling',
              '1;An;A;an@a.nl;Afdeling A',
            ]),
          },
        },
      );
      expect(response.errors).toBeUndefined();
      // Let the worker run it: the check below then proves B's employee was not marked as left.
      const id = (response.data as { startEmployeeImport: { id: string } })
        .startEmployeeImport.id;
      let status = 'QUEUED';
      // Up to five minutes (the test's timeout is longer): the worker is slow on a busy machine.
      const until = Date.now() + 5 * 60_000;
      while (
        Date.now() < until &&
        status !== 'COMPLETED' &&
        status !== 'FAILED'
      ) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        status = (
          await a.request<{ employeeImport: { status: string } }>(
            'query($id: ID!) { employeeImport(id: $id) { status } }',
            { id },
          )
        ).data!.employeeImport.status;
      }
      expect(status).toBe('COMPLETED');
    },
    'Query.myParticipation': async () => {
      const response = await a.request<{ myParticipation: unknown }>(
        '{ myParticipation { id } }',
      );
      expect(response.data?.myParticipation).not.toEqual({
        id: bParticipant['id'],
      });
    },
    'Mutation.joinPool': async () => {
      const withForeignSkill = await joinPool(a, { skillIds: [ids.skill] });
      expect(errorCode(withForeignSkill)).toBe('BAD_USER_INPUT');
      expect(
        (await joinPool(a, { skillIds: [ids.ownSkill] })).errors,
      ).toBeUndefined();
    },
    'Mutation.updateMyProfile': async () => {
      await joinPool(a);
      const response = await a.request(
        'mutation($i: ProfileInput!) { updateMyProfile(input: $i) { id } }',
        { i: profile({ skillIds: [ids.ownSkill, ids.skill] }) },
      );
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
    },
    'Mutation.pauseMyParticipation': async () => {
      await joinPool(a);
      const response = await a.request<{
        pauseMyParticipation: { id: string };
      }>('mutation { pauseMyParticipation(until: "2099-01-01") { id } }');
      expect(response.data?.pauseMyParticipation?.id ?? 'refused').not.toBe(
        bParticipant['id'],
      );
    },
    'Mutation.resumeMyParticipation': async () => {
      await joinPool(a);
      const response = await a.request<{
        resumeMyParticipation: { id: string };
      }>('mutation { resumeMyParticipation { id } }');
      expect(response.data?.resumeMyParticipation.id).not.toBe(
        bParticipant['id'],
      );
    },
    'Mutation.setMyConsent': async () => {
      await joinPool(a);
      const response = await a.request<{ setMyConsent: { id: string } }>(
        'mutation { setMyConsent(purpose: SOUNDING_BOARD, granted: false) { id } }',
      );
      expect(response.data?.setMyConsent.id).not.toBe(bParticipant['id']);
    },
    'Mutation.leavePool': async () => {
      await joinPool(a);
      const response = await a.request<{ leavePool: { id: string } }>(
        'mutation { leavePool { id } }',
      );
      expect(response.data?.leavePool.id).not.toBe(bParticipant['id']);
    },
    'Query.skills': async () => {
      const response = await a.request<{
        skills: { id: string; participantCount: number }[];
      }>('{ skills { id participantCount } }');
      const seen = response.data!.skills.map((s) => s.id);
      expect(seen).not.toContain(ids.skill);
      expect(seen).toContain(ids.ownSkill);
    },
    'Mutation.addSkill': async () => {
      // Names are per organisation: B having "Plannen B" does not block A.
      const response = await a.request(
        'mutation { addSkill(name: "Plannen B") { id } }',
      );
      expect(response.errors).toBeUndefined();
    },
    'Mutation.renameSkill': async () => {
      const response = await a.request(
        'mutation($id: ID!) { renameSkill(id: $id, name: "Overgenomen") { id } }',
        { id: ids.skill },
      );
      expect(errorCode(response)).toBe('NOT_FOUND');
    },
    'Query.currentAgreement': async () => {
      const response = await a.request<{
        currentAgreement: { id: string } | null;
      }>('{ currentAgreement { id } }');
      expect(response.data).toBeDefined();
      expect(response.data!.currentAgreement?.id).not.toBe(bAgreement.id);
    },
    'Mutation.acceptAgreement': async () => {
      await joinPool(a);
      const response = await a.request(
        'mutation($v: ID!, $h: String!) { acceptAgreement(versionId: $v, contentHash: $h) { id } }',
        { v: bAgreement.id, h: bAgreement.contentHash },
      );
      expect(errorCode(response)).toBe('NOT_FOUND');
    },
    'Query.agreementVersions': async () => {
      const response = await a.request<{ agreementVersions: { id: string }[] }>(
        '{ agreementVersions { id } }',
      );
      expect(response.data).toBeDefined();
      expect(response.data!.agreementVersions.map((v) => v.id)).not.toContain(
        bAgreement.id,
      );
    },
    'Mutation.saveAgreementDraft': async () => {
      const response = await a.request<{ saveAgreementDraft: { id: string } }>(
        'mutation { saveAgreementDraft(input: { title: "A", markdown: "Tekst A", termMonths: 12 }) { id } }',
      );
      expect(response.data?.saveAgreementDraft.id).not.toBe(bAgreement.id);
    },
    'Mutation.publishAgreementDraft': async () => {
      // A publishes its own draft; B's current version must stay B's (checked below).
      const response = await a.request<{
        publishAgreementDraft: { version: number };
      }>('mutation { publishAgreementDraft { version } }');
      expect(response.data?.publishAgreementDraft.version).toBe(1);
    },
    'Query.agreementAcceptances': async () => {
      const response = await a.request(
        'query($v: ID!) { agreementAcceptances(versionId: $v) { participantId } }',
        { v: bAgreement.id },
      );
      expect(errorCode(response)).toBe('NOT_FOUND');
    },
    'Query.pool': async () => {
      const response = await a.request<{
        pool: { items: { participantId: string }[] };
      }>('{ pool(page: { limit: 100 }) { items { participantId } } }');
      expect(response.data).toBeDefined();
      expect(
        response.data!.pool.items.map((m) => m.participantId),
      ).not.toContain(bParticipant['id']);
      const bySkill = await a.request<{ pool: { total: number } }>(
        'query($s: [ID!]) { pool(filter: { skillIds: $s }) { total } }',
        { s: [ids.skill] },
      );
      expect(bySkill.data?.pool.total).toBe(0);
      const byDepartment = await a.request<{ pool: { total: number } }>(
        'query($d: ID) { pool(filter: { departmentId: $d }) { total } }',
        { d: ids.department },
      );
      expect(byDepartment.data?.pool.total).toBe(0);
    },
    'Query.poolRepresentation': async () => {
      const response = await a.request<{
        poolRepresentation: { departmentId: string | null }[];
      }>('{ poolRepresentation { departmentId } }');
      expect(response.data).toBeDefined();
      expect(
        response.data!.poolRepresentation.map((r) => r.departmentId),
      ).not.toContain(ids.department);
    },
    'Query.matchParticipants': async () => {
      const response = await a.request<{
        matchParticipants: { candidates: { participantId: string }[] };
      }>(
        'query($s: [ID!]!, $d: [ID!]!) { matchParticipants(need: { skillIds: $s, themes: [], size: 5, wayOfTakingPart: SURVEY_PANEL, mustCoverDepartmentIds: $d }) { candidates { participantId } } }',
        { s: [ids.skill], d: [ids.department] },
      );
      expect(response.data).toBeDefined();
      expect(
        response.data!.matchParticipants.candidates.map((c) => c.participantId),
      ).not.toContain(bParticipant['id']);
    },
    'Mutation.drawSortition': async () => {
      const response = await a.request<{
        drawSortition: {
          seated: { participantId: string }[];
          poolSize: number;
        };
      }>(
        'mutation { drawSortition(input: { title: "Klankbord A", seats: 5, strataBy: ["department"] }) { poolSize seated { participantId } } }',
      );
      expect(response.data).toBeDefined();
      expect(
        response.data!.drawSortition.seated.map((p) => p.participantId),
      ).not.toContain(bParticipant['id']);
      // Nor can A's draw be made for B's trajectory.
      const linked = await a.request(
        'mutation($t: ID!) { drawSortition(input: { title: "Klankbord A", seats: 1, strataBy: ["department"], trajectoryId: $t }) { poolSize } }',
        { t: bWorld.trajectoryId },
      );
      expect(errorCode(linked)).toBe('NOT_FOUND');
    },
    'Query.sortitionDraws': async () => {
      const bDraw = await drawInB();
      const response = await a.request<{ sortitionDraws: { id: string }[] }>(
        '{ sortitionDraws { id } }',
      );
      expect(response.data).toBeDefined();
      expect(response.data!.sortitionDraws.map((d) => d.id)).not.toContain(
        bDraw,
      );
    },
    'Query.sortitionDraw': async () => {
      const bDraw = await drawInB();
      expect(
        errorCode(
          await a.request(
            'query($id: ID!) { sortitionDraw(id: $id) { poolSize } }',
            { id: bDraw },
          ),
        ),
      ).toBe('NOT_FOUND');
    },
    'Query.verifySortitionDraw': async () => {
      const bDraw = await drawInB();
      expect(
        errorCode(
          await a.request(
            'query($id: ID!) { verifySortitionDraw(id: $id) { matches } }',
            { id: bDraw },
          ),
        ),
      ).toBe('NOT_FOUND');
    },
    'Query.myNotifications': async () => {
      const response = await a.request<{ myNotifications: { id: string }[] }>(
        '{ myNotifications { id } }',
      );
      expect(response.data).toBeDefined();
      expect(response.data!.myNotifications.map((n) => n.id)).not.toContain(
        bNotification,
      );
    },
    'Mutation.markNotificationsRead': async () => {
      expect(
        (
          await a.request(
            'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
            { ids: [bNotification] },
          )
        ).data,
      ).toEqual({ markNotificationsRead: true });
      const stillUnread = await testApp.dataSource
        .getRepository(Notification)
        .findOneByOrFail({ id: bNotification });
      expect(stillUnread.readAt).toBeNull();
    },
    'Query.myUnreadNotificationCount': async () => {
      // Exactly A's own unread ones are counted; B's unread one is not.
      const viewer = (
        await a.request<{ viewer: { userId: string } }>('{ viewer { userId } }')
      ).data!.viewer;
      const own = await testApp.dataSource.getRepository(Notification).countBy({
        organisationId: aOrganisation.id,
        userId: viewer.userId,
        readAt: IsNull(),
      });
      const response = await a.request<{ myUnreadNotificationCount: number }>(
        '{ myUnreadNotificationCount }',
      );
      expect(response.data).toEqual({ myUnreadNotificationCount: own });
    },
    'Mutation.markAllNotificationsRead': async () => {
      await a.request('mutation { markAllNotificationsRead }');
      const stillUnread = await testApp.dataSource
        .getRepository(Notification)
        .findOneByOrFail({ id: bNotification });
      expect(stillUnread.readAt).toBeNull();
    },
    'Query.myNotificationPreferences': async () => {
      await bEmployee.request(
        'mutation { updateMyNotificationPreferences(input: { digest: WEEKLY, language: "en", categories: [] }) { digest } }',
      );
      const response = await a.request<{
        myNotificationPreferences: { digest: string };
      }>('{ myNotificationPreferences { digest } }');
      expect(response.data).toBeDefined();
      expect(response.data!.myNotificationPreferences.digest).not.toBe(
        'WEEKLY',
      );
    },
    'Mutation.updateMyNotificationPreferences': async () => {
      await a.request(
        'mutation { updateMyNotificationPreferences(input: { digest: OFF, language: "nl", categories: [] }) { digest } }',
      );
      const inB = await bEmployee.request<{
        myNotificationPreferences: { digest: string };
      }>('{ myNotificationPreferences { digest } }');
      expect(inB.data?.myNotificationPreferences.digest).not.toBe('OFF');
    },
    'Query.devOutbox': async () => {
      const response = await a.request<{ devOutbox: { id: string }[] }>(
        '{ devOutbox { id } }',
      );
      expect(response.data).toBeDefined();
      expect(response.data!.devOutbox.map((m) => m.id)).not.toContain(
        bOutboxMessage,
      );
    },
    // A setting of the installation, not of an organisation: the same answer for both.
    'Query.devOutboxInUse': async () => {
      const response = await a.request<{ devOutboxInUse: boolean }>(
        '{ devOutboxInUse }',
      );
      expect(response.data).toEqual({ devOutboxInUse: true });
    },
    'Query.myPersonalData': async () => {
      const response = await a.request<{ myPersonalData: string }>(
        '{ myPersonalData }',
      );
      expect(response.data).toBeDefined();
      const text = response.data!.myPersonalData;
      expect(text).not.toContain(String(bParticipant['id']));
      expect(text).not.toContain('Roosteren B');
    },
    'Mutation.requestErasure': async () => {
      const response = await a.request<{ requestErasure: { id: string } }>(
        'mutation { requestErasure { id } }',
      );
      expect(response.data?.requestErasure.id).not.toBe(
        await erasureRequestInB(),
      );
    },
    'Query.erasureRequests': async () => {
      const bRequest = await erasureRequestInB();
      const response = await a.request<{ erasureRequests: { id: string }[] }>(
        '{ erasureRequests { id } }',
      );
      expect(response.data).toBeDefined();
      expect(response.data!.erasureRequests.map((r) => r.id)).not.toContain(
        bRequest,
      );
    },
    'Mutation.handleErasureRequest': async () => {
      const response = await a.request(
        'mutation($id: ID!) { handleErasureRequest(id: $id) { id } }',
        { id: await erasureRequestInB() },
      );
      expect(errorCode(response)).toBe('NOT_FOUND');
    },
    'Query.coachingNotes': async () => {
      expect(
        errorCode(
          await a.request(
            'query($p: ID!) { coachingNotes(participantId: $p) { id } }',
            { p: bParticipant['id'] },
          ),
        ),
      ).toBe('NOT_FOUND');
    },
    'Mutation.addCoachingNote': async () => {
      expect(
        errorCode(
          await a.request(
            'mutation($p: ID!) { addCoachingNote(participantId: $p, text: "Ingebroken") { id } }',
            { p: bParticipant['id'] },
          ),
        ),
      ).toBe('NOT_FOUND');
    },
    'Mutation.markParticipantOnboarded': async () => {
      expect(
        errorCode(
          await a.request(
            'mutation($p: ID!) { markParticipantOnboarded(participantId: $p) }',
            { p: bParticipant['id'] },
          ),
        ),
      ).toBe('NOT_FOUND');
    },
    'Query.poolCsv': async () => {
      const response = await a.request<{ poolCsv: string }>('{ poolCsv }');
      expect(response.data).toBeDefined();
      expect(response.data!.poolCsv).not.toContain('tenant-b');
      expect(
        response.data!.poolCsv.split('\r\n').filter(Boolean).length,
      ).toBeGreaterThanOrEqual(1);
    },
    'Query.myAcceptedAgreementPdf': async () => {
      expect(
        errorCode(
          await a.request(
            'query($v: ID!) { myAcceptedAgreementPdf(versionId: $v) }',
            { v: bAgreement.id },
          ),
        ),
      ).toBe('NOT_FOUND');
    },
    'Query.colleagues': async () => {
      const response = await a.request<{
        colleagues: { items: { participantId: string }[] };
      }>('{ colleagues(page: { limit: 100 }) { items { participantId } } }');
      expect(response.data).toBeDefined();
      expect(
        response.data!.colleagues.items.map((c) => c.participantId),
      ).not.toContain(bParticipant['id']);
    },
    // Single sign-on: no argument names an organisation; A's advisor sees and changes only A's provider.
    'Query.singleSignOnSettings': async () => {
      await ssoProviderInB();
      const response = await a.request('{ singleSignOnSettings { issuer } }');
      expect(response.data).toEqual({ singleSignOnSettings: null });
    },
    'Mutation.updateSingleSignOn': async () => {
      const bProvider = await ssoProviderInB();
      await a.request(
        'mutation { updateSingleSignOn(input: { issuer: "https://127.0.0.1:9", clientId: "a", enabled: false, createAccounts: false }) { issuer } }',
      );
      expect(
        await testApp.dataSource.query(
          'SELECT issuer, client_id AS "clientId" FROM identity_provider WHERE organisation_id = $1',
          [bProvider],
        ),
      ).toEqual([{ issuer: 'https://idp.tenant-b.test', clientId: 'b' }]);
    },
    'Mutation.mergeSkills': async () => {
      const intoForeign = await a.request(
        'mutation($d: ID!, $i: ID!) { mergeSkills(duplicateId: $d, intoId: $i) { id } }',
        { d: ids.ownSkill, i: ids.skill },
      );
      expect(errorCode(intoForeign)).toBe('NOT_FOUND');
      const fromForeign = await a.request(
        'mutation($d: ID!, $i: ID!) { mergeSkills(duplicateId: $d, intoId: $i) { id } }',
        { d: ids.otherSkill, i: ids.ownSkill },
      );
      expect(errorCode(fromForeign)).toBe('NOT_FOUND');
    },
    'Mutation.inviteEmployees': async () => {
      for (const input of [
        { employeeIds: [ids.employee] },
        { departmentIds: [ids.department], includeSubDepartments: true },
      ]) {
        const response = await a.request(
          'mutation($input: InviteEmployeesInput!) { inviteEmployees(input: $input) { id } }',
          { input },
        );
        expect(errorCode(response)).toBe('NOT_FOUND');
      }
      // Everyone without an account means A's own people only.
      await a.request(
        'mutation { inviteEmployees(input: { everyoneWithoutAccount: true }) { id } }',
      );
      const [{ n }] = await testApp.dataSource.query(
        `SELECT count(*)::int AS n FROM membership WHERE employee_id = ANY($1::uuid[])`,
        [[ids.employee]],
      );
      expect(n).toBe(0);
    },
    'Query.invitationRun': async () => {
      const response = await a.request(
        'query($id: ID!) { invitationRun(id: $id) { id } }',
        { id: await invitationRunInB() },
      );
      expect(errorCode(response)).toBe('NOT_FOUND');
    },
    'Query.invitationRuns': async () => {
      const bRun = await invitationRunInB();
      const response = await a.request<{ invitationRuns: { id: string }[] }>(
        '{ invitationRuns { id } }',
      );
      expect(response.data?.invitationRuns.map((r) => r.id)).not.toContain(
        bRun,
      );
    },
    // The link is the key and names its own organisation: there is nothing to aim; an unknown one is not found.
    // The dashboards count only the caller's organisation: none of B's trajectories, surveys or procedures appear.
    'Query.advisorDashboard': async () => {
      const response = await a.request<{ advisorDashboard: unknown }>(
        `{ advisorDashboard {
          needsAction { applicationsWaiting { trajectoryId } regieTeamsIncomplete { trajectoryId } decisionWithoutProcedure { trajectoryId } postsWithoutResponse { trajectoryId } failedSurveyMails { surveyId } overdueActions erasureRequests failedAccountInvitations }
          trajectories { trajectoryId }
          pool { active paused representation { departmentId } }
          surveys { running { surveyId } latestClosed { surveyId } }
          procedures { byState { state count } nextDeadlines { procedureId } }
        } }`,
      );
      expect(response.data?.advisorDashboard).toBeDefined();
      const seen = JSON.stringify(response.data);
      for (const bId of [
        bWorld.trajectoryId,
        bSurveys.publishedId,
        bProcedures.procedureId,
        ids.department,
      ])
        expect(seen).not.toContain(bId);
    },
    'Query.myDashboard': async () => {
      const response = await aSecretary.request<{ myDashboard: unknown }>(
        `{ myDashboard {
          regie { trajectories { trajectoryId } }
          secretary { procedures { byState { state } nextDeadlines { procedureId } } meetingsToPrepare { procedureId meetingId } }
          governance { awaitingDecision { procedureId } }
          employee { happening { id } surveysToAnswer { id } openCalls }
        } }`,
      );
      expect(response.data?.myDashboard).toBeDefined();
      const seen = JSON.stringify(response.data);
      for (const bId of [
        bWorld.trajectoryId,
        bSurveys.publishedId,
        bProcedures.procedureId,
        bWorld.meetingId,
      ])
        expect(seen).not.toContain(bId);
    },
    'Query.invitation': async () => {
      const response = await a.request(
        'query($t: String!) { invitation(token: $t) { organisationName } }',
        { t: 'x'.repeat(43) },
      );
      expect(errorCode(response)).toBe('NOT_FOUND');
    },
    'Mutation.acceptInvitation': async () => {
      const response = await a.request(
        'mutation($t: String!) { acceptInvitation(input: { token: $t, password: "Kapstok-Lentezon-Rivier-42" }) { userId } }',
        { t: 'x'.repeat(43) },
      );
      expect(errorCode(response)).toBe('NOT_FOUND');
    },
  };

  it('covers every operation of the schema', () => {
    const keys = operationsOf(testApp.app.get(GraphQLSchemaHost).schema).map(
      (o) => o.key,
    );
    expect(Object.keys(attempts).sort()).toEqual(keys.sort());
  });

  it.each(Object.keys(attempts))(
    '%s cannot reach another organisation',
    async (key) => {
      await attempts[key]!();
    },
  );

  it('lets a person in both organisations act in exactly one of them per request', async () => {
    // A's HR person is also an employee (no other role) of B.
    const [{ id: userId }] = await testApp.dataSource.query(
      `SELECT id FROM user_account WHERE email = $1`,
      [aOrganisation.emails[Role.HR]],
    );
    await testApp.dataSource.query(
      `INSERT INTO membership (organisation_id, user_id, roles) VALUES ($1, $2, '{MEDEWERKER}')`,
      [bAccounts.organisationId, userId],
    );
    const person = new GraphqlCaller(testApp.url);
    await person.login(aOrganisation.emails[Role.HR]);
    const inA = await person.request<{
      employees: { items: { id: string }[] };
    }>('{ employees(page: { limit: 100 }) { items { id } } }');
    expect(inA.data?.employees.items.map((e) => e.id)).not.toContain(
      ids.employee,
    );
    const switched = await person.request<{
      switchOrganisation: { organisation: { id: string }; roles: Role[] };
    }>(
      'mutation($o: ID!) { switchOrganisation(organisationId: $o) { organisation { id } roles } }',
      { o: bAccounts.organisationId },
    );
    expect(switched.data?.switchOrganisation).toEqual({
      organisation: { id: bAccounts.organisationId },
      roles: [Role.MEDEWERKER],
    });
    // In B the person is an employee only: A's HR role opens nothing there.
    for (const query of [
      '{ employees { total } }',
      '{ accounts { total } }',
      '{ departments { id } }',
    ])
      expect(errorCode(await person.request(query))).toBe('FORBIDDEN');
    const notices = await person.request<{ myNotifications: { id: string }[] }>(
      '{ myNotifications { id } }',
    );
    expect(notices.data?.myNotifications).toEqual([]);
    // Back in A, B's entry stays out of sight.
    await person.request(
      'mutation($o: ID!) { switchOrganisation(organisationId: $o) { userId } }',
      { o: aOrganisation.id },
    );
    const employee = await person.request(
      'query($id: ID!) { employee(id: $id) { id } }',
      { id: ids.employee },
    );
    expect(
      (employee.data as { employee: unknown } | null | undefined)?.employee ??
        null,
    ).toBeNull();
  });

  it("leaves the other organisation's data exactly as it was", async () => {
    const employee = await b.request<{
      employee: { firstName: string; status: string; departmentId: string };
    }>(`query($id: ID!) { employee(id: $id) { ${EMPLOYEE_FIELDS} } }`, {
      id: ids.employee,
    });
    expect(employee.data?.employee).toMatchObject({
      firstName: 'Bea',
      status: 'ACTIVE',
      departmentId: ids.department,
    });
    const departments = await b.request<{
      departments: { id: string; name: string }[];
    }>('{ departments { id name } }');
    expect(departments.data?.departments).toEqual(
      expect.arrayContaining([
        { id: ids.department, name: 'Geheim B' },
        { id: ids.childDepartment, name: 'Sub B' },
      ]),
    );
    const imports = await b.request<{ employeeImports: { id: string }[] }>(
      '{ employeeImports { id } }',
    );
    expect(imports.data?.employeeImports.map((i) => i.id)).toEqual([
      ids.import,
    ]);
    const participation = await b.request<{
      myParticipation: Record<string, unknown>;
    }>(`{ myParticipation { ${PARTICIPANT_FIELDS} } }`);
    expect(participation.data?.myParticipation).toEqual(bParticipant);
    const openRequests = await b.request<{ erasureRequests: { id: string }[] }>(
      '{ erasureRequests { id } }',
    );
    expect(openRequests.data?.erasureRequests.map((r) => r.id)).toEqual([
      await erasureRequestInB(),
    ]);
    const current = await b.request<{
      currentAgreement: { id: string; version: number };
    }>('{ currentAgreement { id version } }');
    expect(current.data?.currentAgreement).toEqual({
      id: bAgreement.id,
      version: 1,
    });
    const skills = await b.request<{
      skills: { id: string; name: string; participantCount: number }[];
    }>('{ skills { id name participantCount } }');
    expect(skills.data?.skills).toEqual([
      { id: ids.otherSkill, name: 'Plannen B', participantCount: 1 },
      { id: ids.skill, name: 'Roosteren B', participantCount: 1 },
    ]);
    await expectTrajectoryWorldIntact(b, bWorld);
    // B took one snapshot itself, as evidence for its procedure.
    await expectSurveyWorldIntact(b, bSurveys, 1);
    await expectProcedureWorldIntact(bSecretary, bProcedures);
    await expectAccountWorldIntact(b, bAccounts);
  });
});
