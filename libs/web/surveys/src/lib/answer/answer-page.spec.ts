import { TestBed } from '@angular/core/testing';
import {
  ActivatedRoute,
  convertToParamMap,
  provideRouter,
} from '@angular/router';
import { ApiError, SessionService } from '@inspraak/web-core';
import { of, throwError } from 'rxjs';
import { AnsweringApi } from '../data-access/answering-api';
import { surveyToAnswer } from '../testing/fixtures';
import { AnswerPageComponent } from './answer-page';
import { LocalProgress, progressKey } from './answer-state';

describe('AnswerPageComponent (one-time link)', () => {
  const api = {
    byToken: jest.fn(),
    submitByToken: jest.fn(),
    mineOne: jest.fn(),
    submitMine: jest.fn(),
  };

  const route = {
    snapshot: {
      data: { source: 'token' },
      paramMap: convertToParamMap({ token: 'tok' }),
    },
  };

  beforeEach(() => {
    localStorage.clear();
    jest.resetAllMocks();
    route.snapshot.paramMap = convertToParamMap({ token: 'tok' });
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: AnsweringApi, useValue: api },
        { provide: ActivatedRoute, useValue: route },
      ],
    });
  });

  async function setup() {
    const fixture = TestBed.createComponent(AnswerPageComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const answerAndSend = async () => {
      el.querySelector<HTMLInputElement>(
        'input[name="answer-q1"][value="4"]',
      )?.click();
      await fixture.whenStable();
      el.querySelector('form')?.dispatchEvent(
        new Event('submit', { cancelable: true }),
      );
      await fixture.whenStable();
    };
    return { fixture, el, answerAndSend };
  }

  it('sends once, thanks and clears the progress kept in this browser', async () => {
    api.byToken.mockReturnValue(of(surveyToAnswer()));
    api.submitByToken.mockReturnValue(of(true));
    const { el, answerAndSend } = await setup();
    await answerAndSend();
    expect(api.submitByToken).toHaveBeenCalledTimes(1);
    expect(api.submitByToken).toHaveBeenCalledWith('tok', [
      { questionKey: 'q1', number: 4 },
    ]);
    expect(el.querySelector('h1')?.textContent).toContain('Bedankt!');
    expect(localStorage.length).toBe(0);
  });

  it('links, beside the protection sentence, to how answers are protected (reachable without an account)', async () => {
    api.byToken.mockReturnValue(of(surveyToAnswer()));
    const { el } = await setup();
    const link = el.querySelector('.protection + [surveyProtectionLink] a');
    expect(link?.textContent).toContain('Hoe we je antwoord beschermen');
    expect(link?.getAttribute('href')).toBe('/privacy/vragenlijsten');
  });

  it('keeps unsent answers for this link only: the next person’s link to the same survey starts empty', async () => {
    api.byToken.mockReturnValue(of(surveyToAnswer()));
    const { el, fixture } = await setup();
    el.querySelector<HTMLInputElement>(
      'input[name="answer-q1"][value="4"]',
    )?.click();
    await fixture.whenStable();
    expect(new LocalProgress(progressKey.forLink('tok')).load()).toEqual({
      q1: { number: 4 },
    });
    fixture.destroy();

    route.snapshot.paramMap = convertToParamMap({ token: 'tok-next' });
    const next = await setup();
    expect(
      next.el.querySelector<HTMLInputElement>(
        'input[name="answer-q1"][value="4"]',
      )?.checked,
    ).toBe(false);
    expect(new LocalProgress(progressKey.forLink('tok-next')).load()).toEqual(
      {},
    );
  });

  it('says the link was used when the API answers ALREADY_ANSWERED', async () => {
    api.byToken.mockReturnValue(of(surveyToAnswer()));
    api.submitByToken.mockReturnValue(
      throwError(
        () => new ApiError('CONFLICT', 'Al gebruikt.', 'ALREADY_ANSWERED'),
      ),
    );
    const { el, answerAndSend } = await setup();
    await answerAndSend();
    expect(el.querySelector('h1')?.textContent).toContain('Al beantwoord');
  });

  it('says a closed survey is closed and an unknown link does not work', async () => {
    api.byToken.mockReturnValue(of(surveyToAnswer({ open: false })));
    expect((await setup()).el.querySelector('h1')?.textContent).toContain(
      'Gesloten',
    );
    api.byToken.mockReturnValue(
      throwError(() => new ApiError('NOT_FOUND', 'Deze link bestaat niet.')),
    );
    expect((await setup()).el.querySelector('h1')?.textContent).toContain(
      'Deze link werkt niet',
    );
  });

  it('shows the API message per question after a refused answer', async () => {
    api.byToken.mockReturnValue(of(surveyToAnswer()));
    api.submitByToken.mockReturnValue(
      throwError(
        () =>
          new ApiError(
            'BAD_USER_INPUT',
            'Niet alles klopt.',
            'INVALID_RESPONSE',
            [{ field: 'q1', message: 'Dit antwoord past niet bij de vraag.' }],
          ),
      ),
    );
    const { el, answerAndSend } = await setup();
    await answerAndSend();
    expect(
      el.querySelector('[data-question="q1"] .error')?.textContent,
    ).toContain('Dit antwoord past niet bij de vraag.');
    expect(el.textContent).toContain('Niet alles klopt.');
  });
});

