/**
 * A fast tokenizer for the XML that Word, LibreOffice and pandoc write, the common case of the
 * Word reader's parts. It reads a strict subset of XML 1.0 and checks, as it goes, that what it
 * reads is well-formed (names, quoting, matching end tags, one root, the five predefined entities
 * and valid character references, no `]]>` in text, only characters XML allows). Anything outside
 * that subset, well-formed or not (a DOCTYPE, CDATA, a comment, a processing instruction, an
 * undefined entity, white space other than spaces in an attribute value, a non-ASCII name, a
 * mismatched tag, …), makes it stop with
 * `OUTSIDE_SUBSET`; the caller then parses the part again with saxes, which gives the reader's
 * usual verdict, error message included (see xml.ts). So it never accepts what saxes refuses,
 * and for what it accepts it emits the same events saxes does.
 *
 * Why: saxes checks every character through a state machine; its events took 40–60 % of a Word
 * letter's parse (a 100 KB document.xml). Scanning with indexOf between the markup characters
 * takes a fraction of that (numbers in xml.ts).
 */

import type { HidingRecord, XmlTreeBuilder } from './xml-tree';

/** Thrown when the input leaves the subset this tokenizer reads. */
export const OUTSIDE_SUBSET = new Error('outside the simple XML subset');

/**
 * Characters XML 1.0 forbids (§2.2): C0 controls other than tab, line feed and carriage return,
 * U+FFFE, U+FFFF, unpaired surrogates. The first test is a plain character class (a quarter of
 * the cost of one with the surrogate look-arounds); only a piece with a surrogate takes the second.
 */
// eslint-disable-next-line no-control-regex
const SUSPECT = /[\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** The XML declaration as these tools write it: version 1.0, optional encoding and standalone. */
const DECLARATION =
  /^<\?xml[ \t\n\r]+version[ \t\n\r]*=[ \t\n\r]*(["'])1\.0\1(?:[ \t\n\r]+encoding[ \t\n\r]*=[ \t\n\r]*(["'])[A-Za-z][\w.-]*\2)?(?:[ \t\n\r]+standalone[ \t\n\r]*=[ \t\n\r]*(["'])(?:yes|no)\3)?[ \t\n\r]*\?>$/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML white space (§2.3 S). */
const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;
/** ASCII name characters: letters, `_` (may start a name), digits, `-`, `.`, `:` (may not). */
const isNameStart = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
const isNameChar = (c: number): boolean => isNameStart(c) || (c >= 48 && c <= 58) || c === 45 || c === 46;
/** A code point XML 1.0 allows (§2.2 Char). */
const isChar = (c: number): boolean =>
  c === 9 || c === 10 || c === 13 || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);

/** `raw` with its entity and character references replaced; throws OUTSIDE_SUBSET for any other `&`. */
const unescape = (raw: string): string => {
  let out = '';
  let from = 0;
  for (let amp = raw.indexOf('&'); amp >= 0; amp = raw.indexOf('&', from)) {
    const semi = raw.indexOf(';', amp);
    if (semi < 0) throw OUTSIDE_SUBSET;
    const name = raw.slice(amp + 1, semi);
    let char = ENTITIES[name];
    if (char === undefined) {
      const hex = name.startsWith('#x');
      const digits = name.slice(hex ? 2 : 1);
      if (name[0] !== '#' || digits === '' || !(hex ? /^[\dA-Fa-f]{1,6}$/ : /^\d{1,7}$/).test(digits)) throw OUTSIDE_SUBSET;
      const code = parseInt(digits, hex ? 16 : 10);
      if (!isChar(code)) throw OUTSIDE_SUBSET;
      char = String.fromCodePoint(code);
    }
    out += raw.slice(from, amp) + char;
    from = semi + 1;
  }
  return out + raw.slice(from);
};

/** Distinct dropped subtrees a part's scanner remembers (Word letters have a handful of run formats). */
const MAX_SEEN = 16;

/**
 * A dropped subtree read whole before: its text from its start tag to its end tag, whether it was
 * a run's or a style's run properties (`owned`, XmlTreeBuilder.hidingOwned), and the hidden-text
 * properties the builder recorded from it then (`hiding`, replayed when it is stepped over).
 */
