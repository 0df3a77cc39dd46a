import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import {
  EvidenceSourcesApi,
  type SnapshotOption,
} from '../data-access/evidence-sources-api';
import { ProceduresApi, type Procedure } from '../data-access/procedures-api';
import { EvidenceSectionComponent } from './evidence-section';

const snapshot: SnapshotOption = {
  id: 'snap-1',
  title: 'Peiling teamindeling',
  createdAt: '2026-01-12T10:00:00Z',
  createdByName: 'Hanna HR',
  contentHash: 'ab'.repeat(32),
};

function procedure(): Procedure {
  return {
    id: 'p1',
    trajectoryId: null,
    canEdit: true,
    evidence: [],
  } as unknown as Procedure;
}

describe('EvidenceSectionComponent', () => {
  const api = { attachEvidence: jest.fn(), verifyEvidence: jest.fn() };
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

  async function render() {
    const fixture = TestBed.createComponent(EvidenceSectionComponent);
    fixture.componentRef.setInput('procedure', procedure());
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const press = async (label: string) => {
      const found = Array.from(el.querySelectorAll('button')).find(
        (b) => b.textContent?.trim() === label,
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
});
