import type { MessageTable } from './message';

/**
 * What is wrong with a value that failed its schema (app/ipc/describe-issue.ts issueMessage), in
 * Dutch and English, instead of zod's own wording. Parameters: `path` the field as a path
 * (`briefing.body[2].text`), `detail` a nested `issue.*` detail, `type` a nested `issue.type.*`,
 * `limit` a number, `values`/`keys` lists written out, `format` zod's format name (`regex`, `url`).
 */
export const ISSUE_MESSAGES = {
  'issue.field-missing': {
    nl: (p) => `het veld "${p.path}" ontbreekt (${p.detail})`,
    en: (p) => `the field "${p.path}" is missing (${p.detail})`,
  },
  'issue.field-invalid': {
    nl: (p) => `het veld "${p.path}" is ongeldig (${p.detail})`,
    en: (p) => `the field "${p.path}" is invalid (${p.detail})`,
  },
  'issue.request-invalid': { nl: (p) => `het verzoek is ongeldig (${p.detail})`, en: (p) => `the request is invalid (${p.detail})` },
  'issue.unknown': { nl: () => 'onbekende fout', en: () => 'unknown error' },
  'issue.expected': { nl: (p) => `verwacht ${p.type}`, en: (p) => `expected ${p.type}` },
  'issue.type.string': { nl: () => 'tekst', en: () => 'text' },
  'issue.type.number': { nl: () => 'een getal', en: () => 'a number' },
  'issue.type.int': { nl: () => 'een geheel getal', en: () => 'a whole number' },
  'issue.type.boolean': { nl: () => 'ja of nee (true/false)', en: () => 'true or false' },
  'issue.type.array': { nl: () => 'een lijst', en: () => 'a list' },
  'issue.type.object': { nl: () => 'een object', en: () => 'an object' },
  'issue.type.other': { nl: (p) => `soort ${p.name}`, en: (p) => `type ${p.name}` },
  'issue.max-chars': { nl: (p) => `ten hoogste ${p.limit} tekens`, en: (p) => `at most ${p.limit} characters` },
  'issue.max-items': { nl: (p) => `ten hoogste ${p.limit} elementen`, en: (p) => `at most ${p.limit} items` },
  'issue.max': { nl: (p) => `ten hoogste ${p.limit}`, en: (p) => `at most ${p.limit}` },
  'issue.below': { nl: (p) => `kleiner dan ${p.limit}`, en: (p) => `less than ${p.limit}` },
  'issue.min-chars': { nl: (p) => `ten minste ${p.limit} tekens`, en: (p) => `at least ${p.limit} characters` },
  'issue.min-items': { nl: (p) => `ten minste ${p.limit} elementen`, en: (p) => `at least ${p.limit} items` },
  'issue.min': { nl: (p) => `ten minste ${p.limit}`, en: (p) => `at least ${p.limit}` },
  'issue.above': { nl: (p) => `groter dan ${p.limit}`, en: (p) => `more than ${p.limit}` },
  'issue.format': { nl: (p) => `niet in de verwachte vorm (${p.format})`, en: (p) => `not in the expected form (${p.format})` },
  'issue.one-of': { nl: (p) => `verwacht een van: ${p.values}`, en: (p) => `expected one of: ${p.values}` },
  'issue.unknown-keys': { nl: (p) => `onbekende velden: ${p.keys}`, en: (p) => `unknown fields: ${p.keys}` },
  'issue.multiple-of': { nl: (p) => `geen veelvoud van ${p.limit}`, en: (p) => `not a multiple of ${p.limit}` },
  'issue.invalid-value': { nl: () => 'ongeldige waarde', en: () => 'invalid value' },
  'issue.date-format': { nl: () => 'verwacht een datum als JJJJ-MM-DD', en: () => 'expected a date as YYYY-MM-DD' },
  'issue.publication-url': {
    nl: () => 'alleen een link naar een officiële publicatie (https://zoek.officielebekendmakingen.nl/…) wordt geopend',
    en: () => 'only a link to an official publication (https://zoek.officielebekendmakingen.nl/…) is opened',
  },
  'issue.template-file': {
    nl: () => 'geen bestandsnaam van een sjabloon (naam.dossier, zonder map)',
    en: () => 'not a template file name (name.dossier, without a folder)',
  },
} as const satisfies MessageTable;
