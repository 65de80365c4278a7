import { child, childrenNamed, val, type XmlElement } from './xml';

/**
 * Paragraph and character styles (`word/styles.xml`, ECMA-376 §17.7) as far as the reader needs
 * them: whether a style makes a heading, the numbering it brings, and whether it hides its text. A heading is recognised whatever the
 * template calls it: by an outline level 0–8 (`w:outlineLvl`, set on Word's, LibreOffice's and
 * pandoc's heading styles), or by the style's name (`heading 1`, `Kop 1`, `Title`, `Titel`),
 * looked up along the `w:basedOn` chain.
 */

export interface NumberingRef {
  numId: string;
  ilvl: number;
}

export interface ParagraphStyle {
  /** Outline level 0–8 when the style is a heading, else undefined. */
  outline?: number;
  numbering?: NumberingRef;
  /** The style hides its text (`w:vanish`/`w:specVanish` in its run properties, or a base style's). */
  hidden?: boolean;
}

export type Styles = Map<string, ParagraphStyle>;

const HEADING_NAME = /^(?:heading|kop)\s*(\d)$|^(?:title|titel)$/i;

/** Numbering given in paragraph properties (`w:numPr`), if any; `numId` 0 means "no numbering". */
export const numberingOf = (pPr: XmlElement | undefined): Partial<NumberingRef> | undefined => {
  const numPr = child(pPr, 'numPr');
  if (!numPr) return undefined;
  const ilvl = val(numPr, 'ilvl');
  return { numId: val(numPr, 'numId'), ilvl: ilvl === undefined ? undefined : Number(ilvl) || 0 };
};

/** Outline level stated in paragraph properties, 0–8; 9 (body text) and absent give undefined. */
export const outlineOf = (pPr: XmlElement | undefined): number | undefined => {
  const level = Number(val(pPr, 'outlineLvl'));
  return Number.isInteger(level) && level >= 0 && level <= 8 ? level : undefined;
};

interface RawStyle {
  basedOn?: string;
  name: string;
  pPr?: XmlElement;
  /** `#hidden` as the tree builder records it from the style's `w:rPr`: '1' hides, '0' shows. */
  hidden?: string;
}

/** Reads the paragraph styles of a styles part (absent part: no styles). */
export const readStyles = (root: XmlElement | undefined): Styles => {
  const raw = new Map<string, RawStyle>();
  for (const s of root ? childrenNamed(root, 'style') : []) {
    const type = s.attrs.type ?? 'paragraph';
    if ((type !== 'paragraph' && type !== 'character') || !s.attrs.styleId) continue;
    raw.set(s.attrs.styleId, { basedOn: val(s, 'basedOn'), name: val(s, 'name') ?? '', pPr: child(s, 'pPr'), hidden: s.attrs['#hidden'] });
  }
  const styles: Styles = new Map();
  const resolve = (id: string, depth: number): ParagraphStyle => {
    const done = styles.get(id);
    if (done) return done;
    const style = raw.get(id);
    if (!style || depth > 20) return {};
    const base = style.basedOn ? resolve(style.basedOn, depth + 1) : {};
    // A style without `w:name` is known by its id (`Heading2`, as some generators write it).
    const named = HEADING_NAME.exec(style.name.trim() || id);
    const outline = outlineOf(style.pPr) ?? (named ? Math.max(0, Number(named[1] ?? 1) - 1) : undefined);
    const own = numberingOf(style.pPr);
    const numbering = own?.numId !== undefined ? { numId: own.numId, ilvl: own.ilvl ?? 0 } : base.numbering;
    const hidden = style.hidden !== undefined ? style.hidden === '1' : base.hidden;
    const result = { outline: outline ?? base.outline, numbering, ...(hidden ? { hidden } : {}) };
    styles.set(id, result);
    return result;
  };
  for (const id of raw.keys()) resolve(id, 0);
  return styles;
};
