import type { MessageTable } from './message';

/**
 * Why a passage could not be quoted (app/briefing/passage.ts, `passage.*`) or trimmed
 * (app/briefing/trim.ts and trim-range.ts, `trim.*`), shown in the interface language. The Dutch
 * texts are those the functions threw before they were keyed. Parameters: `file` the letter's
 * file name, `reason` a nested `passage.reason-*` message, `paragraph` a 1-based block number,
 * `block` a block id, `offset`/`length`/`start`/`end`/`partStart`/`partEnd` character offsets in a
 * source block, `part` a 1-based passage part number.
 */
export const PASSAGE_MESSAGES = {
  'passage.invalid-selection': {
    nl: (p) => `Ongeldige selectie in de brief "${p.file}": ${p.reason}.`,
    en: (p) => `Invalid selection in the letter "${p.file}": ${p.reason}.`,
  },
  'passage.reason-end-before-start': {
    nl: () => 'het einde van de selectie ligt vóór het begin',
    en: () => 'the end of the selection lies before its start',
  },
  'passage.reason-empty': {
    nl: (p) => `de selectie in alinea ${p.paragraph} is leeg of loopt achteruit`,
    en: (p) => `the selection in paragraph ${p.paragraph} is empty or runs backwards`,
  },
  'passage.reason-no-text': {
    nl: () => 'de selectie bevat geen tekst',
    en: () => 'the selection holds no text',
  },
  'passage.reason-offset-outside': {
    nl: (p) => `positie ${p.offset} ligt buiten alinea ${p.paragraph} (0–${p.length})`,
    en: (p) => `position ${p.offset} lies outside paragraph ${p.paragraph} (0–${p.length})`,
  },
  'passage.block-missing': {
    nl: (p) => `Alinea "${p.block}" bestaat niet in de brief "${p.file}".`,
    en: (p) => `Paragraph "${p.block}" does not exist in the letter "${p.file}".`,
  },
  'trim.no-part': {
    nl: (p) => `Het citaat heeft geen deel ${p.part}.`,
    en: (p) => `The quote has no part ${p.part}.`,
  },
  'trim.invalid-range': {
    nl: (p) => `Ongeldige inkorting: ${p.start}–${p.end} moet een niet-lege deelreeks zijn van ${p.partStart}–${p.partEnd}.`,
    en: (p) => `Invalid trim: ${p.start}–${p.end} must be a non-empty part of ${p.partStart}–${p.partEnd}.`,
  },
  'trim.no-words': {
    nl: () => 'De selectie bevat geen woorden van het citaat.',
    en: () => 'The selection holds no words of the quote.',
  },
  'trim.nothing-left': {
    nl: () => 'Dan blijft er niets over van het citaat; verwijder het citaat als u het niet meer wilt.',
    en: () => 'Nothing of the quote would be left; remove the quote if you no longer want it.',
  },
} as const satisfies MessageTable;
