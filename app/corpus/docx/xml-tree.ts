/**
 * The element tree the Word reader works on, built from a part's parse events by XmlTreeBuilder,
 * whichever tokenizer produced them (xml-scan.ts for the common case, saxes otherwise; see
 * xml.ts). Subtrees that carry no text the reader needs (run properties, deleted text, field
 * instructions, fallback content, …) are dropped while building, so a tree holds little more than
 * the text and its structure.
 */

export interface XmlElement {
  /** Local name, e.g. `p` for `w:p`. */
  name: string;
  /** Short namespace: `w` (WordprocessingML, transitional or strict), `mc`, `r`, `other`. */
  ns: string;
  /**
   * Attribute values by local name; relationship ids (`r:id`, `r:embed`) as `r:id`, `r:embed`.
   * Word's revision-session ids (`w:rsidR`, `w:rsidRPr`, …) are left out.
   */
  attrs: Record<string, string>;
  children: XmlNode[];
  /** On a part's root only: the part holds tracked changes (insertions, deletions, moves, format changes). */
  trackedChanges?: boolean;
}
export type XmlNode = XmlElement | string;

const NAMESPACES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'ct',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
};

/**
 * WordprocessingML elements whose whole subtree is dropped while parsing (and `mc:Fallback`):
 * run formatting, deleted and moved-away text, field instructions, table-wide and content-control
 * properties (a row's and a cell's are kept: header rows and merged cells), revision records of formatting, proofing marks and bookmarks. A paragraph's own
 * `w:rPr` (the paragraph mark's formatting) is kept: its `w:del`/`w:moveFrom` say whether the
 * mark was deleted, which joins the paragraph to the next (nothing else is kept under it). A list
 * level's `w:lvl/w:rPr/w:rFonts` is kept: the font a bullet is set in (Symbol, Wingdings). A row's
 * `w:trPr/w:del` is kept too: the row was deleted as a tracked change and is left out.
 */
const DROPPED_W = new Set([
  'rPr',
  'del',
  'moveFrom',
  'delText',
  'delInstrText',
  'tblPr',
  'tblGrid',
  'sdtPr',
  'sdtEndPr',
  'pPrChange',
  'rPrChange',
  'sectPrChange',
  'tblPrChange',
  'proofErr',
  'bookmarkStart',
  'bookmarkEnd',
  'lastRenderedPageBreak',
]);
/** Revision marks (ECMA-376 §17.13.5): their presence means the part holds tracked changes. */
const CHANGES = new Set([
  'ins',
  'del',
  'moveFrom',
  'moveTo',
  'pPrChange',
  'rPrChange',
  'sectPrChange',
  'tblPrChange',
  'trPrChange',
  'tcPrChange',
  'numberingChange',
]);
/** What a paragraph mark's properties keep: a deleted or hidden mark joins the paragraph to the next. */
const MARK_CHANGES = new Set(['del', 'moveFrom', 'vanish', 'specVanish']);
/** Run properties that hide text (Word does not print it), and the character style that may. */
const HIDING = new Set(['vanish', 'specVanish', 'rStyle']);

/** A hidden-text property as read inside dropped run properties: its qualified name and attributes (flat). */
export type HidingRecord = readonly [name: string, attributes: readonly string[]];

const NO_HIDING: readonly HidingRecord[] = [];

/**
 * A qualified name split at its colon (prefix '' without one), its key as an `r:` attribute, and
 * whether, as an attribute, it is one the reader never reads (see UNREAD_ATTRIBUTE).
 */
interface QName {
  prefix: string;
  local: string;
  rKey: string;
  unread: boolean;
}

/**
 * Attributes left out of the tree: Word's revision-session ids (`w:rsidR`, `w:rsidRPr`,
 * `w:rsidRDefault`, `w:rsidP`, …; on nearly every paragraph and run). Nothing in the reader reads
 * them; leaving them out spares a string and a property for most of the attributes of a part's kept
 * elements. XmlScanner leaves them out before it makes strings for them (isRsidAt); the tree is the
 * same either way. Paragraph ids (`w14:paraId`) are kept: comment replies refer to them.
 */
const UNREAD_ATTRIBUTE = /^rsid/;

/** Distinct qualified names a builder remembers (a part has a few dozen). */
const MAX_QNAMES = 1024;

/** Namespace prefix → short namespace, as declared so far. */
type Scope = Record<string, string>;

