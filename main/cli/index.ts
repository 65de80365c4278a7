/**
 * `dossier <command> …` (npm run -s dossier -- <command> …): the command-line dispatcher.
 *
 * Each command lives in its own module `main/cli/<name>-command.ts` exporting
 * `run(args: string[]): Promise<number>` (the exit code). Add a command by adding a row to
 * COMMANDS; modules are imported only when their command runs, so a missing module gives a
 * clear message instead of breaking the other commands.
 */
interface CommandModule {
  run(args: string[]): Promise<number>;
}

const COMMANDS: Record<string, { module: string; summary: string }> = {
  parse: { module: 'parse-command', summary: 'brieven lezen en blokken, voetnoten en verwijzingen tonen (--json)' },
  assemble: { module: 'assemble-command', summary: 'een briefing samenstellen' },
  export: { module: 'export-command', summary: 'een briefing exporteren naar .docx of PDF' },
};

const usage = (): string =>
  ['Gebruik: dossier <opdracht> [argumenten]', '', 'Opdrachten:']
    .concat(Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`))
    .join('\n');

const load = async (name: string, module: string): Promise<CommandModule | string> => {
  try {
    const mod = (await import(`./${module}`)) as Partial<CommandModule>;
    return typeof mod.run === 'function' ? (mod as CommandModule) : `Opdracht '${name}' heeft geen run-functie (main/cli/${module}.ts).`;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' && String((error as Error).message).includes(module)) {
      return `Opdracht '${name}' is nog niet beschikbaar (main/cli/${module}.ts ontbreekt).`;
    }
    throw error;
  }
};

const main = async (argv: string[]): Promise<number> => {
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
  const command = await load(name, entry.module);
  if (typeof command === 'string') {
    process.stderr.write(`${command}\n`);
    return 2;
  }
  return command.run(args);
};

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Onverwachte fout: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
