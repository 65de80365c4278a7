import { useEffect, useState } from 'react';

import type { Briefing } from '../../app/briefing/model';
import { buildSourcesReport, type SourcesReport } from '../../app/briefing/sources-report';
import type { Letter } from '../../app/corpus/types';
import { withSourcesAppendix } from '../../app/export/common/sources-appendix';
import type { Language } from '../../app/ipc/messages';
import { call } from '../bridge/api';

/** What the sources report dialog shows: nothing yet, the report, or why it could not be made. */
export type SourcesReportState = { kind: 'loading' } | { kind: 'ready'; report: SourcesReport } | { kind: 'failed'; reason: string };

/**
 * Reads every letter the briefing quotes from the open corpus (`corpusLetter`; a letter that cannot
 * be read counts as gone) and builds the Bronnenoverzicht (app/briefing/sources-report.ts) against
 * them, so each passage's verbatim status and each letter's current sha-256 are as the corpus is
 * now, the quote check's messages in `language` (the interface language). Runs whenever `briefing`
 * (non-null) or `language` changes; null leaves the last state.
 */
export function useSourcesReport(briefing: Briefing | null, language: Language = 'nl'): SourcesReportState {
  const [state, setState] = useState<SourcesReportState>({ kind: 'loading' });
  useEffect(() => {
    if (!briefing) return;
    let live = true;
    setState({ kind: 'loading' });
    void readLetters(briefing)
      .then((letters) => buildSourcesReport(briefing, (file) => letters.get(file), language))
      .then(
        (report) => live && setState({ kind: 'ready', report }),
        (error: unknown) => live && setState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      live = false;
    };
  }, [briefing, language]);
  return state;
}

/**
 * The letters `briefing` quotes, read from the open corpus (`corpusLetter`), by file; a letter that
 * cannot be read is absent (the report counts it as gone). Never rejects.
 */
export async function readLetters(briefing: Briefing): Promise<Map<string, Letter>> {
  const files = new Set(briefing.body.flatMap((block) => (block.type === 'passage' ? [block.source.file] : [])));
  const letters = new Map<string, Letter>();
  await Promise.all(
    [...files].map(async (file) => {
      const letter = await call('corpusLetter', { file }).catch(() => undefined);
      if (letter) letters.set(file, letter);
    }),
  );
  return letters;
}

/**
 * The briefing as exported with "Bronnenoverzicht als bijlage": its sources report, checked against
 * the open corpus now, appended (app/export/common/sources-appendix.ts).
 */
export async function withSourcesAppendixNow(briefing: Briefing): Promise<Briefing> {
  const letters = await readLetters(briefing);
  return withSourcesAppendix(
    briefing,
    buildSourcesReport(briefing, (file) => letters.get(file)),
  );
}
