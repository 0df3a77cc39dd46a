import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { NotificationsApi, SessionService } from '@inspraak/web-core';
import { of } from 'rxjs';
import { NotificationBell } from './notification-bell';

describe('NotificationBell', () => {
  const unread = signal<number | null>(null);
  const api = {
    unreadCount: unread,
    refreshUnreadCount: jest.fn(() => {
      unread.set(2);
      return of(2);
    }),
    myNotifications: jest.fn(() =>
      of([
        {
          id: 'n1',
          kind: 'action.assigned',
          titleNl: 'Nieuwe afspraak voor jou (uiterlijk 9 december 2026)',
          titleEn: 'New action for you (due 9 December 2026)',
          bodyNl: 'Roosters verzamelen',
          bodyEn: 'Roosters verzamelen',
          link: '/my-participation',
          readAt: null,
          createdAt: '2026-12-07T08:00:00.000Z',
        },
      ]),
    ),
    markRead: jest.fn(() => of(true)),
    markAllRead: jest.fn(() => {
      unread.set(0);
      return of(2);
    }),
  };

  async function setup() {
    localStorage.clear();
    jest.clearAllMocks();
    unread.set(null);
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '**', children: [] }]),
        { provide: NotificationsApi, useValue: api },
        {
          provide: SessionService,
          useValue: { viewer: signal({ userId: 'u1' }) },
        },
      ],
    });
    const fixture = TestBed.createComponent(NotificationBell);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    document.body.appendChild(el);
    return { fixture, el, bell: el.querySelector('#notification-bell')! };
  }

  it('names the button with the unread count and opens a panel with the newest notifications', async () => {
    const { fixture, el, bell } = await setup();
    expect(bell.getAttribute('aria-label')).toBe('Meldingen, 2 ongelezen');
    expect(bell.getAttribute('aria-expanded')).toBe('false');
    (bell as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(bell.getAttribute('aria-expanded')).toBe('true');
    const link = el.querySelector('#notification-panel li a');
    expect(link?.textContent).toContain('uiterlijk 9 december 2026');
    expect(link?.getAttribute('href')).toBe('/my-participation');
  });

  it('closes on Escape and gives focus back to the button', async () => {
    const { fixture, el, bell } = await setup();
    (bell as HTMLButtonElement).click();
    await fixture.whenStable();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await fixture.whenStable();
    expect(el.querySelector('#notification-panel')).toBeNull();
    expect(document.activeElement).toBe(bell);
  });

  it('marks one read when followed and all read on request', async () => {
    const { fixture, el, bell } = await setup();
    (bell as HTMLButtonElement).click();
    await fixture.whenStable();
    (el.querySelector('#notification-panel li a') as HTMLAnchorElement).click();
    expect(api.markRead).toHaveBeenCalledWith(['n1']);
    (bell as HTMLButtonElement).click();
    await fixture.whenStable();
    const markAll = Array.from(el.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === 'Alles als gelezen markeren',
    )!;
    markAll.click();
    await fixture.whenStable();
    expect(api.markAllRead).toHaveBeenCalled();
    expect(bell.getAttribute('aria-label')).toBe('Meldingen, geen ongelezen');
  });
});
