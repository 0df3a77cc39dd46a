import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import { BoardApi } from '../data-access/board-api';
import {
  board,
  buttonByText,
  post,
  text,
  trajectory,
  type,
} from '../testing/fixtures';
import { TrajectoryContext } from '../trajectory/trajectory-context';
import { BoardPageComponent } from './board-page';

describe('BoardPageComponent', () => {
  const api = {
    board: jest.fn(),
    post: jest.fn(),
    support: jest.fn(),
    respond: jest.fn(),
  };

  beforeEach(() => {
    localStorage.clear();
    jest.clearAllMocks();
    TestBed.configureTestingModule({
      providers: [TrajectoryContext, { provide: BoardApi, useValue: api }],
    });
    TestBed.inject(TrajectoryContext).set(trajectory({ currentPhase: 1 }));
  });

  async function setup() {
    const fixture = TestBed.createComponent(BoardPageComponent);
    await fixture.whenStable();
    return {
      el: fixture.nativeElement as HTMLElement,
      stable: () => fixture.whenStable(),
    };
  }

  it('opens on the current phase and hides numbers while fewer than the threshold took part', async () => {
    api.board.mockReturnValue(of(board({ phase: 1 })));
    const { el } = await setup();
    expect(api.board).toHaveBeenCalledWith('t1', 1);
    expect(
      (el.querySelector('#board-phase') as HTMLSelectElement).selectedIndex,
    ).toBe(1);
    expect(text(el)).toContain(
      'Minder dan 5 mensen hebben bijgedragen. Daarom tonen we geen aantallen',
    );
    expect(el.querySelector('table')).toBeNull();
  });

  it('shows participation per department with the rest as "Overige afdelingen"', async () => {
    api.board.mockReturnValue(
      of(
        board({
          participation: {
            threshold: 5,
            totalAuthors: 12,
            otherAuthors: 4,
            departments: [{ departmentName: 'Zorg', authors: 8 }],
          },
        }),
      ),
    );
    const { el } = await setup();
    expect(text(el)).toContain('12 mensen hebben bijgedragen.');
    const rows = Array.from(el.querySelectorAll('tbody tr')).map((row) =>
      Array.from(row.children).map(text),
    );
    expect(rows).toEqual([
      ['Zorg', '8'],
      ['Overige afdelingen', '4'],
    ]);
  });

  it('shows a hidden name as such, the regie team answer and the support count', async () => {
    api.board.mockReturnValue(
      of(
        board({
          posts: [
            post({
              authorName: null,
              nameHidden: true,
              response: 'We nemen dit mee.',
              supportCount: 1,
            }),
          ],
        }),
      ),
    );
    const { el } = await setup();
    const article = el.querySelector('article.post');
    expect(text(article)).toContain('Naam verborgen');
    expect(text(article?.querySelector('.response'))).toMatch(
      /^Reactie van het regieteam\s*We nemen dit mee\.$/,
    );
    expect(text(buttonByText(el, 'Steunen'))).toBe(
      'Steunen (1 steunbetuiging)',
    );
  });

  it('posts with the chosen kind and the name hidden', async () => {
    api.board.mockReturnValue(of(board()));
    api.post.mockReturnValue(
      of(post({ kind: 'CON', text: 'Minder vaste collega’s', mine: true })),
    );
    const { el, stable } = await setup();
    (el.querySelector('#post-kind-CON') as HTMLInputElement).click();
    type(el, '#post-text', 'Minder vaste collega’s');
    (el.querySelector('#post-hide-name') as HTMLInputElement).click();
    buttonByText(el, 'Plaatsen').click();
    await stable();
    expect(api.post).toHaveBeenCalledWith({
      trajectoryId: 't1',
      kind: 'CON',
      text: 'Minder vaste collega’s',
      hideName: true,
    });
    expect(text(el.querySelector('[role="status"]'))).toBe(
      'Je bijdrage is geplaatst.',
    );
    expect(document.activeElement?.id).toBe('post-text');
  });
});
