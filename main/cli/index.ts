/**
 * `dossier <command> …`: the command-line dispatcher, shared by every way the CLI starts —
 * `npm run -s dossier -- …` (main/cli/bin.ts under tsx), `node out/main/cli.js …` (the build) and
 * `Dossier --cli …` (the installed app; main/index.ts).
 *
 * Each command lives in its own module `main/cli/<name>-command.ts` exporting
 * `run(args: string[], context: CliContext): Promise<number>` (the exit code). Add a command by
 * adding a row to COMMANDS; a module is imported only when its command runs (the bundler makes
 * each its own chunk).
 */
import { takeLanguage } from './cli-language';
import { type CliMessageKey, say, setCliLanguage } from './cli-messages';
import type { CliContext } from './context';

interface CommandModule {
  run(args: string[], context: CliContext): Promise<number>;
}

const COMMANDS: Record<string, { load: () => Promise<CommandModule>; summary: CliMessageKey }> = {
  parse: { load: () => import('./parse-command'), summary: 'summary.parse' },
  assemble: { load: () => import('./assemble-command'), summary: 'summary.assemble' },
  export: { load: () => import('./export-command'), summary: 'summary.export' },
  sources: { load: () => import('./sources-command'), summary: 'summary.sources' },
};

const usage = (): string =>
  [say('usage'), '', say('commands')]
    .concat(Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${say(c.summary)}`))
    .join('\n');

/**
 * Runs one command line (`argv` without the program name: `['parse', 'map', '--json']`) and
 * resolves to its exit code: 0 done, 1 the input or output is at fault, 2 wrong usage (also a
 * `--lang` other than nl or en). Its messages are in `--lang`'s language, else the environment's
 * (`env`, default process.env; ./cli-language.ts). Writes to process.stdout/stderr; never throws
 * (an unexpected error is reported and gives 1).
 */
export async function runCli(argv: string[], context: CliContext, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const taken = takeLanguage(argv, env);
  setCliLanguage(taken.language);
  if ('error' in taken) {
    process.stderr.write(`${say('bad-language', { arg: taken.error })}\n\n${usage()}\n`);
    return 2;
  }
  try {
    return await dispatch(taken.argv, context);
  } catch (error) {
    process.stderr.write(`${say('unexpected', { arg: error instanceof Error ? (error.stack ?? error.message) : String(error) })}\n`);
    return 1;
  }
}

const dispatch = async (argv: string[], context: CliContext): Promise<number> => {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage()}\n`);
    return name ? 0 : 2;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    process.stderr.write(`${say('unknown-command', { name })}\n\n${usage()}\n`);
    return 2;
  }
  return (await entry.load()).run(args, context);
};
