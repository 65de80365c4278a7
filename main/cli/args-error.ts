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
