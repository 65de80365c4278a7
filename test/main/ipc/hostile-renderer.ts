import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Result } from '../../../app/ipc/contract';
import { dispatch } from '../../../main/ipc/dispatch';
import { createHandlers } from '../../../main/ipc/handlers';
import { ScriptedDialogs } from '../../../main/preview/scripted-dialogs';
import { createServices } from '../../../main/services';

export const ASSETS = join(import.meta.dirname, '..', '..', '..', 'assets');

/** A work folder with a copy of the sample corpus (`corpus/`) and a data folder (`data/`). */
export async function workFolder(): Promise<{ dir: string; corpus: string; data: string; cleanup(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-hostile-'));
  await cp(join(ASSETS, 'corpus'), join(dir, 'corpus'), { recursive: true });
  return { dir, corpus: join(dir, 'corpus'), data: join(dir, 'data'), cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** The real services and handlers, as the app runs them; `call` goes through dispatch as a renderer's request does. */
export function app(dataDir: string) {
  const dialogs = new ScriptedDialogs(join(dataDir, 'nowhere'));
  const services = createServices({
    assetsDir: ASSETS,
    dataDir,
    dialogs,
    window: { setStatus: () => undefined },
    print: async () => true,
    corpus: { watch: false },
  });
  const handlers = createHandlers(services);
  const call = (method: string, request: unknown) => dispatch(handlers, method, request) as Promise<Result<unknown>>;
  return { services, dialogs, handlers, call, close: () => services.dispose() };
}

/** Every file under `dir` (but `skip`) with its type, size, content and mtime: equal before and after means untouched. */
export function snapshot(dir: string, skip: string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder)) {
      const path = join(folder, entry);
      if (skip.includes(path)) continue;
      const info = lstatSync(path);
      if (info.isDirectory()) walk(path);
      else
        out[path] =
          `${info.isSymbolicLink() ? 'link' : 'file'} ${info.size} ${info.mtimeMs} ${info.isFile() ? readFileSync(path, 'utf8').slice(0, 200) : ''}`;
    }
  };
  walk(dir);
  return out;
}
