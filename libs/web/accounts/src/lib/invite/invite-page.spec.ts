import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { of } from 'rxjs';
import {
  AccountsApi,
  type Employee,
  type InvitationRun,
} from '../data-access/accounts-api';
import {
  INVITE_POLL_INTERVAL_MS,
  INVITE_SEARCH_DEBOUNCE_MS,
  InvitePageComponent,
  inviteInput,
} from './invite-page';

function employee(id: string, fullName: string): Employee {
  return {
    id,
    employeeNumber: id,
    firstName: fullName.split(' ')[0] ?? fullName,
    lastName: fullName.split(' ').slice(1).join(' '),
    fullName,
    email: `${id}@demo.nl`,
    departmentId: 'v',
    department: { id: 'v', name: 'Verpleging' },
    location: null,
    jobTitle: null,
    contractType: null,
    employmentStart: null,
    status: 'ACTIVE',
    leftOn: null,
    updatedAt: '2026-01-01T00:00:00Z',
  };
}

function run(overrides: Partial<InvitationRun>): InvitationRun {
  return {
    id: 'run-1',
    createdAt: '2026-03-01T10:00:00Z',
    invitationCount: 2,
    pending: 2,
    sent: 0,
    failed: 0,
    accepted: 0,
    revoked: 0,
    ...overrides,
  };
}

async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await fixture.whenStable();
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('inviteInput', () => {
  it('builds the input of each mode', () => {
    expect(inviteInput('PEOPLE', ['a', 'b'], 'd', true)).toEqual({
      employeeIds: ['a', 'b'],
    });
    expect(inviteInput('DEPARTMENT', ['a'], 'd', false)).toEqual({
      departmentIds: ['d'],
      includeSubDepartments: false,
    });
    expect(inviteInput('EVERYONE', ['a'], 'd', true)).toEqual({
      everyoneWithoutAccount: true,
    });
  });
});

