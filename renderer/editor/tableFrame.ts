import type { Node } from 'prosemirror-model';
import type { Decoration, NodeView, ViewMutationRecord } from 'prosemirror-view';

/**
 * Tables in the editor sit in a frame of their own that scrolls sideways,
 * so an eight-column measures table on a laptop scrolls inside the text
 * instead of spilling out of it (and of the page). The frame takes the
 * structured-table decoration's class; the table itself carries its
 * caption as its accessible name, as it did before it had a frame.
 */
export class FramedTableView implements NodeView {
  readonly dom: HTMLDivElement;
  readonly contentDOM: HTMLTableSectionElement;
  private readonly table: HTMLTableElement;
  private node: Node;

  constructor(node: Node, decorations: readonly Decoration[]) {
    this.node = node;
    this.dom = document.createElement('div');
    this.dom.className = 'table-frame';
    this.table = this.dom.appendChild(document.createElement('table'));
    this.contentDOM = this.table.appendChild(document.createElement('tbody'));
    this.render(decorations);
  }

  update(node: Node, decorations: readonly Decoration[]): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    this.render(decorations);
    return true;
  }

  /** The frame's own attributes (set here and by decorations) are not content. */
  ignoreMutation(record: ViewMutationRecord): boolean {
    return record.type === 'attributes' && (record.target === this.dom || record.target === this.table);
  }

  private render(decorations: readonly Decoration[]): void {
    // Set only when it differs: every keystroke in a cell updates the view, and an attribute set restyles the table.
    const kind = String(this.node.attrs['kind']);
    if (this.table.dataset['kind'] !== kind) this.table.dataset['kind'] = kind;
    const caption = decorations.map((decoration) => (decoration.spec as { caption?: unknown }).caption).find((value): value is string => typeof value === 'string');
    if (caption === undefined) this.table.removeAttribute('aria-label');
    else if (this.table.getAttribute('aria-label') !== caption) this.table.setAttribute('aria-label', caption);
  }
}
