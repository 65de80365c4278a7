import { $isTableCellNode, $isTableNode, $isTableRowNode, TableCellHeaderStates } from '@lexical/table';
import { $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';

import { counterIds } from '../../../../app/briefing/ids';
import { BriefingSchema, emptyBriefing } from '../../../../app/briefing/model';
import { createPassage } from '../../../../app/briefing/passage';
import { ownTable, tableLetter, withOwnTable } from '../../../app/briefing/table-fixture';
import { briefingOf, headlessEditor, load } from '../headless';

describe('tables between the briefing model and Lexical (issue 19, Tables)', () => {
  it('loads an own table as a Lexical table (header cells in the first row) and maps it back unchanged', () => {
    const briefing = withOwnTable(emptyBriefing());
    briefing.version = 3;
    const editor = headlessEditor();
    load(editor, briefing);
    const shape = editor.getEditorState().read(() => {
      const table = $getRoot().getFirstChild();
      if (!$isTableNode(table)) return null;
      return table
        .getChildren()
        .filter($isTableRowNode)
        .map((row) =>
          row
            .getChildren()
            .filter($isTableCellNode)
            .map((cell) => `${cell.hasHeaderState(TableCellHeaderStates.ROW) ? 'th' : 'td'}:${cell.getTextContent()}`),
        );
    });
    expect(shape).toEqual([
      ['th:Maatregel', 'th:Bedrag'],
      ['td:Luchtverdediging', 'td:€ 1 mrd'],
      ['td:Ontmijning', 'td:€ 0,1 mrd'],
    ]);
    const back = briefingOf(editor);
    expect(back.body).toEqual([ownTable()]);
    expect(back.footnotes).toEqual(briefing.footnotes);
    expect(back.version).toBe(3);
    expect(BriefingSchema.safeParse(back).success).toBe(true);
  });

  it('keeps a quoted table passage with its cells, and a table as the last block needs no trailing paragraph in the model', () => {
    const { passage, footnotes } = createPassage(
      tableLetter(),
      { start: { block: 'b3', offset: 0 }, end: { block: 'b3', offset: 48 } },
      counterIds(),
    );
    const briefing = emptyBriefing();
    briefing.body.push(passage, ownTable());
    briefing.footnotes.push(...footnotes, { id: 'u9', origin: 'user', text: 'Toegezegd in december.' });
    const editor = headlessEditor();
    load(editor, briefing);
    // The editor keeps a paragraph after the final table to type in.
    expect(editor.getEditorState().read(() => $getRoot().getLastChild()?.getType())).toBe('paragraph');
    const back = briefingOf(editor);
    expect(back.body).toEqual(briefing.body);
    expect(back.version).toBe(3);
  });
});
