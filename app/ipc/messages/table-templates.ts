import type { MessageTable } from './message';

/**
 * Messages about nota templates (main/briefing/template-folder.ts). Parameters: `name` a template
 * file's name, `reason` why it cannot be read (a nested message or the file reader's Dutch text).
 */
export const TEMPLATE_MESSAGES = {
  'template.unusable': {
    nl: (p) => `Dit sjabloon is onbruikbaar: ${p.reason}`,
    en: (p) => `This template cannot be used: ${p.reason}`,
  },
  'template.not-found': {
    nl: (p) => `Het sjabloon "${p.name}" is niet (meer) in de sjablonenmap.`,
    en: (p) => `The template "${p.name}" is not (or no longer) in the templates folder.`,
  },
  'template.too-large': {
    nl: () => 'het bestand is groter dan 5 MB en is dus geen sjabloon.',
    en: () => 'the file is larger than 5 MB, so it is not a template.',
  },
  'template.folder-unavailable': {
    nl: (p) => `De sjablonenmap kan hier niet worden geopend. Kopieer sjablonen (.dossier) naar: ${p.path}`,
    en: (p) => `The templates folder cannot be opened here. Copy templates (.dossier) to: ${p.path}`,
  },
} as const satisfies MessageTable;
