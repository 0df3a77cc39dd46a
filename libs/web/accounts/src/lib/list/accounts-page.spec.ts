import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { Role } from '@inspraak/shared';
import { ApiError, I18nService, SessionService } from '@inspraak/web-core';
import { of, throwError } from 'rxjs';
import {
  AccountsApi,
  type Account,
  type AccountHistoryEntry,
} from '../data-access/accounts-api';
import {
  ACCOUNT_SEARCH_DEBOUNCE_MS,
  AccountsPageComponent,
} from './accounts-page';

const hr: Account = {
  membershipId: 'm-hr',
  employeeId: 'e-hr',
  displayName: 'Hanna de Vries',
  email: 'hr@demo.inspraak.nl',
  departmentName: 'Personeelszaken',
  roles: ['MEDEWERKER', 'HR'],
  status: 'ACTIVE',
  lastSignInAt: '2026-03-01T09:30:00Z',
  invitedAt: null,
};
const otherAdvisor: Account = {
  membershipId: 'm-adv2',
  employeeId: 'e-adv2',
  displayName: 'Bas Adviseur',
  email: 'bas@demo.inspraak.nl',
  departmentName: null,
  roles: ['ADVISEUR', 'MEDEWERKER'],
  status: 'ACTIVE',
  lastSignInAt: null,
  invitedAt: null,
};
const advisor: Account = {
  membershipId: 'm-adv',
  employeeId: 'e-adv',
  displayName: 'Ada Adviseur',
  email: 'adviseur@demo.inspraak.nl',
  departmentName: null,
  roles: ['ADVISEUR', 'MEDEWERKER'],
  status: 'ACTIVE',
  lastSignInAt: null,
  invitedAt: null,
};

async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await fixture.whenStable();
}

