import { access, mkdir } from 'node:fs/promises';
import { extname, join } from 'node:path';

import { DossierError } from '../../app/ipc/errors';
import type { Dialogs, ExportKind } from '../ipc/ports';

/**
 * Dialogs for the browser preview, which has no native dialogs: tests queue the answers a user
 * would give (`answer`). Without a queued answer the `fallback` asks (the page's own dialog,
 * ./page-dialogs.ts, in `npm run preview`); without a fallback, saving goes to `saveDir` under the
 * suggested name (a free one: `Notitie (2).dossier` when `Notitie.dossier` exists, never
 * overwriting another file), and opening asks the user to use the desktop app or the preview's
 * start options.
 */
export class ScriptedDialogs implements Dialogs {
  private readonly queue: Array<string[] | string | null> = [];

  constructor(
    private readonly saveDir: string,
    private readonly fallback?: Dialogs,
  ) {}

  /** Queues the next dialog's answer: paths, one path, or null for "cancelled". */
  answer(value: string[] | string | null): void {
    this.queue.push(value);
  }

  private next(): { answered: boolean; value: string[] | string | null } {
    return this.queue.length > 0 ? { answered: true, value: this.queue.shift() ?? null } : { answered: false, value: null };
  }

  async openCorpus() {
    if (this.fallback && this.queue.length === 0) return this.fallback.openCorpus();
    const { answered, value } = this.next();
    if (!answered)
      throw new DossierError(
        'unsupported',
        'In de browserweergave is er geen mapkiezer: start de weergave met de map (npm run preview -- --corpus <map>), of start Dossier als desktopapp.',
      );
    return value === null ? null : Array.isArray(value) ? value : [value];
  }

  async openBriefing() {
    if (this.fallback && this.queue.length === 0) return this.fallback.openBriefing();
    const { answered, value } = this.next();
    if (!answered)
      throw new DossierError(
        'unsupported',
        'In de browserweergave is er geen bestandskiezer: open een recente notitie, of start Dossier als desktopapp.',
      );
    return Array.isArray(value) ? (value[0] ?? null) : value;
  }

  private async saveTarget(suggestedName: string) {
    const { answered, value } = this.next();
    if (answered) return Array.isArray(value) ? (value[0] ?? null) : value;
    await mkdir(this.saveDir, { recursive: true });
    return freePath(this.saveDir, suggestedName);
  }

  saveBriefing(suggestedName: string) {
    if (this.fallback && this.queue.length === 0) return this.fallback.saveBriefing(suggestedName);
    return this.saveTarget(suggestedName);
  }

  saveExport(suggestedName: string, kind: ExportKind = 'docx') {
    if (this.fallback && this.queue.length === 0) return this.fallback.saveExport(suggestedName, kind);
    return this.saveTarget(suggestedName);
  }
}

/** `dir/name`, or `dir/base (n).ext` with the lowest n ≥ 2 that names no existing file. */
export async function freePath(dir: string, name: string): Promise<string> {
  const ext = extname(name);
  const base = name.slice(0, name.length - ext.length);
  for (let n = 1; ; n += 1) {
    const path = join(dir, n === 1 ? name : `${base} (${n})${ext}`);
    const taken = await access(path).then(
      () => true,
      () => false,
    );
    if (!taken) return path;
  }
}
