import { isDossierError } from '../../app/ipc/errors';

/** A usage or input problem: reported with the usage line, exit code 2, nothing written; its message is the Dutch reason. */
export class UsageError extends Error {}

/**
 * util.parseArgs speaks English; the user reads Dutch. A UsageError's own message is kept.
 * Its own module, so that `export` does not load `assemble` (and with it the corpus parsers).
 */
export function translateArgsError(error: Error): string {
  if (error instanceof UsageError) return error.message;
  const unknown = /Unknown option '([^']+)'/.exec(error.message);
  if (unknown) return `Onbekende optie ${unknown[1]}.`;
  const missing = /Option '(?:-\w, )?(--[\w-]+)[^']*' argument missing/.exec(error.message);
  if (missing) return `De optie ${missing[1]} heeft een waarde nodig.`;
  const positional = /Unexpected argument '([^']+)'/.exec(error.message);
  if (positional) return `Onverwacht argument "${positional[1]}".`;
  return `Ongeldige argumenten: ${error.message}`;
}

/**
 * Reports what every command reports alike on stderr and gives its exit code: a usage problem
 * (a UsageError or util.parseArgs' ERR_PARSE_ARGS_*) in Dutch with `usage` → 2, a DossierError's
 * message → 1. Anything else → null: the command decides (report it or throw).
 */
export function reportCommandError(error: unknown, usage: string): 1 | 2 | null {
  if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`${translateArgsError(error as Error)}\n${usage}\n`);
    return 2;
  }
  if (isDossierError(error)) {
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
  return null;
}
