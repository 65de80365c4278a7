import type { Footnote } from '../types';
import { type BodyContext, readBlocks } from './body';
import type { NoteKind } from './inline';
import { formatNumber } from './numbering';
import { child, childrenNamed, val, type XmlElement } from './xml';

/**
 * Footnotes and endnotes as Word prints them (ECMA-376 §17.11): bodies from their own parts,
 * paired with their references by kind and `w:id` (a footnote and an endnote may share an id);
 * separator notes skipped by their `w:type` (separator, continuationSeparator,
 * continuationNotice), whatever their id (Google Docs starts at 0, Word at 1, LibreOffice at 2).
 * Each kind is numbered in its own sequence in order of first reference, from `w:numStart`, in
 * the `w:numFmt` the document sets (the last section's `w:footnotePr`/`w:endnotePr`, else
 * settings; default decimal for footnotes, lowerRoman for endnotes). A note with a custom mark
 * (`w:customMarkFollows`) is labelled with its mark and takes no number. Ids are `fn<id>` /
 * `en<id>`, as the Tika text parser makes them.
 */

interface Numbering {
  format: string;
  start: number;
}

/** Records references in reading order and the custom marks met. */
export class NoteRegister {
  readonly order: { key: string; kind: NoteKind; id: string }[] = [];
  private readonly seen = new Set<string>();
  readonly custom = new Map<string, string>();
  private readonly customRefs = new Set<string>();

  reference = (kind: NoteKind, id: string, customMark: boolean): string => {
    const key = `${kind}${id}`;
    if (customMark) this.customRefs.add(key);
    if (!this.seen.has(key)) {
      this.seen.add(key);
      this.order.push({ key, kind, id });
    }
    return key;
  };

  customMark = (key: string, mark: string): void => {
    if (!this.custom.has(key)) this.custom.set(key, mark);
  };

  isCustom = (key: string): boolean => this.customRefs.has(key);
}

const numberingFrom = (pr: XmlElement | undefined, fallback: Numbering): Numbering => ({
  format: val(pr, 'numFmt') ?? fallback.format,
  start: Number(val(pr, 'numStart') ?? fallback.start) || fallback.start,
});

/** The note numbering of both kinds, from settings and then the body's last `w:sectPr`. */
export const noteNumbering = (settings: XmlElement | undefined, body: XmlElement): Record<NoteKind, Numbering> => {
  const sectPr = child(body, 'sectPr');
  const fn = numberingFrom(child(sectPr, 'footnotePr'), numberingFrom(child(settings, 'footnotePr'), { format: 'decimal', start: 1 }));
  const en = numberingFrom(child(sectPr, 'endnotePr'), numberingFrom(child(settings, 'endnotePr'), { format: 'lowerRoman', start: 1 }));
  return { fn, en };
};

const SEPARATORS = new Set(['separator', 'continuationSeparator', 'continuationNotice']);

/** Note bodies of a footnotes or endnotes part by `w:id`, separators left out. */
export const readNoteBodies = (part: XmlElement | undefined, name: string, ctx: BodyContext): Map<string, string> => {
  const bodies = new Map<string, string>();
  for (const note of part ? childrenNamed(part, name) : []) {
    if (SEPARATORS.has(note.attrs.type ?? '')) continue;
    const lines = readBlocks(note, ctx).flatMap((item) =>
      item.type === 'table' ? item.rows.map((row) => row.map((cell) => cell.map((p) => p.text).join(' ')).join('\t')) : [item.text],
    );
    bodies.set(
      note.attrs.id ?? '',
      lines
        .map((l) => l.trimEnd())
        .join('\n')
        .trim(),
    );
  }
  return bodies;
};

/** The letter's footnotes (both kinds) in order of first reference, labelled as printed. */
export const numberNotes = (
  register: NoteRegister,
  bodies: Record<NoteKind, Map<string, string>>,
  numbering: Record<NoteKind, Numbering>,
): Footnote[] => {
  const next: Record<NoteKind, number> = { fn: numbering.fn.start, en: numbering.en.start };
  return register.order.map(({ key, kind, id }) => {
    const custom = register.isCustom(key) ? register.custom.get(key) : undefined;
    const label = custom ?? formatNumber(next[kind]++, numbering[kind].format);
    return { id: key, label, text: bodies[kind].get(id) ?? '' };
  });
};
