import type { LexicalEditor } from 'lexical';

import type { Store } from '../../context/store';
import { type OffscreenWrites, offscreenWrites, topLevelBlock } from '../../utils/offscreen-writes';
import type { EditorNumbering, PassageNumbers } from './number-notes';

/**
 * Note numbers are written into the views' DOM, not rendered by React: a drop renumbers every note
 * after it, and re-rendering ~250 passages (and the notes list) for that took ~60 ms. The views
 * render empty number elements and write their numbers when they render (a layout effect, from
 * the store's current value); `registerNoteNumberWriter` writes the numbers that change afterwards.
 */

/** The number elements a passage view renders: one `sup[data-ref]` per footnote reference, in text order. */
export const PASSAGE_REF_SELECTOR = 'sup[data-ref]';
/** A passage view's citation number (footnote citation style only). */
export const PASSAGE_CITATION_SELECTOR = 'sup.ed-citation-number';
/** A footnote reference's view: the element that shows its number. */
export const REF_NUMBER_SELECTOR = '.ed-note-number';

/** A passage's numbers as shown: the same refs in order and the same citation number. */
export function sameNumbers(a: PassageNumbers | undefined, b: PassageNumbers | undefined): boolean {
  if (!a || !b) return a === b;
  return a.citation === b.citation && a.refs.length === b.refs.length && a.refs.every((ref, i) => ref === b.refs[i]);
}

/**
 * Makes `text` the whole text of `element`: an existing single text node gets the new data (one
 * cheap characterData change, not a node replaced), else the element's text is set.
 */
export function setText(element: Element, text: string): void {
  const node = element.firstChild;
  if (node && node.nodeType === Node.TEXT_NODE && node.nextSibling === null) {
    if ((node as Text).data !== text) (node as Text).data = text;
  } else if (text !== '' || node) element.textContent = text;
}

/** Shows `number` in `element` (its whole text), hidden while there is none (a note that is not in the briefing). */
function show(element: Element, number: number | null | undefined): void {
  setText(element, number == null ? '' : String(number));
  const hidden = number == null;
  if ((element as HTMLElement).hidden !== hidden) (element as HTMLElement).hidden = hidden;
}

/**
 * Writes a passage's numbers into its view (`view`: the passage's figure or the editor's host
 * element around it): the n-th `sup[data-ref]` gets `refs[n]`, the citation `sup` the citation
 * number. Nothing is shown for a number that is null or missing.
 */
export function writePassageNumbers(view: ParentNode, numbers: PassageNumbers | undefined): void {
  view.querySelectorAll(PASSAGE_REF_SELECTOR).forEach((element, index) => show(element, numbers?.refs[index]));
  const citation = view.querySelector(PASSAGE_CITATION_SELECTOR);
  if (citation) show(citation, numbers?.citation);
}

/** Writes a footnote reference's number into its view (the reference's element or the host around it). */
export function writeRefNumber(view: Element, number: number | undefined): void {
  const element = view.matches(REF_NUMBER_SELECTOR) ? view : view.querySelector(REF_NUMBER_SELECTOR);
  if (element) setText(element, number === undefined ? '' : String(number));
}

/**
 * From each change of `numbering` on, writes the numbers that changed into the views already in
 * the editor's DOM (found by node key with `editor.getElementByKey`): passages whose numbers
 * differ from the previous numbering, references whose number differs. Views not yet rendered
 * write their own numbers when they render. A view in a top-level block that Chromium is not
 * rendering (off screen, `content-visibility: auto`) is written when the block is about to be
 * rendered or in idle time (offscreen-writes.ts), with the numbers current then. Returns the
 * unsubscribe function.
 */
export function registerNoteNumberWriter(editor: LexicalEditor, numbering: Store<EditorNumbering>): () => void {
  let previous = numbering.get();
  let writes: OffscreenWrites<string> | null = null;
  // Keys of the deferred writes: 'p' + a passage's node key, 'r' + a reference's.
  const writeNow = (id: string) => {
    const key = id.slice(1);
    const element = editor.getElementByKey(key);
    if (!element) return;
    const current = numbering.get();
    if (id.startsWith('p')) {
      if (current.passages.has(key)) writePassageNumbers(element, current.passages.get(key));
    } else writeRefNumber(element, current.refNumbers.get(key));
  };
  const write = (id: string) => {
    const element = editor.getElementByKey(id.slice(1));
    const root = editor.getRootElement();
    const block = element && root ? topLevelBlock(element, root) : null;
    if (writes && block) writes.write(block, id);
    else writeNow(id);
  };
  const offRoot = editor.registerRootListener((root) => {
    writes?.flush();
    writes?.dispose();
    writes = root ? offscreenWrites(root, writeNow) : null;
  });
  const offNumbering = numbering.subscribe(() => {
    const next = numbering.get();
    for (const [key, numbers] of next.passages) {
      if (!sameNumbers(previous.passages.get(key), numbers)) write(`p${key}`);
    }
    const refs = new Set([...previous.refNumbers.keys(), ...next.refNumbers.keys()]);
    for (const key of refs) {
      if (previous.refNumbers.get(key) !== next.refNumbers.get(key)) write(`r${key}`);
    }
    previous = next;
  });
  return () => {
    offNumbering();
    offRoot();
    writes?.dispose();
  };
}
