import { basename } from 'node:path';

import type { ErrorCode } from '../app/ipc/contract';
import { DossierError } from '../app/ipc/errors';

const REASONS: Record<string, string> = {
  ENOENT: 'het bestand of de map bestaat niet',
  EACCES: 'geen toegang (is het bestand geopend in een ander programma, of alleen-lezen?)',
  EPERM: 'geen toegang (is het bestand geopend in een ander programma, of alleen-lezen?)',
  EBUSY: 'het bestand is in gebruik door een ander programma',
  ENOSPC: 'de schijf is vol',
  EDQUOT: 'de schijf is vol (uw quotum is bereikt)',
  EROFS: 'de schijf is alleen-lezen',
  EISDIR: 'dit is een map',
  ENOTDIR: 'een deel van het pad is geen map',
  ENAMETOOLONG: 'de naam of het pad is te lang',
  ELOOP: 'het pad verwijst in een kring naar zichzelf (symbolische koppelingen)',
  EMFILE: 'er zijn te veel bestanden tegelijk open; probeer het zo opnieuw',
  EFBIG: 'het bestand is te groot',
  EIO: 'de schijf gaf een leesfout of schrijffout',
  EXDEV: 'het bestand staat op een ander station',
};

/**
 * A short Dutch reason for a file-system error, for messages such as "… kan niet worden
 * opgeslagen: <reason>." Never the system's own (English) text: an unknown error is named by its
 * code only.
 */
export function ioReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && REASONS[code]) return REASONS[code];
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? `onverwachte systeemfout (${code})` : 'onverwachte systeemfout';
}

/** The contract's error code for a file-system error: `disk-full`, `read-only` or `io`. */
export function ioCode(error: unknown): ErrorCode {
  switch ((error as { code?: string } | null)?.code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'disk-full';
    case 'EROFS':
      return 'read-only';
    default:
      return 'io';
  }
}

/**
 * Refuses a path whose name was not valid UTF-8 on disk (Node shows such bytes as U+FFFD, and the
 * file cannot be reached under that name) with DossierError `unsupported` and a Dutch message.
 */
export function checkFileName(path: string): void {
  if (path.includes('\uFFFD')) {
    throw new DossierError(
      'unsupported',
      `De naam van "${basename(path)}" bevat tekens die geen geldige tekst (UTF-8) zijn. Geef het bestand een andere naam en probeer het opnieuw.`,
    );
  }
}