describe('AccountsPageComponent', () => {
  const api = {
    accounts: jest.fn(() =>
      of({ total: 3, items: [hr, advisor, otherAdvisor] }),
    ),
    setAccountRoles: jest.fn(),
    blockAccount: jest.fn(),
    unblockAccount: jest.fn(),
    accountHistory: jest.fn(() => of([] as AccountHistoryEntry[])),
  };
  let roles: Role[] = ['ADVISEUR', 'MEDEWERKER'];

  beforeEach(() => {
    localStorage.clear();
    jest.clearAllMocks();
    api.accounts.mockReturnValue(
      of({ total: 3, items: [hr, advisor, otherAdvisor] }),
    );
    roles = ['ADVISEUR', 'MEDEWERKER'];
    TestBed.configureTestingModule({
      providers: [
        { provide: AccountsApi, useValue: api },
        {
          provide: SessionService,
          useValue: {
            hasAnyRole: (wanted: readonly Role[]) =>
              wanted.some((r) => roles.includes(r)),
            viewer: () => ({ email: 'adviseur@demo.inspraak.nl' }),
          },
        },
      ],
    });
  });

  async function open(): Promise<{
    fixture: ComponentFixture<AccountsPageComponent>;
    el: HTMLElement;
  }> {
    const fixture = TestBed.createComponent(AccountsPageComponent);
    await settle(fixture);
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  function row(el: HTMLElement, email: string): HTMLElement {
    const found = el.querySelector<HTMLElement>(`tr[data-account="${email}"]`);
    if (!found) throw new Error(`no row for ${email}`);
    return found;
  }

  it('lists accounts with department, roles, status and last sign-in', async () => {
    const { el } = await open();
    expect(api.accounts).toHaveBeenCalledWith(
      { search: null, role: null, status: null },
      { offset: 0, limit: 25 },
    );
    const hrRow = row(el, 'hr@demo.inspraak.nl');
    expect(hrRow.textContent).toContain('Hanna de Vries');
    expect(hrRow.textContent).toContain('Personeelszaken');
    expect(hrRow.textContent).toContain('HR');
    expect(hrRow.textContent).toContain('Medewerker');
    expect(hrRow.textContent).toContain('Actief');
    expect(row(el, 'adviseur@demo.inspraak.nl').textContent).toContain(
      'Nog nooit',
    );
    expect(el.querySelector('.result-count')?.textContent?.trim()).toBe(
      '3 accounts gevonden',
    );
  });

  it('builds the filter from the search box (after a pause), the role and the status', async () => {
    const { fixture, el } = await open();
    const role = el.querySelector<HTMLSelectElement>('#account-role');
    const status = el.querySelector<HTMLSelectElement>('#account-status');
    const search = el.querySelector<HTMLInputElement>('#account-search');
    if (!role || !status || !search) throw new Error('filters missing');

    role.value = 'OR_LID';
    role.dispatchEvent(new Event('change'));
    status.value = 'BLOCKED';
    status.dispatchEvent(new Event('change'));
    search.value = '  hanna ';
    search.dispatchEvent(new Event('input'));
    await new Promise((resolve) =>
      setTimeout(resolve, ACCOUNT_SEARCH_DEBOUNCE_MS + 50),
    );
    await settle(fixture);

    expect(api.accounts).toHaveBeenLastCalledWith(
      { search: 'hanna', role: 'OR_LID', status: 'BLOCKED' },
      { offset: 0, limit: 25 },
    );
    // Each status of the contract can be chosen.
    expect(Array.from(status.options).map((o) => o.value)).toEqual([
      '',
      'INVITED',
      'ACTIVE',
      'BLOCKED',
      'LEFT',
    ]);
    expect(Array.from(status.options).map((o) => o.text.trim())).toEqual([
      'Alle statussen',
      'Uitgenodigd',
      'Actief',
      'Geblokkeerd',
      'Uit dienst',
    ]);
  });

  it('pages through the accounts and starts again at the first page when a filter changes', async () => {
    api.accounts.mockReturnValue(
      of({ total: 60, items: [hr, advisor, otherAdvisor] }),
    );
    const { fixture, el } = await open();
    expect(el.querySelector('isp-pager')?.textContent).toContain('1–3 van 60');
    const next = Array.from(
      el.querySelectorAll<HTMLButtonElement>('isp-pager button'),
    ).find((b) => b.textContent?.includes('Volgende'));
    next?.click();
    await settle(fixture);
    expect(api.accounts).toHaveBeenLastCalledWith(
      { search: null, role: null, status: null },
      { offset: 25, limit: 25 },
    );
    expect(el.querySelector('isp-pager')?.textContent).toContain(
      '26–28 van 60',
    );

    const status = el.querySelector<HTMLSelectElement>('#account-status');
    if (!status) throw new Error('no status filter');
    status.value = 'INVITED';
    status.dispatchEvent(new Event('change'));
    await settle(fixture);
    expect(api.accounts).toHaveBeenLastCalledWith(
      { search: null, role: null, status: 'INVITED' },
      { offset: 0, limit: 25 },
    );
  });

  it('edits roles: MEDEWERKER is always held, the ticked roles are sent and the list is loaded again', async () => {
    const updated: Account = { ...hr, roles: ['MEDEWERKER', 'HR', 'OR_LID'] };
    api.setAccountRoles.mockReturnValue(of(updated));
    const { fixture, el } = await open();
    api.accounts.mockReturnValue(
      of({ total: 3, items: [updated, advisor, otherAdvisor] }),
    );
    row(el, 'hr@demo.inspraak.nl')
      .querySelector<HTMLButtonElement>('#edit-m-hr')
      ?.click();
    await settle(fixture);

    const medewerker = el.querySelector<HTMLInputElement>('#role-MEDEWERKER');
    expect(medewerker?.checked).toBe(true);
    expect(medewerker?.disabled).toBe(true);
    expect(el.querySelector<HTMLInputElement>('#role-HR')?.checked).toBe(true);
    const orLid = el.querySelector<HTMLInputElement>('#role-OR_LID');
    if (!orLid) throw new Error('no OR_LID box');
    expect(orLid.checked).toBe(false);
    orLid.click();
    el.querySelector<HTMLFormElement>('#roles-heading + form')?.dispatchEvent(
      new Event('submit'),
    );
    await settle(fixture);

    expect(api.setAccountRoles).toHaveBeenCalledWith('m-hr', [
      'MEDEWERKER',
      'HR',
      'OR_LID',
    ]);
    expect(el.querySelector('#roles-heading')).toBeNull();
    expect(api.accounts).toHaveBeenCalledTimes(2);
    expect(row(el, 'hr@demo.inspraak.nl').textContent).toContain('OR-lid');
    expect(
      el.querySelector('[data-testid="accounts-message"]')?.textContent,
    ).toContain('De rollen van Hanna de Vries zijn opgeslagen.');
  });

  it('shows a clear message when the API refuses to remove the last advisor', async () => {
    api.setAccountRoles.mockReturnValue(
      throwError(
        () =>
          new ApiError(
            'CONFLICT',
            'Dit conflicteert met bestaande gegevens.',
            'LAST_ADVISOR',
          ),
      ),
    );
    const { fixture, el } = await open();
    el.querySelector<HTMLButtonElement>('#edit-m-adv')?.click();
    await settle(fixture);
    el.querySelector<HTMLInputElement>('#role-ADVISEUR')?.click();
    el.querySelector<HTMLFormElement>('#roles-heading + form')?.dispatchEvent(
      new Event('submit'),
    );
    await settle(fixture);

    expect(api.setAccountRoles).toHaveBeenCalledWith('m-adv', ['MEDEWERKER']);
    const error = el.querySelector('[data-testid="roles-error"]');
    expect(error?.getAttribute('role')).toBe('alert');
    expect(error?.textContent).toContain(
      'Dit is de laatste adviseur van de organisatie.',
    );
    // The form stays open to correct it.
    expect(el.querySelector('#roles-heading')).not.toBeNull();

    TestBed.inject(I18nService).setLanguage('en');
    el.querySelector<HTMLFormElement>('#roles-heading + form')?.dispatchEvent(
      new Event('submit'),
    );
    await settle(fixture);
    expect(
      el.querySelector('[data-testid="roles-error"]')?.textContent,
    ).toContain('This is the last advisor of the organisation.');
  });

  it('blocks only after the confirmation and reports a refusal', async () => {
    const blocked: Account = { ...hr, status: 'BLOCKED' };
    api.blockAccount.mockReturnValueOnce(of(blocked));
    const { fixture, el } = await open();
    api.accounts.mockReturnValue(
      of({ total: 3, items: [blocked, advisor, otherAdvisor] }),
    );
    el.querySelector<HTMLButtonElement>('#block-m-hr')?.click();
    await settle(fixture);
    const dialog = el.querySelector('dialog');
    expect(dialog?.hasAttribute('open')).toBe(true);
    expect(dialog?.textContent).toContain('Hanna de Vries kan dan niet meer');
    expect(api.blockAccount).not.toHaveBeenCalled();

    dialog?.querySelectorAll<HTMLButtonElement>('button')[1]?.click();
    await settle(fixture);
    expect(api.blockAccount).toHaveBeenCalledWith('m-hr');
    expect(row(el, 'hr@demo.inspraak.nl').textContent).toContain('Geblokkeerd');
    expect(
      row(el, 'hr@demo.inspraak.nl').querySelector('#block-m-hr')?.textContent,
    ).toContain('Deblokkeren');

    api.blockAccount.mockReturnValueOnce(
      throwError(() => new ApiError('CONFLICT', 'Conflict', 'LAST_ADVISOR')),
    );
    // One's own account has no block button; another advisor's has.
    expect(el.querySelector('#block-m-adv')).toBeNull();
    expect(el.querySelector('#edit-m-adv')).not.toBeNull();
    el.querySelector<HTMLButtonElement>('#block-m-adv2')?.click();
    await settle(fixture);
    el.querySelector('dialog')
      ?.querySelectorAll<HTMLButtonElement>('button')[1]
      ?.click();
    await settle(fixture);
    expect(
      el.querySelector('[data-testid="accounts-message"]')?.textContent,
    ).toContain('laatste adviseur');
  });

  it('shows the account history with role names', async () => {
    api.accountHistory.mockReturnValueOnce(
      of([
        {
          id: 'a1',
          action: 'account.roles-changed',
          actorEmail: 'adviseur@demo.inspraak.nl',
          at: '2026-03-02T10:00:00Z',
          changes: JSON.stringify({
            roles: [
              ['HR', 'MEDEWERKER'],
              ['HR', 'MEDEWERKER', 'OR_LID'],
            ],
          }),
        },
      ]),
    );
    const { fixture, el } = await open();
    el.querySelector<HTMLButtonElement>('#history-m-hr')?.click();
    await settle(fixture);
    expect(api.accountHistory).toHaveBeenCalledWith('m-hr');
    const history = el.querySelector('[data-testid="history"]');
    expect(history?.textContent).toContain('adviseur@demo.inspraak.nl');
    expect(history?.textContent).toContain('Rollen gewijzigd');
    expect(history?.textContent).toContain(
      'Rollen: HR, Medewerker → HR, Medewerker, OR-lid',
    );
    // It follows the language.
    TestBed.inject(I18nService).setLanguage('en');
    await settle(fixture);
    expect(history?.textContent).toContain('Roles changed');
    expect(history?.textContent).toContain(
      'Roles: HR, Employee → HR, Employee, Works council member',
    );
  });

  it('shows HR the list without the actions only an advisor may use', async () => {
    roles = ['HR', 'MEDEWERKER'];
    const { el } = await open();
    expect(row(el, 'hr@demo.inspraak.nl').textContent).toContain('Hanna');
    expect(el.querySelector('#edit-m-hr')).toBeNull();
    expect(el.querySelector('#block-m-hr')).toBeNull();
    expect(el.querySelector('#history-m-hr')).toBeNull();
    expect(el.textContent).toContain('Alleen een adviseur kan rollen wijzigen');
  });
});
