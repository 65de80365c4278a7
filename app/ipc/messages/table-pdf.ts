import type { MessageTable } from './message';

/**
 * What the PDF readers (app/corpus/pdf-layout, app/corpus/pdf-text) noticed but did not settle
 * in a letter's note numbering (issue 14): stored on the letter as keyed `warnings`, shown in the
 * reader in the interface language and by `parse` in Dutch. The Dutch text is the one the
 * readers wrote before the warnings were keyed (tests compare it). Parameters: `number` a note
 * number as printed (1-based), `page` the 1-based page it stands on; `count` and `example` for
 * repeated lines removed as page furniture.
 */
export const PDF_MESSAGES = {
  'pdf.note-duplicate': {
    nl: (p) => `Voetnoot ${p.number} komt twee keer voor (pagina ${p.page}).`,
    en: (p) => `Footnote ${p.number} appears twice (page ${p.page}).`,
  },
  'pdf.note-missing': {
    nl: (p) => `Voetnoot ${p.number} ontbreekt in de nummering.`,
    en: (p) => `Footnote ${p.number} is missing from the numbering.`,
  },
  'pdf.note-unreferenced': {
    nl: (p) => `Voetnoot ${p.number} heeft geen verwijzing in de tekst.`,
    en: (p) => `Footnote ${p.number} has no reference in the text.`,
  },
  // A note whose number was found at the page foot but not its text (pdf-text/index.ts): the text may be among the body's lines.
  'pdf.note-empty': {
    nl: (p) => `De tekst van voetnoot ${p.number} (pagina ${p.page}) is niet gevonden; die kan in de lopende tekst staan.`,
    en: (p) => `The text of footnote ${p.number} (page ${p.page}) was not found; it may stand in the body text.`,
  },
  // `count` lines removed as running header or footer that may be body text, `example` the first (pdf-text/furniture-warning.ts).
  'pdf.furniture-removed': {
    nl: (p) =>
      p.count === '1'
        ? `1 herhaalde regel aan de paginarand is weggelaten als kop- of voettekst, maar kan lopende tekst zijn: "${p.example}".`
        : `${p.count} herhaalde regels aan de paginarand zijn weggelaten als kop- of voettekst, maar kunnen lopende tekst zijn, bijvoorbeeld "${p.example}".`,
    en: (p) =>
      p.count === '1'
        ? `1 repeated line at the page edge was removed as a header or footer but may be body text: "${p.example}".`
        : `${p.count} repeated lines at the page edge were removed as headers or footers but may be body text, for example "${p.example}".`,
  },
  // A note broken off mid-sentence at a page's foot whose continuation on the next page (`page`) was not found (pdf-text/note-backbone.ts).
  'pdf.note-continuation': {
    nl: (p) => `Voetnoot ${p.number} loopt door op pagina ${p.page}, maar het vervolg is niet gevonden; dat kan in de lopende tekst staan.`,
    en: (p) => `Footnote ${p.number} runs on to page ${p.page}, but its continuation was not found; it may stand in the body text.`,
  },
  'pdf.reference-without-note': {
    nl: (p) => `Verwijzing ${p.number} heeft geen voetnoot.`,
    en: (p) => `Reference ${p.number} has no footnote.`,
  },
} as const satisfies MessageTable;
