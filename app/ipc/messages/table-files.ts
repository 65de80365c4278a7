import type { MessageTable } from './message';

/**
 * Messages about files: the reasons for file-system failures (by Node's error code), briefing
 * files, exports and path grants. Dutch first; English says the same. Parameters: `name` a file's
 * base name, `path` its full path, `reason` a nested reason message, `code` a system error code.
 */
export const FILE_MESSAGES = {
  'io.ENOENT': { nl: () => 'het bestand of de map bestaat niet', en: () => 'the file or folder does not exist' },
  'io.EACCES': {
    nl: () => 'geen toegang (is het bestand geopend in een ander programma, of alleen-lezen?)',
    en: () => 'access denied (is the file open in another program, or read-only?)',
  },
  'io.EBUSY': { nl: () => 'het bestand is in gebruik door een ander programma', en: () => 'the file is in use by another program' },
  'io.ENOSPC': { nl: () => 'de schijf is vol', en: () => 'the disk is full' },
  'io.EDQUOT': { nl: () => 'de schijf is vol (uw quotum is bereikt)', en: () => 'the disk is full (your quota has been reached)' },
  'io.EROFS': { nl: () => 'de schijf is alleen-lezen', en: () => 'the disk is read-only' },
  'io.EISDIR': { nl: () => 'dit is een map', en: () => 'this is a folder' },
  'io.ENOTDIR': { nl: () => 'een deel van het pad is geen map', en: () => 'part of the path is not a folder' },
  'io.ENAMETOOLONG': { nl: () => 'de naam of het pad is te lang', en: () => 'the name or path is too long' },
  'io.ELOOP': {
    nl: () => 'het pad verwijst in een kring naar zichzelf (symbolische koppelingen)',
    en: () => 'the path refers to itself in a loop (symbolic links)',
  },
  'io.EMFILE': {
    nl: () => 'er zijn te veel bestanden tegelijk open; probeer het zo opnieuw',
    en: () => 'too many files are open at once; try again in a moment',
  },
  'io.EFBIG': { nl: () => 'het bestand is te groot', en: () => 'the file is too large' },
  'io.EIO': { nl: () => 'de schijf gaf een leesfout of schrijffout', en: () => 'the disk reported a read or write error' },
  'io.EXDEV': { nl: () => 'het bestand staat op een ander station', en: () => 'the file is on another drive' },
  'io.unexpected': {
    nl: (p) => (p.code ? `onverwachte systeemfout (${p.code})` : 'onverwachte systeemfout'),
    en: (p) => (p.code ? `unexpected system error (${p.code})` : 'unexpected system error'),
  },
  'file.bad-name': {
    nl: (p) =>
      `De naam van "${p.name}" bevat tekens die geen geldige tekst (UTF-8) zijn. Geef het bestand een andere naam en probeer het opnieuw.`,
    en: (p) => `The name of "${p.name}" contains characters that are not valid text (UTF-8). Rename the file and try again.`,
  },
  'briefing.too-large': {
    nl: (p) => `"${p.name}" is ${p.size} MB groot; een Dossier-notitie is nooit groter dan ${p.max} MB. Kies het juiste bestand.`,
    en: (p) => `"${p.name}" is ${p.size} MB; a Dossier briefing is never larger than ${p.max} MB. Choose the right file.`,
  },
  'briefing.not-text': {
    nl: (p) => `"${p.name}" is geen tekstbestand en dus geen Dossier-notitie. Kies een .dossier-bestand.`,
    en: (p) => `"${p.name}" is not a text file and so not a Dossier briefing. Choose a .dossier file.`,
  },
  'briefing.io': {
    nl: (p) => `Het bestand "${p.path}" kan niet worden gelezen of geschreven: ${p.reason}.`,
    en: (p) => `The file "${p.path}" cannot be read or written: ${p.reason}.`,
  },
  'briefing.read-only': {
    nl: (p) =>
      `"${p.name}" is alleen-lezen en wordt niet overschreven. Sla de notitie op onder een andere naam, of maak het bestand eerst schrijfbaar.`,
    en: (p) => `"${p.name}" is read-only and is not overwritten. Save the briefing under another name, or make the file writable first.`,
  },
  'recovery.disk-full': {
    nl: () => 'De schijf is vol: Dossier kan geen herstelkopie van de notitie bewaren. Maak ruimte vrij en sla de notitie op.',
    en: () => 'The disk is full: Dossier cannot keep a recovery copy of the briefing. Free some space and save the briefing.',
  },
  'recovery.io': {
    nl: (p) => `De herstelkopie van de notitie kan niet worden bewaard: ${p.reason}.`,
    en: (p) => `The recovery copy of the briefing cannot be kept: ${p.reason}.`,
  },
  'export.write-failed': {
    nl: (p) => `Exporteren naar "${p.path}" is mislukt: ${p.reason}.`,
    en: (p) => `Exporting to "${p.path}" failed: ${p.reason}.`,
  },
  'export.superseded': {
    nl: () => 'Het tellen van de pagina’s is vervangen door een nieuwere telling.',
    en: () => 'The page count was replaced by a newer one.',
  },
  'export.stopped': {
    nl: () => 'Het exporteren is gestopt omdat Dossier sluit.',
    en: () => 'The export stopped because Dossier is closing.',
  },
  'print.desktop-only': {
    nl: () => 'Afdrukken kan alleen in de desktopapp. Exporteer naar PDF en druk dat bestand af.',
    en: () => 'Printing works only in the desktop app. Export to PDF and print that file.',
  },
  'grant.not-chosen': {
    nl: (p) => `Dossier mag "${p.name}" hier niet voor gebruiken: kies het bestand via een dialoogvenster.`,
    en: (p) => `Dossier may not use "${p.name}" for this: choose the file in a dialog.`,
  },
  'grant.replaced': {
    nl: (p) => `"${p.name}" is vervangen of verdwenen sinds u het koos. Kies het bestand opnieuw via een dialoogvenster.`,
    en: (p) => `"${p.name}" has been replaced or removed since you chose it. Choose the file again in a dialog.`,
  },
} as const satisfies MessageTable;
