import type { Result } from '../../app/ipc/contract';
import {
  PREVIEW_DIALOG_EVENT,
  type PreviewAnswerReply,
  type PreviewDialogRequest,
  PreviewDialogRequestSchema,
  type PreviewListing,
} from '../../app/ipc/preview-dialog';

/**
 * The browser preview's file handling, beside the contract (app/ipc/preview-dialog.ts): the
 * preview server asks for a dialog on the event stream, the page's dialog
 * (renderer/preview/PreviewFileDialog) lists folders and answers through `/preview/*`, and an
 * export the user saved is offered as a download as well.
 */

let secret: string | null = null;
const listeners = new Set<(request: PreviewDialogRequest) => void>();

async function post(route: string, body: unknown): Promise<Response> {
  if (!secret) throw new Error('no preview');
  return fetch(`/preview/${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dossier-secret': secret },
    body: JSON.stringify(body),
  });
}

/** Called by the preview bridge: remembers the secret, passes dialog requests on, offers exports as downloads. */
export function installPreviewFiles(pageSecret: string, source: EventSource, api: Record<string, unknown>): void {
  secret = pageSecret;
  source.addEventListener(PREVIEW_DIALOG_EVENT, (event) => {
    const parsed = PreviewDialogRequestSchema.safeParse(JSON.parse((event as MessageEvent<string>).data));
    if (parsed.success) for (const listener of listeners) listener(parsed.data);
  });
  for (const name of ['exportDocx', 'exportPdf', 'exportOdt']) {
    const exportTo = api[name] as (request: unknown) => Promise<Result<{ path: string } | null>>;
    api[name] = async (request: unknown) => {
      const result = await exportTo(request);
      if (result.ok && result.value) void offerDownload(result.value.path);
      return result;
    };
  }
}

/** Listens for the preview server's dialog requests; returns a function that stops listening. */
export function onPreviewDialog(listener: (request: PreviewDialogRequest) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A folder's names (absolute `path`), or `{error}` with a message to show. */
export async function listFolder(path: string): Promise<PreviewListing | { error: string }> {
  return (await (await post('list', { path })).json()) as PreviewListing | { error: string };
}

/** Answers dialog `id` with a path or null (cancelled); `overwrite` confirms replacing an existing file. */
export async function answerDialog(id: string, path: string | null, overwrite = false): Promise<PreviewAnswerReply> {
  return (await (await post('answer', { id, path, overwrite })).json()) as PreviewAnswerReply;
}

/** Offers the exported file at `path` to the browser as a download (the server serves only exports saved in this session). */
export async function offerDownload(path: string): Promise<void> {
  const response = await post('download', { path });
  if (!response.ok || !(response.headers.get('content-type') ?? '').startsWith('application/octet-stream')) return;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = path.split(/[\\/]/).pop() ?? 'export';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
