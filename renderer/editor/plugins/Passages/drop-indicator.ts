import type { LexicalEditor } from 'lexical';

import type { InsertTarget } from './insert-passage';

/** A line between blocks where a dragged passage will land (`.ed-drop-line`, Passages.css). */
export class DropIndicator {
  private element: HTMLElement | null = null;
  constructor(private readonly editor: LexicalEditor) {}

  show(target: InsertTarget): void {
    const root = this.editor.getRootElement();
    const host = root?.parentElement;
    if (!root || !host) return;
    const anchor = 'key' in target ? this.editor.getElementByKey(target.key) : (root.lastElementChild as HTMLElement | null);
    const line = (this.element ??= Object.assign(document.createElement('div'), { className: 'ed-drop-line' }));
    if (!line.isConnected) host.appendChild(line);
    const hostRect = host.getBoundingClientRect();
    const rect = anchor?.getBoundingClientRect() ?? root.getBoundingClientRect();
    const before = 'position' in target && target.position === 'before';
    line.style.top = `${(before ? rect.top : rect.bottom) - hostRect.top + host.scrollTop - 2}px`;
  }

  hide(): void {
    this.element?.remove();
  }
}
