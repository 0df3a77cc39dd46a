import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import {
  EvidenceSourcesApi,
  type SnapshotOption,
} from '../data-access/evidence-sources-api';
import { ProceduresApi, type Procedure } from '../data-access/procedures-api';
import { I18nService } from '@inspraak/web-core';
import { EvidenceSectionComponent } from './evidence-section';

const snapshot: SnapshotOption = {
  id: 'snap-1',
  title: 'Peiling teamindeling',
  createdAt: '2026-01-12T10:00:00Z',
  createdByName: 'Hanna HR',
  contentHash: 'ab'.repeat(32),
};

const frozen = {
  id: 'e1',
  kind: 'SURVEY_RESULTS',
  sourceId: 'snap-1',
  title: 'Vragenlijst: Peiling teamindeling',
  titleEn: 'Survey: Peiling teamindeling',
  summary: '12 respondenten van 40 uitgenodigd (30%).',
  summaryEn: '12 respondents of 40 invited (30%).',
  contentHash: 'cd'.repeat(32),
  attachedByName: 'Sander Secretaris',
  attachedAt: '2026-01-13T10:00:00Z',
};

function procedure(evidence: unknown[] = []): Procedure {
  return {
    id: 'p1',
    trajectoryId: null,
    canEdit: true,
    evidence,
  } as unknown as Procedure;
}

describe('EvidenceSectionComponent', () => {
  const api = {
    attachEvidence: jest.fn(),
    verifyEvidence: jest.fn(),
    evidenceContent: jest.fn(),
  };
  const sources = { snapshots: jest.fn(), trajectories: jest.fn() };

  beforeEach(() => {
    localStorage.clear();
    jest.clearAllMocks();
    TestBed.configureTestingModule({
      providers: [
        { provide: ProceduresApi, useValue: api },
        { provide: EvidenceSourcesApi, useValue: sources },
      ],
    });
  });

  async function render(evidence: unknown[] = []) {
    const fixture = TestBed.createComponent(EvidenceSectionComponent);
    fixture.componentRef.setInput('procedure', procedure(evidence));
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const press = async (label: string) => {
      const found = Array.from(el.querySelectorAll('button')).find(
        (b) => b.textContent?.replace(/\s+/g, ' ').trim() === label,
      );
      if (!found) throw new Error(`button "${label}" is not there`);
      found.click();
      await fixture.whenStable();
    };
    return { el, press, stable: () => fixture.whenStable() };
  }

  it('lets a keeper pick a survey snapshot from the organisation’s list, not by pasting an id', async () => {
    sources.snapshots.mockReturnValue(of([snapshot]));
    api.attachEvidence.mockReturnValue(
      of({ id: 'e1', title: 'Vragenlijst: Peiling teamindeling' }),
    );
    const { el, press, stable } = await render();
    await press('Bewijs toevoegen');
    expect(sources.snapshots).toHaveBeenCalledTimes(1);
    expect(el.querySelector('input[type="text"]')).toBeNull();
    const select = el.querySelector<HTMLSelectElement>('#evidence-snapshot');
    if (!select) throw new Error('no snapshot list');
    const options = Array.from(select.options).map((o) =>
      (o.textContent ?? '').replace(/\s+/g, ' ').trim(),
    );
    expect(options).toHaveLength(2);
    expect(options[1]).toMatch(
      /^Peiling teamindeling — .*2026.* — Hanna HR \(abababababab\)$/,
    );
    select.value = 'snap-1';
    select.dispatchEvent(new Event('change'));
    await stable();
    await press('Toevoegen');
    expect(api.attachEvidence).toHaveBeenCalledWith(
      'p1',
      'SURVEY_RESULTS',
      'snap-1',
      null,
    );
    expect(el.textContent).toContain(
      'Toegevoegd: Vragenlijst: Peiling teamindeling.',
    );
  });

  it('says where snapshots come from when there are none', async () => {
    sources.snapshots.mockReturnValue(of([]));
    const { el, press } = await render();
    await press('Bewijs toevoegen');
    expect(el.textContent).toContain(
      'Er is nog geen momentopname van een vragenlijst',
    );
  });

  it('downloads an item’s frozen content exactly as hashed, for a reader to check the SHA-256 themselves', async () => {
    const content = '{"question":"Kleinere teams","agree":0.72}';
    api.evidenceContent.mockReturnValue(of(content));
    const blobs: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: jest.fn((blob: Blob) => {
        blobs.push(blob);
        return 'blob:evidence';
      }),
      revokeObjectURL: jest.fn(),
    });
    const names: string[] = [];
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(function (this: HTMLAnchorElement) {
        names.push(this.download);
      });
    const { press } = await render([frozen]);
    await press('Download de inhoud (JSON) Vragenlijst: Peiling teamindeling');
    expect(api.evidenceContent).toHaveBeenCalledWith('p1', 'e1');
    expect(names).toEqual(['bewijs-vragenlijst-peiling-teamindeling.json']);
    expect(blobs[0]?.type).toBe('application/json');
    expect(blobs[0]?.size).toBe(new TextEncoder().encode(content).length);
    click.mockRestore();
  });

  it('shows each item’s title and summary in the interface’s language', async () => {
    const { el, stable } = await render([frozen]);
    const heading = () => el.querySelector('.evidence-list h3')?.textContent;
    const summary = () =>
      el.querySelector('.evidence-list .summary')?.textContent;
    expect(heading()).toBe('Vragenlijst: Peiling teamindeling');
    expect(summary()).toBe('12 respondenten van 40 uitgenodigd (30%).');
    TestBed.inject(I18nService).setLanguage('en');
    await stable();
    expect(heading()).toBe('Survey: Peiling teamindeling');
    expect(summary()).toBe('12 respondents of 40 invited (30%).');
  });
});
