import { z } from 'zod';

/**
 * The browser preview's own file dialog (issue 21.1): main/preview asks the page to show it (an
 * event on the preview's event stream), the page lists folders through the preview server and
 * answers with the path the user chose. Only the preview uses this; Electron has native dialogs.
 * Routes (POST, JSON, the per-session secret in `x-dossier-secret`): `/preview/list`,
 * `/preview/answer`, `/preview/download`.
 */

/** The event name on the preview's event stream that asks the page for a dialog. */
export const PREVIEW_DIALOG_EVENT = 'previewDialog';

/** What a dialog is for: a corpus (folder or letters), a briefing to open, a briefing to save, an export. */
export const PreviewDialogKindSchema = z.enum(['corpus', 'briefing-open', 'briefing-save', 'export']);
export type PreviewDialogKind = z.infer<typeof PreviewDialogKindSchema>;

export const PreviewDialogRequestSchema = z.object({
  id: z.string(),
  kind: PreviewDialogKindSchema,
  /** For an export: `docx`, `pdf` or `odt`. */
  format: z.enum(['docx', 'pdf', 'odt']).optional(),
  /** The name a save dialog proposes, e.g. `Notitie.dossier`. */
  suggestedName: z.string().optional(),
  /** File name endings the dialog shows and accepts (lower case, with the dot), e.g. `['.dossier']`. */
  extensions: z.array(z.string()),
  /** The absolute folder the dialog starts in (the user's home, or where the last choice was made). */
  start: z.string(),
});
export type PreviewDialogRequest = z.infer<typeof PreviewDialogRequestSchema>;

/**
 * The path that names a Windows computer's drives in the preview's file dialog (its listing holds
 * `C:\`, `D:\`, …): the Up button at a drive root goes there. A lone backslash, which no listed
 * folder is (a listing's path is always resolved to a drive).
 */
export const DRIVES_PATH = '\\';

export const PreviewListRequestSchema = z.object({ path: z.string().max(4096) }).strict();
/** A folder's entries: names only (never contents), folders first; `parent` null at the root. */
export const PreviewListingSchema = z.object({
  path: z.string(),
  parent: z.string().nullable(),
  entries: z.array(z.object({ name: z.string(), folder: z.boolean() })),
});
export type PreviewListing = z.infer<typeof PreviewListingSchema>;

export const PreviewAnswerRequestSchema = z
  .object({ id: z.string().max(100), path: z.string().max(4096).nullable(), overwrite: z.boolean().optional() })
  .strict();
export type PreviewAnswerRequest = z.infer<typeof PreviewAnswerRequestSchema>;
/** `done`: the choice was taken; `exists`: a save over an existing file, to be confirmed with `overwrite`; `error`: a message to show. */
export type PreviewAnswerReply = { done: true; path: string | null } | { exists: string } | { error: string };

export const PreviewDownloadRequestSchema = z.object({ path: z.string().max(4096) }).strict();