/**
 * Builds a part's element tree from parse events: `open` for a start tag (qualified name as
 * written, its attributes as a flat `[name, value, name, value, …]` list, values already
 * unescaped), `close` for an end tag (a self-closing tag gets `open(…, true)` only), `text` for
 * character data. Namespace prefixes are resolved here (OOXML declares them on the root, but any
 * element may (re)declare one), so the tokenizers run without namespace processing.
 */
export class XmlTreeBuilder {
  private readonly root: XmlElement = { name: '#root', ns: '', attrs: {}, children: [] };
  private readonly stack: XmlElement[] = [this.root];
  private readonly scopes: Scope[] = [];
  private scope: Scope = { xml: 'xml' };
  /** Depth inside a dropped subtree (0: not in one). */
  private skip = 0;
  private changed = false;
  /** The run or style whose dropped `w:rPr` is being skipped (its hiding properties are kept on it). */
  private hideable: XmlElement | null = null;
  /**
   * An element named like a revision mark (CHANGES, any namespace) was seen inside a dropped
   * subtree since the last `takeMarkedInSkip` (see XmlScanner's dropped-subtree memo).
   */
  private markedInSkip = false;
  /**
   * The hidden-text properties (HIDING, any namespace) read directly inside a run's or a style's
   * dropped `w:rPr` since the last `takeHiding`, as `[name, attributes]`: what XmlScanner's memo
   * keeps with such a subtree and replays (`replayHiding`) when it steps over the same text again.
   */
  private hidingRead: HidingRecord[] = [];
  /** Qualified names of elements and attributes, split (see `split`). */
  private readonly qnames = new Map<string, QName>();

  /** `name` split at its colon, remembered: a part repeats a few dozen names thousands of times. */
  private split(name: string): QName {
    let q = this.qnames.get(name);
    if (q === undefined) {
      const colon = name.indexOf(':');
      const local = colon < 0 ? name : name.slice(colon + 1);
      q = { prefix: colon < 0 ? '' : name.slice(0, colon), local, rKey: `r:${local}`, unread: UNREAD_ATTRIBUTE.test(local) };
      if (this.qnames.size < MAX_QNAMES) this.qnames.set(name, q);
    }
    return q;
  }

  /** Inside a dropped subtree: the next tag's attributes will not be looked at. */
  get skipping(): boolean {
    return this.skip > 0;
  }

  /** Whether a revision mark's name was seen inside a dropped subtree since the last call; resets it. */
  takeMarkedInSkip(): boolean {
    const marked = this.markedInSkip;
    this.markedInSkip = false;
    return marked;
  }

  /** Whether the dropped subtree being read belongs to a run's or a style's run properties (see `hiding`). */
  get hidingOwned(): boolean {
    return this.hideable !== null;
  }

  /** The hidden-text properties read since the last call (see `hidingRead`); resets them. */
  takeHiding(): readonly HidingRecord[] {
    const read = this.hidingRead;
    if (read.length === 0) return NO_HIDING;
    this.hidingRead = [];
    return read;
  }

  /**
   * Records `read` (from `takeHiding`, taken when the same subtree was read whole) on the run or
   * style whose dropped `w:rPr` has just opened, as reading its text again would, in the scope of
   * now: the scanner's memo steps over that text instead.
   */
  replayHiding(read: readonly HidingRecord[]): void {
    const owner = this.hideable;
    if (owner === null || this.skip !== 1) return;
    for (const [name, attributes] of read) this.applyHiding(owner, name, attributes);
  }

  /**
   * Whether the tag `name` about to open inside a dropped subtree needs its attributes: a
   * hidden-text property (HIDING) directly inside the run properties of a run or a style.
   */
  wantsAttributes(name: string): boolean {
    return this.skip === 1 && this.hideable !== null && HIDING.has(this.split(name).local);
  }