interface Seen {
  subtree: string;
  owned: boolean;
  hiding: readonly HidingRecord[];
}

/** No attributes: what a tag inside a dropped subtree passes on (never written to). */
const NONE: string[] = [];

/** Is `buf[from, to)` the same as one of the first `count` attribute names, `keys` = [start, end, …]? */
const sameKeyBefore = (buf: string, keys: number[], count: number, from: number, to: number): boolean => {
  for (let k = 0; k < count; k++) {
    const start = keys[2 * k]!;
    if (keys[2 * k + 1]! - start !== to - from) continue;
    let j = 0;
    while (j < to - from && buf.charCodeAt(start + j) === buf.charCodeAt(from + j)) j++;
    if (j === to - from) return true;
  }
  return false;
};

/**
 * Whether the attribute name `buf[from, to)` has a local name starting `rsid` (Word's revision-session
 * ids, `w:rsidR`, `w:rsidRPr`, …; not a namespace declaration), which the tree builder leaves out
 * (xml-tree.ts, UNREAD_ATTRIBUTE): the scanner then makes no strings for them.
 */
const isRsidAt = (buf: string, from: number, to: number): boolean => {
  let colon = from;
  while (colon < to && buf.charCodeAt(colon) !== 58 /* : */) colon++;
  if (colon === from + 5 && buf.startsWith('xmlns', from)) return false; // a declaration of a prefix `rsid…`
  const local = colon < to ? colon + 1 : from;
  return to - local >= 4 && buf.startsWith('rsid', local);
};

/** The offset of the first `&`, `]` or CR in `buf` from `from` on, or `buf.length`. */
const nextMark = (buf: string, from: number): number => {
  let at = buf.length;
  for (const mark of ['&', ']', '\r']) {
    const i = buf.indexOf(mark, from);
    if (i >= 0 && i < at) at = i;
  }
  return at;
};

/** Text outside the root element must be white space only. */
const onlySpace = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
};

/**
 * Tokenizes a part's text, given piece by piece (`write`, then `close`), into `builder`'s events.
 * Throws OUTSIDE_SUBSET as described above; a part cut off inside a tag or before its root
 * closes is outside the subset too.
 */
export class XmlScanner {
  private buf = '';
  private pos = 0;
  /** Qualified names of the open elements. */
  private readonly open: string[] = [];
  private rootSeen = false;
  /** Where the attribute names of the tag being read start and end (reused, see sameKeyBefore). */
  private readonly keys: number[] = [];
  private first = true;
  /** Offset in `buf` of the next `&`, `]` or CR at or after the last text read (buf.length: none); -1 unknown. */
  private markAt = -1;
  /** Dropped subtrees read whole before, as written (see `dropped`), at most MAX_SEEN. */
  private readonly seen: Seen[] = [];
  /** The dropped subtree being read, to remember in `seen` when it ends where expected. */
  private memo: { depth: number; end: number; subtree: string; owned: boolean } | null = null;

  /**
   * `charsChecked`: the caller has made sure the text holds no character XML forbids (xml.ts checks
   * a UTF-8 part's bytes, see hasForbiddenUtf8), so the pieces are not searched for them again.
   */
  constructor(
    private readonly builder: XmlTreeBuilder,
    private readonly charsChecked = false,
  ) {}

  write(piece: string): void {
    if (!this.charsChecked && SUSPECT.test(piece) && FORBIDDEN.test(piece)) throw OUTSIDE_SUBSET;
    this.buf = this.pos < this.buf.length ? this.buf.slice(this.pos) + piece : piece;
    this.memo = null; // its offsets were in the previous text
    this.markAt = -1;
    this.pos = 0;
    this.scan(false);
  }

  close(): void {
    this.scan(true);
    if (this.pos < this.buf.length || this.open.length > 0 || !this.rootSeen) throw OUTSIDE_SUBSET;
  }

  private scan(final: boolean): void {
    const buf = this.buf;
    if (this.first) {
      if (buf.length < 6 && !final) return;
      this.first = false;
      if (buf.startsWith('<?xml')) {
        const end = buf.indexOf('?>');
        if (end < 0 || !DECLARATION.test(buf.slice(0, end + 2))) throw OUTSIDE_SUBSET;
        this.pos = end + 2;
      }
    }
    let pos = this.pos;
    // step() leaves this.pos where the next piece or close() goes on.
    for (let next = this.step(buf, pos, final); next >= 0; next = this.step(buf, pos, final)) pos = next;
  }

