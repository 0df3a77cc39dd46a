import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { NotificationsApi, type AppNotification } from '@inspraak/web-core';
import { of } from 'rxjs';
import { NotificationsPage } from './notifications-page';

function notice(overrides: Partial<AppNotification>): AppNotification {
  return {
    id: 'n1',
    kind: 'action.due_soon',
    titleNl: 'Afspraak bijna op de deadline (15 juni 2026)',
    titleEn: 'Action due soon (15 June 2026)',
    bodyNl:
      'Je afspraak "Roosterdata aanleveren" moet uiterlijk 15 juni 2026 af zijn.',
    bodyEn: 'Your action is due on 15 June 2026.',
    link: '/my-participation',
    readAt: null,
    createdAt: '2026-06-13T08:00:00.000Z',
    ...overrides,
  };
}

describe('NotificationsPage', () => {
  const api = {
    unreadCount: signal<number | null>(1),
    myNotifications: jest.fn((offset: number) =>
      of(
        offset === 0
          ? [
              notice({}),
              notice({
                id: 'n2',
                kind: 'workgroup.declined',
                titleNl: 'Niet gekozen voor Werkgroep vervoer',
                bodyNl: 'Dank voor je aanmelding.',
                link: null,
                readAt: '2026-06-12T08:00:00.000Z',
              }),
            ]
          : [],
      ),
    ),
    refreshUnreadCount: jest.fn(() => of(1)),
    markRead: jest.fn(() => of(true)),
    markAllRead: jest.fn(() => of(1)),
    preferences: jest.fn(() =>
      of({
        digest: 'DAILY' as const,
        language: 'nl',
        categories: [
          {
            category: 'ACTION' as const,
            mode: 'DIGEST' as const,
            locked: false,
          },
          {
            category: 'LEGAL_DEADLINE' as const,
            mode: 'IMMEDIATE' as const,
            locked: true,
          },
        ],
      }),
    ),
    savePreferences: jest.fn((input: { digest: string; language: string }) =>
      of({ ...input, categories: [] }),
    ),
  };

  beforeEach(() => {
    localStorage.clear();
    jest.clearAllMocks();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '**', children: [] }]),
        { provide: NotificationsApi, useValue: api },
      ],
    });
  });

  async function setup() {
    const fixture = TestBed.createComponent(NotificationsPage);
    await fixture.whenStable();
    return {
      el: fixture.nativeElement as HTMLElement,
      stable: () => fixture.whenStable(),
    };
  }
  const text = (el: Element | null | undefined) =>
    (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const button = (el: HTMLElement, label: string) =>
    Array.from(el.querySelectorAll('button')).find(
      (b) => text(b) === label,
    ) as HTMLButtonElement;

  it('lists my notifications, newest first, linking where they point', async () => {
    const { el } = await setup();
    const notices = Array.from(el.querySelectorAll('li.notice'));
    expect(
      notices.map((n) => text(n.querySelector('.notice-title a, strong'))),
    ).toEqual([
      'Afspraak bijna op de deadline (15 juni 2026)',
      'Niet gekozen voor Werkgroep vervoer',
    ]);
    expect(text(notices[0]?.querySelector('.new-label'))).toBe('Nieuw');
    expect(notices[0]?.querySelector('a')?.getAttribute('href')).toBe(
      '/my-participation',
    );
    expect(notices[1]?.querySelector('.new-label')).toBeNull();
    expect(notices[1]?.querySelector('a')).toBeNull();
  });

  it('marks all read and says so', async () => {
    const { el, stable } = await setup();
    button(el, 'Alles als gelezen markeren').click();
    await stable();
    expect(api.markAllRead).toHaveBeenCalled();
    expect(el.querySelector('li.notice.unread')).toBeNull();
    expect(text(el.querySelector('[role="status"]'))).toBe(
      'Alle meldingen zijn als gelezen gemarkeerd.',
    );
  });

  it('marks one read, by its button or by following its link', async () => {
    const { el, stable } = await setup();
    (el.querySelector('li.notice.unread a') as HTMLAnchorElement).click();
    await stable();
    expect(api.markRead).toHaveBeenCalledWith(['n1']);
    button(el, 'Gelezen').click();
    await stable();
    expect(el.querySelector('li.notice.unread')).toBeNull();
  });

  it('saves the mail preferences without the legal deadlines, which stay immediate', async () => {
    const { el, stable } = await setup();
    const weekly = el.querySelector(
      'input[value="WEEKLY"]',
    ) as HTMLInputElement;
    weekly.click();
    const legal = el.querySelector('#mode-LEGAL_DEADLINE') as HTMLSelectElement;
    expect(legal.disabled).toBe(true);
    button(el, 'Voorkeuren opslaan').click();
    await stable();
    expect(api.savePreferences).toHaveBeenCalledWith({
      digest: 'WEEKLY',
      language: 'nl',
      categories: [{ category: 'ACTION', mode: 'DIGEST' }],
    });
    expect(text(el.querySelector('[role="status"]'))).toBe(
      'Je voorkeuren zijn opgeslagen.',
    );
  });
});
