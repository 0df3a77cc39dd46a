import { randomUUID } from 'node:crypto';
import { Role } from '@inspraak/domain';
import { Membership, Organisation } from '@inspraak/api-core';
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
  TEST_PASSWORD,
  TestApp,
  TestOrganisation,
} from './test-app';
import { eventually, mailText } from './smtp-receiver';

const ACCOUNTS = `query Accounts($filter: AccountFilter, $page: PageInput) {
  accounts(filter: $filter, page: $page) {
    total items { membershipId userId displayName email roles status lastSignInAt }
  }
}`;
const SET_ROLES = `mutation SetRoles($membershipId: ID!, $roles: [Role!]!) {
  setAccountRoles(membershipId: $membershipId, roles: $roles) { membershipId roles status }
}`;
const BLOCK = `mutation Block($membershipId: ID!) { blockAccount(membershipId: $membershipId) { status } }`;
const UNBLOCK = `mutation Unblock($membershipId: ID!) { unblockAccount(membershipId: $membershipId) { status } }`;
const VIEWER = `{ viewer { userId email roles signInMethod organisation { id name } organisations { id name roles } } }`;
const CHANGE_PASSWORD = `mutation Change($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const REQUEST_RESET = `mutation Request($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation Reset($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
const MY_SESSIONS = `{ mySessions { id userAgent organisationName signInMethod current lastUsedAt } }`;
const NEW_PASSWORD = 'paarse olifant fietst langzaam';

interface AccountRow {
  membershipId: string;
  userId: string;
  displayName: string;
  email: string;
  roles: Role[];
  status: string;
}

async function accountOf(
  advisor: GraphqlCaller,
  email: string,
): Promise<AccountRow> {
  const result = await advisor.request<{
    accounts: { total: number; items: AccountRow[] };
  }>(ACCOUNTS, { filter: { search: email } });
  const row = result.data?.accounts.items.find((a) => a.email === email);
  if (!row)
    throw new Error(`no account for ${email}: ${JSON.stringify(result)}`);
  return row;
}

const viewerOf = (caller: GraphqlCaller) =>
  caller.request<{
    viewer: {
      roles: Role[];
      signInMethod: string;
      organisation: { id: string };
      organisations: { id: string; name: string; roles: Role[] }[];
    } | null;
  }>(VIEWER);

describe('accounts: roles, blocking, passwords, sessions, organisations', () => {
  let testApp: TestApp;
  let mailing: MailingWorker;

  beforeAll(async () => {
    testApp = await bootTestApp();
    mailing = await bootMailingWorker();
  });

  afterAll(async () => {
    await mailing?.close();
    await testApp?.close();
  });

  describe('roles and blocking', () => {
    let organisation: TestOrganisation;
    let callers: Record<Role, GraphqlCaller>;

    beforeEach(async () => {
      organisation = await createOrganisation(testApp.dataSource, 'roles');
      callers = await callersFor(testApp.url, organisation);
    });

    it("lists accounts with search and filters; MEDEWERKER is everyone's", async () => {
      const all = await callers.ADVISEUR.request<{
        accounts: { total: number; items: AccountRow[] };
      }>(ACCOUNTS);
      expect(all.data?.accounts.total).toBe(6);
      for (const item of all.data?.accounts.items ?? [])
        expect(item.roles).toContain(Role.MEDEWERKER);
      const hr = await callers.HR.request<{
        accounts: { items: AccountRow[] };
      }>(ACCOUNTS, { filter: { role: 'HR' } });
      expect(hr.data?.accounts.items.map((a) => a.email)).toEqual([
        organisation.emails.HR,
      ]);
      const invited = await callers.ADVISEUR.request<{
        accounts: { total: number };
      }>(ACCOUNTS, { filter: { status: 'INVITED' } });
      expect(invited.data?.accounts.total).toBe(0);
    });

    it('gives and takes a role, audited, told to the person, and effective at once', async () => {
      const hr = await accountOf(callers.ADVISEUR, organisation.emails.HR);
      const given = await callers.ADVISEUR.request<{
        setAccountRoles: { roles: Role[] };
      }>(SET_ROLES, { membershipId: hr.membershipId, roles: ['HR', 'OR_LID'] });
      expect(given.errors).toBeUndefined();
      expect(given.data?.setAccountRoles.roles.sort()).toEqual(
        ['HR', 'MEDEWERKER', 'OR_LID'].sort(),
      );
      // The HR session holds the new role on its next request.
      expect((await viewerOf(callers.HR)).data?.viewer?.roles).toContain(
        Role.OR_LID,
      );
      const audit = await callers.ADVISEUR.request<{
        auditLog: { action: string; actorEmail: string; changes: string }[];
      }>(
        `query A($id: ID) { auditLog(entityId: $id) { action actorEmail changes } }`,
        { id: hr.membershipId },
      );
      const entry = audit.data?.auditLog.find(
        (e) => e.action === 'account.roles-changed',
      );
      expect(entry?.actorEmail).toBe(organisation.emails.ADVISEUR);
      expect(JSON.parse(entry?.changes ?? '{}').roles[1]).toContain('OR_LID');
      const told = await callers.HR.request<{
        myNotifications: { titleNl: string }[];
      }>(`{ myNotifications { titleNl } }`);
      expect(told.data?.myNotifications.map((n) => n.titleNl)).toContain(
        'Je rollen zijn gewijzigd',
      );
      // Taking it back; a request for MEDEWERKER alone leaves the employee role only.
      const taken = await callers.ADVISEUR.request<{
        setAccountRoles: { roles: Role[] };
      }>(SET_ROLES, { membershipId: hr.membershipId, roles: [] });
      expect(taken.data?.setAccountRoles.roles).toEqual([Role.MEDEWERKER]);
    });

    it('keeps the last advisor: not removed, not blocked; a second advisor makes it possible', async () => {
      const advisor = await accountOf(
        callers.ADVISEUR,
        organisation.emails.ADVISEUR,
      );
      const removed = await callers.ADVISEUR.request(SET_ROLES, {
        membershipId: advisor.membershipId,
        roles: ['HR'],
      });
      expect(errorCode(removed)).toBe('CONFLICT');
      expect(errorReason(removed)).toBe('LAST_ADVISOR');
      const hr = await accountOf(callers.ADVISEUR, organisation.emails.HR);
      await callers.ADVISEUR.request(SET_ROLES, {
        membershipId: hr.membershipId,
        roles: ['ADVISEUR'],
      });
      // Now the other advisor may block the first one, but not the other way round as well.
      const blocked = await callers.HR.request<{
        blockAccount: { status: string };
      }>(BLOCK, { membershipId: advisor.membershipId });
      expect(blocked.data?.blockAccount.status).toBe('BLOCKED');
      expect(errorCode(await viewerOf(callers.ADVISEUR))).toBeUndefined();
      expect((await viewerOf(callers.ADVISEUR)).data?.viewer).toBeNull();
      const self = await callers.HR.request(SET_ROLES, {
        membershipId: hr.membershipId,
        roles: [],
      });
      expect(errorReason(self)).toBe('LAST_ADVISOR');
    });

    it('lets only one of two advisors who remove each other at the same moment succeed, the other hearing LAST_ADVISOR', async () => {
      const first = await accountOf(
        callers.ADVISEUR,
        organisation.emails.ADVISEUR,
      );
      const second = await accountOf(callers.ADVISEUR, organisation.emails.HR);
      for (let round = 0; round < 4; round += 1) {
        // Both advisors again, then each takes the role from the other at once.
        for (const account of [first, second])
          await testApp.dataSource.query(
            `UPDATE membership SET roles = '{ADVISEUR,MEDEWERKER}' WHERE id = $1`,
            [account.membershipId],
          );
        const answers = await Promise.all([
          callers.ADVISEUR.request(SET_ROLES, {
            membershipId: second.membershipId,
            roles: [],
          }),
          callers.HR.request(SET_ROLES, {
            membershipId: first.membershipId,
            roles: [],
          }),
        ]);
        expect(answers.map(errorReason).sort()).toEqual([
          'LAST_ADVISOR',
          undefined,
        ]);
        const [{ advisors }] = await testApp.dataSource.query(
          `SELECT count(*)::int AS advisors FROM membership
            WHERE organisation_id = $1 AND 'ADVISEUR' = ANY(roles)`,
          [organisation.id],
        );
        expect(advisors).toBe(1);
      }
    });

    it('keeps the last advisor in service: marking them as left in the directory is refused', async () => {
      const employee = await testApp.dataSource.query(
        `INSERT INTO employee (organisation_id, employee_number, first_name, last_name, email)
         VALUES ($1, 'ADV-1', 'Ada', 'Adviseur', $2) RETURNING id`,
        [organisation.id, organisation.emails.ADVISEUR],
      );
      const employeeId = employee[0].id as string;
      await testApp.dataSource.query(
        `UPDATE membership SET employee_id = $2 WHERE organisation_id = $1
           AND user_id = (SELECT id FROM user_account WHERE email = $3)`,
        [organisation.id, employeeId, organisation.emails.ADVISEUR],
      );
      const markLeft = `mutation L($id: ID!) { markEmployeeLeft(id: $id) { status } }`;
      const refused = await callers.HR.request(markLeft, { id: employeeId });
      expect(errorReason(refused)).toBe('LAST_ADVISOR');
      // With a second advisor it is allowed.
      const hr = await accountOf(callers.ADVISEUR, organisation.emails.HR);
      await callers.ADVISEUR.request(SET_ROLES, {
        membershipId: hr.membershipId,
        roles: ['HR', 'ADVISEUR'],
      });
      const allowed = await callers.HR.request<{
        markEmployeeLeft: { status: string };
      }>(markLeft, { id: employeeId });
      expect(allowed.data?.markEmployeeLeft.status).toBe('LEFT');
    });

    it('blocks an account: its session ends at once, sign-in is refused; unblocking restores it', async () => {
      const employee = await accountOf(
        callers.ADVISEUR,
        organisation.emails.MEDEWERKER,
      );
      const result = await callers.ADVISEUR.request(BLOCK, {
        membershipId: employee.membershipId,
      });
      expect(result.errors).toBeUndefined();
      expect((await viewerOf(callers.MEDEWERKER)).data?.viewer).toBeNull();
      const [{ count }] = await testApp.dataSource.query(
        `SELECT count(*)::int AS count FROM session WHERE user_id = $1`,
        [employee.userId],
      );
      expect(count).toBe(0);
      const again = new GraphqlCaller(testApp.url);
      expect(
        errorReason(await again.login(organisation.emails.MEDEWERKER)),
      ).toBe('INVALID_CREDENTIALS');
      await callers.ADVISEUR.request(UNBLOCK, {
        membershipId: employee.membershipId,
      });
      expect(
        (await again.login(organisation.emails.MEDEWERKER)).errors,
      ).toBeUndefined();
    });

    it('refuses roles that cannot be given, unknown and foreign accounts', async () => {
      const other = await createOrganisation(testApp.dataSource, 'roles-other');
      const otherAdvisor = (await callersFor(testApp.url, other)).ADVISEUR;
      const foreign = await accountOf(otherAdvisor, other.emails.HR);
      const attempt = await callers.ADVISEUR.request(SET_ROLES, {
        membershipId: foreign.membershipId,
        roles: ['ADVISEUR'],
      });
      expect(errorCode(attempt)).toBe('NOT_FOUND');
      expect(
        (await accountOf(otherAdvisor, other.emails.HR)).roles,
      ).not.toContain(Role.ADVISEUR);
      expect(
        errorCode(
          await callers.ADVISEUR.request(SET_ROLES, {
            membershipId: 'not-a-uuid',
            roles: [],
          }),
        ),
      ).toBe('BAD_USER_INPUT');
      expect(
        errorCode(
          await callers.ADVISEUR.request(SET_ROLES, {
            membershipId: randomUUID(),
            roles: ['KONING'],
          }),
        ),
      ).toBe('BAD_USER_INPUT');
    });
  });

  describe('passwords', () => {
    let organisation: TestOrganisation;

    beforeEach(async () => {
      organisation = await createOrganisation(testApp.dataSource, 'pw');
    });

    it('changes the password with the current one; other sessions end, this one stays', async () => {
      const { caller, email } = await addMember(
        testApp,
        organisation,
        'Wendy Wissel',
      );
      const elsewhere = new GraphqlCaller(testApp.url);
      await elsewhere.login(email);
      const wrong = await caller.request(CHANGE_PASSWORD, {
        input: {
          currentPassword: 'niet-het-wachtwoord',
          newPassword: NEW_PASSWORD,
        },
      });
      expect(errorReason(wrong)).toBe('WRONG_PASSWORD');
      expect(wrong.errors?.[0]?.extensions?.fields?.[0]?.field).toBe(
        'currentPassword',
      );
      const common = await caller.request(CHANGE_PASSWORD, {
        input: { currentPassword: TEST_PASSWORD, newPassword: 'qwerty123456' },
      });
      expect(errorReason(common)).toBe('PASSWORD_COMMON');
      expect(common.errors?.[0]?.extensions?.fields?.[0]?.field).toBe(
        'newPassword',
      );
      const personal = await caller.request(CHANGE_PASSWORD, {
        input: {
          currentPassword: TEST_PASSWORD,
          newPassword: 'Wendy-Wissel-2026!',
        },
      });
      expect(errorReason(personal)).toBe('PASSWORD_PERSONAL');
      const changed = await caller.request(CHANGE_PASSWORD, {
        input: { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD },
      });
      expect(changed.errors).toBeUndefined();
      expect((await viewerOf(caller)).data?.viewer?.organisation.id).toBe(
        organisation.id,
      );
      expect((await viewerOf(elsewhere)).data?.viewer).toBeNull();
      expect(errorCode(await new GraphqlCaller(testApp.url).login(email))).toBe(
        'UNAUTHENTICATED',
      );
      expect(
        (await new GraphqlCaller(testApp.url).login(email, NEW_PASSWORD))
          .errors,
      ).toBeUndefined();
    });

    it('resets a forgotten password by e-mail: same answer for unknown addresses, single use, every session ends', async () => {
      const { caller, email } = await addMember(
        testApp,
        organisation,
        'Rik Reset',
      );
      const before = mailing.smtp.received.length;
      const anonymous = new GraphqlCaller(testApp.url);
      const unknown = await anonymous.request(REQUEST_RESET, {
        email: `niemand-${randomUUID().slice(0, 6)}@nergens.test`,
      });
      const known = await anonymous.request(REQUEST_RESET, { email });
      expect(unknown).toEqual(known);
      expect(known.data).toEqual({ requestPasswordReset: true });
      const mail = await eventually(() =>
        mailing.smtp.received.slice(before).find((m) => m.to.includes(email)),
      );
      const link = /\/reset-password\/([A-Za-z0-9_-]+)/.exec(mailText(mail));
      const token = link?.[1] ?? '';
      expect(token.length).toBeGreaterThan(20);
      // Only the hash is stored.
      const stored = await testApp.dataSource.query(
        `SELECT count(*)::int AS count FROM password_reset_token WHERE token_hash = $1`,
        [token],
      );
      expect(stored[0].count).toBe(0);
      const weak = await anonymous.request(RESET, {
        input: { token, newPassword: 'kort' },
      });
      expect(errorReason(weak)).toBe('PASSWORD_TOO_SHORT');
      const reset = await anonymous.request(RESET, {
        input: { token, newPassword: NEW_PASSWORD },
      });
      expect(reset.errors).toBeUndefined();
      expect((await viewerOf(caller)).data?.viewer).toBeNull();
      const reused = await anonymous.request(RESET, {
        input: { token, newPassword: 'nog een ander lang wachtwoord' },
      });
      expect(errorReason(reused)).toBe('RESET_LINK_USED');
      expect(
        (await new GraphqlCaller(testApp.url).login(email, NEW_PASSWORD))
          .errors,
      ).toBeUndefined();
      // Nothing arrived for the unknown address.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(
        mailing.smtp.received
          .slice(before)
          .filter((m) => !m.to.includes(email)),
      ).toEqual([]);
    });

    it('refuses an expired reset link and an invented one', async () => {
      const { email } = await addMember(testApp, organisation, 'Eva Verlopen');
      const before = mailing.smtp.received.length;
      await new GraphqlCaller(testApp.url).request(REQUEST_RESET, { email });
      const mail = await eventually(() =>
        mailing.smtp.received.slice(before).find((m) => m.to.includes(email)),
      );
      const token = /\/reset-password\/([A-Za-z0-9_-]+)/.exec(
        mailText(mail),
      )?.[1];
      await testApp.dataSource.query(
        `UPDATE password_reset_token SET expires_at = now() - interval '1 minute'
          WHERE user_id = (SELECT id FROM user_account WHERE email = $1)`,
        [email],
      );
      const anonymous = new GraphqlCaller(testApp.url);
      expect(
        errorReason(
          await anonymous.request(RESET, {
            input: { token, newPassword: NEW_PASSWORD },
          }),
        ),
      ).toBe('RESET_LINK_EXPIRED');
      expect(
        errorReason(
          await anonymous.request(RESET, {
            input: { token: 'x'.repeat(43), newPassword: NEW_PASSWORD },
          }),
        ),
      ).toBe('RESET_LINK_INVALID');
    });

    it('limits reset requests per client address', async () => {
      const anonymous = new GraphqlCaller(testApp.url);
      const answers = [];
      for (let i = 0; i < 11; i += 1)
        answers.push(
          errorCode(
            await anonymous.request(REQUEST_RESET, {
              email: `x${i}@nergens.test`,
            }),
          ),
        );
      expect(answers.slice(0, 10)).toEqual(Array(10).fill(undefined));
      expect(answers[10]).toBe('TOO_MANY_REQUESTS');
    });

    it('answers malformed addresses like unknown ones, and unstorable text as bad input, never with a server error', async () => {
      const anonymous = new GraphqlCaller(testApp.url);
      for (const email of ['x'.repeat(5000), '', 'geen adres', '@@'])
        expect(
          (await anonymous.request(REQUEST_RESET, { email })).data,
        ).toEqual({ requestPasswordReset: true });
      // No address can hold these, so refusing them tells nothing about anyone.
      for (const email of ['a\u0000b@c.nl', '\ud800@x.nl'])
        expect(
          errorReason(await anonymous.request(REQUEST_RESET, { email })),
        ).toBe('UNSUPPORTED_CHARACTERS');
    });
  });

  describe('sessions', () => {
    it('lists my sessions, ends the others, and ends a session left idle longer than the organisation allows', async () => {
      const organisation = await createOrganisation(
        testApp.dataSource,
        'sessions',
      );
      const { caller, email, userId } = await addMember(
        testApp,
        organisation,
        'Sam Sessie',
      );
      const phone = new GraphqlCaller(testApp.url);
      await phone.login(email);
      const listed = await caller.request<{
        mySessions: {
          id: string;
          current: boolean;
          organisationName: string;
          signInMethod: string;
        }[];
      }>(MY_SESSIONS);
      expect(listed.data?.mySessions).toHaveLength(2);
      expect(listed.data?.mySessions.filter((s) => s.current)).toHaveLength(1);
      expect(listed.data?.mySessions[0]?.organisationName).toBe(
        organisation.name,
      );
      expect(listed.data?.mySessions[0]?.signInMethod).toBe('PASSWORD');
      const ended = await caller.request<{ endOtherSessions: number }>(
        `mutation { endOtherSessions }`,
      );
      expect(ended.data?.endOtherSessions).toBe(1);
      expect((await viewerOf(phone)).data?.viewer).toBeNull();
      expect((await viewerOf(caller)).data?.viewer).not.toBeNull();
      // Someone else's session cannot be ended through its id.
      const stranger = await addMember(testApp, organisation, 'Stan Vreemd');
      const [own] =
        (await caller.request<{ mySessions: { id: string }[] }>(MY_SESSIONS))
          .data?.mySessions ?? [];
      expect(
        errorCode(
          await stranger.caller.request(
            `mutation E($id: ID!) { endSession(id: $id) }`,
            { id: own?.id },
          ),
        ),
      ).toBe('NOT_FOUND');
      // Idle: the organisation allows 5 minutes; this session was last used 10 minutes ago.
      await testApp.dataSource
        .getRepository(Organisation)
        .update({ id: organisation.id }, { idleTimeoutMinutes: 5 });
      await testApp.dataSource.query(
        `UPDATE session SET last_used_at = now() - interval '10 minutes' WHERE user_id = $1`,
        [userId],
      );
      expect((await viewerOf(caller)).data?.viewer).toBeNull();
    });
  });

  describe('personal data', () => {
    it("exports the account's history and sessions with the person's other data", async () => {
      const organisation = await createOrganisation(testApp.dataSource, 'pd');
      const { caller } = await addMember(
        testApp,
        organisation,
        'Petra Privacy',
      );
      const exported = await caller.request<{ myPersonalData: string }>(
        '{ myPersonalData }',
      );
      const document = JSON.parse(exported.data?.myPersonalData ?? '{}');
      expect(document.accountHistory).toMatchObject({
        activatedAt: expect.any(String),
        lastSignInAt: expect.any(String),
      });
      expect(document.sessions).toHaveLength(1);
      expect(document.sessions[0]).toMatchObject({ signInMethod: 'PASSWORD' });
      expect(document.accountInvitations).toEqual([]);
    });
  });

  describe('a person in two organisations', () => {
    it('switches between them without signing in again; each request acts in exactly one', async () => {
      const first = await createOrganisation(testApp.dataSource, 'twee-a');
      const second = await createOrganisation(testApp.dataSource, 'twee-b');
      const advisorOfFirst = await testApp.dataSource
        .getRepository(Membership)
        .query(`SELECT u.id FROM user_account u WHERE u.email = $1`, [
          first.emails.ADVISEUR,
        ]);
      // The first organisation's advisor is an employee (no role) in the second.
      await testApp.dataSource.getRepository(Membership).save({
        organisationId: second.id,
        userId: advisorOfFirst[0].id,
        roles: [Role.MEDEWERKER],
      });
      const caller = new GraphqlCaller(testApp.url);
      await caller.login(first.emails.ADVISEUR);
      const viewer = await viewerOf(caller);
      expect(
        viewer.data?.viewer?.organisations.map((o) => o.id).sort(),
      ).toEqual([first.id, second.id].sort());
      expect(viewer.data?.viewer?.organisation.id).toBe(first.id);
      expect(errorCode(await caller.request(ACCOUNTS))).toBeUndefined();

      const switched = await caller.request<{
        switchOrganisation: { organisation: { id: string }; roles: Role[] };
      }>(
        `mutation S($id: ID!) { switchOrganisation(organisationId: $id) { organisation { id } roles } }`,
        { id: second.id },
      );
      expect(switched.data?.switchOrganisation.organisation.id).toBe(second.id);
      expect(switched.data?.switchOrganisation.roles).toEqual([
        Role.MEDEWERKER,
      ]);
      // In the second organisation the advisor role of the first does not count.
      expect(errorCode(await caller.request(ACCOUNTS))).toBe('FORBIDDEN');
      expect((await viewerOf(caller)).data?.viewer?.organisation.id).toBe(
        second.id,
      );

      // An organisation the person is not in: as if it did not exist.
      const stranger = await createOrganisation(testApp.dataSource, 'twee-c');
      expect(
        errorCode(
          await caller.request(
            `mutation S($id: ID!) { switchOrganisation(organisationId: $id) { userId } }`,
            { id: stranger.id },
          ),
        ),
      ).toBe('NOT_FOUND');

      // Back to the first; then the second signs in only through its identity provider.
      await caller.request(
        `mutation S($id: ID!) { switchOrganisation(organisationId: $id) { userId } }`,
        { id: first.id },
      );
      await testApp.dataSource
        .getRepository(Organisation)
        .update({ id: second.id }, { passwordLoginAllowed: false });
      const refused = await caller.request(
        `mutation S($id: ID!) { switchOrganisation(organisationId: $id) { userId } }`,
        { id: second.id },
      );
      expect(errorReason(refused)).toBe('SIGN_IN_AGAIN');
      expect(
        (await viewerOf(caller)).data?.viewer?.organisations.map((o) => o.id),
      ).toEqual([first.id]);
    });
  });

  describe('hostile text', () => {
    it('refuses NUL characters and lone surrogates in any argument as bad input, never a server error', async () => {
      const organisation = await createOrganisation(
        testApp.dataSource,
        'hostile',
      );
      const callers = await callersFor(testApp.url, organisation);
      const update = `mutation U($input: OrganisationSettingsInput!) {
        updateOrganisationSettings(input: $input) { name }
      }`;
      for (const name of ['Zorg\u0000groep', 'Zorg\ud800groep']) {
        const response = await callers.ADVISEUR.request(update, {
          input: {
            name,
            emailDomains: [],
            passwordLoginAllowed: true,
            idleTimeoutMinutes: 60,
          },
        });
        expect(errorCode(response)).toBe('BAD_USER_INPUT');
        expect(errorReason(response)).toBe('UNSUPPORTED_CHARACTERS');
        expect(response.errors?.[0]?.extensions?.fields?.[0]?.field).toBe(
          'input.name',
        );
      }
      const login = await new GraphqlCaller(testApp.url).request(
        'mutation L($input: LoginInput!) { login(input: $input) { userId } }',
        { input: { email: '\ud800@x.nl', password: 'x' } },
      );
      expect(errorCode(login)).toBe('BAD_USER_INPUT');
      const search = await callers.ADVISEUR.request(ACCOUNTS, {
        filter: { search: 'a\u0000' },
      });
      expect(errorCode(search)).toBe('BAD_USER_INPUT');
    });
  });

  describe('organisation settings', () => {
    it('are read and changed by the advisor, checked and audited; password login stays on without single sign-on', async () => {
      const organisation = await createOrganisation(
        testApp.dataSource,
        'settings',
      );
      const callers = await callersFor(testApp.url, organisation);
      const update = `mutation U($input: OrganisationSettingsInput!) {
        updateOrganisationSettings(input: $input) { name emailDomains passwordLoginAllowed idleTimeoutMinutes }
      }`;
      const domain = `zorggroep-${randomUUID().slice(0, 8)}.nl`;
      const input = {
        name: 'Zorggroep Noord',
        emailDomains: [domain.toUpperCase(), domain],
        passwordLoginAllowed: true,
        idleTimeoutMinutes: 30,
      };
      const saved = await callers.ADVISEUR.request<{
        updateOrganisationSettings: typeof input;
      }>(update, { input });
      expect(saved.data?.updateOrganisationSettings).toEqual({
        ...input,
        emailDomains: [domain],
      });
      expect(
        errorReason(
          await callers.ADVISEUR.request(update, {
            input: { ...input, emailDomains: ['niet een domein'] },
          }),
        ),
      ).toBe('INVALID_DOMAIN');
      // Another organisation cannot claim the same domain (nor this one take another's).
      const other = await createOrganisation(testApp.dataSource, 'settings-b');
      const otherAdvisor = (await callersFor(testApp.url, other)).ADVISEUR;
      const claimed = await otherAdvisor.request(update, {
        input: { ...input, name: 'Andere organisatie' },
      });
      expect(errorReason(claimed)).toBe('DOMAIN_TAKEN');
      expect(
        (
          await otherAdvisor.request<{
            organisationSettings: { emailDomains: string[] };
          }>('{ organisationSettings { emailDomains } }')
        ).data?.organisationSettings.emailDomains,
      ).toEqual([]);
      expect(
        errorReason(
          await callers.ADVISEUR.request(update, {
            input: { ...input, passwordLoginAllowed: false },
          }),
        ),
      ).toBe('SINGLE_SIGN_ON_NOT_READY');
      expect(
        errorCode(
          await callers.ADVISEUR.request(update, {
            input: { ...input, idleTimeoutMinutes: 0 },
          }),
        ),
      ).toBe('BAD_USER_INPUT');
      expect(errorCode(await callers.HR.request(update, { input }))).toBe(
        'FORBIDDEN',
      );
      const audit = await callers.ADVISEUR.request<{
        auditLog: { action: string }[];
      }>(`query A($id: ID) { auditLog(entityId: $id) { action } }`, {
        id: organisation.id,
      });
      expect(audit.data?.auditLog.map((e) => e.action)).toContain(
        'organisation.settings-changed',
      );
    });
  });
});
