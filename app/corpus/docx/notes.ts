import type { Footnote, TextLink } from '../types';
import { type BodyContext, readBlocks } from './body';
import type { NoteKind } from './inline';
import { counterValue, formatNumber } from './numbering';
import { child, childrenNamed, val, type XmlElement } from './xml';

/**
 * Footnotes and endnotes as Word prints them (ECMA-376 §17.11): bodies from their own parts,
 * paired with their references by kind and `w:id` (a footnote and an endnote may share an id);
 * separator notes skipped by their `w:type` (separator, continuationSeparator,
 * continuationNotice), whatever their id (Google Docs starts at 0, Word at 1, LibreOffice at 2).
 * Each kind is numbered in its own sequence in order of first reference, from `w:numStart`, in
 * the `w:numFmt` the document sets (the last section's `w:footnotePr`/`w:endnotePr`, else
 * settings; default decimal for footnotes, lowerRoman for endnotes). A note with a custom mark
 * (`w:customMarkFollows`) is labelled with its mark and takes no number. `w:numRestart eachSect`
 * starts each kind again at `w:numStart` in every section (a section ends at a paragraph holding a
 * `w:sectPr`); `eachPage` cannot be followed without laying out pages, so such notes are
 * numbered continuously. Ids are `fn<id>` / `en<id>`, as the Tika text parser makes them.
 */

interface Numbering {
  format: string;
  start: number;
  /** `w:numRestart`: `continuous` (default), `eachSect` or `eachPage`. */
  restart: string;
}

/** Records references in reading order and the custom marks met. */
export class NoteRegister {
  readonly order: { key: string; kind: NoteKind; id: string; section: number }[] = [];
  /** The section being read (0-based), counted by `sectionEnd`. */
  private section = 0;
  private readonly seen = new Set<string>();
  readonly custom = new Map<string, string>();
  private readonly customRefs = new Set<string>();

  reference = (kind: NoteKind, id: string, customMark: boolean): string => {
    const key = `${kind}${id}`;
    if (customMark) this.customRefs.add(key);
    if (!this.seen.has(key)) {
      this.seen.add(key);
      this.order.push({ key, kind, id, section: this.section });
    }
    return key;
  };

  /** The body's current section has ended (a paragraph with a `w:sectPr` was read). */
  sectionEnd = (): void => {
    this.section++;
  };

  customMark = (key: string, mark: string): void => {
    if (!this.custom.has(key)) this.custom.set(key, mark);
  };

  isCustom = (key: string): boolean => this.customRefs.has(key);
}

const numberingFrom = (pr: XmlElement | undefined, fallback: Numbering): Numbering => ({
  format: val(pr, 'numFmt') ?? fallback.format,
  start: counterValue(val(pr, 'numStart'), fallback.start) || fallback.start,
  restart: val(pr, 'numRestart') ?? fallback.restart,
});

/** The note numbering of both kinds, from settings and then the body's last `w:sectPr`. */
export const noteNumbering = (settings: XmlElement | undefined, body: XmlElement): Record<NoteKind, Numbering> => {
  const sectPr = child(body, 'sectPr');
  const fn = numberingFrom(
    child(sectPr, 'footnotePr'),
    numberingFrom(child(settings, 'footnotePr'), { format: 'decimal', start: 1, restart: 'continuous' }),
  );
  const en = numberingFrom(
    child(sectPr, 'endnotePr'),
    numberingFrom(child(settings, 'endnotePr'), { format: 'lowerRoman', start: 1, restart: 'continuous' }),
  );
  return { fn, en };
};

const SEPARATORS = new Set(['separator', 'continuationSeparator', 'continuationNotice']);

/** Note bodies of a footnotes or endnotes part by `w:id`, separators left out. */
export const readNoteBodies = (part: XmlElement | undefined, name: string, ctx: BodyContext): Map<string, NoteBody> => {
  const bodies = new Map<string, NoteBody>();
  for (const note of part ? childrenNamed(part, name) : []) {
    if (SEPARATORS.has(note.attrs.type ?? '')) continue;
    let text = '';
    const links: TextLink[] = [];
    readBlocks(note, ctx).forEach((item, i) => {
      const line = (
        item.type === 'table'
          ? item.rows.map((row) => row.map((cell) => cell.map((p) => p.text).join(' ')).join('\t')).join('\n')
          : item.text
      ).trimEnd();
      if (i > 0) text += '\n';
      if (item.type !== 'table')
        for (const link of item.links ?? [])
          links.push({
            ...link,
            start: text.length + Math.min(link.start, line.length),
            end: text.length + Math.min(link.end, line.length),
          });
      text += line;
    });
    bodies.set(note.attrs.id ?? '', sliceBody({ text, links }, text.length - text.trimStart().length, text.trimEnd().length));
  }
  return bodies;
};

/** A note's text and the hyperlinks in it (ranges of `text`, as a block's `links`). */
export interface NoteBody {
  text: string;
  links: TextLink[];
}

/** `[start, end)` of a note body, its links moved along (clamped; empty ones dropped). */
const sliceBody = (body: NoteBody, start: number, end: number): NoteBody => {
  const at = (offset: number) => Math.min(Math.max(offset, start), end) - start;
  const links = body.links.map((l) => ({ ...l, start: at(l.start), end: at(l.end) })).filter((l) => l.end > l.start);
  return { text: body.text.slice(start, end), links };
};

/**
 * A custom-marked note's text without the mark the note itself begins with (Word writes the mark
 * as the note's first run, LibreOffice the mark and a tab), so the mark is not shown twice.
 */
const withoutMark = (body: NoteBody, mark: string): NoteBody => {
  if (mark === '' || !body.text.startsWith(mark)) return body;
  const rest = body.text.slice(mark.length);
  return sliceBody(body, body.text.length - rest.replace(/^[\t ]+/, '').length, body.text.length);
};

/** The letter's footnotes (both kinds) in order of first reference, labelled as printed. */
export const numberNotes = (
  register: NoteRegister,
  bodies: Record<NoteKind, Map<string, NoteBody>>,
  numbering: Record<NoteKind, Numbering>,
): Footnote[] => {
  const next: Record<NoteKind, number> = { fn: numbering.fn.start, en: numbering.en.start };
  const section: Record<NoteKind, number> = { fn: 0, en: 0 };
  return register.order.map(({ key, kind, id, section: at }) => {
    if (at !== section[kind] && numbering[kind].restart === 'eachSect') next[kind] = numbering[kind].start;
    section[kind] = at;
    const custom = register.isCustom(key) ? register.custom.get(key) : undefined;
    const label = custom ?? formatNumber(next[kind]++, numbering[kind].format);
    const found = bodies[kind].get(id) ?? { text: '', links: [] };
    const { text, links } = custom !== undefined ? withoutMark(found, custom) : found;
    return { id: key, label, text, ...(links.length > 0 ? { links } : {}) };
  });
};
