import './reader.css';

import { type DragEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { bodyParagraphNumbers } from '../../app/briefing/locator';
import { formatLocalDate } from '../../app/corpus/localized-date';
import { readableTitle } from '../../app/corpus/title';
import type { CorpusState } from '../../app/ipc/contract';
import type { BlockContext } from './BlockView';
import { CitationMap } from './CitationMap';
import { CitedBy } from './CitedBy';
import { Cites } from './Cites';
import { LetterBody } from './LetterBody';
import { LetterWarnings } from './LetterWarnings';
import { MetaPanel } from './MetaPanel';
import { NotesList } from './NotesList';
import { rangeText, writePassage } from './passage-transfer';
import { ReaderFooter } from './ReaderFooter';
import { type HistoryControls, ReaderHistoryBar } from './ReaderHistoryBar';
import { selectionToRange } from './selection-range';
import { useLetter } from './useLetter';
import { useReaderSelection } from './useReaderSelection';

/** A block's body-paragraph number as citations count it (app/briefing/locator), null for other blocks. */
function paragraphNumbers(
  blocks: ReadonlyArray<{ id: string } & Parameters<typeof bodyParagraphNumbers>[0][number]>,
): (id: string) => number | null {
  const numbers = bodyParagraphNumbers(blocks);
  const byId = new Map(blocks.map((block, index) => [block.id, numbers[index] ?? null]));
  return (id) => byId.get(id) ?? null;
}

/** What to show: a letter, optionally a block to scroll to and mark (an opened search hit). */
export interface ReaderTarget {
  file: string;
  block?: string;
  /** Scroll position (CSS px) to return to: set when going back or forward to a place shown before. */
  scroll?: number;
  /** Changes on every request, so opening the same hit twice scrolls again. */
  seq: number;
}

interface Props {
  target: ReaderTarget | null;
  corpus: CorpusState | null;
  /** Changes when the corpus is replaced or relinked (not with a load's live letters): the letter is fetched again. */
  corpusVersion: object | null;
  onOpenLetter: (file: string) => void;
  /** Back and forward over the letters and positions shown (renderer/state/useReaderHistory). */
  history: HistoryControls;
}

/** The selected letter as the letter shows it: structure, footnotes, citations, metadata. */
export function ReaderPane({ target, corpus, corpusVersion, onOpenLetter, history }: Props) {
  const { t, i18n } = useTranslation();
  const language: 'nl' | 'en' = i18n.language === 'en' ? 'en' : 'nl';
  const file = target?.file ?? null;
  const { letter, error, setLetter } = useLetter(file, corpusVersion);
  const root = useRef<HTMLElement>(null);
  const range = useReaderSelection(root, letter?.file ?? null);
  const [hit, setHit] = useState<string | null>(null);
  const [numbered, setNumbered] = useState(false);

  const summaries = useMemo(() => new Map(corpus?.letters.map((l) => [l.file, l]) ?? []), [corpus]);
  const context = useMemo<BlockContext | null>(
    () =>
      letter && {
        file: letter.file,
        citations: letter.citations,
        hit,
        notes: new Map(letter.footnotes.map((n) => [n.id, n])),
        titleOf: (f) => {
          const summary = summaries.get(f);
          return summary ? readableTitle(summary, language) : null;
        },
        paragraphOf: paragraphNumbers(letter.blocks),
        onOpenLetter,
      },
    [letter, hit, summaries, onOpenLetter, language],
  );

  // Back at a place shown before: its scroll position. Else scroll to and mark the opened hit's
  // block once the letter is there; otherwise start at the top.
  useEffect(() => {
    if (!letter || !root.current) return;
    const el = target?.block ? root.current.querySelector<HTMLElement>(`[data-block="${CSS.escape(target.block)}"]`) : null;
    setHit(el ? target!.block! : null);
    if (target?.scroll !== undefined) root.current.scrollTop = target.scroll;
    else if (el) el.scrollIntoView({ block: 'center' });
    else root.current.scrollTop = 0;
    history.rememberScroll(root.current.scrollTop);
  }, [letter?.file, target?.seq]); // eslint-disable-line react-hooks/exhaustive-deps

  if (error)
    return (
      <p role="alert" className="pane-status">
        {error}
      </p>
    );
  if (!file) return <p className="pane-status reader-empty">{t('reader.empty')}</p>;
  if (!letter || !context)
    return (
      <p className="pane-status" role="status">
        {t('reader.loading')}
      </p>
    );

  const onDragStart = (event: DragEvent) => {
    const current = root.current && selectionToRange(document.getSelection(), root.current);
    if (current) writePassage(event.dataTransfer, current, rangeText(letter, current));
  };
  const date = formatLocalDate(letter.date, language);

  return (
    <div className="reader-layout">
      <ReaderHistoryBar history={history} />
      <article
        ref={root}
        className={numbered ? 'reader reader-numbered' : 'reader'}
        data-file={letter.file}
        aria-labelledby="reader-title"
        onDragStart={onDragStart}
        onScroll={(event) => history.rememberScroll(event.currentTarget.scrollTop)}
      >
        <header className="reader-header">
          <p className="reader-kicker">{[letter.kind, date].filter(Boolean).join(' · ') || letter.file}</p>
          <h2 id="reader-title" className="reader-title">
            {readableTitle(letter, language)}
          </h2>
          <p className="reader-file">{letter.file}</p>
          <label className="reader-numbers-toggle">
            <input type="checkbox" checked={numbered} onChange={(event) => setNumbered(event.currentTarget.checked)} />{' '}
            {t('reader.paragraphNumbers')}
          </label>
          <MetaPanel
            letter={letter}
            onSaved={(summary) => setLetter({ ...letter, ...summary, blocks: letter.blocks, footnotes: letter.footnotes })}
          />
          {letter.trackedChanges && (
            <p className="reader-notice" role="note">
              {t('reader.trackedChanges')}
            </p>
          )}
          <LetterWarnings warnings={letter.warnings} />
        </header>
        <LetterBody blocks={letter.blocks} context={context} />
        <NotesList letter={letter} context={context} />
        <Cites citations={letter.citations} summaryOf={(f) => summaries.get(f)} onOpenLetter={onOpenLetter} />
        <CitedBy files={letter.citedBy} summaryOf={(f) => summaries.get(f)} onOpenLetter={onOpenLetter} />
      </article>
      <CitationMap letter={letter} titleOf={context.titleOf} onOpenLetter={onOpenLetter} />
      <ReaderFooter range={range?.file === letter.file ? range : null} blocks={letter.blocks} />
    </div>
  );
}
