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
import type { CliContext } from './context';

interface CommandModule {
  run(args: string[], context: CliContext): Promise<number>;
}

const COMMANDS: Record<string, { load: () => Promise<CommandModule>; summary: string }> = {
  parse: { load: () => import('./parse-command'), summary: 'brieven lezen en blokken, voetnoten en verwijzingen tonen (--json)' },
  assemble: { load: () => import('./assemble-command'), summary: 'een briefing samenstellen' },
  export: { load: () => import('./export-command'), summary: 'een briefing exporteren naar .docx of PDF' },
  sources: { load: () => import('./sources-command'), summary: 'het bronnenoverzicht van een briefing (--json, --corpus <map>)' },
};

const usage = (): string =>
  ['Gebruik: dossier <opdracht> [argumenten]', '', 'Opdrachten:']
    .concat(Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`))
    .join('\n');

/**
 * Runs one command line (`argv` without the program name: `['parse', 'map', '--json']`) and
 * resolves to its exit code: 0 done, 1 the input or output is at fault, 2 wrong usage. Writes to
 * process.stdout/stderr; never throws (an unexpected error is reported and gives 1).
 */
export async function runCli(argv: string[], context: CliContext): Promise<number> {
  try {
    return await dispatch(argv, context);
  } catch (error) {
    process.stderr.write(`Onverwachte fout: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
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
    process.stderr.write(`Onbekende opdracht: ${name}\n\n${usage()}\n`);
    return 2;
  }
  return (await entry.load()).run(args, context);
};
