import { enableCompileCache, flushCompileCache } from './compile-cache';
import type { CliContext } from './context';
import { runCli } from './index';

/** The switch that turns the installed app into its command line: `Dossier --cli parse <map> --json`. */
export const CLI_SWITCH = '--cli';

/**
 * The command-line arguments when Dossier was started as `Dossier --cli <command> …` (everything
 * after the switch), else null. `argv` is Electron's `process.argv`: the executable first, and when
 * not packaged the app's folder, before the switch.
 */
export function cliArgumentsIn(argv: readonly string[]): string[] | null {
  const at = argv.indexOf(CLI_SWITCH);
  return at < 0 ? null : argv.slice(at + 1);
}

/**
 * Runs the command line inside the installed app (no window, no single-instance lock, so it also
 * runs while Dossier is open) and ends the process with the command's exit code once standard
 * output and error are flushed. `exit` is Electron's `app.exit`, which skips Node's exit hooks, so
 * the compile cache (see enableCompileCache) is written first.
 */
export async function runInstalledCli(args: string[], context: CliContext, exit: (code: number) => void): Promise<void> {
  enableCompileCache();
  const code = await runCli(args, context);
  flushCompileCache();
  const flushed = (stream: NodeJS.WriteStream) => new Promise<void>((resolve) => stream.write('', () => resolve()));
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  exit(code);
}
