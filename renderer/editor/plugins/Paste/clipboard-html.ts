import { isLinkUrl } from '../../../../app/briefing/link-url';

/**
 * Clipboard HTML from Word (its "mso" HTML) or LibreOffice, reduced to what the briefing model holds
 * (issue 18, "What must hold"): paragraphs, headings (h1–h3; h4–h6 become h3, Word's Title h1),
 * lists with their levels (Word's `mso-list:lN levelM` paragraphs become nested ul/ol), bold,
 * italic, underline, strikethrough, sub- and superscript (from tags or from inline styles), line
 * breaks and links to http(s)/mailto addresses. Everything else goes: colours, fonts, sizes,
 * classes and styles, images and shapes, Word's comments, footnote lists and bookmarks, `<o:p>`,
 * conditional comments, list-number spans. Returns clean HTML for Lexical's own HTML import.
 */
export function cleanClipboardHtml(html: string, parser: DOMParser = new DOMParser()): string {
  const doc = parser.parseFromString(html, 'text/html');
  const body = doc.body;
  removeAll(body, DROPPED);
  markWordListKinds(doc);
  for (const element of [...body.querySelectorAll('[style], [class], a[href]')]) if (isWordExtra(element)) element.remove();
  wordLists(doc);
  for (const element of [...body.querySelectorAll('*')].reverse()) cleanElement(doc, element);
  removeComments(body);
  return body.innerHTML;
}

/** Elements dropped with their content (images, shapes, scripts, Office namespaced markup, styles). */
const DROPPED = new Set(
  'script style meta link title img picture svg video audio iframe object embed xml o:p v:shape v:imagedata v:textbox w:sdt'.split(' '),
);

/** Word's comment marks and lists, footnote and endnote lists, list-number spans: none is the user's text. */
function isWordExtra(element: Element): boolean {
  const style = element.getAttribute('style') ?? '';
  const className = element.getAttribute('class') ?? '';
  return (
    /mso-list\s*:\s*ignore/i.test(style) ||
    /mso-element\s*:\s*(comment|footnote|endnote)/i.test(style) ||
    /^(MsoCommentReference|msocomoff|msocomanchor|MsoCommentText|MsoFootnoteReference|MsoEndnoteReference)$/i.test(className) ||
    /^#_(ftn|edn|msocom)/i.test(element.getAttribute('href') ?? '') ||
    /mso-special-character\s*:\s*comment/i.test(style)
  );
}

function removeAll(root: Element, names: ReadonlySet<string>): void {
  for (const element of [...root.querySelectorAll('*')]) if (names.has(element.tagName.toLowerCase())) element.remove();
}

function removeComments(root: Node): void {
  for (const child of [...root.childNodes]) {
    if (child.nodeType === 8) child.remove();
    else removeComments(child);
  }
}

/** What an inline style adds, as tags: font-weight bold/600+, italic, underline, line-through, sub/super. */
function styleTags(style: string): string[] {
  const tags: string[] = [];
  const weight = /font-weight\s*:\s*([a-z0-9]+)/i.exec(style)?.[1];
  if (weight && (/^bold(er)?$/i.test(weight) || Number(weight) >= 600)) tags.push('b');
  if (/font-style\s*:\s*(italic|oblique)/i.test(style)) tags.push('i');
  const decoration = /text-decoration(?:-line)?\s*:\s*([^;]+)/i.exec(style)?.[1] ?? '';
  if (/underline/i.test(decoration) || /text-underline\s*:\s*(single|double|thick)/i.test(style)) tags.push('u');
  if (/line-through/i.test(decoration)) tags.push('s');
  const align = /vertical-align\s*:\s*([a-z]+)/i.exec(style)?.[1];
  if (align === 'super') tags.push('sup');
  if (align === 'sub') tags.push('sub');
  return tags;
}

const KEPT = new Set([
  'p',
  'br',
  'h1',
  'h2',
  'h3',
  'ul',
  'ol',
  'li',
  'b',
  'strong',
  'i',
  'em',
  'u',
  's',
  'strike',
  'del',
  'sub',
  'sup',
  'a',
]);
const BLOCKS = new Set(['div', 'section', 'article', 'blockquote', 'pre', 'table', 'tbody', 'thead', 'tr', 'td', 'th', 'dl', 'dt', 'dd']);

/** One element: styles become tags, kept tags lose their attributes (but a link its allowed href), the rest is unwrapped. */
function cleanElement(doc: Document, element: Element): void {
  const tag = element.tagName.toLowerCase();
  const style = element.getAttribute('style') ?? '';
  const className = element.getAttribute('class') ?? '';
  let target: Element = element;
  if (/^h[4-6]$/.test(tag)) target = rename(doc, element, 'h3');
  else if (tag === 'p' && /^MsoTitle$/i.test(className)) target = rename(doc, element, 'h1');
  else if (BLOCKS.has(tag)) target = rename(doc, element, 'p');
  const href = target.tagName.toLowerCase() === 'a' ? (target.getAttribute('href') ?? '').trim() : '';
  for (const attribute of [...target.attributes]) target.removeAttribute(attribute.name);
  if (target.tagName.toLowerCase() === 'a') {
    if (isLinkUrl(href)) target.setAttribute('href', href);
    else return unwrap(target); // bookmarks (<a name>), Word's #_ftn1 notes, javascript:, file: …
  }
  // Wrap the content in the tags its style stood for (innermost last), then keep or unwrap the element.
  for (const wrapper of styleTags(style)) {
    const inner = doc.createElement(wrapper);
    while (target.firstChild) inner.appendChild(target.firstChild);
    target.appendChild(inner);
  }
  if (!KEPT.has(target.tagName.toLowerCase())) unwrap(target);
}

