import { isDossierError } from '../../app/ipc/errors';
import { cliLanguage, say } from './cli-messages';

/** A usage or input problem: reported with the usage line, exit code 2, nothing written; its message is the reason, in the run's language (./cli-messages.ts). */
export class UsageError extends Error {}

/**
 * util.parseArgs' own English, in the run's language (`--lang`, ./cli-messages.ts). A UsageError's own message is kept.
 * Its own module, so that `export` does not load `assemble` (and with it the corpus parsers).
 */
export function translateArgsError(error: Error): string {
  if (error instanceof UsageError) return error.message;
  const unknown = /Unknown option '([^']+)'/.exec(error.message);
  if (unknown) return say('unknown-option', { name: unknown[1]! });
  const missing = /Option '(?:-\w, )?(--[\w-]+)[^']*' argument missing/.exec(error.message);
  if (missing) return say('option-needs-value', { name: missing[1]! });
  const positional = /Unexpected argument '([^']+)'/.exec(error.message);
  if (positional) return say('unexpected-argument', { arg: positional[1]! });
  return say('invalid-arguments', { arg: error.message });
}

/**
 * Reports what every command reports alike on stderr and gives its exit code: a usage problem
 * (a UsageError or util.parseArgs' ERR_PARSE_ARGS_*) in the run's language with `usage` → 2, a DossierError's
 * message → 1. Anything else → null: the command decides (report it or throw).
 */
export function reportCommandError(error: unknown, usage: string): 1 | 2 | null {
  if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`${translateArgsError(error as Error)}\n${usage}\n`);
    return 2;
  }
  if (isDossierError(error)) {
    process.stderr.write(`${error.toIpc(cliLanguage()).message}\n`);
    return 1;
  }
  return null;
}
