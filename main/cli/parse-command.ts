import { linkCorpus } from '../../app/corpus';
import type { CorpusError, Letter } from '../../app/corpus/types';
import { isDossierError } from '../../app/ipc/errors';
import { renderMessageOr } from '../../app/ipc/messages';
import { selectCorpus } from '../corpus/corpus-selection';
import { DEFAULT_MAX_FILE_BYTES, readLetterFileSync } from '../corpus/letter-file';
import { parseLetterBytesAsync } from '../corpus/parse-bytes';
import { SidecarStore } from '../corpus/sidecar-store';
import { cliLanguage, say } from './cli-messages';

/** Reads and parses a file or folder in-process, with the same size cap and per-file errors as the app. */
export const parsePath = async (path: string): Promise<{ letters: Letter[]; errors: CorpusError[] }> => {
  const selection = await selectCorpus([path]);
  const sidecar = new SidecarStore(selection.folder || selection.files.every((f) => !f.file.includes('/')) ? selection.root : null, null);
  const letters: Letter[] = [];
  const errors: CorpusError[] = [...selection.errors];
  const sidecarError = selection.folder ? await sidecar.load() : null;
  if (sidecarError) errors.push(sidecarError);
  for (const loc of selection.files) {
    const read = readLetterFileSync(loc, DEFAULT_MAX_FILE_BYTES);
    if ('message' in read) {
      errors.push(read);
      continue;
    }
    const parsed = await parseLetterBytesAsync(loc.file, read.bytes, read.hash);
    if (parsed.ok) letters.push(sidecar.apply(parsed.letter));
    else errors.push({ file: loc.file, message: parsed.message });
  }
  return { letters: linkCorpus(letters), errors };
};

/** The `parse --json` shape (issue 2/3): what a letter is made of, without cache-only fields. */
const toJson = (l: Letter) => ({
  file: l.file,
  format: l.format,
  title: l.title,
  date: l.date,
  kind: l.kind,
  signatories: l.signatories,
  // The page (1-based) of a PDF's blocks and notes, and what an official publication's masthead
  // states (chamber, year, dossier, number, kind, dates): only when the parser found them.
  ...(l.publication ? { publication: l.publication } : {}),
  blocks: l.blocks.map((b) => ({
    id: b.id,
    kind: b.kind,
    text: b.text,
    notes: b.notes,
    ...(b.page !== undefined ? { page: b.page } : {}),
    // A Word file's comments on the block (range, author, date, text): beside the text, not in it.
    ...(b.comments?.length ? { comments: b.comments } : {}),
  })),
  footnotes: l.footnotes.map((f) => ({ id: f.id, label: f.label, text: f.text, ...(f.page !== undefined ? { page: f.page } : {}) })),
  citations: l.citations.map((c) => ({
    text: c.text,
    key: c.key,
    block: c.block,
    ...(c.footnote ? { footnote: c.footnote } : {}),
    ...(c.pages ? { pages: c.pages } : {}),
    target: c.target,
  })),
  // What the parser could not settle (a PDF's note numbering: a gap, a number printed twice): the
  // keyed message and its Dutch text.
  ...(l.warnings?.length ? { warnings: l.warnings.map((w) => ({ ...w, text: renderMessageOr(w, 'nl', w.key) })) } : {}),
});

const summary = (letters: Letter[], errors: CorpusError[]): string => {
  const lines = letters.map((l) => {
    const head = [l.date ?? say('parse.unknown-date'), l.kind ?? say('parse.unknown-kind'), l.title ?? say('parse.no-title')].join(' · ');
    const linked = l.citations.filter((c) => c.target).length;
    const counts = say('parse.counts', { blocks: l.blocks.length, footnotes: l.footnotes.length, citations: l.citations.length, linked });
    return `${l.file}\n  ${head}\n  ${counts}`;
  });
  lines.push('', say('parse.summary', { letters: letters.length, errors: errors.length }));
  for (const e of errors) lines.push(`  ${e.file}: ${e.message}`);
  return lines.join('\n');
};

/** `dossier parse <file-or-folder> [--json]`: exit 0 even when some files fail (they are listed). */
export const run = async (args: string[]): Promise<number> => {
  const json = args.includes('--json');
  const unknown = args.filter((a) => a.startsWith('-') && a !== '--json');
  const paths = args.filter((a) => !a.startsWith('-'));
  if (unknown.length > 0 || paths.length !== 1) {
    process.stderr.write(`${say('usage.parse')}\n`);
    return 2;
  }
  try {
    const { letters, errors } = await parsePath(paths[0]!);
    process.stdout.write(json ? `${JSON.stringify({ letters: letters.map(toJson), errors }, null, 2)}\n` : `${summary(letters, errors)}\n`);
    return 0;
  } catch (error) {
    if (!isDossierError(error)) throw error;
    process.stderr.write(`${error.toIpc(cliLanguage()).message}\n`);
    return 1;
  }
};

/** A letter that could not be read, as a warning line in the run's language (its keyed problem; else the Dutch text). */
export const warningOf = (error: CorpusError): string =>
  say('warning', { path: error.file, arg: renderMessageOr(error.problem, cliLanguage(), error.message) });
