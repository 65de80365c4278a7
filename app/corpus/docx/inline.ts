import type { BlockComment, NoteAnchor, TextLink } from '../types';
import type { Relationship } from './package';
import { symbolChar } from './symbols';
import { child, type XmlElement } from './xml';

/**
 * The inline content of one paragraph (ECMA-376 §17.3.2–3): runs with their text, tabs, breaks,
 * symbols and note references, inside hyperlinks, insertions (kept: changes are read as
 * accepted; deletions were dropped while parsing), content controls, smart tags, simple fields
 * and alternate content (its first choice; the fallback is never read, so a text box is read
 * once). Text boxes met on the way are collected for the caller to read as paragraphs after this
 * one.
 */

export type NoteKind = 'fn' | 'en';

/** An ST_OnOff attribute value (ECMA-376 §22.9.2.7): `1`, `true` or `on` (absent: off). */
export const isOn = (value: string | undefined): boolean => value === '1' || value === 'true' || value === 'on';

/**
 * The target of a `HYPERLINK` field instruction (`HYPERLINK "https://…" \o "tip"`): its first
 * argument, quoted or not, or `#bookmark` for `\l "bookmark"` alone (as `w:hyperlink
 * w:anchor` gives); empty for any other field.
 */
export const hyperlinkTarget = (instr: string): string => {
  const m = /^\s*HYPERLINK\s+(.*)$/is.exec(instr);
  if (!m) return '';
  const args = [...m[1]!.matchAll(/"([^"]*)"|(\S+)/g)].map((a) => ({
    text: (a[1] ?? a[2] ?? '').trim(),
    isSwitch: !!a[2]?.startsWith('\\'),
  }));
  let bookmark = '';
  for (let k = 0; k < args.length; k++) {
    const arg = args[k]!;
    if (!arg.isSwitch) return arg.text;
    const value = /^\\[lot]$/i.test(arg.text) ? args[++k]?.text : undefined; // switches that take an argument
    if (/^\\l$/i.test(arg.text) && value) bookmark = `#${value}`;
  }
  return bookmark;
};

const NONE_OPEN: readonly string[] = [];

/** What the walk needs from the document around the paragraph. */
export interface InlineContext {
  rels: Map<string, Relationship>;
  /** Records a note reference (first appearance numbers it) and returns the footnote id. */
  noteReference: (kind: NoteKind, id: string, customMark: boolean) => string;
  /** The custom mark printed for a note (`w:customMarkFollows`). */
  customMark: (footnote: string, mark: string) => void;
  /** Styles by id, for a run's character style (`w:rStyle`) that hides its text. */
  styles?: Map<string, { hidden?: boolean }>;
  /** Comment bodies by `w:id`. */
  comments: Map<string, Omit<BlockComment, 'start' | 'end'>>;
}

/** A paragraph being read: text so far and what is anchored in it. */
export class ParagraphText {
  text = '';
  notes: NoteAnchor[] = [];
  links: TextLink[] = [];
  comments: BlockComment[] = [];
  /** Text boxes found inside, read after the paragraph. */
  textBoxes: XmlElement[] = [];
  private open = new Map<string, number>();
  private pendingMark: string | null = null;
  /** Complex fields open at this point (`w:fldChar` begin … end), innermost last. */
  private fields: { instr: string; start: number }[] = [];

  /** The paragraph's style hides its text (a run may still show it with `w:vanish w:val="0"`). */
  hiddenByStyle = false;

  constructor(private readonly ctx: InlineContext) {}

  /**
   * Whether run `r` is hidden text (ECMA-376 §17.3.2.41 `w:vanish`, §17.3.2.36 `w:specVanish`):
   * by its own properties, else its character style, else the paragraph's style. Word does not
   * print it, so it is not read. (`w:webHidden` hides text only in web view: printed, so read.)
   */
  private hidden(r: XmlElement): boolean {
    const own = r.attrs['#hidden'];
    if (own !== undefined) return own === '1';
    const style = r.attrs['#rStyle'];
    return (style !== undefined && this.ctx.styles?.get(style)?.hidden) || this.hiddenByStyle;
  }

  /** Reads the inline children of `el` (a `w:p` or any inline container). */
  read(el: XmlElement): void {
    for (const c of el.children) if (typeof c !== 'string') this.inline(c);
  }

  /**
   * Closes the comments still open at the paragraph's end, each on the text from its start to the
   * end, and returns their ids: a comment whose range runs over several paragraphs goes on in the
   * next one (`reopen`), so it is shown beside every paragraph of its range.
   */
  closeComments(): readonly string[] {
    if (this.open.size === 0) return NONE_OPEN;
    const open = [...this.open.keys()];
    for (const id of open) this.endComment(id);
    return open;
  }

  /** Opens at the paragraph's start the comments whose range began in an earlier paragraph. */
  reopen(ids: readonly string[]): void {
    for (const id of ids) this.open.set(id, 0);
  }

