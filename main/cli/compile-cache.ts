import module from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Dossier's folder in the user's cache folder: `%LOCALAPPDATA%\Dossier` on Windows,
 * `~/Library/Caches/Dossier` on macOS, `$XDG_CACHE_HOME/dossier` (default `~/.cache/dossier`)
 * elsewhere. What is kept there can always be made again (compile cache, PDF width tables).
 */
export function userCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(homedir(), 'AppData', 'Local'), 'Dossier');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Caches', 'Dossier');
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'dossier');
}

/** The folder of the compile cache: `compile-cache` in `userCacheDir`. */
export function compileCacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  return join(userCacheDir(env, platform), 'compile-cache');
}

/**
 * Turns on Node's module compile cache (`module.enableCompileCache`, Node ≥ 22.1, also in
 * Electron's Node) for the command line: V8 keeps the compiled code of the modules a command loads,
 * so the next start skips compiling them (≈ 0.1 s of an export process on the benchmark machine).
 * `NODE_COMPILE_CACHE` set by the user wins; `NODE_DISABLE_COMPILE_CACHE=1` turns it off. Never
 * throws: a cache that cannot be made (read-only home, old runtime) only costs the speed-up.
 */
export function enableCompileCache(): void {
  try {
    if (typeof module.enableCompileCache !== 'function') return;
    module.enableCompileCache(process.env.NODE_COMPILE_CACHE ? undefined : compileCacheDir());
  } catch {
    // no cache: slower start, same result
  }
}

/** Writes what the cache gathered now (before an exit that skips Node's own exit hooks, such as Electron's `app.exit`). */
export function flushCompileCache(): void {
  try {
    module.flushCompileCache?.();
  } catch {
    // nothing to keep
  }
}