function rename(doc: Document, element: Element, tag: string): Element {
  const next = doc.createElement(tag);
  for (const attribute of [...element.attributes]) next.setAttribute(attribute.name, attribute.value);
  while (element.firstChild) next.appendChild(element.firstChild);
  element.replaceWith(next);
  return next;
}

function unwrap(element: Element): void {
  element.replaceWith(...element.childNodes);
}

/** Word's list paragraph: its list id and level from `mso-list:l0 level2 lfo1`, null for another paragraph. */
function wordListLevel(element: Element): { list: string; level: number } | null {
  const match = /mso-list\s*:\s*(l\d+)\s+level(\d+)/i.exec(element.getAttribute('style') ?? '');
  return match ? { list: match[1]!, level: Math.max(0, Number(match[2]) - 1) } : null;
}

/**
 * Word writes list items as paragraphs with `mso-list:lN levelM` and the printed number or bullet
 * in a span it marks `mso-list:Ignore` (removed before this runs, so the kind is read first):
 * consecutive such paragraphs become one nested ul/ol, each item at its level.
 */
function wordLists(doc: Document): void {
  const items = [...doc.body.querySelectorAll('p, h1, h2, h3, h4, h5, h6')].filter((p) => wordListLevel(p));
  let run: Array<{ element: Element; level: number; ordered: boolean }> = [];
  const flush = (): void => {
    if (run.length) buildList(doc, run);
    run = [];
  };
  for (const element of items) {
    const previous = run.at(-1)?.element;
    const info = wordListLevel(element)!;
    if (previous && (previous.nextElementSibling !== element || wordListLevel(previous)?.list !== info.list)) flush();
    run.push({ element, level: info.level, ordered: element.getAttribute('data-ordered') === 'true' });
  }
  flush();
}

function buildList(doc: Document, run: Array<{ element: Element; level: number; ordered: boolean }>): void {
  const first = run[0]!.element;
  const stack: Element[] = [];
  let top: Element | null = null;
  for (const { element, level, ordered } of run) {
    while (stack.length > level + 1) stack.pop();
    while (stack.length < level + 1) {
      const list = doc.createElement(ordered ? 'ol' : 'ul');
      const parentItem = stack.at(-1)?.lastElementChild;
      if (parentItem) parentItem.appendChild(list);
      else if (stack.length) stack.at(-1)!.appendChild(doc.createElement('li')).appendChild(list);
      stack.push(list);
      top ??= list;
    }
    const item = doc.createElement('li');
    while (element.firstChild) item.appendChild(element.firstChild);
    stack.at(-1)!.appendChild(item);
  }
  first.before(top!);
  for (const { element } of run) element.remove();
}

/**
 * Marks each Word list paragraph with whether its printed label is a number or letter (ordered)
 * or a bullet, from the `mso-list:Ignore` span, before those spans are removed. Where the label
 * stands only between Word's conditional comments `<![if !supportLists]>` … `<![endif]>` (the
 * span without its `mso-list:Ignore` mark, as some programs copy it), the label is read there
 * and those nodes are removed, so `·`, `o` or `1.` never becomes text of the item.
 */
export function markWordListKinds(doc: Document): void {
  for (const element of doc.body.querySelectorAll('[style*="mso-list"]')) {
    if (!wordListLevel(element)) continue;
    const ignored = element.querySelector('[style*="mso-list:Ignore"], [style*="mso-list: Ignore"]')?.textContent;
    const label = (ignored ?? takeSupportListsLabel(element)).trim();
    element.setAttribute('data-ordered', /^([0-9]+|[a-z]|[ivxlc]+)[.)]/i.test(label) ? 'true' : 'false');
  }
}

/** Removes the nodes between `<![if !supportLists]>` and `<![endif]>` in `element` and returns their text ('' when there are none). */
function takeSupportListsLabel(element: Element): string {
  const isComment = (node: Node, pattern: RegExp) => node.nodeType === 8 && pattern.test((node as Comment).data.trim());
  const start = [...element.childNodes].find((node) => isComment(node, /^\[if !supportLists\]$/i));
  if (!start) return '';
  let text = '';
  for (let node = start.nextSibling; node && !isComment(node, /^\[endif\]$/i);) {
    const next = node.nextSibling;
    text += node.textContent ?? '';
    node.remove();
    node = next;
  }
  return text;
}
