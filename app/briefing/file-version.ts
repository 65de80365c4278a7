import type { Annotation, BodyBlock, Briefing, BriefingFootnote, BriefingVersion, Inline, PassagePart } from './model';
import { blockInlines } from './notes';
import { partLabel } from './passage-label';

/** Whether a run uses a version 2 addition (underline, strikethrough, sub/superscript, link). */
function usesVersion2(inline: Inline): boolean {
  return inline.type === 'text' && !!(inline.underline || inline.strikethrough || inline.subscript || inline.superscript || inline.link);
}

/**
 * Whether a quoted part needs version 4: a list item's label printed apart (a number label its
 * quoted words begin with shows without the field, so a version 3 Dossier loses nothing there) or
 * its level.
 */
const partUsesVersion4 = (part: PassagePart): boolean => partLabel(part) !== null || part.level !== undefined;

/**
 * What one body block needs of the `.dossier` versions (see fileVersionOf): 4 for a passage of
 * which a part keeps a list item's `label` printed apart or its `level`; 3 for a table of its
 * own or a quoted table kept as one (`PassagePart.cells`), 2 for a text run that is underlined,
 * struck through, sub- or superscript or a link (block children, list items, passage parts, table
 * cells), else 1. The renderer keeps it per block beside the block's JSON text.
 */
export function blockVersionOf(block: BodyBlock): BriefingVersion {
  if (block.type === 'passage' && block.parts.some(partUsesVersion4)) return 4;
  if (block.type === 'table' || (block.type === 'passage' && block.parts.some((part) => part.cells !== undefined))) return 3;
  return blockInlines(block).some(usesVersion2) ? 2 : 1;
}

/** Whether a comment has answers or is marked resolved (fields a version 1 reader drops on save). */
function threadUsesVersion2(annotation: Annotation): boolean {
  return (annotation.replies?.length ?? 0) > 0 || annotation.resolved === true;
}

/** Whether the properties use a version 3 addition (a nota kind, "Kopie aan", "Bijlagen"). */
function propertiesUseVersion3({ notaKind, copyTo, attachments }: Briefing['properties']): boolean {
  return notaKind !== undefined || (copyTo ?? '') !== '' || (attachments ?? '') !== '';
}

/**
 * What footnotes need of the `.dossier` versions: 4 when a (quoted) note keeps links
 * (`BriefingFootnote.links`, which a version 3 Dossier would drop on save), else 1.
 */
export function footnotesVersionOf(footnotes: readonly BriefingFootnote[]): BriefingVersion {
  return footnotes.some((note) => (note.links?.length ?? 0) > 0) ? 4 : 1;
}

/**
 * The lowest `.dossier` version that holds this briefing (docs/dossier-format.md, "Versions"):
 * 4 when a quoted list item keeps its label or level, or a quoted note its links;
 * 3 when it holds a table (its own `table` block, or a quoted table with `cells`), or when its
 * properties name a nota kind or fill "Kopie aan" or "Bijlagen" (an older Dossier would drop them
 * silently on save: it refuses the file as newer instead);
 * 2 when a text run is underlined, struck through, sub- or superscript or a link, or when a
 * comment has replies or is resolved, else 1, so a briefing without them stays readable by a
 * Dossier that knows only version 1, and one with them is refused there as "nieuwere versie"
 * instead of losing the formats or the comment threads silently.
 */
export function fileVersionOf(briefing: Briefing): BriefingVersion {
  const beside = briefingVersionBesideBody(briefing);
  const notes = footnotesVersionOf(briefing.footnotes);
  let version = notes > beside ? notes : beside;
  for (const block of briefing.body) {
    if (version === 4) break;
    const needed = blockVersionOf(block);
    if (needed > version) version = needed;
  }
  return version;
}

/** What the properties and comments alone need (fileVersionOf without the body): 3, 2 or 1. */
export function briefingVersionBesideBody(briefing: Pick<Briefing, 'properties' | 'annotations'>): BriefingVersion {
  if (propertiesUseVersion3(briefing.properties)) return 3;
  return briefing.annotations.some(threadUsesVersion2) ? 2 : 1;
}
