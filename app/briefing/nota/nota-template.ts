import { type BodyBlock, type Briefing, emptyBriefing, type NotaKind } from '../model';

/** The sections of a nota, in the order the minister's office expects them (issue 19, templates). */
export const NOTA_SECTIONS = {
  beslisnota: ['Beslispunten', 'Aanleiding', 'Kernpunten', 'Toelichting'],
  informatienota: ['Aanleiding', 'Kernpunten', 'Toelichting'],
  debatnota: ['Aanleiding', 'Verwachte vragen'],
} as const satisfies Record<NotaKind, readonly string[]>;

/** How many expected questions a new "Nota voor debat" has ready to fill. */
export const DEBATE_QUESTIONS = 3;

const heading = (level: 1 | 2 | 3, text: string): BodyBlock => ({ type: 'heading', level, children: [{ type: 'text', text }] });
const empty = (): BodyBlock => ({ type: 'paragraph', children: [] });
const list = (ordered: boolean): BodyBlock => ({ type: 'list', ordered, items: [{ children: [] }] });

/** What stands under a section heading in a new nota: the decisions numbered, key points bulleted, else a paragraph. */
function sectionBody(section: string): BodyBlock[] {
  if (section === 'Beslispunten') return [list(true)];
  if (section === 'Kernpunten') return [list(false)];
  if (section === 'Verwachte vragen') {
    return Array.from({ length: DEBATE_QUESTIONS }, (_, index) => [
      heading(2, `Vraag ${index + 1}`),
      empty(),
      heading(3, 'Voorgesteld antwoord'),
      empty(),
    ]).flat();
  }
  return [empty()];
}

/**
 * A new nota of `kind`, ready to fill: an empty title block (Aan, Van, Datum, Kenmerk, Onderwerp,
 * and Kopie aan and Bijlagen after the sections), `properties.notaKind` set, and its sections as
 * level-1 headings (NOTA_SECTIONS) each followed by what is to be filled in: Beslispunten a
 * numbered list (1., 2., …), Kernpunten a bulleted list, a "Nota voor debat" its expected
 * questions ("Vraag 1" with a paragraph for the question and "Voorgesteld antwoord" for the answer,
 * to be built from quoted passages). The built-in template files (assets/templates/*.dossier) are
 * these briefings serialised. Version 3 (docs/dossier-format.md).
 */
export function notaTemplate(kind: NotaKind): Briefing {
  const briefing = emptyBriefing();
  return {
    ...briefing,
    version: 3,
    properties: { ...briefing.properties, notaKind: kind, copyTo: '', attachments: '' },
    body: NOTA_SECTIONS[kind].flatMap((section) => [heading(1, section), ...sectionBody(section)]),
  };
}
