import type { MessageTable } from './message';

/**
 * Messages of the browser preview's own file dialog (main/preview/page-dialogs.ts). Parameters:
 * `name` a file's or folder's base name, `reason` a nested file-system reason.
 */
export const PREVIEW_MESSAGES = {
  'preview.no-page': {
    nl: () => 'Er is geen browservenster met Dossier open om de keuze in te maken. Open de link die `npm run preview` toonde.',
    en: () => 'No browser window with Dossier is open to make the choice in. Open the link `npm run preview` printed.',
  },
  'preview.no-dialog': {
    nl: () => 'Dit venster is al gesloten; kies opnieuw.',
    en: () => 'This window has already closed; choose again.',
  },
  'preview.not-folder': {
    nl: (p) => `"${p.name}" kan niet worden geopend: ${p.reason}.`,
    en: (p) => `"${p.name}" cannot be opened: ${p.reason}.`,
  },
  'preview.not-letter': {
    nl: (p) => `"${p.name}" is geen map of brief: kies een map, of een Word-, PDF- of tekstbestand.`,
    en: (p) => `"${p.name}" is not a folder or a letter: choose a folder, or a Word, PDF or text file.`,
  },
  'preview.not-briefing': {
    nl: (p) => `"${p.name}" is geen Dossier-notitie (.dossier).`,
    en: (p) => `"${p.name}" is not a Dossier briefing (.dossier).`,
  },
  'preview.no-name': { nl: () => 'Geef een naam op.', en: () => 'Enter a name.' },
  // The page's bridge (renderer/bridge): the preview server stopped answering; no bridge at all.
  'preview.transport-lost': {
    nl: () => 'Verbinding met Dossier verbroken: de previewserver antwoordt niet. Start `npm run preview` opnieuw en open de nieuwe link.',
    en: () => 'Connection to Dossier lost: the preview server does not answer. Run `npm run preview` again and open the new link.',
  },
  'bridge.missing': {
    nl: () => 'Dossier kan de achtergrondprocessen niet bereiken.',
    en: () => 'Dossier cannot reach its background processes.',
  },
} as const satisfies MessageTable;
