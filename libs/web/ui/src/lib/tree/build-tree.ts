export interface TreeNode<T> {
  id: string;
  label: string;
  depth: number;
  data: T;
  children: TreeNode<T>[];
}

export interface FlatTreeItem {
  id: string;
  parentId: string | null | undefined;
}

/**
 * Flat items with a `parentId` → a sorted tree. Items whose parent is unknown
 * become roots; a cycle in the data is broken instead of looping forever.
 */
export function buildTree<T extends FlatTreeItem>(
  items: readonly T[],
  labelOf: (item: T) => string,
  locale = 'nl',
): TreeNode<T>[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const childrenOf = new Map<string | null, T[]>();
  for (const item of items) {
    const parentKey =
      item.parentId && byId.has(item.parentId) && item.parentId !== item.id
        ? item.parentId
        : null;
    const siblings = childrenOf.get(parentKey) ?? [];
    siblings.push(item);
    childrenOf.set(parentKey, siblings);
  }

  const compare = (a: T, b: T) =>
    labelOf(a).localeCompare(labelOf(b), locale, {
      sensitivity: 'base',
      numeric: true,
    });
  const visited = new Set<string>();
  const build = (item: T, depth: number): TreeNode<T> => {
    visited.add(item.id);
    const children = (childrenOf.get(item.id) ?? [])
      .filter((child) => !visited.has(child.id))
      .sort(compare)
      .map((child) => build(child, depth + 1));
    return { id: item.id, label: labelOf(item), depth, data: item, children };
  };

  const roots = [...(childrenOf.get(null) ?? [])]
    .sort(compare)
    .map((item) => build(item, 0));
  // Whatever is left was only reachable through a cycle: show it at the top rather than lose it.
  for (const item of [...items].sort(compare)) {
    if (!visited.has(item.id)) roots.push(build(item, 0));
  }
  return roots;
}

/** Depth-first list of all nodes, e.g. for an indented <select>. */
export function flattenTree<T>(nodes: readonly TreeNode<T>[]): TreeNode<T>[] {
  return nodes.flatMap((node) => [node, ...flattenTree(node.children)]);
}

/** The node's id and the ids of everything below it. */
export function subtreeIds<T>(node: TreeNode<T>): string[] {
  return [node.id, ...node.children.flatMap(subtreeIds)];
}

export function findNode<T>(
  nodes: readonly TreeNode<T>[],
  id: string,
): TreeNode<T> | undefined {
  for (const node of nodes) {
    if (node.id === id) return node;
    const found = findNode(node.children, id);
    if (found) return found;
  }
  return undefined;
}

/** "Zorg / Verpleging" for a node two levels deep. */
export function pathLabels<T>(
  nodes: readonly TreeNode<T>[],
  separator = ' / ',
): Map<string, string> {
  const result = new Map<string, string>();
  const walk = (list: readonly TreeNode<T>[], prefix: string) => {
    for (const node of list) {
      const path = prefix ? `${prefix}${separator}${node.label}` : node.label;
      result.set(node.id, path);
      walk(node.children, path);
    }
  };
  walk(nodes, '');
  return result;
}
