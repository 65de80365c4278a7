import type { Briefing, NotaKind } from '../model';

/** The built-in templates shipped in `assets/templates/`: file name and the nota kind it makes. */
export const BUILT_IN_TEMPLATES = [
  { file: 'beslisnota.dossier', kind: 'beslisnota' },
  { file: 'informatienota.dossier', kind: 'informatienota' },
  { file: 'nota-voor-debat.dossier', kind: 'debatnota' },
] as const satisfies readonly { file: string; kind: NotaKind }[];

/** The extension of a template file: a template is an ordinary `.dossier` briefing. */
export const TEMPLATE_EXTENSION = '.dossier';

/**
 * Whether `name` can name a template file inside a templates folder: a plain file name (no
 * folder part, no `..`, no control characters), ending in `.dossier`, at most 255 characters.
 * Main resolves only such names, and only inside its own templates folders.
 */
export function isTemplateFileName(name: string): boolean {
  return (
    name.length > TEMPLATE_EXTENSION.length &&
    name.length <= 255 &&
    name.toLowerCase().endsWith(TEMPLATE_EXTENSION) &&
    !/[\\/:*?"<>|\p{Cc}]/u.test(name) &&
    !name.startsWith('.')
  );
}

/** The name a user template is listed by: its file name without `.dossier`. */
export function templateDisplayName(file: string): string {
  return file.slice(0, -TEMPLATE_EXTENSION.length);
}

/**
 * The new, untitled briefing a template gives on `today` (ISO `yyyy-mm-dd`, the local date): the
 * template's content and properties, dated today when it is a nota or carries a date (a date
 * stored in a template is the day it was made, never the new nota's), undated otherwise. Pure;
 * throws nothing.
 */
export function briefingFromTemplate(template: Briefing, today: string): Briefing {
  const dated = template.properties.notaKind !== undefined || template.properties.date !== '';
  return { ...template, properties: { ...template.properties, date: dated ? today : '' } };
}
