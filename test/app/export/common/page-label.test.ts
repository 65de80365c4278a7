import { describe, expect, it } from 'vitest';

import { formatPageLabel, PAGE_LABEL } from '../../../../app/export/common/page-label';

describe('page label', () => {
  it('reads "Pagina X van Y"', () => {
    expect(formatPageLabel(3, 12)).toBe('Pagina 3 van 12');
    expect(`${PAGE_LABEL.before}1${PAGE_LABEL.between}1${PAGE_LABEL.after}`).toBe('Pagina 1 van 1');
  });
});
