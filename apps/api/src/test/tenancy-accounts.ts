import { errorCode, errorReason, GraphqlCaller } from './test-app';

/** What organisation B has in the accounts context, for A to aim at. */
export interface AccountWorld {
  organisationId: string;
  organisationName: string;
  /** B's HR account, which A tries to change. */
  hrMembershipId: string;
  hrEmail: string;
  /** A session of B's advisor, which A tries to end. */
  advisorSessionId: string;
}

export async function accountWorld(
  bAdvisor: GraphqlCaller,
  bHrEmail: string,
): Promise<AccountWorld> {
  const viewer = await bAdvisor.request<{
    viewer: { organisation: { id: string; name: string } };
  }>('{ viewer { organisation { id name } } }');
  const accounts = await bAdvisor.request<{
    accounts: { items: { membershipId: string; email: string }[] };
  }>(
    'query($s: String) { accounts(filter: { search: $s }) { items { membershipId email } } }',
    {
      s: bHrEmail,
    },
  );
  const sessions = await bAdvisor.request<{
    mySessions: { id: string; current: boolean }[];
  }>('{ mySessions { id current } }');
  return {
    organisationId: viewer.data!.viewer.organisation.id,
    organisationName: viewer.data!.viewer.organisation.name,
    hrMembershipId: accounts.data!.accounts.items[0]!.membershipId,
    hrEmail: bHrEmail,
    advisorSessionId: sessions.data!.mySessions.find((s) => s.current)!.id,
  };
}

/** A's advisor aims every accounts operation at B. */
export function accountTenancyAttempts(
  a: () => GraphqlCaller,
  b: () => AccountWorld,
): Record<string, () => Promise<void>> {
  return {
    'Query.accounts': async () => {
      const all = await a().request<{
        accounts: { total: number; items: { email: string }[] };
      }>('{ accounts(page: { limit: 100 }) { total items { email } } }');
      expect(all.data?.accounts.items.map((i) => i.email)).not.toContain(
        b().hrEmail,
      );
      const searched = await a().request<{ accounts: { total: number } }>(
        'query($s: String) { accounts(filter: { search: $s }) { total } }',
        { s: b().hrEmail },
      );
      expect(searched.data?.accounts.total).toBe(0);
    },
    'Mutation.setAccountRoles': async () => {
      const response = await a().request(
        'mutation($m: ID!) { setAccountRoles(membershipId: $m, roles: [ADVISEUR]) { status } }',
        { m: b().hrMembershipId },
      );
      expect(errorCode(response)).toBe('NOT_FOUND');
    },
    'Mutation.blockAccount': async () => {
      const response = await a().request(
        'mutation($m: ID!) { blockAccount(membershipId: $m) { status } }',
        { m: b().hrMembershipId },
      );
      expect(errorCode(response)).toBe('NOT_FOUND');
    },
    'Mutation.unblockAccount': async () => {
      const response = await a().request(
        'mutation($m: ID!) { unblockAccount(membershipId: $m) { status } }',
        { m: b().hrMembershipId },
      );
      expect(errorCode(response)).toBe('NOT_FOUND');
    },
    'Query.organisationSettings': async () => {
      const response = await a().request<{
        organisationSettings: { name: string };
      }>('{ organisationSettings { name } }');
      expect(response.data?.organisationSettings.name).not.toBe(
        b().organisationName,
      );
    },
    'Mutation.updateOrganisationSettings': async () => {
      // The organisation is the caller's: A can only change its own (B's name is checked at the end).
      const own = await a().request<{ organisationSettings: { name: string } }>(
        '{ organisationSettings { name } }',
      );
      const response = await a().request<{
        updateOrganisationSettings: { name: string };
      }>(
        'mutation($n: String!) { updateOrganisationSettings(input: { name: $n, emailDomains: [], passwordLoginAllowed: true, idleTimeoutMinutes: 120 }) { name } }',
        { n: own.data!.organisationSettings.name },
      );
      expect(response.data?.updateOrganisationSettings.name).toBe(
        own.data!.organisationSettings.name,
      );
    },
    'Query.searchPeople': async () => {
      // B's HR is called "HR …" like A's: A finds only its own, never B's address.
      const response = await a().request<{
        searchPeople: { email: string }[];
      }>('{ searchPeople(input: { query: "HR", limit: 20 }) { email } }');
      expect(response.data).toBeDefined();
      expect(response.data!.searchPeople.map((p) => p.email)).not.toContain(
        b().hrEmail,
      );
    },
    'Mutation.switchOrganisation': async () => {
      const response = await a().request(
        'mutation($o: ID!) { switchOrganisation(organisationId: $o) { userId } }',
        { o: b().organisationId },
      );
      expect(errorCode(response)).toBe('NOT_FOUND');
    },
    'Query.mySessions': async () => {
      const response = await a().request<{
        mySessions: { id: string; organisationName: string }[];
      }>('{ mySessions { id organisationName } }');
      expect(response.data?.mySessions.map((s) => s.id)).not.toContain(
        b().advisorSessionId,
      );
      expect(
        response.data?.mySessions.map((s) => s.organisationName),
      ).not.toContain(b().organisationName);
    },
    'Mutation.endSession': async () => {
      const response = await a().request(
        'mutation($id: ID!) { endSession(id: $id) }',
        { id: b().advisorSessionId },
      );
      expect(errorCode(response)).toBe('NOT_FOUND');
    },
    'Mutation.endOtherSessions': async () => {
      // Ends only the caller's own other sessions (B's advisor is checked to be signed in at the end).
      const response = await a().request<{ endOtherSessions: number }>(
        'mutation { endOtherSessions }',
      );
      expect(response.data?.endOtherSessions).toBe(0);
    },
    'Mutation.changePassword': async () => {
      // Only one's own password, and only with it: nothing of B to aim at.
      const response = await a().request(
        'mutation { changePassword(input: { currentPassword: "geraden", newPassword: "paarse olifant fietst langzaam" }) }',
      );
      expect(errorReason(response)).toBe('WRONG_PASSWORD');
    },
    'Mutation.requestPasswordReset': async () => {
      const response = await a().request<{ requestPasswordReset: boolean }>(
        'mutation($e: String!) { requestPasswordReset(email: $e) }',
        { e: b().hrEmail },
      );
      // The link goes to B's HR person's own mailbox only; the answer says nothing.
      expect(response.data?.requestPasswordReset).toBe(true);
    },
    'Mutation.resetPassword': async () => {
      const response = await a().request(
        'mutation { resetPassword(input: { token: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", newPassword: "paarse olifant fietst langzaam" }) }',
      );
      expect(errorReason(response)).toBe('RESET_LINK_INVALID');
    },
  };
}

/** B's accounts as they were: HR still HR only, active, B's settings untouched, B's advisor still signed in. */
export async function expectAccountWorldIntact(
  bAdvisor: GraphqlCaller,
  world: AccountWorld,
): Promise<void> {
  const accounts = await bAdvisor.request<{
    accounts: { items: { roles: string[]; status: string }[] };
  }>(
    'query($s: String) { accounts(filter: { search: $s }) { items { roles status } } }',
    {
      s: world.hrEmail,
    },
  );
  expect(accounts.data?.accounts.items).toEqual([
    { roles: ['HR', 'MEDEWERKER'], status: 'ACTIVE' },
  ]);
  const settings = await bAdvisor.request<{
    organisationSettings: { name: string };
  }>('{ organisationSettings { name } }');
  expect(settings.data?.organisationSettings.name).toBe(world.organisationName);
}
