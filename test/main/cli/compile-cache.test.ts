import { homedir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { compileCacheDir } from '../../../main/cli/compile-cache';

describe('compileCacheDir', () => {
  it("lies in the user's cache folder of each platform", () => {
    expect(compileCacheDir({ LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local' }, 'win32')).toBe(
      join('C:\\Users\\a\\AppData\\Local', 'Dossier', 'compile-cache'),
    );
    expect(compileCacheDir({}, 'darwin')).toBe(join(homedir(), 'Library', 'Caches', 'Dossier', 'compile-cache'));
    expect(compileCacheDir({ XDG_CACHE_HOME: '/var/cache/u' }, 'linux')).toBe(join('/var/cache/u', 'dossier', 'compile-cache'));
    expect(compileCacheDir({}, 'linux')).toBe(join(homedir(), '.cache', 'dossier', 'compile-cache'));
  });
});
