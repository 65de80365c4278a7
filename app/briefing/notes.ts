import type { BodyBlock, Briefing, BriefingFootnote, CitationStyle, Inline, NoteLink, Passage } from './model';

/** One numbered note as printed: a footnote reference or, in `footnote` citation style, a passage's citation. */
export interface NumberedNote {
  number: number;
  kind: 'quote' | 'user' | 'citation';
  text: string;
  /** `BriefingFootnote.id` for `quote`/`user` notes; the passage id for `citation` notes. */
  ref: string;
  /** A quoted note's links (`BriefingFootnote.links`, ranges of `text`); absent: none. */
  links?: NoteLink[];
}

/**
 * One place, in document order, where the numbering meets a note: a footnote reference with the
 * footnote it points at (`undefined` when its id is unknown), or a passage's citation. The
 * exporters derive sites from the briefing model, the editor from its nodes; both number them
 * with `numberNoteSites`, so there is one numbering rule.
 */
export type NoteSite =
  { type: 'footnote-ref'; footnote: BriefingFootnote | undefined } | { type: 'citation'; passage: string; citation: string };

/** Resolves a `BriefingFootnote.id` to its footnote; `undefined` when unknown. */
export type FootnoteLookup = (id: string) => BriefingFootnote | undefined;

/** The inline content of a block, in document order (passage parts concatenated; a table's cells row by row, left to right). */
export function blockInlines(block: BodyBlock): Inline[] {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return block.children;
    case 'list':
      return block.items.flatMap((item) => item.children);
    case 'passage':
      return block.parts.flatMap((part) => part.children);
    case 'table':
      return block.rows.flatMap((row) => row.cells.flatMap((cell) => cell.paragraphs.flatMap((paragraph) => paragraph.children)));
  }
}

/**
 * The note sites of one block in document order: its footnote references and, for a passage,
 * its citation after the passage's own references.
 */
export function blockNoteSites(block: BodyBlock, lookup: FootnoteLookup): NoteSite[] {
  if (block.type === 'passage') return passageNoteSites(block, lookup);
  return referenceSites(blockInlines(block), lookup);
}

/** A passage's note sites: the footnote references of its parts in order, then its citation. */
export function passageNoteSites(passage: Passage, lookup: FootnoteLookup): NoteSite[] {
  const sites = referenceSites(
    passage.parts.flatMap((part) => part.children),
    lookup,
  );
  sites.push({ type: 'citation', passage: passage.id, citation: passage.citation });
  return sites;
}

function referenceSites(inlines: readonly Inline[], lookup: FootnoteLookup): NoteSite[] {
  const sites: NoteSite[] = [];
  for (const inline of inlines) {
    if (inline.type === 'footnote-ref') sites.push({ type: 'footnote-ref', footnote: lookup(inline.footnote) });
  }
  return sites;
}

/**
 * The numbering rule: numbers the sites in order, 1-based, one number per reference occurrence
 * (Word and print number each reference anew). A reference to an unknown footnote gets no number;
 * a citation gets one only in `footnote` style and when it is not empty. Returns one entry per
 * site, at the same index: its numbered note, or `null` for a site without a number.
 */
export function numberNoteSites(sites: readonly NoteSite[], citationStyle: CitationStyle): Array<NumberedNote | null> {
  let count = 0;
  return sites.map((site) => {
    if (site.type === 'footnote-ref') {
      const { footnote } = site;
      if (!footnote) return null;
      const links = footnote.links?.length ? { links: footnote.links } : {};
      return { number: ++count, kind: footnote.origin, text: footnote.text, ref: footnote.id, ...links };
    }
    if (citationStyle !== 'footnote' || !site.citation) return null;
    return { number: ++count, kind: 'citation', text: site.citation, ref: site.passage };
  });
}

/**
 * Numbers every note of a briefing in document order by `numberNoteSites`: footnote references
 * resolved against `briefing.footnotes`, a passage's citation note (in `footnote` style) after
 * the passage's own notes, references to unknown footnote ids skipped.
 */
export function numberNotes(briefing: Briefing): NumberedNote[] {
  const byId = new Map(briefing.footnotes.map((note) => [note.id, note]));
  const lookup: FootnoteLookup = (id) => byId.get(id);
  const sites = briefing.body.flatMap((block) => blockNoteSites(block, lookup));
  return numberNoteSites(sites, briefing.citationStyle).filter((note): note is NumberedNote => note !== null);
}
