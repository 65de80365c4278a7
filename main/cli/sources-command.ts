import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

import { parseBriefingFile } from '../../app/briefing/file-format';
import { buildSourcesReport } from '../../app/briefing/sources-report';
import { formatSourcesReport } from '../../app/briefing/sources-report-text';
import { DossierError } from '../../app/ipc/errors';
import { ioReason } from '../io-errors';
import { reportCommandError, UsageError } from './args-error';
import { cliLanguage, say } from './cli-messages';
import { parsePath, warningOf } from './parse-command';

/**
 * `dossier sources <file.dossier> [--json] [--corpus <folder>]`: the briefing's sources report
 * ("Bronnenoverzicht", app/briefing/sources-report.ts): every source with its official citation
 * and link, the passages quoted from it (locator, first words) and, with `--corpus`, each
 * passage's verbatim status checked against the corpus file now (without it: `unchecked`).
 * Prints text, or with `--json` one JSON object (the SourcesReport). Exit 0 done, 1 the briefing
 * or corpus is at fault, 2 wrong usage; nothing is written to disk.
 */
export async function run(argv: string[]): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { json: { type: 'boolean' }, corpus: { type: 'string' } },
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length !== 1) throw new UsageError(say('one-briefing'));
    let text: string;
    try {
      text = await readFile(positionals[0]!, 'utf8');
    } catch (error) {
      throw new DossierError('io', say('file-unreadable', { path: positionals[0]!, reason: ioReason(error, cliLanguage()) }));
    }
    const { briefing, notices } = parseBriefingFile(text);
    for (const notice of notices) process.stderr.write(`${notice}\n`);
    let lookup;
    if (values.corpus) {
      const { letters, errors } = await parsePath(values.corpus);
      for (const error of errors) process.stderr.write(`${warningOf(error)}\n`);
      const byFile = new Map(letters.map((letter) => [letter.file, letter]));
      lookup = (file: string) => byFile.get(file);
    }
    const report = buildSourcesReport(briefing, lookup, cliLanguage());
    process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatSourcesReport(report, cliLanguage()));
    return 0;
  } catch (error) {
    const reported = reportCommandError(error, say('usage.sources'));
    if (reported !== null) return reported;
    throw error;
  }
}
