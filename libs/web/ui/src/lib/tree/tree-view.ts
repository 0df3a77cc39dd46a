import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import type { TreeNode } from './build-tree';

let nextTreeId = 0;

/**
 * Keyboard-operable tree (WAI-ARIA tree pattern): one tab stop, arrow keys to
 * move, Right/Left to open/close, Home/End, Enter or Space to select.
 */
@Component({
  selector: 'isp-tree-view',
  imports: [NgTemplateOutlet],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './tree-view.html',
  styleUrl: './tree-view.scss',
})
export class TreeViewComponent<T = unknown> {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly baseId = `isp-tree-${nextTreeId++}`;

  readonly nodes = input.required<readonly TreeNode<T>[]>();
  /** Accessible name of the tree. */
  readonly label = input.required<string>();
  readonly selectedId = input<string | null>(null);
  /** Optional extra text per node, e.g. a count; part of the accessible name. */
  readonly badge = input<((node: TreeNode<T>) => string) | null>(null);
  /** Levels opened on first render (0 = everything closed). */
  readonly initiallyExpandedDepth = input(1);

  readonly selectedChange = output<string>();

  protected readonly expanded = signal<ReadonlySet<string>>(new Set());
  protected readonly focusedId = signal<string | null>(null);
  private initialised = false;

  /** Nodes a sighted user can see right now, in order. */
  protected readonly visible = computed(() => {
    const open = this.expanded();
    const result: TreeNode<T>[] = [];
    const walk = (list: readonly TreeNode<T>[]) => {
      for (const node of list) {
        result.push(node);
        if (open.has(node.id)) walk(node.children);
      }
    };
    walk(this.nodes());
    return result;
  });

  /** The one node in the tab order. */
  protected readonly tabStopId = computed(() => {
    const visible = this.visible();
    const candidates = [this.focusedId(), this.selectedId()];
    for (const id of candidates)
      if (id && visible.some((n) => n.id === id)) return id;
    return visible[0]?.id ?? null;
  });

  constructor() {
    effect(() => {
      const nodes = this.nodes();
      if (this.initialised || nodes.length === 0) return;
      this.initialised = true;
      const depth = untracked(this.initiallyExpandedDepth);
      const open = new Set<string>();
      const walk = (list: readonly TreeNode<T>[]) => {
        for (const node of list) {
          if (node.depth < depth && node.children.length) open.add(node.id);
          walk(node.children);
        }
      };
      walk(nodes);
      this.expanded.set(open);
    });

    // Keep the selected node visible: open its ancestors.
    effect(() => {
      const id = this.selectedId();
      if (!id) return;
      const path = findPath(this.nodes(), id);
      if (!path) return;
      const ancestors = path.slice(0, -1).map((n) => n.id);
      const current = untracked(this.expanded);
      if (ancestors.some((a) => !current.has(a)))
        this.expanded.set(new Set([...current, ...ancestors]));
    });
  }

  /** Template outlet contexts are untyped; the recursion only ever passes node lists. */
  protected asNodes(list: unknown): readonly TreeNode<T>[] {
    return list as readonly TreeNode<T>[];
  }

  protected isExpanded(node: TreeNode<T>): boolean {
    return this.expanded().has(node.id);
  }

  protected toggle(node: TreeNode<T>, event?: Event): void {
    event?.stopPropagation();
    if (!node.children.length) return;
    const next = new Set(this.expanded());
    if (next.has(node.id)) next.delete(node.id);
    else next.add(node.id);
    this.expanded.set(next);
  }

  protected select(node: TreeNode<T>): void {
    this.focusedId.set(node.id);
    this.selectedChange.emit(node.id);
  }

  protected onClick(node: TreeNode<T>, event: MouseEvent): void {
    // Clicks bubble up through the nested items; the innermost item handles it.
    event.stopPropagation();
    this.select(node);
  }

  protected onKeydown(event: KeyboardEvent, node: TreeNode<T>): void {
    const visible = this.visible();
    const index = visible.findIndex((n) => n.id === node.id);
    let target: TreeNode<T> | undefined;
    switch (event.key) {
      case 'ArrowDown':
        target = visible[index + 1];
        break;
      case 'ArrowUp':
        target = visible[index - 1];
        break;
      case 'Home':
        target = visible[0];
        break;
      case 'End':
        target = visible[visible.length - 1];
        break;
      case 'ArrowRight':
        if (node.children.length && !this.isExpanded(node)) this.toggle(node);
        else target = node.children[0];
        break;
      case 'ArrowLeft':
        if (node.children.length && this.isExpanded(node)) this.toggle(node);
        else target = findPath(this.nodes(), node.id)?.at(-2);
        break;
      case 'Enter':
      case ' ':
        this.select(node);
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
    if (target) this.focusNode(target.id);
  }

  protected onFocus(node: TreeNode<T>, event: FocusEvent): void {
    // Focus events bubble out of nested items; only the innermost one counts.
    if (event.target === event.currentTarget) this.focusedId.set(node.id);
  }

  protected itemId(node: TreeNode<T>): string {
    return `${this.baseId}-${node.id}`;
  }

  private focusNode(id: string): void {
    this.focusedId.set(id);
    const items =
      this.host.nativeElement.querySelectorAll<HTMLElement>('[data-node-id]');
    Array.from(items)
      .find((item) => item.dataset['nodeId'] === id)
      ?.focus();
  }
}

function findPath<T>(
  nodes: readonly TreeNode<T>[],
  id: string,
): TreeNode<T>[] | undefined {
  for (const node of nodes) {
    if (node.id === id) return [node];
    const below = findPath(node.children, id);
    if (below) return [node, ...below];
  }
  return undefined;
}
