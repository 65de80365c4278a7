import { basename } from 'node:path';

import type { ErrorCode } from '../app/ipc/contract';
import { DossierError } from '../app/ipc/errors';
import { type Language, type Message, message, type MessageKey, renderMessage } from '../app/ipc/messages';

const KNOWN = new Set([
  'ENOENT',
  'EACCES',
  'EBUSY',
  'ENOSPC',
  'EDQUOT',
  'EROFS',
  'EISDIR',
  'ENOTDIR',
  'ENAMETOOLONG',
  'ELOOP',
  'EMFILE',
  'EFBIG',
  'EIO',
  'EXDEV',
]);

/**
 * The reason for a file-system error as a keyed message (app/ipc/messages, `io.<CODE>`), for
 * messages such as "… kan niet worden opgeslagen: <reason>." Never the system's own (English)
 * text: an unknown error is named by its code only (`io.unexpected`). EPERM reads as EACCES.
 */
export function ioReasonMessage(error: unknown): Message {
  const raw = (error as { code?: unknown } | null)?.code;
  const code = raw === 'EPERM' ? 'EACCES' : raw;
  if (typeof code === 'string' && KNOWN.has(code)) return message(`io.${code}` as MessageKey);
  return message('io.unexpected', { code: typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : '' });
}

/** The text of `ioReasonMessage` in `language` (the command line's `--lang`; Dutch by default). */
export function ioReason(error: unknown, language: Language = 'nl'): string {
  return renderMessage(ioReasonMessage(error), language);
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
 * file cannot be reached under that name) with DossierError `unsupported` (`file.bad-name`).
 */
export function checkFileName(path: string): void {
  if (path.includes('\uFFFD')) {
    throw new DossierError('unsupported', message('file.bad-name', { name: basename(path) }));
  }
}
