import type { MessageTable } from './message';

/**
 * Messages about nota templates (main/briefing/template-folder.ts). Parameters: `name` a template
 * file's name, `reason` why it cannot be read (a nested `template.reason.*` or `io.*` message, a
 * lower-case clause ending in a full stop), so that the whole is one sentence in one language.
 * The reasons say nothing of a backup (.dossier.bak): a template is never saved by the app.
 */
export const TEMPLATE_MESSAGES = {
  'template.unusable': {
    nl: (p) => `Dit sjabloon is onbruikbaar: ${p.reason}`,
    en: (p) => `This template cannot be used: ${p.reason}`,
  },
  'template.reason.empty': {
    nl: () => 'het bestand is leeg.',
    en: () => 'the file is empty.',
  },
  'template.reason.truncated': {
    nl: () => 'het bestand is onvolledig (afgebroken).',
    en: () => 'the file is incomplete (cut off).',
  },
  'template.reason.corrupt': {
    nl: () => 'het bestand is beschadigd (geen geldige JSON).',
    en: () => 'the file is damaged (not valid JSON).',
  },
  'template.reason.foreign': {
    nl: () => 'het is geen Dossier-bestand.',
    en: () => 'it is not a Dossier file.',
  },
  'template.reason.too-new': {
    nl: () => 'het is gemaakt met een nieuwere versie van Dossier.',
    en: () => 'it was made with a newer version of Dossier.',
  },
  'template.reason.too-old': {
    nl: () => 'het is van een oude versie van Dossier die niet meer wordt gelezen.',
    en: () => 'it is from an old version of Dossier that can no longer be read.',
  },
  'template.reason.invalid': {
    nl: () => 'het bestand bevat geen geldige notitie.',
    en: () => 'the file does not hold a valid briefing.',
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
