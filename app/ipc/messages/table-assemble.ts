import type { MessageTable } from './message';

/**
 * What building a briefing from quotes says when a quote or comment names nothing
 * (app/briefing/assemble.ts; `dossier assemble`). Parameters: `n` a quote's number (1-based, in
 * the order given), `file` a letter's file as typed, `block` a block index (0-based), `last` the
 * letter's last block index, `start`/`end`/`length` UTF-16 offsets and the paragraph's length,
 * `quotes` how many quotes there are.
 */
export const ASSEMBLE_MESSAGES = {
  'assemble.letter-unknown': {
    nl: (p) => `Onbekende brief in citaat ${p.n} (${p.file}#${p.block}): "${p.file}" staat niet in het corpus.`,
    en: (p) => `Unknown letter in quote ${p.n} (${p.file}#${p.block}): "${p.file}" is not in the corpus.`,
  },
  'assemble.block-unknown': {
    nl: (p) => `Onbekende alinea in citaat ${p.n} (${p.file}#${p.block}): de brief heeft alinea's 0 tot en met ${p.last}.`,
    en: (p) => `Unknown paragraph in quote ${p.n} (${p.file}#${p.block}): the letter has paragraphs 0 to ${p.last}.`,
  },
  'assemble.bad-range': {
    nl: (p) =>
      `Ongeldig bereik ${p.start}-${p.end} in citaat ${p.n} (${p.file}#${p.block}): de alinea telt ${p.length} tekens; het bereik moet daarbinnen liggen en niet leeg zijn.`,
    en: (p) =>
      `Invalid range ${p.start}-${p.end} in quote ${p.n} (${p.file}#${p.block}): the paragraph has ${p.length} characters; the range must lie within it and not be empty.`,
  },
  'assemble.comment-unknown': {
    nl: (p) =>
      Number(p.quotes) === 1
        ? `Opmerking bij citaat ${p.n}: er is 1 citaat (nummer 1).`
        : `Opmerking bij citaat ${p.n}: er zijn ${p.quotes} citaten (genummerd vanaf 1).`,
    en: (p) =>
      Number(p.quotes) === 1
        ? `Comment on quote ${p.n}: there is 1 quote (number 1).`
        : `Comment on quote ${p.n}: there are ${p.quotes} quotes (numbered from 1).`,
  },
} as const satisfies MessageTable;
