import type { Language } from '../../app/ipc/messages';

type Params = Record<string, string | number>;

/** `count` with the singular or the plural noun: `n(1, 'citaat', 'citaten')` → "1 citaat". */
const n = (count: string | number, one: string, many: string): string => `${count} ${Number(count) === 1 ? one : many}`;

/**
 * The command line's own messages, Dutch and English (`--lang`, ./cli-language.ts). Parameters:
 * `name` a command or option, `arg` what the user typed, `path` a file, `reason` a file-system
 * reason already in the language, counts as numbers.
 */
const CLI_MESSAGES = {
  usage: {
    nl: () => 'Gebruik: dossier <opdracht> [argumenten] [--lang nl|en]',
    en: () => 'Usage: dossier <command> [arguments] [--lang nl|en]',
  },
  commands: { nl: () => 'Opdrachten:', en: () => 'Commands:' },
  'summary.parse': {
    nl: () => 'brieven lezen en blokken, voetnoten en verwijzingen tonen (--json)',
    en: () => 'read letters and show their blocks, footnotes and citations (--json)',
  },
  'summary.assemble': { nl: () => 'een briefing samenstellen', en: () => 'assemble a briefing' },
  'summary.export': { nl: () => 'een briefing exporteren naar .docx of PDF', en: () => 'export a briefing to .docx or PDF' },
  'summary.sources': {
    nl: () => 'het bronnenoverzicht van een briefing (--json, --corpus <map>)',
    en: () => 'the sources report of a briefing (--json, --corpus <folder>)',
  },
  'unknown-command': { nl: (p: Params) => `Onbekende opdracht: ${p.name}`, en: (p: Params) => `Unknown command: ${p.name}` },
  'bad-language': {
    nl: (p: Params) => `Onbekende taal "${p.arg}": kies --lang nl of --lang en.`,
    en: (p: Params) => `Unknown language "${p.arg}": choose --lang nl or --lang en.`,
  },
  unexpected: { nl: (p: Params) => `Onverwachte fout: ${p.arg}`, en: (p: Params) => `Unexpected error: ${p.arg}` },
  'unknown-option': { nl: (p: Params) => `Onbekende optie ${p.name}.`, en: (p: Params) => `Unknown option ${p.name}.` },
  'option-needs-value': {
    nl: (p: Params) => `De optie ${p.name} heeft een waarde nodig.`,
    en: (p: Params) => `The option ${p.name} needs a value.`,
  },
  'unexpected-argument': { nl: (p: Params) => `Onverwacht argument "${p.arg}".`, en: (p: Params) => `Unexpected argument "${p.arg}".` },
  'invalid-arguments': { nl: (p: Params) => `Ongeldige argumenten: ${p.arg}`, en: (p: Params) => `Invalid arguments: ${p.arg}` },
  warning: { nl: (p: Params) => `Waarschuwing: ${p.path}: ${p.arg}`, en: (p: Params) => `Warning: ${p.path}: ${p.arg}` },
  'file-unreadable': {
    nl: (p: Params) => `Het bestand "${p.path}" kan niet worden gelezen: ${p.reason}.`,
    en: (p: Params) => `The file "${p.path}" cannot be read: ${p.reason}.`,
  },
  'one-briefing': { nl: () => 'Geef precies één .dossier-bestand.', en: () => 'Give exactly one .dossier file.' },
  'usage.sources': {
    nl: () => 'Gebruik: dossier sources <bestand.dossier> [--json] [--corpus <map>]',
    en: () => 'Usage: dossier sources <file.dossier> [--json] [--corpus <folder>]',
  },
  'usage.parse': {
    nl: () => 'Gebruik: dossier parse <bestand-of-map> [--json]',
    en: () => 'Usage: dossier parse <file-or-folder> [--json]',
  },
  'parse.summary': {
    nl: (p: Params) => `${n(p.letters!, 'brief', 'brieven')} gelezen, ${p.errors} met fouten.`,
    en: (p: Params) => `${n(p.letters!, 'letter', 'letters')} read, ${p.errors} with errors.`,
  },
  'parse.unknown-date': { nl: () => 'datum onbekend', en: () => 'date unknown' },
  'parse.unknown-kind': { nl: () => 'soort onbekend', en: () => 'kind unknown' },
  'parse.no-title': { nl: () => '(geen titel)', en: () => '(no title)' },
  'parse.counts': {
    nl: (p: Params) =>
      `${n(p.blocks!, 'blok', 'blokken')}, ${n(p.footnotes!, 'voetnoot', 'voetnoten')}, ${n(p.citations!, 'verwijzing', 'verwijzingen')} (${p.linked} naar brieven in dit corpus)`,
    en: (p: Params) =>
      `${n(p.blocks!, 'block', 'blocks')}, ${n(p.footnotes!, 'footnote', 'footnotes')}, ${n(p.citations!, 'citation', 'citations')} (${p.linked} to letters in this corpus)`,
  },
  'assemble.written': {
    nl: (p: Params) =>
      `Briefing geschreven naar ${p.path}: ${n(p.quotes!, 'citaat', 'citaten')}, ${n(p.footnotes!, 'voetnoot', 'voetnoten')}, ${n(p.comments!, 'opmerking', 'opmerkingen')}.`,
    en: (p: Params) =>
      `Briefing written to ${p.path}: ${n(p.quotes!, 'quote', 'quotes')}, ${n(p.footnotes!, 'footnote', 'footnotes')}, ${n(p.comments!, 'comment', 'comments')}.`,
  },
  'usage.assemble': {
    nl: () =>
      'Gebruik: dossier assemble --corpus <map> --quote <brief>#<alinea>[:<begin>-<eind>] [--quote …] ' +
      '[--comment <citaatnummer>:<tekst>] [--title <tekst>] [--author <naam>] --out <bestand.dossier>',
    en: () =>
      'Usage: dossier assemble --corpus <folder> --quote <letter>#<paragraph>[:<start>-<end>] [--quote …] ' +
      '[--comment <quote-number>:<text>] [--title <text>] [--author <name>] --out <file.dossier>',
  },
  'assemble.missing': {
    nl: (p: Params) => `De optie ${p.name} ontbreekt.`,
    en: (p: Params) => `The option ${p.name} is missing.`,
  },
  'assemble.no-quote': {
    nl: () => 'Geef ten minste één --quote <brief>#<alinea>.',
    en: () => 'Give at least one --quote <letter>#<paragraph>.',
  },
  'assemble.bad-quote': {
    nl: (p: Params) => `Ongeldig citaat "${p.arg}": verwacht <brief>#<alinea> of <brief>#<alinea>:<begin>-<eind>.`,
    en: (p: Params) => `Invalid quote "${p.arg}": expected <letter>#<paragraph> or <letter>#<paragraph>:<start>-<end>.`,
  },
  'assemble.bad-comment': {
    nl: (p: Params) => `Ongeldige opmerking "${p.arg}": verwacht <citaatnummer>:<tekst>.`,
    en: (p: Params) => `Invalid comment "${p.arg}": expected <quote-number>:<text>.`,
  },
  'assemble.write-failed': {
    nl: (p: Params) => `Het uitvoerbestand kan niet worden geschreven: ${p.reason}.`,
    en: (p: Params) => `The output file cannot be written: ${p.reason}.`,
  },
  'assemble.file-write-failed': {
    nl: (p: Params) => `Het uitvoerbestand "${p.path}" kan niet worden geschreven: ${p.reason}.`,
    en: (p: Params) => `The output file "${p.path}" cannot be written: ${p.reason}.`,
  },
  'usage.export': {
    nl: () =>
      'Gebruik: dossier export <bestand.dossier> [--docx <uit.docx>] [--pdf <uit.pdf>] [--odt <uit.odt>] [--sources-appendix [--corpus <map>]]',
    en: () =>
      'Usage: dossier export <file.dossier> [--docx <out.docx>] [--pdf <out.pdf>] [--odt <out.odt>] [--sources-appendix [--corpus <folder>]]',
  },
  'export.corpus-alone': { nl: () => '--corpus hoort bij --sources-appendix.', en: () => '--corpus goes with --sources-appendix.' },
  'export.no-output': {
    nl: () => 'Geef --docx <uit.docx>, --pdf <uit.pdf> en/of --odt <uit.odt>.',
    en: () => 'Give --docx <out.docx>, --pdf <out.pdf> and/or --odt <out.odt>.',
  },
  'export.wrong-extension': {
    nl: (p: Params) => `--${p.arg} schrijft een .${p.arg}-bestand; ${p.path} heeft een andere extensie. Geef een naam op .${p.arg}.`,
    en: (p: Params) => `--${p.arg} writes a .${p.arg} file; ${p.path} has another extension. Give a name ending in .${p.arg}.`,
  },
  'export.write-failed': {
    nl: (p: Params) => `Het exportbestand kan niet worden geschreven: ${p.reason}.`,
    en: (p: Params) => `The export file cannot be written: ${p.reason}.`,
  },
  'export.file-write-failed': {
    nl: (p: Params) => `Het exportbestand "${p.path}" kan niet worden geschreven: ${p.reason}.`,
    en: (p: Params) => `The export file "${p.path}" cannot be written: ${p.reason}.`,
  },
  written: { nl: (p: Params) => `Geschreven: ${p.path} (${p.arg} bytes)`, en: (p: Params) => `Written: ${p.path} (${p.arg} bytes)` },
} as const;

export type CliMessageKey = keyof typeof CLI_MESSAGES;

let current: Language = 'nl';

/** Sets the language of this run's messages (runCli does, from `--lang` or the environment). */
export const setCliLanguage = (language: Language): void => void (current = language);

/** This run's language (Dutch until runCli sets it). */
export const cliLanguage = (): Language => current;

/** One message of the command line in this run's language (see setCliLanguage). */
export const say = (key: CliMessageKey, params: Params = {}): string => (CLI_MESSAGES[key][current] as (p: Params) => string)(params);