  open(name: string, attributes: readonly string[], selfClosing: boolean): void {
    if (this.skip > 0) {
      // Inside a dropped subtree only the revision marks matter, and directly inside a run's or a
      // style's run properties whether it hides text (kept as `#hidden`/`#rStyle` on the run or style).
      if (this.skip === 1 && this.hideable !== null) this.hiding(this.hideable, name, attributes);
      if (!selfClosing) this.skip++;
      const q = this.split(name);
      if (CHANGES.has(q.local)) {
        this.markedInSkip = true;
        if (this.scope[q.prefix] === 'w') this.changed = true;
      }
      return;
    }
    const { prefix, local } = this.split(name);
    let own = this.scope;
    for (let k = 0; k < attributes.length; k += 2) {
      const key = attributes[k]!;
      if (key.charCodeAt(0) !== 120 /* x */ || (key !== 'xmlns' && !key.startsWith('xmlns:'))) continue;
      if (own === this.scope) own = { ...this.scope };
      own[key === 'xmlns' ? '' : key.slice(6)] = NAMESPACES[attributes[k + 1]!] ?? 'other';
    }
    const ns = own[prefix] ?? (prefix === '' ? '' : 'other');
    if (!this.changed && ns === 'w' && CHANGES.has(local)) this.changed = true;
    const parent = this.stack[this.stack.length - 1]!;
    const dropped =
      parent.name === 'rPr' && parent.ns === 'w'
        ? !(ns === 'w' && (MARK_CHANGES.has(local) || (local === 'rFonts' && this.stack[this.stack.length - 2]!.name === 'lvl')))
        : ns === 'w'
          ? DROPPED_W.has(local) &&
            !(local === 'rPr' && (parent.name === 'pPr' || parent.name === 'lvl')) &&
            !(local === 'del' && parent.name === 'trPr')
          : ns === 'mc' && local === 'Fallback';
    if (dropped) {
      if (!selfClosing) this.skip = 1;
      this.hideable = local === 'rPr' && ns === 'w' && (parent.name === 'r' || parent.name === 'style') ? parent : null;
      return;
    }
    const attrs: Record<string, string> = {};
    for (let k = 0; k < attributes.length; k += 2) {
      const key = this.split(attributes[k]!);
      const p = key.prefix;
      if (key.unread) continue;
      if (p === '') {
        if (key.local !== 'xmlns') attrs[key.local] = attributes[k + 1]!;
      } else if (p !== 'xmlns') attrs[own[p] === 'r' ? key.rKey : key.local] = attributes[k + 1]!;
    }
    const el: XmlElement = { name: local, ns, attrs, children: [] };
    parent.children.push(el);
    if (!selfClosing) {
      this.stack.push(el);
      this.scopes.push(this.scope);
      this.scope = own;
    }
  }

  /** Records a hidden-text property (`w:vanish`, `w:specVanish`) or character style (`w:rStyle`) on `owner`. */
  private hiding(owner: XmlElement, name: string, attributes: readonly string[]): void {
    if (!HIDING.has(name.slice(name.indexOf(':') + 1))) return;
    this.hidingRead.push([name, attributes]);
    this.applyHiding(owner, name, attributes);
  }

  /** `hiding` on `owner` without recording it. */
  private applyHiding(owner: XmlElement, name: string, attributes: readonly string[]): void {
    const local = name.slice(name.indexOf(':') + 1);
    if (!HIDING.has(local) || this.scope[name.slice(0, Math.max(0, name.indexOf(':')))] !== 'w') return;
    let value: string | undefined;
    for (let k = 0; k < attributes.length; k += 2) if (attributes[k]!.endsWith('val')) value = attributes[k + 1];
    if (local === 'rStyle') owner.attrs['#rStyle'] = value ?? '';
    else if (owner.attrs['#hidden'] !== '1') owner.attrs['#hidden'] = value === '0' || value === 'false' || value === 'off' ? '0' : '1';
  }

  /** The end of the innermost open element (not called for a self-closing tag). */
  close(): void {
    if (this.skip > 0) {
      this.skip--;
      return;
    }
    this.stack.pop();
    this.scope = this.scopes.pop() ?? this.scope;
  }

  /** Character data: kept inside `w:t` always, elsewhere when it is not only white space. */
  text(text: string): void {
    if (this.skip > 0) return;
    const el = this.stack[this.stack.length - 1]!;
    if ((el.name === 't' && el.ns === 'w') || text.trim() !== '') el.children.push(text);
  }

  /** CDATA content: kept as it is (outside dropped subtrees). */
  cdata(text: string): void {
    if (this.skip === 0) this.stack[this.stack.length - 1]!.children.push(text);
  }

  /** The part's root element (undefined when there was none), marked when it holds tracked changes. */
  result(): XmlElement | undefined {
    const top = this.root.children.find((c): c is XmlElement => typeof c !== 'string');
    if (top && this.changed) top.trackedChanges = true;
    return top;
  }
}