describe('InvitePageComponent', () => {
  const api = {
    employees: jest.fn(),
    departments: jest.fn(),
    inviteEmployees: jest.fn(),
    invitationRun: jest.fn(),
    invitationRuns: jest.fn(),
  };

  beforeEach(() => {
    localStorage.clear();
    jest.clearAllMocks();
    api.employees.mockReturnValue(
      of({
        total: 40,
        offset: 0,
        limit: 10,
        items: [employee('e1', 'Fatima el Amrani'), employee('e2', 'Bram Bos')],
      }),
    );
    api.departments.mockReturnValue(
      of([
        { id: 'z', name: 'Zorg', parentId: null, activeEmployeeCount: 3 },
        { id: 'v', name: 'Verpleging', parentId: 'z', activeEmployeeCount: 2 },
      ]),
    );
    api.invitationRuns.mockReturnValue(of([]));
    TestBed.configureTestingModule({
      providers: [{ provide: AccountsApi, useValue: api }],
    });
  });

  async function open() {
    const fixture = TestBed.createComponent(InvitePageComponent);
    await settle(fixture);
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  function submit(el: HTMLElement): void {
    el.querySelector('form')?.dispatchEvent(new Event('submit'));
  }

  it('invites a selection found in the directory and follows the progress until nothing is pending', async () => {
    api.inviteEmployees.mockReturnValue(of(run({})));
    api.invitationRun
      .mockReturnValueOnce(of(run({ pending: 1, sent: 1 })))
      .mockReturnValue(of(run({ pending: 0, sent: 2 })));
    const { fixture, el } = await open();

    // Nobody chosen yet: refused before asking the API.
    submit(el);
    await settle(fixture);
    expect(el.querySelector('#invite-form-error')?.textContent).toContain(
      'Kies minstens één persoon.',
    );
    expect(api.inviteEmployees).not.toHaveBeenCalled();

    const search = el.querySelector<HTMLInputElement>('#invite-search');
    if (!search) throw new Error('no search box');
    search.value = 'fa';
    search.dispatchEvent(new Event('input'));
    await wait(INVITE_SEARCH_DEBOUNCE_MS + 50);
    await settle(fixture);
    expect(api.employees).toHaveBeenCalledWith('fa', { offset: 0, limit: 10 });
    // Of more than ten found, the first ten are shown with a hint to narrow down.
    expect(el.querySelector('.results')?.textContent).toContain(
      'De eerste 2 van 40; zoek preciezer',
    );
    el.querySelector<HTMLInputElement>('#candidate-e1')?.click();
    el.querySelector<HTMLInputElement>('#candidate-e2')?.click();
    await settle(fixture);
    expect(el.querySelector('[data-testid="chosen"]')?.textContent).toContain(
      'Fatima el Amrani',
    );

    submit(el);
    await settle(fixture);
    expect(api.inviteEmployees).toHaveBeenCalledWith({
      employeeIds: ['e1', 'e2'],
    });
    const count = (name: string) =>
      el.querySelector(`[data-testid="count-${name}"]`)?.textContent?.trim();
    expect(count('total')).toBe('2');
    expect(count('pending')).toBe('2');
    const bar = el.querySelector('[role="progressbar"]');
    expect(bar?.getAttribute('aria-valuenow')).toBe('0');
    expect(bar?.getAttribute('aria-valuetext')).toBe('0 van 2 verwerkt');

    await wait(INVITE_POLL_INTERVAL_MS + 100);
    await settle(fixture);
    expect(api.invitationRun).toHaveBeenCalledWith('run-1');
    expect(count('sent')).toBe('1');
    expect(bar?.getAttribute('aria-valuenow')).toBe('50');

    await wait(INVITE_POLL_INTERVAL_MS + 100);
    await settle(fixture);
    expect(count('sent')).toBe('2');
    expect(count('pending')).toBe('0');
    expect(bar?.getAttribute('aria-valuenow')).toBe('100');
    expect(
      el.querySelector('[data-testid="invitation-progress"]')?.textContent,
    ).toContain('Alle uitnodigingen zijn verwerkt.');

    // Nothing pending any more: polling has stopped.
    const polls = api.invitationRun.mock.calls.length;
    await wait(INVITE_POLL_INTERVAL_MS + 100);
    expect(api.invitationRun.mock.calls.length).toBe(polls);
    fixture.destroy();
  });

  it('invites a department with or without the departments below it', async () => {
    api.inviteEmployees.mockReturnValue(
      of(run({ pending: 0, sent: 0, invitationCount: 0 })),
    );
    const { fixture, el } = await open();
    el.querySelector<HTMLInputElement>('#mode-department')?.click();
    await settle(fixture);

    submit(el);
    await settle(fixture);
    expect(el.querySelector('#invite-form-error')?.textContent).toContain(
      'Kies een afdeling.',
    );

    const zorg = Array.from(
      el.querySelectorAll<HTMLElement>('[role="treeitem"]'),
    ).find((item) => item.dataset['nodeId'] === 'z');
    zorg?.click();
    await settle(fixture);
    expect(el.querySelector('.chosen-department')?.textContent).toContain(
      'Zorg',
    );
    el.querySelector<HTMLInputElement>('#invite-include-sub')?.click();
    submit(el);
    await settle(fixture);
    expect(api.inviteEmployees).toHaveBeenCalledWith({
      departmentIds: ['z'],
      includeSubDepartments: false,
    });
    // Nobody left to invite is said plainly.
    expect(
      el.querySelector('[data-testid="invitation-progress"]')?.textContent,
    ).toContain('Er was niemand om uit te nodigen');
    expect(api.invitationRun).not.toHaveBeenCalled();
  });

  it('invites everyone without an account', async () => {
    api.inviteEmployees.mockReturnValue(
      of(run({ invitationCount: 150, pending: 0, sent: 149, failed: 1 })),
    );
    const { fixture, el } = await open();
    el.querySelector<HTMLInputElement>('#mode-everyone')?.click();
    await settle(fixture);
    submit(el);
    await settle(fixture);
    expect(api.inviteEmployees).toHaveBeenCalledWith({
      everyoneWithoutAccount: true,
    });
    expect(
      el.querySelector('[data-testid="count-failed"]')?.textContent?.trim(),
    ).toBe('1');
  });

  it('lists earlier runs and opens one', async () => {
    api.invitationRuns.mockReturnValue(
      of([run({ id: 'old', pending: 0, sent: 5, invitationCount: 5 })]),
    );
    const { fixture, el } = await open();
    const table = el.querySelector('.recent table');
    expect(table?.textContent).toContain('5');
    table?.querySelector<HTMLButtonElement>('button')?.click();
    await settle(fixture);
    expect(
      el.querySelector('[data-testid="count-sent"]')?.textContent?.trim(),
    ).toBe('5');
  });
});
