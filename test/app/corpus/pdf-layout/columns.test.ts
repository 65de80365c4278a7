import { describe, expect, it } from 'vitest';

import { splitColumns } from '../../../../app/corpus/pdf-layout/columns';
import type { PdfTextItem } from '../../../../app/corpus/pdf-layout/types';

/** Issue 14 (two-column reading order): an A4 page, 10 pt body lines in two columns of 230 pt. */
const WIDTH = 595;
const line = (str: string, x: number, y: number, width = 230, size = 10): PdfTextItem => ({ str, x, y, width, size, font: 'f1' });
const columns = (): PdfTextItem[] =>
  Array.from({ length: 10 }, (_, i) => [line(`links ${i}`, 50, 700 - i * 14), line(`rechts ${i}`, 315, 700 - i * 14)]).flat();

describe('splitColumns', () => {
  it('reads a title across both columns first, then the left column, then the right (it does not make the page one column)', () => {
    const title = line('Een titel over de volle breedte van de pagina', 50, 760, 495, 16);
    const footer = line('Pagina 1 van 2', 50, 40, 495, 10);
    const split = splitColumns([title, ...columns(), footer], WIDTH);
    expect(split.groups.map((g) => [g.column, g.items.map((it) => it.str.split(' ')[0]).join(',')])).toEqual([
      [0, 'Een'],
      [1, Array(10).fill('links').join(',')],
      [2, Array(10).fill('rechts').join(',')],
      [0, 'Pagina'],
    ]);
  });

  it('keeps a page one column when a line between the column lines crosses the gap', () => {
    const crossing = line('Een regel midden in de tekst over de volle breedte', 50, 700 - 4.5 * 14, 495);
    expect(splitColumns([...columns(), crossing], WIDTH).groups).toHaveLength(1);
  });
});
