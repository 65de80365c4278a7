import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';

import { isDossierError } from '../../app/ipc/errors';
import { PreviewAnswerRequestSchema, PreviewDownloadRequestSchema, PreviewListRequestSchema } from '../../app/ipc/preview-dialog';
import type { PathGrants } from '../ipc/path-grants';
import { interfaceLanguage } from '../language';
import type { PageDialogs } from './page-dialogs';
import type { PreviewRoutes } from './server';

const EXPORT_FILE = /\.(docx|pdf|odt)$/i;

const failure = (error: unknown) => {
  if (isDossierError(error)) return { json: { error: error.toIpc(interfaceLanguage()).message } };
  throw error;
};

/**
 * The preview's routes beside the contract (app/ipc/preview-dialog.ts): `list` (a folder's names,
 * only while a dialog is open), `answer` (the user's choice in the page's dialog) and `download`
 * (an export the user saved in this session, i.e. a path granted for `export-write`, offered to
 * the browser as a download as well). Malformed bodies are answered with `{error}`.
 */
export function previewRoutes(dialogs: PageDialogs, grants: PathGrants): PreviewRoutes {
  const invalid = { json: { error: 'Ongeldig verzoek.' } };
  return {
    list: async (body) => {
      const request = PreviewListRequestSchema.safeParse(body);
      if (!request.success) return invalid;
      return dialogs.list(request.data.path).then((json) => ({ json }), failure);
    },
    answer: async (body) => {
      const request = PreviewAnswerRequestSchema.safeParse(body);
      if (!request.success) return invalid;
      return { json: await dialogs.answer(request.data.id, request.data.path, request.data.overwrite) };
    },
    download: async (body) => {
      const request = PreviewDownloadRequestSchema.safeParse(body);
      if (!request.success || !EXPORT_FILE.test(request.data.path)) return invalid;
      try {
        const path = grants.check(request.data.path, 'export-write');
        if (!(await stat(path)).isFile()) return invalid;
        return { file: { name: basename(path), bytes: await readFile(path) } };
      } catch (error) {
        return failure(error);
      }
    },
  };
}
