import type { MessageTable } from './message';

/**
 * What the quote check says about each passage (app/briefing/quotes.ts), shown in the interface
 * language. Parameters: `file` the letter's readable title, `alinea` a paragraph number as the
 * official citation counts it, `note` a footnote's label.
 */
export const QUOTE_MESSAGES = {
  'quote.letter-missing': {
    nl: (p) => `De brief "${p.file}" staat niet (meer) in het corpus.`,
    en: (p) => `The letter "${p.file}" is not (or no longer) in the corpus.`,
  },
  'quote.paragraph-missing': {
    nl: (p) => `Alinea ${p.alinea} van "${p.file}" bestaat niet meer en de geciteerde tekst staat nergens in de brief.`,
    en: (p) => `Paragraph ${p.alinea} of "${p.file}" no longer exists and the quoted text is nowhere in the letter.`,
  },
  'quote.paragraph-changed': {
    nl: (p) => `De geciteerde tekst uit alinea ${p.alinea} van "${p.file}" komt niet meer overeen met de brief.`,
    en: (p) => `The quoted text from paragraph ${p.alinea} of "${p.file}" no longer matches the letter.`,
  },
  'quote.note-changed': {
    nl: (p) => `Voetnoot ${p.note} in "${p.file}" luidt nu anders dan in het citaat.`,
    en: (p) => `Footnote ${p.note} in "${p.file}" now reads differently from the quote.`,
  },
  'quote.moved': {
    nl: () => 'Het citaat klopt nog, maar staat nu op een andere plaats in de brief.',
    en: () => 'The quote still matches, but now stands elsewhere in the letter.',
  },
  'quote.letter-changed': {
    nl: () => 'Het citaat klopt nog; de brief is sinds het citeren elders gewijzigd.',
    en: () => 'The quote still matches; the letter has changed elsewhere since it was quoted.',
  },
  // The sources report without a corpus to check against (app/briefing/sources-report.ts; `dossier sources` without --corpus).
  'quote.unchecked': {
    nl: () => 'Niet gecontroleerd: er is geen corpus opgegeven.',
    en: () => 'Not checked: no corpus was given.',
  },
  'quote.faithful': { nl: () => 'Het citaat klopt met de brief.', en: () => 'The quote matches the letter.' },
} as const satisfies MessageTable;
