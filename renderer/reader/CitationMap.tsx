import './CitationMap.css';

import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { paperCitationOfKey } from '../../app/briefing/paper-citation';
import type { CitationNode } from '../../app/corpus/citation-graph';
import { publicationUrl } from '../../app/corpus/publication-url';
import { readableTitle } from '../../app/corpus/title';
import type { Letter } from '../../app/corpus/types';
import { call } from '../bridge/api';
import { useInterfaceLanguage } from '../i18n/language';
import { placeGraph } from './citation-map-layout';
import { useCitationGraph } from './useCitationGraph';

/** The drawing's own coordinate box; the picture scales to the pane's width. */
const WIDTH = 640;
const HEIGHT = 420;

type PaperNode = Extract<CitationNode, { kind: 'paper' }>;

interface Props {
  letter: Letter;
  /** A corpus letter's readable title (app/corpus/title.ts), null when the corpus does not know it. */
  titleOf: (file: string) => string | null;
  onOpenLetter: (file: string) => void;
}

const OPEN_KEY = 'dossier.citationMapOpen';
const readOpen = (): boolean => {
  try {
    return localStorage.getItem(OPEN_KEY) !== 'false';
  } catch {
    return true;
  }
};
const writeOpen = (open: boolean): void => {
  try {
    localStorage.setItem(OPEN_KEY, String(open));
  } catch {
    // Storage unavailable: the choice lasts for this window only.
  }
};

/**
 * The citation map beside the reader (issue 21): the open letter, the papers it cites, the letters
 * that cite it and one step further, placed by d3-force. Every node is a real button on top of
 * the drawing, in a list (so Tab and a screen reader reach each one, named by its readable title;
 * one step further only as a dot, its title shown on hover):
 * a corpus letter opens in the reader; a paper outside the corpus shows its official citation and
 * its publication link. Collapsible; open by default.
 */
export function CitationMap({ letter, titleOf, onOpenLetter }: Props) {
  const { t } = useTranslation();
  const language = useInterfaceLanguage();
  const graph = useCitationGraph(letter);
  const placed = useMemo(() => placeGraph(graph, WIDTH, HEIGHT), [graph]);
  const [paper, setPaper] = useState<PaperNode | null>(null);
  useEffect(() => setPaper(null), [letter.file]);
  // Open or closed as the user left it, for every letter and the next start (open the first time).
  const [open, setOpen] = useState(() => readOpen());

  const labelOf = (node: CitationNode): string =>
    node.kind === 'paper'
      ? (paperCitationOfKey(node.key) ?? node.text)
      : node.depth === 0
        ? readableTitle(letter, language)
        : (titleOf(node.file) ?? node.file);
  const kindOf = (node: CitationNode): string =>
    node.depth === 0
      ? t('citationMap.thisLetter')
      : `${t(node.kind === 'paper' ? 'citationMap.paper' : 'citationMap.letter')}${node.depth === 2 ? `, ${t('citationMap.further')}` : ''}`;
  const url = paper ? publicationUrl(paper.key) : null;

  return (
    <details
      className="citation-map"
      open={open}
      onToggle={(event) => {
        const now = event.currentTarget.open;
        setOpen(now);
        writeOpen(now);
      }}
    >
      <summary>
        {t('citationMap.title')} <span className="muted">{t('citationMap.summary', { count: graph.nodes.length })}</span>
      </summary>
      <p className="citation-map-help muted">{t('citationMap.help')}</p>
      <div className="citation-map-canvas" style={{ aspectRatio: `${WIDTH} / ${HEIGHT}` }}>
        <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
          <defs>
            <marker id="citation-map-arrow" viewBox="0 0 10 10" refX="19" refY="5" markerWidth="7" markerHeight="7" orient="auto">
              <path d="M0,0 L10,5 L0,10 z" />
            </marker>
          </defs>
          {placed.edges.map(({ from, to }) => (
            <line key={`${from.id}→${to.id}`} x1={from.x} y1={from.y} x2={to.x} y2={to.y} markerEnd="url(#citation-map-arrow)" />
          ))}
          {placed.nodes.map((node) => (
            <circle
              key={node.id}
              cx={node.x}
              cy={node.y}
              r={node.depth === 0 ? 11 : 8}
              className={`cm-${node.kind} cm-depth-${node.depth}`}
            />
          ))}
        </svg>
        <ul className="citation-map-nodes" aria-label={t('citationMap.nodes')}>
          {placed.nodes.map((node) => {
            const label = labelOf(node);
            const style = { left: `${(node.x / WIDTH) * 100}%`, top: `${(node.y / HEIGHT) * 100}%` };
            return (
              <li key={node.id} style={style} className={`cm-depth-${node.depth}`}>
                {node.depth === 0 ? (
                  <span className="cm-node cm-self" title={label}>
                    <span className="visually-hidden">{kindOf(node)}: </span>
                    {label}
                  </span>
                ) : (
                  <button
                    type="button"
                    className={`cm-node cm-${node.kind}`}
                    title={label}
                    data-node={node.id}
                    aria-pressed={node.kind === 'paper' ? paper?.id === node.id : undefined}
                    onClick={() => (node.kind === 'letter' ? onOpenLetter(node.file) : setPaper(paper?.id === node.id ? null : node))}
                  >
                    <span className="visually-hidden">{kindOf(node)}: </span>
                    {node.depth === 2 ? <span className="visually-hidden">{label}</span> : label}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      </div>
      {graph.truncated && <p className="muted citation-map-note">{t('citationMap.truncated')}</p>}
      {paper && (
        <section className="citation-map-paper" aria-label={t('citationMap.paperDetails')}>
          <p className="cm-citation">{paperCitationOfKey(paper.key) ?? paper.text}</p>
          <p className="muted">{t('citationMap.asWritten', { text: paper.text })}</p>
          {url ? (
            <a
              href={url}
              onClick={(event) => {
                event.preventDefault();
                void call('openExternal', { url }).catch(() => undefined);
              }}
            >
              {t('citationMap.openPublication')}
            </a>
          ) : (
            <p className="muted">{t('citationMap.noPublication')}</p>
          )}
        </section>
      )}
    </details>
  );
}
