import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';

import { DossierError } from '../../app/ipc/errors';
import type { Dialogs } from '../ipc/ports';

/**
 * Dialogs for the browser preview, which has no native dialogs: tests queue the answers a user
 * would give (`answer`); without a queued answer, saving goes to `saveDir` under the suggested
 * name, and opening asks the user to use the desktop app.
 */
export class ScriptedDialogs implements Dialogs {
  private readonly queue: Array<string[] | string | null> = [];

  constructor(private readonly saveDir: string) {}

  /** Queues the next dialog's answer: paths, one path, or null for "cancelled". */
  answer(value: string[] | string | null): void {
    this.queue.push(value);
  }

  private next(): { answered: boolean; value: string[] | string | null } {
    return this.queue.length > 0 ? { answered: true, value: this.queue.shift() ?? null } : { answered: false, value: null };
  }

  async openCorpus() {
    const { answered, value } = this.next();
    if (!answered)
      throw new DossierError(
        'unsupported',
        'In de browserweergave is er geen mapkiezer: sleep de map op het venster, of start Dossier als desktopapp.',
      );
    return value === null ? null : Array.isArray(value) ? value : [value];
  }

  async openBriefing() {
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
    return join(this.saveDir, suggestedName);
  }

  saveBriefing(suggestedName: string) {
    return this.saveTarget(suggestedName);
  }

  saveExport(suggestedName: string) {
    return this.saveTarget(suggestedName);
  }
}
