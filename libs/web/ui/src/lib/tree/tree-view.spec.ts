import { TestBed } from '@angular/core/testing';
import { buildTree } from './build-tree';
import { TreeViewComponent } from './tree-view';

const items = [
  { id: 'z', name: 'Zorg', parentId: null },
  { id: 'v', name: 'Verpleging', parentId: 'z' },
  { id: 'a', name: 'Administratie', parentId: null },
];

describe('TreeViewComponent', () => {
  async function setup() {
    const fixture = TestBed.createComponent(TreeViewComponent);
    fixture.componentRef.setInput(
      'nodes',
      buildTree(items, (d) => d.name),
    );
    fixture.componentRef.setInput('label', 'Afdelingen');
    fixture.componentRef.setInput('initiallyExpandedDepth', 0);
    const selected: string[] = [];
    fixture.componentInstance.selectedChange.subscribe((id) =>
      selected.push(id),
    );
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const item = (id: string) =>
      el.querySelector<HTMLElement>(`[data-node-id="${id}"]`);
    const key = async (id: string, k: string) => {
      item(id)?.dispatchEvent(
        new KeyboardEvent('keydown', { key: k, bubbles: true }),
      );
      await fixture.whenStable();
    };
    return { fixture, el, item, key, selected };
  }

  it('renders a labelled tree with a single tab stop', async () => {
    const { el } = await setup();
    expect(el.querySelector('[role="tree"]')?.getAttribute('aria-label')).toBe(
      'Afdelingen',
    );
    const tabStops = Array.from(
      el.querySelectorAll('[role="treeitem"]'),
    ).filter((n) => n.getAttribute('tabindex') === '0');
    expect(tabStops.length).toBe(1);
  });

  it('opens and closes with the arrow keys and moves focus', async () => {
    const { item, key } = await setup();
    expect(item('z')?.getAttribute('aria-expanded')).toBe('false');
    expect(item('v')).toBeNull();

    await key('z', 'ArrowRight');
    expect(item('z')?.getAttribute('aria-expanded')).toBe('true');
    expect(item('v')?.getAttribute('aria-level')).toBe('2');

    await key('z', 'ArrowRight');
    expect(document.activeElement).toBe(item('v'));

    await key('v', 'ArrowLeft');
    expect(document.activeElement).toBe(item('z'));

    await key('z', 'ArrowLeft');
    expect(item('v')).toBeNull();
  });

  it('selects with Enter and moves with Up/Down/Home/End', async () => {
    const { item, key, selected, fixture } = await setup();
    await key('a', 'ArrowDown');
    expect(document.activeElement).toBe(item('z'));
    await key('z', 'Home');
    expect(document.activeElement).toBe(item('a'));
    await key('a', 'End');
    expect(document.activeElement).toBe(item('z'));
    await key('z', 'Enter');
    expect(selected).toEqual(['z']);

    fixture.componentRef.setInput('selectedId', 'z');
    await fixture.whenStable();
    expect(item('z')?.getAttribute('aria-selected')).toBe('true');
  });
});
