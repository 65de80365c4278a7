import { useTranslation } from 'react-i18next';

import type { Block } from '../../app/corpus/types';
import { type BlockContext, BlockView } from './BlockView';
import { groupBlocks } from './group-blocks';

interface Props {
  blocks: readonly Block[];
  context: BlockContext;
}

/** The letter's blocks laid out by structure: reference column, lists, question/answer regions. */
export function LetterBody({ blocks, context }: Props) {
  const { t } = useTranslation();
  return (
    <div className="letter-body">
      {groupBlocks(blocks).map((group) => {
        switch (group.type) {
          case 'reference':
            return (
              <aside key={group.blocks[0]!.id} className="reference-column" aria-label={t('reader.referenceColumn')}>
                {group.blocks.map((b) => (
                  <BlockView key={b.id} block={b} context={context} />
                ))}
              </aside>
            );
          case 'list':
            return (
              <ul key={group.blocks[0]!.id} className="block-list">
                {group.blocks.map((b) => (
                  <BlockView key={b.id} block={b} context={context} />
                ))}
              </ul>
            );
          case 'qa': {
            // Label questions and answers unless the letter's own headings already do.
            const labelled = !group.blocks.some((b) => b.kind === 'heading');
            return (
              <section key={group.blocks[0]!.id} className="qa" aria-label={t('reader.questionAndAnswer', { number: group.number })}>
                {group.blocks.map((b) => (
                  <div key={b.id} className={`qa-part qa-${b.kind}`}>
                    {labelled && (b.kind === 'question' || b.kind === 'answer') && (
                      <span className="qa-label" aria-hidden="true">
                        {b.kind === 'question' ? t('reader.question', { number: group.number }) : t('reader.answer')}
                      </span>
                    )}
                    <BlockView block={b} context={context} />
                  </div>
                ))}
              </section>
            );
          }
          case 'single':
            return <BlockView key={group.block.id} block={group.block} context={context} />;
        }
      })}
    </div>
  );
}