describe('AnswerPageComponent (in the app)', () => {
  const api = {
    byToken: jest.fn(),
    submitByToken: jest.fn(),
    mineOne: jest.fn(),
    submitMine: jest.fn(),
  };
  let userId = 'u1';

  beforeEach(() => {
    localStorage.clear();
    jest.resetAllMocks();
    userId = 'u1';
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: AnsweringApi, useValue: api },
        {
          provide: SessionService,
          useValue: { viewer: () => ({ userId }) },
        },
        {
          provide: ActivatedRoute,
          useValue: {
            snapshot: {
              data: { source: 'mine' },
              paramMap: convertToParamMap({ id: 'sv1' }),
            },
          },
        },
      ],
    });
  });

  it('keeps unsent answers per account: a colleague logged in on the same device starts empty', async () => {
    api.mineOne.mockReturnValue(of(surveyToAnswer()));
    const first = TestBed.createComponent(AnswerPageComponent);
    await first.whenStable();
    (first.nativeElement as HTMLElement)
      .querySelector<HTMLInputElement>('input[name="answer-q1"][value="2"]')
      ?.click();
    await first.whenStable();
    expect(
      new LocalProgress(progressKey.forMember('u1', 'sv1')).load(),
    ).toEqual({ q1: { number: 2 } });
    first.destroy();

    userId = 'u2';
    const second = TestBed.createComponent(AnswerPageComponent);
    await second.whenStable();
    expect(
      (second.nativeElement as HTMLElement).querySelector<HTMLInputElement>(
        'input[name="answer-q1"][value="2"]',
      )?.checked,
    ).toBe(false);
  });
});

describe('AnswerPageComponent (the author’s preview)', () => {
  const api = {
    preview: jest.fn(),
    checkPreview: jest.fn(),
    byToken: jest.fn(),
    submitByToken: jest.fn(),
    mineOne: jest.fn(),
    submitMine: jest.fn(),
  };

  beforeEach(() => {
    localStorage.clear();
    jest.resetAllMocks();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        { provide: AnsweringApi, useValue: api },
        {
          provide: ActivatedRoute,
          useValue: {
            snapshot: {
              data: { source: 'preview' },
              paramMap: convertToParamMap({ id: 'sv1' }),
            },
          },
        },
      ],
    });
  });

  it('shows the respondent’s form under a banner, checks instead of submitting, and keeps nothing in the browser', async () => {
    api.preview.mockReturnValue(of(surveyToAnswer()));
    api.checkPreview.mockReturnValue(of(true));
    const fixture = TestBed.createComponent(AnswerPageComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(api.preview).toHaveBeenCalledWith('sv1');
    expect(el.textContent).toContain(
      'Voorbeeld: je antwoorden worden niet opgeslagen.',
    );
    expect(
      el.querySelector('a[href="/surveys/sv1/edit"]')?.textContent,
    ).toContain('Terug naar de vragenlijst');
    el.querySelector<HTMLInputElement>(
      'input[name="answer-q1"][value="4"]',
    )?.click();
    await fixture.whenStable();
    expect(localStorage.length).toBe(0);
    el.querySelector('form')?.dispatchEvent(
      new Event('submit', { cancelable: true }),
    );
    await fixture.whenStable();
    expect(api.checkPreview).toHaveBeenCalledWith('sv1', [
      { questionKey: 'q1', number: 4 },
    ]);
    expect(api.submitMine).not.toHaveBeenCalled();
    expect(api.submitByToken).not.toHaveBeenCalled();
    expect(el.querySelector('h1')?.textContent).toContain('Antwoorden in orde');
    expect(el.textContent).toContain('er is niets opgeslagen');
    // And again from the start.
    el.querySelector<HTMLButtonElement>('.outcome button')?.click();
    await fixture.whenStable();
    expect(el.querySelector('form')).not.toBeNull();
  });
});
