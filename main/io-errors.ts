/** A short Dutch reason for a file-system error, for messages such as "… kan niet worden opgeslagen: <reason>." */
export function ioReason(error: unknown): string {
  switch ((error as { code?: string } | null)?.code) {
    case 'ENOENT':
      return 'het bestand of de map bestaat niet';
    case 'EACCES':
    case 'EPERM':
      return 'geen toegang (is het bestand geopend in een ander programma, of alleen-lezen?)';
    case 'EBUSY':
      return 'het bestand is in gebruik door een ander programma';
    case 'ENOSPC':
      return 'de schijf is vol';
    case 'EROFS':
      return 'de schijf is alleen-lezen';
    case 'EISDIR':
      return 'dit is een map';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
