import type { Briefing } from '../../app/briefing/model';
import type { Letter } from '../../app/corpus/types';

/**
 * `dossier export … --sources-appendix [--corpus <folder>]`: the briefing with its Bronnenoverzicht
 * appended (app/export/common/sources-appendix.ts), each passage's verbatim status checked against
 * the letters in `corpus` as they are now, or "niet gecontroleerd" without one. Letters of the
 * corpus that cannot be read are reported on stderr as warnings. Throws a DossierError when the
 * corpus folder cannot be read. The report and the corpus parsers load only when asked for.
 */
export async function withSourcesReport(briefing: Briefing, corpus: string | undefined): Promise<Briefing> {
  const [{ buildSourcesReport }, { withSourcesAppendix }] = await Promise.all([
    import('../../app/briefing/sources-report'),
    import('../../app/export/common/sources-appendix'),
  ]);
  let lookup: ((file: string) => Letter | undefined) | undefined;
  if (corpus) {
    const { parsePath, warningOf } = await import('./parse-command');
    const { letters, errors } = await parsePath(corpus);
    for (const error of errors) process.stderr.write(`${warningOf(error)}\n`);
    const byFile = new Map(letters.map((letter) => [letter.file, letter]));
    lookup = (file) => byFile.get(file);
  }
  return withSourcesAppendix(briefing, buildSourcesReport(briefing, lookup));
}