  /**
   * Reads the text and the tag at `pos`; returns the offset after them, or -1 when the piece ends
   * first (or, at the `final` end, when all is read). Small, so V8 optimises it early.
   */
  private step(buf: string, pos: number, final: boolean): number {
    // Character loops instead of indexOf/includes: most texts and values are a few characters
    // long, where a runtime call costs more than the loop (measured: about half the scan time).
    const len = buf.length;
    let lt = pos;
    let marks = false; // `&`, `]` or CR: the text needs a closer look
    if (buf.charCodeAt(pos) !== 60 /* < */) {
      // Text: found with indexOf (memchr-like), and whether it holds a mark by the next mark's offset, kept per piece.
      lt = buf.indexOf('<', pos);
      if (lt < 0) lt = len;
      if (this.markAt < pos) this.markAt = nextMark(buf, pos);
      marks = this.markAt < lt;
    }
    if (lt >= len) {
      // Text up to the end: complete only at the end of the part (then it must lie outside the root).
      this.pos = pos;
      if (final && pos < len) {
        if (this.open.length > 0 || !onlySpace(buf.slice(pos))) throw OUTSIDE_SUBSET;
        this.pos = len;
      }
      return -1;
    }
    if (lt > pos) this.text(buf.slice(pos, lt), marks);
    const end = lt + 1 < len && buf.charCodeAt(lt + 1) === 47 /* / */ ? this.endTag(buf, lt) : this.startTag(buf, lt);
    if (end < 0) this.pos = lt;
    return end;
  }

  private text(raw: string, marks: boolean): void {
    if (this.open.length === 0) {
      if (!onlySpace(raw)) throw OUTSIDE_SUBSET;
      return;
    }
    if (!marks) return this.builder.text(raw);
    if (raw.includes(']]>')) throw OUTSIDE_SUBSET;
    // Line ends become line feeds (§2.11: Word writes CR LF) before references are replaced.
    const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
    this.builder.text(text.includes('&') ? unescape(text) : text);
  }

  /** Reads the start tag at `lt`; returns the offset after it, or -1 when the piece ends inside it. */
  private startTag(buf: string, lt: number): number {
    const len = buf.length;
    let i = lt + 1;
    if (i >= len) return -1;
    if (!isNameStart(buf.charCodeAt(i))) throw OUTSIDE_SUBSET; // also `<!…`, `<?…`
    while (i < len && isNameChar(buf.charCodeAt(i))) i++;
    const name = buf.slice(lt + 1, i);
    // Inside a subtree the builder drops, attributes are checked but not kept (most of Word's
    // markup: run properties on every run); no strings are made for them.
    const quiet = this.builder.skipping && !this.builder.wantsAttributes(name);
    const attributes: string[] = quiet ? NONE : [];
    const keys = this.keys;
    let keyCount = 0;
    for (;;) {
      const spaced = i < len && isSpace(buf.charCodeAt(i));
      while (i < len && isSpace(buf.charCodeAt(i))) i++;
      if (i >= len) return -1;
      const c = buf.charCodeAt(i);
      if (c === 62 /* > */ || c === 47 /* / */) {
        const selfClosing = c === 47;
        if (selfClosing && i + 1 >= len) return -1;
        if (selfClosing && buf.charCodeAt(i + 1) !== 62) throw OUTSIDE_SUBSET;
        if (this.open.length === 0 && this.rootSeen) throw OUTSIDE_SUBSET; // a second root
        this.rootSeen = true;
        this.builder.open(name, attributes, selfClosing);
        if (selfClosing) return i + 2;
        this.open.push(name);
        return quiet || !this.builder.skipping ? i + 1 : this.dropped(buf, lt, i + 1, name);
      }
      if (!spaced || !isNameStart(c)) throw OUTSIDE_SUBSET;
      const from = i;
      while (i < len && isNameChar(buf.charCodeAt(i))) i++;
      if (sameKeyBefore(buf, keys, keyCount, from, i)) throw OUTSIDE_SUBSET;
      keys[2 * keyCount] = from;
      keys[2 * keyCount + 1] = i;
      keyCount++;
      const keyEnd = i;
      while (i < len && isSpace(buf.charCodeAt(i))) i++;
      if (i >= len) return -1;
      if (buf.charCodeAt(i) !== 61 /* = */) throw OUTSIDE_SUBSET;
      i++;
      while (i < len && isSpace(buf.charCodeAt(i))) i++;
      if (i >= len) return -1;
      const quote = buf.charCodeAt(i);
      if (quote !== 34 && quote !== 39) throw OUTSIDE_SUBSET;
      let close = i + 1;
      let amp = false;
      for (let v = buf.charCodeAt(close); v !== quote; v = buf.charCodeAt(++close)) {
        if (close >= len) return -1;
        // `<` is not allowed in a value; white space other than spaces is normalised (§3.3.3): left to saxes.
        if (v === 60 || v === 10 || v === 9 || v === 13) throw OUTSIDE_SUBSET;
        if (v === 38) amp = true;
      }
      if (!quiet && !isRsidAt(buf, from, keyEnd)) {
        const raw = buf.slice(i + 1, close);
        attributes.push(buf.slice(from, keyEnd), amp ? unescape(raw) : raw);
      } else if (amp) unescape(buf.slice(i + 1, close)); // its references must be valid all the same
      i = close + 1;
    }
  }

