import {
  buildTree,
  findNode,
  flattenTree,
  pathLabels,
  subtreeIds,
} from './build-tree';

interface Dept {
  id: string;
  name: string;
  parentId: string | null;
}

const departments: Dept[] = [
  { id: 'v', name: 'Verpleging', parentId: 'z' },
  { id: 'z', name: 'Zorg', parentId: null },
  { id: 'a', name: 'Administratie', parentId: null },
  { id: 'n', name: 'Nachtdienst', parentId: 'v' },
  { id: 'f', name: 'Fysiotherapie', parentId: 'z' },
];

describe('buildTree', () => {
  const tree = buildTree(departments, (d) => d.name);

  it('nests children under their parent, sorted by name at every level', () => {
    expect(tree.map((n) => n.label)).toEqual(['Administratie', 'Zorg']);
    const zorg = tree[1];
    expect(zorg.children.map((n) => n.label)).toEqual([
      'Fysiotherapie',
      'Verpleging',
    ]);
    expect(zorg.children[1].children.map((n) => n.label)).toEqual([
      'Nachtdienst',
    ]);
  });

  it('records the depth and keeps the original item', () => {
    const nacht = findNode(tree, 'n');
    expect(nacht?.depth).toBe(2);
    expect(nacht?.data).toBe(departments[3]);
  });

  it('returns an empty forest for no items', () => {
    expect(buildTree([], (d: Dept) => d.name)).toEqual([]);
  });

  it('puts items with an unknown parent at the top level', () => {
    const result = buildTree(
      [{ id: 'x', name: 'Wees', parentId: 'gone' }],
      (d) => d.name,
    );
    expect(result.map((n) => [n.label, n.depth])).toEqual([['Wees', 0]]);
  });

  it('survives a cycle and a self-reference without losing items', () => {
    const cyclic: Dept[] = [
      { id: '1', name: 'Een', parentId: '2' },
      { id: '2', name: 'Twee', parentId: '1' },
      { id: '3', name: 'Drie', parentId: '3' },
    ];
    const result = buildTree(cyclic, (d) => d.name);
    expect(
      flattenTree(result)
        .map((n) => n.id)
        .sort(),
    ).toEqual(['1', '2', '3']);
  });

  it('flattens depth-first for indented lists', () => {
    expect(flattenTree(tree).map((n) => n.id)).toEqual([
      'a',
      'z',
      'f',
      'v',
      'n',
    ]);
  });

  it('lists a subtree, e.g. to keep a department from moving under itself', () => {
    const zorg = findNode(tree, 'z');
    expect(zorg && subtreeIds(zorg).sort()).toEqual(['f', 'n', 'v', 'z']);
  });

  it('builds "parent / child" paths like the import file uses', () => {
    expect(pathLabels(tree).get('n')).toBe('Zorg / Verpleging / Nachtdienst');
  });
});
