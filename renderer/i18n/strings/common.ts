/** Interface strings shared by the whole window. Dutch first; English mirrors every key. */
export const common = {
  nl: {
    appName: 'Dossier',
    skipToBriefing: 'Naar de notitie',
    library: 'Bibliotheek',
    reader: 'Lezer',
    briefing: 'Notitie',
    language: 'Taal',
    dutch: 'Nederlands',
    english: 'Engels',
    resizePanes: 'Deelvensters van grootte veranderen',
    noBridge: 'Dossier kan de achtergrondprocessen niet bereiken.',
    error: 'Fout',
    close: 'Sluiten',
    cancel: 'Annuleren',
    exportLanguage: 'Taal van de export',
    autosaveFailed:
      'Automatisch opslaan lukt niet: {{reason}} Uw wijzigingen staan nog in het venster; sla de notitie op (Ctrl+S), eventueel op een andere plek.',
  },
  en: {
    appName: 'Dossier',
    skipToBriefing: 'Skip to the briefing',
    library: 'Library',
    reader: 'Reader',
    briefing: 'Briefing',
    language: 'Language',
    dutch: 'Dutch',
    english: 'English',
    resizePanes: 'Resize panes',
    noBridge: 'Dossier cannot reach its background processes.',
    error: 'Error',
    close: 'Close',
    cancel: 'Cancel',
    exportLanguage: 'Export language',
    autosaveFailed:
      'Autosave is not working: {{reason}} Your changes are still in the window; save the briefing (Ctrl+S), if need be somewhere else.',
  },
} as const;