  private inline(el: XmlElement): void {
    if (el.ns === 'mc') {
      if (el.name === 'AlternateContent') {
        const choice = el.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === 'Choice');
        if (choice) this.read(choice);
      }
      return;
    }
    if (el.ns !== 'w') return this.findTextBoxes(el);
    switch (el.name) {
      case 'r':
        return this.run(el);
      case 'hyperlink': {
        const start = this.text.length;
        this.read(el);
        const rel = el.attrs['r:id'] ? this.ctx.rels.get(el.attrs['r:id']) : undefined;
        const href = rel?.target ?? (el.attrs.anchor ? `#${el.attrs.anchor}` : '');
        if (href && this.text.length > start) this.links.push({ start, end: this.text.length, href });
        return;
      }
      case 'fldSimple': {
        const start = this.text.length;
        this.read(el);
        return this.fieldLink(el.attrs.instr ?? '', start);
      }
      case 'ins':
      case 'moveTo':
      case 'smartTag':
      case 'customXml':
      case 'dir':
      case 'bdo':
      case 'sdtContent':
        return this.read(el);
      case 'sdt':
        return this.read(child(el, 'sdtContent') ?? el);
      case 'ruby': {
        // As in a run (below): the base text, not the annotation; read here too where a writer puts it outside a run.
        const base = child(el, 'rubyBase');
        if (base) this.read(base);
        return;
      }
      case 'commentRangeStart':
        if (el.attrs.id !== undefined && !this.open.has(el.attrs.id)) this.open.set(el.attrs.id, this.text.length);
        return;
      case 'commentRangeEnd':
        if (el.attrs.id !== undefined) this.endComment(el.attrs.id);
        return;
      default:
        return this.findTextBoxes(el);
    }
  }

  private endComment(id: string): void {
    const start = this.open.get(id);
    if (start === undefined) return;
    this.open.delete(id);
    const body = this.ctx.comments.get(id);
    if (body) this.comments.push({ ...body, start, end: this.text.length });
  }

  private run(r: XmlElement): void {
    if (this.hidden(r)) return;
    for (const c of r.children) {
      if (typeof c === 'string') continue;
      if (c.ns !== 'w') {
        if (c.ns === 'mc') this.inline(c);
        else this.findTextBoxes(c);
        continue;
      }
      switch (c.name) {
        case 't':
          this.append(c.children.filter((t): t is string => typeof t === 'string').join(''));
          break;
        case 'tab':
        case 'ptab':
          this.append('\t');
          break;
        case 'br': // a page or column break separates words as a line break does
        case 'cr':
          this.append('\n');
          break;
        case 'fldChar':
          this.fieldChar(c.attrs.fldCharType ?? '');
          break;
        case 'instrText': {
          const field = this.fields[this.fields.length - 1];
          if (field && field.start < 0) field.instr += c.children.filter((t): t is string => typeof t === 'string').join('');
          break;
        }
        case 'noBreakHyphen':
          this.append('\u2011');
          break;
        case 'sym':
          this.append(symbolChar(c.attrs.font ?? '', c.attrs.char ?? ''));
          break;
        case 'ruby': {
          // Phonetic guide (ECMA-376 §17.3.3.25): the base text is the text; the annotation (`w:rt`) is not.
          const base = child(c, 'rubyBase');
          if (base) this.read(base);
          break;
        }
        case 'footnoteReference':
        case 'endnoteReference': {
          const custom = isOn(c.attrs.customMarkFollows);
          const id = this.ctx.noteReference(c.name === 'footnoteReference' ? 'fn' : 'en', c.attrs.id ?? '', custom);
          this.notes.push({ footnote: id, offset: this.text.length });
          if (custom) this.pendingMark = id;
          break;
        }
        default:
          this.findTextBoxes(c);
      }
    }
  }

  /** A complex field's begin, separate (its result follows) or end (ECMA-376 §17.16.18). */
  private fieldChar(type: string): void {
    if (type === 'begin') this.fields.push({ instr: '', start: -1 });
    const field = this.fields[this.fields.length - 1];
    if (!field) return;
    if (type === 'separate') field.start = this.text.length;
    else if (type === 'end') {
      this.fields.pop();
      if (field.start >= 0) this.fieldLink(field.instr, field.start);
    }
  }

  /** Keeps the link of a `HYPERLINK "url"` field whose result is the text from `start` (ECMA-376 §17.16.5.25). */
  private fieldLink(instr: string, start: number): void {
    const href = hyperlinkTarget(instr);
    if (href && this.text.length > start) this.links.push({ start, end: this.text.length, href });
  }

  /** Appends run text; the text right after a custom-mark reference is the mark, not body text. */
  private append(text: string): void {
    if (this.pendingMark !== null && text !== '') {
      this.ctx.customMark(this.pendingMark, text.trim());
      this.pendingMark = null;
      return;
    }
    this.text += text;
  }

  /** Collects `w:txbxContent` inside drawings, VML shapes and other non-text elements. */
  private findTextBoxes(el: XmlElement): void {
    if (el.ns === 'w' && el.name === 'txbxContent') {
      this.textBoxes.push(el);
      return;
    }
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      if (c.ns === 'mc' && c.name === 'AlternateContent') this.inline(c);
      else this.findTextBoxes(c);
    }
  }
}
