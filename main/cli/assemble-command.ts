import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';

import writeFileAtomic from 'write-file-atomic';

import { assembleBriefing, type AssembleComment, type AssembleQuote } from '../../app/briefing/assemble';
import { serializeBriefing } from '../../app/briefing/file-format';
import { numberNotes } from '../../app/briefing/notes';
import type { Letter } from '../../app/corpus/types';
import { ioReason } from '../io-errors';
import { reportCommandError, UsageError } from './args-error';
import { cliLanguage, say } from './cli-messages';
import { parsePath, warningOf } from './parse-command';

/** `--quote 000_b4e4b4ff528499ed.txt#4:10-120` (block index 0-based, offsets UTF-16, end exclusive). */
export function parseQuoteArg(arg: string): AssembleQuote {
  const match = /^(.+)#(\d+)(?::(\d+)-(\d+))?$/.exec(arg);
  if (!match) throw new UsageError(say('assemble.bad-quote', { arg }));
  const quote: AssembleQuote = { file: match[1]!, blockIndex: Number(match[2]) };
  if (match[3] !== undefined) {
    quote.start = Number(match[3]);
    quote.end = Number(match[4]);
  }
  return quote;
}

/** `--comment 2:Let op de formulering` (quote number 1-based, in the order of the --quote options). */
export function parseCommentArg(arg: string): AssembleComment {
  const match = /^(\d+):([\s\S]+)$/.exec(arg);
  if (!match) throw new UsageError(say('assemble.bad-comment', { arg }));
  return { quote: Number(match[1]), text: match[2]!.trim() };
}

/** A letter named by its file (relative to the corpus root) or by a unique start of it ("000"). */
function resolveFiles(quotes: AssembleQuote[], letters: Letter[]): AssembleQuote[] {
  const files = letters.map((letter) => letter.file);
  return quotes.map((quote) => {
    if (files.includes(quote.file)) return quote;
    const candidates = files.filter((file) => file.startsWith(quote.file));
    return candidates.length === 1 ? { ...quote, file: candidates[0]! } : quote;
  });
}

/**
 * `dossier assemble`: builds a `.dossier` briefing from quotes of corpus letters, as if they had
 * been dragged in (footnotes and citations along; see app/briefing/assemble.ts). Exit 0 on
 * success, 2 for usage errors, 1 when the corpus, a quote or the output is at fault; on any
 * error nothing is written.
 */
export async function run(argv: string[]): Promise<number> {
  let writing: string | undefined;
  try {
    const { values, tokens } = parseArgs({
      args: argv,
      options: {
        corpus: { type: 'string' },
        quote: { type: 'string', multiple: true },
        comment: { type: 'string', multiple: true },
        /** Older name of --comment, kept as an alias. */
        note: { type: 'string', multiple: true },
        title: { type: 'string' },
        author: { type: 'string' },
        out: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
      tokens: true,
    });
    const nl = cliLanguage() === 'nl';
    if (!values.corpus) throw new UsageError(say('assemble.missing', { name: nl ? '--corpus <map>' : '--corpus <folder>' }));
    if (!values.out) throw new UsageError(say('assemble.missing', { name: nl ? '--out <bestand.dossier>' : '--out <file.dossier>' }));
    if (!values.quote?.length) throw new UsageError(say('assemble.no-quote'));
    const quotes = values.quote.map(parseQuoteArg);
    // --comment and its alias --note, in the order given.
    const comments = tokens
      .flatMap((token) => (token.kind === 'option' && (token.name === 'comment' || token.name === 'note') ? [token.value ?? ''] : []))
      .map(parseCommentArg);

    const { letters, errors } = await parsePath(values.corpus);
    for (const error of errors) process.stderr.write(`${warningOf(error)}\n`);
    const briefing = assembleBriefing(letters, resolveFiles(quotes, letters), comments, {
      title: values.title,
      author: values.author ?? userInfo().username,
      now: new Date().toISOString(),
    });
    writing = values.out;
    await writeFileAtomic(values.out, serializeBriefing(briefing), { fsync: true });
    // What the exports number: the quotes' and the user's notes and, in footnote style, each passage's source note.
    const footnoteCount = numberNotes(briefing).length;
    process.stdout.write(
      `${say('assemble.written', { path: values.out, quotes: quotes.length, footnotes: footnoteCount, comments: comments.length })}\n`,
    );
    return 0;
  } catch (error) {
    return report(error, writing);
  }
}

/** Reports a failed run; `writing`: the output file being written when it failed, named in the message. */
function report(error: unknown, writing?: string): number {
  const reported = reportCommandError(error, say('usage.assemble'));
  if (reported !== null) return reported;
  const code = (error as NodeJS.ErrnoException).code;
  if (code) {
    const reason = ioReason(error, cliLanguage());
    const line =
      writing === undefined ? say('assemble.write-failed', { reason }) : say('assemble.file-write-failed', { path: writing, reason });
    process.stderr.write(`${line}\n`);
    return 1;
  }
  throw error;
}