  /** Reads the end tag at `lt`; returns the offset after it, or -1 when the piece ends inside it. */
  private endTag(buf: string, lt: number): number {
    const name = this.open[this.open.length - 1];
    if (name === undefined) throw OUTSIDE_SUBSET;
    const len = buf.length;
    let i = lt + 2 + name.length;
    if (i > len) return -1;
    for (let k = 0; k < name.length; k++) if (buf.charCodeAt(lt + 2 + k) !== name.charCodeAt(k)) throw OUTSIDE_SUBSET;
    while (i < len && isSpace(buf.charCodeAt(i))) i++;
    if (i >= len) return -1;
    if (buf.charCodeAt(i) !== 62) throw OUTSIDE_SUBSET; // a longer name, or junk
    this.open.pop();
    this.builder.close();
    const memo = this.memo;
    if (memo !== null && this.open.length < memo.depth) {
      const builder = this.builder;
      if (i + 1 === memo.end && !builder.takeMarkedInSkip())
        this.seen.push({ subtree: memo.subtree, owned: memo.owned, hiding: builder.takeHiding() });
      this.memo = null;
    }
    return i + 1;
  }

  /**
   * A subtree the builder drops has just opened at `lt` (its start tag ends at `after`). When the
   * same text, from its start tag to the first end tag of its name, was read before in this part
   * as the whole subtree, well-formed and without any element named like a revision mark, reading
   * it again gives the same verdict and, but for the hidden-text properties it records on its run
   * or style (`w:vanish`, `w:rStyle`: replayed from the first reading, see XmlTreeBuilder.hiding),
   * no event the builder keeps: it is stepped over. Word writes the same run properties on every
   * run, so most of a document.xml is read once per distinct `w:rPr` (a 40 KB document.xml of
   * bench/corpus-docx.ts: 155 `w:rPr`, 3 distinct, one the footnote reference's character style).
   */
  private dropped(buf: string, lt: number, after: number, name: string): number {
    const seen = this.seen;
    const builder = this.builder;
    const owned = builder.hidingOwned;
    // A known subtree holds one end tag of its name, at its end. Compared as a slice of the same
    // length with ===, which V8 does as one memory comparison (no copy is made): several times
    // faster than startsWith, which compares character by character (a 150-character w:rPr).
    for (let k = 0; k < seen.length; k++) {
      const known = seen[k]!;
      const length = known.subtree.length;
      if (known.owned === owned && buf.substring(lt, lt + length) === known.subtree) {
        if (known.hiding.length > 0) builder.replayHiding(known.hiding);
        this.open.pop();
        builder.close();
        return lt + length;
      }
    }
    builder.takeMarkedInSkip();
    builder.takeHiding();
    if (seen.length >= MAX_SEEN) return after;
    const close = buf.indexOf(`</${name}>`, after);
    if (close < 0) return after;
    const end = close + name.length + 3;
    this.memo = { depth: this.open.length, end, subtree: buf.slice(lt, end), owned };
    return after;
  }
}
