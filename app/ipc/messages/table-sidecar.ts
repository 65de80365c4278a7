import type { MessageTable } from './message';

/**
 * Messages about a corpus folder's metadata.json (app/corpus/sidecar.ts, main/corpus/sidecar-*):
 * reading it, its faults, saving the metadata panel's edits. Parameters: `place` a nested
 * `sidecar.place` (or empty), `line`/`column` 1-based, `issue` a nested `issue.*` message, `file` a
 * letter's corpus key, `reason` a nested reason.
 */
export const SIDECAR_MESSAGES = {
  'sidecar.place': { nl: (p) => ` (regel ${p.line}, teken ${p.column})`, en: (p) => ` (line ${p.line}, character ${p.column})` },
  'sidecar.not-json': {
    nl: (p) => `metadata.json is geen geldige JSON${p.place}.`,
    en: (p) => `metadata.json is not valid JSON${p.place}.`,
  },
  'sidecar.bad-shape': {
    nl: (p) => `metadata.json heeft niet de verwachte opbouw: ${p.issue}.`,
    en: (p) => `metadata.json does not have the expected structure: ${p.issue}.`,
  },
  'sidecar.duplicate': {
    nl: (p) => `metadata.json noemt het bestand ${p.file} meer dan eens.`,
    en: (p) => `metadata.json names the file ${p.file} more than once.`,
  },
  'sidecar.symlink': {
    nl: () => 'metadata.json is een symbolische koppeling; die volgt Dossier niet.',
    en: () => 'metadata.json is a symbolic link; Dossier does not follow those.',
  },
  'sidecar.unreadable': {
    nl: (p) => `metadata.json kon niet worden gelezen: ${p.reason}.`,
    en: (p) => `metadata.json could not be read: ${p.reason}.`,
  },
  'meta.invalid': { nl: (p) => `De metadata zijn ongeldig: ${p.issue}.`, en: (p) => `The metadata are invalid: ${p.issue}.` },
  'meta.no-folder': {
    nl: () => 'Metagegevens kunnen hier niet worden opgeslagen: er is geen map gekozen.',
    en: () => 'Metadata cannot be saved here: no folder was chosen.',
  },
  'meta.not-saved': {
    nl: (p) => `Metagegevens zijn niet opgeslagen: ${p.reason} Herstel het bestand eerst.`,
    en: (p) => `Metadata were not saved: ${p.reason} Repair the file first.`,
  },
  'meta.write-failed': {
    nl: (p) => `Metagegevens konden niet worden opgeslagen: ${p.reason}.`,
    en: (p) => `Metadata could not be saved: ${p.reason}.`,
  },
} as const satisfies MessageTable;
