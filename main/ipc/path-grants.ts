import { resolve } from 'node:path';

/**
 * Paths the user has chosen (through a dialog, the recent list, a drop or the command line).
 * The renderer may name a path in a request only when it is granted here, so a compromised
 * renderer cannot make main read or write arbitrary files.
 */
export class PathGrants {
  private readonly granted = new Set<string>();

  grant(path: string): string {
    const absolute = resolve(path);
    this.granted.add(absolute);
    return absolute;
  }

  has(path: string): boolean {
    return this.granted.has(resolve(path));
  }
}
