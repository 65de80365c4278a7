import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { labelInText } from '../../app/briefing/passage-label';
import type { Block, Citation } from '../../app/corpus/types';
import { BlockComments } from './BlockComments';
import { type InlineContext, InlineText } from './InlineText';
import { blockRange, useAddPassage, writePassage } from './passage-transfer';
import { NON_TEXT_ATTR } from './selection-range';
import { TableBlock } from './TableBlock';

export interface BlockContext extends InlineContext {
  file: string;
  citations: readonly Citation[];
  /** Block to show as the opened search hit. */
  hit: string | null;
  /** The block's body-paragraph number, as an official citation's "alinea N" counts (null: not a body paragraph). */
  paragraphOf?(block: string): number | null;
}

interface Props {
  block: Block;
  context: BlockContext;
}

/** The first words of a block's text for a handle's name: up to 6 words, cut at 40 characters. */
function firstWords(text: string): string {
  const words = text.trim().split(/\s+/).slice(0, 6).join(' ');
  return words.length > 40 ? `${words.slice(0, 40).trimEnd()}…` : words;
}

/** A small handle that drags the whole block to the briefing; Enter/click adds it there. */
function DragHandle({ block, file, paragraph }: { block: Block; file: string; paragraph: number | null }) {
  const { t } = useTranslation();
  // Named as the sources count: a body paragraph by its number, anything else by what it is.
  const place =
    paragraph !== null
      ? t('reader.place_paragraph', { number: paragraph })
      : t(`reader.place_${block.kind}`, { defaultValue: t('reader.place_heading') });
  const addPassage = useAddPassage();
  const range = blockRange(file, block);
  return (
    <button
      type="button"
      className="drag-handle"
      draggable
      {...{ [NON_TEXT_ATTR]: '' }}
      aria-label={t('reader.dragHandleNamed', { place, words: firstWords(block.text) })}
      title={t('reader.dragHandleHint')}
      onDragStart={(event) => {
        event.stopPropagation();
        writePassage(event.dataTransfer, range, block.text);
      }}
      onClick={() => addPassage(range)}
    />
  );
}

/**
 * One block, as the element that says what it is: h3 for a heading, li for a list item (indented
 * by its Word list level, `data-level`), a table
 * for a table read from a Word file, p for the rest with a class per kind; Word comments beside it. Carries `data-block` (the selection mapping relies on it) and
 * its text with footnote markers and citation links.
 */
export function BlockView({ block, context }: Props) {
  const { t } = useTranslation();
  const ownCitations = context.citations.filter((c) => c.block === block.id && c.footnote === undefined);
  const content: ReactNode = (
    <InlineText text={block.text} anchors={block.notes} citations={ownCitations} links={block.links} context={context} />
  );
  const className = `block block-${block.kind}${context.hit === block.id ? ' block-hit' : ''}`;
  // Shown by CSS (::before) when the reader's paragraph numbers are on: never part of the text or a selection.
  const paragraph = context.paragraphOf?.(block.id) ?? null;
  const numbered = paragraph === null ? {} : { 'data-paragraph': paragraph };
  const handle = <DragHandle block={block} file={context.file} paragraph={paragraph} />;
  if (block.kind === 'list-item') {
    // A numbered item's label is part of its text (`1. Tekst`, `IV Tekst`, as Word prints it): no bullet beside it.
    // A bullet label (`•`, `–`, `o`) is not: it is the list marker, outside the text and any selection.
    const labelled = block.label !== undefined && labelInText(block.label, block.text);
    const style = {
      ...(block.level ? { '--level': block.level } : {}),
      ...(block.label !== undefined && !labelled ? { listStyleType: JSON.stringify(`${block.label} `) } : {}),
    } as CSSProperties;
    return (
      <li
        className={labelled ? `${className} block-labelled` : className}
        data-block={block.id}
        {...numbered}
        {...(block.level ? { 'data-level': block.level } : {})}
        {...(Object.keys(style).length > 0 ? { style } : {})}
      >
        {handle}
        {content}
      </li>
    );
  }
  if (block.kind === 'table') {
    return (
      <div className="block-row block-row-table">
        {handle}
        <div className={className} data-block={block.id} {...numbered} role="group" aria-label={t('reader.table')}>
          <TableBlock block={block} citations={ownCitations} context={context} />
        </div>
        <BlockComments block={block} />
      </div>
    );
  }
  const Tag = block.kind === 'heading' ? 'h3' : 'p';
  return (
    <div className={`block-row block-row-${block.kind}`}>
      {handle}
      <Tag
        className={className}
        data-block={block.id}
        {...numbered}
        {...(block.kind === 'heading' && block.level ? { 'data-level': block.level } : {})}
      >
        {content}
      </Tag>
      <BlockComments block={block} />
    </div>
  );
}
