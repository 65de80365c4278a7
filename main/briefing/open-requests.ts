import { resolve } from 'node:path';

import type { PathGrants } from '../ipc/path-grants';

/**
 * The `.dossier` files named on a command line (a double-click starts Dossier with the file as an
 * argument): arguments ending in `.dossier` that are not switches, absolute against `cwd`.
 * `argv` is Electron's `process.argv` (or a second instance's): the executable first, and when not
 * packaged the app's folder, neither of which ends in `.dossier`.
 */
export function briefingPathsIn(argv: readonly string[], cwd: string): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && /\.dossier$/i.test(arg))
    .map((arg) => resolve(cwd, arg));
}

/**
 * Briefings the operating system asked Dossier to open (start-up arguments, macOS `open-file`, a
 * second instance's arguments). Each is granted for that briefing only (open and write back),
 * queued, and announced to the renderer with `announce` (the "open briefing" command) once it is
 * `ready`; the next open-briefing dialog then answers with the queued file instead of asking.
 */
export class OpenRequests {
  private readonly queue: string[] = [];
  private listening = false;

  constructor(
    private readonly grants: PathGrants,
    private readonly announce: () => void,
  ) {}

  /** Grants and queues `paths`; announces them at once when the renderer is listening. */
  add(paths: readonly string[]): void {
    for (const path of paths) this.queue.push(this.grants.grant(path, 'briefing-open', 'briefing-write'));
    if (paths.length > 0 && this.listening) this.announce();
  }

  /** The renderer is listening for commands: announce what is waiting. */
  ready(): void {
    if (this.listening) return;
    this.listening = true;
    if (this.queue.length > 0) this.announce();
  }

  /** The next queued path, or null: what the next open-briefing dialog answers. */
  take(): string | null {
    return this.queue.shift() ?? null;
  }
}
